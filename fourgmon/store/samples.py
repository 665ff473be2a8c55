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

import struct
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from fourgmon.domain.frames import frame_aggregates

Samples = npt.NDArray[np.uint16]
STAT = struct.Struct("<BHHHI")
_FIRST = struct.Struct("<H")
ChannelStat = tuple[int, int, int, int, int]  # channel, n, min, max, sum


def _widths(zz: npt.NDArray[np.uint32]) -> npt.NDArray[np.int64]:
    """Bits needed for the largest value of each row."""
    top = zz.max(axis=1) if zz.shape[1] else np.zeros(zz.shape[0], dtype=np.uint32)
    out = np.zeros(top.shape, dtype=np.int64)
    nz = top > 0
    out[nz] = np.floor(np.log2(top[nz].astype(np.float64))).astype(np.int64) + 1
    return out


def _pack(zz: npt.NDArray[np.uint32], w: int) -> npt.NDArray[np.uint8]:
    """Rows of zz, each value in w bits, packed: one row of bytes per input row.

    The values' big-endian bytes are unpacked to bits (a table lookup in C) and their
    low w bits packed again: ~3x faster than shifting each bit out."""
    if w == 0:
        return np.zeros((zz.shape[0], 0), dtype=np.uint8)
    rows, count = zz.shape
    as_bytes = zz.astype(">u4").view(np.uint8).reshape(rows, count, 4)
    bits = np.unpackbits(as_bytes, axis=2)[:, :, 32 - w :]
    return np.packbits(bits.reshape(rows, count * w), axis=1)


_STAT_DTYPE = np.dtype([("k", "u1"), ("n", "<u2"), ("min", "<u2"), ("max", "<u2"), ("sum", "<u4")])


def encode_batch(
    packets: Sequence[Sequence[tuple[int, bytes]]],
) -> tuple[list[bytes], list[bytes], list[list[ChannelStat]]]:
    """Every packet's (stats blob, samples blob, per-channel stats) for a whole batch.

    Vectorised: the per-frame n/min/max/sum come from :func:`frame_aggregates` over
    all channels at once, channels are grouped by length for their deltas and widths,
    and every encoded channel is scattered into one buffer, so a packet's blob is one
    slice of it (per-channel Python work cost ~20 us a packet)."""
    channels = [c for p in packets for c in p]
    count = len(channels)
    blobs = [blob for _, blob in channels]
    agg = frame_aggregates(blobs)
    stat = np.empty(count, dtype=_STAT_DTYPE)
    stat["k"] = [k for k, _ in channels]
    stat["n"] = agg.n
    stat["min"] = agg.min
    stat["max"] = agg.max
    stat["sum"] = agg.sum
    lengths = np.zeros(count, dtype=np.int64)
    # (indexes, values, (zigzagged deltas, widths) or None when n == 1)
    groups: list[tuple[npt.NDArray[np.int64], npt.NDArray[Any], Any]] = []
    by_len: dict[int, list[int]] = {}
    for i, n in enumerate(agg.n.tolist()):
        by_len.setdefault(n, []).append(i)
    for n, idx in by_len.items():
        if n == 0:
            continue
        where = np.array(idx, dtype=np.int64)
        joined = blobs[idx[0]] if len(idx) == 1 else b"".join([blobs[i] for i in idx])
        values = np.frombuffer(joined, dtype="<u2").reshape(len(idx), n)
        if n == 1:
            lengths[where] = 2
            groups.append((where, values, None))
            continue
        d = np.subtract(values[:, 1:], values[:, :-1], dtype=np.int32)
        zz = ((d << 1) ^ (d >> 31)).astype(np.uint32)
        widths = _widths(zz)
        lengths[where] = 3 + ((n - 1) * widths + 7) // 8
        groups.append((where, values, (zz, widths)))
    ends = np.cumsum(lengths)
    starts = ends - lengths
    buf = np.zeros(int(ends[-1]) if count else 0, dtype=np.uint8)
    for where, values, packing in groups:
        at = starts[where]
        first = values[:, 0].astype("<u2")
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
    stats_list: list[ChannelStat] = stat.tolist()  # type: ignore[assignment]
    starts_list, ends_list = starts.tolist(), ends.tolist()
    out_stats, out_samples, out_parts = [], [], []
    pos = 0
    size = _STAT_DTYPE.itemsize
    for p in packets:
        m = len(p)
        end = pos + m
        out_samples.append(data[starts_list[pos] : ends_list[end - 1]] if m else b"")
        out_stats.append(raw_stats[pos * size : end * size])
        out_parts.append(stats_list[pos:end])
        pos = end
    return out_stats, out_samples, out_parts


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
    counts = np.array([len(s) // _STAT_DTYPE.itemsize for s in stats], dtype=np.int64)
    table = np.frombuffer(b"".join(stats), dtype=_STAT_DTYPE)
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
