"""The editor of one calibration row: gain, offset, unit, thresholds, two-point helper.

A row is a module (or ``*``) and a channel; its calibration is its own, or (box
unticked) the ``*`` row's / raw counts; its thresholds are typed in the unit of the
calibration in force for it. :func:`edit_records` turns an edit into the writer's
records (only what changed).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fourgmon.domain.alarms import AlarmRules
from fourgmon.domain.calibration import (
    CHANNELS,
    DEFAULT_IMEI,
    RAW,
    UNITS,
    Calibration,
    CalibrationError,
    CalibrationRow,
)
from fourgmon.domain.registry import DeviceRegistry
from fourgmon.domain.thresholds import Threshold, ThresholdRow
from fourgmon.gui.units import Units
from fourgmon.protocol.messages import bus_of, position_of
from fourgmon.store.calibration import changes_record
from fourgmon.store.records import Record
from fourgmon.store.thresholds import thresholds_record

LiveMean = Callable[[str, int], "float | None"]


@dataclass(frozen=True, slots=True)
class UnitRow:
    """One row of the dialog: a module's channel, its own calibration and thresholds."""

    imei: str
    channel: int
    own: Calibration | None  # None: the '*' row's (or raw counts) applies
    shown: Calibration  # the calibration in force for it
    threshold: Threshold | None

    @property
    def key(self) -> tuple[str, int]:
        return (self.imei, self.channel)


def rows_of(units: Units) -> list[UnitRow]:
    """The dialog's rows: every (imei, channel) with its own calibration or threshold."""
    cal, thr = units.calibration.own_rows(), units.thresholds.own_rows()
    keys = sorted(set(cal) | set(thr), key=lambda key: (key[0] != DEFAULT_IMEI, key))
    out = []
    for imei, k in keys:
        own = cal.get((imei, k))
        shown = own or units.calibration.lookup(imei, k)
        out.append(UnitRow(imei, k, own, shown, thr.get((imei, k))))
    return out


def edit_records(
    units: Units,
    old_key: tuple[str, int] | None,
    row: UnitRow,
    at: float,
    user: str,
) -> list[Record | None]:
    """The writer's records that make ``row`` (formerly ``old_key``) true; None: no change."""
    cal, thr = units.calibration.own_rows(), units.thresholds.own_rows()
    key = row.key
    cal_set: list[CalibrationRow] = []
    thr_set: list[ThresholdRow] = []
    cal_gone: list[tuple[str, int]] = []
    thr_gone: list[tuple[str, int]] = []
    if old_key is not None and old_key != key:  # the row moved to another module/channel
        cal_gone += [old_key] if old_key in cal else []
        thr_gone += [old_key] if old_key in thr else []
    if row.own is None:
        cal_gone += [key] if key in cal else []
    elif cal.get(key) != row.own:
        cal_set.append(CalibrationRow(row.imei, row.channel, row.own))
    if row.threshold is None:
        thr_gone += [key] if key in thr else []
    elif thr.get(key) != row.threshold:
        thr_set.append(ThresholdRow(row.imei, row.channel, row.threshold))
    return [
        changes_record(at, user, cal_set, cal_gone) if cal_set or cal_gone else None,
        thresholds_record(at, user, thr_set, thr_gone) if thr_set or thr_gone else None,
    ]


def removal_records(
    units: Units, keys: list[tuple[str, int]], at: float, user: str
) -> list[Record | None]:
    """The records that remove the rows ``keys`` (calibration and thresholds)."""
    cal, thr = units.calibration.own_rows(), units.thresholds.own_rows()
    cal_gone = [k for k in keys if k in cal]
    thr_gone = [k for k in keys if k in thr]
    return [
        changes_record(at, user, removed=cal_gone) if cal_gone else None,
        thresholds_record(at, user, removed=thr_gone) if thr_gone else None,
    ]


def _number(text: str, what: str, *, optional: bool = True) -> float | None:
    """A number typed in a field (',' as decimal point too); None when blank and optional."""
    text = text.strip().replace(",", ".")
    if not text:
        if optional:
            return None
        raise CalibrationError(f"{what}: a number is needed")
    try:
        value = float(text)
    except ValueError:
        raise CalibrationError(f"{what}: {text!r} is not a number") from None
    if not math.isfinite(value):
        raise CalibrationError(f"{what}: {text!r} is not a finite number")
    return value


def _text(value: float | None) -> str:
    return "" if value is None else f"{value:.10g}"


class RowEditor(QDialog):
    """Add or edit one row; ``row()`` is the result once accepted."""

    def __init__(
        self,
        units: Units,
        registry: DeviceRegistry | None,
        live_mean: LiveMean | None,
        row: UnitRow | None = None,
        parent: QWidget | None = None,
        module: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calibrationRowEditor")
        self._units = units
        self._live_mean = live_mean
        self.old_key = row.key if row is not None else None
        self._result: UnitRow | None = None

        self.module = QComboBox(self)
        self.module.setEditable(True)
        self.module.addItem("", DEFAULT_IMEI)
        for dev in sorted(registry or (), key=lambda d: d.imei):
            self.module.addItem(f"{dev.imei}  {dev.alias}".strip(), dev.imei)
        self.channel = QComboBox(self)
        for k in CHANNELS:
            self.channel.addItem("", k)
        self.own_box = QGroupBox(self)
        self.own_box.setCheckable(True)
        self.gain = QLineEdit(self)
        self.offset = QLineEdit(self)
        self.unit = QComboBox(self)
        self.unit.setEditable(True)
        self.unit.addItems(list(UNITS))
        self.inherited = QLabel(self)
        self.inherited.setWordWrap(True)

        self.point_value = [QLineEdit(self), QLineEdit(self)]
        self.point_raw = [QLineEdit(self), QLineEdit(self)]
        self.pick = [QPushButton(self), QPushButton(self)]
        self.compute = QPushButton(self)
        self.helper = QGroupBox(self)

        self.high = QLineEdit(self)
        self.low = QLineEdit(self)
        self.hysteresis = QLineEdit(self)
        self.thresholds_box = QGroupBox(self)
        self.error = QLabel(self)
        self.error.setObjectName("editorError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._build()
        self._retranslate()
        self._fill(row, module)
        self._wire()
        self._update_live()

    # ------------------------------------------------------------ layout
    def _build(self) -> None:
        self._key_form = QFormLayout()
        self._key_form.addRow(QLabel(self), self.module)
        self._key_form.addRow(QLabel(self), self.channel)

        cal = QFormLayout(self.own_box)
        cal.addRow(QLabel(self), self.gain)
        cal.addRow(QLabel(self), self.offset)
        cal.addRow(QLabel(self), self.unit)
        self._cal_form = cal

        grid = QGridLayout(self.helper)
        self._helper_heads = [QLabel(self), QLabel(self)]
        self._point_labels = [QLabel(self), QLabel(self)]
        grid.addWidget(self._helper_heads[0], 0, 1)
        grid.addWidget(self._helper_heads[1], 0, 2)
        for i in range(2):
            grid.addWidget(self._point_labels[i], i + 1, 0)
            grid.addWidget(self.point_value[i], i + 1, 1)
            grid.addWidget(self.point_raw[i], i + 1, 2)
            grid.addWidget(self.pick[i], i + 1, 3)
        grid.addWidget(self.compute, 3, 1, 1, 3)

        thr = QFormLayout(self.thresholds_box)
        thr.addRow(QLabel(self), self.high)
        thr.addRow(QLabel(self), self.low)
        thr.addRow(QLabel(self), self.hysteresis)
        self._thr_form = thr

        layout = QVBoxLayout(self)
        layout.addLayout(self._key_form)
        layout.addWidget(self.own_box)
        layout.addWidget(self.inherited)
        layout.addWidget(self.helper)
        layout.addWidget(self.thresholds_box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Calibration row"))
        self.module.setItemText(0, self.tr("* (every module without its own row)"))
        for k in CHANNELS:
            text = self.tr("CH{n} · bus {bus} / pos {pos}").format(
                n=k + 1, bus=bus_of(k), pos=position_of(k)
            )
            self.channel.setItemText(k, text)
        _label(self._key_form, 0, self.tr("Module:"))
        _label(self._key_form, 1, self.tr("Channel:"))
        self.own_box.setTitle(self.tr("Own calibration (value = gain × raw + offset)"))
        _label(self._cal_form, 0, self.tr("Gain:"))
        _label(self._cal_form, 1, self.tr("Offset:"))
        _label(self._cal_form, 2, self.tr("Unit:"))
        self.helper.setTitle(self.tr("Two-point helper"))
        self._helper_heads[1].setText(self.tr("Raw counts read"))
        for i in range(2):
            self._point_labels[i].setText(self.tr("Point {n}").format(n=i + 1))
            self.pick[i].setText(self.tr("Read live"))
        self.compute.setText(self.tr("Compute gain and offset"))
        self.thresholds_box.setTitle(self.tr("Alarm thresholds"))
        self.high.setPlaceholderText(self.tr("none"))
        self.low.setPlaceholderText(self.tr("none"))
        self.hysteresis.setPlaceholderText(
            self.tr("default: {n} raw counts").format(n=AlarmRules().hysteresis)
        )
        self._update_unit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _fill(self, row: UnitRow | None, module: str | None) -> None:
        imei = row.imei if row is not None else module or DEFAULT_IMEI
        index = self.module.findData(imei)
        if index >= 0:
            self.module.setCurrentIndex(index)
        else:
            self.module.setEditText(imei)
        self.channel.setCurrentIndex(row.channel if row is not None else 0)
        own = row.own if row is not None else None
        self.own_box.setChecked(own is not None or row is None)
        # A new row starts from what is in force for it (the '*' row's, say).
        cal = own or (row.shown if row is not None else self._units.calibration.lookup(imei, 0))
        self.gain.setText(_text(cal.gain))
        self.offset.setText(_text(cal.offset))
        self.unit.setEditText(cal.unit or (UNITS[1] if row is None else ""))
        t = row.threshold if row is not None else None
        if t is not None:
            self.high.setText(_text(t.high))
            self.low.setText(_text(t.low))
            self.hysteresis.setText(_text(t.hysteresis))

    def _wire(self) -> None:
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.compute.clicked.connect(self._compute)
        for i in range(2):
            self.pick[i].clicked.connect(lambda _=False, i=i: self.read_live(i))
        self.module.currentIndexChanged.connect(self._update_live)
        self.module.editTextChanged.connect(self._update_live)
        self.channel.currentIndexChanged.connect(self._update_live)
        self.own_box.toggled.connect(self._update_unit)
        self.unit.editTextChanged.connect(self._update_unit)

    # ------------------------------------------------------------ reading the fields
    def imei(self) -> str:
        """The module typed or chosen ('*' for the default row)."""
        index = self.module.currentIndex()
        text = self.module.currentText().strip()
        if index >= 0 and text == self.module.itemText(index):
            return str(self.module.itemData(index))
        return text.split()[0] if text else ""

    def calibration(self) -> Calibration:
        """The calibration in force for the row as the fields say (may raise)."""
        if self.own_box.isChecked():
            gain = _number(self.gain.text(), self.tr("gain"), optional=False)
            offset = _number(self.offset.text(), self.tr("offset"), optional=False)
            assert gain is not None and offset is not None
            return Calibration(gain, offset, self.unit.currentText().strip())
        imei = self.imei() or DEFAULT_IMEI
        k = self.channel.currentIndex()
        if imei == DEFAULT_IMEI:
            return RAW
        return self._units.calibration.own_rows().get((DEFAULT_IMEI, k), RAW)

    def _unit_text(self) -> str:
        try:
            unit = self.calibration().unit
        except CalibrationError:
            unit = self.unit.currentText().strip()
        return unit or self.tr("raw counts")

    @Slot()
    def _update_unit(self, *_: object) -> None:
        unit = self._unit_text()
        for field in (self.high, self.low, self.hysteresis):
            field.setToolTip(self.tr("In {unit}").format(unit=unit))
        _label(self._thr_form, 0, self.tr("High ({unit}):").format(unit=unit))
        _label(self._thr_form, 1, self.tr("Low ({unit}):").format(unit=unit))
        _label(self._thr_form, 2, self.tr("Hysteresis ({unit}):").format(unit=unit))
        typed = self.unit.currentText().strip() or self.tr("raw counts")
        self._helper_heads[0].setText(self.tr("Known pressure ({unit})").format(unit=typed))
        own = self.own_box.isChecked()
        self.helper.setEnabled(own)
        if own:
            self.inherited.clear()
            self.inherited.hide()
        else:
            self.inherited.setText(
                self.tr("Values of this row are shown as the '*' row says: {unit}.").format(
                    unit=unit
                )
            )
            self.inherited.show()

    @Slot()
    def _update_live(self, *_: object) -> None:
        live = self._live()
        for button in self.pick:
            button.setEnabled(live is not None)
            button.setToolTip(
                self.tr("The mean of this channel's last frame: {value} counts").format(
                    value=f"{live:.1f}"
                )
                if live is not None
                else self.tr("Select this module in the device table to read its live value")
            )
        self._update_unit()

    def _live(self) -> float | None:
        imei = self.imei()
        if self._live_mean is None or not imei or imei == DEFAULT_IMEI:
            return None
        return self._live_mean(imei, self.channel.currentIndex())

    def read_live(self, i: int) -> None:
        """Point ``i``'s raw counts from the live reading (mean of the last frame)."""
        live = self._live()
        if live is not None:
            self.point_raw[i].setText(f"{live:.1f}")

    @Slot()
    def _compute(self) -> None:
        try:
            points = []
            for i in range(2):
                what = self.tr("point {n}").format(n=i + 1)
                value = _number(self.point_value[i].text(), what, optional=False)
                raw = _number(self.point_raw[i].text(), what, optional=False)
                points += [raw, value]
            r1, v1, r2, v2 = (float(p) for p in points if p is not None)
            cal = Calibration.two_point(r1, v1, r2, v2, self.unit.currentText().strip())
        except CalibrationError as exc:
            self.error.setText(str(exc))
            return
        self.own_box.setChecked(True)
        self.gain.setText(_text(cal.gain))
        self.offset.setText(_text(cal.offset))
        self.error.clear()

    def row(self) -> UnitRow | None:
        """The row as accepted (None until then)."""
        return self._result

    def build_row(self) -> UnitRow:
        """The row the fields describe; CalibrationError says what is wrong."""
        imei = self.imei()
        k = self.channel.currentIndex()
        CalibrationRow(imei, k, RAW)  # imei and channel checked
        if self.old_key != (imei, k) and (
            (imei, k) in self._units.calibration.own_rows()
            or (imei, k) in self._units.thresholds.own_rows()
        ):
            raise CalibrationError(
                self.tr("{module} CH{n} already has a row: edit that one").format(
                    module=imei, n=k + 1
                )
            )
        cal = self.calibration()
        high = _number(self.high.text(), self.tr("high"))
        low = _number(self.low.text(), self.tr("low"))
        hysteresis = _number(self.hysteresis.text(), self.tr("hysteresis"))
        threshold = None
        if high is not None or low is not None:
            threshold = Threshold(high, low, hysteresis, cal.unit)
        elif hysteresis is not None:
            raise CalibrationError(self.tr("a hysteresis needs a high or a low threshold"))
        own = cal if self.own_box.isChecked() else None
        return UnitRow(imei, k, own, cal, threshold)

    @Slot()
    def _accept(self) -> None:
        try:
            self._result = self.build_row()
        except CalibrationError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self.accept()


def _label(form: QFormLayout, row: int, text: str) -> None:
    item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
    widget = item.widget() if item is not None else None
    if isinstance(widget, QLabel):
        widget.setText(text)
