"""The writer's answers wait for the WAL's fsync (fourgmon.store.walsync), which runs
beside the next batch: a record is acknowledged only once its commit is on disk."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from pathlib import Path

import pytest

from fourgmon.store import Store, WriteResult
from fourgmon.store.walsync import HOLD_ENV, SYNC_ENV, WalSync
from fourgmon.store.wire import STORED, WriterStats

from .conftest import push_msg

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the WAL is synced on a thread on POSIX")


async def _until(condition, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.02)


@contextlib.asynccontextmanager
async def held_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A store in thread mode whose sync thread waits before each fsync while the
    yielded file exists (unlink it to release)."""
    hold = tmp_path / "hold-fsync"
    hold.touch()
    monkeypatch.setenv(HOLD_ENV, str(hold))
    monkeypatch.setenv(SYNC_ENV, "thread")  # whatever the default
    store = Store.open(tmp_path / "data")
    await store.start()
    try:
        yield store, hold
    finally:
        hold.unlink(missing_ok=True)
        await store.close()


async def test_no_ack_before_the_wal_fsync_and_the_next_batch_commits_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with held_store(tmp_path, monkeypatch) as (store, hold):
        first = store.submit(push_msg(1))
        await _until(lambda: store.packet_count() == 1)  # committed: readers see it...
        await asyncio.sleep(0.3)
        assert not first.done()  # ...but not acknowledged: its fsync has not run
        second = [store.submit(push_msg(n)) for n in range(2, 12)]
        await _until(lambda: store.packet_count() == 11)  # the next batch did not wait
        await asyncio.sleep(0.1)
        assert not first.done() and not any(f.done() for f in second)
        hold.unlink()
        assert await asyncio.wait_for(first, 10) == WriteResult()
        assert await asyncio.wait_for(asyncio.gather(*second), 10) == [WriteResult()] * 10
        assert store.stats.syncs >= 1
        assert store.stats.synced_batches >= 2  # each answer was released by an fsync
        assert await store.pragma("synchronous") == 1  # NORMAL: COMMIT itself does not sync


async def test_a_pragma_answer_keeps_its_place_behind_a_held_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with held_store(tmp_path, monkeypatch) as (store, hold):
        write = store.submit(push_msg(1))
        pragma = asyncio.ensure_future(store.pragma("user_version"))
        await _until(lambda: store.packet_count() == 1)
        await asyncio.sleep(0.3)
        assert not write.done() and not pragma.done()  # answers stay in order
        hold.unlink()
        assert await asyncio.wait_for(write, 10) == WriteResult()
        assert isinstance(await asyncio.wait_for(pragma, 10), int)


async def test_full_sync_can_be_chosen_and_needs_no_sync_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(SYNC_ENV, "full")
    store = Store.open(tmp_path / "data")
    await store.start()
    try:
        assert await store.write(push_msg(1)) == WriteResult()
        assert await store.pragma("synchronous") == 2  # FULL: COMMIT syncs
        assert store.stats.syncs == 0
    finally:
        await store.close()


def _wal_sync(db: Path, sent: list[object], logged: list[tuple[int, str]]) -> WalSync:
    return WalSync(db, sent.append, lambda level, line: logged.append((level, line)), WriterStats())


def test_a_replaced_wal_file_is_reopened_and_a_missing_one_refuses_the_batch(
    tmp_path: Path,
) -> None:
    db = tmp_path / "x.sqlite3"
    wal = tmp_path / "x.sqlite3-wal"
    wal.write_bytes(b"frames")
    sent: list[object] = []
    logged: list[tuple[int, str]] = []
    sync = _wal_sync(db, sent, logged)
    stats = WriterStats()
    sync.after_commit(("done", [STORED], stats))
    _wait(lambda: len(sent) == 1)
    first_inode = os.stat(wal).st_ino
    wal.unlink()  # the last connection closed; a new one made a new file
    keep = tmp_path / "keep"
    keep.write_bytes(b"x")  # so that the new file cannot reuse the old inode number
    wal.write_bytes(b"new frames")
    assert os.stat(wal).st_ino != first_inode
    sync.after_commit(("done", [STORED, STORED], stats))
    _wait(lambda: len(sent) == 2)
    assert _open_on(wal) == [str(wal)]  # the new file; the old one's descriptor closed
    wal.unlink()
    sync.after_commit(("done", [STORED], stats))
    sync.close()
    assert sent[0] == ("done", [STORED], stats)
    assert sent[1] == ("done", [STORED, STORED], stats)
    kind, outcomes, _ = sent[2]  # type: ignore[misc]
    assert kind == "done" and outcomes[0][0] == "error"
    assert "syncing the write-ahead log failed" in outcomes[0][1]
    assert [level for level, _ in logged] == [logging.ERROR]
    assert "x.sqlite3-wal" in logged[0][1]


def _open_on(path: Path) -> list[str]:
    """What this process's descriptors on ``path`` point at (Linux /proc)."""
    links = []
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            links.append(os.readlink(f"/proc/self/fd/{fd}"))
    return [link for link in links if link.startswith(str(path))]


def _wait(condition, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.01)
