"""XLSX export (openpyxl in write-only mode: rows are streamed, memory stays flat).

The same columns and cells as the CSV export: numbers as numbers, text through
:func:`~fourgmon.store.cells.neutralise` (a formula-looking alias stays text), times as
Excel dates (so they sort, filter and chart): the received time and the other stored
times in UTC, shown as ``2026-11-24 19:56:07.123 UTC``; the device time as the module
sent it. A sheet holds at most 1,048,576 rows: longer exports go on in
``frames 2``, ``frames 3``, ... A ``modules`` sheet lists each exported module's alias,
SIM and firmware.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from fourgmon.store.cells import neutralise
from fourgmon.store.export_page import cal_text
from fourgmon.store.reads import ReadDamage
from fourgmon.store.store import Store
from fourgmon.store.values import decode_device_time, decode_tenths

if TYPE_CHECKING:
    from fourgmon.store.export import ExportRequest, Progress

SHEET_ROWS = 1_048_576  # Excel's limit, header included
MODULE_COLUMNS = ("imei", "alias", "ccid", "location", "fw_type", "fw_version", "first_seen")
# Control characters XML cannot hold (openpyxl refuses them): written as \xNN text.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
UTC_FORMAT = 'yyyy-mm-dd hh:mm:ss.000 "UTC"'
DEVICE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
# Columns of the events and alarms tables that hold iso_utc text.
TIME_COLUMNS = frozenset({"time", "raised_at", "acked_at", "cleared_at", "first_seen"})


def utc_time(t: float | None) -> datetime | None:
    """Unix seconds as an aware UTC datetime (written as an Excel date in UTC)."""
    return None if t is None else datetime.fromtimestamp(t, UTC)


def device_time(text: str) -> datetime | str:
    """The device's time text as a (naive) datetime; the text as it is if it does not parse."""
    try:
        return datetime.strptime(text, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return text


def _iso_time(value: object) -> object:
    """iso_utc text back to a UTC datetime (other values as they are)."""
    if isinstance(value, str) and value.endswith("Z"):
        with contextlib.suppress(ValueError):
            return datetime.fromisoformat(value)
    return value


def _cell(value: object, sheet: Any) -> object:
    if isinstance(value, str):
        value = _ILLEGAL.sub(lambda m: f"\\x{ord(m.group()):02x}", value)
        return neutralise(value)
    if isinstance(value, datetime):
        # Excel has no time zones: an aware (UTC) time is written naive, its format says UTC.
        aware = value.tzinfo is not None
        cell = WriteOnlyCell(sheet, value=value.replace(tzinfo=None) if aware else value)
        cell.number_format = UTC_FORMAT if aware else DEVICE_TIME_FORMAT
        return cell
    return value


class _Sheets:
    """Appends rows to a write-only workbook, starting a new sheet when one is full."""

    def __init__(self, book: Any, name: str, header: Sequence[str]) -> None:
        self.book, self.name, self.header = book, name, list(header)
        self.count, self.rows = 0, SHEET_ROWS
        self.sheet: Any = None

    def append(self, row: list[object]) -> None:
        if self.rows >= SHEET_ROWS:
            self.count += 1
            title = self.name if self.count == 1 else f"{self.name} {self.count}"
            self.sheet = self.book.create_sheet(title)
            self.sheet.append(self.header)
            self.rows = 1
        self.sheet.append([_cell(v, self.sheet) for v in row])
        self.rows += 1


def write_sheet_xlsx(
    header: Sequence[str], rows: Sequence[Sequence[object]], path: Path, name: str
) -> None:
    """A table (events, alarms) as a workbook of one sheet (more if it is that long)."""
    book = Workbook(write_only=True)
    sheets = _Sheets(book, name, header)
    sheets.rows = SHEET_ROWS  # so that an empty table still gets its sheet and header
    times = [i for i, column in enumerate(header) if column in TIME_COLUMNS]
    for row in rows:
        cells = list(row)
        for i in times:
            cells[i] = _iso_time(cells[i])
        sheets.append(cells)
    if sheets.sheet is None:
        book.create_sheet(name).append(list(header))
    book.save(path)


def write_frames_xlsx(
    store: Store,
    request: ExportRequest,
    path: Path,
    damage: ReadDamage,
    progress: Progress | None = None,
) -> int:
    """The frames of ``request`` as a workbook: ``frames`` (CSV's columns) and ``modules``."""
    from fourgmon.store.export import (
        _frame_rows_expected,
        _Ticker,
        _width,
        frame_header,
    )

    width = _width(store, request)
    book = Workbook(write_only=True)
    sheets = _Sheets(book, "frames", frame_header(width, request.raw, request.calibrated))
    ticker = _Ticker(progress, _frame_rows_expected(store, request) if progress else 0)
    try:
        _frame_rows(store, request, damage, sheets, ticker, width)
    except BaseException:
        with contextlib.suppress(Exception):  # closes the sheets' temporary files
            if sheets.sheet is None:
                book.create_sheet("frames")
            book.save(path)  # the caller removes it
        raise
    if sheets.sheet is None:
        book.create_sheet("frames").append(sheets.header)
    modules = book.create_sheet("modules")
    modules.append(list(MODULE_COLUMNS))
    wanted = set(request.imeis)
    for d in store.devices():
        if d.imei in wanted:
            modules.append(
                [
                    _cell(v, modules)
                    for v in (
                        d.imei,
                        d.alias,
                        d.ccid,
                        d.location,
                        d.fw_type,
                        d.fw_version,
                        utc_time(d.first_seen),
                    )
                ]
            )
    book.save(path)
    return ticker.done


def _frame_rows(
    store: Store,
    request: ExportRequest,
    damage: ReadDamage,
    sheets: _Sheets,
    ticker: Any,
    width: int,
) -> None:
    """Append every frame row of ``request`` to ``sheets``."""
    from fourgmon.store.export import _pages

    blank: list[object] = [None] * width
    for imei in request.imeis:
        cals = request.calibration.for_module(imei) if request.calibrated else None
        for page in _pages(store, imei, request, damage):
            values = page.values.tolist()
            rows = page.rows
            for i, (p, k, n) in enumerate(
                zip(page.packet.tolist(), page.channel.tolist(), page.n.tolist(), strict=True)
            ):
                r = rows[p]
                samples = values[i][:n]
                row: list[object] = [
                    imei,
                    r[1],
                    device_time(decode_device_time(r[3])),
                    utc_time(r[0]),
                    k,
                    decode_tenths(r[4]),
                    decode_tenths(r[5]),
                ]
                if request.raw:
                    row += samples + blank[n:]
                if cals is not None:
                    cal = cals[k]
                    row.append(cal.unit)
                    row += [float(cal_text(cal.apply(v))) for v in samples] + blank[n:]
                sheets.append(row)
            ticker.add(len(page.packet))
