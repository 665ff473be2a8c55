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

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from fourgmon.protocol.messages import Samples
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


@dataclass(frozen=True, slots=True, eq=False)
class OutboxFrame:
    """A stored push_msg as the bridge forwards it."""

    imei: str
    key: Key
    device_time: str
    temperature: float | None
    humidity: float | None
    channels: tuple[ChannelSummary, ...]
    samples: tuple[tuple[int, Samples], ...] = ()  # only when asked for

    @property
    def packnum(self) -> int:
        return self.key[1]

    @property
    def received_at(self) -> float:
        return self.key[0]


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


_AFTER = " WHERE device_id = ? AND (received_at, packnum, digest) > (?, ?, ?)"
_ORDER = " ORDER BY received_at, packnum, digest LIMIT ?"
_FRAMES = (
    "SELECT received_at, packnum, digest, device_time, temperature, humidity, stats{samples}"
    " FROM push_msgs" + _AFTER + _ORDER
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


def _device_id(store: StoreReads, imei: str) -> int | None:
    rows = store._rows(store_path(store), "SELECT id FROM device_ids WHERE imei = ?", (imei,))
    return int(rows[0][0]) if rows else None


def store_path(store: StoreReads) -> Any:
    """The active database file of ``store``."""
    return store._files[-1]


def frames_after(
    store: StoreReads, imei: str, after: Key, limit: int, *, with_samples: bool = False
) -> list[OutboxFrame]:
    """Up to ``limit`` stored push_msgs of ``imei`` after ``after``, oldest first."""
    did = _device_id(store, imei)
    if did is None:
        return []
    sql = _FRAMES.format(samples=", samples" if with_samples else "")
    rows = store._rows(store_path(store), sql, (did, *after, limit)) or []
    out = []
    for row in rows:
        decoded = tuple(sorted(decode_packet(row[6], row[7]))) if with_samples else ()
        out.append(
            OutboxFrame(
                imei,
                _key(row),
                decode_device_time(row[3]),
                decode_tenths(row[4]),
                decode_tenths(row[5]),
                _summaries(row[6]),
                decoded,
            )
        )
    return out


def statuses_after(store: StoreReads, imei: str, after: Key, limit: int) -> list[OutboxStatus]:
    """Up to ``limit`` stored push_onlines of ``imei`` after ``after``, oldest first."""
    did = _device_id(store, imei)
    if did is None:
        return []
    rows = store._rows(store_path(store), _STATUSES, (did, *after, limit)) or []
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
    did = _device_id(store, imei)
    if did is None:
        return 0
    table = "push_msgs" if kind == PUSH_MSG else "push_onlines"
    rows = store._rows(store_path(store), f"SELECT count(*) FROM {table}" + _AFTER, (did, *after))
    return int(rows[0][0]) if rows else 0
