"""The open alarms: a sortable, filterable list (``alarmList``) and acknowledging them
(``btnAckAlarm``, or Ctrl+K), plus the worst open alarm for the tray.

Alarm events are queued by ``on_event`` (per change, cheap) and applied by
``refresh`` on the window's UI timer: a raise inserts or updates its row, an
acknowledgement updates it, a clear removes it.

The list fits its width instead of scrolling sideways: every column (severity,
module as "alias (IMEI)", alarm, channel, since, duration, count, detail) if they
fit, else the same with the alias alone, else the compact set -- severity, alias
(or IMEI), "alarm · CH", "duration · ×count"; each row's tooltip has everything.
Rows are one text line high, as in the traffic log.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fourgmon.domain.alarms import SEVERITIES, Alarm, AlarmCleared, AlarmEvent
from fourgmon.domain.registry import DeviceRegistry

Key = tuple[str, str, "int | None"]
Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SEVERITY_COLORS = {"critical": "#c62828", "major": "#ef6c00", "minor": "#f9a825"}
ACK_SHORTCUT = "Ctrl+K"
AGE_EVERY_S = 1.0  # how often the duration column is repainted


def kind_text(kind: str) -> str:
    """An alarm kind in the window's language."""
    texts = {
        "offline": QCoreApplication.translate("Alarms", "module offline"),
        "sensor_offline": QCoreApplication.translate("Alarms", "sensor offline"),
        "interference": QCoreApplication.translate("Alarms", "interference"),
        "stuck": QCoreApplication.translate("Alarms", "stuck value"),
        "crystal": QCoreApplication.translate("Alarms", "crystal fault"),
        "sensor_unknown": QCoreApplication.translate("Alarms", "unknown sensor status"),
        "no_data": QCoreApplication.translate("Alarms", "no data"),
        "packet_gap": QCoreApplication.translate("Alarms", "lost packets"),
        "rs485_errors": QCoreApplication.translate("Alarms", "RS485 errors rising"),
        "clock_skew": QCoreApplication.translate("Alarms", "clock off"),
        "threshold_high": QCoreApplication.translate("Alarms", "above high threshold"),
        "threshold_low": QCoreApplication.translate("Alarms", "below low threshold"),
    }
    return texts.get(kind, kind)


def severity_text(severity: str) -> str:
    texts = {
        "critical": QCoreApplication.translate("Alarms", "critical"),
        "major": QCoreApplication.translate("Alarms", "major"),
        "minor": QCoreApplication.translate("Alarms", "minor"),
    }
    return texts.get(severity, severity)


def severity_rank(severity: str) -> int:
    """0 for the worst."""
    return SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES)


def alarm_rank(alarm: Alarm) -> tuple[int, bool]:
    """Worst first: by severity, unacknowledged before acknowledged."""
    return (severity_rank(alarm.severity), alarm.acked_at is not None)


def format_duration(seconds: float) -> str:
    s = max(0, int(seconds))
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min"
    if s < 86400:
        return f"{s // 3600} h {s % 3600 // 60:02d} min"
    return f"{s // 86400} d {s % 86400 // 3600} h"


class AlarmTableModel(QAbstractTableModel):
    """Open alarms, one row each; see the module docstring.

    Columns 0-7: severity, module, alarm, channel, since, duration, count, detail;
    8-10 are the compact view's: "alarm · CH", "duration · ×count" and the module by
    its alias alone (the IMEI when it has none)."""

    COLUMNS = 11
    SEVERITY, MODULE, ALARM, CHANNEL, SINCE, DURATION, COUNT, DETAIL = range(8)
    ALARM_CHANNEL, AGE, MODULE_SHORT = 8, 9, 10
    FULL = (SEVERITY, MODULE, ALARM, CHANNEL, SINCE, DURATION, COUNT, DETAIL)
    WIDE = (SEVERITY, MODULE_SHORT, ALARM, CHANNEL, SINCE, DURATION, COUNT, DETAIL)
    COMPACT = (SEVERITY, MODULE_SHORT, ALARM_CHANNEL, AGE)
    # Left to right as shown (hidden columns keep their place).
    VISUAL = (SEVERITY, MODULE_SHORT, MODULE, ALARM_CHANNEL, ALARM, CHANNEL, SINCE, AGE,
              DURATION, COUNT, DETAIL)  # fmt: skip

    def __init__(
        self,
        registry: DeviceRegistry,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._clock = clock
        self._rows: list[Alarm] = []
        self._row_of: dict[Key, int] = {}
        self._pending: list[AlarmEvent] = []

    def queue(self, event: AlarmEvent) -> None:
        self._pending.append(event)

    def alarms(self) -> list[Alarm]:
        return list(self._rows)

    def alarm_at(self, row: int) -> Alarm | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def refresh(self) -> bool:
        """Apply queued alarm events; True if any arrived.

        Only the latest event per alarm counts (a raise and its clear in one tick cancel
        out); the rows are removed and inserted in contiguous blocks and the row index
        rebuilt once, so a burst of N events costs O(N + rows), not O(N x rows). Durations
        age without model signals: the panel repaints its visible duration column."""
        pending, self._pending = self._pending, []
        if not pending:
            return False
        latest: dict[Key, AlarmEvent] = {}
        for event in pending:
            latest[event.alarm.key] = event
        gone: list[int] = []
        new: list[Alarm] = []
        for key, event in latest.items():
            row = self._row_of.get(key)
            if isinstance(event, AlarmCleared):
                if row is not None:
                    gone.append(row)
            elif row is None:
                new.append(event.alarm)
            else:
                self._rows[row] = event.alarm
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))
        if gone:
            self._remove_rows(sorted(gone, reverse=True))
        if new:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            for offset, alarm in enumerate(new):
                self._rows.append(alarm)
                self._row_of[alarm.key] = first + offset
            self.endInsertRows()
        return True

    def _remove_rows(self, rows_descending: list[int]) -> None:
        """Remove rows given highest first, one removal per contiguous block."""
        i = 0
        while i < len(rows_descending):
            high = low = rows_descending[i]
            i += 1
            while i < len(rows_descending) and rows_descending[i] == low - 1:
                low = rows_descending[i]
                i += 1
            self.beginRemoveRows(QModelIndex(), low, high)
            del self._rows[low : high + 1]
            self.endRemoveRows()
        self._row_of = {a.key: i for i, a in enumerate(self._rows)}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            self.tr("Severity"),
            self.tr("Module"),
            self.tr("Alarm"),
            self.tr("Channel"),
            self.tr("Since"),
            self.tr("Duration"),
            self.tr("Count"),
            self.tr("Detail"),
            self.tr("Alarm"),
            self.tr("Duration"),
            self.tr("Module"),
        )
        return names[section] if 0 <= section < len(names) else None

    def module_name(self, imei: str) -> str:
        dev = self._registry.get(imei)
        return f"{dev.alias} ({imei})" if dev is not None and dev.alias else imei

    def short_name(self, imei: str) -> str:
        dev = self._registry.get(imei)
        return dev.alias if dev is not None and dev.alias else imei

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a = self._rows[index.row()]
        col = index.column()
        now = self._clock()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(a, col, now)
        if role == SORT_ROLE:
            return self._sort_key(a, col, now)
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return QColor(SEVERITY_COLORS.get(a.severity, "#9e9e9e"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(a, now)
        return None

    def _text(self, a: Alarm, col: int, now: float) -> str:
        """One cell's text: only that cell's (data() runs per visible cell and paint)."""
        if col == self.SEVERITY:
            return severity_text(a.severity) + (" ✓" if a.acked_at is not None else "")
        if col == self.MODULE:
            return self.module_name(a.imei)
        if col == self.MODULE_SHORT:
            return self.short_name(a.imei)
        if col == self.ALARM:
            return kind_text(a.kind)
        if col == self.CHANNEL:
            return "" if a.channel is None else f"CH{a.channel + 1}"
        if col == self.SINCE:
            return time.strftime("%m-%d %H:%M:%S", time.localtime(a.raised_at))
        if col == self.DURATION:
            return format_duration(now - a.raised_at)
        if col == self.COUNT:
            return str(a.count)
        if col == self.DETAIL:
            return a.detail
        if col == self.ALARM_CHANNEL:
            channel = "" if a.channel is None else f" · CH{a.channel + 1}"
            return kind_text(a.kind) + channel
        if col == self.AGE:
            return format_duration(now - a.raised_at) + (f" · ×{a.count}" if a.count > 1 else "")
        return ""

    def _sort_key(self, a: Alarm, col: int, now: float) -> Any:
        channel = -1 if a.channel is None else a.channel
        if col == self.SEVERITY:
            return alarm_rank(a)
        if col == self.MODULE:
            return self.module_name(a.imei).lower()
        if col == self.MODULE_SHORT:
            return self.short_name(a.imei).lower()
        if col == self.ALARM:
            return kind_text(a.kind)
        if col == self.CHANNEL:
            return channel
        if col == self.ALARM_CHANNEL:
            return (kind_text(a.kind), channel)
        if col == self.COUNT:
            return a.count
        if col == self.DETAIL:
            return a.detail
        return -a.raised_at if col in (self.DURATION, self.AGE) else a.raised_at

    def _tooltip(self, a: Alarm, now: float) -> str:
        """Everything about the alarm: what a narrow list leaves out is here."""
        since = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(a.raised_at))
        lines = [
            f"{severity_text(a.severity)} · {kind_text(a.kind)} · {self.module_name(a.imei)}",
            a.detail,
            self.tr("Since {time} ({duration}), raised {count} time(s)").format(
                time=since, duration=format_duration(now - a.raised_at), count=a.count
            ),
        ]
        if a.acked_at is not None:
            lines.append(
                self.tr("Acknowledged by {user} at {time}").format(
                    user=a.acked_by, time=time.strftime("%H:%M:%S", time.localtime(a.acked_at))
                )
            )
        return "\n".join(line for line in lines if line)


class AlarmFilterProxy(QSortFilterProxyModel):
    """Sort by SORT_ROLE, filter on any column's text (case-insensitive)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


class AlarmPanel(QWidget):
    """The alarm list, its filter and the acknowledge button."""

    alarms_changed = Signal()

    def __init__(
        self,
        registry: DeviceRegistry,
        acknowledge: Callable[[list[Key]], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("alarmPanel")
        self._acknowledge = acknowledge
        self.model = AlarmTableModel(registry, self)
        self.proxy = AlarmFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("alarmList")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().hide()
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # one text line, as the log
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.view.horizontalHeader()
        # Widths are set by _fit_columns when rows come and go, not ResizeToContents: that
        # re-measures every column on every dataChanged (70 ms a second with 100 alarms).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(0)  # measure the visible rows only
        header.setStretchLastSection(False)
        self._aged_at = 0.0
        self.columns: tuple[int, ...] = ()  # the column set shown (_fit_columns)
        for visual, logical in enumerate(AlarmTableModel.VISUAL):
            header.moveSection(header.visualIndex(logical), visual)
        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("alarmFilter")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setMinimumWidth(self.filter_box.fontMetrics().horizontalAdvance("M" * 10))
        self.filter_box.textChanged.connect(self.proxy.setFilterFixedString)
        self.ack_button = QPushButton()
        self.ack_button.setObjectName("btnAckAlarm")
        self.ack_button.setShortcut(QKeySequence(ACK_SHORTCUT))
        self.ack_button.clicked.connect(self.acknowledge_selected)
        self.ack_button.setEnabled(False)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.title = QLabel()
        self.title.setObjectName("alarmTitle")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.title)
        row.addWidget(self.filter_box, 1)
        row.addWidget(self.ack_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row)
        box.addWidget(self.view, 1)
        self.retranslate_ui()
        self._fit_columns()

    # ------------------------------------------------------------ columns
    def _natural_width(self, columns: tuple[int, ...]) -> int:
        header = self.view.horizontalHeader()
        return sum(
            max(self.view.sizeHintForColumn(c), header.sectionSizeFromContents(c).width())
            for c in columns
        )

    def _fit_columns(self) -> None:
        """The first column set that fits the view's width (the detail at least a little):
        every column with the module as "alias (IMEI)", then with the alias alone, else
        the compact set. The detail (or, compact, "alarm · CH") takes the rest."""
        m = AlarmTableModel
        room = self.view.viewport().width()
        detail_min = self.fontMetrics().horizontalAdvance("M" * 10)
        chosen = m.COMPACT
        for columns in (m.FULL, m.WIDE):
            need = self._natural_width(tuple(c for c in columns if c != m.DETAIL))
            if need + detail_min <= room:
                chosen = columns
                break
        if chosen != self.columns:
            self.columns = chosen
            for c in range(m.COLUMNS):
                self.view.setColumnHidden(c, c not in chosen)
        stretch = m.ALARM_CHANNEL if chosen == m.COMPACT else m.DETAIL
        mode = QHeaderView.ResizeMode
        header = self.view.horizontalHeader()
        for c in chosen:
            if c == stretch:
                header.setSectionResizeMode(c, mode.Stretch)
            else:
                header.setSectionResizeMode(c, mode.Interactive)
                width = max(
                    self.view.sizeHintForColumn(c), header.sectionSizeFromContents(c).width()
                )
                header.resizeSection(c, width)

    @property
    def compact(self) -> bool:
        return self.columns == AlarmTableModel.COMPACT

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _title_text(self) -> None:
        count = self.model.rowCount()
        text = self.tr("Alarms: {n}").format(n=count) if count else self.tr("No open alarm")
        self.title.setText(text)
        self.title.setStyleSheet("font-weight: bold; color: #c62828;" if count else "")

    def retranslate_ui(self) -> None:
        self._title_text()
        self.ack_button.setText(self.tr("Acknowledge"))
        self.ack_button.setShortcut(QKeySequence(ACK_SHORTCUT))  # setText cleared it
        self.ack_button.setToolTip(
            self.tr("Acknowledge the selected alarms ({key})").format(key=ACK_SHORTCUT)
        )
        self.filter_box.setPlaceholderText(self.tr("Filter alarms"))
        self.filter_box.setToolTip(self.tr("Filter alarms (module, kind, channel)"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, AlarmTableModel.COLUMNS - 1)
        if self.columns:
            self._fit_columns()

    def selected_keys(self) -> list[Key]:
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        keys: list[Key] = []
        for r in sorted(rows):
            alarm = self.model.alarm_at(r)
            if alarm is not None:
                keys.append(alarm.key)
        return keys

    def acknowledge_selected(self) -> int:
        """Acknowledge the selected alarms; returns how many were acknowledged."""
        keys = self.selected_keys()
        return self._acknowledge(keys) if keys else 0

    def _selection_changed(self) -> None:
        self.ack_button.setEnabled(bool(self.view.selectionModel().selectedRows()))

    def on_event(self, event: AlarmEvent) -> None:
        self.model.queue(event)

    def refresh(self) -> None:
        """The UI tick: apply queued events; once a second repaint the visible rows, whose
        durations age (a repaint asks data() of the visible cells only; no model signal,
        so no re-sort and no re-measuring of every row)."""
        changed = self.model.refresh()
        if changed:
            self._selection_changed()
            self._title_text()
            self._fit_columns()  # longer names may no longer fit
            self.alarms_changed.emit()
        now = time.monotonic()
        if now - self._aged_at >= AGE_EVERY_S and self.model.rowCount():
            self._aged_at = now
            self._age()

    def _age(self) -> None:
        """Repaint the shown duration column; re-fit if its visible texts outgrew it."""
        m = AlarmTableModel
        column = m.AGE if self.columns == m.COMPACT else m.DURATION
        view = self.view
        if view.sizeHintForColumn(column) > view.columnWidth(column):  # "9 s" -> "10 s"
            self._fit_columns()
        x = view.columnViewportPosition(column)
        view.viewport().update(x, 0, view.columnWidth(column), view.viewport().height())

    def worst(self) -> Alarm | None:
        """The worst open alarm, None if none is open."""
        alarms = self.model.alarms()
        return min(alarms, key=alarm_rank) if alarms else None
