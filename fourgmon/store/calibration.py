"""Reading the calibration back: its history, and the rows in force.

The table keeps every change (``calibration_changes``, :func:`fourgmon.store.schema._calibration`);
the calibration in force is the newest change of each (imei, channel), over every data file
(oldest file first), so a database set aside as damaged still gives its calibration.
Changes are written through the writer process as a :class:`CalibrationRecord`
(:func:`changes_record`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from fourgmon.domain.calibration import Calibration, CalibrationRow, CalibrationTable
from fourgmon.store.records import CalibrationRecord, CalibrationRowFields

_HISTORY = "SELECT at, user, imei, channel, gain, offset, unit FROM calibration_changes"


@dataclass(frozen=True, slots=True)
class CalibrationChange:
    """One stored change; ``calibration`` None means the row was removed."""

    at: float
    user: str
    imei: str
    channel: int
    calibration: Calibration | None


def history_query(imei: str | None) -> tuple[str, list[Any]]:
    """SQL and parameters of the changes (of one module and the ``*`` row, or all), in order."""
    if imei is None:
        return _HISTORY + " ORDER BY at, id", []
    return _HISTORY + " WHERE imei IN (?, '*') ORDER BY at, id", [imei]


def changes_of(files_rows: Iterable[Sequence[Any]]) -> list[CalibrationChange]:
    """The changes in the rows of each file (oldest file first), in time order."""
    changes = [_change(row) for rows in files_rows for row in rows]
    changes.sort(key=lambda c: c.at)  # stable: one file's order is kept for equal times
    return changes


def table_of(changes: Iterable[CalibrationChange]) -> CalibrationTable:
    """The calibration in force after ``changes`` (in time order)."""
    current: dict[tuple[str, int], Calibration] = {}
    for change in changes:
        key = (change.imei, change.channel)
        if change.calibration is None:
            current.pop(key, None)
        else:
            current[key] = change.calibration
    return CalibrationTable(CalibrationRow(i, k, c) for (i, k), c in current.items())


def changes_record(
    at: float,
    user: str,
    rows: Iterable[CalibrationRow] = (),
    removed: Iterable[tuple[str, int]] = (),
) -> CalibrationRecord:
    """The record that sets ``rows`` and removes the (imei, channel) rows in ``removed``."""
    fields: list[CalibrationRowFields] = [(i, k, None, None, "") for i, k in removed]
    fields += [
        (r.imei, r.channel, r.calibration.gain, r.calibration.offset, r.calibration.unit)
        for r in rows
    ]
    return CalibrationRecord(at, user, tuple(fields))


def import_record(
    at: float, user: str, current: CalibrationTable, rows: Sequence[CalibrationRow], replace: bool
) -> CalibrationRecord | None:
    """What an import changes (None: nothing): ``rows`` that differ from ``current``, and,
    with ``replace``, the removal of current rows the import does not list."""
    own = current.own_rows()
    changed = [r for r in rows if own.get((r.imei, r.channel)) != r.calibration]
    listed = {(r.imei, r.channel) for r in rows}
    removed = [key for key in own if replace and key not in listed]
    if not changed and not removed:
        return None
    return changes_record(at, user, changed, removed)


def _change(row: Sequence[Any]) -> CalibrationChange:
    at, user, imei, channel, gain, offset, unit = row
    calibration = None if gain is None else Calibration(float(gain), float(offset), str(unit))
    return CalibrationChange(float(at), str(user), str(imei), int(channel), calibration)
