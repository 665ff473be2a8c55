"""Schema of the store and its migrations (records become rows in :mod:`fourgmon.store.rows`).

The schema version is SQLite's ``PRAGMA user_version``. ``MIGRATIONS[i]`` takes a
database from version ``i`` to ``i + 1``; each runs in its own transaction together
with the version bump, so a crash leaves the file at a version it really has.
Append new migrations; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]


def _v1(conn: sqlite3.Connection) -> None:
    """The first schema."""
    statements = (
        """CREATE TABLE devices (
            imei        TEXT PRIMARY KEY,
            alias       TEXT NOT NULL DEFAULT '',
            first_seen  REAL NOT NULL,
            last_seen   REAL,
            ccid        TEXT NOT NULL DEFAULT '',
            location    TEXT NOT NULL DEFAULT '',
            fw_type     TEXT NOT NULL DEFAULT '',
            fw_version  TEXT NOT NULL DEFAULT ''
        )""",
        # digest: hash of the packet's content, so that a resent packet (same packnum, same
        # content) is stored once but a module that restarted packnum at 0 is not dropped.
        """CREATE TABLE packets (
            id           INTEGER PRIMARY KEY,
            imei         TEXT NOT NULL REFERENCES devices(imei),
            kind         TEXT NOT NULL CHECK (kind IN ('push_msg', 'push_online')),
            packnum      INTEGER NOT NULL,
            digest       BLOB NOT NULL,
            device_time  TEXT,
            received_at  REAL NOT NULL,
            temperature  REAL,
            humidity     REAL,
            raw          BLOB NOT NULL,
            UNIQUE (imei, kind, packnum, digest)
        )""",
        "CREATE INDEX packets_kind_imei_at ON packets (kind, imei, received_at)",
        # samples: little-endian uint16; n/mean/min/max let trend plots skip the blobs.
        """CREATE TABLE frames (
            packet_id    INTEGER NOT NULL REFERENCES packets(id) ON DELETE CASCADE,
            imei         TEXT NOT NULL,
            channel      INTEGER NOT NULL CHECK (channel BETWEEN 0 AND 8),
            received_at  REAL NOT NULL,
            n            INTEGER NOT NULL,
            mean         REAL NOT NULL,
            min          INTEGER NOT NULL,
            max          INTEGER NOT NULL,
            samples      BLOB NOT NULL,
            PRIMARY KEY (packet_id, channel)
        )""",
        "CREATE INDEX frames_imei_at ON frames (imei, received_at)",
        "CREATE INDEX frames_imei_channel_at ON frames (imei, channel, received_at)",
        # st/dt: JSON objects {"k": raw text} of the indices present in the packet.
        """CREATE TABLE status (
            packet_id    INTEGER PRIMARY KEY REFERENCES packets(id) ON DELETE CASCADE,
            imei         TEXT NOT NULL,
            received_at  REAL NOT NULL,
            st           TEXT NOT NULL,
            dt           TEXT NOT NULL
        )""",
        "CREATE INDEX status_imei_at ON status (imei, received_at)",
        """CREATE TABLE info_history (
            id        INTEGER PRIMARY KEY,
            imei      TEXT NOT NULL REFERENCES devices(imei),
            at        REAL NOT NULL,
            ccid      TEXT NOT NULL,
            location  TEXT NOT NULL,
            err0      INTEGER,
            err1      INTEGER,
            err2      INTEGER
        )""",
        "CREATE INDEX info_history_imei_at ON info_history (imei, at)",
        """CREATE TABLE version_history (
            id       INTEGER PRIMARY KEY,
            imei     TEXT NOT NULL REFERENCES devices(imei),
            at       REAL NOT NULL,
            type     TEXT NOT NULL,
            version  TEXT NOT NULL
        )""",
        "CREATE INDEX version_history_imei_at ON version_history (imei, at)",
        """CREATE TABLE commands (
            id       INTEGER PRIMARY KEY,
            imei     TEXT NOT NULL REFERENCES devices(imei),
            kind     TEXT NOT NULL,
            sent_at  REAL NOT NULL,
            done_at  REAL,
            status   TEXT NOT NULL,
            detail   TEXT NOT NULL
        )""",
        "CREATE INDEX commands_imei_at ON commands (imei, sent_at)",
        """CREATE TABLE connection_events (
            id     INTEGER PRIMARY KEY,
            imei   TEXT NOT NULL REFERENCES devices(imei),
            at     REAL NOT NULL,
            state  TEXT NOT NULL,
            cause  TEXT NOT NULL,
            peer   TEXT NOT NULL
        )""",
        "CREATE INDEX connection_events_imei_at ON connection_events (imei, at)",
        # No foreign key on imei: quarantined bytes may name no device, or a bogus one.
        """CREATE TABLE quarantine (
            id      INTEGER PRIMARY KEY,
            at      REAL NOT NULL,
            peer    TEXT NOT NULL,
            imei    TEXT,
            reason  TEXT NOT NULL,
            raw     BLOB NOT NULL
        )""",
        "CREATE INDEX quarantine_at ON quarantine (at)",
    )
    for sql in statements:
        conn.execute(sql)


def _v2(conn: sqlite3.Connection) -> None:
    """Frames are found through their packet (packets_kind_imei_at); the latest frame of
    each channel has a small table of its own.

    The two frames indexes it drops made every commit dirty one index page per device
    and channel: ~40 % of the writer's time with 100 modules (benchmarks/README.md).
    """
    conn.execute(
        """CREATE TABLE latest_frames (
            imei         TEXT NOT NULL,
            channel      INTEGER NOT NULL,
            received_at  REAL NOT NULL,
            packet_id    INTEGER NOT NULL,
            PRIMARY KEY (imei, channel)
        ) WITHOUT ROWID"""
    )
    conn.execute(
        """INSERT INTO latest_frames
        SELECT imei, channel, received_at, packet_id FROM (
            SELECT imei, channel, received_at, packet_id, row_number() OVER (
                PARTITION BY imei, channel ORDER BY received_at DESC, rowid DESC) AS newest
            FROM frames)
        WHERE newest = 1"""
    )
    # Frames become one b-tree keyed by (packet_id, channel) (a rowid table with that
    # primary key was two), without the imei/received_at copies that fed the indexes.
    conn.execute(
        """CREATE TABLE frames_v2 (
            packet_id    INTEGER NOT NULL REFERENCES packets(id) ON DELETE CASCADE,
            channel      INTEGER NOT NULL CHECK (channel BETWEEN 0 AND 8),
            n            INTEGER NOT NULL,
            mean         REAL,
            min          INTEGER,
            max          INTEGER,
            samples      BLOB NOT NULL,
            PRIMARY KEY (packet_id, channel)
        ) WITHOUT ROWID"""
    )
    conn.execute(
        "INSERT INTO frames_v2 SELECT packet_id, channel, n, mean, min, max, samples FROM frames"
    )
    conn.execute("DROP TABLE frames")  # its indexes go with it
    conn.execute("ALTER TABLE frames_v2 RENAME TO frames")


def _v3(conn: sqlite3.Connection) -> None:
    """Storage the size of the data (issue 11): one small row per packet, samples packed.

    Devices get a small integer id (``device_ids``; the imei text stays in ``devices``).
    A push_msg is one row of ``push_msgs`` (WITHOUT ROWID, keyed for the history queries
    by device and time) holding its channels' samples as delta + zigzag + bit-packed
    blobs with per-channel n/min/max/sum beside them (:mod:`fourgmon.store.samples`);
    device time as integer seconds when its text is the usual ``YYYY-MM-DD HH:MM:SS``,
    temperature and humidity as integer tenths when exact; ``raw`` only for a packet
    that decoded with warnings (clean packets' bytes go to the journal,
    :mod:`fourgmon.store.journal`). ``digest`` is the first 8 bytes of v2's digest (as a
    signed integer), so a resend of a packet stored by v2 is still a duplicate.
    ``rollups`` holds per device and minute, for each channel: samples, min, max, sum,
    updated by the writer in the batch's transaction. The newest frame of a channel
    (the live view at selection) is found from the device's newest packets, or else
    from its newest rollup minute with that channel: no table to update per packet.

    The old tables are renamed ``v2_*``; the writer copies their packets over in small
    steps (:mod:`fourgmon.store.migrate_v3`), raw text to the journal, and drops them
    when they are empty. Copied packets are deleted from ``v2_*`` in the same
    transaction as they are inserted, so an interrupted migration resumes without loss.
    """
    for old in ("packets", "frames", "status"):
        conn.execute(f"ALTER TABLE {old} RENAME TO v2_{old}")
    conn.execute("DROP TABLE latest_frames")
    for index in ("packets_kind_imei_at", "status_imei_at"):
        conn.execute(f"DROP INDEX IF EXISTS {index}")
    statements = (
        "CREATE TABLE device_ids (id INTEGER PRIMARY KEY, imei TEXT NOT NULL UNIQUE)",
        "INSERT INTO device_ids (imei) SELECT imei FROM devices ORDER BY first_seen, imei",
        """CREATE TABLE push_msgs (
            device_id    INTEGER NOT NULL,
            received_at  REAL NOT NULL,
            packnum      INTEGER NOT NULL,
            digest       INTEGER NOT NULL,
            device_time  ANY,
            temperature  ANY,
            humidity     ANY,
            stats        BLOB NOT NULL,
            samples      BLOB NOT NULL,
            raw          BLOB,
            PRIMARY KEY (device_id, received_at, packnum, digest)
        ) WITHOUT ROWID""",
        # Led by the device time (part of the digested content, so equal in a resend):
        # every module's new entries land at the right edge together (one page per
        # commit, not one per module: ~-10 us a record), and a resend is one seek.
        "CREATE UNIQUE INDEX push_msgs_dedup"
        " ON push_msgs (device_time, device_id, packnum, digest)",
        """CREATE TABLE push_onlines (
            device_id    INTEGER NOT NULL,
            received_at  REAL NOT NULL,
            packnum      INTEGER NOT NULL,
            digest       INTEGER NOT NULL,
            st           TEXT NOT NULL,
            dt           TEXT NOT NULL,
            PRIMARY KEY (device_id, received_at, packnum, digest)
        ) WITHOUT ROWID""",
        "CREATE UNIQUE INDEX push_onlines_dedup ON push_onlines (device_id, packnum, digest)",
        # Per device and minute: for channels 0-8, <IHHQ> n (samples), min, max, sum
        # (mean = sum / n; n = 0: nothing that minute). One row per device-minute, not
        # per channel, and one blob, not 36 columns: a third of the rows written per
        # packet and a fifth of the cost of writing them (benchmarks/README.md).
        """CREATE TABLE rollups (
            device_id  INTEGER NOT NULL,
            minute     INTEGER NOT NULL,
            stats      BLOB NOT NULL,
            PRIMARY KEY (device_id, minute)
        ) WITHOUT ROWID""",
        # key = 'v2_copied' (packets migrated so far), 'v2_total' (at the start), ...
        "CREATE TABLE store_state (key TEXT PRIMARY KEY, value ANY) WITHOUT ROWID",
        """INSERT INTO store_state VALUES ('v2_total',
            (SELECT count(*) FROM v2_packets)), ('v2_copied', 0)""",
    )
    for sql in statements:
        conn.execute(sql)
    if conn.execute("SELECT 1 FROM v2_packets LIMIT 1").fetchone() is None:
        drop_v2(conn)


def drop_v2(conn: sqlite3.Connection) -> None:
    """Drop the (emptied) tables of schema 2, children first."""
    for table in ("v2_status", "v2_frames", "v2_packets"):
        conn.execute(f"DROP TABLE IF EXISTS {table}")


def _calibration(conn: sqlite3.Connection) -> None:
    """Calibration (issue 14), kept as its history: every change is a row (when, which OS
    user, the new gain/offset/unit, or NULL gain for a removed row), so old values are
    never lost; the calibration in force is each (imei, channel)'s newest change
    (:mod:`fourgmon.store.calibration`). ``imei`` '*' is the default of every module.
    """
    conn.execute(
        """CREATE TABLE calibration_changes (
            id       INTEGER PRIMARY KEY,
            at       REAL NOT NULL,
            user     TEXT NOT NULL,
            imei     TEXT NOT NULL,
            channel  INTEGER NOT NULL CHECK (channel BETWEEN 0 AND 8),
            gain     REAL,
            offset   REAL,
            unit     TEXT NOT NULL DEFAULT ''
        )"""
    )
    conn.execute("CREATE INDEX calibration_changes_imei ON calibration_changes (imei, at)")


def _alarms(conn: sqlite3.Connection) -> None:
    """The alarms table (issue 12), written by the writer process like everything else.

    One row per alarm; a flapping alarm updates its row (count, cleared_at). An alarm
    is the same row for its whole life by (imei, kind, channel, raised_at): the writer
    UPSERTs every raise / ack / clear on that key (:mod:`fourgmon.store.alarms`), so no
    row id has to travel back to the server. A data dir from the build that kept this
    table outside the migrations (its own ``CREATE TABLE IF NOT EXISTS``, same columns)
    keeps its rows and ids: the table is rebuilt around them. Should that table hold
    two rows for one key, the later one (higher id) is kept: it has the newer state.
    """
    adopted = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alarms'"
    ).fetchone()
    if adopted:
        conn.execute("ALTER TABLE alarms RENAME TO alarms_adopted")
        for index in ("alarms_open", "alarms_imei"):  # they moved with the table
            conn.execute(f"DROP INDEX IF EXISTS {index}")
    statements = (
        """CREATE TABLE alarms (
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
        )""",
        # ifnull: NULLs are distinct in a UNIQUE index; a module's alarm has no channel.
        "CREATE UNIQUE INDEX alarms_key ON alarms (imei, kind, ifnull(channel, -1), raised_at)",
        "CREATE INDEX alarms_open ON alarms (cleared_at) WHERE cleared_at IS NULL",
        "CREATE INDEX alarms_imei ON alarms (imei, raised_at)",
    )
    for sql in statements:
        conn.execute(sql)
    if adopted:
        columns = (
            "id, imei, kind, channel, raised_at, acked_at, acked_by, cleared_at, count, detail"
        )
        conn.execute(
            f"INSERT INTO alarms ({columns}) SELECT {columns} FROM alarms_adopted"
            " WHERE true ORDER BY id"  # WHERE: SQLite's parser needs it before ON CONFLICT
            " ON CONFLICT (imei, kind, ifnull(channel, -1), raised_at) DO UPDATE SET"
            " acked_at = excluded.acked_at, acked_by = excluded.acked_by,"
            " cleared_at = excluded.cleared_at, count = excluded.count, detail = excluded.detail"
        )
        conn.execute("DROP TABLE alarms_adopted")


def _command_queue_and_campaigns(conn: sqlite3.Connection) -> None:
    """Fleet operations (issue 13): commands queued for offline modules, firmware
    campaigns and their per-module steps. Rows are written whole by the writer (an
    upsert per state change), so a restart reloads exactly the last state."""
    statements = (
        """CREATE TABLE command_queue (
            id          TEXT PRIMARY KEY,
            imei        TEXT NOT NULL,
            kind        TEXT NOT NULL,
            queued_at   REAL NOT NULL,
            expires_at  REAL NOT NULL,
            state       TEXT NOT NULL,
            done_at     REAL,
            detail      TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX command_queue_state_at ON command_queue (state, queued_at)",
        """CREATE TABLE campaigns (
            id           TEXT PRIMARY KEY,
            created_at   REAL NOT NULL,
            state        TEXT NOT NULL,
            concurrency  INTEGER NOT NULL,
            back_within  REAL NOT NULL,
            finished_at  REAL,
            note         TEXT NOT NULL DEFAULT ''
        )""",
        """CREATE TABLE campaign_steps (
            campaign        TEXT NOT NULL,
            imei            TEXT NOT NULL,
            position        INTEGER NOT NULL,
            alias           TEXT NOT NULL,
            fw_type         TEXT NOT NULL,
            version_before  TEXT NOT NULL,
            state           TEXT NOT NULL,
            version_after   TEXT NOT NULL,
            started_at      REAL,
            finished_at     REAL,
            detail          TEXT NOT NULL,
            PRIMARY KEY (campaign, imei)
        ) WITHOUT ROWID""",
    )
    for sql in statements:
        conn.execute(sql)


def _thresholds(conn: sqlite3.Connection) -> None:
    """Alarm thresholds (issue 14), kept as their history like the calibration: every
    change is a row (when, which OS user, high/low/hysteresis in ``unit``, '' = raw
    counts; NULL high and low = removed); the thresholds in force are each (imei,
    channel)'s newest change (:mod:`fourgmon.store.thresholds`). ``imei`` '*' is the
    default of every module.
    """
    conn.execute(
        """CREATE TABLE threshold_changes (
            id          INTEGER PRIMARY KEY,
            at          REAL NOT NULL,
            user        TEXT NOT NULL,
            imei        TEXT NOT NULL,
            channel     INTEGER NOT NULL CHECK (channel BETWEEN 0 AND 8),
            high        REAL,
            low         REAL,
            hysteresis  REAL,
            unit        TEXT NOT NULL DEFAULT ''
        )"""
    )
    conn.execute("CREATE INDEX threshold_changes_imei ON threshold_changes (imei, at)")


def _bridge_outbox(conn: sqlite3.Connection) -> None:
    """The MQTT bridge's outbox cursors (issue 15): per broker target, device and packet
    kind, the key of the newest packet the broker acknowledged (PUBACK), in the order
    of ``push_msgs``/``push_onlines``' primary key. Device ``*`` holds where a target
    started (its first run), so that a new broker is not sent the whole history.
    Written by the writer process only (:class:`~fourgmon.store.records.OutboxCursorRecord`).
    """
    conn.execute(
        """CREATE TABLE bridge_outbox (
            target       TEXT NOT NULL,
            imei         TEXT NOT NULL,
            kind         TEXT NOT NULL CHECK (kind IN ('push_msg', 'push_online')),
            received_at  REAL NOT NULL,
            packnum      INTEGER NOT NULL,
            digest       INTEGER NOT NULL,
            PRIMARY KEY (target, imei, kind)
        ) WITHOUT ROWID"""
    )


MIGRATIONS: tuple[Migration, ...] = (
    _v1,
    _v2,
    _v3,
    _calibration,
    _alarms,
    _command_queue_and_campaigns,
    _thresholds,
    _bridge_outbox,
)
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNewError(Exception):
    """The database was written by a newer fourgmon than this one."""

    def __init__(self, found: int, known: int) -> None:
        super().__init__(
            f"database schema version {found} is newer than this fourgmon knows "
            f"({known}); upgrade fourgmon"
        )
        self.found = found


def user_version(conn: sqlite3.Connection) -> int:
    """The schema version stored in the database file."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, migrations: tuple[Migration, ...] = MIGRATIONS) -> int:
    """Bring ``conn``'s database up to ``len(migrations)``; return the version found first.

    ``conn`` must be in autocommit mode (``isolation_level=None``). Raises
    :class:`SchemaTooNewError` for a database newer than ``migrations``.
    """
    found = user_version(conn)
    if found > len(migrations):
        raise SchemaTooNewError(found, len(migrations))
    for version in range(found, len(migrations)):
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Re-read under the write lock: another process may have migrated meanwhile.
            if user_version(conn) == version:
                migrations[version](conn)
                conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return found
