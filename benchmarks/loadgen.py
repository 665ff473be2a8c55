"""Load generator (its own process): N modules each keeping W push_msg packets unacked.

Every module connects to 127.0.0.1:PORT, sends W ``push_msg`` packets (3 channels x
50 samples, ~0.9 KB, unique packnum per module) and sends one more for every ack it
gets back, so W packets are always in flight. Acks are counted by their closing
brace (every reply is a flat JSON object), which is exact and costs one C-level
``bytes.count`` per read: the generator must stay cheap, it shares the CPU with
the server under test.

After ``--warmup`` seconds it counts acks for ``--duration`` seconds and prints
one JSON object: acks/s over the measured window, per-second counts, errors.
It stops by itself (warmup + duration + a few seconds at most).

    python benchmarks/loadgen.py --port P [--modules 100] [--window 8] [--duration 10]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import numpy as np

from fourgmon.protocol import PushMsg, encode

_SENTINEL = 3141592653


def packet_template(imei: str, seed: int = 0) -> tuple[bytes, bytes]:
    """(prefix, suffix) of a 3-channel push_msg around its packnum digits."""
    rng = np.random.default_rng(seed)
    msg = PushMsg(
        imei=imei,
        packnum=_SENTINEL,
        time="2026-11-24 08:00:00",
        channels={k: rng.integers(20000, 40000, 50).astype(np.uint16) for k in (0, 1, 2)},
        temperature=25.5,
        humidity=30.3,
    )
    raw = encode(msg)
    prefix, _, suffix = raw.partition(str(_SENTINEL).encode())
    return prefix, suffix


def imei_of(i: int, base: int = 865501040000000) -> str:
    return str(base + i)


class Pusher(asyncio.Protocol):
    """One module: W in flight, one new packet per ack."""

    def __init__(self, gen: LoadGen, imei: str, window: int, seed: int) -> None:
        self.gen = gen
        self.window = window
        self.prefix, self.suffix = packet_template(imei, seed)
        self.next = 0
        self.transport: asyncio.Transport | None = None
        self.acked = 0

    def _packets(self, n: int) -> bytes:
        p, s, start = self.prefix, self.suffix, self.next
        self.next = start + n
        return b"".join(p + str(i).encode() + s for i in range(start, start + n))

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  (uvloop's is no asyncio.Transport)
        transport.write(self._packets(self.window))

    def data_received(self, data: bytes) -> None:
        n = data.count(b"}")
        if n:
            self.acked += n
            self.gen.acks += n
            if not self.gen.stopping and self.transport is not None:
                self.transport.write(self._packets(n))

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None
        if not self.gen.stopping:
            self.gen.errors.append(f"connection lost: {exc!r}")


class LoadGen:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.acks = 0
        self.errors: list[str] = []
        self.stopping = False
        self.protocols: list[Pusher] = []

    async def run(self) -> dict:
        a = self.args
        loop = asyncio.get_running_loop()
        sem = asyncio.Semaphore(200)

        async def connect(i: int) -> None:
            async with sem:
                try:
                    _, proto = await loop.create_connection(
                        lambda: Pusher(self, imei_of(i, a.imei_base), a.window, i),
                        a.host,
                        a.port,
                    )
                    self.protocols.append(proto)
                except OSError as exc:
                    self.errors.append(f"connect: {exc!r}")

        t_connect = time.perf_counter()
        await asyncio.gather(*(connect(i) for i in range(a.modules)))
        connect_s = time.perf_counter() - t_connect
        await asyncio.sleep(a.warmup)
        per_second: list[int] = []
        start_acks, t0, wall0 = self.acks, time.perf_counter(), time.time()
        cpu0 = os.times()
        last = start_acks
        end = t0 + a.duration
        while True:
            now = time.perf_counter()
            if now >= end:
                break
            await asyncio.sleep(min(1.0, end - now))
            per_second.append(self.acks - last)
            last = self.acks
        t1, wall1 = time.perf_counter(), time.time()
        cpu1 = os.times()
        acked = self.acks - start_acks
        self.stopping = True
        for p in self.protocols:
            if p.transport is not None:
                p.transport.close()
        await asyncio.sleep(0.05)
        elapsed = t1 - t0
        cpu = (cpu1.user + cpu1.system) - (cpu0.user + cpu0.system)
        return {
            "modules": a.modules,
            "connected": len(self.protocols),
            "window": a.window,
            "packet_bytes": len(self.protocols[0]._packets(1)) if self.protocols else None,
            "duration_s": round(elapsed, 3),
            "acks": acked,
            "acks_per_s": round(acked / elapsed, 1),
            "per_second": per_second,
            "connect_s": round(connect_s, 3),
            "measure_wall": [wall0, wall1],
            "loadgen_cpu_pct": round(100 * cpu / elapsed, 1),
            "loop": type(loop).__module__.split(".")[0],
            "errors": len(self.errors),
            "error_samples": self.errors[:5],
        }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--modules", type=int, default=100)
    p.add_argument("--window", type=int, default=8)
    p.add_argument("--warmup", type=float, default=3.0)
    p.add_argument("--duration", type=float, default=10.0)
    p.add_argument("--imei-base", type=int, default=865501040000000)
    p.add_argument("--no-uvloop", action="store_true", help="plain asyncio for the generator")
    args = p.parse_args(argv)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        p.error("load tests target the loopback interface only")
    gen = LoadGen(args)
    coro = gen.run()
    if not args.no_uvloop:
        try:
            import uvloop  # type: ignore[import-not-found]
        except ImportError:
            result = asyncio.run(coro)
        else:
            result = uvloop.run(coro)
    else:
        result = asyncio.run(coro)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
