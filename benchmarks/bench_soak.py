"""Soak: 1,000 modules at a realistic rate for ``--duration`` s; server RSS over time, errors.

Each module (one asyncio client process, this file with ``--client``) connects,
identifies with a ping, then sends a 3-channel ``push_msg`` every ``--push-interval``
seconds (default 2 s: one group of three channels changing every 2 s) and a ``ping``
every ``--ping-interval`` (default 60 s, the firmware's heartbeat), with random
phases. ``--speed K`` compresses time K-fold (both intervals divided by K); the
default 1 is real time, 500 packets/s for 1,000 modules.

Errors: a push not acked within 15 s, a ping without pong within 15 s, a lost
connection, a connect failure; plus ERROR/protocol-error lines in the server log.
RSS of the server is sampled every ``--sample-every`` s; growth is the median of the
last 10 % of the run against the median of the 10 % after the warm-up (the first
10 % of the run, at least 30 s: the store's bounded page cache fills in ~20 s).
The same load on the bare server (``bare_server.py``) runs after it as a same-run
baseline unless ``--no-baseline``. Prints JSON.

    python benchmarks/bench_soak.py [--duration 90] [--modules 1000] [--target serve|window]
    # the record: python benchmarks/bench_soak.py --duration 3600 --no-baseline
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import (
    PY,
    Child,
    child_env,
    emit,
    last_json,
    loadavg,
    machine,
    median,
    raise_nofile,
    rss_mb,
    scratch,
    serve_argv,
)

HERE = Path(__file__).resolve().parent
ACK_TIMEOUT = 15.0


# ------------------------------------------------------------------ client


class Module(asyncio.Protocol):
    def __init__(self, client: SoakClient, imei: str, seed: int) -> None:
        from loadgen import packet_template

        from fourgmon.protocol import JsonSplitter

        self.c = client
        self.imei = imei.encode()
        self.prefix, self.suffix = packet_template(imei, seed)
        self.splitter = JsonSplitter()
        self.pending: dict[int, float] = {}  # packnum -> sent at
        self.pings: list[float] = []
        self.packnum = 0
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.ping()

    def ping(self) -> None:
        if self.transport is not None:
            self.pings.append(time.monotonic())
            self.transport.write(b'{"cmd":"ping","IMEI":"%s"}' % self.imei)
            self.c.sent_pings += 1

    def push(self) -> None:
        if self.transport is not None:
            n = self.packnum
            self.packnum += 1
            self.pending[n] = time.monotonic()
            self.transport.write(self.prefix + str(n).encode() + self.suffix)
            self.c.sent += 1

    def data_received(self, data: bytes) -> None:
        from fourgmon.protocol import ProtocolError, PushMsgAck, decode

        for raw in self.splitter.feed(data):
            try:
                msg = decode(raw)
            except ProtocolError:
                self.c.error("undecodable reply")
                continue
            if isinstance(msg, PushMsgAck):
                if self.pending.pop(msg.packnum, None) is not None:
                    self.c.acked += 1
            elif b'"pong"' in raw and self.pings:
                self.pings.pop(0)
                self.c.pongs += 1

    def check(self, now: float) -> None:
        late = [n for n, t in self.pending.items() if now - t > ACK_TIMEOUT]
        for n in late:
            del self.pending[n]
            self.c.error("push not acked within 15 s")
        while self.pings and now - self.pings[0] > ACK_TIMEOUT:
            self.pings.pop(0)
            self.c.error("ping without pong within 15 s")

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None
        if not self.c.stopping:
            self.c.error(f"connection lost: {exc!r}"[:80])


class SoakClient:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.sent = self.acked = self.sent_pings = self.pongs = 0
        self.errors: dict[str, int] = {}
        self.stopping = False

    def error(self, kind: str) -> None:
        self.errors[kind] = self.errors.get(kind, 0) + 1

    async def run(self) -> dict:
        a = self.args
        loop = asyncio.get_running_loop()
        rng = random.Random(1)
        push_every = a.push_interval / a.speed
        ping_every = a.ping_interval / a.speed
        mods: list[Module] = []
        sem = asyncio.Semaphore(200)

        async def connect(i: int) -> None:
            async with sem:
                try:
                    _, m = await loop.create_connection(
                        lambda: Module(self, str(865503000000000 + i), i), "127.0.0.1", a.port
                    )
                    mods.append(m)
                except OSError:
                    self.error("connect failed")

        await asyncio.gather(*(connect(i) for i in range(a.modules)))
        start = time.monotonic()
        end = start + a.duration
        next_push = [start + rng.random() * push_every for _ in mods]
        next_ping = [start + rng.random() * ping_every for _ in mods]
        next_check = start + 1.0
        while True:
            now = time.monotonic()
            if now >= end:
                break
            for k, m in enumerate(mods):
                if now >= next_push[k]:
                    m.push()
                    next_push[k] += push_every
                if now >= next_ping[k]:
                    m.ping()
                    next_ping[k] += ping_every
            if now >= next_check:
                next_check = now + 1.0
                for m in mods:
                    m.check(now)
            await asyncio.sleep(0.01)
        await asyncio.sleep(2.0)  # grace for the last acks
        now = time.monotonic() + ACK_TIMEOUT + 1  # whatever is still pending is an error
        for m in mods:
            m.check(now)
        self.stopping = True
        for m in mods:
            if m.transport is not None:
                m.transport.close()
        await asyncio.sleep(0.2)
        return {
            "modules": len(mods),
            "sent": self.sent,
            "acked": self.acked,
            "pings": self.sent_pings,
            "pongs": self.pongs,
            "errors": sum(self.errors.values()),
            "error_kinds": self.errors,
            "rate_per_s": round(self.sent / a.duration, 1),
        }


def client_main(args: argparse.Namespace) -> int:
    raise_nofile(args.modules + 1000)
    try:
        import uvloop  # type: ignore[import-not-found]

        result = uvloop.run(SoakClient(args).run())
    except ImportError:
        result = asyncio.run(SoakClient(args).run())
    print(json.dumps(result), flush=True)
    return 0


# ------------------------------------------------------------------ parent


def growth(samples: list[tuple[float, float]], duration: float) -> dict:
    if not samples:
        return {}
    t0 = samples[0][0]
    # The writer's SQLite page cache (16 MB, bounded) fills in the first ~20 s at 500
    # packets/s: that is warm-up, not growth.
    warm = max(30.0, 0.1 * duration)
    span = max(0.1 * duration, 5.0)
    first = [r for t, r in samples if warm <= t - t0 < warm + span]
    last = [r for t, r in samples if t - t0 >= duration - span]
    base, final = median(first), median(last)
    return {
        "rss_mb_after_warmup": base,
        "rss_mb_final": final,
        "rss_mb_max": max(r for _, r in samples),
        "growth_pct": round(100 * (final - base) / base, 2) if base and final else None,
    }


def soak_target(name: str, argv: list[str], args: argparse.Namespace, wd: Path) -> dict:
    env = child_env(XDG_CONFIG_HOME=str(wd / "config"))
    child = Child(argv, name=name, workdir=wd, env=env)
    samples: list[tuple[float, float]] = []
    stop = threading.Event()

    def sampler() -> None:
        while not stop.is_set():
            r = rss_mb(child.pid)
            if r is not None:
                samples.append((time.monotonic(), r))
            stop.wait(args.sample_every)

    client_argv = [PY, str(Path(__file__).resolve()), "--client", "--port", str(child.port)]
    client_argv += ["--modules", str(args.modules), "--duration", str(args.duration)]
    client_argv += ["--push-interval", str(args.push_interval), "--speed", str(args.speed)]
    client_argv += ["--ping-interval", str(args.ping_interval)]
    client = subprocess.Popen(client_argv, stdout=subprocess.PIPE, text=True, env=env)
    th = threading.Thread(target=sampler, daemon=True)
    th.start()
    out, _ = client.communicate(timeout=args.duration + 300)
    stop.set()
    th.join()
    status, _ = child.stop(timeout=120)
    log = child.log()
    res = {
        "client": last_json(out),
        "server_exit_status": status,
        "server_log_errors": log.count(" ERROR "),
        "server_log_protocol_errors": log.count("protocol error"),
        **growth(samples, args.duration),
    }
    step = max(1, len(samples) // 60)
    t0 = samples[0][0] if samples else 0.0
    res["rss_mb_series"] = [[round(t - t0, 1), r] for t, r in samples[::step]]
    return res


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--client", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    p.add_argument("--modules", type=int, default=1000)
    p.add_argument("--duration", type=float, default=90.0)
    p.add_argument("--push-interval", type=float, default=2.0)
    p.add_argument("--ping-interval", type=float, default=60.0)
    p.add_argument("--speed", type=float, default=1.0, help="time compression factor")
    p.add_argument("--sample-every", type=float, default=2.0)
    p.add_argument("--target", choices=("serve", "serve_uvloop", "window"), default="serve")
    p.add_argument("--no-baseline", action="store_true")
    args = p.parse_args(argv)
    if args.client:
        return client_main(args)
    raise_nofile(args.modules + 2000)
    wd = scratch("fourgmon-soak-")
    argv_of = {
        "serve": serve_argv(wd / "data", uvloop=False),
        "serve_uvloop": [PY, "-O", *serve_argv(wd / "data", uvloop=True)[1:]],
        "window": [PY, str(HERE / "window_target.py"), "--data-dir", str(wd / "data")],
    }
    result: dict = {
        "benchmark": "soak",
        "machine": machine(),
        "target": args.target,
        "modules": args.modules,
        "duration_s": args.duration,
        "push_interval_s": args.push_interval,
        "ping_interval_s": args.ping_interval,
        "speed": args.speed,
        "scratch": str(wd),
    }
    result[args.target] = soak_target(args.target, argv_of[args.target], args, wd)
    if not args.no_baseline:
        bare = [PY, str(HERE / "bare_server.py"), "--mode", "bare"]
        result["bare_baseline"] = soak_target("bare", bare, args, wd)
    t = result[args.target]
    client = t.get("client") or {}
    result["targets"] = {
        "growth <= 10 %": t.get("growth_pct"),
        "no errors": (client.get("errors", -1) == 0 and t.get("server_log_errors") == 0),
    }
    result["loadavg_at_end"] = loadavg()
    emit(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
