"""The ``commandQueue`` view: commands waiting for offline modules, and what became of them.

A QAbstractTableModel over the engine's QueueChanged events: ``on_event`` only queues
them, ``refresh`` (the window's UI tick) applies a tick's worth at once — one insert
for the new rows, one dataChanged per run of changed rows. Finished entries stay in
view (ok, expired, cancelled...) up to :data:`ROW_LIMIT`, the oldest finished go first.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fourgmon.domain.registry import DeviceRegistry
from fourgmon.gui.fleet_text import GONE_COLOR, STATE_COLORS, kind_label, state_text
from fourgmon.server.events import QueueChanged
from fourgmon.store.records import QueuedCommandRecord

ROW_LIMIT = 1000
Index = QModelIndex | QPersistentModelIndex
MODULE, COMMAND, QUEUED_AT, EXPIRES, STATE = range(5)


def _clock(at: float | None) -> str:
    if at is None:
        return ""
    t = time.localtime(at)
    if time.localtime()[:3] == t[:3]:
        return time.strftime("%H:%M:%S", t)
    return time.strftime("%m-%d %H:%M", t)


class QueueModel(QAbstractTableModel):
    """See the module docstring."""

    def __init__(self, registry: DeviceRegistry, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._registry = registry
        self._ids: list[str] = []
        self._items: dict[str, QueuedCommandRecord] = {}
        self._incoming: list[QueuedCommandRecord] = []

    def load(self, items: list[QueuedCommandRecord]) -> None:
        self._incoming.extend(items)
        self.refresh()

    def on_event(self, event: QueueChanged) -> None:
        self._incoming.append(event.item)

    def refresh(self) -> None:
        if not self._incoming:
            return
        incoming, self._incoming = self._incoming, []
        new: list[str] = []
        changed: set[int] = set()
        row_of = {item_id: row for row, item_id in enumerate(self._ids)}
        for item in incoming:
            if item.id not in self._items and item.id not in new:
                new.append(item.id)
            elif item.id in row_of:
                changed.add(row_of[item.id])
            self._items[item.id] = item
        if new:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._ids.extend(new)
            self.endInsertRows()
        for start, end in _runs(sorted(changed)):
            self.dataChanged.emit(self.index(start, 0), self.index(end, STATE))
        self._trim()

    def _trim(self) -> None:
        over = len(self._ids) - ROW_LIMIT
        if over <= 0:
            return
        drop = [i for i in self._ids if self._items[i].state not in ("queued", "sending")][:over]
        if not drop:
            return
        self.beginResetModel()
        gone = set(drop)
        self._ids = [i for i in self._ids if i not in gone]
        for i in drop:
            del self._items[i]
        self.endResetModel()

    def item_at(self, row: int) -> QueuedCommandRecord | None:
        return self._items[self._ids[row]] if 0 <= row < len(self._ids) else None

    def open_count(self) -> int:
        return sum(1 for i in self._items.values() if i.state in ("queued", "sending"))

    def row_of(self, item_id: str) -> int | None:
        try:
            return self._ids.index(item_id)
        except ValueError:
            return None

    # ------------------------------------------------------------ Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else STATE + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            MODULE: self.tr("Module"),
            COMMAND: self.tr("Command"),
            QUEUED_AT: self.tr("Queued at"),
            EXPIRES: self.tr("Expires"),
            STATE: self.tr("State"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == MODULE:
                dev = self._registry.get(item.imei)
                return f"{item.imei} ({dev.alias})" if dev is not None and dev.alias else item.imei
            if col == COMMAND:
                return kind_label(item.kind)
            if col == QUEUED_AT:
                return _clock(item.queued_at)
            if col == EXPIRES:
                return _clock(item.expires_at)
            if col == STATE:
                return state_text(item.state)
        if role == Qt.ItemDataRole.DecorationRole and col == STATE:
            return QColor(STATE_COLORS.get(item.state, GONE_COLOR))
        if role == Qt.ItemDataRole.ToolTipRole and col == STATE and item.detail:
            return item.detail
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, STATE)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, STATE))


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for r in rows:
        if runs and r == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], r)
        else:
            runs.append((r, r))
    return runs


class QueueView(QWidget):
    """The queue table (``commandQueue``) and its Cancel button (``btnCancelQueued``)."""

    def __init__(
        self,
        registry: DeviceRegistry,
        cancel: Callable[[str], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._cancel = cancel
        self.model = QueueModel(registry, self)
        self.table = QTableView()
        self.table.setObjectName("commandQueue")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("btnCancelQueued")
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.cancel_button.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(self._update_enabled)
        self.model.dataChanged.connect(self._update_enabled)
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self._hint, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.retranslate_ui()

    def _selected(self) -> list[QueuedCommandRecord]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [item for r in rows if (item := self.model.item_at(r)) is not None]

    def _update_enabled(self, *_: object) -> None:
        self.cancel_button.setEnabled(any(i.state == "queued" for i in self._selected()))

    def cancel_selected(self) -> int:
        """Cancel the selected commands still waiting; how many were cancelled."""
        return sum(self._cancel(i.id) for i in self._selected() if i.state == "queued")

    def retranslate_ui(self) -> None:
        self.cancel_button.setText(self.tr("Cancel selected"))
        self._hint.setText(
            self.tr("Commands for offline modules are sent when the module reconnects.")
        )
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
