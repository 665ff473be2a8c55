"""Calibration: raw AD counts -> engineering units (value = gain x raw + offset).

One :class:`Calibration` per module and channel; a row for imei ``*`` applies to
every module without its own row; a channel with no row at all stays in raw counts
(:data:`RAW`). The CSV form is DESIGN.md's contract: ``imei,channel,gain,offset,unit``.
Sans-I/O: the store keeps the rows (and their history), the window and the bridge
look values up here.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

DEFAULT_IMEI = "*"
CHANNELS = range(9)  # dataK, K = 0..8
UNITS = ("kPa", "MPa", "bar", "psi")  # offered in the window; any short text is allowed
CSV_HEADER = ("imei", "channel", "gain", "offset", "unit")
MAX_UNIT_LENGTH = 16


class CalibrationError(ValueError):
    """A calibration value or CSV line that cannot be used; ``line`` is 1-based or 0."""

    def __init__(self, message: str, line: int = 0) -> None:
        super().__init__(f"line {line}: {message}" if line else message)
        self.line = line


@dataclass(frozen=True, slots=True)
class Calibration:
    """value = gain x raw + offset, in ``unit``; the identity with no unit means raw counts."""

    gain: float = 1.0
    offset: float = 0.0
    unit: str = ""

    def __post_init__(self) -> None:
        if not math.isfinite(self.gain) or self.gain == 0:
            raise CalibrationError(f"gain must be a finite non-zero number, not {self.gain!r}")
        if not math.isfinite(self.offset):
            raise CalibrationError(f"offset must be a finite number, not {self.offset!r}")
        unit = self.unit
        if (
            len(unit) > MAX_UNIT_LENGTH
            or not unit.isprintable()
            or "," in unit
            or unit != unit.strip()
        ):
            raise CalibrationError(
                f"unit must be at most {MAX_UNIT_LENGTH} printable characters, without a comma"
                f" or surrounding spaces: {unit!r}"
            )

    @property
    def is_raw(self) -> bool:
        """True when values are shown as the module's raw counts."""
        return self.gain == 1.0 and self.offset == 0.0 and not self.unit

    def apply(self, raw: float) -> float:
        """One value in engineering units."""
        return self.gain * raw + self.offset

    def apply_array(self, raw: npt.ArrayLike) -> npt.NDArray[np.float64]:
        """Many values at once (a frame's samples, a trend's min/mean/max)."""
        return np.asarray(raw, dtype=np.float64) * self.gain + self.offset

    def to_raw(self, value: float) -> float:
        """The raw count that reads as ``value`` (thresholds typed in engineering units)."""
        return (value - self.offset) / self.gain

    @classmethod
    def two_point(
        cls, raw1: float, value1: float, raw2: float, value2: float, unit: str = ""
    ) -> Calibration:
        """The line through two known points (raw count read at a known pressure)."""
        if raw1 == raw2:
            raise CalibrationError("the two raw readings must differ")
        gain = (value2 - value1) / (raw2 - raw1)
        return cls(gain=gain, offset=value1 - gain * raw1, unit=unit)


RAW = Calibration()


@dataclass(frozen=True, slots=True)
class CalibrationRow:
    """One row of the calibration table (``imei`` may be :data:`DEFAULT_IMEI`)."""

    imei: str
    channel: int
    calibration: Calibration

    def __post_init__(self) -> None:
        if self.channel not in CHANNELS:
            raise CalibrationError(f"channel must be 0-8, not {self.channel}")
        imei = self.imei
        if not imei or not imei.isprintable() or "," in imei or imei != imei.strip():
            raise CalibrationError(f"imei must be '*' or a module's IMEI, not {self.imei!r}")


class CalibrationTable:
    """The calibration in force: own rows first, then the ``*`` row, then raw counts."""

    def __init__(self, rows: Iterable[CalibrationRow] = ()) -> None:
        self._rows: dict[tuple[str, int], Calibration] = {
            (row.imei, row.channel): row.calibration for row in rows
        }

    def lookup(self, imei: str, channel: int) -> Calibration:
        """The calibration of one module's channel."""
        rows = self._rows
        return rows.get((imei, channel)) or rows.get((DEFAULT_IMEI, channel)) or RAW

    def for_module(self, imei: str) -> tuple[Calibration, ...]:
        """The nine channels' calibrations of one module, channel 0 first."""
        return tuple(self.lookup(imei, k) for k in CHANNELS)

    def own_rows(self) -> Mapping[tuple[str, int], Calibration]:
        """The rows as stored, keyed by (imei, channel)."""
        return dict(self._rows)

    def rows(self) -> list[CalibrationRow]:
        """The rows sorted by imei (``*`` first) and channel."""
        return [CalibrationRow(imei, k, cal) for (imei, k), cal in sorted(self._rows.items())]

    def replaced(self, row: CalibrationRow) -> CalibrationTable:
        """A table with ``row`` set (added or changed)."""
        return CalibrationTable([*self.rows(), row])

    def without(self, imei: str, channel: int) -> CalibrationTable:
        """A table with the row of (imei, channel) removed."""
        return CalibrationTable(r for r in self.rows() if (r.imei, r.channel) != (imei, channel))

    def __len__(self) -> int:
        return len(self._rows)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CalibrationTable) and self._rows == other._rows

    __hash__ = None  # type: ignore[assignment]


def parse_csv(text: str) -> list[CalibrationRow]:
    """Rows of a calibration CSV (an optional header; a UTF-8 BOM and blank lines ignored).

    Raises :class:`CalibrationError` naming the first bad line; a file with the same
    (imei, channel) twice is an error too, since one of the two would be lost.
    """
    rows: list[CalibrationRow] = []
    seen: dict[tuple[str, int], int] = {}
    for number, line in enumerate(text.removeprefix("\ufeff").splitlines(), start=1):
        fields = [f.strip() for f in line.split(",")]
        if fields == [""]:
            continue
        if number == 1 and [f.lower() for f in fields] == list(CSV_HEADER):
            continue
        if len(fields) != len(CSV_HEADER):
            raise CalibrationError(
                f"expected {len(CSV_HEADER)} fields ({','.join(CSV_HEADER)}), found {len(fields)}",
                number,
            )
        imei, channel, gain, offset, unit = fields
        try:
            row = CalibrationRow(imei, int(channel), Calibration(float(gain), float(offset), unit))
        except CalibrationError as exc:
            raise CalibrationError(str(exc), number) from None
        except ValueError:
            raise CalibrationError(
                f"channel must be an integer and gain, offset numbers: {line.strip()!r}", number
            ) from None
        key = (row.imei, row.channel)
        if key in seen:
            raise CalibrationError(
                f"{row.imei} channel {row.channel} is also on line {seen[key]}", number
            )
        seen[key] = number
        rows.append(row)
    return rows


def format_csv(rows: Iterable[CalibrationRow]) -> str:
    """The CSV text of ``rows``, with its header; ``parse_csv`` reads it back unchanged."""
    lines = [",".join(CSV_HEADER)]
    for row in rows:
        cal = row.calibration
        lines.append(f"{row.imei},{row.channel},{cal.gain!r},{cal.offset!r},{cal.unit}")
    return "\n".join(lines) + "\n"
