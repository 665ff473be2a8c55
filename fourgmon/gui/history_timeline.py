"""The history panel's timeline: the module's events of the range, one row each.

Clicking (or pressing Enter on) a row emits ``picked(at)``; the panel moves its
plots and the frame browser there. Texts are built from translated parts only (the
server's stored causes and details are English words; the known ones are translated).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from fourgmon.domain.commands import COMMANDS
from fourgmon.gui.alarm_panel import kind_text
from fourgmon.protocol.messages import bus_of, position_of
from fourgmon.store import history as h

MAX_ROWS = 5000  # a month of a flapping module: the newest this many (the label says so)
AT_ROLE = Qt.ItemDataRole.UserRole
KIND_COLORS = {
    h.CONNECTION: "#1565c0",
    h.SENSOR: "#6a1b9a",
    h.ALARM: "#c62828",
    h.ALARM_CLEARED: "#2e7d32",
    h.COMMAND: "#00695c",
    h.INFO: "#5d4037",
    h.VERSION: "#5d4037",
    h.GAP: "#ef6c00",
}


translate = QCoreApplication.translate  # lupdate finds translate("HistoryTimeline", "...")


def sensor_code_text(raw: str | None) -> str:
    """An stK text ('[1]', '1', '["10"]') in words; unknown codes shown raw."""
    if raw is None:
        return translate("HistoryTimeline", "not reported")
    code = raw.strip('[]" ')
    names = {
        "1": translate("HistoryTimeline", "online"),
        "0": translate("HistoryTimeline", "offline"),
        "2": translate("HistoryTimeline", "interference"),
        "3": translate("HistoryTimeline", "stuck value"),
    }
    return names.get(code, raw)


def sensor_changes_text(changes: Sequence[dict[str, Any]]) -> str:
    """One packet's sensor status changes; a first report of all alike in one phrase."""
    if len(changes) > 1 and all(c["old"] is None for c in changes):
        news = {c["new"] for c in changes}
        if len(news) == 1:
            first, last = changes[0]["channel"] + 1, changes[-1]["channel"] + 1
            return translate("HistoryTimeline", "CH{a}–CH{b}: {new} (first report)").format(
                a=first, b=last, new=sensor_code_text(news.pop())
            )
    parts = []
    for c in changes:
        k = int(c["channel"])
        parts.append(
            translate("HistoryTimeline", "CH{n} (bus {bus} / pos {pos}): {old} → {new}").format(
                n=k + 1,
                bus=bus_of(k),
                pos=position_of(k),
                old=sensor_code_text(c["old"]),
                new=sensor_code_text(c["new"]),
            )
        )
    return "; ".join(parts)


def _cause_text(cause: str) -> str:
    known = {
        "connected": translate("HistoryTimeline", "connected"),
        "heartbeat timeout": translate("HistoryTimeline", "heartbeat timeout"),
        "takeover": translate("HistoryTimeline", "replaced by a new connection"),
        "closed by peer": translate("HistoryTimeline", "closed by the module"),
        "connection lost": translate("HistoryTimeline", "connection lost"),
        "shutdown": translate("HistoryTimeline", "server stopped"),
        "slow reader": translate("HistoryTimeline", "module too slow to read"),
    }
    return known.get(cause, cause)


def event_texts(event: h.HistoryEvent) -> tuple[str, str]:
    """(what, detail) of a timeline event, in the window's language."""
    f = event.fields
    match event.kind:
        case h.CONNECTION:
            what = (
                translate("HistoryTimeline", "Online")
                if f["state"] == "online"
                else translate("HistoryTimeline", "Offline")
            )
            detail = _cause_text(str(f["cause"]))
            if f.get("peer"):
                detail += f" · {f['peer']}"
            return what, detail
        case h.SENSOR:
            return translate("HistoryTimeline", "Sensor status"), sensor_changes_text(f["changes"])
        case h.ALARM | h.ALARM_CLEARED:
            what = (
                translate("HistoryTimeline", "Alarm raised")
                if event.kind == h.ALARM
                else translate("HistoryTimeline", "Alarm cleared")
            )
            detail = kind_text(str(f["alarm"]))
            if f.get("channel") is not None:
                detail += f" · CH{int(f['channel']) + 1}"
            if f.get("detail"):
                detail += f" · {f['detail']}"
            return what, detail
        case h.COMMAND:
            cmd = COMMANDS.get(str(f["command"]))
            name = QCoreApplication.translate("CommandPanel", cmd.label) if cmd else f["command"]
            status = {
                "ok": translate("HistoryTimeline", "done"),
                "timeout": translate("HistoryTimeline", "no reply (timeout)"),
                "failed": translate("HistoryTimeline", "refused by the module"),
                "error": translate("HistoryTimeline", "error"),
            }.get(str(f["status"]), str(f["status"]))
            detail = f"{name}: {status}"
            if f.get("detail"):
                detail += f" · {f['detail']}"
            return translate("HistoryTimeline", "Command"), detail
        case h.INFO:
            detail = translate("HistoryTimeline", "CCID {ccid} · location {loc}").format(
                ccid=f["ccid"] or "-", loc=f["location"] or "-"
            )
            if f.get("errors"):
                detail += " · " + translate(
                    "HistoryTimeline", "RS485 errors bus 1/2/3: {counts}"
                ).format(counts=" / ".join(str(e) for e in f["errors"]))
            return translate("HistoryTimeline", "Module info"), detail
        case h.VERSION:
            return translate("HistoryTimeline", "Version"), translate(
                "HistoryTimeline", "type {type} · version {version}"
            ).format(type=f["type"], version=f["version"])
        case h.GAP:
            return translate("HistoryTimeline", "Data gap"), translate(
                "HistoryTimeline", "{lost} packet(s) lost (packnum {a} → {b})"
            ).format(lost=f["lost"], a=f["after"], b=f["before"])
    return event.kind, str(f)


def time_text(at: float) -> str:
    """Local date and time, as the laptop shows it."""
    return datetime.fromtimestamp(at).strftime("%Y-%m-%d %H:%M:%S")


class Timeline(QTreeWidget):
    """See the module docstring."""

    picked = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyTimeline")
        self.setColumnCount(3)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setColumnWidth(0, 150)
        self.setColumnWidth(1, 110)
        self._events: list[h.HistoryEvent] = []
        self.truncated = 0
        self.itemClicked.connect(self._clicked)
        self.itemActivated.connect(self._clicked)
        self.retranslate_ui()

    def set_events(self, events: Sequence[h.HistoryEvent]) -> None:
        """Show ``events`` (oldest first): the newest :data:`MAX_ROWS` of them."""
        self.truncated = max(0, len(events) - MAX_ROWS)
        self._events = list(events[self.truncated :])
        self._fill()

    def events(self) -> list[h.HistoryEvent]:
        return list(self._events)

    def _fill(self) -> None:
        self.setUpdatesEnabled(False)
        try:
            self.clear()
            items = []
            for event in self._events:
                what, detail = event_texts(event)
                item = QTreeWidgetItem([time_text(event.at), what, detail])
                item.setData(0, AT_ROLE, event.at)
                item.setForeground(1, QBrush(QColor(KIND_COLORS.get(event.kind, "#000000"))))
                item.setToolTip(2, detail)
                items.append(item)
            self.addTopLevelItems(items)
        finally:
            self.setUpdatesEnabled(True)

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        at = item.data(0, AT_ROLE)
        if isinstance(at, float):
            self.picked.emit(at)

    def retranslate_ui(self) -> None:
        self.setHeaderLabels(
            [
                translate("HistoryTimeline", "Time"),
                translate("HistoryTimeline", "Event"),
                translate("HistoryTimeline", "Detail"),
            ]
        )
        if self._events:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
