"""The group-commit writer: every record type, duplicates, batching, durability, failures."""

from __future__ import annotations

import asyncio
import sqlite3
import struct
import threading
from pathlib import Path

import numpy as np
import pytest

from fourgmon.store import (
    DB_FILENAME,
    AliasRecord,
    CommandRecord,
    ConnectionRecord,
    InfoRecord,
    QuarantineRecord,
    Store,
    StoreError,
    VersionRecord,
    WriteResult,
)

from .conftest import IMEI, T0, push_msg, push_online, samples


async def test_every_record_type_round_trips(store: Store) -> None:
    assert await store.write(ConnectionRecord(IMEI, T0, "online", "connected", "10.0.0.5:4000"))
    await store.write(push_msg(7, at=T0 + 1))
    await store.write(push_online(3, at=T0 + 2))
    await store.write(InfoRecord(IMEI, T0 + 3, "89860000000000000001", "113.1,23.2", None))
    await store.write(InfoRecord(IMEI, T0 + 4, "89860000000000000002", "113.3,23.4", (1, 2, 3)))
    await store.write(VersionRecord(IMEI, T0 + 5, "HW-A", "1.0.9"))
    await store.write(CommandRecord(IMEI, "version", T0 + 5, T0 + 6, "ok", "HW-A 1.0.9"))
    await store.write(CommandRecord(IMEI, "update", T0 + 7, None, "timeout", ""))
    await store.write(AliasRecord(IMEI, "pump house"))
    await store.write(QuarantineRecord(T0 + 8, "10.0.0.5:4000", None, "bad json", b"\xff{x"))
    await store.write(ConnectionRecord(IMEI, T0 + 9, "offline", "timeout", "10.0.0.5:4000"))

    (dev,) = store.devices()
    assert (dev.imei, dev.alias, dev.first_seen) == (IMEI, "pump house", T0)
    assert dev.last_seen == T0 + 5  # the offline timeout and the command are not "seen"
    assert (dev.ccid, dev.location) == ("89860000000000000002", "113.3,23.4")
    assert (dev.fw_type, dev.fw_version) == ("HW-A", "1.0.9")

    latest = store.latest_frames(IMEI)
    assert sorted(latest) == [0, 1, 2]
    f = latest[1]
    assert (f.imei, f.packnum, f.device_time, f.received_at) == (
        IMEI,
        7,
        "2026-11-25 03:53:20",
        T0 + 1,
    )
    assert (f.channel, f.temperature, f.humidity) == (1, 21.5, 40.0)
    np.testing.assert_array_equal(f.samples, samples(71))

    (status,) = store.status_history(IMEI)
    assert (status.packnum, status.received_at) == (3, T0 + 2)
    assert status.st == {0: "[1]", 4: '["10"]'}
    assert status.dt == {0: "0", 8: "[1]"}

    cmds = store.command_history(IMEI)
    assert [c.kind for c in cmds] == ["update", "version"]
    assert cmds[0] == CommandRecord(IMEI, "update", T0 + 7, None, "timeout", "")
    assert store.quarantine() == [
        QuarantineRecord(T0 + 8, "10.0.0.5:4000", None, "bad json", b"\xff{x")
    ]
    events = store.connection_events(IMEI)
    assert [(e.state, e.cause) for e in events] == [("offline", "timeout"), ("online", "connected")]
    assert store.packet_count() == store.packet_count(IMEI) == 1
    assert store.packet_count("000000000000000") == 0

    with sqlite3.connect(store.path) as conn:
        infos = conn.execute("SELECT err0, err1, err2 FROM info_history ORDER BY at").fetchall()
        assert infos == [(None, None, None), (1, 2, 3)]
        # A clean packet's raw bytes are not in the database: they go to the journal.
        assert conn.execute("SELECT raw FROM push_msgs").fetchone()[0] is None
    await store.close()
    assert [(e.imei, e.raw) for e in store.journal(IMEI) if b"push_msg" in e.raw] == [
        (IMEI, b'{"cmd":"push_msg","packnum":"7"}')
    ]


async def test_resent_packet_is_stored_once(store: Store) -> None:
    assert await store.write(push_msg(5)) == WriteResult(duplicate=False)
    assert await store.write(push_msg(5, at=T0 + 30)) == WriteResult(duplicate=True)
    assert await store.write(push_online(5)) == WriteResult(duplicate=False)
    assert await store.write(push_online(5, at=T0 + 30)) == WriteResult(duplicate=True)
    assert store.packet_count() == 1
    assert len(list(store.frames(IMEI))) == 3
    assert len(store.status_history(IMEI)) == 1
    assert store.devices()[0].last_seen == T0 + 30  # a resend still shows the device alive


async def test_same_packnum_with_new_content_is_stored(store: Store) -> None:
    """A module that rebooted restarts packnum at 0: its new data must not be dropped."""
    first = push_msg(0, channels={0: samples(1)})
    results = [
        await store.write(first),
        await store.write(push_msg(0, at=T0 + 60, channels={0: samples(2)})),
        await store.write(
            push_msg(0, at=T0 + 61, channels={0: samples(1)}, time="2026-11-25 04:00:00")
        ),
        await store.write(push_msg(0, at=T0 + 62, channels={0: samples(1)}, temperature=22.0)),
        await store.write(push_msg(0, at=T0 + 63, channels={3: samples(1)})),
        await store.write(push_online(0, at=T0 + 64, st0="[2]")),
        await store.write(push_online(0, at=T0 + 65, st0="[1]")),
        await store.write(push_msg(0, imei="861234567890999", channels={0: samples(1)})),
    ]
    assert not any(r.duplicate for r in results)
    assert store.packet_count(IMEI) == 5
    assert len(store.status_history(IMEI)) == 2


async def test_samples_round_trip_bit_exact(store: Store) -> None:
    rng = np.random.default_rng(1)
    chans = {
        0: np.array([0, 1, 0x7FFF, 0x8000, 0xFFFF], dtype=np.uint16),
        4: rng.integers(0, 65536, 50).astype(np.uint16),
        8: rng.integers(0, 65536, 77).astype(np.uint16),
    }
    await store.write(push_msg(1, channels=chans))
    got = {f.channel: f.samples for f in store.frames(IMEI)}
    assert sorted(got) == [0, 4, 8]
    for k, s in chans.items():
        assert got[k].dtype == np.uint16
        assert got[k].tobytes() == s.tobytes()
    with sqlite3.connect(store.path) as conn:
        stats = conn.execute("SELECT stats FROM push_msgs").fetchone()[0]
    # per channel: k, n, min, max, sum (mean = sum / n, exact)
    assert stats[:11] == struct.pack("<BHHHI", 0, 5, 0, 0xFFFF, 0x7FFF + 0x8000 + 0xFFFF + 1)


async def test_reads_by_window_order_and_stats(store: Store) -> None:
    for i in range(10):
        await store.write(push_msg(i, at=T0 + i))
    await store.write(
        push_msg(100, at=T0 + 5, channels={3: samples(9)})
    )  # same time, later packnum
    frames = list(store.frames(IMEI, since=T0 + 5, until=T0 + 7))
    assert [(f.received_at, f.packnum, f.channel) for f in frames] == [
        (T0 + 5, 5, 0),
        (T0 + 5, 5, 1),
        (T0 + 5, 5, 2),
        (T0 + 5, 100, 3),
        (T0 + 6, 6, 0),
        (T0 + 6, 6, 1),
        (T0 + 6, 6, 2),
    ]
    stats = store.frame_stats(IMEI, since=T0 + 8)
    assert sorted(stats) == [0, 1, 2]
    t, mean, mx = stats[2]
    np.testing.assert_array_equal(t, [T0 + 8, T0 + 9])
    s = samples(92)
    assert mean[1] == pytest.approx(s.mean())
    assert mx[1] == s.max()
    assert store.frame_stats(IMEI, since=T0 + 100) == {}
    assert store.max_samples(IMEI) == 50


async def test_reads_work_from_other_threads(store: Store) -> None:
    await store.write(push_msg(1))
    barrier = threading.Barrier(4)
    counts: list[int] = []

    def read() -> None:
        barrier.wait()
        counts.append(store.packet_count())

    threads = [threading.Thread(target=read) for _ in range(4)]
    for t in threads:
        t.start()
    await asyncio.to_thread(lambda: [t.join() for t in threads])
    assert counts == [1, 1, 1, 1]
    assert len(store._readers) == 4  # one connection per reading thread


async def test_write_returns_only_after_commit(store: Store) -> None:
    """A second, independent connection sees the row as soon as write() returns."""
    other = sqlite3.connect(store.path)
    try:
        for i in range(20):
            await store.write(push_msg(i))
            n = other.execute("SELECT count(*) FROM push_msgs WHERE packnum = ?", (i,)).fetchone()[
                0
            ]
            assert n == 1
    finally:
        other.close()


async def test_concurrent_writes_share_commits(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    await store.start()
    try:
        results = await asyncio.gather(*(store.write(push_msg(i)) for i in range(1000)))
        assert not any(r.duplicate for r in results)
        assert store.packet_count() == 1000
        assert store.stats.records == 1000
        assert store.stats.commits == store.stats.batches <= 20
        assert store.stats.max_batch <= 2048
    finally:
        await store.close()


async def test_batch_max_one_commits_every_record(tmp_path: Path) -> None:
    store = Store.open(tmp_path, batch_max=1)
    await store.start()
    try:
        await asyncio.gather(*(store.write(push_msg(i)) for i in range(50)))
        assert store.stats.commits == 50
    finally:
        await store.close()


async def test_failed_batch_fails_its_writes_then_recovers(store: Store) -> None:
    # A full disk, as SQLite sees it: no page may be added to the file.
    await store.write(push_msg(100))
    pages = await store.pragma("page_count")
    assert await store.pragma(f"max_page_count = {pages}") == pages
    noise = np.random.default_rng(0).integers(0, 65536, (9, 1000)).astype(np.uint16)
    big = {k: noise[k] for k in range(9)}  # needs new pages (noise does not pack)
    outcomes = await asyncio.gather(
        *(store.write(push_msg(i, channels=big)) for i in range(5)), return_exceptions=True
    )
    assert all(isinstance(o, StoreError) for o in outcomes)
    assert str(outcomes[0]) == "cannot store: database or disk is full"
    assert store.packet_count() == 1

    await store.pragma("max_page_count = 1073741823")
    assert await store.write(push_msg(0, channels=big)) == WriteResult(duplicate=False)
    assert await store.write(push_msg(1)) == WriteResult(duplicate=False)
    assert store.packet_count() == 3
    assert store.stats.failed_records == 5


async def test_writes_keep_their_order_around_a_pragma(store: Store) -> None:
    first = [store.submit(push_msg(i)) for i in range(20)]
    count = store.pragma("data_version")  # any pragma: it runs after the 20 are committed
    later = store.submit(push_msg(20))
    await count
    assert all(f.done() for f in first)
    await later
    assert store.packet_count() == 21
    with pytest.raises(StoreError, match="PRAGMA no_such_thing"):
        await store.pragma("no_such_thing = (")


async def test_bad_record_does_not_poison_its_batch(tmp_path: Path) -> None:
    store = Store.open(tmp_path, batch_interval=0.2)
    await store.start()
    try:
        records = [push_msg(i) for i in range(10)]
        records[4] = push_msg(4, channels={9: samples(0)})  # channel 9 breaks a CHECK
        outcomes = await asyncio.gather(*(store.write(r) for r in records), return_exceptions=True)
        assert store.stats.batches == 1
        assert store.stats.failed_batches == 1
        assert isinstance(outcomes[4], StoreError)
        assert "CHECK constraint failed" in str(outcomes[4])
        assert all(isinstance(o, WriteResult) for i, o in enumerate(outcomes) if i != 4)
        assert store.packet_count() == 9
        assert await store.write(push_msg(50)) == WriteResult()
    finally:
        await store.close()


async def test_close_flushes_queued_writes(tmp_path: Path) -> None:
    store = Store.open(tmp_path, batch_interval=0.05)
    await store.start()
    tasks = [asyncio.create_task(store.write(push_msg(i))) for i in range(300)]
    await asyncio.sleep(0)  # let every write() enqueue
    await store.close()
    assert all(t.done() and not t.exception() for t in tasks)
    with sqlite3.connect(tmp_path / DB_FILENAME) as conn:
        assert conn.execute("SELECT count(*) FROM push_msgs").fetchone()[0] == 300
    assert store._procs and all(p.returncode == 0 for p in store._procs)
    assert store._sender is not None and not store._sender.is_alive()


async def test_close_is_idempotent_and_refuses_later_use(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    await store.start()
    await asyncio.gather(store.close(), store.close())
    await store.close()
    with pytest.raises(StoreError, match="closed"):
        await store.write(push_msg(1))
    with pytest.raises(StoreError, match="closed"):
        store.devices()
    assert not [t for t in threading.enumerate() if t.name.startswith("fourgmon-store")]


async def test_close_without_start_and_write_before_start(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    with pytest.raises(RuntimeError, match="start"):
        await store.write(push_msg(1))
    assert store.devices() == []
    await store.close()


async def test_cancelled_write_does_not_break_the_writer(tmp_path: Path) -> None:
    store = Store.open(tmp_path, batch_interval=0.05)
    await store.start()
    try:
        task = asyncio.create_task(store.write(push_msg(1)))
        await asyncio.sleep(0)
        task.cancel()
        assert await store.write(push_msg(2)) == WriteResult()
        assert store.packet_count() == 2  # the cancelled one was still stored (just not acked)
    finally:
        await store.close()


async def test_a_lone_record_waits_for_company_but_a_backlog_does_not_wait(
    tmp_path: Path,
) -> None:
    store = Store.open(tmp_path, batch_interval=1.0)
    await store.start()
    try:
        # Records trickling in within batch_interval of a lone first one share its commit.
        first = store.submit(push_msg(0))
        await asyncio.sleep(0.1)
        second = store.submit(push_msg(1))
        await asyncio.sleep(0.1)
        await asyncio.gather(first, second, store.write(push_msg(2)))
        assert (store.stats.commits, store.stats.max_batch) == (1, 3)
        # Fifty at once are a backlog: committed without waiting for the interval.
        loop = asyncio.get_running_loop()
        t0 = loop.time()
        await asyncio.gather(*(store.write(push_msg(i)) for i in range(3, 53)))
        assert loop.time() - t0 < 0.9
        assert store.stats.commits == 2
    finally:
        await store.close()
