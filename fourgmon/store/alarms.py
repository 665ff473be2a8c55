"""The alarms table: raised, acknowledged and cleared alarms, kept over restarts.

The table is a migration of the schema (:func:`fourgmon.store.schema._alarms`) and
is written only by the writer process: the server submits an
:class:`~fourgmon.store.records.AlarmRecord` per raise / ack / clear, and
:func:`upsert_alarms` (in the writer's transaction) inserts the alarm's row or
updates it, by (imei, kind, channel, raised_at). Reads run on read-only connections.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from fourgmon.domain.alarms import Alarm
from fourgmon.store.db import connect
from fourgmon.store.files import data_files
from fourgmon.store.records import AlarmRecord

_COLUMNS = "id, imei, kind, channel, raised_at, acked_at, acked_by, cleared_at, count, detail"
_UPSERT = """
INSERT INTO alarms (imei, kind, channel, raised_at, acked_at, acked_by, cleared_at, count, detail)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (imei, kind, ifnull(channel, -1), raised_at) DO UPDATE SET
    acked_at = excluded.acked_at,
    acked_by = excluded.acked_by,
    cleared_at = excluded.cleared_at,
    count = excluded.count,
    detail = excluded.detail
"""


def upsert_alarms(conn: sqlite3.Connection, records: Sequence[AlarmRecord]) -> None:
    """Write each alarm's state, in order (a later record of one alarm is newer)."""
    conn.executemany(
        _UPSERT,
        [
            (a.imei, a.kind, a.channel, a.raised_at, a.acked_at, a.acked_by,
             a.cleared_at, a.count, a.detail)
            for a in (r.alarm for r in records)
        ],
    )  # fmt: skip


def _alarm(row: tuple[object, ...]) -> Alarm:
    aid, imei, kind, channel, raised, acked, by, cleared, count, detail = row
    return Alarm(
        str(imei),
        str(kind),
        None if channel is None else int(str(channel)),
        float(str(raised)),
        str(detail),
        int(str(count)),
        None if acked is None else float(str(acked)),
        str(by),
        None if cleared is None else float(str(cleared)),
        int(str(aid)),
    )


def alarms_in(
    conn: sqlite3.Connection, *, imei: str | None = None, open_only: bool = False
) -> list[Alarm]:
    """The alarms of one database, oldest first; none if it has no alarms table."""
    where, args = [], []
    if imei is not None:
        where.append("imei = ?")
        args.append(imei)
    if open_only:
        where.append("cleared_at IS NULL")
    sql = f"SELECT {_COLUMNS} FROM alarms"
    if where:
        sql += " WHERE " + " AND ".join(where)
    try:
        rows = conn.execute(sql + " ORDER BY raised_at, id", args).fetchall()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return []
        raise
    return [_alarm(r) for r in rows]


def open_alarms(path: Path) -> list[Alarm]:
    """The alarms of database ``path`` open at the last stop (read-only connection)."""
    conn = connect(path, readonly=True)
    try:
        return alarms_in(conn, open_only=True)
    finally:
        conn.close()


def read_alarms(data_dir: Path, *, imei: str | None = None, open_only: bool = False) -> list[Alarm]:
    """Every data file's alarms (``fourgmon alarms``), oldest first."""
    found: list[Alarm] = []
    for path in data_files(data_dir):
        conn = connect(path, readonly=True)
        try:
            found += alarms_in(conn, imei=imei, open_only=open_only)
        finally:
            conn.close()
    return sorted(found, key=lambda a: a.raised_at)
