"""Work the writer does between batches, in small steps: migrating schema 2's packets,
and retention.

Each step is one short transaction (at most :data:`STEP_PACKETS` packets), run by the
writer process only when no batch is waiting or at most every :data:`STEP_EVERY`
seconds under load, so it never holds a batch for long.

Migration (schema 2 -> 3, :func:`fourgmon.store.schema._v3`): each step copies the
oldest packets of ``v2_packets`` (with their frames or status) into the new tables
through the writer's own insert path (a packet already there, e.g. resent during the
migration, is not stored twice), writes their raw text to the journal, deletes them
from ``v2_*`` and counts them in ``store_state``, all in one transaction: killed at any
moment, the next writer resumes where the last commit left off. When ``v2_packets``
is empty its tables are dropped.

Retention: while the data dir's disk is fuller than ``disk_percent`` (counting the
database's free pages as free: they are reused before the file grows) or packets are
older than ``max_age`` seconds, each step deletes the oldest slice of packets of every
device (push_msgs and push_onlines; rollups are kept); for the disk budget never the
newest hour, and only when no packet is left to remove, the oldest day of rollups.
What it removed is counted, logged and reported (:class:`RetentionStatus`).
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

from fourgmon.store.journal import Journal
from fourgmon.store.records import MigrationStatus, PushMsgRow
from fourgmon.store.rows import device_ids, insert_onlines, insert_push_msgs
from fourgmon.store.schema import drop_v2

STEP_PACKETS = 500
STEP_EVERY = 0.5  # seconds between steps while batches keep coming
RETENTION_SLICE = 60.0  # seconds of the oldest data removed by a first step
# (the writer then widens or narrows it to remove about STEP_PACKETS a step)
DEFAULT_DISK_PERCENT = 80.0
# For the disk budget, the newest hour is never removed: a disk filled by something
# else must not cost the data that is arriving (writes stop at the reserve instead).
DISK_KEEPS_NEWEST = 3600.0


def migration_status(conn: sqlite3.Connection) -> MigrationStatus | None:
    """The migration's progress; None when there is (and was) nothing to migrate."""
    has_v2 = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'v2_packets'"
    ).fetchone()
    try:
        state = dict(conn.execute("SELECT key, value FROM store_state").fetchall())
    except sqlite3.OperationalError:
        return None
    total = int(state.get("v2_total") or 0)
    if not has_v2:
        return MigrationStatus(total, total, True) if total else None
    return MigrationStatus(int(state.get("v2_copied") or 0), total, False)


def migrate_step(
    conn: sqlite3.Connection, journal: Journal | None, limit: int = STEP_PACKETS
) -> MigrationStatus | None:
    """Copy up to ``limit`` of the oldest v2 packets (one transaction); the progress after
    it, or None when nothing is left to migrate."""
    status = migration_status(conn)
    if status is None or status.done:
        return None
    conn.execute("BEGIN IMMEDIATE")
    try:
        packets = conn.execute(
            "SELECT id, imei, kind, packnum, device_time, received_at, temperature, humidity,"
            " raw FROM v2_packets ORDER BY id LIMIT ?",
            (limit,),
        ).fetchall()
        if not packets:
            drop_v2(conn)
            conn.execute("COMMIT")
            if journal is not None:
                journal.commit()
            return MigrationStatus(status.copied, status.total, True)
        first, last = packets[0][0], packets[-1][0]
        blobs: dict[int, list[tuple[int, bytes]]] = {}
        for pid, k, blob in conn.execute(
            "SELECT packet_id, channel, samples FROM v2_frames"
            " WHERE packet_id BETWEEN ? AND ? ORDER BY packet_id, channel",
            (first, last),
        ):
            blobs.setdefault(pid, []).append((k, bytes(blob)))
        states = {
            pid: (st, dt)
            for pid, st, dt in conn.execute(
                "SELECT packet_id, st, dt FROM v2_status WHERE packet_id BETWEEN ? AND ?",
                (first, last),
            )
        }
        msgs, onlines = [], []
        for pid, imei, kind, packnum, dtime, at, temp, hum, raw in packets:
            if kind == "push_msg":
                msgs.append(
                    PushMsgRow(imei, packnum, dtime or "", temp, hum, at, bytes(raw),
                               tuple(blobs.get(pid, ())))
                )  # fmt: skip
            elif pid in states:
                st, dt = states[pid]
                onlines.append((imei, at, packnum, st, dt, bytes(raw)))
        ids = device_ids(conn, [m.imei for m in msgs] + [o[0] for o in onlines])
        if msgs:
            insert_push_msgs(conn, msgs, ids, journal)
        if onlines:
            insert_onlines(conn, onlines, ids, journal)
        for table, column in (("v2_frames", "packet_id"), ("v2_status", "packet_id")):
            conn.execute(f"DELETE FROM {table} WHERE {column} BETWEEN ? AND ?", (first, last))
        conn.execute("DELETE FROM v2_packets WHERE id BETWEEN ? AND ?", (first, last))
        copied = status.copied + len(packets)
        conn.execute("UPDATE store_state SET value = ? WHERE key = 'v2_copied'", (copied,))
        conn.execute("COMMIT")
    except BaseException:
        if journal is not None:
            journal.rollback()
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    if journal is not None:
        journal.commit()
    return MigrationStatus(copied, status.total, False)


def over_budget(conn: sqlite3.Connection, path: Path, disk_percent: float | None) -> bool:
    """The data dir's disk is fuller than ``disk_percent`` (the database's free pages
    counted as free space)."""
    if not disk_percent:
        return False
    try:
        usage = shutil.disk_usage(path)
    except OSError:
        return False
    page = int(conn.execute("PRAGMA page_size").fetchone()[0])
    free_pages = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
    free = usage.free + page * free_pages
    return usage.total > 0 and 100.0 * (usage.total - free) / usage.total > disk_percent


def oldest(conn: sqlite3.Connection) -> float | None:
    """received_at of the oldest push_msg kept (one index seek per device)."""
    times = [
        t
        for (t,) in conn.execute(
            "SELECT (SELECT min(received_at) FROM push_msgs WHERE device_id = d.id)"
            " FROM device_ids d"
        )
        if t is not None
    ]
    return min(times) if times else None


def retention_step(
    conn: sqlite3.Connection,
    path: Path,
    disk_percent: float | None,
    max_age: float | None,
    now: float | None = None,
    slice_s: float = RETENTION_SLICE,
) -> tuple[int, str] | None:
    """Delete the oldest slice of packets if over budget or too old (one transaction);
    (packets removed, "disk" or "age"), or None when nothing had to go."""
    first = oldest(conn)
    if first is None:
        return None
    now = time.time() if now is None else now
    cutoff, reason = None, ""
    if max_age and first < now - max_age:
        cutoff, reason = min(now - max_age, first + slice_s), "age"
    elif first < now - DISK_KEEPS_NEWEST and over_budget(conn, path, disk_percent):
        cutoff, reason = min(first + slice_s, now - DISK_KEEPS_NEWEST), "disk"
    if cutoff is None:
        if first >= now - DISK_KEEPS_NEWEST and over_budget(conn, path, disk_percent):
            return _drop_oldest_rollups(conn, first)
        return None
    conn.execute("BEGIN IMMEDIATE")
    try:
        removed = 0
        for (did,) in conn.execute("SELECT id FROM device_ids").fetchall():
            removed += conn.execute(
                "DELETE FROM push_msgs WHERE device_id = ? AND received_at < ?", (did, cutoff)
            ).rowcount
            conn.execute(
                "DELETE FROM push_onlines WHERE device_id = ? AND received_at < ?", (did, cutoff)
            )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return removed, reason


def _drop_oldest_rollups(conn: sqlite3.Connection, first: float) -> tuple[int, str] | None:
    """Still over the disk budget with no packet left to remove: the oldest day of
    rollups (never those of minutes that still have packets) goes, in one transaction."""
    row = conn.execute("SELECT min(minute) FROM rollups").fetchone()
    if row is None or row[0] is None or row[0] >= int(first // 60):
        return None
    cutoff = min(int(first // 60), int(row[0]) + 1440)
    conn.execute("BEGIN IMMEDIATE")
    try:
        for (did,) in conn.execute("SELECT id FROM device_ids").fetchall():
            conn.execute("DELETE FROM rollups WHERE device_id = ? AND minute < ?", (did, cutoff))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return 0, "disk"
