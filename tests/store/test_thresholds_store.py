"""Alarm thresholds through the writer process: rows in force, history kept, over restarts."""

from __future__ import annotations

from pathlib import Path

from fourgmon.domain.thresholds import Threshold, ThresholdRow
from fourgmon.store import Store
from fourgmon.store.thresholds import thresholds_record

IMEI = "866123456789012"
DEFAULT = Threshold(0.6, 0.1, 0.02, "MPa")


async def test_threshold_changes_are_kept_and_the_newest_is_in_force(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    await store.start()
    try:
        await store.write(thresholds_record(100.0, "ana", [ThresholdRow("*", 2, DEFAULT)]))
        own = Threshold(high=450.0, unit="kPa")
        await store.write(thresholds_record(200.0, "li", [ThresholdRow(IMEI, 2, own)]))
        assert store.thresholds().lookup(IMEI, 2) == own
        assert store.thresholds().lookup("other", 2) == DEFAULT
        assert store.thresholds().lookup("other", 3) is None
        await store.write(thresholds_record(300.0, "li", removed=[(IMEI, 2)]))
        assert store.thresholds().lookup(IMEI, 2) == DEFAULT
    finally:
        await store.close()
    reopened = Store.open(tmp_path, readonly=True)
    try:
        history = reopened.threshold_history(IMEI)
        assert [(c.at, c.user, c.imei, c.threshold) for c in history] == [
            (100.0, "ana", "*", DEFAULT),
            (200.0, "li", IMEI, Threshold(high=450.0, unit="kPa")),
            (300.0, "li", IMEI, None),
        ]
        assert len(reopened.threshold_history()) == 3
        assert reopened.calibration_history() == []  # a table of its own
    finally:
        await reopened.close()
