"""The alarms table: raised, acknowledged and cleared alarms, kept over restarts.

Self-contained on purpose (its own table-creation step and its own connection,
beside the writer process): alarms are rare writes, made from one worker thread
of the server (``AlarmLog`` is not used on the event loop). One row per alarm;
a flapping alarm updates its row (count, cleared_at) rather than adding rows.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from fourgmon.domain.alarms import Alarm
from fourgmon.store.db import connect
from fourgmon.store.files import data_files

CREATE = """
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
_COLUMNS = "id, imei, kind, channel, raised_at, acked_at, acked_by, cleared_at, count, detail"


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


class AlarmLog:
    """Reads and writes the alarms table of one database file."""

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = path
        self._conn = connect(path, readonly=readonly)
        if not readonly:
            self._conn.executescript(CREATE)

    def close(self) -> None:
        self._conn.close()

    def save(self, alarm: Alarm) -> int:
        """Insert a new alarm or update its row; returns the row id."""
        values = (
            alarm.imei,
            alarm.kind,
            alarm.channel,
            alarm.raised_at,
            alarm.acked_at,
            alarm.acked_by,
            alarm.cleared_at,
            alarm.count,
            alarm.detail,
        )
        if alarm.id is None:
            cur = self._conn.execute(
                "INSERT INTO alarms (imei, kind, channel, raised_at, acked_at, acked_by,"
                " cleared_at, count, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
            return int(cur.lastrowid or 0)
        self._conn.execute(
            "UPDATE alarms SET imei = ?, kind = ?, channel = ?, raised_at = ?, acked_at = ?,"
            " acked_by = ?, cleared_at = ?, count = ?, detail = ? WHERE id = ?",
            (*values, alarm.id),
        )
        return alarm.id

    def alarms(self, *, imei: str | None = None, open_only: bool = False) -> list[Alarm]:
        """Alarms oldest first; none if the table does not exist yet."""
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
            rows = self._conn.execute(sql + " ORDER BY raised_at, id", args).fetchall()
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return []
            raise
        return [_alarm(r) for r in rows]


def read_alarms(data_dir: Path, *, imei: str | None = None, open_only: bool = False) -> list[Alarm]:
    """Every data file's alarms (``fourgmon alarms``), oldest first."""
    found: list[Alarm] = []
    for path in data_files(data_dir):
        log = AlarmLog(path, readonly=True)
        try:
            found += log.alarms(imei=imei, open_only=open_only)
        finally:
            log.close()
    return sorted(found, key=lambda a: a.raised_at)
