"""Alarm thresholds per module and channel, typed in engineering units.

A :class:`Threshold` is high and/or low limits with a hysteresis, in the unit they were
typed in (``""``: raw AD counts). A row for imei ``*`` applies to every module without
its own. The alarm rules compare raw counts: :func:`channel_limits` converts a
threshold through the module's calibration (:meth:`Calibration.to_raw`), also between
pressure units (a ``*`` threshold in MPa on a module calibrated in kPa). A threshold
whose unit cannot be converted to the channel's is not applied (:func:`channel_limits`
returns None), rather than compared with a number of another unit. Sans-I/O.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from fourgmon.domain.calibration import (
    CHANNELS,
    DEFAULT_IMEI,
    RAW,
    Calibration,
    CalibrationError,
    CalibrationRow,
    CalibrationTable,
)

# One unit in kPa: a pressure typed in one of these converts to any other.
KPA_PER_UNIT: dict[str, float] = {"kPa": 1.0, "MPa": 1000.0, "bar": 100.0, "psi": 6.894757293168}


def convert(value: float, unit: str, to: str) -> float | None:
    """``value`` in ``unit`` expressed in ``to``; None when the two do not convert."""
    if unit == to:
        return value
    a, b = KPA_PER_UNIT.get(unit), KPA_PER_UNIT.get(to)
    if a is None or b is None:
        return None
    return value * a / b


def decimals_for(calibration: Calibration) -> int:
    """Decimals that show one raw count's step (0 for raw counts, at most 6)."""
    if calibration.is_raw:
        return 0
    step = abs(calibration.gain)
    return max(0, min(6, -math.floor(math.log10(step)))) if step < 1 else 0


def format_value(value: float, calibration: Calibration, *, extra: int = 0) -> str:
    """``value`` with the decimals its calibration resolves and its unit ('0.4123 MPa')."""
    text = f"{value:.{decimals_for(calibration) + extra}f}"
    return f"{text} {calibration.unit}" if calibration.unit else text


@dataclass(frozen=True, slots=True)
class Threshold:
    """High and/or low limits in ``unit`` (``""``: raw counts).

    ``hysteresis`` (same unit): how far back inside a limit a value must come before its
    alarm clears; None: the rules' default (``AlarmRules.hysteresis``, raw counts).
    """

    high: float | None = None
    low: float | None = None
    hysteresis: float | None = None
    unit: str = ""

    def __post_init__(self) -> None:
        for name in ("high", "low", "hysteresis"):
            value = getattr(self, name)
            if value is not None and not math.isfinite(value):
                raise CalibrationError(f"{name} must be a finite number, not {value!r}")
        if self.high is None and self.low is None:
            raise CalibrationError("a threshold needs a high or a low limit")
        if self.high is not None and self.low is not None and self.low >= self.high:
            raise CalibrationError(f"low ({self.low:g}) must be below high ({self.high:g})")
        if self.hysteresis is not None and self.hysteresis < 0:
            raise CalibrationError(f"hysteresis must not be negative, not {self.hysteresis:g}")
        Calibration(unit=self.unit)  # the same rules for the unit's text


@dataclass(frozen=True, slots=True)
class ThresholdRow:
    """One row of the threshold table (``imei`` may be :data:`DEFAULT_IMEI`)."""

    imei: str
    channel: int
    threshold: Threshold

    def __post_init__(self) -> None:
        CalibrationRow(self.imei, self.channel, RAW)  # the same rules for imei and channel


class ThresholdTable:
    """The thresholds in force: a module's own row first, then the ``*`` row."""

    def __init__(self, rows: Iterable[ThresholdRow] = ()) -> None:
        self._rows: dict[tuple[str, int], Threshold] = {
            (row.imei, row.channel): row.threshold for row in rows
        }

    def lookup(self, imei: str, channel: int) -> Threshold | None:
        """The threshold of one module's channel, or None."""
        rows = self._rows
        return rows.get((imei, channel)) or rows.get((DEFAULT_IMEI, channel))

    def own_rows(self) -> Mapping[tuple[str, int], Threshold]:
        """The rows as stored, keyed by (imei, channel)."""
        return dict(self._rows)

    def rows(self) -> list[ThresholdRow]:
        """The rows sorted by imei (``*`` first) and channel."""
        return [ThresholdRow(imei, k, t) for (imei, k), t in sorted(self._rows.items())]

    def replaced(self, row: ThresholdRow) -> ThresholdTable:
        return ThresholdTable([*self.rows(), row])

    def without(self, imei: str, channel: int) -> ThresholdTable:
        return ThresholdTable(r for r in self.rows() if (r.imei, r.channel) != (imei, channel))

    def __len__(self) -> int:
        return len(self._rows)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ThresholdTable) and self._rows == other._rows

    __hash__ = None  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class ChannelLimits:
    """One channel's limits as the rules compare them: raw counts, and how to say them.

    ``rising``: a higher raw count reads as a higher value (positive gain); with a
    negative gain the raw minimum is the highest value.
    """

    high_raw: float | None
    low_raw: float | None
    hysteresis_raw: float
    rising: bool
    calibration: Calibration  # the channel's, for the values in alarm texts
    high: float | None  # as typed, converted to the calibration's unit
    low: float | None

    def above_high(self, raw_min: float, raw_max: float, held: bool) -> bool:
        """The frame's highest value is above high (``held``: the alarm is open, so the
        value must come back below high minus the hysteresis to clear it)."""
        limit = self.high_raw
        if limit is None:
            return False
        band = self.hysteresis_raw if held else 0.0
        return raw_max > limit - band if self.rising else raw_min < limit + band

    def below_low(self, raw_min: float, raw_max: float, held: bool) -> bool:
        """The frame's lowest value is below low (hysteresis as in :meth:`above_high`)."""
        limit = self.low_raw
        if limit is None:
            return False
        band = self.hysteresis_raw if held else 0.0
        return raw_min < limit + band if self.rising else raw_max > limit - band

    def highest(self, raw_min: float, raw_max: float) -> float:
        """The frame's highest value in the unit."""
        return self.calibration.apply(raw_max if self.rising else raw_min)

    def lowest(self, raw_min: float, raw_max: float) -> float:
        """The frame's lowest value in the unit."""
        return self.calibration.apply(raw_min if self.rising else raw_max)

    def describe(self, channel: str, value: float, op: str, limit: float) -> str:
        """An alarm's text: 'CH3 (...): 0.5210 MPa > 0.5000 MPa' ('... (raw)' in counts)."""
        cal = self.calibration
        if cal.unit:
            return f"{channel}: {format_value(value, cal)} {op} {format_value(limit, cal)}"
        return f"{channel}: {value:.0f} {op} {limit:g} (raw)"


def channel_limits(
    threshold: Threshold | None, calibration: Calibration, default_hysteresis: float
) -> ChannelLimits | None:
    """``threshold`` on a channel with ``calibration``, in raw counts (None: no limits,
    or a unit that does not convert to the channel's)."""
    if threshold is None:
        return None
    if not threshold.unit:  # typed in raw counts: compared as they are
        calibration = RAW
    unit = calibration.unit
    values = []
    for value in (threshold.high, threshold.low, threshold.hysteresis):
        converted = None if value is None else convert(value, threshold.unit, unit)
        if value is not None and converted is None:
            return None
        values.append(converted)
    high, low, hysteresis = values
    if hysteresis is None:
        hysteresis_raw = float(default_hysteresis)
    else:
        hysteresis_raw = abs(hysteresis / calibration.gain)
    return ChannelLimits(
        high_raw=None if high is None else calibration.to_raw(high),
        low_raw=None if low is None else calibration.to_raw(low),
        hysteresis_raw=hysteresis_raw,
        rising=calibration.gain > 0,
        calibration=calibration,
        high=high,
        low=low,
    )


class ModuleLimits:
    """Every module's channel limits, computed once per module and table change.

    ``default``: the thresholds of channels with no row at all (``serve``'s
    ``--threshold-high/--threshold-low``, raw counts).
    """

    def __init__(
        self,
        calibration: CalibrationTable | None = None,
        thresholds: ThresholdTable | None = None,
        default: Threshold | None = None,
        default_hysteresis: float = 100.0,
    ) -> None:
        self.calibration = calibration or CalibrationTable()
        self.thresholds = thresholds or ThresholdTable()
        self.default = default
        self.default_hysteresis = default_hysteresis
        self._cache: dict[str, tuple[ChannelLimits | None, ...]] = {}
        self.any = bool(len(self.thresholds)) or default is not None

    def for_module(self, imei: str) -> tuple[ChannelLimits | None, ...]:
        """The nine channels' limits of ``imei`` (None where none apply)."""
        found = self._cache.get(imei)
        if found is None:
            found = self._cache[imei] = tuple(
                channel_limits(
                    self.thresholds.lookup(imei, k) or self.default,
                    self.calibration.lookup(imei, k),
                    self.default_hysteresis,
                )
                for k in CHANNELS
            )
        return found
