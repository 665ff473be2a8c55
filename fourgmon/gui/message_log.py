"""Traffic log: every message in and out, protocol errors highlighted.

Events are queued by :meth:`MessageLog.on_event` / :meth:`MessageLog.on_traffic`
(the event itself appended to a bounded deque: no formatting, no new object) and
turned into rows and appended to the bounded model in one batch per
:meth:`MessageLog.refresh` (the window's UI timer). Under a flood a refresh appends
only the newest ``FLOOD_ROWS`` of its batch; the rest are counted and the status
line says how many were not shown.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fourgmon.protocol.messages import BY_CMD
from fourgmon.server.events import ProtocolErrorEvent, Traffic

DEFAULT_CAPACITY = 10_000
DISPLAY_LIMIT = 300  # characters of raw text drawn in a cell; the tooltip has more
TOOLTIP_LIMIT = 4000  # a 64 KiB object in a tooltip would freeze the window
NOTE_SECONDS = 5.0  # how long "Saved N rows" stays in the status label
FLOOD_ROWS = 200  # rows appended per refresh at most (20 Hz: 4,000 a second); more: counted
FILTER_ROLE = Qt.ItemDataRole.UserRole + 1  # "imei<US>peer<US>cmd lowercased<US>E|-"
_SEP = "\x1f"
_ROLES = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        FILTER_ROLE,
    )
)

_ESCAPES = {"\r": "\\r", "\n": "\\n", "\t": "\\t"}
_ModelIndex = QModelIndex | QPersistentModelIndex


def escape_raw(raw: bytes) -> str:
    """Raw bytes as one printable line: UTF-8 with replacement, control characters escaped."""
    return escape_text(raw.decode("utf-8", errors="replace"))


def escape_text(text: str) -> str:
    """``text`` with non-printables written as ``\\r``, ``\\n``, ``\\x00``, ``\\u200b``."""
    if text.isprintable():
        return text
    out = []
    for ch in text:
        if ch.isprintable():
            out.append(ch)
        elif ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x100:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(f"\\u{ord(ch):04x}")
    return "".join(out)


def iso_time(at: float) -> str:
    """Unix seconds as local ISO 8601 with milliseconds and UTC offset."""
    return datetime.fromtimestamp(at).astimezone().isoformat(timespec="milliseconds")


@dataclass(slots=True)
class LogRow:
    """One logged message; ``reason`` is set for protocol errors."""

    at: float
    direction: str  # "in" (device -> server) or "out"
    imei: str | None
    peer: str
    cmd: str
    raw: bytes
    error: bool = False
    reason: str = ""
    _text: str | None = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        """The raw bytes escaped for display (computed once, on first use)."""
        if self._text is None:
            self._text = escape_raw(self.raw)
        return self._text


def save_log(rows: Iterable[LogRow], path: str | Path) -> int:
    """Write ``rows`` as UTF-8 tab-separated lines with a header; returns the row count.

    Columns: time (ISO 8601), direction, imei, peer, cmd, error (reason, empty when
    none), text (raw message, control characters escaped so a line is one record).
    """
    count = 0
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("time\tdirection\timei\tpeer\tcmd\terror\ttext\n")
        for row in rows:
            error = (row.reason or "error") if row.error else ""
            fields = (row.imei or "", row.peer, row.cmd, error)
            cells = [iso_time(row.at), row.direction, *map(escape_text, fields), row.text]
            out.write("\t".join(cells) + "\n")
            count += 1
    return count


# ---------------------------------------------------------------- model


class MessageLogModel(QAbstractTableModel):
    """Bounded table of :class:`LogRow`: appending past ``capacity`` drops the oldest rows."""

    TIME, DIRECTION, IMEI, CMD, TEXT = range(5)

    # Error rows: opaque pairs with enough contrast in either palette.
    _ERROR_COLORS = {
        False: (QColor("#f8d7da"), QColor("#721c24")),  # light: pale red, dark red text
        True: (QColor("#5c1a1f"), QColor("#ffd6d9")),  # dark: deep red, pale text
    }

    def __init__(self, capacity: int = DEFAULT_CAPACITY, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if capacity < 1:
            raise ValueError("capacity must be >= 1")
        self.capacity = capacity
        self.rows: list[LogRow] = []
        self.dropped = 0
        """Rows dropped at the top because the model was full."""
        self._dark = False

    def set_dark(self, dark: bool) -> None:
        """Pick the error colours for a dark (True) or light palette."""
        if dark != self._dark:
            self._dark = dark
            if self.rows:
                last = self.index(len(self.rows) - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)

    def append_rows(self, rows: Sequence[LogRow]) -> None:
        """Append a batch (one insert notification); drop the oldest rows beyond capacity."""
        if not rows:
            return
        if len(rows) > self.capacity:
            self.dropped += len(rows) - self.capacity
            rows = rows[-self.capacity :]
        overflow = len(self.rows) + len(rows) - self.capacity
        if overflow > 0:
            self.beginRemoveRows(QModelIndex(), 0, overflow - 1)
            del self.rows[:overflow]
            self.endRemoveRows()
            self.dropped += overflow
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def clear(self) -> None:
        """Remove every row."""
        self.beginResetModel()
        self.rows.clear()
        self.endResetModel()

    def retranslate(self) -> None:
        """Tell views the header texts changed (after a language switch)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    # Qt model interface
    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("Time"), self.tr("Dir"), self.tr("IMEI"), self.tr("Cmd"), self.tr("Raw"))
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():  # font, alignment, icon...: nothing
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == FILTER_ROLE:
            flag = "E" if row.error else "-"
            return f"{row.imei or ''}{_SEP}{row.peer}{_SEP}{row.cmd.lower()}{_SEP}{flag}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if row.error and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            bg, fg = self._ERROR_COLORS[self._dark]
            return bg if role == Qt.ItemDataRole.BackgroundRole else fg
        return None

    def _display(self, row: LogRow, col: int) -> str:
        if col == self.TIME:
            return datetime.fromtimestamp(row.at).strftime("%H:%M:%S.%f")[:-3]
        if col == self.DIRECTION:
            return self.tr("← in") if row.direction == "in" else self.tr("→ out")
        if col == self.IMEI:
            return row.imei or f"({row.peer})"
        if col == self.CMD:
            return escape_text(row.cmd) + (" ⚠" if row.error else "")
        text = row.text
        if row.reason:
            text = f"[{row.reason}] {text}"
        return text if len(text) <= DISPLAY_LIMIT else text[:DISPLAY_LIMIT] + "…"

    def _tooltip(self, row: LogRow, col: int) -> str | None:
        if col == self.TIME:
            return iso_time(row.at)
        if col == self.IMEI:
            return self.tr("peer {peer}").format(peer=row.peer)
        if col in (self.CMD, self.TEXT):
            text = row.text
            if len(text) > TOOLTIP_LIMIT:
                text = text[:TOOLTIP_LIMIT] + self.tr("… ({n} bytes)").format(n=len(row.raw))
            if row.error:
                reason = row.reason or self.tr("undecodable message")
                return self.tr("Protocol error: {reason}").format(reason=reason) + "\n" + text
            return text
        return None


class LogFilterProxy(QSortFilterProxyModel):
    """Filters rows by IMEI/peer substring, cmd substring and errors only.

    The test runs in Qt: one regular expression over the model's FILTER_ROLE text
    (a look-ahead per filter), so appending a batch asks Python nothing while no
    filter is set, and one ``data()`` per row while one is.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.imei = ""
        self.cmd = ""
        self.errors_only = False
        self.setFilterRole(FILTER_ROLE)
        self.setFilterKeyColumn(0)

    def set_filters(self, imei: str, cmd: str, errors_only: bool) -> None:
        """Apply new filter values (re-filters the rows in memory once)."""
        self.imei = imei.replace(_SEP, "").strip()
        self.cmd = cmd.replace(_SEP, "").strip().lower()
        self.errors_only = errors_only
        self.setFilterRegularExpression(QRegularExpression(filter_pattern(*self.filters())))

    def filters(self) -> tuple[str, str, bool]:
        return self.imei, self.cmd, self.errors_only


def filter_pattern(imei: str, cmd: str, errors_only: bool) -> str:
    """The FILTER_ROLE expression for these filters ("" when none: Qt then accepts all)."""
    sep = r"\x1f"
    field = f"[^{sep}]*"
    parts = []
    if imei:  # in the IMEI or in the peer address (case-sensitive, as typed)
        text = QRegularExpression.escape(imei)
        parts.append(f"(?={field}{text}|{field}{sep}{field}{text})")
    if cmd:
        parts.append(f"(?=(?:{field}{sep}){{2}}{field}{QRegularExpression.escape(cmd)})")
    if errors_only:
        parts.append(f"(?=(?:{field}{sep}){{3}}E)")
    return "^" + "".join(parts) if parts else ""


# ---------------------------------------------------------------- widget


class MessageLog(QWidget):
    """The traffic log panel: filters, pause, save, and a table over a bounded model."""

    def __init__(self, parent: QWidget | None = None, *, capacity: int = DEFAULT_CAPACITY) -> None:
        super().__init__(parent)
        self.setObjectName("messageLog")
        self.model = MessageLogModel(capacity, self)
        self.proxy = LogFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._pending: deque[Traffic | LogRow] = deque(maxlen=capacity)
        self._arrived = 0  # appended to _pending since the last refresh (also beyond its cap)
        self._held = 0
        self._paused = False
        self.flood_skipped = 0
        """Messages not shown since the last clear: beyond FLOOD_ROWS in one refresh."""
        self._dialog: QFileDialog | None = None
        self._note = ("", 0.0)
        self._build()
        self._retranslate()
        self._apply_palette()

    def _build(self) -> None:
        self.imei_edit = QLineEdit(self)
        self.imei_edit.setClearButtonEnabled(True)
        self.imei_edit.textChanged.connect(self._filters_changed)
        self.cmd_combo = QComboBox(self)
        self.cmd_combo.setEditable(True)
        self.cmd_combo.addItem("")
        self.cmd_combo.addItems([*sorted(BY_CMD), "?"])
        self.cmd_combo.setMinimumContentsLength(12)
        self.cmd_combo.currentTextChanged.connect(self._filters_changed)
        self.errors_box = QCheckBox(self)
        self.errors_box.toggled.connect(self._filters_changed)
        self.pause_button = QPushButton(self)
        self.pause_button.setCheckable(True)
        self.pause_button.toggled.connect(self.set_paused)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self._ask_save)
        self.status = QLabel(self)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vh = self.view.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row size hints
        vh.setDefaultSectionSize(self.fontMetrics().height() + 6)
        hh = self.view.horizontalHeader()
        hh.setStretchLastSection(True)
        width = self.fontMetrics().horizontalAdvance
        for col, sample in enumerate(
            ("00:00:00.000", "→ out", "861234567890123", "push_online_ack")
        ):
            self.view.setColumnWidth(col, width(sample) + 18)

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        self.imei_label = QLabel(self)
        self.cmd_label = QLabel(self)
        for w in (self.imei_label, self.imei_edit, self.cmd_label, self.cmd_combo):
            filters.addWidget(w)
        for w in (self.errors_box, self.pause_button, self.clear_button, self.save_button):
            filters.addWidget(w)
        filters.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

    def _retranslate(self) -> None:
        self.imei_label.setText(self.tr("IMEI:"))
        self.imei_edit.setPlaceholderText(self.tr("IMEI or address"))
        self.cmd_label.setText(self.tr("Cmd:"))
        self.cmd_combo.setItemText(0, "")
        if self.cmd_combo.lineEdit() is not None:
            self.cmd_combo.lineEdit().setPlaceholderText(self.tr("all"))
        self.errors_box.setText(self.tr("Errors only"))
        self.clear_button.setText(self.tr("Clear"))
        self.save_button.setText(self.tr("Save…"))
        self.save_button.setToolTip(self.tr("Save the shown rows as tab-separated text"))
        self.model.retranslate()
        self._update_pause()

    def _apply_palette(self) -> None:
        self.model.set_dark(self.palette().color(QPalette.ColorRole.Base).lightness() < 128)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch; recolour on a palette change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)

    # ------------------------------------------------------------------ public API
    @property
    def paused(self) -> bool:
        """True while new rows are held back (still counted, bounded)."""
        return self._paused

    @property
    def held_count(self) -> int:
        """Messages received since pausing (counted even beyond what is kept)."""
        return self._held + self._arrived if self._paused else 0

    def on_traffic(self, event: Traffic) -> None:
        """Queue one Traffic event (the window's route for them: two per packet)."""
        self._pending.append(event)
        self._arrived += 1

    def on_event(self, event: object) -> None:
        """Queue a Traffic or ProtocolErrorEvent; never touches the view."""
        if isinstance(event, Traffic):
            self._pending.append(event)
            self._arrived += 1
        elif isinstance(event, ProtocolErrorEvent):
            # The server publishes Traffic(error=True) and then this event for the same
            # bytes: annotate that row instead of logging the message twice.
            last = self._pending[-1] if self._pending else None
            if (
                last is not None
                and last.direction == "in"
                and last.peer == event.peer
                and last.raw == event.raw
            ):
                row = _row(last)
                row.error = True
                row.reason = event.reason
                row.imei = row.imei or event.imei
                self._pending[-1] = row
                return
            self._pending.append(
                LogRow(event.at, "in", event.imei, event.peer, "?", event.raw, True, event.reason)
            )
            self._arrived += 1

    def refresh(self, *, flood_rows: int | None = FLOOD_ROWS) -> None:
        """Append queued rows in one batch (unless paused); keep the view at the bottom.

        At most ``flood_rows`` rows (the newest) are appended; the others are counted in
        ``flood_skipped`` and the status line. None: all of them (resuming from a pause).
        """
        if self._paused:
            self._held += self._arrived
            self._arrived = 0
            self._update_pause()
            return
        arrived, self._arrived = self._arrived, 0
        if not self._pending:
            return
        queued = self._pending
        self._pending = deque(maxlen=queued.maxlen)
        skipped = arrived - len(queued)  # pushed out of the bounded queue
        if flood_rows is not None and len(queued) > flood_rows:
            skipped += len(queued) - flood_rows
            events: Iterable[Traffic | LogRow] = islice(queued, len(queued) - flood_rows, None)
        else:
            events = queued
        self.flood_skipped += max(0, skipped)
        bar = self.view.verticalScrollBar()
        at_bottom = bar.value() >= bar.maximum() - 2
        self.model.append_rows([_row(e) for e in events])
        if at_bottom:
            self.view.scrollToBottom()
        self._update_status()

    def set_paused(self, paused: bool) -> None:
        """Hold new rows (counting them) or append the held rows and resume."""
        if paused == self._paused:
            return
        if paused:
            self.refresh()  # what arrived before the pause is shown, not held
        self._paused = paused
        if self.pause_button.isChecked() != paused:
            self.pause_button.setChecked(paused)
        self._held = 0
        if not paused:
            # Not a flood: what was held (at most the capacity) is appended in one go.
            self.refresh(flood_rows=None)
        self._update_pause()

    def set_imei_filter(self, text: str | None) -> None:
        """Show rows whose IMEI or peer address contains ``text`` (None or empty: all)."""
        self.imei_edit.setText(text or "")

    def set_cmd_filter(self, text: str) -> None:
        """Show rows whose cmd contains ``text`` (empty: all)."""
        self.cmd_combo.setCurrentText(text)

    def set_errors_only(self, on: bool) -> None:
        """Show only protocol errors."""
        self.errors_box.setChecked(on)

    def visible_rows(self) -> list[LogRow]:
        """The rows that pass the filters, oldest first."""
        src = self.proxy.mapToSource
        return [
            self.model.rows[src(self.proxy.index(r, 0)).row()] for r in range(self.proxy.rowCount())
        ]

    def clear(self) -> None:
        """Forget every row, shown and held."""
        self._pending.clear()
        self._arrived = self._held = 0
        self.flood_skipped = 0
        self.model.clear()
        self._update_pause()

    def save(self, path: str | Path) -> int:
        """Write the rows shown (filters applied) to ``path``; returns the count."""
        return save_log(self.visible_rows(), path)

    # ------------------------------------------------------------------ internals
    @Slot()
    def _filters_changed(self, *_: object) -> None:
        self.proxy.set_filters(
            self.imei_edit.text(), self.cmd_combo.currentText(), self.errors_box.isChecked()
        )
        self._update_status()

    def _update_pause(self) -> None:
        self.pause_button.setText(self.tr("Resume") if self._paused else self.tr("Pause"))
        self._update_status()

    def _update_status(self, note: str = "") -> None:
        if note:  # shown for a few seconds, then counts again
            self._note = (note, time.monotonic() + NOTE_SECONDS)
        if self._note[0] and time.monotonic() < self._note[1]:
            self.status.setText(self._note[0])
        elif self._paused:
            self.status.setText(self.tr("%n message(s) held", "", self.held_count))
        else:
            text = self.tr("{shown} of {total} shown").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
            if self.flood_skipped:
                text += " · " + self.tr("%n message(s) not shown (flood)", "", self.flood_skipped)
            self.status.setText(text)

    @Slot()
    def _ask_save(self) -> None:
        # Non-modal: open() returns at once, so this is safe from any coroutine.
        dialog = QFileDialog(self, self.tr("Save traffic log"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("Tab-separated text (*.tsv *.txt)"), self.tr("All (*)")])
        dialog.setDefaultSuffix("tsv")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self._save_to)
        self._dialog = dialog
        dialog.open()

    @Slot(str)
    def _save_to(self, path: str) -> None:
        try:
            n = self.save(path)
        except OSError as exc:
            self._update_status(self.tr("Could not save: {error}").format(error=exc.strerror))
            return
        self._update_status(self.tr("Saved %n row(s) to {path}", "", n).format(path=path))


def _row(item: Traffic | LogRow) -> LogRow:
    """A queued item as a log row (a Traffic event becomes one; a LogRow is one)."""
    if type(item) is LogRow:
        return item
    assert isinstance(item, Traffic)
    return LogRow(item.at, item.direction, item.imei, item.peer, item.cmd, item.raw, item.error)
