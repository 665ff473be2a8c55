"""10,000 idle modules + 100 active: ping round trip, server RSS and (window) UI tick time.

For each target (``serve``: ``fourgmon serve --no-uvloop``; ``window``: the real window
offscreen via ``window_target.py``) a client process (this file with ``--client``,
one asyncio loop holding every socket) runs three phases against it:

1. ``active_only``: 100 active modules, each pushing a 3-channel push_msg every
   ``--push-interval`` s and pinging every ``--ping-interval`` s; ping RTT is recorded.
   This is the same-run baseline.
2. ``connect``: 10,000 idle modules connect (500 at a time), each sends one ping
   (which binds its IMEI) and waits for its pong.
3. ``with_idle``: the 100 active modules again, now beside 10,000 idle ones.

The parent samples the server's RSS (from /proc) every 0.5 s and reports the
peak of each phase and the RSS before any connection. RLIMIT_NOFILE is raised in
the parent (the server child inherits it) and in the client. Prints JSON.

    python benchmarks/bench_connections.py [--idle 10000] [--active 100] [--phase 10]
        [--targets serve,window] [--rounds 1]

The window's UI tick (``MainWindow.refresh``) is reported per phase as
``window_refresh_ms_p50/p95``; issue 12's figure is
``--idle 9000 --active 1000 --targets window``: 10,000 connected, 1,000 pushing.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import threading
import time
from collections import deque
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import (
    PY,
    Child,
    child_env,
    emit,
    last_json,
    machine,
    median,
    pct,
    raise_nofile,
    rss_mb,
    scratch,
    serve_argv,
)

HERE = Path(__file__).resolve().parent


# ------------------------------------------------------------------ client side


class Idle(asyncio.Protocol):
    def __init__(self, imei: str, done: asyncio.Future[None]) -> None:
        self.imei, self.done = imei, done

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport
        transport.write(b'{"cmd":"ping","IMEI":"%s"}' % self.imei.encode())  # type: ignore[attr-defined]

    def data_received(self, data: bytes) -> None:
        if b"pong" in data and not self.done.done():
            self.done.set_result(None)

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.done.done():
            self.done.set_exception(ConnectionError("lost before pong"))
        Client.lost += 1


class Active(asyncio.Protocol):
    def __init__(self, client: Client, imei: str, seed: int) -> None:
        from loadgen import packet_template

        from fourgmon.protocol import JsonSplitter

        self.client = client
        self.imei = imei
        self.prefix, self.suffix = packet_template(imei, seed)
        self.splitter = JsonSplitter()
        self.pings: deque[float] = deque()
        self.packnum = 0
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def ping(self) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.pings.append(time.perf_counter())
            self.transport.write(b'{"cmd":"ping","IMEI":"%s"}' % self.imei.encode())

    def push(self) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(self.prefix + str(self.packnum).encode() + self.suffix)
            self.packnum += 1
            self.client.pushed += 1

    def data_received(self, data: bytes) -> None:
        now = time.perf_counter()
        for raw in self.splitter.feed(data):
            if b'"pong"' in raw and self.pings:
                rtt = (now - self.pings.popleft()) * 1000.0
                if self.client.recording is not None:
                    self.client.recording.append(rtt)
            elif b"push_msg_ack" in raw:
                self.client.acked += 1

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None
        Client.lost += 1


class Client:
    lost = 0

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.recording: list[float] | None = None
        self.pushed = 0
        self.acked = 0

    async def _drive(self, actives: list[Active], seconds: float) -> list[float]:
        """Ping and push on the active modules for ``seconds``; return the RTTs (ms)."""
        a = self.args
        rtts: list[float] = []
        self.recording = rtts
        n = len(actives)
        end = time.perf_counter() + seconds
        step = min(a.ping_interval, a.push_interval) / max(n, 1)
        i = 0
        next_ping = [time.perf_counter() + a.ping_interval * k / n for k in range(n)]
        next_push = [time.perf_counter() + a.push_interval * k / n for k in range(n)]
        while time.perf_counter() < end:
            now = time.perf_counter()
            for k, m in enumerate(actives):
                if now >= next_ping[k]:
                    m.ping()
                    next_ping[k] += a.ping_interval
                if now >= next_push[k]:
                    m.push()
                    next_push[k] += a.push_interval
            i += 1
            await asyncio.sleep(step)
        await asyncio.sleep(0.5)  # let the last pongs arrive
        self.recording = None
        return rtts

    async def run(self) -> dict:
        a = self.args
        loop = asyncio.get_running_loop()
        base = 865502000000000
        actives: list[Active] = []
        for k in range(a.active):
            _, proto = await loop.create_connection(
                lambda k=k: Active(self, str(base + k), k), "127.0.0.1", a.port
            )
            actives.append(proto)
        for m in actives:
            m.ping()  # identify
        await asyncio.sleep(1.0)
        phases: dict[str, dict] = {}

        def stamp(name: str, t0: float, extra: dict) -> None:
            phases[name] = {"wall": [t0, time.time()], **extra}

        t0 = time.time()
        rtts = await self._drive(actives, a.active_phase or a.phase)
        stamp("active_only", t0, _rtt_stats(rtts))

        t0 = time.time()
        sem = asyncio.Semaphore(500)
        idle: list[asyncio.Transport] = []
        errors = 0

        async def connect(i: int) -> None:
            nonlocal errors
            async with sem:
                done = loop.create_future()
                try:
                    tr, _ = await loop.create_connection(
                        lambda: Idle(str(base + 100_000 + i), done), "127.0.0.1", a.port
                    )
                    idle.append(tr)  # type: ignore[arg-type]
                    await asyncio.wait_for(done, 30)
                except (OSError, TimeoutError, ConnectionError):
                    errors += 1

        await asyncio.gather(*(connect(i) for i in range(a.idle)))
        stamp(
            "connect",
            t0,
            {
                "idle_connected": len(idle) - errors,
                "errors": errors,
                "connect_s": round(time.time() - t0, 2),
            },
        )
        await asyncio.sleep(1.0)

        t0 = time.time()
        rtts = await self._drive(actives, a.phase)
        stamp("with_idle", t0, _rtt_stats(rtts))
        for tr in idle:
            tr.close()
        for m in actives:
            if m.transport is not None:
                m.transport.close()
        await asyncio.sleep(0.2)
        return {
            "phases": phases,
            "pushed": self.pushed,
            "acked": self.acked,
            "nofile": raise_nofile(),
            "connections_lost_before_close": Client.lost,
        }


def _rtt_stats(rtts: list[float]) -> dict:
    return {
        "pings": len(rtts),
        "rtt_ms_p50": round(pct(rtts, 0.5), 2) if rtts else None,
        "rtt_ms_p99": round(pct(rtts, 0.99), 2) if rtts else None,
        "rtt_ms_max": round(max(rtts), 2) if rtts else None,
    }


def client_main(args: argparse.Namespace) -> int:
    raise_nofile(args.idle + args.active + 1000)
    try:
        import uvloop  # type: ignore[import-not-found]

        result = uvloop.run(Client(args).run())
    except ImportError:
        result = asyncio.run(Client(args).run())
    print(json.dumps(result), flush=True)
    return 0


# ------------------------------------------------------------------ parent side


def target_argv(target: str, data_dir: Path) -> list[str]:
    if target == "serve":
        return serve_argv(data_dir, uvloop=False)
    if target == "serve_uvloop":  # -O: see bench_throughput.py (a_uvloop)
        return [PY, "-O", *serve_argv(data_dir, uvloop=True)[1:]]
    if target == "window":
        return [PY, str(HERE / "window_target.py"), "--data-dir", str(data_dir)]
    raise ValueError(target)


def run_target(target: str, args: argparse.Namespace, wd: Path, rnd: int) -> dict:
    data_dir = wd / f"{target}-r{rnd}"
    env = child_env(XDG_CONFIG_HOME=str(wd / "config"))
    argv = target_argv(target, data_dir)
    child = Child(argv, name=f"{target}-r{rnd}", workdir=wd, env=env)
    time.sleep(0.5)
    rss_idle = rss_mb(child.pid)
    samples: list[tuple[float, float]] = []
    stop = threading.Event()

    def sampler() -> None:
        while not stop.is_set():
            r = rss_mb(child.pid)
            if r is not None:
                samples.append((time.time(), r))
            stop.wait(0.5)

    th = threading.Thread(target=sampler, daemon=True)
    th.start()
    proc = subprocess.run(
        [
            PY,
            str(Path(__file__).resolve()),
            "--client",
            "--port",
            str(child.port),
            "--idle",
            str(args.idle),
            "--active",
            str(args.active),
            "--phase",
            str(args.phase),
            "--ping-interval",
            str(args.ping_interval),
            "--push-interval",
            str(args.push_interval),
        ],
        capture_output=True,
        text=True,
        timeout=2 * args.phase + 300,
        env=env,
        check=False,
    )
    stop.set()
    th.join()
    client = last_json(proc.stdout)
    status, out = child.stop(timeout=120)
    if client is None:
        return {"error": proc.stderr[-2000:]}
    res: dict = {"rss_mb_no_connections": rss_idle, "exit_status": status}
    wall: dict[str, tuple[float, float]] = {}
    for name, ph in client["phases"].items():
        t0, t1 = wall[name] = ph.pop("wall")
        in_phase = [r for t, r in samples if t0 <= t <= t1]
        ph["server_rss_mb_peak"] = max(in_phase) if in_phase else None
        res[name] = ph
    res["server_rss_mb_peak_overall"] = max((r for _, r in samples), default=None)
    res["pushed"], res["acked"] = client["pushed"], client["acked"]
    if target == "window":
        w = last_json(out) or {}
        res["window_devices"] = w.get("devices")
        ticks = w.get("ticks", [])  # no module selected: the table and status bar only
        frame = [t[1] + t[2] for t in ticks]
        res["window_frame_ms_p95_whole_run"] = pct(frame, 0.95)
        res["window_tick_interval_ms_p95_whole_run"] = pct([t[3] for t in ticks if t[3]], 0.95)
        # The UI tick's own work (MainWindow.refresh: the table model, the status bar)
        # in each phase, e.g. 10,000 connected with 1,000 of them active in "with_idle".
        for name, ph in client["phases"].items():
            t0, t1 = wall[name]
            refresh = [t[1] for t in ticks if t0 <= t[0] <= t1]
            ph["window_refresh_ms_p50"] = round(pct(refresh, 0.5), 3) if refresh else None
            ph["window_refresh_ms_p95"] = round(pct(refresh, 0.95), 3) if refresh else None
            ph["window_ticks"] = len(refresh)
    return res


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--client", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    p.add_argument("--idle", type=int, default=10_000)
    p.add_argument("--active", type=int, default=100)
    p.add_argument("--phase", type=float, default=10.0, help="seconds of each RTT phase")
    p.add_argument("--active-phase", type=float, default=None, help=argparse.SUPPRESS)
    p.add_argument("--ping-interval", type=float, default=1.0)
    p.add_argument("--push-interval", type=float, default=1.0)
    p.add_argument("--targets", default="serve,window")
    p.add_argument("--rounds", type=int, default=1)
    args = p.parse_args(argv)
    if args.client:
        return client_main(args)
    nofile = raise_nofile(args.idle + args.active + 2000)
    wd = scratch("fourgmon-conn-")
    result: dict = {
        "benchmark": "connections",
        "machine": machine(),
        "idle": args.idle,
        "active": args.active,
        "phase_s": args.phase,
        "ping_interval_s": args.ping_interval,
        "push_interval_s": args.push_interval,
        "nofile": nofile,
        "rounds": args.rounds,
    }
    runs: dict[str, list[dict]] = {}
    for rnd in range(args.rounds):
        for target in [t for t in args.targets.split(",") if t]:
            try:
                runs.setdefault(target, []).append(run_target(target, args, wd, rnd))
            except Exception as exc:
                runs.setdefault(target, []).append({"error": repr(exc)[:500]})
            print(f"round {rnd} {target} done", file=sys.stderr)
    summary = {}
    for target, rs in runs.items():
        summary[target] = {
            "active_only_rtt_ms_p50": median(
                [r.get("active_only", {}).get("rtt_ms_p50") for r in rs]
            ),
            "active_only_rtt_ms_p99": median(
                [r.get("active_only", {}).get("rtt_ms_p99") for r in rs]
            ),
            "with_idle_rtt_ms_p50": median([r.get("with_idle", {}).get("rtt_ms_p50") for r in rs]),
            "with_idle_rtt_ms_p99": median([r.get("with_idle", {}).get("rtt_ms_p99") for r in rs]),
            "rss_mb_no_connections": median([r.get("rss_mb_no_connections") for r in rs]),
            "rss_mb_with_idle_peak": median(
                [r.get("with_idle", {}).get("server_rss_mb_peak") for r in rs]
            ),
            "idle_connected": median([r.get("connect", {}).get("idle_connected") for r in rs]),
        }
    result["median"] = summary
    result["targets"] = {
        "window with_idle ping p99 <= 50 ms": summary.get("window", {}).get("with_idle_rtt_ms_p99"),
        "window RSS <= 400 MB": summary.get("window", {}).get("rss_mb_with_idle_peak"),
    }
    result["runs"] = runs
    emit(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
