"""The per-packet cells of the columnar CSV export (times, packnums, temperatures) as
PAD-filled byte matrices, one row per packet, built with a few numpy operations per page.

Each function gives the same text as the per-value Python it replaces (``iso_utc``,
``decode_device_time``, ``repr`` of the decoded float) and falls back to that Python for
any value outside its fast case, so odd stored values cost time, never correctness.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from fourgmon.store.cells import FORMULA_TRIGGERS, CellWriter, iso_utc
from fourgmon.store.values import decode_device_time, decode_tenths

PAD = 0xFF  # never a byte of UTF-8 text: the filler dropped when a page is written out
_plain = re.compile(r'[^,"\n\r]*').fullmatch  # needs no csv quoting
_Ints = npt.NDArray[np.int64]
_Bytes = npt.NDArray[np.uint8]
_FIRST_SECOND, _END_SECOND = -62_135_596_800, 253_402_300_800  # years 1 to 9999
_TENTHS_LIMIT = 10**15  # |tenths| below this: repr(t / 10) is t's digits with a point


def _all_int(values: Sequence[object]) -> bool:
    """Whether every value is an ``int`` (not a bool), checked in C (map, set)."""
    return set(map(type, values)) == {int}


def digits(values: _Ints, places: int) -> _Bytes:
    """Non-negative integers as ``places`` ASCII digits each (zero-padded), one row each."""
    out = np.empty((len(values), places), dtype=np.uint8)
    rest = values.copy()
    for i in range(places - 1, -1, -1):
        rest, digit = np.divmod(rest, 10)
        out[:, i] = digit
    out += 48
    return out


def decimal(values: _Ints) -> _Bytes:
    """Non-negative integers as decimal text (no leading zeros), PAD-filled rows."""
    places = len(str(int(values.max()))) if len(values) else 1
    out = digits(values, places)
    if places > 1:
        lead = np.cumsum(out[:, :-1] != 48, axis=1) == 0  # zeros before the first digit
        out[:, :-1][lead] = PAD
    return out


def _column(byte: int, rows: int) -> _Bytes:
    return np.full((rows, 1), byte, dtype=np.uint8)


@functools.cache
def _clock() -> _Bytes:
    """``HH:MM:SS`` of every second of a day, one row each."""
    secs = np.arange(86_400, dtype=np.int64)
    colon = _column(ord(":"), len(secs))
    parts = [digits(secs // 3600, 2), colon, digits(secs // 60 % 60, 2), colon]
    return np.concatenate([*parts, digits(secs % 60, 2)], axis=1)


def _dates(days: _Ints) -> _Bytes:
    """``YYYY-MM-DD`` of days since 1970-01-01 (years 1-9999): the civil date by
    arithmetic (H. Hinnant's ``civil_from_days``)."""
    z = days + 719_468
    era = z // 146_097
    doe = z - era * 146_097
    yoe = (doe - doe // 1460 + doe // 36_524 - doe // 146_096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + np.where(mp < 10, 3, -9)
    year = yoe + era * 400 + (month <= 2)
    dash = _column(ord("-"), len(days))
    return np.concatenate([digits(year, 4), dash, digits(month, 2), dash, digits(day, 2)], axis=1)


def stamps(seconds: _Ints, millis: _Ints | None) -> _Bytes:
    """``YYYY-MM-DD HH:MM:SS`` (or ``YYYY-MM-DDTHH:MM:SS.mmmZ`` with ``millis``) of Unix
    seconds of years 1-9999, one row each. The date is worked out once per distinct day
    (a page spans a few) and the clock looked up, as numpy's own datetime_as_string
    costs ~1 us a value."""
    days, secs = np.divmod(seconds, 86_400)
    distinct, which = np.unique(days, return_inverse=True)
    rows = len(seconds)
    sep = "T" if millis is not None else " "
    cols = [_dates(distinct)[which.ravel()], _column(ord(sep), rows), _clock()[secs]]
    if millis is not None:
        cols += [_column(ord("."), rows), digits(millis, 3), _column(ord("Z"), rows)]
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


def received_cells(values: Sequence[float]) -> _Bytes:
    """The received_at cells of many packets (``iso_utc`` of each), PAD-filled rows."""
    seconds, millis = utc_millis(np.array(values, dtype=np.float64))
    if not _in_range(seconds):
        return fixed([iso_utc(v).encode() for v in values])
    return stamps(seconds, millis)


def time_cells(
    device: Sequence[object], received: Sequence[float], line: CellWriter
) -> tuple[_Bytes, _Bytes]:
    """The device_time and received_at cells of many packets; when both are plain
    seconds (the common case) their dates and clocks are made in one go."""
    seconds, millis = utc_millis(np.array(received, dtype=np.float64))
    device_seconds = _plain_seconds(device)
    if device_seconds is None or not _in_range(seconds):
        return device_time_cells(device, line), received_cells(received)
    both = stamps(np.concatenate([device_seconds, seconds]), None)
    rows, split = len(seconds), len(device_seconds)
    at = both[split:]
    at[:, 10] = ord("T")
    ms = [_column(ord("."), rows), digits(millis, 3), _column(ord("Z"), rows)]
    return both[:split], np.concatenate([at, *ms], axis=1)


def _in_range(seconds: _Ints) -> bool:
    return not len(seconds) or (seconds.min() >= _FIRST_SECOND and seconds.max() < _END_SECOND)


def _plain_seconds(values: Sequence[object]) -> _Ints | None:
    """Stored device times that are all integer seconds of years 1-9999, else None."""
    if not _all_int(values):
        return None
    secs = np.array(values, dtype=np.int64)
    return secs if _in_range(secs) else None


def device_time_cells(values: Sequence[object], line: CellWriter) -> _Bytes:
    """The device_time cells of many packets (PAD-filled rows): integer seconds (the
    common case) formatted at once, any other text through csv quoting."""
    secs = _plain_seconds(values)
    if secs is not None:
        return stamps(secs, None)
    texts = []
    for v in values:
        t = decode_device_time(v)
        if t.startswith(FORMULA_TRIGGERS) or not _plain(t):
            t = line.cells([t])
        texts.append(t.encode())
    return fixed(texts)


def integer_cells(values: Sequence[object]) -> _Bytes:
    """Integer cells (packnums) as ``str`` writes them, PAD-filled rows."""
    if _all_int(values):
        try:
            ints = np.array(values, dtype=np.int64)
        except OverflowError:
            ints = np.array([-1])
        if ints.min() >= 0:
            return decimal(ints)
    return fixed([str(v).encode() for v in values])


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


def tenths_cells(values: Sequence[object]) -> _Bytes:
    """Temperature/humidity cells (:func:`number_cell` of each), PAD-filled rows: stored
    integer tenths at once (``-12.5``: sign, whole part, point, tenth), others one by one."""
    if _all_int(values):
        tenths = np.array(values, dtype=np.int64)
        if tenths.min() > -_TENTHS_LIMIT and tenths.max() < _TENTHS_LIMIT:  # abs() can wrap
            size = np.abs(tenths)
            sign = np.where(tenths < 0, ord("-"), PAD).astype(np.uint8)[:, None]
            point = _column(ord("."), len(tenths))
            tenth = (48 + size % 10).astype(np.uint8)[:, None]
            return np.concatenate([sign, decimal(size // 10), point, tenth], axis=1)
    return fixed([number_cell(v).encode() for v in values])


def fixed(texts: list[bytes]) -> _Bytes:
    """Byte strings as a PAD-filled matrix, one row each."""
    cells = np.array(texts, dtype="S") if texts else np.zeros(0, dtype="S1")
    out = cells.view(np.uint8).reshape(len(cells), cells.dtype.itemsize).copy()
    out[out == 0] = PAD
    return out
