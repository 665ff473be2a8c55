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

import numpy as np
import numpy.typing as npt

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
from fourgmon.store.samples import STAT, STAT_DTYPE
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


# ROLLUP as numpy sees it: one row of 9 channels (fourgmon.store.trends reads it so too)
_ROLLUP_CHANNEL = np.dtype([("n", "<u4"), ("min", "<u2"), ("max", "<u2"), ("sum", "<u8")])
_EMPTY_ROLLUP = bytes(ROLLUP.size)
_CellKey = tuple[int, int]  # (device id, minute)


class RollupCache:
    """The rollup rows (ROLLUP blobs) the writer committed for each device's newest
    minutes, so that a batch writes its merged rows without reading them first.

    Only committed rows get in (:meth:`committed`, after the COMMIT): a rolled-back
    batch leaves the cache as it was. A minute not in it is read from the table."""

    KEEP_MINUTES = 2

    def __init__(self) -> None:
        self.rows: dict[int, dict[int, bytes]] = {}  # device id -> minute -> row
        self.pending: dict[_CellKey, bytes] = {}

    def get(self, key: _CellKey) -> bytes | None:
        minutes = self.rows.get(key[0])
        return None if minutes is None else minutes.get(key[1])

    def committed(self) -> None:
        """The transaction that wrote ``pending`` committed (per device touched, only
        its newest KEEP_MINUTES minutes stay: no pass over every device)."""
        if not self.pending:
            return
        touched = set()
        for (did, minute), row in self.pending.items():
            minutes = self.rows.get(did)
            if minutes is None:
                minutes = self.rows[did] = {}
            minutes[minute] = row
            if len(minutes) > 1:
                touched.add(did)
        self.pending = {}
        for did in touched:
            minutes = self.rows[did]
            oldest_kept = max(minutes) - self.KEEP_MINUTES
            for minute in [m for m in minutes if m <= oldest_kept]:
                del minutes[minute]

    def rolled_back(self) -> None:
        self.pending = {}


class Rollups:
    """Per (device, minute), per channel: samples, min, max, sum of a batch, aggregated
    with numpy over the batch's stats blobs (a Python loop per channel cost ~5 us a
    packet) and merged with the stored rows in one pass."""

    def __init__(self, cache: RollupCache | None = None) -> None:
        self.cache = cache
        self._dids: list[int] = []
        self._ats: list[float] = []
        self._stats: list[bytes] = []

    def add(self, device_id: int, at: float, stats: bytes) -> None:
        """A stored packet of ``device_id`` received at ``at``; ``stats``: its stats blob."""
        self._dids.append(device_id)
        self._ats.append(at)
        self._stats.append(stats)

    def add_many(self, device_ids: list[int], ats: list[float], stats: list[bytes]) -> None:
        """:meth:`add` of each (device id, received_at, stats blob)."""
        self._dids += device_ids
        self._ats += ats
        self._stats += stats

    def _cells(self) -> tuple[list[_CellKey], npt.NDArray[Any]]:
        """The batch's cells and their ROLLUP rows (as _ROLLUP_CHANNEL, shape cells x 9)."""
        minutes = np.floor_divide(np.array(self._ats, dtype=np.float64), 60).astype(np.int64)
        dids = np.array(self._dids, dtype=np.int64)
        if len(minutes) and minutes.min() >= 0 and minutes.max() < 1 << 32 and dids.min() >= 0:
            cells, which = np.unique((dids << 32) | minutes, return_inverse=True)
            keys = list(zip((cells >> 32).tolist(), (cells & 0xFFFFFFFF).tolist(), strict=True))
        else:  # times no clock gives: the same cells, the slow way
            index: dict[_CellKey, int] = {}
            which = np.array(
                [
                    index.setdefault(key, len(index))
                    for key in zip(self._dids, minutes.tolist(), strict=True)
                ],
                dtype=np.int64,
            )
            keys = list(index)
        counts = np.fromiter(map(len, self._stats), np.int64, len(self._stats)) // STAT.size
        table = np.frombuffer(b"".join(self._stats), dtype=STAT_DTYPE)
        has = table["n"] > 0
        slot = (np.repeat(which, counts) * 9 + table["k"])[has]
        size = 9 * len(keys)
        n = np.zeros(size, dtype=np.int64)
        lo = np.full(size, 0xFFFF, dtype=np.int64)
        hi = np.zeros(size, dtype=np.int64)
        total = np.zeros(size, dtype=np.int64)
        # ufunc.at takes its fast loop only when the values already have the target's
        # dtype: cast first (u2/u4/u8 into int64 went the slow way, 5x the time)
        chosen = table[has]
        np.add.at(n, slot, chosen["n"].astype(np.int64))
        np.minimum.at(lo, slot, chosen["min"].astype(np.int64))
        np.maximum.at(hi, slot, chosen["max"].astype(np.int64))
        np.add.at(total, slot, chosen["sum"].astype(np.int64))
        out = np.zeros((len(keys), 9), dtype=_ROLLUP_CHANNEL)
        seen = (n > 0).reshape(len(keys), 9)
        out["n"] = n.reshape(-1, 9)
        out["min"] = np.where(seen, lo.reshape(-1, 9), 0)
        out["max"] = hi.reshape(-1, 9)
        out["sum"] = total.reshape(-1, 9)
        return keys, out

    def write(self, conn: sqlite3.Connection) -> None:
        """Merge the batch's cells with the stored rows and write them (one REPLACE each:
        far cheaper than an UPSERT merging 36 values in SQL)."""
        if not self._stats:
            return
        keys, cells = self._cells()
        cache = self.cache
        known = [cache.get(key) for key in keys] if cache is not None else [None] * len(keys)
        missing = [key for key, row in zip(keys, known, strict=True) if row is None]
        stored: dict[_CellKey, bytes] = {}
        for i in range(0, len(missing), 400):
            part = missing[i : i + 400]
            values = ",".join(["(?,?)"] * len(part))
            sql = (
                f"WITH b(d, m) AS (VALUES {values}) SELECT r.* FROM b JOIN rollups r"
                " ON r.device_id = b.d AND r.minute = b.m"
            )
            for did, minute, blob in conn.execute(sql, [x for key in part for x in key]):
                stored[did, minute] = bytes(blob)
        bases = [
            row if row is not None else stored.get(key, _EMPTY_ROLLUP)
            for key, row in zip(keys, known, strict=True)
        ]
        base = np.frombuffer(b"".join(bases), dtype=_ROLLUP_CHANNEL).reshape(len(keys), 9)
        merged = _merged(base, cells).tobytes()
        size = ROLLUP.size
        rows = [merged[i * size : (i + 1) * size] for i in range(len(keys))]
        conn.executemany(
            _REPLACE_ROLLUP,
            [(did, minute, row) for (did, minute), row in zip(keys, rows, strict=True)],
        )
        if cache is not None:
            cache.pending.update(zip(keys, rows, strict=True))


def _merged(base: npt.NDArray[Any], batch: npt.NDArray[Any]) -> npt.NDArray[Any]:
    """Per channel: a side without samples leaves the other as it is; else n and sum
    add up and min / max are those of both."""
    has_base, has_batch = base["n"] > 0, batch["n"] > 0
    both = has_base & has_batch
    out = base.copy()
    out["n"] = base["n"] + batch["n"]
    out["sum"] = base["sum"] + batch["sum"]
    out["min"] = np.where(
        both, np.minimum(base["min"], batch["min"]), np.where(has_batch, batch["min"], base["min"])
    )
    out["max"] = np.where(
        both, np.maximum(base["max"], batch["max"]), np.where(has_batch, batch["max"], base["max"])
    )
    return out


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
        imei, packnum, when, temperature, humidity, at, raw, digest, warned, stats, samples = row
        did = ids[imei]
        key = (when, did, packnum, digest)
        keys.append(key)
        if key not in seen:
            seen.add(key)
            unique.append(i)
            out.append(
                (did, at, packnum, digest, when, temperature, humidity, stats, samples,
                 raw if warned else None)
            )  # fmt: skip
    before = conn.total_changes
    conn.executemany(_INSERT_PUSH_MSG, out)
    fresh = unique
    if conn.total_changes - before != len(out):  # some were stored already: which?
        mine = _received_at(conn, [keys[i] for i in unique])
        fresh = [i for j, i in enumerate(unique) if mine.get(keys[i]) == out[j][1]]
    rollups = Rollups(cache)
    stored = [False] * len(rows)
    for i in fresh:
        stored[i] = True
    chosen = ready if len(fresh) == len(ready) else [ready[i] for i in fresh]
    rollups.add_many(
        [keys[i][1] for i in fresh], [row[5] for row in chosen], [row[9] for row in chosen]
    )
    entries = [(row[5], row[0], row[6]) for row in chosen if not row[8]]
    if journal is not None and entries:
        journal.add_many(entries)
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
    last: float | None
    for record in records:
        if type(record) is PreparedPushMsg:  # the hot path: a push_msg from the pipe
            imei, first, last = record[0], record[5], record[5]
        else:
            touch = _device_touch(record)
            if touch is None:
                continue
            imei, first, last = touch
        old = devices.get(imei)
        if old is not None:
            old_first, old_last = old
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
        if type(record) is PreparedPushMsg:
            msgs.append(record)
            kind_of.append(1)
            continue
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
    msg_results = insert_push_msgs(conn, msgs, ids, journal, cache) if msgs else []
    if len(msgs) == len(records):  # push_msgs only: the usual batch
        return [_STORED if fresh else _DUPLICATE for fresh in msg_results]
    msg_stored = iter(msg_results)
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
