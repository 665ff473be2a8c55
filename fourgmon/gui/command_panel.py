"""Command buttons for the selected modules, their results in place, history and queue.

One module selected: its results beside the buttons. Several: a button sends the
command to all of them through the request engine (bounded in flight; offline
modules queued), each module's result goes to its row of the device table, and one
line sums it up ("37 ok, 2 timeout, 1 refused") with "Retry the failed". An offline
module's command is queued (``commandQueue``, the Queue tab) and sent when it is back.

Button clicks schedule ``request(imei, kind)`` as an asyncio task (kept referenced);
results arrive as ``CommandResult`` events (pending, then final) and the return
value, are queued by ``on_event`` and shown by ``refresh`` on the UI timer.
The firmware update asks first, through a non-modal QMessageBox (``open()``).

Every result is shown in full, in the window's language: the labels wrap and the
panel never gets shorter than they need (``minimumSizeHint``); a history entry is
"module · command" over its wrapped result.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fourgmon.domain.commands import ALREADY_WAITING, CLOSED, COMMANDS, OFFLINE, STOPPED
from fourgmon.domain.registry import DeviceRegistry
from fourgmon.gui.bulk_action import BulkAction, summary
from fourgmon.gui.queue_view import QueueView
from fourgmon.protocol.messages import InfoAck, QueryMsgAck, UpdateAck, VersionAck
from fourgmon.server.dispatch import CommandEngine
from fourgmon.server.events import CommandResult, DeviceOnline, Event, QueueChanged
from fourgmon.store.records import QueuedCommandRecord

RequestFn = Callable[[str, str], Awaitable[CommandResult]]
# kind -> objectName of its button, in display order (the domain's catalogue)
BUTTONS: dict[str, str] = {c.kind: c.button for c in COMMANDS.values()}
HISTORY_LIMIT = 500
HISTORY_MIN_LINES = 9  # the history is never shorter: about four entries
RESULT_LIMIT = 400  # characters of a result shown (an exception text can be long)
_TIMEOUT = re.compile(r"no reply within ([0-9.]+) s")
# The widest text a result line must show unbroken (a CCID is one word of up to 22).
WIDEST_WORD = "CCID 8986031704571478868800"


class WrappingDelegate(QStyledItemDelegate):
    """Row heights for text wrapped at the column's width.

    A QTreeView asks its delegate for a size hint without a width, so wrapped text
    is measured as one long line and the row is too short; this passes the width
    (as QTableView's ``sizeHintForRow`` does).
    """

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        sized = QStyleOptionViewItem(option)
        # Qt wraps only inside a valid rectangle: a width, and a height of at least 1.
        sized.rect = QRect(0, 0, self._view.columnWidth(index.column()), 1)
        return super().sizeHint(sized, index)


class CommandPanel(QWidget):
    """See the module docstring; ``set_device`` picks the module the buttons act on."""

    def __init__(
        self,
        registry: DeviceRegistry,
        request: RequestFn,
        parent: QWidget | None = None,
        engine: CommandEngine | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("commandPanel")
        self._registry = registry
        self._request = request
        self._engine = engine
        self._imei: str | None = None
        self._selection: list[str] = []
        self.bulk: BulkAction | None = None
        self._bulk_task: asyncio.Future[Any] | None = None
        self._bulk_item: QTreeWidgetItem | None = None
        self._bulk_dirty = False
        self._queued_note: dict[tuple[str, str], QueuedCommandRecord] = {}
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
        self._results_box = QWidget()
        grid = QGridLayout(self._results_box)
        grid.setContentsMargins(0, 0, 0, 0)
        top = Qt.AlignmentFlag.AlignTop
        for row, (kind, name) in enumerate(BUTTONS.items()):
            button = QPushButton()
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, k=kind: self._clicked(k))
            result = QLabel()
            result.setObjectName(f"result_{kind}")
            result.setWordWrap(True)
            result.setTextFormat(Qt.TextFormat.PlainText)
            result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
            policy.setHeightForWidth(True)  # as setWordWrap set it
            result.setSizePolicy(policy)
            result.setMinimumWidth(result.fontMetrics().horizontalAdvance(WIDEST_WORD))
            # Centred on the button's first line; further lines grow downwards.
            result.setMinimumHeight(button.sizeHint().height())
            result.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(button, row, 0, top)
            grid.addWidget(result, row, 1, top)
            self.buttons[kind], self.results[kind] = button, result
        grid.setColumnStretch(1, 1)
        self.history = QTreeWidget()
        self.history.setObjectName("commandHistory")
        self.history.setRootIsDecorated(False)
        self.history.setColumnCount(2)
        self.history.setWordWrap(True)
        self.history.setItemDelegate(WrappingDelegate(self.history))
        self.history.setUniformRowHeights(False)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there: a scroll bar that comes and goes would change the wrap width.
        self.history.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.history.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.history.setHeaderHidden(True)  # the label above names it; the rows explain
        self.history.setAlternatingRowColors(True)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.history.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)
        # Wrapped rows change height with their text and width: lay them out again, once
        # per burst of changes (a language switch refills every row).
        self._history_layout = QTimer(self)
        self._history_layout.setSingleShot(True)
        self._history_layout.setInterval(0)
        self._history_layout.timeout.connect(self.history.doItemsLayout)
        header.sectionResized.connect(lambda *_: self._history_layout.start())
        lines = self.fontMetrics().lineSpacing() * HISTORY_MIN_LINES
        self.history.setMinimumHeight(lines + 2 * self.history.frameWidth() + 8)
        self._history_label = QLabel()
        self.bulk_summary = QLabel()
        self.bulk_summary.setObjectName("bulkSummary")
        self.bulk_summary.setWordWrap(True)
        self.bulk_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("btnRetryFailed")
        self.retry_button.clicked.connect(self.retry_failed)
        self.retry_button.hide()
        self._bulk_box = QWidget()
        bulk_row = QGridLayout(self._bulk_box)
        bulk_row.setContentsMargins(0, 0, 0, 0)
        bulk_row.addWidget(self.bulk_summary, 0, 0)
        bulk_row.addWidget(self.retry_button, 0, 1, Qt.AlignmentFlag.AlignTop)
        bulk_row.setColumnStretch(0, 1)
        self._bulk_box.hide()
        self.queue = QueueView(registry, engine.cancel if engine is not None else _no_cancel)
        if engine is not None:
            self.queue.model.load(engine.queued())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("commandTabs")
        self.tabs.addTab(self.history, "")
        self.tabs.addTab(self.queue, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._results_box)
        layout.addWidget(self._bulk_box)
        layout.addWidget(self.tabs, 1)
        self._history_label.hide()  # the tab names it
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

    def set_selection(self, imeis: list[str]) -> None:
        """The selected modules (the buttons act on all of them when there are several)."""
        self._selection = list(dict.fromkeys(imeis))
        self._update_title()
        self._update_results()
        self._update_enabled()

    def targets(self) -> list[str]:
        """The modules a button click acts on."""
        if self._selection:
            return list(self._selection)
        return [self._imei] if self._imei is not None else []

    def on_event(self, event: Event) -> None:
        """Observer hook: queue command results, note reconnects (cheap)."""
        if isinstance(event, CommandResult):
            self._incoming.append(event)
        elif isinstance(event, QueueChanged):
            self.queue.model.on_event(event)
        elif isinstance(event, DeviceOnline) and event.imei in self._awaiting_readback:
            self._reconnected.add(event.imei)

    def refresh(self) -> None:
        """Apply queued results and the online state (UI timer)."""
        changed = False
        bulk = self.bulk
        while self._incoming:
            result = self._incoming.popleft()
            if bulk is not None and bulk.take(result):
                self._last[(result.imei, result.kind)] = result
                self._bulk_dirty = True
                continue  # one history entry for the whole action, not one per module
            self._record(result)
            changed = True
        self.queue.model.refresh()
        self._update_tab_titles()
        if self._bulk_dirty:
            self._bulk_dirty = False
            self._show_bulk()
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

    async def bulk_done(self) -> None:
        """Wait until the running bulk action has every result (tests, measurements)."""
        if self._bulk_task is not None:
            await asyncio.wait({self._bulk_task})
        self.refresh()

    # ------------------------------------------------------------ actions
    def _clicked(self, kind: str) -> None:
        targets = self.targets()
        if not targets:
            return
        if kind == "update":
            self._ask_update(targets)
        else:
            self._act(kind, targets)

    def _act(self, kind: str, targets: list[str]) -> None:
        """Send ``kind`` to one module (queued if offline) or to many (a bulk action)."""
        if len(targets) > 1:
            self.start_bulk(kind, targets)
            return
        imei = targets[0]
        dev = self._registry.get(imei)
        if (dev is None or not dev.online) and self._engine is not None:
            item = self._engine.enqueue(imei, kind)
            self._queued_note[(imei, kind)] = item
            self._update_results()
            self._update_enabled()
            return
        self._spawn(self._run(imei, kind))

    def start_bulk(self, kind: str, imeis: list[str]) -> BulkAction:
        """``kind`` to every module of ``imeis`` (offline ones queued); progress per tick."""
        bulk = self.bulk = BulkAction(kind, imeis)
        item = self._bulk_item = QTreeWidgetItem()
        self.history.insertTopLevelItem(0, item)
        self._show_bulk()
        task = self._bulk_task = asyncio.ensure_future(self._run_bulk(bulk))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        self._update_enabled()
        return bulk

    async def _run_bulk(self, bulk: BulkAction) -> None:
        if self._engine is not None:
            out = await self._engine.bulk(bulk.imeis, bulk.kind)
        else:
            out = list(await asyncio.gather(*(self._request(i, bulk.kind) for i in bulk.imeis)))
        for entry in out:
            if isinstance(entry, QueuedCommandRecord):
                bulk.queued.add(entry.imei)
            else:
                bulk.take(entry)  # also when its event is not routed here
        bulk.finished = True
        self._bulk_dirty = True

    def retry_failed(self) -> None:
        """Send the last bulk action's command again to the modules it failed on."""
        bulk = self.bulk
        if bulk is not None and bulk.finished and bulk.failed():
            self.start_bulk(bulk.kind, bulk.failed())

    def _show_bulk(self) -> None:
        bulk = self.bulk
        if bulk is None:
            return
        text = summary(bulk, self._kind_name(bulk.kind))
        failed = bulk.failed() if bulk.finished else []
        self.bulk_summary.setText(text)
        self._bulk_box.show()
        self.retry_button.setVisible(bool(failed))
        self.retry_button.setText(self.tr("Retry the failed ({n})").format(n=len(failed)))
        if self._bulk_item is not None:
            self._bulk_item.setText(0, time.strftime("%H:%M:%S", time.localtime(bulk.started)))
            self._bulk_item.setText(1, text)
            self._history_layout.start()
        self._update_enabled()

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
                    imei,
                    "readback",
                    result.status,
                    result.sent_at,
                    result.done_at,
                    result.detail,
                    result.reply,
                )
            )
        if kind == "update" and isinstance(result.reply, UpdateAck) and result.reply.result:
            self._awaiting_readback.add(imei)
        self.refresh()

    def _ask_update(self, targets: list[str]) -> None:
        if len(targets) > 1:
            self._ask_bulk_update(targets)
            return
        imei = targets[0]
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
        box.finished.connect(lambda _code: self._update_answered(box, [imei]))
        self.confirm_box = box
        box.open()

    def _ask_bulk_update(self, targets: list[str]) -> None:
        lines = []
        for imei in targets:
            dev = self._registry.get(imei)
            alias = dev.alias if dev is not None else ""
            fw = " ".join(p for p in (dev.fw_type, dev.fw_version) if p) if dev else ""
            online = dev is not None and dev.online
            lines.append(
                f"{imei}  {alias or '-'}  {fw or '?'}"
                + ("" if online else "  " + self.tr("(offline: queued)"))
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Firmware update"),
            self.tr("Start a firmware update of {n} modules at once?").format(n=len(targets)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmUpdate")
        box.setInformativeText(
            self.tr(
                "They enter upgrade mode together (at most the in-flight limit at once) and "
                "go offline for a while. For one module after the other with the version "
                "read back, use Modules → Firmware campaign."
            )
        )
        box.setDetailedText("\n".join(lines))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _code: self._update_answered(box, targets))
        self.confirm_box = box
        box.open()

    def _update_answered(self, box: QMessageBox, targets: list[str]) -> None:
        self.confirm_box = None
        clicked = box.clickedButton()
        if clicked is not None and box.standardButton(clicked) == QMessageBox.StandardButton.Yes:
            self._act("update", targets)

    # ------------------------------------------------------------ display
    def _record(self, result: CommandResult) -> None:
        key = (result.imei, result.kind, result.sent_at)
        self._last[(result.imei, result.kind)] = result
        if result.kind == "readback":  # the version request's own entry becomes the read-back
            request = self._items.pop((result.imei, "version", result.sent_at), None)
            if request is not None:
                self._items[key] = request
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
        item.setText(1, f"{result.imei} · {self._kind_name(result.kind)}\n{self.describe(result)}")
        item.setTextAlignment(0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        item.setData(1, Qt.ItemDataRole.AccessibleTextRole, item.text(1))
        self._history_layout.start()  # its height may have changed

    def catalogue_text(self, text: str) -> str:
        """A label of the domain's command catalogue (plain English) in the window's language."""
        texts = {
            "Time sync": self.tr("Time sync"),
            "Query info": self.tr("Query info"),
            "Query version": self.tr("Query version"),
            "Query data now": self.tr("Query data now"),
            "Firmware update": self.tr("Firmware update"),
            "Firmware update…": self.tr("Firmware update…"),
            "Send this computer's time (UTC) to the module.": self.tr(
                "Send this computer's time (UTC) to the module."
            ),
            "Read CCID, location and the RS485 error counters.": self.tr(
                "Read CCID, location and the RS485 error counters."
            ),
            "Read the hardware type and firmware version.": self.tr(
                "Read the hardware type and firmware version."
            ),
            "Ask the module to push its data now.": self.tr("Ask the module to push its data now."),
            "Put the module into firmware upgrade mode (asks first).": self.tr(
                "Put the module into firmware upgrade mode (asks first)."
            ),
        }
        return texts.get(text, text)

    def _kind_name(self, kind: str) -> str:
        if kind == "readback":
            return self.tr("Version read back after update")
        cmd = COMMANDS.get(kind)
        return self.catalogue_text(cmd.label) if cmd is not None else kind

    def describe(self, result: CommandResult) -> str:
        """A result in the window's language: pending / the reply's contents / why not.

        Built from translated parts only (the server's ``detail`` is English); the
        info reply takes three lines: CCID, location, RS485 error counters.
        """
        if result.status == "pending":
            return self.tr("waiting for the reply…")
        if result.status == "timeout":
            return self.tr("timeout: {detail}").format(detail=self._why(result))
        if result.status == "failed":
            return self.tr("refused by the module")
        if result.status == "error":
            return self.tr("error: {detail}").format(detail=self._why(result))
        match result.reply:
            case InfoAck(ccid=ccid, location=loc, err_counts=errs):
                return "\n".join(
                    (
                        self.tr("CCID {ccid}").format(ccid=ccid),
                        self.tr("location {loc}").format(loc=loc or "-"),
                        # No-break spaces: the three counters never split over two lines.
                        self.tr("RS485 errors bus 1/2/3: {counts}").format(
                            counts="\u00a0/\u00a0".join(str(e) for e in errs)
                        ),
                    )
                )
            case VersionAck(type=hw, version=ver):
                return self.tr("type {type} · version {version}").format(type=hw, version=ver)
            case UpdateAck():
                return self.tr("upgrade mode entered; version is read back on reconnect")
            case QueryMsgAck():
                return self.tr("accepted; fresh data follows")
        if result.kind == "time":
            return self.tr("time sent")
        return self.tr("done")

    def _why(self, result: CommandResult) -> str:
        """The server's (English) reason for a timeout or error, in the window's language."""
        detail = result.detail.strip()
        known = {
            "": "-",
            OFFLINE: self.tr("the module is offline"),
            CLOSED: self.tr("the connection closed"),
            STOPPED: self.tr("the server stopped"),
        }
        if detail in known:
            return known[detail]
        if (timeout := _TIMEOUT.fullmatch(detail)) is not None:
            return self.tr("no reply within {seconds} s").format(seconds=timeout.group(1))
        if detail.endswith(ALREADY_WAITING):
            return self.tr("the same command is still waiting for its reply")
        # Anything else is an exception's text: shown as it is, but bounded.
        return detail if len(detail) <= RESULT_LIMIT else detail[:RESULT_LIMIT] + "…"

    def _update_title(self) -> None:
        imei = self._imei
        if len(self._selection) > 1:
            online = sum(
                1 for i in self._selection if (d := self._registry.get(i)) is not None and d.online
            )
            self._title.setText(
                self.tr("{n} modules selected ({online} online)").format(
                    n=len(self._selection), online=online
                )
            )
            return
        if imei is None:
            self._title.setText(self.tr("No module selected"))
            return
        dev = self._registry.get(imei)
        alias = f" ({dev.alias})" if dev is not None and dev.alias else ""
        self._title.setText(self.tr("Module: {name}").format(name=imei + alias))

    def _update_results(self) -> None:
        many = len(self._selection) > 1
        for kind, label in self.results.items():
            result = self._last.get((self._imei, kind)) if self._imei and not many else None
            text = "" if result is None else self.describe(result)
            queued = self._queued_note.get((self._imei, kind)) if self._imei and not many else None
            if queued is not None and (result is None or result.sent_at < queued.queued_at):
                text = self.tr("queued: sent when the module reconnects (expires {t})").format(
                    t=time.strftime("%m-%d %H:%M", time.localtime(queued.expires_at))
                )
            readback = self._last.get((self._imei, "readback")) if self._imei else None
            if (
                kind == "update"
                and result is not None
                and readback is not None
                and readback.sent_at >= result.sent_at
            ):
                text = self.tr("upgrade mode entered; after reconnecting: {result}").format(
                    result=self.describe(readback)
                )
            if label.text() != text:
                label.setText(text)
        self.updateGeometry()  # the labels' height may have changed: see minimumSizeHint

    def minimumSizeHint(self) -> QSize:
        """Tall enough for every result label in full plus the history's minimum.

        A splitter gives a pane its minimumSizeHint at least; the labels wrap, so
        their height depends on the width (Qt's own hint ignores that).
        """
        hint = super().minimumSizeHint()
        layout = self.layout()
        margins = layout.contentsMargins()
        width = max(self.width(), hint.width()) - margins.left() - margins.right()
        height = margins.top() + margins.bottom() + 3 * layout.spacing()
        height += self._title.sizeHint().height() + self._history_label.sizeHint().height()
        height += self._results_box.heightForWidth(width) + self.history.minimumHeight()
        height += self.tabs.tabBar().sizeHint().height()
        if not self._bulk_box.isHidden():
            height += self._bulk_box.heightForWidth(width) + layout.spacing()
        return QSize(hint.width(), max(hint.height(), height))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()

    def _update_enabled(self) -> None:
        if len(self._selection) > 1:
            self._update_enabled_many()
            return
        dev = self._registry.get(self._imei) if self._imei else None
        queueing = self._engine is not None
        for kind, button in self.buttons.items():
            if dev is None:
                enabled, why = False, self.tr("Select a module in the table first.")
            elif not dev.online:
                enabled = queueing
                why = (
                    self.tr(
                        "Module {imei} is offline: the command is queued and sent when it "
                        "reconnects."
                    )
                    if queueing
                    else self.tr("Module {imei} is offline: commands need a connection.")
                ).format(imei=dev.imei)
            else:
                last = self._last.get((dev.imei, kind))
                busy = last is not None and last.status == "pending"
                enabled = not busy
                why = self.tr("Waiting for the reply.") if busy else self._help(kind)
            if button.isEnabled() != enabled:
                button.setEnabled(enabled)
            if button.toolTip() != why:
                button.setToolTip(why)

    def _update_enabled_many(self) -> None:
        n = len(self._selection)
        offline = sum(
            1 for i in self._selection if (d := self._registry.get(i)) is None or not d.online
        )
        running = self.bulk is not None and not self.bulk.finished
        for kind, button in self.buttons.items():
            busy = running and self.bulk is not None and self.bulk.kind == kind
            why = (
                self.tr("Waiting for the replies.")
                if busy
                else self.tr(
                    "Send to the {n} selected modules ({offline} offline: queued)."
                ).format(n=n, offline=offline)
            )
            if button.isEnabled() == busy:
                button.setEnabled(not busy)
            if button.toolTip() != why:
                button.setToolTip(why)

    def _update_tab_titles(self) -> None:
        n = self.queue.model.open_count()
        title = self.tr("Queue ({n})").format(n=n) if n else self.tr("Queue")
        if self.tabs.tabText(1) != title:
            self.tabs.setTabText(1, title)

    def _help(self, kind: str) -> str:
        return self.catalogue_text(COMMANDS[kind].help)

    # ------------------------------------------------------------ language
    def retranslate_ui(self) -> None:
        for kind, button in self.buttons.items():
            button.setText(self.catalogue_text(COMMANDS[kind].button_label))
        self.history.setHeaderLabels([self.tr("Time"), self.tr("Command and result")])
        self._history_label.setText(self.tr("Command history"))
        self.tabs.setTabText(0, self.tr("Command history"))
        self._update_tab_titles()
        if self.bulk is not None:
            self._show_bulk()
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


def _no_cancel(_item_id: str) -> bool:
    return False
