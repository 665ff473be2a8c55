"""Baseline servers for the throughput benchmark (run as a child process).

``--mode bare`` (c): the plainest correct server plain asyncio allows, stdlib only -- the
limit, not a straw man. An ``asyncio.Protocol`` that scans its ``bytearray`` once per read
for flat objects (the ``}`` that closes an object is the first one outside a string:
``bytes.find`` and ``bytes.count`` of quotes, in C), ``json.loads`` each object, decodes
every ``dataK`` to 16-bit values (``bytes.fromhex`` + ``byteswap``) and writes a templated
ack; no storage, no registry, no events.

``--mode protocol`` (c_protocol): the same job through ``fourgmon.protocol`` (its
``JsonSplitter``, ``decode`` with all its checks, ``encode(PushMsgAck)``): what the
protocol layer costs beside the bare limit.

``--mode naive`` (d): the same, but every push_msg is committed to SQLite one by
one on the event loop before its ack (WAL, synchronous=FULL: the same durability
as ``fourgmon.store``, without group commit). The design issue 5 must beat by 4x.

Prints "listening on 127.0.0.1:PORT" on stderr; on SIGINT/SIGTERM (or after
``--max-seconds``) stops and prints one JSON object of counters on stdout.

    python benchmarks/bare_server.py --mode bare|protocol|naive [--loop asyncio|uvloop]
        [--data-dir D]
"""

from __future__ import annotations

import argparse
import array
import asyncio
import json
import os
import signal
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import contextlib

from fourgmon.protocol import (
    JsonSplitter,
    Ping,
    Pong,
    ProtocolError,
    PushMsg,
    PushMsgAck,
    decode,
    encode,
)

_PONG = encode(Pong())

_SCHEMA = """
CREATE TABLE IF NOT EXISTS packets (
    id INTEGER PRIMARY KEY, imei TEXT NOT NULL, packnum INTEGER NOT NULL,
    device_time TEXT, received_at REAL NOT NULL, raw BLOB NOT NULL,
    UNIQUE (imei, packnum));
CREATE TABLE IF NOT EXISTS frames (
    packet_id INTEGER NOT NULL REFERENCES packets(id), channel INTEGER NOT NULL,
    samples BLOB NOT NULL, PRIMARY KEY (packet_id, channel));
"""


class Counters:
    packets = 0
    errors = 0
    connections = 0


_ACK = b'{"cmd":"push_msg_ack","packnum":"%s"}'
_DATA_KEYS = tuple(f"data{k}" for k in range(9))
_BIG_ENDIAN_HOST = sys.byteorder == "big"


class FlatSession(asyncio.Protocol):
    """(c): stdlib only; one scan of the buffer per read, flat JSON objects."""

    def __init__(self, counters: Counters) -> None:
        self.c = counters
        self.buf = bytearray()
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.c.connections += 1

    def data_received(self, data: bytes) -> None:
        buf = self.buf
        buf += data
        find, count = buf.find, buf.count
        pos = 0
        acks = []
        while True:
            start = find(b"{", pos)
            if start < 0:
                pos = len(buf)
                break
            end = find(b"}", start)
            # A '}' inside a string has an odd number of unescaped quotes before it.
            while end >= 0 and (count(b'"', start, end) - count(b'\\"', start, end)) % 2:
                end = find(b"}", end + 1)
            if end < 0:
                pos = start
                break
            pos = end + 1
            try:
                obj = json.loads(buf[start:pos])
                cmd = obj["cmd"]
            except (ValueError, KeyError, TypeError):
                self.c.errors += 1
                continue
            if cmd == "push_msg":
                for key in _DATA_KEYS:
                    text = obj.get(key)
                    if text is not None:
                        samples = array.array("H", bytes.fromhex(text.replace(",", "")))
                        if not _BIG_ENDIAN_HOST:
                            samples.byteswap()
                self.c.packets += 1
                acks.append(_ACK % str(obj["packnum"]).encode())
            elif cmd == "ping":
                acks.append(_PONG)
        del buf[:pos]
        if acks and self.transport is not None:
            self.transport.write(b"".join(acks))

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None


class BareSession(asyncio.Protocol):
    def __init__(self, counters: Counters, db: sqlite3.Connection | None) -> None:
        self.c = counters
        self.db = db
        self.splitter = JsonSplitter()
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  (uvloop's is no asyncio.Transport)
        self.c.connections += 1

    def data_received(self, data: bytes) -> None:
        try:
            objects = self.splitter.feed(data)
        except ProtocolError:
            self.c.errors += 1
            assert self.transport is not None
            self.transport.close()
            return
        transport = self.transport
        assert transport is not None
        for raw in objects:
            try:
                msg = decode(raw)
            except ProtocolError:
                self.c.errors += 1
                continue
            if type(msg) is PushMsg:
                if self.db is not None:
                    self._store(msg, raw)
                self.c.packets += 1
                transport.write(encode(PushMsgAck(msg.packnum)))
            elif type(msg) is Ping:
                transport.write(_PONG)

    def _store(self, msg: PushMsg, raw: bytes) -> None:
        """The naive durable design: one transaction (and one fsync) per packet."""
        db = self.db
        assert db is not None
        db.execute("BEGIN IMMEDIATE")
        cur = db.execute(
            "INSERT OR IGNORE INTO packets (imei, packnum, device_time, received_at, raw)"
            " VALUES (?, ?, ?, ?, ?)",
            (msg.imei, msg.packnum, msg.time, time.time(), raw),
        )
        if cur.rowcount:
            pid = cur.lastrowid
            db.executemany(
                "INSERT INTO frames (packet_id, channel, samples) VALUES (?, ?, ?)",
                [(pid, k, v.tobytes()) for k, v in msg.channels.items()],
            )
        db.execute("COMMIT")

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None


async def serve(args: argparse.Namespace) -> dict:
    db = None
    if args.mode == "naive":
        data_dir = Path(args.data_dir or tempfile.mkdtemp(prefix="fourgmon-naive-"))
        data_dir.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(data_dir / "naive.sqlite3", isolation_level=None)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        db.executescript(_SCHEMA)
    counters = Counters()
    loop = asyncio.get_running_loop()

    def session() -> asyncio.Protocol:
        return FlatSession(counters) if args.mode == "bare" else BareSession(counters, db)

    server = await loop.create_server(
        session, args.host, args.port, backlog=1024, reuse_address=True
    )
    host, port = server.sockets[0].getsockname()[:2]
    print(f"{args.mode} server listening on {host}:{port}", file=sys.stderr, flush=True)
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    t0 = time.perf_counter()
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), args.max_seconds)
    server.close()
    if db is not None:
        db.close()
    return {
        "mode": args.mode,
        "loop": type(loop).__module__.split(".")[0],
        "packets": counters.packets,
        "errors": counters.errors,
        "connections": counters.connections,
        "uptime_s": round(time.perf_counter() - t0, 2),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--mode", choices=("bare", "protocol", "naive"), default="bare")
    p.add_argument("--loop", choices=("asyncio", "uvloop"), default="asyncio")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--data-dir", default=None)
    p.add_argument("--max-seconds", type=float, default=600.0, help="stop by itself after this")
    args = p.parse_args(argv)
    if args.loop == "uvloop":
        import uvloop  # type: ignore[import-not-found]

        result = uvloop.run(serve(args))
    else:
        result = asyncio.run(serve(args))
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
