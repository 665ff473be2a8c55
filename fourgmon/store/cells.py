"""Cells every export format shares: formula-safe text, UTC times, csv quoting."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TypeVar

# OWASP "CSV Injection": a cell starting with one of these is a formula to Excel,
# LibreOffice and Google Sheets (tab and CR too: some of them skip leading whitespace).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_Cell = TypeVar("_Cell")


def neutralise(cell: _Cell) -> _Cell | str:
    """A text cell that a spreadsheet would run as a formula, made inert with a leading ``'``.

    The one place every export format uses (CSV and XLSX), so that text from the wire
    (``device_time``), from the user (an alias) or from a module (CCID, location, a
    detail) can never become a live formula. Only ``str`` cells are touched: numbers
    stay numbers (a temperature of -5.0 stays -5.0), None stays empty.
    """
    if isinstance(cell, str) and cell.startswith(FORMULA_TRIGGERS):
        return "'" + cell
    return cell


def iso_utc(t: float) -> str:
    """Unix seconds as ISO 8601 UTC with milliseconds, e.g. ``2026-11-24T19:56:07.123Z``."""
    return datetime.fromtimestamp(t, UTC).isoformat(timespec="milliseconds")[:-6] + "Z"


class CellWriter:
    """csv.writer's quoting of a few cells, as text without the line end."""

    def __init__(self) -> None:
        self._buf = io.StringIO()
        self._writer = csv.writer(self._buf, lineterminator="\n")  # so a "\n" is quoted

    def cells(self, row: Sequence[object]) -> str:
        """``row`` as one CSV line, without its end; text cells neutralised."""
        self._buf.seek(0)
        self._buf.truncate()
        self._writer.writerow([neutralise(c) for c in row])
        return self._buf.getvalue()[:-1]
