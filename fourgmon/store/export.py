"""CSV export of stored frames (``fourgmon export``)."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from typing import TextIO, TypeVar

import numpy as np

from fourgmon.protocol.messages import NOMINAL_SAMPLES
from fourgmon.store.reads import ReadDamage
from fourgmon.store.records import FrameRow
from fourgmon.store.store import Store

FIXED_COLUMNS = (
    "imei",
    "packnum",
    "device_time",
    "received_at",
    "channel",
    "temperature",
    "humidity",
)


# OWASP "CSV Injection": a cell starting with one of these is a formula to Excel,
# LibreOffice and Google Sheets (tab and CR too: some of them skip leading whitespace).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_Cell = TypeVar("_Cell")


def neutralise(cell: _Cell) -> _Cell | str:
    """A text cell that a spreadsheet would run as a formula, made inert with a leading ``'``.

    The one place every export format uses (CSV here; XLSX writes through it too), so
    that text from the wire (``device_time``), from the user (an alias) or from a module
    (CCID, location, a detail) can never become a live formula. Only ``str`` cells are
    touched: numbers stay numbers (a temperature of -5.0 stays -5.0), None stays empty.
    """
    if isinstance(cell, str) and cell.startswith(FORMULA_TRIGGERS):
        return "'" + cell
    return cell


def iso_utc(t: float) -> str:
    """Unix seconds as ISO 8601 UTC with milliseconds, e.g. ``2026-11-24T19:56:07.123Z``."""
    return datetime.fromtimestamp(t, UTC).isoformat(timespec="milliseconds")[:-6] + "Z"


def write_csv(
    store: Store,
    imei: str,
    out: TextIO,
    since: float | None = None,
    until: float | None = None,
    damage: ReadDamage | None = None,
) -> int:
    """Write ``imei``'s frames with ``since <= received_at < until`` to ``out``; return the rows.

    Header: ``imei,packnum,device_time,received_at,channel,temperature,humidity,s1..s50``,
    then one row per stored channel frame in ``Store.frames`` order. ``channel`` is 0-8 as
    in ``dataK``; ``received_at`` is ISO 8601 UTC with milliseconds; samples are decimal
    integers; temperature/humidity are empty when absent; a text cell that starts like a
    formula is written through :func:`neutralise`. A frame with fewer than 50
    samples leaves the missing s-columns empty. So that nothing is lost, when some frame
    in the export has more than 50 samples the header extends to ``s<max>`` (found by a
    first, cheap query over the same window). Lines end with ``\\n``.

    Rows are streamed from the database, never all held in memory. From a damaged
    database file, every frame that can still be read; ``damage`` learns what could not
    (see :func:`damage_summary`).
    """
    width = max(NOMINAL_SAMPLES, store.max_samples(imei, since, until))
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*FIXED_COLUMNS, *(f"s{i}" for i in range(1, width + 1))])
    count = 0
    # The fixed cells go through csv (quoting, neutralise) once per packet; samples are
    # formatted a block of rows at a time with numpy (csv.writer per cell cost ~20 us a
    # row, 10x sqlite3 -csv: benchmarks/README.md, "history").
    head = _Line()
    key: tuple[object, ...] = ()
    pre = post = ""
    blank = "," * width
    block: list[FrameRow] = []
    for f in store.frames(imei, since, until, damage):
        block.append(f)
        if len(block) < BLOCK:
            continue
        count += len(block)
        key, pre, post = _write_block(out, block, head, key, pre, post, blank, width)
        block = []
    if block:
        count += len(block)
        _write_block(out, block, head, key, pre, post, blank, width)
    return count


BLOCK = 1536  # rows formatted together


def _write_block(
    out: TextIO,
    block: list[FrameRow],
    head: _Line,
    key: tuple[object, ...],
    pre: str,
    post: str,
    blank: str,
    width: int,
) -> tuple[tuple[object, ...], str, str]:
    """Write ``block``'s rows; returns the (key, prefix, suffix) of the last packet."""
    texts = _sample_texts(block)
    lines = []
    for f, cells in zip(block, texts, strict=True):
        k = (f.packnum, f.device_time, f.received_at, f.temperature, f.humidity)
        if k != key:
            key = k
            pre = head.cells([neutralise(f.imei), f.packnum, neutralise(f.device_time)])
            pre += "," + iso_utc(f.received_at) + ","
            post = "," + head.cells([f.temperature, f.humidity])  # None: an empty field
        n = len(f.samples)
        lines.append(f"{pre}{f.channel}{post}{',' if n else ''}{cells}{blank[: width - n]}\n")
    out.write("".join(lines))
    return key, pre, post


def _sample_texts(block: list[FrameRow]) -> list[str]:
    """Each row's samples as ``v1,v2,...`` (decimal), rows of one length at a time."""
    texts = [""] * len(block)
    by_len: dict[int, list[int]] = {}
    for i, f in enumerate(block):
        by_len.setdefault(len(f.samples), []).append(i)
    for n, idx in by_len.items():
        if n == 0:
            continue
        values = np.stack([block[i].samples for i in idx])
        m = len(idx)
        digits = np.empty((m, n, 6), dtype=np.uint8)
        digits[..., 5] = ord(",")
        rest = values.astype(np.int32)
        for place in range(4, -1, -1):
            digits[..., place] = 48 + rest % 10
            rest //= 10
        wide = 1 + sum((values >= 10**p).astype(np.int64) for p in range(1, 5))
        keep = np.arange(6)[None, None, :] >= (5 - wide)[..., None]
        keep[:, -1, 5] = False  # no comma after the last sample
        text = digits[keep].tobytes().decode("ascii")
        ends = np.cumsum(keep.reshape(m, -1).sum(axis=1)).tolist()
        start = 0
        for i, end in zip(idx, ends, strict=True):
            texts[i] = text[start:end]
            start = end
    return texts


_DECIMAL = [str(i) for i in range(65536)]


class _Line:
    """csv.writer's quoting of a few cells, as text without the line end."""

    def __init__(self) -> None:
        self._buf = io.StringIO()
        self._writer = csv.writer(self._buf, lineterminator="\n")  # so a "\n" is quoted

    def cells(self, row: list[object]) -> str:
        self._buf.seek(0)
        self._buf.truncate()
        self._writer.writerow(row)
        return self._buf.getvalue()[:-1]


def damage_summary(store: Store, damage: ReadDamage) -> tuple[str, bool] | None:
    """One line on the damaged files an export read, and whether frames are missing
    because of them; None when every file was healthy."""
    damaged = damage.files | {d.path: d.reason for d in store.health.damaged}
    if not damaged:
        return None
    parts, missing = [], False
    for path, reason in damaged.items():
        why = f" ({reason})" if reason else ""
        if path in damage.unlisted:
            what, missing = "its packets could not be listed", True
        elif damage.lost[path]:
            what, missing = (
                f"{damage.lost[path]} of {damage.listed[path]} packets could not be read",
                True,
            )
        else:
            what = "nothing of this export was lost in it"
        parts.append(f"{path.name} is damaged{why}: {what}")
    return "; ".join(parts) + "; damaged files are kept untouched for recovery", missing
