"""Command buttons for the selected module, their results in place, and a command history.

Button clicks schedule ``request(imei, kind)`` as an asyncio task (kept referenced);
results arrive as ``CommandResult`` events (pending, then final) and the return
value, are queued by ``on_event`` and shown by ``refresh`` on the UI timer.
The firmware update asks first, through a non-modal QMessageBox (``open()``).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fourgmon.protocol.messages import InfoAck, QueryMsgAck, UpdateAck, VersionAck
from fourgmon.server.events import CommandResult, DeviceOnline, Event
from fourgmon.server.registry import DeviceRegistry

RequestFn = Callable[[str, str], Awaitable[CommandResult]]
# kind -> objectName of its button, in display order
BUTTONS: dict[str, str] = {
    "time": "btnTimeSync",
    "info": "btnInfo",
    "version": "btnVersion",
    "query_msg": "btnQueryMsg",
    "update": "btnUpdate",
}
HISTORY_LIMIT = 500


class CommandPanel(QWidget):
    """See the module docstring; ``set_device`` picks the module the buttons act on."""

    def __init__(
        self, registry: DeviceRegistry, request: RequestFn, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("commandPanel")
        self._registry = registry
        self._request = request
        self._imei: str | None = None
        self._incoming: deque[CommandResult] = deque(maxlen=1000)
        self._last: dict[tuple[str, str], CommandResult] = {}
        self._items: dict[tuple[str, str, float], QTreeWidgetItem] = {}
        self._awaiting_readback: set[str] = set()
        self._reconnected: set[str] = set()
        self._tasks: set[asyncio.Future[Any]] = set()
        self.confirm_box: QMessageBox | None = None

        self._title = QLabel()
        self._title.setObjectName("commandTarget")
        self._title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: dict[str, QPushButton] = {}
        self.results: dict[str, QLabel] = {}
        grid = QGridLayout()
        for row, (kind, name) in enumerate(BUTTONS.items()):
            button = QPushButton()
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, k=kind: self._clicked(k))
            result = QLabel()
            result.setObjectName(f"result_{kind}")
            result.setWordWrap(True)
            result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(button, row, 0)
            grid.addWidget(result, row, 1)
            self.buttons[kind], self.results[kind] = button, result
        grid.setColumnStretch(1, 1)
        self.history = QTreeWidget()
        self.history.setObjectName("commandHistory")
        self.history.setRootIsDecorated(False)
        self.history.setColumnCount(4)
        self.history.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.header().setStretchLastSection(True)
        self._history_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addLayout(grid)
        layout.addWidget(self._history_label)
        layout.addWidget(self.history, 1)
        self.retranslate_ui()

    # ------------------------------------------------------------ public
    @property
    def imei(self) -> str | None:
        return self._imei

    def set_device(self, imei: str | None) -> None:
        """Act on this module from now on (None: nothing selected)."""
        self._imei = imei
        self._update_title()
        self._update_results()
        self._update_enabled()

    def on_event(self, event: Event) -> None:
        """Observer hook: queue command results, note reconnects (cheap)."""
        if isinstance(event, CommandResult):
            self._incoming.append(event)
        elif isinstance(event, DeviceOnline) and event.imei in self._awaiting_readback:
            self._reconnected.add(event.imei)

    def refresh(self) -> None:
        """Apply queued results and the online state (UI timer)."""
        changed = False
        while self._incoming:
            self._record(self._incoming.popleft())
            changed = True
        for imei in list(self._reconnected):
            self._reconnected.discard(imei)
            self._awaiting_readback.discard(imei)
            self._spawn(self._run(imei, "version", readback=True))
        if changed:
            self._update_results()
        self._update_enabled()

    def pending_tasks(self) -> set[asyncio.Future[Any]]:
        """Command tasks still running (tests await them; the window cancels them on close)."""
        return set(self._tasks)

    # ------------------------------------------------------------ actions
    def _clicked(self, kind: str) -> None:
        imei = self._imei
        if imei is None:
            return
        if kind == "update":
            self._ask_update(imei)
        else:
            self._spawn(self._run(imei, kind))

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run(self, imei: str, kind: str, *, readback: bool = False) -> None:
        sent_at = time.time()
        try:
            result = await self._request(imei, kind)
        except Exception as exc:  # shown to the user, never a crash
            result = CommandResult(imei, kind, "error", sent_at, time.time(), str(exc))
        self._incoming.append(result)
        if readback:
            self._incoming.append(
                CommandResult(
                    imei, "readback", result.status, result.sent_at, result.done_at, result.detail
                )
            )
        if kind == "update" and isinstance(result.reply, UpdateAck) and result.reply.result:
            self._awaiting_readback.add(imei)
        self.refresh()

    def _ask_update(self, imei: str) -> None:
        dev = self._registry.get(imei)
        name = f"{imei} ({dev.alias})" if dev is not None and dev.alias else imei
        if dev is not None and (dev.fw_type or dev.fw_version):
            current = self.tr("Current firmware: type {type}, version {version}.").format(
                type=dev.fw_type or "?", version=dev.fw_version or "?"
            )
        else:
            current = self.tr("Current firmware: unknown (use Version first to read it).")
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Firmware update"),
            self.tr("Start a firmware update of module {name}?").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmUpdate")
        box.setInformativeText(
            current
            + "\n"
            + self.tr(
                "The module enters upgrade mode, fetches the firmware by itself and is "
                "offline for a while. Its version is read back when it reconnects."
            )
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _code: self._update_answered(box, imei))
        self.confirm_box = box
        box.open()

    def _update_answered(self, box: QMessageBox, imei: str) -> None:
        self.confirm_box = None
        clicked = box.clickedButton()
        if clicked is not None and box.standardButton(clicked) == QMessageBox.StandardButton.Yes:
            self._spawn(self._run(imei, "update"))

    # ------------------------------------------------------------ display
    def _record(self, result: CommandResult) -> None:
        key = (result.imei, result.kind, result.sent_at)
        if result.kind != "readback":
            self._last[(result.imei, result.kind)] = result
        item = self._items.get(key)
        if item is None:
            item = QTreeWidgetItem()
            self.history.insertTopLevelItem(0, item)
            self._items[key] = item
            while self.history.topLevelItemCount() > HISTORY_LIMIT:
                old = self.history.takeTopLevelItem(self.history.topLevelItemCount() - 1)
                self._items = {k: v for k, v in self._items.items() if v is not old}
        item.setData(0, Qt.ItemDataRole.UserRole, result)
        self._fill_item(item, result)

    def _fill_item(self, item: QTreeWidgetItem, result: CommandResult) -> None:
        item.setText(0, time.strftime("%H:%M:%S", time.localtime(result.sent_at)))
        item.setText(1, result.imei)
        item.setText(2, self._kind_name(result.kind))
        item.setText(3, self.describe(result))
        item.setToolTip(3, item.text(3))

    def _kind_name(self, kind: str) -> str:
        names = {
            "time": self.tr("Time sync"),
            "info": self.tr("Query info"),
            "version": self.tr("Query version"),
            "query_msg": self.tr("Query data now"),
            "update": self.tr("Firmware update"),
            "readback": self.tr("Version read back after update"),
        }
        return names.get(kind, kind)

    def describe(self, result: CommandResult) -> str:
        """One line for a result: pending / its reply's contents / failure / timeout."""
        if result.status == "pending":
            return self.tr("waiting for the reply…")
        if result.status == "timeout":
            return self.tr("timeout: {detail}").format(detail=result.detail or "-")
        if result.status == "failed":
            return self.tr("refused by the module")
        if result.status == "error":
            return self.tr("error: {detail}").format(detail=result.detail)
        reply = result.reply
        match reply:
            case InfoAck(ccid=ccid, location=loc, err_counts=errs):
                return self.tr(
                    "CCID {ccid} · location {loc} · RS485 errors bus 1/2/3: {e1} / {e2} / {e3}"
                ).format(ccid=ccid, loc=loc or "-", e1=errs[0], e2=errs[1], e3=errs[2])
            case VersionAck(type=hw, version=ver):
                return self.tr("type {type} · version {version}").format(type=hw, version=ver)
            case UpdateAck():
                return self.tr("upgrade mode entered; version is read back on reconnect")
            case QueryMsgAck():
                return self.tr("accepted; fresh data follows")
        if result.kind == "time":
            return self.tr("time sent")
        return self.tr("ok {detail}").format(detail=result.detail).strip()

    def _update_title(self) -> None:
        imei = self._imei
        if imei is None:
            self._title.setText(self.tr("No module selected"))
            return
        dev = self._registry.get(imei)
        alias = f" ({dev.alias})" if dev is not None and dev.alias else ""
        self._title.setText(self.tr("Module: {name}").format(name=imei + alias))

    def _update_results(self) -> None:
        for kind, label in self.results.items():
            result = self._last.get((self._imei, kind)) if self._imei else None
            label.setText("" if result is None else self.describe(result))

    def _update_enabled(self) -> None:
        dev = self._registry.get(self._imei) if self._imei else None
        for kind, button in self.buttons.items():
            if dev is None:
                enabled, why = False, self.tr("Select a module in the table first.")
            elif not dev.online:
                enabled = False
                why = self.tr("Module {imei} is offline: commands need a connection.").format(
                    imei=dev.imei
                )
            else:
                last = self._last.get((dev.imei, kind))
                busy = last is not None and last.status == "pending"
                enabled = not busy
                why = self.tr("Waiting for the reply.") if busy else self._help(kind)
            if button.isEnabled() != enabled:
                button.setEnabled(enabled)
            if button.toolTip() != why:
                button.setToolTip(why)

    def _help(self, kind: str) -> str:
        helps = {
            "time": self.tr("Send this computer's time (UTC) to the module."),
            "info": self.tr("Read CCID, location and the RS485 error counters."),
            "version": self.tr("Read the hardware type and firmware version."),
            "query_msg": self.tr("Ask the module to push its data now."),
            "update": self.tr("Put the module into firmware upgrade mode (asks first)."),
        }
        return helps[kind]

    # ------------------------------------------------------------ language
    def retranslate_ui(self) -> None:
        texts = {
            "time": self.tr("Time sync"),
            "info": self.tr("Query info"),
            "version": self.tr("Query version"),
            "query_msg": self.tr("Query data now"),
            "update": self.tr("Firmware update…"),
        }
        for kind, button in self.buttons.items():
            button.setText(texts[kind])
        self.history.setHeaderLabels(
            [self.tr("Time"), self.tr("Module"), self.tr("Command"), self.tr("Result")]
        )
        self._history_label.setText(self.tr("Command history"))
        for i in range(self.history.topLevelItemCount()):
            item = self.history.topLevelItem(i)
            result = item.data(0, Qt.ItemDataRole.UserRole)
            if isinstance(result, CommandResult):
                self._fill_item(item, result)
        self._update_title()
        self._update_results()
        with contextlib.suppress(KeyError):
            self._update_enabled()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
