"""How one sensor's health looks in the device table: colour, symbol, words, tooltip.

Sensor index k (0..8) is CH k+1 on bus k % 3 + 1, position k // 3 + 1 (PROTOCOL.md).
Fill colours are mid-tone and carry white (or black) symbols, so they read on
light and dark palettes alike; the symbol and tooltip say the same thing for
colour-blind users.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from fourgmon.protocol.messages import CrystalState, SensorKind, SensorState, bus_of, position_of

CELL_LOOK_ROLE = Qt.ItemDataRole.UserRole + 10


@dataclass(frozen=True, slots=True)
class CellLook:
    """Rendering of one sensor cell; ``key`` is stable (tests, sorting), the rest is shown."""

    key: str  # online / offline / interference / stuck / crystal / reserved / unknown / none
    symbol: str
    fill: str | None  # "#rrggbb", None: no chip (nothing reported yet)
    ink: str  # symbol colour on the fill


# key -> (symbol, fill, ink). The symbol of reserved/unknown codes is the raw text itself.
_LOOKS: dict[str, tuple[str, str | None, str]] = {
    "online": ("✓", "#2e7d32", "#ffffff"),
    "offline": ("✕", "#6d6d6d", "#ffffff"),
    "interference": ("≈", "#e65100", "#ffffff"),
    "stuck": ("=", "#7b1fa2", "#ffffff"),
    "crystal": ("!", "#c62828", "#ffffff"),
    "reserved": ("", "#1565c0", "#ffffff"),
    "unknown": ("?", "#f9a825", "#000000"),
    "none": ("·", None, ""),
}


def state_words(key: str, raw: str = "") -> str:
    """Words for a cell state, translated."""
    if key == "online":
        return QCoreApplication.translate("SensorCells", "online")
    if key == "offline":
        return QCoreApplication.translate("SensorCells", "offline")
    if key == "interference":
        return QCoreApplication.translate("SensorCells", "high-frequency interference")
    if key == "stuck":
        return QCoreApplication.translate("SensorCells", "stuck value (fixed-value anomaly)")
    if key == "crystal":
        return QCoreApplication.translate("SensorCells", "crystal oscillator fault")
    if key == "reserved":
        return QCoreApplication.translate("SensorCells", "reserved code {raw}").format(raw=raw)
    if key == "unknown":
        return QCoreApplication.translate("SensorCells", "unknown code {raw}").format(raw=raw)
    return QCoreApplication.translate("SensorCells", "no status reported yet")


def channel_label(k: int) -> str:
    """'CH4 · bus 1 / pos 2' (translated) for sensor index k."""
    text = QCoreApplication.translate("SensorCells", "CH{ch} · bus {bus} / pos {pos}")
    return text.format(ch=k + 1, bus=bus_of(k), pos=position_of(k))


def short_code(raw: str) -> str:
    """The code inside a raw stK text for the cell: '["11"]' -> '11', '[7]' -> '7' (max 3)."""
    return raw.strip().strip("[]").strip().strip('"').strip()[:3]


def _sensor_key(sensor: SensorState | None) -> str:
    if sensor is None:
        return "none"
    return sensor.kind.value  # the SensorKind values are the look keys


@lru_cache(maxsize=512)
def sensor_look(sensor: SensorState | None, crystal: CrystalState | None) -> CellLook:
    """The look of a sensor cell; a crystal fault outranks the sensor state (cached: the
    states are frozen values, and a cell is asked for its look on every paint)."""
    if crystal is not None and crystal.fault is True:
        key = "crystal"
    elif sensor is None and crystal is not None and crystal.fault is None:
        key = "unknown"
    else:
        key = _sensor_key(sensor)
    symbol, fill, ink = _LOOKS[key]
    if key in ("reserved", "unknown") and sensor is not None and sensor.kind.value == key:
        symbol = short_code(sensor.raw) or symbol
    return CellLook(key, symbol, fill, ink)


def sensor_tooltip(k: int, sensor: SensorState | None, crystal: CrystalState | None) -> str:
    """'CH4 · bus 1 / pos 2 · offline', plus the crystal state when it is not normal."""
    raw = sensor.raw if sensor is not None else ""
    parts = [channel_label(k), state_words(_sensor_key(sensor), raw)]
    if crystal is not None and crystal.fault is True:
        parts.append(state_words("crystal"))
    elif crystal is not None and crystal.fault is None:
        parts.append(
            QCoreApplication.translate("SensorCells", "crystal: unknown code {raw}").format(
                raw=crystal.raw
            )
        )
    return " · ".join(parts)


def is_fault(sensor: SensorState | None, crystal: CrystalState | None) -> bool:
    """True when the cell shows anything but a healthy or not-yet-reported sensor."""
    if crystal is not None and crystal.fault is not False:
        return True
    return sensor is not None and sensor.kind is not SensorKind.ONLINE


class SensorCellDelegate(QStyledItemDelegate):
    """Paints a rounded colour chip with the state symbol for cells carrying a CellLook.

    Nothing is allocated per paint: the bold font (per view font), the fill brushes and
    ink pens (per colour) are made once and reused. The cell background (selection,
    alternate rows) is the style's, drawn from the view's option as is: the model
    gives sensor cells no font, colour, icon or check state, so ``initStyleOption``
    (seven ``data()`` calls) would add nothing but the symbol text, which the chip draws.
    """

    CHIP_WIDTH = 26

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._font_of: tuple[QFont, QFont] | None = None  # (view font, its bold copy)
        self._brushes: dict[str, QBrush] = {}
        self._pens: dict[str, QPen] = {}

    def _bold(self, font: QFont) -> QFont:
        cached = self._font_of
        if cached is None or cached[0] != font:
            bold = QFont(font)
            bold.setBold(True)
            self._font_of = cached = (QFont(font), bold)
        return cached[1]

    def _brush(self, color: str) -> QBrush:
        brush = self._brushes.get(color)
        if brush is None:
            brush = self._brushes[color] = QBrush(QColor(color))
        return brush

    def _pen(self, color: str) -> QPen:
        pen = self._pens.get(color)
        if pen is None:
            pen = self._pens[color] = QPen(QColor(color))
        return pen

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        look = index.data(CELL_LOOK_ROLE)
        if not isinstance(look, CellLook):
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect).adjusted(2.5, 2.5, -2.5, -2.5)
        painter.setFont(self._bold(option.font))
        if look.fill is None:
            painter.setPen(option.palette.placeholderText().color())
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._brush(look.fill))
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(self._pen(look.ink))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, look.symbol)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(self.CHIP_WIDTH, hint.height())
