"""Calibration through the writer process: rows in force, history kept, over restarts."""

from __future__ import annotations

from pathlib import Path

from fourgmon.domain.calibration import Calibration, CalibrationRow
from fourgmon.store import Store
from fourgmon.store.calibration import changes_record, import_record

IMEI = "866123456789012"
MPA = Calibration(0.0001, -0.4, "MPa")


async def test_changes_are_kept_and_the_newest_is_in_force(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    await store.start()
    try:
        await store.write(changes_record(100.0, "ana", [CalibrationRow("*", 0, MPA)]))
        own = CalibrationRow(IMEI, 0, Calibration(0.5, 1.0, "kPa"))
        await store.write(changes_record(200.0, "li", [own]))
        assert store.calibration().lookup(IMEI, 0).unit == "kPa"
        assert store.calibration().lookup("other", 0) == MPA
        await store.write(changes_record(300.0, "li", removed=[(IMEI, 0)]))
        assert store.calibration().lookup(IMEI, 0) == MPA
    finally:
        await store.close()
    reopened = Store.open(tmp_path, readonly=True)
    try:
        history = reopened.calibration_history(IMEI)
        assert [(c.at, c.user, c.imei, c.calibration) for c in history] == [
            (100.0, "ana", "*", MPA),
            (200.0, "li", IMEI, Calibration(0.5, 1.0, "kPa")),
            (300.0, "li", IMEI, None),
        ]
        assert reopened.calibration_history("other")[0].imei == "*"
        assert len(reopened.calibration_history()) == 3
    finally:
        await reopened.close()


def test_import_changes_only_what_differs() -> None:
    from fourgmon.domain.calibration import CalibrationTable

    current = CalibrationTable([CalibrationRow("*", 0, MPA), CalibrationRow(IMEI, 1, MPA)])
    same = [CalibrationRow("*", 0, MPA)]
    assert import_record(1.0, "u", current, same, replace=False) is None
    record = import_record(1.0, "u", current, same, replace=True)
    assert record is not None and record.rows == ((IMEI, 1, None, None, ""),)
    new = [CalibrationRow("*", 0, Calibration(2.0, 0.0, "bar"))]
    record = import_record(1.0, "u", current, new, replace=False)
    assert record is not None and record.rows == (("*", 0, 2.0, 0.0, "bar"),)
