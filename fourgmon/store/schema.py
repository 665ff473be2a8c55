"""Schema of the store, its migrations, and how write records become rows.

The schema version is SQLite's ``PRAGMA user_version``. ``MIGRATIONS[i]`` takes a
database from version ``i`` to ``i + 1``; each runs in its own transaction together
with the version bump, so a crash leaves the file at a version it really has.
Append new migrations; never edit one that has shipped.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import struct
import time
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from fourgmon.domain.frames import frame_stats
from fourgmon.protocol.messages import Samples
from fourgmon.store.records import (
    AliasRecord,
    CommandRecord,
    ConnectionRecord,
    InfoRecord,
    PushMsgRecord,
    PushMsgRow,
    PushOnlineRecord,
    QuarantineRecord,
    Record,
    VersionRecord,
    WriteResult,
)

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


MIGRATIONS: tuple[Migration, ...] = (_v1, _v2)
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


# ------------------------------------------------------------------ records -> rows

_UPSERT_DEVICE = """
INSERT INTO devices (imei, first_seen, last_seen) VALUES (?, ?, ?)
ON CONFLICT (imei) DO UPDATE SET
    first_seen = min(first_seen, excluded.first_seen),
    last_seen = coalesce(max(last_seen, excluded.last_seen), last_seen, excluded.last_seen)
"""
_INSERT_PACKET = """
INSERT INTO packets (id, imei, kind, packnum, digest, device_time, received_at,
                     temperature, humidity, raw)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (imei, kind, packnum, digest) DO NOTHING
"""
_INSERT_FRAME = "INSERT INTO frames VALUES (?, ?, ?, ?, ?, ?, ?)"
_INSERT_STATUS = "INSERT INTO status VALUES (?, ?, ?, ?, ?)"
_UPSERT_LATEST = """
INSERT INTO latest_frames VALUES (?, ?, ?, ?)
ON CONFLICT (imei, channel) DO UPDATE SET
    received_at = excluded.received_at, packet_id = excluded.packet_id
WHERE excluded.received_at >= latest_frames.received_at
"""
_INSERT_INFO = (
    "INSERT INTO info_history (imei, at, ccid, location, err0, err1, err2)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_VERSION = "INSERT INTO version_history (imei, at, type, version) VALUES (?, ?, ?, ?)"
_INSERT_COMMAND = (
    "INSERT INTO commands (imei, kind, sent_at, done_at, status, detail) VALUES (?, ?, ?, ?, ?, ?)"
)
_INSERT_CONNECTION = (
    "INSERT INTO connection_events (imei, at, state, cause, peer) VALUES (?, ?, ?, ?, ?)"
)
_INSERT_QUARANTINE = "INSERT INTO quarantine (at, peer, imei, reason, raw) VALUES (?, ?, ?, ?, ?)"
_SET_INFO = "UPDATE devices SET ccid = ?, location = ? WHERE imei = ?"
_SET_VERSION = "UPDATE devices SET fw_type = ?, fw_version = ? WHERE imei = ?"
_SET_ALIAS = "UPDATE devices SET alias = ? WHERE imei = ?"


def encode_samples(samples: Samples) -> bytes:
    """uint16 samples as a little-endian blob."""
    return np.ascontiguousarray(samples, dtype="<u2").tobytes()


def decode_samples(blob: bytes) -> Samples:
    """A little-endian blob back to a (read-only) native uint16 array."""
    return np.frombuffer(blob, dtype="<u2").astype(np.uint16, copy=False)


def _json_number(x: object) -> str | None:
    """``json.dumps(x)`` for None, an int or a finite float; None for anything else."""
    if x is None:
        return "null"
    if type(x) is float:
        return float.__repr__(x) if x - x == 0 else None  # nan/inf: leave them to json
    if type(x) is int:
        return int.__repr__(x)
    return None


def _digest_head(device_time: str, temperature: object, humidity: object) -> bytes:
    """``json.dumps([device_time, temperature, humidity]).encode()``, the start of a packet's
    digest, without json.dumps' ~2 us a call in the common case (the bytes must not change:
    a module's resend after an upgrade must still be recognised as a duplicate)."""
    t, h = _json_number(temperature), _json_number(humidity)
    plain = device_time.isascii() and device_time.isprintable()
    if (
        plain
        and t is not None
        and h is not None
        and not ('"' in device_time or "\\" in device_time)
    ):
        return f'["{device_time}", {t}, {h}]'.encode()
    return json.dumps([device_time, temperature, humidity]).encode()


def _states_json(states: Any) -> str:
    """``{k: state}`` (SensorState / CrystalState) as JSON ``{"k": raw}``, k ascending."""
    return json.dumps({str(k): states[k].raw for k in sorted(states)}, ensure_ascii=False)


def push_msg_fields(record: PushMsgRecord) -> tuple[Any, ...]:
    """The fields of ``record``'s PushMsgRow (samples as blobs) as a plain tuple: what
    goes down the pipe to the writer (half the pickling time of the NamedTuple)."""
    msg = record.msg
    return (
        msg.imei,
        msg.packnum,
        msg.time,
        msg.temperature,
        msg.humidity,
        record.received_at,
        record.raw,
        tuple((k, encode_samples(msg.channels[k])) for k in sorted(msg.channels)),
    )


def _device_touch(record: Record | PushMsgRow) -> tuple[str, float, float | None] | None:
    """(imei, first_seen candidate, last_seen candidate) of the device a record belongs to."""
    match record:
        case tuple():  # a PushMsgRow, or its fields as a plain tuple
            return record[0], record[5], record[5]
        case PushMsgRecord() | PushOnlineRecord():
            return record.msg.imei, record.received_at, record.received_at
        case InfoRecord() | VersionRecord():
            return record.imei, record.at, record.at
        case ConnectionRecord():
            return record.imei, record.at, record.at if record.state == "online" else None
        case CommandRecord():
            return record.imei, record.sent_at, None
        case AliasRecord():
            return record.imei, time.time(), None
    return None  # QuarantineRecord: the IMEI, if any, is not trusted to name a device


def _push_msg_digest(row: PushMsgRow) -> bytes:
    head = _digest_head(row.device_time, row.temperature, row.humidity)
    h = hashlib.blake2b(head, digest_size=16)
    for k, blob in row.blobs:
        h.update(struct.pack("<BI", k, len(blob)))
        h.update(blob)
    return h.digest()


def apply_records(
    conn: sqlite3.Connection, records: Sequence[Record | PushMsgRow]
) -> list[WriteResult]:
    """Execute ``records`` on ``conn`` (inside the caller's transaction, which must hold
    the write lock: packet ids are assigned here, from the largest one stored).

    A push_msg may come as a PushMsgRecord, a PushMsgRow or a PushMsgRow's fields as a
    plain tuple (what the writer process gets)."""
    devices: dict[str, tuple[float, float | None]] = {}
    for record in records:
        touch = _device_touch(record)
        if touch is None:
            continue
        imei, first, last = touch
        if imei in devices:
            old_first, old_last = devices[imei]
            first = min(first, old_first)
            last = old_last if last is None else last if old_last is None else max(last, old_last)
        devices[imei] = (first, last)
    conn.executemany(_UPSERT_DEVICE, [(i, f, s) for i, (f, s) in devices.items()])

    # Packets go in with one executemany and ids of our own; a duplicate is an id that
    # did not make it (ON CONFLICT DO NOTHING). One execute per packet cost ~4 us more.
    first_id = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM packets").fetchone()[0])
    packets: list[tuple[Any, ...]] = []
    frames: list[tuple[int, str, int, float, bytes]] = []
    statuses: list[tuple[int, str, float, str, str]] = []
    rows: dict[str, list[tuple[Any, ...]]] = {}
    packet_of: list[int] = []  # per record: its packet id, 0 when it is no packet
    for record in records:
        pid = 0
        match record:
            case tuple() | PushMsgRecord():
                fields = record if isinstance(record, tuple) else push_msg_fields(record)
                row = PushMsgRow(*fields)
                pid = first_id + len(packets)
                packets.append(
                    (pid, row.imei, "push_msg", row.packnum, _push_msg_digest(row),
                     row.device_time, row.received_at, row.temperature, row.humidity, row.raw)
                )  # fmt: skip
                frames.extend((pid, row.imei, k, row.received_at, b) for k, b in row.blobs)
            case PushOnlineRecord(msg=msg, received_at=at):
                st, dt = _states_json(msg.st), _states_json(msg.dt)
                digest = hashlib.blake2b(f"{st}\0{dt}".encode(), digest_size=16).digest()
                pid = first_id + len(packets)
                packets.append(
                    (pid, msg.imei, "push_online", msg.packnum, digest, None, at, None, None,
                     record.raw)
                )  # fmt: skip
                statuses.append((pid, msg.imei, at, st, dt))
            case InfoRecord(imei=imei, at=at, ccid=ccid, location=loc, err_counts=errs):
                e0, e1, e2 = errs if errs is not None else (None, None, None)
                rows.setdefault(_INSERT_INFO, []).append((imei, at, ccid, loc, e0, e1, e2))
                rows.setdefault(_SET_INFO, []).append((ccid, loc, imei))
            case VersionRecord(imei=imei, at=at, type=fw_type, version=version):
                rows.setdefault(_INSERT_VERSION, []).append((imei, at, fw_type, version))
                rows.setdefault(_SET_VERSION, []).append((fw_type, version, imei))
            case ConnectionRecord(imei=imei, at=at, state=state, cause=cause, peer=peer):
                rows.setdefault(_INSERT_CONNECTION, []).append((imei, at, state, cause, peer))
            case CommandRecord():
                r = record
                rows.setdefault(_INSERT_COMMAND, []).append(
                    (r.imei, r.kind, r.sent_at, r.done_at, r.status, r.detail)
                )
            case QuarantineRecord(at=at, peer=peer, imei=maybe_imei, reason=reason, raw=raw):
                rows.setdefault(_INSERT_QUARANTINE, []).append((at, peer, maybe_imei, reason, raw))
            case AliasRecord(imei=imei, alias=alias):
                rows.setdefault(_SET_ALIAS, []).append((alias, imei))
            case _:
                raise TypeError(f"not a store record: {type(record).__name__}")
        packet_of.append(pid)

    stored: set[int] = set()
    if packets:
        conn.executemany(_INSERT_PACKET, packets)
        stored = {
            pid for (pid,) in conn.execute("SELECT id FROM packets WHERE id >= ?", (first_id,))
        }
        new_frames = [f for f in frames if f[0] in stored]
        if new_frames:
            conn.executemany(_INSERT_FRAME, _with_stats(new_frames))
            conn.executemany(_UPSERT_LATEST, _latest(new_frames))
        if statuses:
            conn.executemany(_INSERT_STATUS, [s for s in statuses if s[0] in stored])
    for sql, params in rows.items():
        conn.executemany(sql, params)
    return [_DUPLICATE if pid and pid not in stored else _STORED for pid in packet_of]


_STORED = WriteResult(duplicate=False)
_DUPLICATE = WriteResult(duplicate=True)


def _latest(frames: list[tuple[int, str, int, float, bytes]]) -> list[tuple[str, int, float, int]]:
    """latest_frames rows: the newest of ``frames`` per (imei, channel)."""
    newest: dict[tuple[str, int], tuple[float, int]] = {}
    for pid, imei, k, at, _ in frames:
        old = newest.get((imei, k))
        if old is None or (at, pid) >= old:
            newest[imei, k] = (at, pid)
    return [(imei, k, at, pid) for (imei, k), (at, pid) in newest.items()]


def _with_stats(
    frames: list[tuple[int, str, int, float, bytes]],
) -> list[tuple[Any, ...]]:
    """Frame rows with n, mean, min, max added (None for an empty frame)."""
    stats = frame_stats([f[4] for f in frames])
    return [(pid, k, *st, blob) for (pid, _, k, _, blob), st in zip(frames, stats, strict=True)]
