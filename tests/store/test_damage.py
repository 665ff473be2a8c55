"""A damaged database file (one page of garbage, schema intact), found at open, by the
background check, by a write and by a read: said once, kept untouched, new data goes to
a fresh file beside it, and everything still readable in it is read."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from fourgmon.store import DB_FILENAME, ReadDamage, Store, StoreError, StoreHealth
from fourgmon.store.files import TAIL_PACKETS, data_files, next_file, start_check

from .conftest import IMEI, T0, push_msg, samples
from .damage import digest, overwrite_page, pages_of

FRESH = "fourgmon-2.sqlite3"


async def _store_with(data_dir: Path, packets: int, channels: int = 3) -> None:
    store = Store.open(data_dir)
    await store.start()
    try:
        chans = {k: samples(k) for k in range(channels)}
        await asyncio.gather(
            *(store.write(push_msg(i, at=T0 + i, channels=chans)) for i in range(packets))
        )
    finally:
        await store.close()


async def _wait_for(condition, what: str, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.02)


def _packets_in(db: Path) -> int:
    with contextlib.closing(sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)) as conn:
        return int(conn.execute("SELECT count(*) FROM push_msgs").fetchone()[0])


def _damage_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if "is damaged" in r.getMessage()]


def test_file_names_give_the_active_file(tmp_path: Path) -> None:
    assert data_files(tmp_path) == []
    assert next_file(tmp_path).name == FRESH
    for name in (DB_FILENAME, "fourgmon-10.sqlite3", "fourgmon-2.sqlite3", "fourgmon-x.sqlite3"):
        (tmp_path / name).touch()
    assert [p.name for p in data_files(tmp_path)] == [
        DB_FILENAME,
        "fourgmon-2.sqlite3",
        "fourgmon-10.sqlite3",
    ]
    assert next_file(tmp_path).name == "fourgmon-11.sqlite3"


async def test_damage_found_at_open_sets_the_file_aside_and_stores_into_a_fresh_one(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="fourgmon.store")
    await _store_with(tmp_path, 40)
    old = tmp_path / DB_FILENAME
    overwrite_page(old, pages_of(old, "push_msgs")[0])
    before = digest(old)
    assert start_check(old) is not None

    store = Store.open(tmp_path)
    assert store.path.name == FRESH
    assert [d.path for d in store.health.damaged] == [old]
    assert "malformed" in store.health.damaged[0].reason
    assert len(_damage_lines(caplog)) == 1
    await store.start()
    try:
        await store.write(push_msg(100, at=T0 + 100))
        damage = ReadDamage()
        rows = list(store.frames(IMEI, damage=damage))
        assert damage.listed[old] == 40 and 0 < damage.lost[old] < 40, damage
        assert len(rows) == 3 * (40 - damage.lost[old]) + 3  # every readable frame, and the new
        for row in rows:  # exactly what was written
            start = row.channel if row.packnum < 40 else 1000 + row.channel
            np.testing.assert_array_equal(row.samples, samples(start))
        assert rows[-1].packnum == 100
        assert [d.imei for d in store.devices()] == [IMEI]
        assert store.packet_count(IMEI) == 41  # the packets table itself is intact
        assert _packets_in(tmp_path / FRESH) == 1
    finally:
        await store.close()
    assert digest(old) == before  # untouched, also by the reads and the close

    again = Store.open(tmp_path)  # the next start keeps the fresh file and the damage
    try:
        assert again.path.name == FRESH
        assert [d.path for d in again.health.damaged] == [old]
        assert not (tmp_path / "fourgmon-3.sqlite3").exists()
    finally:
        await again.close()


async def test_the_background_check_finds_damage_the_start_check_cannot_see(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="fourgmon.store")
    await _store_with(tmp_path, TAIL_PACKETS + 400, channels=1)
    old = tmp_path / DB_FILENAME
    overwrite_page(old, pages_of(old, "push_msgs")[0])  # the oldest packets: not in the tail
    assert start_check(old) is None

    store = Store.open(tmp_path)
    assert not store.health.damaged and store.path == old
    seen: list[StoreHealth] = []
    store.watch_health(seen.append)
    await store.start()
    try:
        await _wait_for(lambda: store.path.name == FRESH, "the move to a fresh file")
        assert any(h.damaged and h.damaged[0].path == old for h in seen)
        assert len(_damage_lines(caplog)) == 1
        await store.write(push_msg(5000, at=T0 + 5000))
        assert _packets_in(tmp_path / FRESH) == 1
    finally:
        await store.close()


async def test_damage_met_by_a_write_is_not_acknowledged_and_writes_move_on(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="fourgmon.store")
    store = Store.open(tmp_path)
    await store.start()
    old = tmp_path / DB_FILENAME
    try:
        for i in range(40):
            await store.write(push_msg(i, at=T0 + i))
        await store.pragma("wal_checkpoint(TRUNCATE)")  # every page in the file itself
        overwrite_page(old, pages_of(old, "push_msgs")[-1])  # where the next packet goes
        await store.pragma("shrink_memory")  # the writer reads it from disk again
        before = digest(old)
        with pytest.raises(StoreError, match="malformed"):
            await store.write(push_msg(40, at=T0 + 40))
        await _wait_for(lambda: bool(store.health.damaged), "the damage noted")
        # The module resends what was not acknowledged: it goes to the fresh file.
        for _ in range(50):
            try:
                await store.write(push_msg(40, at=T0 + 40))
                break
            except StoreError:  # the writer restarts on the fresh file
                await asyncio.sleep(0.1)
        assert store.path.name == FRESH
        assert _packets_in(tmp_path / FRESH) == 1
        assert len(_damage_lines(caplog)) == 1
        assert not [r for r in caplog.records if "storage process stopped" in r.getMessage()]
    finally:
        await store.close()
    assert digest(old) == before


async def test_damage_met_by_a_read_moves_writes_on_without_waiting_for_one(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="fourgmon.store")
    await _store_with(tmp_path, 40)
    old = tmp_path / DB_FILENAME
    store = Store.open(tmp_path)
    await store.start()
    try:
        await store.pragma("wal_checkpoint(TRUNCATE)")
        overwrite_page(old, pages_of(old, "push_msgs")[0])
        # A thread that never read before: its connection has nothing cached.
        rows = await asyncio.to_thread(lambda: list(store.frames(IMEI)))
        assert 0 < len(rows) < 120
        await _wait_for(lambda: store.path.name == FRESH, "the move to a fresh file")
        assert (tmp_path / FRESH).is_file()  # created at once, not at the next write
        await store.write(push_msg(40, at=T0 + 40))
        assert _packets_in(tmp_path / FRESH) == 1
        assert len(_damage_lines(caplog)) == 1
    finally:
        await store.close()


async def test_a_reader_only_notes_damage_and_creates_nothing(tmp_path: Path) -> None:
    await _store_with(tmp_path, 40)
    old = tmp_path / DB_FILENAME
    overwrite_page(old, pages_of(old, "push_msgs")[0])
    before = digest(old)
    store = Store.open(tmp_path, readonly=True)
    try:
        assert store.path == old and [d.path for d in store.health.damaged] == [old]
        damage = ReadDamage()
        rows = list(store.frames(IMEI, damage=damage))
        assert len(rows) == 3 * (40 - damage.lost[old]) and damage.lost[old] > 0
        assert store.max_samples(IMEI) == 50
    finally:
        await store.close()
    assert data_files(tmp_path) == [old] and digest(old) == before


async def test_a_read_meeting_damage_midway_goes_on_without_repeating_a_frame(
    tmp_path: Path,
) -> None:
    packets = TAIL_PACKETS + 400
    await _store_with(tmp_path, packets, channels=2)
    old = tmp_path / DB_FILENAME
    frames_pages = pages_of(old, "push_msgs")
    overwrite_page(old, frames_pages[len(frames_pages) // 8])  # old rows: missed at open
    store = Store.open(tmp_path, readonly=True)
    try:
        assert not store.health.damaged
        damage = ReadDamage()
        rows = [(r.packnum, r.channel) for r in store.frames(IMEI, damage=damage)]
        assert [d.path for d in store.health.damaged] == [old]  # found by the read
        assert len(rows) == len(set(rows))  # resumed after the bad page, nothing twice
        assert rows == sorted(rows)  # still in time order
        lost = damage.lost[old]
        assert 0 < lost < 100 and len(rows) == 2 * (packets - lost), (lost, len(rows))
        assert damage.listed[old] == packets  # "lost of listed" counts the whole file
        assert rows[0] == (0, 0) and rows[-1] == (packets - 1, 1)
    finally:
        await store.close()


def test_the_resume_point_of_a_stream_is_the_same_chunk_by_chunk_as_row_by_row() -> None:
    """stream_tail finds the rows at the last time from the chunk's end; the state after
    every chunk must equal the row-by-row definition, ties across chunks included."""
    import random

    from fourgmon.store.reads import stream_tail

    rng = random.Random(5)
    for _ in range(3000):
        times = sorted(rng.choice([0.0, 1.0, 2.0, 2.5, 9.0]) for _ in range(rng.randint(1, 30)))
        rows = [(t, i, rng.randint(-2, 2)) for i, t in enumerate(times)]
        size = rng.randint(1, 7)
        last_at, done, before = None, set(), 0
        ref_at, ref_done, ref_before = None, set(), 0
        for start in range(0, len(rows), size):
            chunk = rows[start : start + size]
            last_at, done, before = stream_tail(chunk, last_at, done, before)
            for row in chunk:  # the definition: one row at a time
                if row[0] != ref_at:
                    ref_before += len(ref_done)
                    ref_at, ref_done = row[0], set()
                ref_done.add(row)
            assert (last_at, done, before) == (ref_at, ref_done, ref_before)
