"""Thresholds in engineering units, converted to raw counts for the alarm rules."""

from __future__ import annotations

import numpy as np
import pytest

from fourgmon.domain.alarms import AlarmBook, AlarmCleared, AlarmRaised, AlarmRules
from fourgmon.domain.calibration import (
    Calibration,
    CalibrationError,
    CalibrationRow,
    CalibrationTable,
)
from fourgmon.domain.changes import FrameReceived
from fourgmon.domain.thresholds import (
    ModuleLimits,
    Threshold,
    ThresholdRow,
    ThresholdTable,
    channel_limits,
    convert,
    format_value,
)

IMEI = "866123456789012"
MPA = Calibration(0.0001, -0.4, "MPa")  # 4000 counts = 0 MPa, 10000 counts = 0.6 MPa


def frame(packnum: int, **channels: int) -> FrameReceived:
    data = {int(k[2:]): np.full(50, v, dtype=np.uint16) for k, v in channels.items()}
    return FrameReceived(IMEI, packnum, "2026-11-24 20:00:00", 1000.0 + packnum, data, None, None)


def test_pressure_units_convert_and_others_do_not() -> None:
    assert convert(0.5, "MPa", "kPa") == pytest.approx(500.0)
    assert convert(1.0, "bar", "MPa") == pytest.approx(0.1)
    assert convert(14.5037738, "psi", "bar") == pytest.approx(1.0, rel=1e-6)
    assert convert(3.0, "m", "m") == 3.0
    assert convert(3.0, "m", "kPa") is None
    assert convert(3.0, "MPa", "") is None  # engineering units never compare with counts


def test_values_show_the_decimals_one_count_resolves() -> None:
    assert format_value(0.41234, MPA) == "0.4123 MPa"
    assert format_value(512.25, Calibration(0.1, 0.0, "kPa")) == "512.2 kPa"
    assert format_value(41234.0, Calibration()) == "41234"


def test_a_threshold_converts_through_the_calibration_and_between_units() -> None:
    lim = channel_limits(Threshold(high=0.5, low=0.1, hysteresis=0.01, unit="MPa"), MPA, 100)
    assert lim is not None
    assert lim.high_raw == pytest.approx(9000)
    assert lim.low_raw == pytest.approx(5000)
    assert lim.hysteresis_raw == pytest.approx(100)
    kpa = channel_limits(Threshold(high=500.0, unit="kPa"), MPA, 100)
    assert kpa is not None and kpa.high_raw == pytest.approx(9000)
    assert kpa.high == pytest.approx(0.5)  # shown in the channel's unit
    assert channel_limits(Threshold(high=0.5, unit="MPa"), Calibration(), 100) is None
    raw = channel_limits(Threshold(high=60000), MPA, 250)  # raw counts stay raw counts
    assert raw is not None and raw.high_raw == 60000 and raw.hysteresis_raw == 250


def test_bad_thresholds_are_refused_with_a_reason() -> None:
    with pytest.raises(CalibrationError, match="high or a low"):
        Threshold()
    with pytest.raises(CalibrationError, match="below high"):
        Threshold(high=1.0, low=2.0)
    with pytest.raises(CalibrationError, match="negative"):
        Threshold(high=1.0, hysteresis=-1)
    with pytest.raises(CalibrationError, match="channel"):
        ThresholdRow("*", 9, Threshold(high=1.0))


def test_own_row_then_default_row_then_the_rules_default() -> None:
    table = ThresholdTable(
        [
            ThresholdRow("*", 0, Threshold(high=0.5, unit="MPa")),
            ThresholdRow(IMEI, 0, Threshold(high=0.3, unit="MPa")),
        ]
    )
    cal = CalibrationTable([CalibrationRow("*", k, MPA) for k in range(9)])
    limits = ModuleLimits(cal, table, Threshold(high=60000), 100).for_module(IMEI)
    assert limits[0] is not None and limits[0].high_raw == pytest.approx(7000)
    assert limits[1] is not None and limits[1].high_raw == 60000
    other = ModuleLimits(cal, table, None, 100).for_module("other")
    assert other[0] is not None and other[0].high_raw == pytest.approx(9000)
    assert other[1] is None


def test_threshold_high_in_mpa_with_hysteresis_and_its_text() -> None:
    book = AlarmBook(AlarmRules(clock_skew_seconds=0, packet_gap=False))
    table = ThresholdTable([ThresholdRow("*", 3, Threshold(high=0.5, hysteresis=0.02, unit="MPa"))])
    book.set_units(CalibrationTable([CalibrationRow(IMEI, 3, MPA)]), table)
    raised = book.on_change(frame(1, ch3=9100), 1.0)  # 0.51 MPa
    assert [type(e) for e in raised] == [AlarmRaised]
    assert raised[0].alarm.detail.endswith("0.5100 MPa > 0.5000 MPa")
    assert book.on_change(frame(2, ch3=8900), 2.0) == []  # 0.49: inside the 0.02 band
    cleared = book.on_change(frame(3, ch3=8700), 3.0)  # 0.47
    assert [type(e) for e in cleared] == [AlarmCleared]


def test_negative_gain_turns_the_raw_comparison_round() -> None:
    falling = Calibration(-0.001, 60.0, "kPa")  # 0 counts = 60 kPa, 60000 counts = 0 kPa
    book = AlarmBook(AlarmRules(clock_skew_seconds=0, packet_gap=False))
    table = ThresholdTable([ThresholdRow("*", 0, Threshold(high=50.0, low=10.0, unit="kPa"))])
    book.set_units(CalibrationTable([CalibrationRow("*", 0, falling)]), table)
    high = book.on_change(frame(1, ch0=5000), 1.0)  # 55 kPa
    assert [(e.alarm.kind, type(e)) for e in high] == [("threshold_high", AlarmRaised)]
    low = book.on_change(frame(2, ch0=55000), 2.0)  # 5 kPa
    assert [(e.alarm.kind, type(e)) for e in low] == [
        ("threshold_high", AlarmCleared),
        ("threshold_low", AlarmRaised),
    ]


def test_removing_a_threshold_clears_its_open_alarm() -> None:
    book = AlarmBook(AlarmRules(clock_skew_seconds=0, packet_gap=False))
    book.set_units(CalibrationTable(), ThresholdTable([ThresholdRow(IMEI, 0, Threshold(high=100))]))
    assert book.on_change(frame(1, ch0=200), 1.0)
    book.set_units(CalibrationTable(), ThresholdTable())
    out = book.on_change(frame(2, ch0=200), 2.0)
    assert [(e.alarm.kind, type(e)) for e in out] == [("threshold_high", AlarmCleared)]
