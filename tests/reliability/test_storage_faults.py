"""Disk full and a locked database, injected at the SQLite level.

No ack for what was not stored, nothing crashes, other modules keep being served,
StorageFault is published (the window shows it), and storage resumes when the fault
clears: the module's resend is acknowledged and stored once.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from fourgmon.protocol import encode
from fourgmon.protocol.messages import Ping, PushMsgAck
from fourgmon.server.events import StorageFault
from fourgmon.sim.scripted import make_push_msg
from fourgmon.store import Store
from fourgmon.store.records import Record
from tests.reliability.conftest import RELIABILITY_CONFIG, Harness, running_server

IMEI = "865501040783269"
OTHER = "865501040783277"
NO_LIMIT_PAGES = 1_073_741_823


@contextlib.asynccontextmanager
async def disk_full(h: Harness) -> AsyncIterator[None]:
    """SQLITE_FULL for any write that needs a new page (as when the disk is full)."""
    pages = await h.store.pragma("page_count")  # runs after every write queued before it
    await h.store.pragma(f"max_page_count = {pages}")
    try:
        yield
    finally:
        await h.store.pragma(f"max_page_count = {NO_LIMIT_PAGES}")


@contextlib.asynccontextmanager
async def database_locked(h: Harness) -> AsyncIterator[None]:
    """Another process holds the write lock: SQLITE_BUSY ("database is locked")."""
    await h.store.pragma("busy_timeout = 100")  # fail fast instead of after 5 s
    other = sqlite3.connect(h.store.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def _big_packet(packnum: int) -> bytes:
    # 9 channels of 1000 samples (~45 KB): needs new pages however full the last ones are.
    channels = {k: np.arange(1000) for k in range(9)}
    return encode(make_push_msg(IMEI, packnum, channels, time="2026-11-24 08:00:00"))


@pytest.mark.parametrize("fault", [disk_full, database_locked], ids=["disk-full", "locked"])
async def test_storage_fault_no_ack_keeps_serving_and_recovers(
    tmp_path: Path, fault: Callable[[Harness], contextlib.AbstractAsyncContextManager[None]]
) -> None:
    async with running_server(tmp_path) as h:
        module = await h.connect(IMEI)
        other = await h.connect(OTHER)
        module.send(make_push_msg(IMEI, 1))
        assert (await module.expect(PushMsgAck)).packnum == 1
        other.send(Ping(OTHER))
        await other.expect("pong")
        async with fault(h):
            module.send_raw(_big_packet(2))
            with pytest.raises(TimeoutError):
                await module.expect(PushMsgAck, timeout=1.5)  # not stored: not acked
            faults = h.of_type(StorageFault)
            assert faults and not faults[0].cleared, faults
            assert h.server.stats.storage_errors >= 1
            for m, imei in ((other, OTHER), (module, IMEI)):  # both still served
                m.send(Ping(imei))
                await m.expect("pong")
            assert not module.is_closed
        module.send_raw(_big_packet(2))  # the module resends what was not acked
        assert (await module.expect(PushMsgAck, timeout=5)).packnum == 2
        assert h.of_type(StorageFault)[-1].cleared
        module.send(make_push_msg(IMEI, 3))
        assert (await module.expect(PushMsgAck)).packnum == 3
    store = Store.open(tmp_path)
    try:
        assert store.packet_count(IMEI) == 3  # 1, 2 once, 3
        assert {row.packnum for row in store.frames(IMEI)} == {1, 2, 3}
    finally:
        await store.close()


async def test_a_stalled_store_pauses_reading_instead_of_queueing(tmp_path: Path) -> None:
    config = replace(RELIABILITY_CONFIG, max_uncommitted=4)
    async with running_server(tmp_path, config) as h:
        release = asyncio.Event()
        real_submit_then = h.store.submit_then
        stalled: set[asyncio.Task[None]] = set()

        async def stalled_write(record: Record, on_done: Callable[[object], object]) -> None:
            await release.wait()
            real_submit_then(record, on_done)

        def stalled_submit_then(record: Record, on_done: Callable[[object], object]) -> None:
            task = asyncio.ensure_future(stalled_write(record, on_done))
            stalled.add(task)
            task.add_done_callback(stalled.discard)

        h.store.submit_then = stalled_submit_then  # type: ignore[method-assign]
        try:
            module = await h.connect(IMEI)
            for packnum in range(1, 11):  # one read each (a read is handled whole)
                module.send(make_push_msg(IMEI, packnum))
                await asyncio.sleep(0.02)
            for _ in range(300):
                session = h.server.session_of(IMEI)
                if session is not None and "store" in session.paused_for:
                    break
                await asyncio.sleep(0.01)
            assert session is not None and "store" in session.paused_for
            await asyncio.sleep(0.2)
            assert session.uncommitted == 4  # the other six wait in the kernel, not in memory
            release.set()
            acked = {(await module.expect(PushMsgAck)).packnum for _ in range(10)}
            assert acked == set(range(1, 11))
            assert session.paused_for == frozenset()
        finally:
            release.set()  # or server.stop() would wait for the stalled writes forever
