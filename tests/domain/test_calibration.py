"""Calibration: lookup order, two-point helper, CSV round trip and its errors."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from fourgmon.domain.calibration import (
    RAW,
    Calibration,
    CalibrationError,
    CalibrationRow,
    CalibrationTable,
    format_csv,
    parse_csv,
)

IMEI = "866123456789012"


def test_own_row_then_default_row_then_raw() -> None:
    table = CalibrationTable(
        [
            CalibrationRow("*", 0, Calibration(0.001, -0.5, "MPa")),
            CalibrationRow(IMEI, 0, Calibration(0.002, 0.0, "bar")),
        ]
    )
    assert table.lookup(IMEI, 0).unit == "bar"
    assert table.lookup("other", 0).unit == "MPa"
    assert table.lookup(IMEI, 1) is RAW and RAW.is_raw
    assert table.for_module("other")[0].apply(1000) == pytest.approx(0.5)
    assert table.without(IMEI, 0).lookup(IMEI, 0).unit == "MPa"
    assert (
        table.replaced(CalibrationRow(IMEI, 0, Calibration(1.0, 2.0, "kPa"))).lookup(IMEI, 0).offset
        == 2.0
    )


def test_two_point_goes_through_both_points() -> None:
    cal = Calibration.two_point(4000, 0.0, 20000, 1.6, "MPa")
    assert cal.apply(4000) == pytest.approx(0.0)
    assert cal.apply(20000) == pytest.approx(1.6)
    assert cal.to_raw(0.8) == pytest.approx(12000)
    assert np.allclose(cal.apply_array([4000, 20000]), [0.0, 1.6])
    with pytest.raises(CalibrationError, match="differ"):
        Calibration.two_point(5, 0.0, 5, 1.0)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"gain": 0.0},
        {"gain": math.inf},
        {"offset": math.nan},
        {"unit": "a,b"},
        {"unit": "x" * 17},
        {"unit": " kPa"},
    ],
)
def test_unusable_values_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(CalibrationError):
        Calibration(**kwargs)  # type: ignore[arg-type]


def test_csv_errors_name_the_line() -> None:
    with pytest.raises(CalibrationError, match="line 3: expected 5 fields"):
        parse_csv("imei,channel,gain,offset,unit\n*,0,1,0,kPa\n*,1,1\n")
    with pytest.raises(CalibrationError, match="line 2: channel must be 0-8"):
        parse_csv("*,0,1,0,kPa\n*,9,1,0,kPa\n")
    with pytest.raises(CalibrationError, match="line 1: channel must be an integer"):
        parse_csv("*,x,1,0,kPa\n")
    with pytest.raises(CalibrationError, match="line 2: \\* channel 0 is also on line 1"):
        parse_csv("*,0,1,0,kPa\n*,0,2,0,kPa\n")


def test_bom_blank_lines_and_no_unit() -> None:
    rows = parse_csv("\ufeffimei,channel,gain,offset,unit\r\n\r\n866,3,0.5,1e-3,\r\n")
    assert rows == [CalibrationRow("866", 3, Calibration(0.5, 0.001, ""))]


finite = st.floats(allow_nan=False, allow_infinity=False, width=64)
rows_strategy = st.dictionaries(
    st.tuples(st.sampled_from(["*", IMEI, "866000000000001"]), st.integers(0, 8)),
    st.builds(
        Calibration,
        gain=finite.filter(lambda g: g != 0),
        offset=finite,
        unit=st.sampled_from(["", "kPa", "MPa", "bar", "psi", "米水柱"]),
    ),
)


@given(rows_strategy)
def test_csv_round_trip(rows: dict[tuple[str, int], Calibration]) -> None:
    table = CalibrationTable(CalibrationRow(i, k, c) for (i, k), c in rows.items())
    assert CalibrationTable(parse_csv(format_csv(table.rows()))) == table
