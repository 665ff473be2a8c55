"""Schema 3 (issue 11): the journal, rollups and trends, migration from schema 2,
retention. Real SQLite files, the real writer process."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from fourgmon.store import DB_FILENAME, DiskLimits, Store, WriteResult
from fourgmon.store.db import connect
from fourgmon.store.journal import Journal, read_journal
from fourgmon.store.prepare import push_msg_row
from fourgmon.store.records import PushMsgRow
from fourgmon.store.schema import MIGRATIONS, SCHEMA_VERSION, migrate, user_version
from fourgmon.store.values import push_msg_digest

from .conftest import IMEI, T0, push_msg, push_online, samples


async def _until(condition, what: str, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


# ------------------------------------------------------------------ journal


async def test_clean_packets_raw_bytes_go_to_the_journal(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    await store.start()
    try:
        for i in range(5):
            await store.write(push_msg(i, at=T0 + i))
        await store.write(push_msg(0, imei="869999999999999", at=T0 + 10))
        await store.write(push_online(1, at=T0 + 11))
    finally:
        await store.close()
    entries = list(store.journal(IMEI))
    assert [e.raw for e in entries] == [
        *(f'{{"cmd":"push_msg","packnum":"{i}"}}'.encode() for i in range(5)),
        b'{"cmd":"push_online"}',
    ]
    assert [e.received_at for e in store.journal(IMEI, since=T0 + 3, until=T0 + 11)] == [
        T0 + 3,
        T0 + 4,
    ]
    assert [e.imei for e in store.journal()].count("869999999999999") == 1
    with sqlite3.connect(tmp_path / DB_FILENAME) as conn:  # not in the database
        assert conn.execute("SELECT count(*) FROM push_msgs WHERE raw IS NOT NULL").fetchone() == (
            0,
        )


async def test_a_packet_decoded_with_warnings_keeps_its_raw_bytes_in_the_database(
    tmp_path: Path,
) -> None:
    from dataclasses import replace

    record = push_msg(3)
    warned = replace(record, msg=replace(record.msg, warnings=("49 samples in data0",)))
    store = Store.open(tmp_path)
    await store.start()
    try:
        await store.write(warned)
    finally:
        await store.close()
    with sqlite3.connect(tmp_path / DB_FILENAME) as conn:
        assert conn.execute("SELECT raw FROM push_msgs").fetchone()[0] == record.raw
    assert list(store.journal()) == []


def test_a_torn_chunk_ends_its_segment_and_spares_the_next(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    journal.add(1.0, "a", b"one")
    journal.commit()
    journal.close()
    (first,) = tmp_path.iterdir()
    with open(first, "ab") as f:  # a crash in the middle of the next chunk
        f.write(b"FGJ1\xff\x00\x00\x00garbage")
    later = Journal(tmp_path)  # a new writer: a new segment
    later.add(2.0, "a", b"two")
    later.commit()
    later.close()
    assert len(list(tmp_path.iterdir())) == 2
    assert [e.raw for e in read_journal(tmp_path)] == [b"one", b"two"]


def test_the_journal_keeps_within_its_cap_deleting_the_oldest(tmp_path: Path) -> None:
    journal = Journal(tmp_path, max_bytes=1_000_000)  # segments of 256 KiB
    rng = np.random.default_rng(0)
    for i in range(40):  # ~2.6 MB of incompressible traffic
        journal.add(float(i), "a", rng.bytes(64_000))
        journal.commit()
    journal.close()
    total = sum(p.stat().st_size for p in tmp_path.iterdir())
    assert total <= 1_000_000 + 300_000  # the cap, plus the segment being written
    kept = [e.received_at for e in read_journal(tmp_path)]
    assert kept == sorted(kept) and kept[-1] == 39.0 and kept[0] > 0


# ------------------------------------------------------------------ rollups and trends


async def test_rollups_per_minute_agree_with_the_frames(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    await store.start()
    try:
        rng = np.random.default_rng(5)
        writes = []
        for i in range(90):  # 90 packets over 15 minutes, channels 0-2 then 3-5
            chans = {
                k: rng.integers(0, 65536, 50).astype(np.uint16)
                for k in ((0, 1, 2) if i % 2 else (3, 4, 5))
            }
            writes.append(store.write(push_msg(i, at=T0 + 10 * i, channels=chans)))
        await asyncio.gather(*writes)
        await store.write(push_msg(5, at=T0 + 999, channels={}))  # a resend: counted once
        trend = store.trend(IMEI, T0 - 60)
        frames = list(store.frames(IMEI))
        assert sorted(trend) == [0, 1, 2, 3, 4, 5]
        for k, points in trend.items():
            mine = [f for f in frames if f.channel == k]
            for at, mean, lo, hi, n in zip(*points, strict=True):
                inside = [f.samples for f in mine if at <= f.received_at < at + 60]
                values = np.concatenate(inside)
                assert (n, lo, hi) == (values.size, values.min(), values.max())
                assert mean == pytest.approx(values.mean())
        merged = store.trend(IMEI, T0 - 60, max_points=4)  # 16 minutes -> 4 buckets
        assert all(len(p.at) <= 4 for p in merged.values())
        assert sum(merged[0].n) == sum(trend[0].n)
        assert merged[0].max.max() == trend[0].max.max()
    finally:
        await store.close()


async def test_latest_frames_finds_a_channel_not_sent_for_a_long_time(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    await store.start()
    try:
        await store.write(push_msg(0, at=T0, channels={8: samples(8)}))
        for i in range(1, 100):  # far more than the newest packets latest_frames reads
            await store.write(push_msg(i, at=T0 + 60 * i, channels={0: samples(i)}))
        latest = store.latest_frames(IMEI)
        assert sorted(latest) == [0, 8]
        assert latest[8].packnum == 0 and latest[0].packnum == 99
        np.testing.assert_array_equal(latest[8].samples, samples(8))
    finally:
        await store.close()


# ------------------------------------------------------------------ migration 2 -> 3


def _v2_database(path: Path, packets: int) -> list[PushMsgRow]:
    """A schema-2 file holding ``packets`` push_msgs (and a push_online), as v2 stored them."""
    conn = connect(path)
    migrate(conn, MIGRATIONS[:2])
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO devices (imei, first_seen, last_seen) VALUES (?, ?, ?)", (IMEI, T0, T0)
    )
    rows = []
    for i in range(packets):
        row = push_msg_row(push_msg(i, at=T0 + i))
        rows.append(row)
        conn.execute(
            "INSERT INTO packets VALUES (?, ?, 'push_msg', ?, ?, ?, ?, ?, ?, ?)",
            (i + 1, IMEI, i, push_msg_digest(row), row.device_time, row.received_at,
             row.temperature, row.humidity, row.raw),
        )  # fmt: skip
        for k, blob in row.blobs:
            values = np.frombuffer(blob, "<u2")
            conn.execute(
                "INSERT INTO frames VALUES (?, ?, ?, ?, ?, ?, ?)",
                (i + 1, k, len(values), float(values.mean()), int(values.min()),
                 int(values.max()), blob),
            )  # fmt: skip
    conn.execute(
        "INSERT INTO packets VALUES (?, ?, 'push_online', 0, x'00', NULL, ?, NULL, NULL, x'7b7d')",
        (packets + 1, IMEI, T0),
    )
    conn.execute(
        'INSERT INTO status VALUES (?, ?, ?, \'{"0": "[1]"}\', \'{"0": "0"}\')',
        (packets + 1, IMEI, T0),
    )
    conn.execute("COMMIT")
    conn.close()
    return rows


def _check_migrated(store: Store, rows: list[PushMsgRow]) -> None:
    assert store.packet_count(IMEI) == len(rows)
    frames = list(store.frames(IMEI))
    assert [(f.packnum, f.channel) for f in frames] == [
        (r.packnum, k) for r in rows for k, _ in r.blobs
    ]
    for f in frames[:: max(1, len(frames) // 50)]:
        np.testing.assert_array_equal(f.samples, samples(f.packnum * 10 + f.channel))
        assert (f.device_time, f.temperature, f.humidity) == ("2026-11-25 03:53:20", 21.5, 40.0)
    assert [s.st for s in store.status_history(IMEI)] == [{0: "[1]"}]


async def test_a_v2_database_migrates_in_steps_keeping_every_packet(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="fourgmon.store")
    rows = _v2_database(tmp_path / DB_FILENAME, 1200)  # three steps
    store = Store.open(tmp_path)
    with sqlite3.connect(tmp_path / DB_FILENAME) as conn:
        assert user_version(conn) == SCHEMA_VERSION  # every migration, not just v3
    await store.start()
    try:
        await _until(
            lambda: store.health.migration is not None and store.health.migration.done,
            "the migration",
        )
        assert store.health.migration.copied == store.health.migration.total == 1201
        _check_migrated(store, rows)
        # A module resending a packet stored by v2 is told it is a duplicate.
        assert await store.write(push_msg(7, at=T0 + 5000)) == WriteResult(duplicate=True)
        assert store.packet_count(IMEI) == len(rows)
        lines = [r.message for r in caplog.records if "schema 3" in r.message]
        assert lines[0].startswith("migrating the database to schema 3: 500 of 1201")
        assert lines[-1] == "database migrated to schema 3: all 1201 packets copied"
    finally:
        await store.close()
    raws = [e.raw for e in store.journal(IMEI)]  # the raw text moved to the journal
    assert raws.count(rows[7].raw) == 1 and len(raws) >= 1201
    with sqlite3.connect(tmp_path / DB_FILENAME) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert not {n for n in names if n.startswith("v2_")}


async def test_a_migration_killed_midway_resumes_without_loss(tmp_path: Path) -> None:
    rows = _v2_database(tmp_path / DB_FILENAME, 6000)
    store = Store.open(tmp_path)
    await store.start()
    try:
        await _until(
            lambda: store.health.migration is not None and store.health.migration.copied >= 1000,
            "the migration to start",
        )
        pid = store.writer_pid
        assert pid is not None and not store.health.migration.done
        os.kill(pid, signal.SIGKILL)
        await _until(lambda: store.writer_pid != pid, "the writer to go")
    finally:
        await store.close()
    with sqlite3.connect(tmp_path / DB_FILENAME) as conn:
        left = conn.execute("SELECT count(*) FROM v2_packets").fetchone()[0]
        copied = conn.execute("SELECT count(*) FROM push_msgs").fetchone()[0]
        assert (left > 0 and copied + left == 6001 - 1) or copied + left == 6001
    again = Store.open(tmp_path)
    await again.start()
    try:
        await _until(
            lambda: again.health.migration is not None and again.health.migration.done,
            "the migration to finish",
        )
        _check_migrated(again, rows)
    finally:
        await again.close()


# ------------------------------------------------------------------ retention


async def test_retention_by_age_removes_the_oldest_packets_and_keeps_the_rollups(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import time

    now = time.time()
    store = Store.open(tmp_path, disk=DiskLimits(retain_max_age=3600, retain_disk_percent=0))
    await store.start()
    try:
        old = [store.write(push_msg(i, at=now - 7200 + 10 * i)) for i in range(30)]
        new = [store.write(push_msg(100 + i, at=now - 60 + i)) for i in range(5)]
        await asyncio.gather(*old, *new)
        await _until(
            lambda: store.health.retention is not None and store.health.retention.removed == 30,
            "retention",
        )
        assert store.packet_count(IMEI) == 5
        assert store.health.retention.kept_since == pytest.approx(now - 60)
        assert store.health.retention.reason == "age"
        trend = store.trend(IMEI, now - 8000)
        assert trend[0].n.sum() == 35 * 50  # the removed packets' minutes are still there
        assert any("retention (maximum age) removed" in r.message for r in caplog.records)
    finally:
        await store.close()
    assert store.stats.retention_removed == 30


async def test_retention_by_disk_budget_spares_the_newest_hour(tmp_path: Path) -> None:
    import time

    now = time.time()
    # Any disk is fuller than 0.001 %: only the budget's floor keeps data.
    store = Store.open(tmp_path, disk=DiskLimits(retain_disk_percent=0.001))
    await store.start()
    try:
        await asyncio.gather(
            *(store.write(push_msg(i, at=now - 3 * 3600 + 60 * i)) for i in range(10)),
            *(store.write(push_msg(100 + i, at=now - 600 + i)) for i in range(3)),
        )
        await _until(
            lambda: store.health.retention is not None and store.health.retention.removed == 10,
            "retention",
        )
        assert store.health.retention.reason == "disk"
        assert store.packet_count(IMEI) == 3
    finally:
        await store.close()


# ------------------------------------------------------------------ sample packing


def test_sample_packing_round_trips_every_shape_in_one_batch() -> None:
    from fourgmon.store.samples import decode_packet, encode_batch, stats_of

    rng = np.random.default_rng(2)
    shapes = [
        np.zeros(0, np.uint16),
        np.array([65535], np.uint16),
        np.array([0, 65535, 0, 65535], np.uint16),  # the widest deltas: 17 bits
        np.full(50, 7, np.uint16),  # width 0
        rng.integers(0, 65536, 50).astype(np.uint16),
        rng.integers(0, 65536, 77).astype(np.uint16),
        (30_000 + rng.normal(0, 20, 50)).astype(np.uint16),
    ]
    packets = [
        [(k, shapes[(i + k) % len(shapes)].astype("<u2").tobytes()) for k in range(i % 4)]
        for i in range(40)
    ]
    stats, blobs, parts = encode_batch(packets)
    for packet, st, blob, part in zip(packets, stats, blobs, parts, strict=True):
        decoded = decode_packet(st, blob)
        assert [k for k, _ in decoded] == [k for k, _ in packet]
        assert stats_of(st) == part
        for (_k, raw), (_, values), (_, n, lo, hi, total) in zip(
            packet, decoded, part, strict=True
        ):
            expect = np.frombuffer(raw, "<u2")
            assert values.dtype == np.uint16 and values.tobytes() == expect.tobytes()
            if n:
                assert (n, lo, hi, total) == (
                    expect.size,
                    expect.min(),
                    expect.max(),
                    int(expect.sum()),
                )


def test_batch_decoding_equals_packet_decoding() -> None:
    from fourgmon.store.samples import decode_batch, decode_packet, encode_batch

    rng = np.random.default_rng(9)
    packets = [
        [
            (
                k,
                rng.integers(0, 2 ** int(rng.integers(0, 17)), int(rng.integers(0, 60)))
                .astype("<u2")
                .tobytes(),
            )
            for k in rng.permutation(9)[: int(rng.integers(0, 10))].tolist()
        ]
        for _ in range(300)
    ]
    stats, blobs, _ = encode_batch(packets)
    for one, packet, st, blob in zip(
        decode_batch(stats, blobs), packets, stats, blobs, strict=True
    ):
        assert (
            [(k, v.tobytes()) for k, v in one]
            == [(k, v.tobytes()) for k, v in decode_packet(st, blob)]
            == [(k, b) for k, b in packet]
        )


async def test_the_fast_csv_path_writes_what_csv_writer_writes(tmp_path: Path) -> None:
    import csv
    import io

    from fourgmon.protocol.messages import PushMsg
    from fourgmon.store import PushMsgRecord
    from fourgmon.store.export import FIXED_COLUMNS, iso_utc, neutralise, write_csv

    odd = "=1,2"
    msgs = [
        PushMsg(odd, 1, 'a,"b"', {0: np.zeros(0, np.uint16), 1: np.arange(3, dtype=np.uint16)},
                None, -5.0),
        PushMsg(odd, 2, "2026-11-25 03:53:20", {2: np.arange(60, dtype=np.uint16)}, 21.5, 40.0),
        PushMsg(odd, 3, "+x\n", {8: np.arange(50, dtype=np.uint16)}, 1e300, 0.1 + 0.2),
    ]  # fmt: skip
    store = Store.open(tmp_path)
    await store.start()
    try:
        for i, m in enumerate(msgs):
            await store.write(PushMsgRecord(m, T0 + i, b"x"))
        out = io.StringIO()
        assert write_csv(store, odd, out) == 4
        ref = io.StringIO()
        writer = csv.writer(ref, lineterminator="\n")
        writer.writerow([*FIXED_COLUMNS, *(f"s{i}" for i in range(1, 61))])
        for f in store.frames(odd):
            v = f.samples.tolist()
            writer.writerow(
                [neutralise(f.imei), f.packnum, neutralise(f.device_time), iso_utc(f.received_at),
                 f.channel, f.temperature, f.humidity, *v, *([None] * (60 - len(v)))]
            )  # fmt: skip
        assert out.getvalue() == ref.getvalue()
    finally:
        await store.close()


async def test_fourgmon_journal_prints_what_a_module_sent(tmp_path: Path) -> None:
    import subprocess
    import sys

    store = Store.open(tmp_path)
    await store.start()
    try:
        await store.write(push_msg(1, at=T0))
        await store.write(push_msg(2, at=T0 + 60))
        await store.write(push_msg(1, imei="869999999999999", at=T0 + 1))
    finally:
        await store.close()
    cmd = [sys.executable, "-m", "fourgmon", "journal", "--data-dir", str(tmp_path)]
    out = subprocess.run(
        [*cmd, "--imei", IMEI, "--since", str(T0 + 30)], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout == (f'2026-11-24T19:54:20.000Z {IMEI} {{"cmd":"push_msg","packnum":"2"}}\n')
    everything = subprocess.run(cmd, capture_output=True, text=True).stdout.splitlines()
    assert len(everything) == 3
    missing = subprocess.run([*cmd[:-1], str(tmp_path / "nope")], capture_output=True, text=True)
    assert missing.returncode != 0 and missing.stderr.count("\n") == 1


def test_over_the_disk_budget_with_only_recent_packets_left_old_rollups_go(
    tmp_path: Path,
) -> None:
    import time

    from fourgmon.store.rows import RollupCache, apply_records
    from fourgmon.store.upkeep import retention_step

    now = time.time()
    conn = connect(tmp_path / DB_FILENAME)
    migrate(conn)
    records = [push_msg(i, at=now - 5 * 86_400 + 3600 * i) for i in range(5)]
    records.append(push_msg(99, at=now - 60))
    conn.execute("BEGIN IMMEDIATE")
    apply_records(conn, records, None, RollupCache())
    conn.execute("COMMIT")
    try:
        steps = [
            retention_step(conn, tmp_path, 0.001, None, now=now, slice_s=10 * 86_400)
            for _ in range(12)
        ]
    finally:
        conn.close()
    conn = connect(tmp_path / DB_FILENAME)
    assert steps[0] == (5, "disk")  # the old packets first
    # then the rollups, a day at a time, never the minute that still has its packet
    assert conn.execute("SELECT count(*) FROM push_msgs").fetchone() == (1,)
    assert conn.execute("SELECT count(*) FROM rollups").fetchone() == (1,)
    assert steps[-1] is None
    conn.close()


async def test_a_reader_of_a_v2_database_sees_every_packet(tmp_path: Path) -> None:
    """`fourgmon export` on a data dir no writer has migrated yet: copied at open."""
    rows = _v2_database(tmp_path / DB_FILENAME, 700)
    store = Store.open(tmp_path, readonly=True)
    try:
        _check_migrated(store, rows)
    finally:
        await store.close()
    assert sum(1 for _ in store.journal()) == 701
