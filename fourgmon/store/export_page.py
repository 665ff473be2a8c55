"""Columnar export: a page of stored packets decoded into arrays, and its CSV text built
with a few numpy operations per page instead of Python work per row or per sample.

Issue 11 §3 asks the export to run at >= 0.5x the rate of ``sqlite3 -csv`` on the same
rows; Python per channel frame (a FrameRow, an f-string, a csv call) cost ~15 us and held
it at 0.06x (benchmarks/README.md, "history"). Here every sample cell is looked up in a
table of the 65536 possible texts, every row is laid out at fixed offsets in one byte
matrix (a bytearray, written in place) filled with :data:`PAD`, and the padding is dropped
in one pass. The per-packet cells (times, packnum, temperatures) are in
:mod:`fourgmon.store.export_cells`.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from fourgmon.domain.calibration import Calibration
from fourgmon.store.cells import CellWriter
from fourgmon.store.export_cells import (
    PAD,
    fixed,
    integer_cells,
    stamps,
    tenths_cells,
    time_cells,
    utc_millis,
)
from fourgmon.store.samples import STAT

__all__ = ["PAD", "Layout", "Page", "csv_page", "decode_page", "stamps", "utc_millis"]
_PAD_BYTES = bytes([PAD])
_WIDTHS = 18  # a packed delta takes 0-17 bits (samples.py)
EMPTY = 65536  # the index of an empty cell in a cell table (a frame shorter than the header)
_STAT = np.dtype([("k", "u1"), ("n", "<u2"), ("min", "<u2"), ("max", "<u2"), ("sum", "<u4")])
assert _STAT.itemsize == STAT.size  # the layout of samples.STAT, read as an array
_Ints = npt.NDArray[np.int64]
_Bytes = npt.NDArray[np.uint8]


@dataclass(frozen=True, slots=True)
class Page:
    """Some packets of one module, one entry per channel frame, by packet then channel."""

    rows: Sequence[Any]  # the packets (reads.PACKET_COLUMNS)
    columns: Sequence[Sequence[Any]]  # the same, column by column
    packet: _Ints  # each frame's packet: an index into rows
    channel: _Ints
    n: _Ints  # samples in each frame
    values: npt.NDArray[np.uint16]  # (frames, most samples in the page), zero-padded

    def only(self, channels: frozenset[int] | None) -> Page:
        """The frames of ``channels`` (None: all)."""
        if channels is None:
            return self
        keep = np.isin(self.channel, list(channels))
        return Page(
            self.rows,
            self.columns,
            self.packet[keep],
            self.channel[keep],
            self.n[keep],
            self.values[keep],
        )


def decode_page(rows: Sequence[Any]) -> Page:
    """Every channel frame of ``rows`` (packed samples unpacked, as ``samples.decode_batch``
    does, but into one 2-D array with no Python work per frame)."""
    columns = tuple(zip(*rows, strict=False))  # rows of one query: all of one length
    stats, samples = (columns[6], columns[7]) if rows else ((), ())
    counts = np.fromiter(map(len, stats), np.int64, len(stats)) // _STAT.itemsize
    table = np.frombuffer(b"".join(stats), dtype=_STAT)
    ks, ns = table["k"].astype(np.int64), table["n"].astype(np.int64)
    buf = b"".join(samples) + b"\0\0\0\0"
    # The big-endian 32-bit word at every byte of buf, converted in one pass.
    words = np.ndarray((len(buf) - 3,), dtype=">u4", buffer=buf, strides=(1,)).astype(np.uint32)
    raw = np.frombuffer(buf, dtype=np.uint8)
    sample_len = np.fromiter(map(len, samples), np.int64, len(samples))
    offset = np.cumsum(sample_len) - sample_len  # each packet's first byte in buf
    first_channel = np.cumsum(counts) - counts
    starts = np.zeros(len(table), dtype=np.int64)
    widths = np.zeros(len(table), dtype=np.int64)
    for j in range(int(counts.max()) if len(counts) else 0):  # channel j of every packet
        has = counts > j
        ch = first_channel[has] + j
        at = offset[has]
        starts[ch] = at
        n = ns[ch]
        w = np.where(n >= 2, raw[at + 2], 0).astype(np.int64)
        widths[ch] = w
        offset[has] = at + np.where(n == 0, 0, np.where(n == 1, 2, 3 + ((n - 1) * w + 7) // 8))
    firsts = raw[starts] | (raw[starts + 1].astype(np.uint16) << 8)
    if len(ns) and ns.min() == ns.max() >= 2:  # the usual page: every frame of one length
        values = _unpack(words, starts, widths, firsts, int(ns[0]))
    else:
        lengths = np.unique(ns).tolist()
        values = np.zeros((len(table), max(lengths, default=0)), dtype=np.uint16)
        for n in lengths:  # frames of one length together, whatever their width
            idx = np.flatnonzero(ns == n)
            if n == 1:
                values[idx, 0] = firsts[idx]
            elif n >= 2:
                values[idx, :n] = _unpack(words, starts[idx], widths[idx], firsts[idx], n)
    packet = np.repeat(np.arange(len(rows), dtype=np.int64), counts)
    key = packet * 256 + ks  # a packet's frames by channel, as frames()
    if len(key) > 1 and not bool(np.all(key[1:] >= key[:-1])):
        order = np.argsort(key, kind="stable")
        packet, ks, ns, values = packet[order], ks[order], ns[order], values[order]
    return Page(rows, columns, packet, ks, ns, values)


@functools.lru_cache(maxsize=16)  # frame lengths seen: 50, and a few odd ones at most
def _unpack_tables(n: int) -> tuple[_Ints, npt.NDArray[np.uint32], npt.NDArray[np.uint32]]:
    """For n samples (n - 1 deltas), per width w (0-17 bits): the byte at which delta i's
    32-bit word starts, the right shift bringing the delta to the low bits, the mask."""
    w = np.arange(_WIDTHS, dtype=np.int64)[:, None]
    bit = w * np.arange(n - 1, dtype=np.int64)[None, :]
    shift = (32 - w - (bit & 7)).astype(np.uint32)  # w = 0: 32, masked to 0 below anyway
    return bit >> 3, shift, ((1 << w) - 1).astype(np.uint32)


def _unpack(
    words: npt.NDArray[np.uint32], starts: _Ints, widths: _Ints, firsts: Any, n: int
) -> npt.NDArray[np.uint16]:
    """Frames of n >= 2 samples: first sample, then the zigzagged deltas of ``widths[i]``
    bits each, packed big-endian from byte ``starts[i] + 3``. Delta i lies in the 4 bytes
    from bit i*w // 8 on (w <= 17: at most 7 + 17 bits), read as one word."""
    byte, shift, mask = _unpack_tables(n)
    at = byte[widths]
    at += (starts + 3)[:, None]
    zz = np.take(words, at)
    zz >>= shift[widths]
    zz &= mask[widths]
    sign = zz & 1
    zz >>= 1
    zz ^= np.negative(sign)  # zigzag back: -1 is all ones, kept modulo 2**16 below
    block = np.empty((len(starts), n), dtype=np.uint16)
    block[:, 0] = firsts
    block[:, 1:] = zz  # the deltas modulo 2**16: the running sum wraps to the samples
    np.cumsum(block, axis=1, dtype=np.uint16, out=block)
    return block


def most_samples(stats: Sequence[bytes]) -> int:
    """The largest sample count in some packets' ``stats`` blobs (0 when none)."""
    table = np.frombuffer(b"".join(stats), dtype=_STAT)
    return int(table["n"].max()) if len(table) else 0


# ----------------------------------------------------------------- cell tables


def _table(texts: Sequence[bytes], width: int) -> npt.NDArray[np.uint64]:
    """``texts`` left-aligned in ``width`` bytes (a multiple of 8), PAD-filled, one row each."""
    cells = np.array(texts, dtype=f"S{width}").view(np.uint8).reshape(len(texts), width)
    cells[cells == 0] = PAD
    return cells.view(np.uint64)


@functools.cache
def raw_cells() -> npt.NDArray[np.uint64]:
    """``,<decimal>`` of every uint16 value (and ``,`` at :data:`EMPTY`), 8 bytes each."""
    return _table([b",%d" % v for v in range(65536)] + [b","], 8)


CAL_FORMAT = "%.6g"  # AD counts have 5 significant digits: 6 keep every step apart


def cal_text(value: float) -> str:
    """An engineering value as the export writes it."""
    return CAL_FORMAT % value


@functools.lru_cache(maxsize=64)
def cal_cells(cal: Calibration) -> npt.NDArray[np.uint64]:
    """``,<value>`` of every raw count through ``cal``, 16 bytes each (``%.6g`` <= 13)."""
    values = cal.apply_array(np.arange(65536)).tolist()
    return _table([b"," + (CAL_FORMAT % v).encode() for v in values] + [b","], 16)


@dataclass(frozen=True, slots=True)
class Layout:
    """What a frame row holds after the fixed columns: raw and/or engineering samples."""

    width: int  # sample columns (s1..s<width>, v1..v<width>)
    raw: bool = True
    calibrations: tuple[Calibration, ...] | None = None  # per channel 0-8, None: no units


def csv_page(page: Page, imei_cell: str, layout: Layout) -> bytearray:
    """The CSV lines of ``page`` in UTF-8 (``export.write_csv``'s columns and quoting).

    Each frame is one row of a byte matrix: its packet's cells (the channel digit set
    per frame), then from a multiple of 8 bytes on (so that the sample cells are written
    as 8-byte words) the sample cells and ``\\n``."""
    if not len(page.packet):
        return bytearray()
    cols, frames, line = page.columns, len(page.packet), CellWriter()
    packets = len(page.rows)
    comma = np.full((packets, 1), ord(","), dtype=np.uint8)
    imei = np.frombuffer(imei_cell.encode() + b",", np.uint8)[None, :].repeat(packets, 0)
    device_time, received = time_cells(cols[3], cols[0], line)
    parts = [imei, integer_cells(cols[1]), comma, device_time, comma, received, comma]
    channel = sum(p.shape[1] for p in parts)
    tenths = tenths_cells([*cols[4], *cols[5]])  # temperatures, then humidities: one call
    parts += [comma, comma, tenths[:packets], comma, tenths[packets:]]
    lead = sum(p.shape[1] for p in parts)
    start = -(-lead // 8) * 8
    parts.append(np.full((packets, start - lead), PAD, dtype=np.uint8))
    units: npt.NDArray[np.uint8] | None = None
    if layout.calibrations is not None:
        units = fixed([line.cells(["", c.unit]).encode() for c in layout.calibrations])
    sizes = [8 * layout.width if layout.raw else 0, 0 if units is None else units.shape[1]]
    sizes.append(0 if units is None else 16 * layout.width)
    end = start + sum(sizes)  # the "\n"
    width = -(-(end + 1) // 8) * 8
    buf = bytearray(frames * width)
    row = np.frombuffer(buf, dtype=np.uint8).reshape(frames, width)
    # mode="wrap": no bounds check, and out= is then written in place (no buffer)
    np.take(np.concatenate(parts, axis=1), page.packet, axis=0, out=row[:, :start], mode="wrap")
    row[:, channel] = 48 + page.channel
    row[:, end] = ord("\n")
    row[:, end + 1 :] = PAD
    index = _cell_index(page, layout.width)
    at = start
    if layout.raw:
        cells = row[:, at : at + sizes[0]].view(np.uint64)
        cells[...] = np.take(raw_cells(), index)  # into a fresh array: 3x faster than out=
        at += sizes[0]
    if layout.calibrations is not None and units is not None:
        row[:, at : at + sizes[1]] = units[page.channel]
        at += sizes[1]
        cal = row[:, at : at + sizes[2]].view(np.uint64).reshape(frames, layout.width, 2)
        for k in np.unique(page.channel).tolist():
            rows_k = np.flatnonzero(page.channel == k)
            cal[rows_k] = cal_cells(layout.calibrations[k])[index[rows_k]]
    return buf.translate(None, _PAD_BYTES)


def _cell_index(page: Page, width: int) -> npt.NDArray[Any]:
    """Each frame's samples as indexes into a cell table, :data:`EMPTY` past its end."""
    frames, have = page.values.shape
    if have == width and bool(np.all(page.n == width)):
        return page.values  # every frame full: the samples themselves
    index = np.full((frames, width), EMPTY, dtype=np.int32)
    index[:, :have] = page.values
    index[np.arange(width)[None, :] >= page.n[:, None]] = EMPTY
    return index
