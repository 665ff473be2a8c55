"""Opening the store: data dir checks, PRAGMAs, schema version and migrations."""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

import pytest

from fourgmon.store import DB_FILENAME, Store, StoreError
from fourgmon.store.schema import SCHEMA_VERSION, SchemaTooNewError, migrate, user_version
from fourgmon.store.walsync import wal_sync_wanted

from .conftest import push_msg

TABLES = {
    "devices",
    "device_ids",
    "push_msgs",
    "push_onlines",
    "rollups",
    "info_history",
    "version_history",
    "commands",
    "connection_events",
    "quarantine",
}


async def test_open_creates_dir_and_schema(tmp_path: Path) -> None:
    data = tmp_path / "a" / "b"
    store = Store.open(data)
    try:
        assert (data / DB_FILENAME).is_file()
        with sqlite3.connect(data / DB_FILENAME) as conn:
            names = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            assert names >= TABLES
            assert user_version(conn) == SCHEMA_VERSION
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        await store.start()  # the write connection lives in the writer process
        # NORMAL where the WAL's fsync runs on the writer's sync thread, else FULL
        assert await store.pragma("synchronous") == (1 if wal_sync_wanted() else 2)
        assert await store.pragma("foreign_keys") == 1
        assert await store.pragma("busy_timeout") > 0
        assert await store.pragma("journal_mode") == "wal"
    finally:
        await store.close()


async def test_reopen_keeps_data_and_version(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    await store.start()
    await store.write(push_msg(1))
    await store.close()

    again = Store.open(tmp_path)
    try:
        assert again.packet_count() == 1
        assert len(again.devices()) == 1
    finally:
        await again.close()


async def test_newer_schema_is_refused(tmp_path: Path) -> None:
    await Store.open(tmp_path).close()
    with sqlite3.connect(tmp_path / DB_FILENAME) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer than this fourgmon") as info:
        Store.open(tmp_path)
    assert "\n" not in str(info.value)


def test_migrations_run_in_order_each_in_a_transaction() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    ran: list[int] = []

    def m1(c: sqlite3.Connection) -> None:
        ran.append(1)
        c.execute("CREATE TABLE t (x)")

    def m2(c: sqlite3.Connection) -> None:
        ran.append(2)
        c.execute("ALTER TABLE t ADD COLUMN y")

    def bad(c: sqlite3.Connection) -> None:
        c.execute("CREATE TABLE u (x)")
        raise sqlite3.OperationalError("boom")

    assert migrate(conn, (m1,)) == 0
    assert migrate(conn, (m1, m2)) == 1
    assert ran == [1, 2]
    assert user_version(conn) == 2
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, (m1, m2, bad))
    # The failed step left neither its table nor its version bump behind.
    assert user_version(conn) == 2
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'u'").fetchone()[0] == 0
    with pytest.raises(SchemaTooNewError):
        migrate(conn, (m1,))


def test_data_dir_is_a_file(tmp_path: Path) -> None:
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(StoreError, match=re.escape(f"cannot use data dir {f}: not a directory")):
        Store.open(f)


def test_data_dir_under_a_file(tmp_path: Path) -> None:
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(StoreError, match=r"cannot use data dir .*: Not a directory"):
        Store.open(f / "sub")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_data_dir_not_writable(tmp_path: Path) -> None:
    d = tmp_path / "ro"
    d.mkdir()
    d.chmod(0o500)
    try:
        with pytest.raises(
            StoreError, match=re.escape(f"cannot use data dir {d}: Permission denied")
        ):
            Store.open(d)
    finally:
        d.chmod(0o700)


def test_data_dir_access_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The permission message, also when the tests run as root."""
    monkeypatch.setattr(os, "access", lambda *_a, **_k: False)
    with pytest.raises(StoreError, match=re.escape(f"data dir {tmp_path}: Permission denied")):
        Store.open(tmp_path)


def test_database_file_is_garbage(tmp_path: Path) -> None:
    (tmp_path / DB_FILENAME).write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a database") as info:
        Store.open(tmp_path)
    assert "\n" not in str(info.value)


async def test_v1_database_migrates_to_v2_with_the_latest_frame_of_each_channel(
    tmp_path: Path,
) -> None:
    from fourgmon.store.db import connect
    from fourgmon.store.schema import MIGRATIONS

    conn = connect(tmp_path / DB_FILENAME)
    migrate(conn, MIGRATIONS[:1])
    conn.execute("INSERT INTO devices (imei, first_seen) VALUES ('1', 0)")
    # Three packets; channel 0 in all three, channel 4 only in the first.
    for pid, at, channels in ((1, 10.0, (0, 4)), (2, 20.0, (0,)), (3, 20.0, (0,))):
        conn.execute(
            "INSERT INTO packets VALUES (?, '1', 'push_msg', ?, ?, 't', ?, NULL, NULL, x'')",
            (pid, pid, bytes([pid]), at),
        )
        for k in channels:
            conn.execute(
                "INSERT INTO frames VALUES (?, '1', ?, ?, 1, 1, 1, 1, ?)",
                (pid, k, at, bytes([k, 0])),
            )
    conn.close()

    conn = connect(tmp_path / DB_FILENAME)
    migrate(conn, MIGRATIONS[:2])
    try:
        latest = conn.execute("SELECT channel, packet_id FROM latest_frames").fetchall()
        assert dict(latest) == {0: 3, 4: 1}  # ties: newest row
        assert user_version(conn) == 2
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert not names & {"frames_imei_at", "frames_imei_channel_at"}
    finally:
        conn.close()


async def test_frame_queries_seek_by_device_and_time(tmp_path: Path) -> None:
    import fourgmon.store.reads as reads_module

    store = Store.open(tmp_path)
    try:
        queries = [
            reads_module._PACKETS + " AND received_at >= ?",
            "SELECT stats FROM rollups WHERE device_id = ? AND minute >= ?",
        ]
        with sqlite3.connect(tmp_path / DB_FILENAME) as conn:
            for sql in queries:
                plan = " | ".join(
                    r[3]
                    for r in conn.execute("EXPLAIN QUERY PLAN " + sql, (1, 0)[: sql.count("?")])
                )
                assert "SEARCH" in plan and "SCAN" not in plan, plan
    finally:
        await store.close()
