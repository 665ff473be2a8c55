"""Columnar export: a page of stored packets decoded into arrays, and its CSV text built
with a few numpy operations per page instead of Python work per row or per sample.

Issue 11 §3 asks the export to run at >= 0.5x the rate of ``sqlite3 -csv`` on the same
rows; Python per channel frame (a FrameRow, an f-string, a csv call) cost ~15 us and held
it at 0.06x (benchmarks/README.md, "history"). Here every sample cell is looked up in a
table of the 65536 possible texts, every row is laid out at fixed offsets in one byte
matrix filled with :data:`PAD`, and the padding is dropped in one pass.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from fourgmon.domain.calibration import Calibration
from fourgmon.store.cells import FORMULA_TRIGGERS, CellWriter, iso_utc
from fourgmon.store.samples import STAT
from fourgmon.store.values import decode_device_time, decode_tenths

PAD = 0xFF  # never a byte of UTF-8 text: the filler dropped when a page is written out
EMPTY = 65536  # the index of an empty cell in a cell table (a frame shorter than the header)
_STAT = np.dtype([("k", "u1"), ("n", "<u2"), ("min", "<u2"), ("max", "<u2"), ("sum", "<u4")])
assert _STAT.itemsize == STAT.size  # the layout of samples.STAT, read as an array
_plain = re.compile(r'[^,"\n\r]*').fullmatch  # needs no csv quoting
_Ints = npt.NDArray[np.int64]
_Bytes = npt.NDArray[np.uint8]


@dataclass(frozen=True, slots=True)
class Page:
    """Some packets of one module, one entry per channel frame, by packet then channel."""

    rows: Sequence[Any]  # the packets (reads.PACKET_COLUMNS)
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
            self.rows, self.packet[keep], self.channel[keep], self.n[keep], self.values[keep]
        )


def decode_page(rows: Sequence[Any]) -> Page:
    """Every channel frame of ``rows`` (packed samples unpacked, as ``samples.decode_batch``
    does, but into one 2-D array with no Python work per frame)."""
    stats = [r[6] for r in rows]
    samples = [r[7] for r in rows]
    counts = np.fromiter(map(len, stats), np.int64, len(stats)) // _STAT.itemsize
    table = np.frombuffer(b"".join(stats), dtype=_STAT)
    ks, ns = table["k"].astype(np.int64), table["n"].astype(np.int64)
    buf = np.frombuffer(b"".join(samples) + b"\0\0\0\0", dtype=np.uint8)
    b32 = buf.astype(np.uint32)
    words = (b32[:-3] << 24) | (b32[1:-2] << 16) | (b32[2:-1] << 8) | b32[3:]  # at every byte
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
        w = np.where(n >= 2, buf[at + 2], 0).astype(np.int64)
        widths[ch] = w
        offset[has] = at + np.where(n == 0, 0, np.where(n == 1, 2, 3 + ((n - 1) * w + 7) // 8))
    values = np.zeros((len(table), int(ns.max()) if len(ns) else 0), dtype=np.uint16)
    firsts = buf[starts].astype(np.int32) | (buf[starts + 1].astype(np.int32) << 8)
    for n in np.unique(ns).tolist():  # frames of one length together, whatever their width
        idx = np.flatnonzero(ns == n)
        if n == 0:
            continue
        if n == 1:
            values[idx, 0] = firsts[idx]
            continue
        # Delta i is the w bits at bit i*w (big-endian) of the packed bytes: it lies in the
        # 4 bytes from bit i*w // 8 on (w <= 17: at most 7 + 17 bits), read as one word.
        bits = widths[idx].astype(np.uint32)[:, None]
        bit = np.arange(n - 1, dtype=np.uint32)[None, :] * bits
        word = np.take(words, (starts[idx] + 3)[:, None] + (bit >> 3))
        zz = np.where(bits > 0, (word << (bit & 7)) >> (32 - bits), 0).astype(np.int32)
        block = np.empty((len(idx), n), dtype=np.int32)
        block[:, 0] = firsts[idx]
        np.cumsum((zz >> 1) ^ -(zz & 1), axis=1, out=block[:, 1:])
        block[:, 1:] += firsts[idx][:, None]
        values[idx, :n] = block.astype(np.uint16)
    packet = np.repeat(np.arange(len(rows), dtype=np.int64), counts)
    order = np.lexsort((ks, packet))  # stable: a packet's frames by channel, as frames()
    return Page(rows, packet[order], ks[order], ns[order], values[order])


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


# ----------------------------------------------------------------- fixed cells


def _digits(values: _Ints, places: int) -> _Bytes:
    """Non-negative integers as ``places`` ASCII digits each (zero-padded), one row each."""
    out = np.empty((len(values), places), dtype=np.uint8)
    rest = values.copy()
    for i in range(places - 1, -1, -1):
        out[:, i] = 48 + rest % 10
        rest //= 10
    return out


def stamps(seconds: _Ints, millis: _Ints | None) -> _Bytes:
    """``YYYY-MM-DD HH:MM:SS`` (or ``YYYY-MM-DDTHH:MM:SS.mmmZ`` with ``millis``) of Unix
    seconds of years 1-9999, one row each: the civil date by arithmetic (H. Hinnant's
    ``civil_from_days``), as numpy's own datetime_as_string costs ~1 us a value."""
    days, secs = np.divmod(seconds, 86_400)
    z = days + 719_468
    era = z // 146_097
    doe = z - era * 146_097
    yoe = (doe - doe // 1460 + doe // 36_524 - doe // 146_096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + np.where(mp < 10, 3, -9)
    year = yoe + era * 400 + (month <= 2)
    parts = [
        _digits(year, 4), _digits(month, 2), _digits(day, 2),
        _digits(secs // 3600, 2), _digits(secs // 60 % 60, 2), _digits(secs % 60, 2),
    ]  # fmt: skip
    seps = "-- ::" if millis is None else "--T::"
    cols = []
    for part, sep in zip(parts, [*seps, ""], strict=True):
        cols.append(part)
        if sep:
            cols.append(np.full((len(seconds), 1), ord(sep), dtype=np.uint8))
    if millis is not None:
        dot = np.full((len(seconds), 1), ord("."), dtype=np.uint8)
        zulu = np.full((len(seconds), 1), ord("Z"), dtype=np.uint8)
        cols += [dot, _digits(millis, 3), zulu]
    return np.concatenate(cols, axis=1)


def utc_millis(at: npt.NDArray[np.float64]) -> tuple[_Ints, _Ints]:
    """Unix seconds and milliseconds of many times, rounded as ``export.iso_utc`` does (to
    the microsecond, half to even, as ``datetime.fromtimestamp``, then cut to ms)."""
    seconds = np.floor(at)
    micros = np.round((at - seconds) * 1e6)  # numpy rounds half to even, like datetime
    carry = micros >= 1_000_000
    seconds[carry] += 1
    micros[carry] -= 1_000_000
    return seconds.astype(np.int64), micros.astype(np.int64) // 1000


_FIRST_SECOND, _END_SECOND = -62_135_596_800, 253_402_300_800  # years 1 to 9999


def device_time_cells(values: Sequence[object], line: CellWriter) -> _Bytes:
    """The device_time cells of many packets (PAD-filled rows): integer seconds (the
    common case) formatted at once, any other text through csv quoting."""
    if all(type(v) is int for v in values):
        secs = np.array(values, dtype=np.int64)
        if not len(secs) or (secs.min() >= _FIRST_SECOND and secs.max() < _END_SECOND):
            return stamps(secs, None)
    texts = []
    for v in values:
        t = decode_device_time(v)
        if t.startswith(FORMULA_TRIGGERS) or not _plain(t):
            t = line.cells([t])
        texts.append(t.encode())
    return _fixed(texts)


_TENTHS: dict[object, str] = {}


def number_cell(value: object) -> str:
    """A stored temperature/humidity as csv writes the float (empty when absent)."""
    text = _TENTHS.get(value)
    if text is None:
        x = decode_tenths(value)
        text = "" if x is None else repr(x)
        if len(_TENTHS) < 100_000:
            _TENTHS[value] = text
    return text


def _fixed(texts: list[bytes]) -> _Bytes:
    """Byte strings as a PAD-filled matrix, one row each."""
    return _fixed_array(np.array(texts, dtype="S"))


def _fixed_array(cells: npt.NDArray[np.bytes_]) -> _Bytes:
    """An array of byte strings as a PAD-filled matrix, one row each."""
    out = cells.view(np.uint8).reshape(len(cells), cells.dtype.itemsize).copy()
    out[out == 0] = PAD
    return out


@dataclass(frozen=True, slots=True)
class Layout:
    """What a frame row holds after the fixed columns: raw and/or engineering samples."""

    width: int  # sample columns (s1..s<width>, v1..v<width>)
    raw: bool = True
    calibrations: tuple[Calibration, ...] | None = None  # per channel 0-8, None: no units


def csv_page(page: Page, imei_cell: str, layout: Layout) -> bytes:
    """The CSV lines of ``page`` in UTF-8 (``export.write_csv``'s columns and quoting)."""
    if not len(page.packet):
        return b""
    rows = page.rows
    line = CellWriter()
    seconds, millis = utc_millis(np.array([r[0] for r in rows], dtype=np.float64))
    if seconds.min() < _FIRST_SECOND or seconds.max() >= _END_SECOND:
        received = _fixed([iso_utc(r[0]).encode() for r in rows])
    else:
        received = stamps(seconds, millis)
    packnums = np.array([r[1] for r in rows], dtype=np.int64).astype("S")
    comma = np.full((len(rows), 1), ord(","), dtype=np.uint8)
    heads = np.concatenate(
        [
            np.frombuffer(imei_cell.encode() + b",", np.uint8)[None, :].repeat(len(rows), 0),
            _fixed_array(packnums),
            comma,
            device_time_cells([r[3] for r in rows], line),
            comma,
            received,
            comma,
        ],
        axis=1,
    )
    tails = [f",{number_cell(r[4])},{number_cell(r[5])}".encode() for r in rows]
    blocks: list[_Bytes] = [
        heads[page.packet],
        (48 + page.channel).astype(np.uint8)[:, None],
        _fixed(tails)[page.packet],
    ]
    frames, width = page.values.shape
    cols = np.full((frames, layout.width), EMPTY, dtype=np.int64)
    cols[:, :width] = page.values
    cols[np.arange(layout.width)[None, :] >= page.n[:, None]] = EMPTY
    if layout.raw:
        blocks.append(raw_cells()[cols].view(np.uint8).reshape(frames, -1))
    if layout.calibrations is not None:
        units = [line.cells(["", c.unit]) for c in layout.calibrations]
        unit_cells = _fixed([u.encode() for u in units])
        blocks.append(unit_cells[page.channel])
        cal = np.empty((frames, layout.width * 16), dtype=np.uint8)
        for k in np.unique(page.channel).tolist():
            rows_k = np.flatnonzero(page.channel == k)
            table = cal_cells(layout.calibrations[k])
            cal[rows_k] = table[cols[rows_k]].view(np.uint8).reshape(len(rows_k), -1)
        blocks.append(cal)
    blocks.append(np.full((frames, 1), ord("\n"), dtype=np.uint8))
    return np.concatenate(blocks, axis=1).tobytes().translate(None, bytes([PAD]))
