"""A push_msg on its way to the writer: the wire tuple the parent sends, and the work the
writer's input thread does on it before its transaction (:class:`PreparedPushMsg`).

On the wire a push_msg is a flat tuple, its samples one little-endian blob with their
layout beside it (:func:`push_msg_fields`): the decoder's channels are slices of one
buffer, so the parent joins them once instead of pickling a blob per channel, and the
writer packs them without splitting them per channel first. What is stored is exactly
what the per-channel ``(channel, blob)`` form (:class:`PushMsgRow`, still accepted)
stores: the same blobs, the same digests (``tests/store/test_wire_rows.py``).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import struct
from collections.abc import Sequence
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt

from fourgmon.store.records import PushMsgRecord, PushMsgRow
from fourgmon.store.samples import Layout, encode_packed
from fourgmon.store.values import (
    _NATIVE_IS_LE,
    _U16,
    encode_device_time,
    encode_samples,
    encode_tenths,
    json_number,
)

# A push_msg on the wire: PushMsgRow's first seven fields, then the layout (channels and
# their sample counts), all samples as one little-endian blob, and "decoded with warnings".
WIRE_FIELDS = 10
_CACHE_MAX = 4096

# (channels in the dict's order, sample counts) -> (the layout, its samples' byte count)
# for the layouts seen, channels ascending: one object per layout, pickled once a frame
_LAYOUTS: dict[Layout, tuple[Layout, int]] = {}


def push_msg_fields(record: PushMsgRecord) -> tuple[Any, ...]:
    """The wire tuple of ``record`` (see the module docstring), channels by k ascending.

    The fast path takes the decoder's arrays as they are (native little-endian uint16,
    contiguous, channels in ascending order); anything else is converted per channel."""
    msg = record.msg
    chans = msg.channels
    arrays = list(chans.values())
    try:
        hit = _LAYOUTS.get((tuple(chans), tuple(map(len, arrays))))
        if hit is None:
            raise TypeError("a layout not seen yet")
        for a in arrays:
            if a.dtype is not _U16:
                raise TypeError("not native uint16")
        samples = b"".join(arrays)  # type: ignore[arg-type]  # TypeError: not contiguous
        layout, size = hit
        if len(samples) != size:
            raise TypeError("not one-dimensional")
    except (TypeError, AttributeError):  # the general path (and the first of a layout)
        layout, samples = _general_layout(chans)
    return (
        msg.imei, msg.packnum, msg.time, msg.temperature, msg.humidity, record.received_at,
        record.raw, layout, samples, bool(msg.warnings),
    )  # fmt: skip


def _general_layout(chans: Any) -> tuple[Layout, bytes]:
    ks = tuple(sorted(chans))
    blobs = [encode_samples(chans[k]) for k in ks]
    layout = (ks, tuple(len(b) >> 1 for b in blobs))
    known = _LAYOUTS.get(layout)
    if known is not None:
        return known[0], b"".join(blobs)
    if len(_LAYOUTS) > _CACHE_MAX:
        _LAYOUTS.clear()
    if _NATIVE_IS_LE and all(type(chans[k]) is np.ndarray for k in ks):
        # Later packets of this layout whose arrays need no conversion take the fast path.
        _LAYOUTS[layout] = (layout, 2 * sum(layout[1]))
    return layout, b"".join(blobs)


def push_msg_row(record: PushMsgRecord) -> PushMsgRow:
    """``record`` as a PushMsgRow: its samples as one ``(channel, blob)`` per channel."""
    msg = record.msg
    blobs = tuple((k, encode_samples(msg.channels[k])) for k in sorted(msg.channels))
    return PushMsgRow(
        msg.imei, msg.packnum, msg.time, msg.temperature, msg.humidity, record.received_at,
        record.raw, blobs, bool(msg.warnings),
    )  # fmt: skip


class PreparedPushMsg(NamedTuple):
    """A push_msg with all the work that needs no database done: content digest, encoded
    device time and climate, packed samples and their per-channel stats.

    The writer's input thread prepares what comes down the pipe (while the main thread
    is inside SQLite or waiting for an fsync, both without the GIL), so a batch's
    transaction only looks up device ids and executes. Indexes 0 and 5 are imei and
    received_at, as in a PushMsgRow."""

    imei: str
    packnum: int
    device_time: int | str  # encode_device_time
    temperature: float | int | None  # encode_tenths
    humidity: float | int | None
    received_at: float
    raw: bytes
    digest: int  # digest_int of the content digest
    warned: bool
    stats: bytes
    samples: bytes


_CHANNEL_HEAD = struct.Struct("<BI")


class _Plan(NamedTuple):
    """What the digest of a layout's packets hashes after the head: per channel its <BI
    (k, size) and its samples; ``template`` holds the heads, ``sample_at`` says where in
    it each byte of the packet's samples goes."""

    template: npt.NDArray[np.uint8]
    sample_at: npt.NDArray[np.int64]


_PLANS: dict[Layout, _Plan] = {}
# device time -> (its encoded value, '["<text>", ' or None when json.dumps must quote it)
_TIMES: dict[str, tuple[int | str, bytes | None]] = {}
# (temperature, humidity, their types) -> (encoded both, '<t>, <h>]' or None)
_CLIMATES: dict[tuple[Any, ...], tuple[Any, Any, bytes | None]] = {}


def _plan(layout: Layout) -> _Plan:
    plan = _PLANS.get(layout)
    if plan is None:
        ks, ns = layout
        if len(ks) != len(ns):
            raise ValueError(f"not a layout: {layout!r}")
        for k in ks:
            if not 0 <= k <= 8:
                raise sqlite3.IntegrityError("CHECK constraint failed: channel BETWEEN 0 AND 8")
        template, sample_at = bytearray(), list[int]()
        for k, n in zip(ks, ns, strict=True):
            template += _CHANNEL_HEAD.pack(k, 2 * n)
            sample_at.extend(range(len(template), len(template) + 2 * n))
            template += bytes(2 * n)
        if len(_PLANS) > _CACHE_MAX:
            _PLANS.clear()
        plan = _PLANS[layout] = _Plan(
            np.frombuffer(bytes(template), dtype=np.uint8), np.array(sample_at, dtype=np.int64)
        )
    return plan


def _bodies(plans: list[_Plan], blobs: list[bytes]) -> list[bytes]:
    """Per packet, what its digest hashes after the head, built for all packets of a
    layout at once (a join of a dozen pieces per packet cost ~1.5 us)."""
    groups: dict[int, list[int]] = {}
    for i, plan in enumerate(plans):
        groups.setdefault(id(plan), []).append(i)
    out: list[bytes] = [b""] * len(plans)
    for members in groups.values():
        template, sample_at = plans[members[0]]
        block = np.empty((len(members), len(template)), dtype=np.uint8)
        block[:] = template
        if len(sample_at):
            joined = b"".join([blobs[i] for i in members])
            block[:, sample_at] = np.frombuffer(joined, dtype=np.uint8).reshape(len(members), -1)
        data, size = block.tobytes(), len(template)
        for j, i in enumerate(members):
            out[i] = data[j * size : (j + 1) * size]
    return out


def _time(text: str) -> tuple[int | str, bytes | None]:
    hit = _TIMES.get(text)
    if hit is None:
        plain = text.isascii() and text.isprintable() and not ('"' in text or "\\" in text)
        if len(_TIMES) > _CACHE_MAX:
            _TIMES.clear()
        hit = _TIMES[text] = (encode_device_time(text), f'["{text}", '.encode() if plain else None)
    return hit


def _climate(temperature: object, humidity: object) -> tuple[Any, Any, bytes | None]:
    key = (temperature, humidity, type(temperature), type(humidity))
    # 0.0 and -0.0 are one key but two texts: zeros (and None) are not cached
    hit = _CLIMATES.get(key) if temperature and humidity else None
    if hit is None:
        t, h = json_number(temperature), json_number(humidity)
        tail = f"{t}, {h}]".encode() if t is not None and h is not None else None
        if len(_CLIMATES) > _CACHE_MAX:
            _CLIMATES.clear()
        hit = (encode_tenths(temperature), encode_tenths(humidity), tail)  # type: ignore[arg-type]
        _CLIMATES[key] = hit
    return hit


def _layout_of(row: PushMsgRow | tuple[Any, ...]) -> tuple[Layout, bytes]:
    """A row's (layout, samples blob), from the wire tuple or a PushMsgRow's blobs."""
    if len(row) == WIRE_FIELDS:
        return row[7], row[8]  # type: ignore[return-value]
    blobs = row[7]
    for _, blob in blobs:
        if len(blob) & 1:
            raise ValueError("a samples blob of odd size")
    layout = (tuple(k for k, _ in blobs), tuple(len(b) >> 1 for _, b in blobs))
    return layout, b"".join([b for _, b in blobs])


def prepare_push_msgs(rows: Sequence[PushMsgRow | tuple[Any, ...]]) -> list[PreparedPushMsg]:
    """:class:`PreparedPushMsg` of each row (a wire tuple, a PushMsgRow or its fields).

    Raises sqlite3.IntegrityError for a channel outside 0..8 (what the table's CHECK says)."""
    shapes = [_layout_of(row) for row in rows]
    layouts = [lay for lay, _ in shapes]
    blobs = [blob for _, blob in shapes]
    plans = [_plan(lay) for lay in layouts]
    packed = encode_packed(layouts, blobs)
    blake2b = hashlib.blake2b
    times, climates = _TIMES.get, _CLIMATES.get
    make = tuple.__new__  # PreparedPushMsg(...) without its Python-level __new__
    out = []
    for row, body, stats, samples in zip(
        rows, _bodies(plans, blobs), packed.stats, packed.samples, strict=True
    ):
        device_time, temperature, humidity = row[2], row[3], row[4]
        when, opening = times(device_time) or _time(device_time)
        # zeros (and None) are not cached: 0.0 and -0.0 are one key but two texts
        t, h, tail = (
            temperature
            and humidity
            and climates((temperature, humidity, type(temperature), type(humidity)))
        ) or _climate(temperature, humidity)
        if opening is None or tail is None:  # what digest_head does for these
            opening, tail = json.dumps([device_time, temperature, humidity]).encode(), b""
        digest = blake2b(b"".join((opening, tail, body)), digest_size=16).digest()
        # digest_int: the first 8 bytes of the 16, little-endian, signed
        out.append(
            make(PreparedPushMsg, (
                row[0], row[1], when, t, h, row[5], row[6],
                int.from_bytes(digest[:8], "little", signed=True),
                len(row) > 8 and bool(row[-1]), stats, samples,
            ))
        )  # fmt: skip
    return out


def prepare_wire_items(items: list[Any]) -> list[Any]:
    """``items`` from the pipe with every push_msg tuple replaced by its PreparedPushMsg;
    as they are when one of them is bad (the transaction then meets the error, as it
    would have without this step, and retries item by item)."""
    where = [i for i, item in enumerate(items) if type(item) is tuple]
    if not where:
        return items
    try:
        prepared = prepare_push_msgs([items[i] for i in where])
    except Exception:
        return items
    for i, one in zip(where, prepared, strict=True):
        items[i] = one
    return items
