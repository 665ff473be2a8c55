"""The alarms table: a migration of the schema, written by the writer process only.

A data dir from the build that created the table itself (``CREATE TABLE IF NOT
EXISTS`` on its own connection) keeps its rows, ids and ``fourgmon alarms`` output.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest

from fourgmon.domain.alarms import Alarm
from fourgmon.store import DB_FILENAME, Store
from fourgmon.store.alarms import read_alarms
from fourgmon.store.records import AlarmRecord
from fourgmon.store.schema import (
    MIGRATIONS,
    SCHEMA_VERSION,
    _alarms,  # the migration under test
    migrate,
    user_version,
)

IMEI = "865501040783269"
T0 = 1_790_000_000.0

# What the build before this migration ran on every start (store/alarms.py, issue 12).
OLD_BUILD_DDL = """
CREATE TABLE IF NOT EXISTS alarms (
    id          INTEGER PRIMARY KEY,
    imei        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    channel     INTEGER,            -- 0-8, NULL for the module
    raised_at   REAL NOT NULL,
    acked_at    REAL,
    acked_by    TEXT NOT NULL DEFAULT '',
    cleared_at  REAL,
    count       INTEGER NOT NULL DEFAULT 1,
    detail      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS alarms_open ON alarms (cleared_at) WHERE cleared_at IS NULL;
CREATE INDEX IF NOT EXISTS alarms_imei ON alarms (imei, raised_at);
"""
OLD_ROWS = [  # id, imei, kind, channel, raised, acked, by, cleared, count, detail
    (3, IMEI, "offline", None, T0, None, "", None, 3, "closed by peer"),
    (7, IMEI, "interference", 4, T0 + 1, T0 + 5, "li.wei", T0 + 9, 1, "CH5 (bus 2, position 2)"),
    (8, "865501040783277", "stuck", 0, T0 + 2, T0 + 3, "张工", None, 2, "CH1: status 3"),
    (9, IMEI, "clock_skew", None, T0 + 4, None, "", T0 + 6, 1, "device clock +600 s off"),
]


def old_build_database(path: Path, rows: list[tuple[object, ...]]) -> None:
    """A database as the old build left it: the schema before ``_alarms``, plus its table."""
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        migrate(conn, MIGRATIONS[: MIGRATIONS.index(_alarms)])
        conn.executescript(OLD_BUILD_DDL)
        conn.executemany("INSERT INTO alarms VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def cli(data_dir: Path, *args: str) -> str:
    out = subprocess.run(
        [sys.executable, "-m", "fourgmon", "alarms", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return out.stdout


OUTPUTS = ((), ("--json",), ("--open",), ("--json", "--imei", IMEI), ("--open", "--json"))


def test_the_old_builds_table_is_adopted_rows_ids_and_output_unchanged(tmp_path: Path) -> None:
    old_build_database(tmp_path / DB_FILENAME, OLD_ROWS)
    before = {args: cli(tmp_path, *args) for args in OUTPUTS}
    assert before[()].count("\n") == len(OLD_ROWS) and "张工" in before[("--json",)]
    Store.open(tmp_path)  # migrates
    with closing(sqlite3.connect(tmp_path / DB_FILENAME)) as conn:
        assert user_version(conn) == SCHEMA_VERSION
        assert conn.execute("SELECT * FROM alarms ORDER BY id").fetchall() == OLD_ROWS
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "alarms_adopted" not in tables and "alarms_key" in tables
    assert {args: cli(tmp_path, *args) for args in OUTPUTS} == before


async def test_the_writer_updates_an_adopted_alarm_in_its_own_row(tmp_path: Path) -> None:
    old_build_database(tmp_path / DB_FILENAME, OLD_ROWS)
    store = Store.open(tmp_path)
    await store.start()
    try:
        (offline,) = [a for a in read_alarms(tmp_path, open_only=True) if a.kind == "offline"]
        assert offline.id == 3
        await store.write(AlarmRecord(replace(offline, cleared_at=T0 + 100, id=None)))
    finally:
        await store.close()
    after = read_alarms(tmp_path)
    assert [a.id for a in after] == [3, 7, 8, 9]
    assert next(a for a in after if a.id == 3).cleared_at == T0 + 100


def test_two_old_rows_of_one_alarm_keep_the_newer(tmp_path: Path) -> None:
    older = (1, IMEI, "stuck", 2, T0, None, "", None, 1, "CH3: status 3")
    newer = (2, IMEI, "stuck", 2, T0, T0 + 1, "li.wei", T0 + 2, 2, "CH3: status 3")
    old_build_database(tmp_path / DB_FILENAME, [older, newer])
    Store.open(tmp_path)
    (alarm,) = read_alarms(tmp_path)
    assert (alarm.acked_by, alarm.cleared_at, alarm.count) == ("li.wei", T0 + 2, 2)


def test_a_new_data_dir_gets_the_table_from_the_migration(tmp_path: Path) -> None:
    Store.open(tmp_path)
    with closing(sqlite3.connect(tmp_path / DB_FILENAME)) as conn:
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'alarms_key'").fetchone()
    assert sql is not None and "UNIQUE" in sql[0]
    assert read_alarms(tmp_path) == []


async def test_raise_ack_clear_and_flapping_are_one_row_per_alarm(tmp_path: Path) -> None:
    module = Alarm(IMEI, "offline", None, T0, "heartbeat timeout")
    channel0 = Alarm(IMEI, "offline", 0, T0, "not a real kind per channel, but a key")
    states = [
        module,
        replace(module, acked_at=T0 + 1, acked_by="li.wei"),
        replace(module, acked_at=T0 + 1, acked_by="li.wei", cleared_at=T0 + 2),
        replace(module, acked_at=T0 + 1, acked_by="li.wei", count=2, detail="closed by peer"),
        channel0,  # channel None and channel 0 are two alarms
    ]
    store = Store.open(tmp_path)
    await store.start()
    try:
        for alarm in states:
            store.submit(AlarmRecord(alarm))  # in one batch or several: in order
        await store.write(AlarmRecord(replace(channel0, cleared_at=T0 + 3)))
    finally:
        await store.close()
    rows = read_alarms(tmp_path)
    assert [(a.channel, a.count, a.cleared_at, a.acked_by, a.detail) for a in rows] == [
        (None, 2, None, "li.wei", "closed by peer"),
        (0, 1, T0 + 3, "", "not a real kind per channel, but a key"),
    ]


def test_nothing_but_the_writer_writes_alarms(tmp_path: Path) -> None:
    """The read side opens read-only connections: a write through them fails."""
    Store.open(tmp_path)
    from fourgmon.store import alarms as module

    assert not hasattr(module, "AlarmLog")  # the old second writer is gone
    with (
        closing(module.connect(tmp_path / DB_FILENAME, readonly=True)) as conn,
        pytest.raises(sqlite3.OperationalError, match="readonly"),
    ):
        conn.execute("INSERT INTO alarms (imei, kind, raised_at) VALUES ('x', 'y', 0)")
