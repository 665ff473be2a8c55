"""What a peer (or a full disk) can make us write is bounded (issue 10 §3, bullets 2 and 3).

Before: 40 KB of ``{}`` from a connection that never identified wrote 20,000 warning
lines (2.8 MB) and 20,000 quarantine rows (1.7 MB of database); 2,000 connections over
the cap wrote 2,000 lines; a full disk wrote one ERROR line per failed write.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import shutil
import signal
import socket
import sqlite3
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from fourgmon.protocol import encode
from fourgmon.protocol.messages import Ping, PushMsgAck
from fourgmon.server.config import QUARANTINE_PER_CONNECTION, QUARANTINE_PER_SOURCE
from fourgmon.server.events import StorageFault
from fourgmon.sim.scripted import make_push_msg
from fourgmon.store import Store
from fourgmon.store.db import DB_FILENAME
from tests.processes import ServeProcess
from tests.reliability.conftest import RELIABILITY_CONFIG, running_server
from tests.reliability.test_storage_faults import disk_full
from tests.small_disk import tmpfs

IMEI = "865501040783269"
JUNK = 40_000  # bytes of "{}"

# Summaries due every half second, so that a test sees several intervals.
QUICK = replace(RELIABILITY_CONFIG, summary_interval=0.5)


def _data_bytes(data_dir: Path) -> int:
    return sum(p.stat().st_size for p in data_dir.glob(f"{DB_FILENAME}*"))


def _quarantine(data_dir: Path) -> list[tuple[str, str, bytes]]:
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        return conn.execute("SELECT peer, reason, raw FROM quarantine ORDER BY id").fetchall()
    finally:
        conn.close()


def _ping_on(sock: socket.socket, imei: str) -> None:
    sock.sendall(encode(Ping(imei)))
    got = b""
    while b"pong" not in got:
        data = sock.recv(65536)
        assert data, "closed"
        got += data


def test_40_kb_of_junk_costs_less_log_and_database_than_it_sent(tmp_path: Path) -> None:
    data = tmp_path / "data"
    serve = ServeProcess(data, "--max-message-rate", "0", "--max-byte-rate", "0")
    try:
        with socket.create_connection(("127.0.0.1", serve.port), timeout=30) as sock:
            _ping_on(sock, "865501040783277")  # the store has written its first pages
            db_before, log_before = _data_bytes(data), len(serve.log().encode())
            junk = socket.create_connection(("127.0.0.1", serve.port), timeout=30)
            with junk:
                junk.sendall(b"{}" * (JUNK // 2))
                _ping_on(junk, IMEI)  # its pong: every {} before it was handled
        serve.send_signal(signal.SIGINT)
        assert serve.wait() == 0
    finally:
        serve.kill()
    text = serve.log()
    lines = [line for line in text.split("\n") if "fourgmon.server: protocol error from" in line]
    assert len(lines) <= 5, lines[:10]  # before: 20,000
    rows = _quarantine(data)
    samples = [r for r in rows if r[2]]
    summaries = [r for r in rows if not r[2]]
    assert len(samples) == QUARANTINE_PER_CONNECTION  # before: 20,000
    assert [r[1].split()[0] for r in summaries] == [str(JUNK // 2 - QUARANTINE_PER_CONNECTION)]
    assert f"{JUNK // 2 - 5} more protocol errors from 127.0.0.1" in text
    grown = _data_bytes(data) - db_before + len(text.encode()) - log_before
    assert grown <= JUNK, grown  # before: ~4.4 MB, 111 bytes out per byte in


async def _junk_connections(port: int, count: int, objects: int) -> None:
    """``count`` connections from 127.0.0.1, each sending ``objects`` times ``{}``."""
    writers = []
    for _ in range(count):
        _, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"{}" * objects)
        writers.append(writer)
    for writer in writers:
        await writer.drain()
        writer.close()
        with contextlib.suppress(ConnectionError):
            await writer.wait_closed()


async def test_quarantine_keeps_a_sample_per_connection_and_source_each_interval(
    tmp_path: Path, server_log: pytest.LogCaptureFixture
) -> None:
    config = replace(QUICK, summary_interval=1.0)
    async with running_server(tmp_path, config) as h:
        # 8 connections x 20: each keeps 10, the source stops at 50; 110 only counted.
        await _junk_connections(h.port, 8, 20)
        for _ in range(300):
            if h.server.stats.protocol_errors == 160:
                break
            await asyncio.sleep(0.01)
        assert h.server.stats.protocol_errors == 160
        await asyncio.sleep(config.summary_interval * 1.5)  # the interval ends: summaries due
        await _junk_connections(h.port, 1, 3)  # a new interval: kept again, but not logged
        for _ in range(300):
            if h.server.stats.protocol_errors == 163:
                break
            await asyncio.sleep(0.01)
    rows = _quarantine(tmp_path)
    samples = [r for r in rows if r[2]]
    summaries = [r[1] for r in rows if not r[2]]
    assert len(samples) == QUARANTINE_PER_SOURCE + 3
    assert len(summaries) == 1 and summaries[0].startswith("110 more like this in the last")
    lines = [
        r.getMessage()
        for r in server_log.records
        if r.getMessage().startswith("protocol error from")
    ]
    assert len(lines) == 5  # 5 per source, then one summary an interval while it goes on
    summary_lines = [
        r.getMessage() for r in server_log.records if " more protocol" in r.getMessage()
    ]
    assert [line.split()[0] for line in summary_lines] == ["155", "3"]


async def test_connections_over_the_cap_are_one_line_per_interval(
    tmp_path: Path, server_log: pytest.LogCaptureFixture
) -> None:
    cap, extra = 3, 200
    config = replace(QUICK, max_connections=cap)
    async with running_server(tmp_path, config) as h:
        held = [await asyncio.open_connection("127.0.0.1", h.port) for _ in range(cap)]
        loop = asyncio.get_running_loop()
        started = loop.time()
        eof = 0
        for i in range(extra):  # spread over ~1.6 s: about three intervals
            reader, writer = await asyncio.open_connection("127.0.0.1", h.port)
            eof += await asyncio.wait_for(reader.read(), 5) == b""  # an orderly close
            writer.close()
            await asyncio.sleep(max(0.0, started + 1.6 * (i + 1) / extra - loop.time()))
        took = loop.time() - started
        for _, writer in held:
            writer.close()
        assert h.server.stats.rejected_connections == extra
    assert eof == extra
    lines = [r.getMessage() for r in server_log.records if "refus" in r.getMessage()]
    first = [line for line in lines if line.startswith("connection cap 3 reached")]
    summaries = [line for line in lines if " more connections refused" in line]
    assert len(first) == 1  # then one summary an interval, as long as it goes on
    assert 2 <= len(summaries) <= took / config.summary_interval + 2, lines  # before: 200
    assert len(lines) == len(first) + len(summaries)
    assert 1 + sum(int(line.split()[0]) for line in summaries) == extra


# ------------------------------------------------------------------ a full disk


def _big_packet(packnum: int) -> bytes:
    channels = {k: np.arange(1000) for k in range(9)}  # ~45 KB: new pages every time
    return encode(make_push_msg(IMEI, packnum, channels, time="2026-11-24 08:00:00"))


async def test_a_full_disk_is_one_line_when_it_fails_and_one_when_it_works_again(
    server_log: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    # Bigger than the store's default disk reserve (if it has one), so that freeing the
    # filler really gives it room again; the filler leaves 256 kB: the disk is full.
    with tmpfs(tmp_path / "disk", "96m") as mnt:
        data = mnt / "data"
        config = replace(RELIABILITY_CONFIG, max_message_rate=0, max_byte_rate=0)
        async with running_server(data, config) as h:
            filler = mnt / "filler"
            with open(filler, "wb") as fh:
                os.posix_fallocate(fh.fileno(), 0, shutil.disk_usage(mnt).free - 256 * 1024)
            module = await h.connect(IMEI)
            for packnum in range(150):  # the first few fit, then every write fails
                module.send_raw(_big_packet(packnum))
                await asyncio.sleep(0.005)
            for _ in range(500):
                if h.server.stats.storage_errors >= 100 and not h.server.writes_in_flight:
                    break
                await asyncio.sleep(0.02)
            failed = h.server.stats.storage_errors
            assert failed >= 100, failed
            errors = [r for r in server_log.records if r.name == "fourgmon.server"]
            storage = [r.getMessage() for r in errors if "storage" in r.getMessage()]
            assert len(storage) == 1 and storage[0].startswith("storage failed: "), storage
            filler.unlink()
            module.send_raw(_big_packet(1000))  # a resend after the disk has room again
            while (await module.expect(PushMsgAck, timeout=10)).packnum != 1000:
                pass  # the acks of the packets that fitted before the disk was full
            faults = h.of_type(StorageFault)
            assert [f.cleared for f in faults] == [False, True]
        lines = [r.getMessage() for r in server_log.records if r.name == "fourgmon.server"]
        storage = [line for line in lines if "storage" in line]
        assert len(storage) == 2, storage  # before: one line per failed write
        assert re.fullmatch(
            r"storage works again after \d+ s; \d+ writes failed meanwhile", storage[1]
        )
        store = Store.open(data)
        try:
            assert store.packet_count(IMEI) >= 1
        finally:
            await store.close()


async def test_a_flapping_disk_costs_a_few_lines_an_interval(
    tmp_path: Path, server_log: pytest.LogCaptureFixture
) -> None:
    async with running_server(tmp_path) as h:
        module = await h.connect(IMEI)
        for cycle in range(10):  # full, then room again, ten times within one interval
            async with disk_full(h):
                module.send_raw(_big_packet(2 * cycle))
                for _ in range(300):
                    if h.server.stats.storage_errors > cycle:
                        break
                    await asyncio.sleep(0.01)
            module.send(make_push_msg(IMEI, 2 * cycle + 1))
            while (await module.expect(PushMsgAck)).packnum != 2 * cycle + 1:
                pass
        assert h.server.stats.storage_errors == 10
        assert len(h.of_type(StorageFault)) == 20  # the window still sees every change
    lines = [r.getMessage() for r in server_log.records if "storage" in r.getMessage()]
    assert len(lines) == 4 + 1, lines  # 4 changes logged, then one summary at the stop
    assert lines[-1].startswith("16 more storage state changes in the last")
