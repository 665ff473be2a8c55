"""The calibration dialog: the rows in force, their editor, CSV import/export, history.

Modeless: the window keeps serving modules while it is open, and the engineer can
select a module in the device table to read its live value into the two-point
helper. Every edit is written through the store's writer at once (with the time and
the OS user), then read back; the history tab shows every change, old -> new. The
CSV is the one ``fourgmon calibration import/export`` reads and writes.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fourgmon.domain.calibration import (
    DEFAULT_IMEI,
    Calibration,
    CalibrationError,
    format_csv,
    parse_csv,
)
from fourgmon.domain.registry import DeviceRegistry
from fourgmon.domain.thresholds import Threshold, channel_limits
from fourgmon.gui.calibration_editor import (
    LiveMean,
    RowEditor,
    UnitRow,
    edit_records,
    removal_records,
    rows_of,
)
from fourgmon.gui.units import Units
from fourgmon.store.calibration import import_record

Spawn = Callable[[Coroutine[Any, Any, Any]], "asyncio.Future[Any]"]
Index = QModelIndex | QPersistentModelIndex
COLUMNS = 8  # module, channel, gain, offset, unit, high, low, hysteresis


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:.6g}"


class RowsModel(QAbstractTableModel):
    """The dialog's rows (:class:`UnitRow`), one line each."""

    def __init__(self, name_of: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[UnitRow] = []
        self._name_of = name_of
        self._muted = QColor("gray")
        self._bad = QColor("#c62828")

    def set_rows(self, rows: list[UnitRow], muted: QColor) -> None:
        self.beginResetModel()
        self.rows, self._muted = rows, muted
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            self.tr("Module"),
            self.tr("Channel"),
            self.tr("Gain"),
            self.tr("Offset"),
            self.tr("Unit"),
            self.tr("High"),
            self.tr("Low"),
            self.tr("Hysteresis"),
        )
        return names[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = self.rows[index.row()], index.column()
        inherited = row.own is None and 2 <= col <= 4
        unusable = col >= 5 and row.threshold is not None and not self._applies(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._bad if unusable else self._muted if inherited else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if unusable and row.threshold is not None:
                return self.tr(
                    "Not applied: {unit} does not convert to this channel's unit ({shown})"
                ).format(
                    unit=row.threshold.unit or self.tr("raw counts"),
                    shown=row.shown.unit or self.tr("raw counts"),
                )
            if inherited:
                return self.tr("No own calibration: the '*' row (or raw counts) applies")
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= col != 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _applies(row: UnitRow) -> bool:
        return channel_limits(row.threshold, row.shown, 0) is not None

    def _text(self, row: UnitRow, col: int) -> str:
        cal, t = row.shown, row.threshold
        if col == 0:
            return self._name_of(row.imei)
        if col == 1:
            return f"CH{row.channel + 1}"
        if col == 2:
            return _num(cal.gain)
        if col == 3:
            return _num(cal.offset)
        if col == 4:
            return cal.unit or self.tr("raw counts")
        if t is None:
            return ""
        unit = t.unit or self.tr("counts")
        value = (t.high, t.low, t.hysteresis)[col - 5]
        if value is None:
            return self.tr("default") if col == 7 else ""
        return f"{_num(value)} {unit}"


class CalibrationDialog(QDialog):
    """See the module docstring. ``selected()``: the module selected in the window."""

    def __init__(
        self,
        units: Units,
        registry: DeviceRegistry | None,
        spawn: Spawn,
        live_mean: LiveMean | None = None,
        selected: Callable[[], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calibrationDialog")
        self.units = units
        self._registry = registry
        self._spawn = spawn
        self._live_mean = live_mean
        self._selected = selected
        self.editor: RowEditor | None = None
        self.last_error = ""
        self.error_box: QMessageBox | None = None
        self.history_rows: list[tuple[str, ...]] = []

        self.model = RowsModel(self._name_of, self)
        self.table = QTableView(self)
        self.table.setObjectName("calibrationTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda _i: self.edit_row())
        self.history = QTableWidget(0, 6, self)
        self.history.setObjectName("calibrationHistory")
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().setVisible(False)
        self.history.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.history.setWordWrap(False)

        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.replace_box = QCheckBox(self)
        self.replace_box.setObjectName("calibrationImportReplace")
        self.export_button = QPushButton(self)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("calibrationStatus")
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.tabs = QTabWidget(self)
        self._build()
        self._retranslate()
        self._wire()
        self.refresh_rows()
        self.resize(900, 560)

    # ------------------------------------------------------------ layout
    def _build(self) -> None:
        rows_page = QWidget(self)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.replace_box)
        for b in (self.import_button, self.export_button):
            buttons.addWidget(b)
        page = QVBoxLayout(rows_page)
        page.addWidget(self.help)
        page.addWidget(self.table, 1)
        page.addLayout(buttons)
        self.tabs.addTab(rows_page, "")
        self.tabs.addTab(self.history, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.close_buttons)
        layout.addLayout(bottom)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Calibration and thresholds"))
        self.help.setText(
            self.tr(
                "value = gain × raw + offset. A '*' row applies to every module without its"
                " own row; channels without any row stay in raw counts. Thresholds are in"
                " the row's unit; every change is kept with its time and user."
            )
        )
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove"))
        self.import_button.setText(self.tr("Import CSV…"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.import_button.setToolTip(
            self.tr("Set the rows of a CSV file (imei,channel,gain,offset,unit)")
        )
        self.replace_box.setText(self.tr("Import replaces all rows"))
        self.replace_box.setToolTip(
            self.tr(
                "Remove the rows the file does not list (as `fourgmon calibration import"
                " --replace`); the history keeps them"
            )
        )
        self.tabs.setTabText(0, self.tr("Rows in force"))
        self.tabs.setTabText(1, self.tr("History of changes"))
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("User"),
                self.tr("Module"),
                self.tr("Channel"),
                self.tr("Old"),
                self.tr("New"),
            ]
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        self.refresh_rows()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _wire(self) -> None:
        self.add_button.clicked.connect(lambda: self.add_row())
        self.edit_button.clicked.connect(lambda: self.edit_row())
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.import_button.clicked.connect(lambda: self.choose_import())
        self.export_button.clicked.connect(lambda: self.choose_export())
        self.close_buttons.rejected.connect(self.close)
        self.units.changed.connect(self.refresh_rows)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.tabs.currentChanged.connect(lambda i: i == 1 and self.load_history())

    # ------------------------------------------------------------ rows
    def _name_of(self, imei: str) -> str:
        if imei == DEFAULT_IMEI:
            return self.tr("* (every module)")
        dev = self._registry.get(imei) if self._registry is not None else None
        return f"{dev.alias} ({imei})" if dev is not None and dev.alias else imei

    def refresh_rows(self) -> None:
        """Show the rows in force (the units changed)."""
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        self.model.set_rows(rows_of(self.units), muted)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for col in range(2, COLUMNS):  # numbers: room for a typed value, whatever is shown
            header.resizeSection(col, max(header.sectionSize(col), 80))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._update_buttons()
        if self.tabs.currentIndex() == 1:
            self.load_history()

    def _update_buttons(self, *_: object) -> None:
        chosen = bool(self.selected_rows())
        self.edit_button.setEnabled(len(self.selected_rows()) == 1)
        self.remove_button.setEnabled(chosen)

    def selected_rows(self) -> list[UnitRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r] for r in rows if r < len(self.model.rows)]

    def select_row(self, imei: str, channel: int) -> bool:
        """Select the row of (imei, channel); False if there is none."""
        for r, row in enumerate(self.model.rows):
            if row.key == (imei, channel):
                self.table.selectRow(r)
                return True
        return False

    # ------------------------------------------------------------ editing
    def add_row(self) -> RowEditor:
        """Open the editor for a new row (for the module selected in the window)."""
        module = self._selected() if self._selected is not None else None
        return self._open_editor(None, module)

    def edit_row(self) -> RowEditor | None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return None
        return self._open_editor(rows[0], None)

    def _open_editor(self, row: UnitRow | None, module: str | None) -> RowEditor:
        if self.editor is not None:
            self.editor.close()
        editor = RowEditor(self.units, self._registry, self._live_mean, row, self, module)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.accepted.connect(lambda: self._edited(editor))
        editor.destroyed.connect(lambda: self._forget_editor(editor))
        self.editor = editor
        editor.open()
        return editor

    def _forget_editor(self, editor: RowEditor) -> None:
        if self.editor is editor:
            self.editor = None

    def _edited(self, editor: RowEditor) -> None:
        row = editor.row()
        if row is not None:
            self.save(editor.old_key, row)

    def save(self, old_key: tuple[str, int] | None, row: UnitRow) -> asyncio.Future[Any]:
        """Write one edited row (what changed of it) through the writer."""
        at, user = self.units.who_and_when()
        return self._run(self.units.write(edit_records(self.units, old_key, row, at, user)))

    def remove_selected(self) -> asyncio.Future[Any] | None:
        """Remove the selected rows (their calibration and thresholds)."""
        keys = [row.key for row in self.selected_rows()]
        if not keys:
            return None
        at, user = self.units.who_and_when()
        return self._run(self.units.write(removal_records(self.units, keys, at, user)))

    def _run(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Future[Any]:
        async def guarded() -> Any:
            try:
                return await coro
            except Exception as exc:  # a storage failure: say it, keep the dialog usable
                self.show_error(self.tr("Cannot store the change: {reason}").format(reason=exc))
                return None

        return self._spawn(guarded())

    # ------------------------------------------------------------ CSV
    def choose_import(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Import calibration CSV"))
        dialog.setObjectName("calibrationImportFile")
        dialog.setNameFilter(self.tr("CSV files (*.csv);;All files (*)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.import_csv(Path(path)))
        dialog.open()
        return dialog

    def choose_export(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Export calibration CSV"))
        dialog.setObjectName("calibrationExportFile")
        dialog.setNameFilter(self.tr("CSV files (*.csv)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.selectFile("calibration.csv")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.export_csv(Path(path)))
        dialog.open()
        return dialog

    def import_csv(self, path: Path) -> asyncio.Future[Any]:
        """Set the rows of the CSV file ``path`` (and, when "Import replaces all rows" is
        ticked, remove those it does not list); a bad file changes nothing. The result is
        the number of rows changed or removed."""
        return self._run(self._import(path, self.replace_box.isChecked()))

    async def _import(self, path: Path, replace: bool) -> int | None:
        try:
            text = await self.units.in_pool(lambda: path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            self.show_error(
                self.tr("Cannot read {file}: {reason}").format(file=path, reason=reason)
            )
            return None
        try:
            rows = parse_csv(text)
        except CalibrationError as exc:
            self.show_error(
                self.tr("Nothing imported: {file}, {reason}").format(file=path.name, reason=exc)
            )
            return None
        at, user = self.units.who_and_when()
        record = import_record(at, user, self.units.calibration, rows, replace=replace)
        await self.units.write([record])
        fields = () if record is None else record.rows
        removed = sum(1 for f in fields if f[2] is None)
        changed = len(fields) - removed
        text = self.tr("{changed} rows changed ({total} in {file})").format(
            changed=changed, total=len(rows), file=path.name
        )
        if replace:
            text += " · " + self.tr("{removed} rows removed").format(removed=removed)
        self.status.setText(text)
        return changed + removed

    def export_csv(self, path: Path) -> asyncio.Future[Any]:
        """Write the rows in force as the CSV ``fourgmon calibration export`` writes."""
        return self._run(self._export(path))

    async def _export(self, path: Path) -> int | None:
        rows = self.units.calibration.rows()
        text = format_csv(rows)
        try:
            await self.units.in_pool(lambda: path.write_text(text, encoding="utf-8"))
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self.show_error(
                self.tr("Cannot write {file}: {reason}").format(file=path, reason=reason)
            )
            return None
        self.status.setText(self.tr("{n} rows exported to {file}").format(n=len(rows), file=path))
        return len(rows)

    def show_error(self, text: str) -> QMessageBox:
        """A non-blocking message (the loop keeps serving modules)."""
        self.last_error = text
        if self.error_box is not None:
            self.error_box.close()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Calibration"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("calibrationError")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda: setattr(self, "error_box", None))
        self.error_box = box
        box.open()
        return box

    # ------------------------------------------------------------ history
    def load_history(self) -> asyncio.Future[Any] | None:
        """Read every change (calibration and thresholds) off the UI thread, then show it."""
        store = self.units.store
        if store is None:
            return None
        return self._run(self._load_history(store))

    async def _load_history(self, store: Any) -> None:
        cal, thr = await self.units.in_pool(
            lambda: (store.calibration_history(), store.threshold_history())
        )
        self.show_history(history_lines(cal, thr, self._name_of, self._cal_text, self._thr_text))

    def show_history(self, lines: list[tuple[str, ...]]) -> None:
        self.history_rows = lines
        self.history.setRowCount(len(lines))
        for r, line in enumerate(lines):
            for c, text in enumerate(line):
                self.history.setItem(r, c, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()
        header = self.history.horizontalHeader()
        for col in (4, 5):  # old and new share what is left
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)

    def _cal_text(self, cal: Calibration | None) -> str:
        if cal is None:
            return self.tr("removed")
        unit = cal.unit or self.tr("raw counts")
        return self.tr("gain {gain}, offset {offset}, {unit}").format(
            gain=_num(cal.gain), offset=_num(cal.offset), unit=unit
        )

    def _thr_text(self, t: Threshold | None) -> str:
        if t is None:
            return self.tr("no thresholds")
        parts = []
        if t.high is not None:
            parts.append(self.tr("high {value}").format(value=_num(t.high)))
        if t.low is not None:
            parts.append(self.tr("low {value}").format(value=_num(t.low)))
        if t.hysteresis is not None:
            parts.append(self.tr("hysteresis {value}").format(value=_num(t.hysteresis)))
        return ", ".join(parts) + " " + (t.unit or self.tr("counts"))


def history_lines(
    calibration: list[Any],
    thresholds: list[Any],
    name_of: Callable[[str], str],
    cal_text: Callable[[Calibration | None], str],
    thr_text: Callable[[Threshold | None], str],
) -> list[tuple[str, ...]]:
    """(time, user, module, channel, old, new) per change, newest first."""
    events = [(c.at, 0, c, c.calibration) for c in calibration]
    events += [(t.at, 1, t, t.threshold) for t in thresholds]
    events.sort(key=lambda e: (e[0], e[1]))
    before: dict[tuple[int, str, int], Any] = {}
    lines = []
    for at, kind, change, value in events:
        key = (kind, change.imei, change.channel)
        text = cal_text if kind == 0 else thr_text
        old = text(before[key]) if key in before else "—"
        before[key] = value
        stamp = datetime.fromtimestamp(at).strftime("%Y-%m-%d %H:%M:%S")
        lines.append(
            (stamp, change.user, name_of(change.imei), f"CH{change.channel + 1}", old, text(value))
        )
    lines.reverse()
    return lines
