"""What the MQTT bridge reads: committed packets after its cursors, and the cursors.

A cursor is the key of the newest packet a broker acknowledged, per target, device and
kind: ``(received_at, packnum, digest)``, the order of ``push_msgs``/``push_onlines``'
primary key after the device. Packets of one module are committed in the order they
were received (the server submits them as they arrive; the writer keeps the order), so
reading "after the cursor, in key order" is reading in commit order. The cursors move
only through the writer process (:class:`~fourgmon.store.records.OutboxCursorRecord`).

Reads are from the active database file (where new packets go); packets left in a file
set aside as damaged are not forwarded.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from fourgmon.protocol.messages import Samples
from fourgmon.store.errors import StoreError
from fourgmon.store.reads import StoreReads
from fourgmon.store.samples import decode_packet, stats_of
from fourgmon.store.values import decode_device_time, decode_tenths

PUSH_MSG = "push_msg"
PUSH_ONLINE = "push_online"
START = "*"  # the cursor "device" that says where a target started

Key = tuple[float, int, int]  # received_at, packnum, digest
ORIGIN: Key = (float("-inf"), -1, -(2**63))  # before every packet


class ChannelSummary(NamedTuple):
    """One channel of a packet: how many samples, their min / mean / max (raw counts).
    (A NamedTuple: the bridge makes one per channel and packet.)"""

    channel: int
    n: int
    min: int
    mean: float
    max: int


class OutboxFrame(NamedTuple):
    """A stored push_msg as the bridge forwards it whole (the plain format): the row's
    columns as stored, decoded on access (a NamedTuple straight from the row)."""

    imei: str
    received_at: float
    packnum: int
    digest: int
    device_time_value: Any  # as stored (:func:`~fourgmon.store.values.encode_device_time`)
    temperature_value: Any  # as stored: integer tenths or a real
    humidity_value: Any
    stats: bytes  # per channel <BHHHI> k, n, min, max, sum (:mod:`fourgmon.store.samples`)
    samples_blob: bytes | None = None  # only when asked for

    @property
    def key(self) -> Key:
        return (self.received_at, self.packnum, self.digest)

    @property
    def device_time(self) -> str:
        return decode_device_time(self.device_time_value)

    @property
    def temperature(self) -> float | None:
        return decode_tenths(self.temperature_value)

    @property
    def humidity(self) -> float | None:
        return decode_tenths(self.humidity_value)

    @property
    def channels(self) -> tuple[ChannelSummary, ...]:
        return _summaries(self.stats)

    @property
    def samples(self) -> tuple[tuple[int, Samples], ...]:
        if self.samples_blob is None:
            return ()
        return tuple(sorted(decode_packet(self.stats, self.samples_blob)))


# A stored push_msg as ThingsBoard's telemetry needs it, the row as read: received_at,
# packnum, digest (its key: row[:3]), temperature and humidity as stored (integer tenths
# or a real), the stats blob. A plain tuple: thousands a second, and each column of a
# row costs (a Python object each).
TelemetryRow = tuple[float, int, int, Any, Any, bytes]


@dataclass(frozen=True, slots=True)
class OutboxStatus:
    """A stored push_online: the raw JSON text of each stK / dtK present."""

    imei: str
    key: Key
    st: dict[int, str]
    dt: dict[int, str]

    @property
    def packnum(self) -> int:
        return self.key[1]

    @property
    def received_at(self) -> float:
        return self.key[0]


# The device's id looked up inside the statement: one query a read, not two.
_AFTER = (
    " WHERE device_id = (SELECT id FROM device_ids WHERE imei = ?)"
    " AND (received_at, packnum, digest) > (?, ?, ?)"
)
_ORDER = " ORDER BY received_at, packnum, digest LIMIT ?"
_FRAMES = (
    "SELECT ?, received_at, packnum, digest, device_time, temperature, humidity, stats, {samples}"
    " FROM push_msgs" + _AFTER + _ORDER
)
_TELEMETRY = (
    "SELECT received_at, packnum, digest, temperature, humidity, stats FROM push_msgs"
    + _AFTER
    + _ORDER
)
_STATUSES = "SELECT received_at, packnum, digest, st, dt FROM push_onlines" + _AFTER + _ORDER
_CURSORS = "SELECT imei, kind, received_at, packnum, digest FROM bridge_outbox WHERE target = ?"


def _summaries(stats: bytes) -> tuple[ChannelSummary, ...]:
    return tuple(
        ChannelSummary(k, n, lo, total / n if n else 0.0, hi)
        for k, n, lo, hi, total in sorted(stats_of(stats))
    )


def _key(row: Sequence[Any]) -> Key:
    return (float(row[0]), int(row[1]), int(row[2]))


def store_path(store: StoreReads) -> Any:
    """The active database file of ``store``."""
    return store._files[-1]


@contextlib.contextmanager
def one_snapshot(store: StoreReads) -> Iterator[None]:
    """The reads of this block (on this thread, no await inside) in one read transaction.

    Each read outside a transaction is a transaction of its own, and SQLite drops a
    connection's cached pages when the writer committed since its previous one: with a
    commit every few ms, a round's query per module re-read the table's upper pages
    every time. Damaged or closed: the reads inside say so themselves."""
    conn = _begin(store)
    try:
        yield
    finally:
        if conn is not None:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("COMMIT")


def _begin(store: StoreReads) -> sqlite3.Connection | None:
    """This thread's connection to the active file, in a read transaction it was not in
    before; None if it already was, or cannot (the reads will say why)."""
    try:
        conn = store._conn(store_path(store))
        if conn.in_transaction:
            return None
        conn.execute("BEGIN")
    except (StoreError, sqlite3.Error):
        return None
    return conn


def frames_after(
    store: StoreReads, imei: str, after: Key, limit: int, *, with_samples: bool = False
) -> list[OutboxFrame]:
    """Up to ``limit`` stored push_msgs of ``imei`` after ``after``, oldest first."""
    sql = _FRAMES.format(samples="samples" if with_samples else "NULL")
    rows = store._rows(store_path(store), sql, (imei, imei, *after, limit)) or []
    make = OutboxFrame._make
    return [make(row) for row in rows]


def telemetry_after(store: StoreReads, imei: str, after: Key, limit: int) -> list[TelemetryRow]:
    """Up to ``limit`` stored push_msgs of ``imei`` after ``after``, oldest first, as
    :data:`TelemetryRow` tuples."""
    return store._rows(store_path(store), _TELEMETRY, (imei, *after, limit)) or []


def statuses_after(store: StoreReads, imei: str, after: Key, limit: int) -> list[OutboxStatus]:
    """Up to ``limit`` stored push_onlines of ``imei`` after ``after``, oldest first."""
    rows = store._rows(store_path(store), _STATUSES, (imei, *after, limit)) or []
    return [
        OutboxStatus(
            imei,
            _key(row),
            {int(k): v for k, v in json.loads(row[3]).items()},
            {int(k): v for k, v in json.loads(row[4]).items()},
        )
        for row in rows
    ]


def cursors(store: StoreReads, target: str) -> dict[tuple[str, str], Key]:
    """``(imei, kind) -> key`` of every cursor of ``target`` (``START`` rows included)."""
    rows = store._rows(store_path(store), _CURSORS, (target,)) or []
    return {(r[0], r[1]): _key(r[2:]) for r in rows}


def count_after(store: StoreReads, imei: str, kind: str, after: Key) -> int:
    """How many ``kind`` packets of ``imei`` come after ``after`` (a range scan)."""
    table = "push_msgs" if kind == PUSH_MSG else "push_onlines"
    rows = store._rows(store_path(store), f"SELECT count(*) FROM {table}" + _AFTER, (imei, *after))
    return int(rows[0][0]) if rows else 0
