"""serve's loop work per push_msg after decode: handle_message + its settle, µs a packet.

bench_feed.py's rig (the real Server, Sessions and AlarmService; stand-in transports and
a stand-in store answering each wave "stored" at once) fed already decoded messages, so
the splitter and the codec are out of the figure: what is left is the server's, the
registry's, the alarm rules' and the ack's Python per packet.

    python benchmarks/bench_settle.py      # from the tree to measure
"""

from __future__ import annotations

import asyncio
import logging
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))
sys.path.insert(0, str(Path.cwd() / "benchmarks"))

from bench_feed import FakeStore, FakeTransport
from loadgen import imei_of, packet_template

from fourgmon.protocol import decode
from fourgmon.server.config import ServerConfig
from fourgmon.server.server import Server
from fourgmon.server.session import Session


async def run(modules: int = 100, window: int = 8, waves: int = 30, rounds: int = 7) -> float:
    store = FakeStore()
    server = Server(ServerConfig(host="127.0.0.1", port=0), store)  # type: ignore[arg-type]
    await server.alarms.start(store.path, 3600.0, server.write_background)
    sessions, templates = [], []
    for i in range(modules):
        session = Session(server)
        session.connection_made(FakeTransport(40000 + i))  # type: ignore[arg-type]
        sessions.append(session)
        templates.append(packet_template(imei_of(i), seed=i))
    for session, (prefix, suffix) in zip(sessions, templates, strict=True):
        session.data_received(prefix + b"0" + suffix)  # bind, first frames
    store.settle()
    await asyncio.sleep(0)
    packnum, results = 1, []
    for _ in range(rounds):
        msgs = []
        for w in range(window):
            for session, (prefix, suffix) in zip(sessions, templates, strict=True):
                raw = prefix + str(packnum + w).encode() + suffix
                msgs.append((session, decode(raw), raw))
        n, t0 = 0, time.process_time()
        for _ in range(waves):  # the same packnums again: a module restarting its count
            for session, msg, raw in msgs:
                server.handle_message(session, msg, raw)
            n += store.settle()
            await asyncio.sleep(0)  # the flushes
        results.append((time.process_time() - t0) / n * 1e6)
        packnum += window
    for session in sessions:
        session.close("bench")
        session.connection_lost(None)
    store.settle()
    await server.alarms.stop()
    return statistics.median(results)


if __name__ == "__main__":
    logging.disable(logging.CRITICAL)  # the clock-skew and offline alarm lines
    print(f"handle_message + settle: {asyncio.run(run()):.2f} us a packet")
