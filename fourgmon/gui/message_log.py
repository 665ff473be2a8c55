"""Traffic log: every message in and out, protocol errors highlighted.

Events are queued by :meth:`MessageLog.on_event` / :meth:`MessageLog.on_traffic`
(the event itself appended to a bounded deque: no formatting, no new object) and
turned into rows and appended to the bounded model in one batch per
:meth:`MessageLog.refresh` (the window's UI timer). Under a flood a refresh appends
only the newest ``FLOOD_ROWS`` of its batch; the rest are counted and the status
line says how many were not shown.
"""

from __future__ import annotations

import re
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
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QPainter, QPalette
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
    QStyleOption,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fourgmon.protocol.messages import BY_CMD
from fourgmon.server.events import ProtocolErrorEvent, Traffic


class ElidedLabel(QLabel):
    """A one-line label that, short of room, draws its text elided in the middle (the
    tooltip has it whole) instead of cutting it off; ``text()`` stays the whole text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        least = self.fontMetrics().horizontalAdvance("M" * 8)
        return QSize(min(hint.width(), least), hint.height())

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        rect = self.contentsRect()
        elide = Qt.TextElideMode.ElideMiddle
        text = self.fontMetrics().elidedText(self.text(), elide, rect.width())
        self.style().drawItemText(
            painter, rect, int(self.alignment()), option.palette, self.isEnabled(), text,
            QPalette.ColorRole.WindowText,
        )  # fmt: skip
        painter.end()


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
# The IMEI a bad packet names, as text or as a number ("IMEI": "8655..." / 8655...).
_RAW_IMEI = re.compile(rb'"imei"\s*:\s*"?\s*(\d{15})(?!\d)', re.IGNORECASE)
RAW_IMEI_SCAN = 65536  # bytes of a bad packet searched for its IMEI
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


def imei_in_raw(raw: bytes) -> str | None:
    """The 15-digit IMEI an undecodable packet names, if any (to tell whose it is)."""
    found = _RAW_IMEI.search(raw, 0, RAW_IMEI_SCAN)
    return found.group(1).decode("ascii") if found else None


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
    imei_from_raw: bool = False
    """``imei`` was read from the bad packet itself (its connection had none yet)."""
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
            peer = self.tr("peer {peer}").format(peer=row.peer)
            if row.imei_from_raw:
                return self.tr("IMEI named in the bad packet") + "\n" + peer
            return peer
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
    """The traffic log panel: filters, pause, save, and a table over a bounded model.

    The IMEI filter is the user's: selecting a module changes it only while
    "follow selection" is on (typing a filter turns that off). The view follows new
    rows while it is scrolled to the bottom; scrolling up stops that, scrolling back
    down resumes it. Filtering, saving or a relayout never change it.
    """

    follow_selection_changed = Signal(bool)

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
        self._selected: str | None = None
        self._follow_rows = True  # keep the newest row in view
        self._scrolling = False  # the view scrolls itself: not the user's choice
        self._build()
        self._retranslate()
        self._apply_palette()

    def _build(self) -> None:
        self.imei_edit = QLineEdit(self)
        self.imei_edit.setClearButtonEnabled(True)
        self.imei_edit.textChanged.connect(self._filters_changed)
        self.imei_edit.textEdited.connect(self._imei_typed)
        self.follow_box = QCheckBox(self)
        self.follow_box.toggled.connect(self._follow_toggled)
        self.cmd_combo = QComboBox(self)
        self.cmd_combo.setEditable(True)
        self.cmd_combo.addItem("")
        self.cmd_combo.addItems([*sorted(BY_CMD), "?"])
        self.cmd_combo.setMinimumContentsLength(8)
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
        # "N of M shown": in the window's status bar, right under the log (status_area());
        # the filter row has no room for it at 1024 px without squeezing the alarm list.
        self.status = ElidedLabel(self)
        self.status.setObjectName("logStatus")
        self.status_title = QLabel(self)

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
        self.view.verticalScrollBar().valueChanged.connect(self._scrolled)
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
        for w in (self.imei_label, self.imei_edit, self.follow_box):
            filters.addWidget(w)
        for w in (self.cmd_label, self.cmd_combo):
            filters.addWidget(w)
        for w in (self.errors_box, self.pause_button, self.clear_button, self.save_button):
            filters.addWidget(w)
        filters.addStretch(1)
        self._status_area = QWidget(self)
        area = QHBoxLayout(self._status_area)
        area.setContentsMargins(8, 0, 0, 0)
        area.setSpacing(4)
        area.addWidget(self.status_title)
        area.addWidget(self.status)
        self._status_area.hide()  # shown where the owner puts it (status_area())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

    def _retranslate(self) -> None:
        self.imei_label.setText(self.tr("IMEI:"))
        self.imei_edit.setPlaceholderText(self.tr("IMEI or address"))
        self.follow_box.setText(self.tr("Follow selection"))
        self.follow_box.setToolTip(
            self.tr("Show the module selected in the table; the filter follows the selection")
        )
        self.cmd_label.setText(self.tr("Cmd:"))
        self.cmd_combo.setItemText(0, "")
        if self.cmd_combo.lineEdit() is not None:
            self.cmd_combo.lineEdit().setPlaceholderText(self.tr("all"))
        self.errors_box.setText(self.tr("Errors only"))
        self.clear_button.setText(self.tr("Clear"))
        self.save_button.setText(self.tr("Save…"))
        self.save_button.setToolTip(self.tr("Save the shown rows as tab-separated text"))
        self.status_title.setText(self.tr("Traffic log:"))
        self.model.retranslate()
        self._update_pause()

    def _fit_buttons(self) -> None:
        """Buttons as narrow as their text when room is short (the style's minimum is
        ~80 px each: at 1024 px the log would take the alarm list's width)."""
        for button in (self.pause_button, self.clear_button, self.save_button):
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 20)

    def status_area(self) -> QWidget:
        """The "Traffic log: N of M shown" line, for the owner to place (the window puts
        it at the right end of its status bar, right under the log)."""
        self._status_area.show()
        return self._status_area

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
                if row.imei is None and event.imei is not None:
                    row.imei, row.imei_from_raw = event.imei, False
                self._pending[-1] = row
                return
            row = LogRow(event.at, "in", event.imei, event.peer, "?", event.raw, True, event.reason)
            self._pending.append(_with_raw_imei(row))
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
        self._scrolling = True
        try:
            self.model.append_rows([_row(e) for e in events])
        finally:
            self._scrolling = False
        self._keep_following()
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

    @property
    def follow_selection(self) -> bool:
        """True while the IMEI filter follows the module selected in the table."""
        return self.follow_box.isChecked()

    def set_follow_selection(self, on: bool) -> None:
        """Let the IMEI filter follow the selection (on), or leave it to the user (off)."""
        self.follow_box.setChecked(on)

    def set_selected_imei(self, imei: str | None) -> None:
        """The module selected in the table; the filter follows it only when asked to."""
        self._selected = imei
        if self.follow_selection:
            self.imei_edit.setText(imei or "")

    def height_for_rows(self, rows: int) -> int:
        """The panel's height when its table shows ``rows`` rows."""
        layout = self.layout()
        margins = layout.contentsMargins()
        height = margins.top() + margins.bottom() + layout.spacing()
        height += (
            self.imei_edit.sizeHint().height() + self.view.horizontalHeader().sizeHint().height()
        )
        return height + rows * self.view.verticalHeader().defaultSectionSize() + 4

    @property
    def following_rows(self) -> bool:
        """True while the view keeps the newest row in sight."""
        return self._follow_rows

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
        self._scrolling = True
        try:
            self.proxy.set_filters(
                self.imei_edit.text(), self.cmd_combo.currentText(), self.errors_box.isChecked()
            )
        finally:
            self._scrolling = False
        self._keep_following()
        self._update_status()

    @Slot(str)
    def _imei_typed(self, _text: str) -> None:
        if self.follow_box.isChecked():  # the user takes the filter over, as typed
            self.follow_box.blockSignals(True)
            self.follow_box.setChecked(False)
            self.follow_box.blockSignals(False)
            self.follow_selection_changed.emit(False)

    @Slot(bool)
    def _follow_toggled(self, on: bool) -> None:
        if on:
            self.imei_edit.setText(self._selected or "")
        elif self.imei_edit.text() == (self._selected or ""):
            self.imei_edit.clear()  # the filter was the selection's: show all again
        self.follow_selection_changed.emit(on)

    @Slot(int)
    def _scrolled(self, value: int) -> None:
        if not self._scrolling:  # the user scrolled: follow only from the bottom
            self._follow_rows = value >= self.view.verticalScrollBar().maximum() - 2

    def _keep_following(self) -> None:
        if self._follow_rows:
            self._scrolling = True
            try:
                self.view.scrollToBottom()
            finally:
                self._scrolling = False

    def _update_pause(self) -> None:
        self.pause_button.setText(self.tr("Resume") if self._paused else self.tr("Pause"))
        self._fit_buttons()
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
    row = LogRow(item.at, item.direction, item.imei, item.peer, item.cmd, item.raw, item.error)
    return _with_raw_imei(row) if item.error and item.imei is None else row


def _with_raw_imei(row: LogRow) -> LogRow:
    """A bad packet from a connection not yet identified: take the IMEI it names, if any."""
    if row.imei is None:
        imei = imei_in_raw(row.raw)
        if imei is not None:
            row.imei, row.imei_from_raw = imei, True
    return row
