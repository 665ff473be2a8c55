"""Reading the alarm thresholds back: their history, and the rows in force.

Like the calibration (:mod:`fourgmon.store.calibration`): the table
``threshold_changes`` (:func:`fourgmon.store.schema._thresholds`) keeps every change;
the thresholds in force are the newest change of each (imei, channel), over every
data file. Changes are written through the writer process as a
:class:`ThresholdRecord` (:func:`thresholds_record`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from fourgmon.domain.thresholds import Threshold, ThresholdRow, ThresholdTable
from fourgmon.store.records import ThresholdRecord, ThresholdRowFields

_HISTORY = "SELECT at, user, imei, channel, high, low, hysteresis, unit FROM threshold_changes"


@dataclass(frozen=True, slots=True)
class ThresholdChange:
    """One stored change; ``threshold`` None means the row was removed."""

    at: float
    user: str
    imei: str
    channel: int
    threshold: Threshold | None


def threshold_query(imei: str | None) -> tuple[str, list[Any]]:
    """SQL and parameters of the changes (of one module and the ``*`` row, or all), in order."""
    if imei is None:
        return _HISTORY + " ORDER BY at, id", []
    return _HISTORY + " WHERE imei IN (?, '*') ORDER BY at, id", [imei]


def threshold_changes(files_rows: Iterable[Sequence[Any]]) -> list[ThresholdChange]:
    """The changes in the rows of each file (oldest file first), in time order."""
    changes = [_change(row) for rows in files_rows for row in rows]
    changes.sort(key=lambda c: c.at)  # stable: one file's order is kept for equal times
    return changes


def thresholds_of(changes: Iterable[ThresholdChange]) -> ThresholdTable:
    """The thresholds in force after ``changes`` (in time order)."""
    current: dict[tuple[str, int], Threshold] = {}
    for change in changes:
        key = (change.imei, change.channel)
        if change.threshold is None:
            current.pop(key, None)
        else:
            current[key] = change.threshold
    return ThresholdTable(ThresholdRow(i, k, t) for (i, k), t in current.items())


def thresholds_record(
    at: float,
    user: str,
    rows: Iterable[ThresholdRow] = (),
    removed: Iterable[tuple[str, int]] = (),
) -> ThresholdRecord:
    """The record that sets ``rows`` and removes the (imei, channel) rows in ``removed``."""
    fields: list[ThresholdRowFields] = [(i, k, None, None, None, "") for i, k in removed]
    for r in rows:
        t = r.threshold
        fields.append((r.imei, r.channel, t.high, t.low, t.hysteresis, t.unit))
    return ThresholdRecord(at, user, tuple(fields))


def _change(row: Sequence[Any]) -> ThresholdChange:
    at, user, imei, channel, high, low, hysteresis, unit = row
    threshold = None
    if high is not None or low is not None:
        threshold = Threshold(
            None if high is None else float(high),
            None if low is None else float(low),
            None if hysteresis is None else float(hysteresis),
            str(unit),
        )
    return ThresholdChange(float(at), str(user), str(imei), int(channel), threshold)
