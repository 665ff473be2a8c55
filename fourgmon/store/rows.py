"""How write records become rows of schema 3 (:mod:`fourgmon.store.schema`).

:func:`apply_records` runs inside the writer's transaction. Per batch it does one
query to map imeis to device ids, one to find which packets are already stored
(resends), then one ``executemany`` per table; samples are packed for the whole
batch at once (:mod:`fourgmon.store.samples`) and per-minute rollups are aggregated
in Python before their one UPSERT. Clean packets' raw bytes go to the journal
(:mod:`fourgmon.store.journal`), not the database.
"""

from __future__ import annotations

import sqlite3
import struct
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from fourgmon.store.alarms import upsert_alarms
from fourgmon.store.fleet import FLEET_UPSERTS, fleet_row
from fourgmon.store.journal import Journal
from fourgmon.store.prepare import (
    PreparedPushMsg,
    prepare_push_msgs,
    push_msg_fields,
)
from fourgmon.store.records import (
    AlarmRecord,
    AliasRecord,
    CalibrationRecord,
    CommandRecord,
    ConnectionRecord,
    InfoRecord,
    OutboxCursorRecord,
    PushMsgRecord,
    PushMsgRow,
    PushOnlineRecord,
    QuarantineRecord,
    Record,
    ThresholdRecord,
    VersionRecord,
    WriteResult,
)
from fourgmon.store.samples import ChannelStat
from fourgmon.store.values import digest_int, online_digest, states_json

_EPOCH = datetime(1970, 1, 1)
_UTC_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

_UPSERT_DEVICE = """
INSERT INTO devices (imei, first_seen, last_seen) VALUES (?, ?, ?)
ON CONFLICT (imei) DO UPDATE SET
    first_seen = min(first_seen, excluded.first_seen),
    last_seen = coalesce(max(last_seen, excluded.last_seen), last_seen, excluded.last_seen)
"""
_INSERT_PUSH_MSG = "INSERT OR IGNORE INTO push_msgs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
_INSERT_PUSH_ONLINE = "INSERT OR IGNORE INTO push_onlines VALUES (?, ?, ?, ?, ?, ?)"

_REPLACE_ROLLUP = "INSERT OR REPLACE INTO rollups VALUES (?, ?, ?)"
ROLLUP = struct.Struct("<" + "IHHQ" * 9)  # per channel 0-8: n, min, max, sum
_SLOTS = 4 * 9
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
_INSERT_CALIBRATION = (
    "INSERT INTO calibration_changes (at, user, imei, channel, gain, offset, unit)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_THRESHOLD = (
    "INSERT INTO threshold_changes (at, user, imei, channel, high, low, hysteresis, unit)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
# The bridge's cursor only moves forward (an older acknowledgement arriving late is ignored).
_SET_CURSOR = """
INSERT INTO bridge_outbox VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (target, imei, kind) DO UPDATE SET
    received_at = excluded.received_at, packnum = excluded.packnum, digest = excluded.digest
WHERE (excluded.received_at, excluded.packnum, excluded.digest)
    > (bridge_outbox.received_at, bridge_outbox.packnum, bridge_outbox.digest)
"""

# A push_online for the writer: imei, received_at, packnum, st JSON, dt JSON, raw.
OnlineRow = tuple[str, float, int, str, str, bytes]

_STORED = WriteResult(duplicate=False)
_DUPLICATE = WriteResult(duplicate=True)


# ------------------------------------------------------------------ the batch


def _device_touch(
    record: Record | PushMsgRow | PreparedPushMsg,
) -> tuple[str, float, float | None] | None:
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


def device_ids(conn: sqlite3.Connection, imeis: Sequence[str]) -> dict[str, int]:
    """The ids of ``imeis`` (created for new ones)."""
    wanted = list(dict.fromkeys(imeis))
    ids: dict[str, int] = {}
    for i in range(0, len(wanted), 500):
        part = wanted[i : i + 500]
        marks = ",".join("?" * len(part))
        ids.update(
            (imei, did)
            for did, imei in conn.execute(
                f"SELECT id, imei FROM device_ids WHERE imei IN ({marks})", part
            )
        )
    missing = [(imei,) for imei in wanted if imei not in ids]
    if missing:
        conn.executemany("INSERT INTO device_ids (imei) VALUES (?)", missing)
        return device_ids(conn, imeis)
    return ids


def stored_keys(
    conn: sqlite3.Connection, table: str, keys: Sequence[tuple[int, int, int]]
) -> set[tuple[int, int, int]]:
    """Which (device_id, packnum, digest) of ``keys`` are in ``table`` already (one query
    per 300 keys, each an index lookup)."""
    found: set[tuple[int, int, int]] = set()
    for i in range(0, len(keys), 300):
        part = keys[i : i + 300]
        values = ",".join(["(?,?,?)"] * len(part))
        sql = (
            f"WITH b(d, p, g) AS (VALUES {values}) SELECT t.device_id, t.packnum, t.digest"
            f" FROM b JOIN {table} t ON t.device_id = b.d AND t.packnum = b.p AND t.digest = b.g"
        )
        found.update(conn.execute(sql, [x for key in part for x in key]))
    return found


_Cell = list[int]  # ROLLUP's values of one (device, minute)


def _merge_into(cell: _Cell, other: Sequence[int]) -> None:
    for i in range(0, _SLOTS, 4):
        if not other[i]:
            continue
        if not cell[i]:
            cell[i : i + 4] = other[i : i + 4]
        else:
            cell[i] += other[i]
            cell[i + 1] = min(cell[i + 1], other[i + 1])
            cell[i + 2] = max(cell[i + 2], other[i + 2])
            cell[i + 3] += other[i + 3]


class RollupCache:
    """The rollup rows the writer committed for each device's newest minutes, so that a
    batch writes its merged rows without reading them first.

    Only committed rows get in (:meth:`committed`, after the COMMIT): a rolled-back
    batch leaves the cache as it was. A minute not in it is read from the table."""

    KEEP_MINUTES = 2

    def __init__(self) -> None:
        self.rows: dict[tuple[int, int], _Cell] = {}
        self.pending: dict[tuple[int, int], _Cell] = {}

    def committed(self) -> None:
        """The transaction that wrote ``pending`` committed."""
        if not self.pending:
            return
        self.rows.update(self.pending)
        self.pending = {}
        newest: dict[int, int] = {}
        for did, minute in self.rows:
            newest[did] = max(newest.get(did, minute), minute)
        self.rows = {
            key: cell
            for key, cell in self.rows.items()
            if key[1] > newest[key[0]] - self.KEEP_MINUTES
        }

    def rolled_back(self) -> None:
        self.pending = {}


class Rollups:
    """Per (device, minute), per channel: samples, min, max, sum of a batch."""

    def __init__(self, cache: RollupCache | None = None) -> None:
        self.cells: dict[tuple[int, int], _Cell] = {}
        self.cache = cache

    def add(self, device_id: int, at: float, stats: Sequence[ChannelStat]) -> None:
        key = (device_id, int(at // 60))
        cell = self.cells.get(key)
        if cell is None:
            cell = self.cells[key] = [0] * _SLOTS
        for k, n, lo, hi, total in stats:
            if not n:
                continue
            i = 4 * k
            if not cell[i]:
                cell[i : i + 4] = (n, lo, hi, total)
            else:
                cell[i] += n
                cell[i + 1] = min(cell[i + 1], lo)
                cell[i + 2] = max(cell[i + 2], hi)
                cell[i + 3] += total

    def write(self, conn: sqlite3.Connection) -> None:
        """Merge the batch's cells with the stored rows and write them (one REPLACE each:
        far cheaper than an UPSERT merging 36 values in SQL)."""
        if not self.cells:
            return
        known = self.cache.rows if self.cache is not None else {}
        missing = [key for key in self.cells if key not in known]
        stored: dict[tuple[int, int], Sequence[Any]] = {}
        for i in range(0, len(missing), 400):
            part = missing[i : i + 400]
            values = ",".join(["(?,?)"] * len(part))
            sql = (
                f"WITH b(d, m) AS (VALUES {values}) SELECT r.* FROM b JOIN rollups r"
                " ON r.device_id = b.d AND r.minute = b.m"
            )
            for did, minute, blob in conn.execute(sql, [x for key in part for x in key]):
                stored[did, minute] = ROLLUP.unpack(blob)
        out = []
        pack = ROLLUP.pack
        for key, cell in self.cells.items():
            base = known.get(key) or stored.get(key)
            if base is None:
                merged = cell
            else:
                merged = list(base)
                _merge_into(merged, cell)
            out.append((key[0], key[1], pack(*merged)))
            if self.cache is not None:
                self.cache.pending[key] = merged
        conn.executemany(_REPLACE_ROLLUP, out)


def insert_push_msgs(
    conn: sqlite3.Connection,
    rows: Sequence[PushMsgRow | PreparedPushMsg | tuple[Any, ...]],
    ids: dict[str, int],
    journal: Journal | None,
    cache: RollupCache | None = None,
) -> list[bool]:
    """Store the push_msgs ``rows`` (those not stored already); per row: stored?

    Resends are rare: every row goes in with INSERT OR IGNORE, and only when fewer rows
    changed than were inserted are the ignored ones looked up (a lookup of every
    batch beforehand cost ~6 us a record)."""
    todo = [i for i, row in enumerate(rows) if type(row) is not PreparedPushMsg]
    ready: list[PreparedPushMsg] = list(rows)  # type: ignore[arg-type]
    if todo:
        for i, one in zip(todo, prepare_push_msgs([rows[i] for i in todo]), strict=True):
            ready[i] = one
    keys = []
    unique: list[int] = []  # rows not resent within the batch itself
    seen: set[tuple[Any, ...]] = set()
    out = []
    for i, row in enumerate(ready):
        key = (row.device_time, ids[row.imei], row.packnum, row.digest)
        keys.append(key)
        if key not in seen:
            seen.add(key)
            unique.append(i)
            out.append(
                (key[1], row.received_at, row.packnum, row.digest, row.device_time,
                 row.temperature, row.humidity, row.stats, row.samples,
                 row.raw if row.warned else None)
            )  # fmt: skip
    before = conn.total_changes
    conn.executemany(_INSERT_PUSH_MSG, out)
    fresh = list(range(len(unique)))
    if conn.total_changes - before != len(out):  # some were stored already: which?
        mine = _received_at(conn, [keys[i] for i in unique])
        fresh = [j for j, i in enumerate(unique) if mine.get(keys[i]) == out[j][1]]
    stored = [False] * len(rows)
    rollups = Rollups(cache)
    for j in fresh:
        i = unique[j]
        row = ready[i]
        stored[i] = True
        rollups.add(keys[i][1], row.received_at, row.parts)
        if journal is not None and not row.warned:
            journal.add(row.received_at, row.imei, row.raw)
    rollups.write(conn)
    return stored


def _received_at(
    conn: sqlite3.Connection, keys: Sequence[tuple[Any, int, int, int]]
) -> dict[tuple[Any, ...], float]:
    """received_at of the stored push_msgs with these (device_time, device_id, packnum,
    digest), through push_msgs_dedup."""
    found: dict[tuple[Any, ...], float] = {}
    for i in range(0, len(keys), 250):
        part = keys[i : i + 250]
        values = ",".join(["(?,?,?,?)"] * len(part))
        sql = (
            f"WITH b(t, d, p, g) AS (VALUES {values}) SELECT b.t, b.d, b.p, b.g, m.received_at"
            " FROM b JOIN push_msgs m INDEXED BY push_msgs_dedup ON m.device_time = b.t"
            " AND m.device_id = b.d AND m.packnum = b.p AND m.digest = b.g"
        )
        for t, d, p, g, at in conn.execute(sql, [x for key in part for x in key]):
            found[t, d, p, g] = at
    return found


def apply_records(
    conn: sqlite3.Connection,
    records: Sequence[Record | PushMsgRow | PreparedPushMsg],
    journal: Journal | None = None,
    cache: RollupCache | None = None,
) -> list[WriteResult]:
    """Execute ``records`` on ``conn`` (inside the caller's transaction, which must hold
    the write lock). Clean packets' raw bytes are added to ``journal``, the rollup rows
    written to ``cache``: their commit (or rollback) is the caller's, after the COMMIT.

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

    msgs: list[PushMsgRow | PreparedPushMsg | tuple[Any, ...]] = []
    onlines: list[OnlineRow] = []
    rows: dict[str, list[tuple[Any, ...]]] = {}
    alarms: list[AlarmRecord] = []
    kind_of: list[int] = []  # per record: 1 push_msg, 2 push_online, 0 other
    for record in records:
        kind = 0
        match record:
            case PreparedPushMsg() | tuple():  # prepared, a PushMsgRow or its fields
                msgs.append(record)
                kind = 1
            case PushMsgRecord():
                msgs.append(push_msg_fields(record))
                kind = 1
            case PushOnlineRecord(msg=msg, received_at=at):
                st, dt = states_json(msg.st), states_json(msg.dt)
                onlines.append((msg.imei, at, msg.packnum, st, dt, record.raw))
                kind = 2
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
            case CalibrationRecord(at=at, user=user, rows=changed):
                rows.setdefault(_INSERT_CALIBRATION, []).extend((at, user, *c) for c in changed)
            case AlarmRecord():
                alarms.append(record)
            case ThresholdRecord(at=at, user=user, rows=changed):
                rows.setdefault(_INSERT_THRESHOLD, []).extend((at, user, *c) for c in changed)
            case OutboxCursorRecord():
                c = record
                rows.setdefault(_SET_CURSOR, []).append(
                    (c.target, c.imei, c.kind, c.received_at, c.packnum, c.digest)
                )
            case _ if type(record) in FLEET_UPSERTS:
                rows.setdefault(FLEET_UPSERTS[type(record)], []).append(fleet_row(record))
            case _:
                raise TypeError(f"not a store record: {type(record).__name__}")
        kind_of.append(kind)

    ids = device_ids(conn, [m[0] for m in msgs] + [o[0] for o in onlines])
    msg_stored = iter(insert_push_msgs(conn, msgs, ids, journal, cache) if msgs else ())
    online_stored = iter(insert_onlines(conn, onlines, ids, journal) if onlines else ())
    for sql, params in rows.items():
        conn.executemany(sql, params)
    if alarms:
        upsert_alarms(conn, alarms)
    out = []
    for kind in kind_of:
        if kind == 1:
            out.append(_STORED if next(msg_stored) else _DUPLICATE)
        elif kind == 2:
            out.append(_STORED if next(online_stored) else _DUPLICATE)
        else:
            out.append(_STORED)
    return out


def insert_onlines(
    conn: sqlite3.Connection,
    onlines: Sequence[OnlineRow],
    ids: dict[str, int],
    journal: Journal | None,
) -> list[bool]:
    """Store the push_onlines (those not stored already); per row: stored?"""
    keys = [
        (ids[imei], packnum, digest_int(online_digest(st, dt)))
        for imei, _, packnum, st, dt, _ in onlines
    ]
    old = stored_keys(conn, "push_onlines", keys)
    stored, out = [], []
    for (imei, at, _, st, dt, raw), key in zip(onlines, keys, strict=True):
        fresh = key not in old
        stored.append(fresh)
        if fresh:
            old.add(key)
            out.append((key[0], at, key[1], key[2], st, dt))
            if journal is not None:
                journal.add(at, imei, raw)
    conn.executemany(_INSERT_PUSH_ONLINE, out)
    return stored
