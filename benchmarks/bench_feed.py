"""serve's event-loop work per push_msg, in one process: µs a packet (issue 11 §1). Prints JSON.

The real Server, Sessions and AlarmService on a plain asyncio loop; the transports
are stand-ins that keep what is written, and the store a stand-in that answers every
record "stored" in one batch per wave, as Store._settle does with a writer's answer.
So the figure is the loop thread's Python work for one packet: data_received (split,
decode, handle_message, submit_then) + its settle (registry, alarms, ack, encode,
flush) — without the kernel, the asyncio transport, the store's threads and the
writer process, i.e. the part of threads.py's "main thread" this code controls.

    python benchmarks/bench_feed.py [--modules 100] [--window 8] [--waves 200] [--rounds 5]

Run it from the tree to measure (``cd /work/main && python <this file>`` measures main).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path.cwd()))
sys.path.insert(0, str(Path.cwd() / "benchmarks"))

from loadgen import imei_of, packet_template

from fourgmon.server.config import ServerConfig
from fourgmon.server.server import Server
from fourgmon.server.session import Session
from fourgmon.store.records import WriteResult

STORED = WriteResult(duplicate=False)


class FakeTransport:
    """Enough of asyncio.Transport for a Session; counts the bytes written."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.written = 0

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return ("127.0.0.1", self.port) if name == "peername" else default

    def set_write_buffer_limits(self, high: int | None = None, low: int | None = None) -> None:
        pass

    def write(self, data: bytes) -> None:
        self.written += len(data)

    def is_closing(self) -> bool:
        return False

    def get_write_buffer_size(self) -> int:
        return 0

    def pause_reading(self) -> None:
        pass

    def resume_reading(self) -> None:
        pass

    def close(self) -> None:
        pass

    def abort(self) -> None:
        pass


class FakeStore:
    """submit_then keeps (record, on_done); settle() answers them all, in order."""

    path = Path("/nonexistent/fourgmon-bench.db")

    def __init__(self) -> None:
        self.queued: list[tuple[Any, Any]] = []

    def watch_health(self, callback: Any) -> Any:
        return lambda: None

    def submit_then(self, record: Any, on_done: Any) -> None:
        self.queued.append((record, on_done))

    def settle(self) -> int:
        n = 0
        while self.queued:
            batch, self.queued = self.queued, []
            for _, done in batch:
                done(STORED)
            n += len(batch)
        return n


async def run(modules: int, window: int, waves: int, rounds: int) -> dict[str, Any]:
    store = FakeStore()
    server = Server(ServerConfig(host="127.0.0.1", port=0), store)  # type: ignore[arg-type]
    await server.alarms.start(store.path, 3600.0, server.write_background)
    sessions = []
    templates = []
    for i in range(modules):
        session = Session(server)
        session.connection_made(FakeTransport(40000 + i))  # type: ignore[arg-type]
        sessions.append(session)
        templates.append(packet_template(imei_of(i), seed=i))
    packnum = 0

    def wave() -> int:
        nonlocal packnum
        for session, (prefix, suffix) in zip(sessions, templates, strict=True):
            data = b"".join(prefix + str(packnum + w).encode() + suffix for w in range(window))
            session.data_received(data)
        packnum += window
        return store.settle()

    wave()  # bind, first frames, clock-skew alarms raised
    store.settle()
    await asyncio.sleep(0)
    results = []
    for _ in range(rounds):
        n = 0
        t0 = time.process_time()
        for _ in range(waves):
            n += wave()
            await asyncio.sleep(0)  # the flushes (one write per session) and hand-overs
        results.append((time.process_time() - t0) / n * 1e6)
    acks = server.stats.acks
    for session in sessions:
        session.close("bench")
        session.connection_lost(None)
    store.settle()  # the offline alarms: stop() waits for them
    await server.alarms.stop()
    return {
        "us_per_packet": round(statistics.median(results), 2),
        "rounds": [round(r, 2) for r in results],
        "acks": acks,
        "packets_per_round": modules * window * waves,
    }


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--modules", type=int, default=100)
    p.add_argument("--window", type=int, default=8)
    p.add_argument("--waves", type=int, default=100)
    p.add_argument("--rounds", type=int, default=5)
    a = p.parse_args()
    print(json.dumps(asyncio.run(run(a.modules, a.window, a.waves, a.rounds))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
