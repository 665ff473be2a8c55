"""Compact sample blobs: per channel, delta + zigzag + fixed-width bit packing.

Chosen by measurement (benchmarks/README.md, "storage"): on the simulator's signals
(slow baseline plus white noise of 5-40 counts) it takes 49.8 bytes per 50-sample
channel frame, against 85 for zlib on the raw uint16, 57-59 for zlib (any level) or
raw deflate on delta varints, 57 for lzma, and an entropy bound of 46. It is also
vectorised over a whole batch (frames of equal length and width are packed together
with numpy), where zlib is a call per frame.

A packet's channels are stored as two blobs:

``stats``: per channel ``<BHHHI``: channel, n, min, max, sum of the samples
(mean = sum / n, exact). ``samples``: per channel in the same order, when n >= 1 the
first sample ``<H``; when n >= 2 the width w (bits, 0-17) of the zigzagged deltas ``B``
and the n - 1 deltas packed big-endian-bitwise in ceil((n - 1) w / 8) bytes.
"""

from __future__ import annotations

import itertools
import struct
from collections.abc import Sequence
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt

from fourgmon.domain.frames import aggregates_of

Samples = npt.NDArray[np.uint16]
STAT = struct.Struct("<BHHHI")
_FIRST = struct.Struct("<H")
ChannelStat = tuple[int, int, int, int, int]  # channel, n, min, max, sum


def _pack(zz: npt.NDArray[np.uint32], w: int) -> npt.NDArray[np.uint8]:
    """Rows of zz, each value in w bits, packed: one row of bytes per input row.

    The values' big-endian bytes are unpacked to bits (a table lookup in C) and their
    low w bits packed again: ~3x faster than shifting each bit out. The values are
    unpacked from the fewest bytes that hold w bits (1, 2 or 4): a half or a quarter
    of the work of always four."""
    if w == 0:
        return np.zeros((zz.shape[0], 0), dtype=np.uint8)
    rows, count = zz.shape
    size = 1 if w <= 8 else 2 if w <= 16 else 4
    as_bytes = zz.astype(f">u{size}").view(np.uint8).reshape(rows, count, size)
    bits = np.unpackbits(as_bytes, axis=2)[:, :, 8 * size - w :]
    return np.packbits(bits.reshape(rows, count * w), axis=1)


STAT_DTYPE = np.dtype([("k", "u1"), ("n", "<u2"), ("min", "<u2"), ("max", "<u2"), ("sum", "<u4")])


Layout = tuple[tuple[int, ...], tuple[int, ...]]  # a packet's channels, and their sample counts


class PackedBatch(NamedTuple):
    """:func:`encode_packed`'s result: per packet its stats and samples blobs; per channel
    of the whole batch (packets in order) its row of ``table`` (k, n, min, max, sum), and
    per packet ``first[i]``: the row of its first channel (``first[-1]``: the row count)."""

    stats: list[bytes]
    samples: list[bytes]
    table: npt.NDArray[Any]
    first: npt.NDArray[np.int64]


def encode_batch(
    packets: Sequence[Sequence[tuple[int, bytes]]],
) -> tuple[list[bytes], list[bytes], list[list[ChannelStat]]]:
    """Every packet's (stats blob, samples blob, per-channel stats) for a whole batch of
    packets given as ``(channel, little-endian uint16 blob)`` pairs."""
    layouts = [(tuple(k for k, _ in p), tuple(len(blob) >> 1 for _, blob in p)) for p in packets]
    joined = [b"".join([blob for _, blob in p]) for p in packets]
    packed = encode_packed(layouts, joined)
    rows: list[ChannelStat] = packed.table.tolist()
    bounds = packed.first.tolist()
    return packed.stats, packed.samples, [rows[a:b] for a, b in itertools.pairwise(bounds)]


def encode_packed(layouts: Sequence[Layout], samples: Sequence[bytes]) -> PackedBatch:
    """Pack a batch of packets, each given as its layout (channels, sample counts) and one
    little-endian uint16 blob of all its channels' samples end to end.

    Vectorised over the whole batch: the per-frame n/min/max/sum come from
    :func:`aggregates_of` over all channels at once, channels are grouped by length for
    their deltas and widths, and every encoded channel is scattered into one buffer, so a
    packet's blob is one slice of it. Raises ValueError when a blob's size does not
    match its layout."""
    chained = itertools.chain.from_iterable
    counts = np.fromiter(map(len, [lay[0] for lay in layouts]), np.int64, len(layouts))
    ks = np.fromiter(chained([lay[0] for lay in layouts]), np.int64)
    ns = np.fromiter(chained([lay[1] for lay in layouts]), np.int64)
    joined = b"".join(samples)
    if len(joined) != 2 * int(ns.sum()):
        raise ValueError("samples do not match their layout")
    values = np.frombuffer(joined, dtype="<u2")
    count = len(ns)
    agg = aggregates_of(values, ns)
    stat = np.empty(count, dtype=STAT_DTYPE)
    stat["k"] = ks
    stat["n"] = ns
    stat["min"] = agg.min
    stat["max"] = agg.max
    stat["sum"] = agg.sum
    sample_at = np.cumsum(ns) - ns  # each channel's first sample in values
    lengths = np.zeros(count, dtype=np.int64)
    # (indexes, values, (zigzagged deltas, widths) or None when n == 1)
    groups: list[tuple[npt.NDArray[np.int64], npt.NDArray[Any], Any]] = []
    lens = np.unique(ns).tolist() if count else []
    for n in lens:
        if n == 0:
            continue
        if len(lens) == 1:
            where = np.arange(count, dtype=np.int64)
            block = values.reshape(count, n)
        else:
            where = np.flatnonzero(ns == n)
            block = values[sample_at[where][:, None] + np.arange(n)]
        if n == 1:
            lengths[where] = 2
            groups.append((where, block, None))
            continue
        d = np.subtract(block[:, 1:], block[:, :-1], dtype=np.int32)
        zz = ((d << 1) ^ (d >> 31)).astype(np.uint32)
        widths = np.frexp(zz.max(axis=1))[1].astype(np.int64)  # bit lengths
        lengths[where] = 3 + ((n - 1) * widths + 7) // 8
        groups.append((where, block, (zz, widths)))
    ends = np.cumsum(lengths)
    starts = ends - lengths
    buf = np.zeros(int(ends[-1]) if count else 0, dtype=np.uint8)
    for where, block, packing in groups:
        at = starts[where]
        first = block[:, 0]
        buf[at] = first & 0xFF
        buf[at + 1] = first >> 8
        if packing is None:
            continue
        zz, widths = packing
        buf[at + 2] = widths
        for w in np.unique(widths).tolist():
            rows = np.flatnonzero(widths == w)
            packed = _pack(zz[rows], w)
            if packed.shape[1]:
                buf[at[rows][:, None] + 3 + np.arange(packed.shape[1])] = packed
    raw_stats = stat.tobytes()
    data = buf.tobytes()
    first_channel = np.zeros(len(layouts) + 1, dtype=np.int64)
    np.cumsum(counts, out=first_channel[1:])
    byte_bounds = np.zeros(count + 1, dtype=np.int64)
    byte_bounds[1:] = ends
    byte_at = byte_bounds[first_channel].tolist()
    size = STAT_DTYPE.itemsize
    stat_at = (first_channel * size).tolist()
    pairs = itertools.pairwise
    return PackedBatch(
        [raw_stats[a:b] for a, b in pairs(stat_at)],
        [data[a:b] for a, b in pairs(byte_at)],
        stat,
        first_channel,
    )


def encode_packet(channels: Sequence[tuple[int, bytes]]) -> tuple[bytes, bytes]:
    """The (stats, samples) blobs of one packet's channels."""
    stats, samples, _ = encode_batch([channels])
    return stats[0], samples[0]


def stats_of(stats: bytes) -> list[ChannelStat]:
    """The per-channel stats of a packet's ``stats`` blob."""
    return [STAT.unpack_from(stats, i) for i in range(0, len(stats), STAT.size)]


def decode_packet(stats: bytes, samples: bytes) -> list[tuple[int, Samples]]:
    """``(channel, uint16 samples)`` of every channel of a packet, in stored order."""
    out: list[tuple[int, Samples]] = []
    pos = 0
    for k, n, _, _, _ in stats_of(stats):
        if n == 0:
            out.append((k, np.zeros(0, dtype=np.uint16)))
            continue
        (first,) = _FIRST.unpack_from(samples, pos)
        pos += 2
        if n == 1:
            out.append((k, np.array([first], dtype=np.uint16)))
            continue
        w = samples[pos]
        size = ((n - 1) * w + 7) // 8
        raw = np.frombuffer(samples, dtype=np.uint8, count=size, offset=pos + 1)
        pos += 1 + size
        if w:
            bits = np.unpackbits(raw)[: (n - 1) * w].reshape(n - 1, w).astype(np.int64)
            zz = bits @ (1 << np.arange(w - 1, -1, -1, dtype=np.int64))
            deltas = (zz >> 1) ^ -(zz & 1)
        else:
            deltas = np.zeros(n - 1, dtype=np.int64)
        values = np.empty(n, dtype=np.int64)
        values[0] = first
        np.cumsum(deltas, out=values[1:])
        values[1:] += first
        out.append((k, values.astype(np.uint16)))
    return out


def decode_batch(
    stats: Sequence[bytes], samples: Sequence[bytes]
) -> list[list[tuple[int, Samples]]]:
    """:func:`decode_packet` of many packets at once (vectorised like :func:`encode_batch`:
    channels of equal length and width are unpacked together)."""
    counts = np.array([len(s) // STAT_DTYPE.itemsize for s in stats], dtype=np.int64)
    table = np.frombuffer(b"".join(stats), dtype=STAT_DTYPE)
    ks, ns = table["k"].astype(np.int64), table["n"].astype(np.int64)
    buf = np.frombuffer(b"".join(samples) + b"\0\0\0", dtype=np.uint8)
    sample_len = np.array([len(s) for s in samples], dtype=np.int64)
    base = np.cumsum(sample_len) - sample_len  # each packet's first byte in buf
    first_channel = np.cumsum(counts) - counts
    starts = np.zeros(len(table), dtype=np.int64)
    widths = np.zeros(len(table), dtype=np.int64)
    offset = base.copy()
    for j in range(int(counts.max()) if len(counts) else 0):  # channel j of every packet
        has = counts > j
        ch = first_channel[has] + j
        at = offset[has]
        starts[ch] = at
        n = ns[ch]
        w = np.where(n >= 2, buf[at + 2], 0).astype(np.int64)
        widths[ch] = w
        offset[has] = at + np.where(n == 0, 0, np.where(n == 1, 2, 3 + ((n - 1) * w + 7) // 8))
    values: list[Samples | None] = [None] * len(table)
    firsts = buf[starts].astype(np.int64) | (buf[starts + 1].astype(np.int64) << 8)
    keys = ns * 32 + widths
    for key in np.unique(keys).tolist():
        idx = np.flatnonzero(keys == key)
        n, w = key // 32, key % 32
        if n == 0:
            block = np.zeros((len(idx), 0), dtype=np.int64)
        elif n == 1 or w == 0:
            block = np.repeat(firsts[idx][:, None], n, axis=1)
        else:
            size = ((n - 1) * w + 7) // 8
            raw = buf[starts[idx][:, None] + 3 + np.arange(size)]
            bits = np.unpackbits(raw, axis=1)[:, : (n - 1) * w].reshape(len(idx), n - 1, w)
            zz = bits.astype(np.int64) @ (1 << np.arange(w - 1, -1, -1, dtype=np.int64))
            deltas = (zz >> 1) ^ -(zz & 1)
            block = np.empty((len(idx), n), dtype=np.int64)
            block[:, 0] = firsts[idx]
            np.cumsum(deltas, axis=1, out=block[:, 1:])
            block[:, 1:] += firsts[idx][:, None]
        decoded = block.astype(np.uint16)
        for row, i in enumerate(idx.tolist()):
            values[i] = decoded[row]
    out: list[list[tuple[int, Samples]]] = []
    ks_list = ks.tolist()
    for p, c in enumerate(counts.tolist()):
        f = int(first_channel[p])
        out.append([(ks_list[i], values[i]) for i in range(f, f + c)])  # type: ignore[misc]
    return out
