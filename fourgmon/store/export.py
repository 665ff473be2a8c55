"""Export of stored frames, events and alarms as CSV or XLSX (``fourgmon export``, the
window's export dialog).

Frames: one row per stored channel frame,
``imei,packnum,device_time,received_at,channel,temperature,humidity,s1..s50`` (DESIGN.md),
``unit,v1..v50`` appended in engineering units when asked. Events and alarms: see
:mod:`fourgmon.store.export_events`. CSV is UTF-8; written to a file it starts with a
BOM so that Excel on a Chinese or English Windows reads the aliases right (a pipe gets
none: scripts read it). Every text cell goes through :func:`neutralise`.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, TextIO

from fourgmon.domain.calibration import CalibrationTable
from fourgmon.protocol.messages import NOMINAL_SAMPLES
from fourgmon.store.cells import FORMULA_TRIGGERS, CellWriter, iso_utc, neutralise
from fourgmon.store.export_page import Layout, Page, csv_page, decode_page, most_samples
from fourgmon.store.reads import ReadDamage
from fourgmon.store.store import Store

__all__ = [
    "FIXED_COLUMNS",
    "FORMATS",
    "FORMULA_TRIGGERS",
    "WHAT",
    "ExportCancelled",
    "ExportRequest",
    "damage_summary",
    "export_to",
    "frame_header",
    "iso_utc",
    "neutralise",
    "write_csv",
]

FIXED_COLUMNS = (
    "imei",
    "packnum",
    "device_time",
    "received_at",
    "channel",
    "temperature",
    "humidity",
)
FORMATS = ("csv", "xlsx")
WHAT = ("frames", "events", "alarms")
PAGE_PACKETS = 1024  # packets formatted together (numpy work per page amortised)
# Told (rows done, rows expected); returns False to stop the export.
Progress = Callable[[int, int], bool]


class ExportCancelled(Exception):
    """The progress callback asked to stop; nothing was left under the file's name."""


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What to export: modules, a ``since <= t < until`` window, and for frames which
    channels (None: all) in raw counts and/or engineering units."""

    imeis: tuple[str, ...]
    since: float | None = None
    until: float | None = None
    what: str = "frames"
    channels: frozenset[int] | None = None
    raw: bool = True
    calibrated: bool = False
    calibration: CalibrationTable = field(default_factory=CalibrationTable)

    def __post_init__(self) -> None:
        if self.what not in WHAT:
            raise ValueError(f"what must be one of {', '.join(WHAT)}, not {self.what!r}")
        if not (self.raw or self.calibrated):
            raise ValueError("export raw counts, engineering units or both")


def frame_header(width: int, raw: bool = True, calibrated: bool = False) -> list[str]:
    """The frame columns for ``width`` samples per row."""
    cols = list(FIXED_COLUMNS)
    if raw:
        cols += [f"s{i}" for i in range(1, width + 1)]
    if calibrated:
        cols += ["unit", *(f"v{i}" for i in range(1, width + 1))]
    return cols


def _width(store: Store, request: ExportRequest) -> int:
    """Sample columns: 50, or more when some exported frame has more (so nothing is lost)."""
    best = NOMINAL_SAMPLES
    for imei in request.imeis:
        stats = store._stats_rows(imei, request.since, request.until)
        best = max(best, most_samples([blob for _, blob in stats]))
    return best


def count_packets(store: Store, imei: str, since: float | None, until: float | None) -> int:
    """Stored push_msg packets of ``imei`` in the window (for progress; damaged parts: 0)."""
    sql = "SELECT count(*) FROM push_msgs WHERE device_id = ?"
    params: list[float] = []
    if since is not None:
        sql, params = sql + " AND received_at >= ?", [*params, since]
    if until is not None:
        sql, params = sql + " AND received_at < ?", [*params, until]
    total = 0
    for path in list(store._files):
        did = store._device_id(path, imei)
        if did is not None:
            rows = store._rows(path, sql, [did, *params])
            total += int(rows[0][0]) if rows else 0
    return total


def _pages(store: Store, imei: str, request: ExportRequest, damage: ReadDamage) -> Iterator[Page]:
    """``imei``'s frames in the window, decoded a few hundred packets at a time."""
    rows: list[object] = []
    for chunk in store.packet_pages(imei, request.since, request.until, damage):
        rows += chunk
        while len(rows) >= PAGE_PACKETS:
            yield decode_page(rows[:PAGE_PACKETS]).only(request.channels)
            rows = rows[PAGE_PACKETS:]
    if rows:
        yield decode_page(rows).only(request.channels)


class _Ticker:
    """Counts rows against an estimate and asks the callback whether to go on."""

    def __init__(self, progress: Progress | None, expected: int) -> None:
        self.progress, self.expected, self.done = progress, expected, 0

    def add(self, rows: int) -> None:
        self.done += rows
        if self.progress is not None and not self.progress(self.done, self.expected):
            raise ExportCancelled


def _frame_rows_expected(store: Store, request: ExportRequest) -> int:
    """About how many frame rows the export writes (packets x channels per packet)."""
    packets = sum(count_packets(store, i, request.since, request.until) for i in request.imeis)
    per_packet = 3 if request.channels is None else min(3, len(request.channels))
    return packets * per_packet


class _Wider(Exception):
    """A page holds frames wider than the header written: write again, as wide as needed."""


def write_frames_csv(
    store: Store,
    request: ExportRequest,
    out: BinaryIO,
    damage: ReadDamage | None = None,
    progress: Progress | None = None,
) -> int:
    """The frames of ``request`` as UTF-8 CSV lines (header first, ``\\n`` line ends) to
    ``out``; returns the rows. Streams page by page, never all in memory.

    The header needs the widest frame (50 samples unless some frame has more). On an
    output that can seek (a file) the export assumes 50 and, in the rare case that a
    wider frame turns up, goes back and writes everything again; on a pipe it finds
    the width first (one more pass over the stats, ~10 % of a day's export)."""
    damage = ReadDamage() if damage is None else damage
    start = _position(out)
    if start is not None:
        attempt = ReadDamage()
        try:
            rows = _write_frames(store, request, out, attempt, progress, NOMINAL_SAMPLES, True)
        except _Wider:
            out.seek(start)
            out.truncate()
        else:
            _merge(damage, attempt)
            return rows
    return _write_frames(store, request, out, damage, progress, _width(store, request), False)


def _position(out: BinaryIO) -> int | None:
    """Where ``out`` is, when it can go back there (None: a pipe or a terminal)."""
    try:
        return out.tell() if out.seekable() else None
    except (AttributeError, OSError, ValueError):
        return None


def _merge(into: ReadDamage, part: ReadDamage) -> None:
    into.files.update(part.files)
    into.listed.update(part.listed)
    into.lost.update(part.lost)
    into.unlisted |= part.unlisted


def _write_frames(
    store: Store,
    request: ExportRequest,
    out: BinaryIO,
    damage: ReadDamage,
    progress: Progress | None,
    width: int,
    guess: bool,
) -> int:
    """:func:`write_frames_csv` with ``width`` sample columns (``guess``: raise _Wider
    when a frame has more)."""
    line = CellWriter()
    header = line.cells(frame_header(width, request.raw, request.calibrated)) + "\n"
    out.write(header.encode())
    ticker = _Ticker(progress, _frame_rows_expected(store, request) if progress else 0)
    for imei in request.imeis:
        cals = request.calibration.for_module(imei) if request.calibrated else None
        layout = Layout(width, request.raw, cals)
        imei_cell = line.cells([imei])
        for page in _pages(store, imei, request, damage):
            if guess and page.values.shape[1] > width:
                raise _Wider
            out.write(csv_page(page, imei_cell, layout))
            ticker.add(len(page.packet))
    return ticker.done


class _TextAsBytes:
    """A TextIO seen as the BinaryIO that write_frames_csv writes (UTF-8)."""

    def __init__(self, out: TextIO) -> None:
        self._out = out

    def write(self, data: bytes | bytearray) -> int:
        return self._out.write(data.decode("utf-8"))

    def seekable(self) -> bool:
        return self._out.seekable()

    def tell(self) -> int:
        return self._out.tell()

    def seek(self, position: int) -> int:
        return self._out.seek(position)

    def truncate(self) -> int:
        return self._out.truncate()


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
    formula is written through :func:`neutralise`. A frame with fewer than 50 samples
    leaves the missing s-columns empty; when some frame has more than 50, the header
    extends to ``s<max>`` so that nothing is lost. Lines end with ``\\n``. From a damaged
    database file, every frame that can still be read; ``damage`` learns what could not
    (see :func:`damage_summary`).
    """
    request = ExportRequest((imei,), since, until)
    return write_frames_csv(store, request, _TextAsBytes(out), damage)  # type: ignore[arg-type]


def _partial(path: Path) -> Path:
    return path.with_name(path.name + ".partial")


def export_to(
    store: Store,
    request: ExportRequest,
    path: Path,
    fmt: str = "csv",
    damage: ReadDamage | None = None,
    progress: Progress | None = None,
    data_dir: Path | None = None,
) -> int:
    """Export ``request`` into the file ``path`` (CSV with a BOM, or XLSX); returns the rows.

    Written as ``<path>.partial`` and renamed when complete, so a cancelled or failed
    export leaves no half file under the name asked for (the partial one is removed).
    ``data_dir``: where the alarms are read (alarm exports).
    """
    from fourgmon.store.export_events import alarm_rows, event_rows, table_header

    if fmt not in FORMATS:
        raise ValueError(f"format must be csv or xlsx, not {fmt!r}")
    damage = ReadDamage() if damage is None else damage
    tmp = _partial(path)
    try:
        if request.what == "frames":
            if fmt == "csv":
                with open(tmp, "wb") as out:
                    out.write(codecs.BOM_UTF8)
                    rows = write_frames_csv(store, request, out, damage, progress)
            else:
                from fourgmon.store.export_xlsx import write_frames_xlsx

                rows = write_frames_xlsx(store, request, tmp, damage, progress)
        else:
            header = table_header(request.what)
            table = (
                event_rows(store, request)
                if request.what == "events"
                else alarm_rows(store, request, data_dir)
            )
            rows = write_table(header, table, tmp, fmt, request.what, progress)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return rows


def write_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    path: Path,
    fmt: str,
    sheet: str,
    progress: Progress | None = None,
) -> int:
    """A small table (events, alarms) as CSV with a BOM or as one XLSX sheet."""
    ticker = _Ticker(progress, len(rows))
    if fmt == "xlsx":
        from fourgmon.store.export_xlsx import write_sheet_xlsx

        write_sheet_xlsx(header, rows, path, sheet)
        ticker.add(len(rows))
        return len(rows)
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        write_table_csv(header, rows, out)
    ticker.add(len(rows))
    return len(rows)


def write_table_csv(header: Sequence[str], rows: Sequence[Sequence[object]], out: TextIO) -> None:
    """``header`` and ``rows`` as CSV lines (``\\n`` ends), text cells neutralised."""
    line = CellWriter()
    out.write(line.cells(list(header)) + "\n")
    for row in rows:
        out.write(line.cells(list(row)) + "\n")


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
