"""The main window: device table, command panel, live curves, traffic log, status bar.

Server events are only recorded by ``_on_event`` (mark rows dirty, queue results);
one QTimer (20 Hz) calls ``refresh()`` on every part — nothing is drawn per message.
``_on_event`` runs about four times per packet under load, so it only looks up the
event's type in a table of bound methods: each part sees just the events it uses.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fourgmon.domain.alarms import AlarmAcked, AlarmCleared, AlarmRaised
from fourgmon.gui.about_box import AboutBox
from fourgmon.gui.alarm_panel import AlarmPanel
from fourgmon.gui.alarm_tray import AlarmTray
from fourgmon.gui.calibration_dialog import CalibrationDialog
from fourgmon.gui.command_panel import CommandPanel
from fourgmon.gui.device_model import COLUMN_COUNT, Col, DeviceFilterProxy, DeviceTableModel
from fourgmon.gui.export_dialog import ExportDialog, open_export_dialog
from fourgmon.gui.fleet_actions import FleetActions
from fourgmon.gui.history_dock import make_history_dock
from fourgmon.gui.i18n import LANGUAGES, LanguageManager
from fourgmon.gui.message_log import MessageLog
from fourgmon.gui.plot_panel import PlotPanel
from fourgmon.gui.quit_box import QuitBox
from fourgmon.gui.sensor_cells import SensorCellDelegate
from fourgmon.gui.settings_bridge import BridgeControl
from fourgmon.gui.settings_dialog import (
    CONFIRM_QUIT_KEY,
    AppSettings,
    SettingsDialog,
    load_settings,
    save_settings,
)
from fourgmon.gui.settings_fleet import fleet_config
from fourgmon.gui.status_bar import ServerStatusBar
from fourgmon.gui.theme import THEMES, apply_theme
from fourgmon.gui.units import Units
from fourgmon.protocol.messages import CHANNELS
from fourgmon.server.events import (
    CommandResult,
    DeviceAdded,
    DeviceChanged,
    DeviceOffline,
    DeviceOnline,
    Event,
    FrameReceived,
    InfoReceived,
    ProtocolErrorEvent,
    QueueChanged,
    SensorChanged,
    ServerListening,
    ServerStopped,
    StorageFault,
    StorageHealth,
    Traffic,
    VersionReceived,
)
from fourgmon.server.server import Server
from fourgmon.store import Store

UI_HZ = 20
STATUS_EVERY_S = 0.5
# Bumped when the panes change place: splitter states saved for another layout are ignored.
LAYOUT_VERSION = 2
DEFAULT_SIZE = (1400, 900)


class MainWindow(QMainWindow):
    """See the module docstring. ``closed`` fires after the window saved its state.

    Closing: the close button and File → Quit ask first while modules are connected
    (unless the user said not to); ``close()`` from code (the program stopping on a
    signal, ``QApplication.quit()``, the session ending) never asks.
    """

    closed = Signal()

    def __init__(
        self,
        server: Server,
        store: Store,
        languages: LanguageManager | None = None,
        settings: AppSettings | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.server = server
        self.store = store
        self.languages = languages
        self.settings = settings or load_settings()
        self.bridge_control = BridgeControl(server)
        self.listen_error: str | None = None
        self._tasks: set[asyncio.Future[Any]] = set()
        self._status_at = 0.0
        self._storage_fault = ""
        self._quit_box: QuitBox | None = None
        self._quitting = False  # a confirmed quit: closeEvent must not ask again
        self._has_closed = False
        self._unsubscribe_first: Callable[[], None] | None = None

        self.model = DeviceTableModel(server.registry, self._set_alias, self)
        self.proxy = DeviceFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._make_table()
        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("deviceFilter")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self.proxy.set_filter_text)
        self.export_button = QPushButton()
        self.export_button.setObjectName("btnExport")
        self.export_button.clicked.connect(self.open_export)
        self.commands = CommandPanel(server.registry, server.request, self, engine=server.engine)
        # The calibration and thresholds in force: the plots show values through them,
        # the server's alarm rules take every change.
        self.units = Units(store, server.alarms.set_units, self)
        self.calibration_dialog: CalibrationDialog | None = None
        self.plot_panel = PlotPanel()
        self.plot_panel.set_store(store)
        self.plot_panel.set_units(self.units)
        self.message_log = MessageLog()
        self.alarm_panel = AlarmPanel(server.registry, server.acknowledge_alarms, self)
        self.alarm_panel.alarms_changed.connect(self._alarms_changed)
        self.tray = AlarmTray(self)
        self._raised: list[AlarmRaised] = []  # since the last tick: notified then

        self._build_layout()
        self.history_dock, self.history_panel, self.history_action = make_history_dock(
            self, store, self.units
        )

        self._routes = self._make_routes()
        self._make_status_bar()
        self._make_menus()
        self.fleet = FleetActions(self)  # the Modules menu: select many, firmware campaign
        self._restore_state()
        self.retranslate_ui()

        self._unsubscribe = server.subscribe(self._on_event)
        self.timer = QTimer(self)
        self.timer.setInterval(1000 // UI_HZ)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()
        self.spawn(self.units.reload())

    # ------------------------------------------------------------ construction
    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("deviceTable")
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(Col.IMEI, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)
        self._sensor_delegate = SensorCellDelegate(table)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        for k in range(CHANNELS):
            table.setItemDelegateForColumn(Col.SENSOR0 + k, self._sensor_delegate)
            header.setSectionResizeMode(Col.SENSOR0 + k, QHeaderView.ResizeMode.Fixed)
            table.setColumnWidth(Col.SENSOR0 + k, 40)
        widths = {Col.IMEI: 140, Col.ALIAS: 110, Col.STATE: 130, Col.PEER: 140, Col.SINCE: 90}
        widths |= {Col.FIRMWARE: 110, Col.CCID: 170, Col.LAST_PACKET: 90}
        for col, width in widths.items():
            table.setColumnWidth(col, width)
        header.setStretchLastSection(True)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        return table

    def _build_layout(self) -> None:
        """Devices over plots, the command panel beside them (full height), the log below.

        The command panel gets the height its results and history need; the plots
        scroll rather than shrink; no pane can be dragged to nothing.
        """
        devices = QWidget()
        box = QVBoxLayout(devices)
        box.setContentsMargins(0, 0, 0, 0)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_box, 1)
        filter_row.addWidget(self.export_button)
        # The history is in a dock; a button beside Export so it is found without the menu.
        self.history_button = QPushButton()
        self.history_button.setObjectName("btnHistory")
        self.history_button.clicked.connect(lambda: self.history_action.trigger())  # made later
        filter_row.addWidget(self.history_button)
        box.addLayout(filter_row)
        box.addWidget(self.table, 1)
        self._devices = devices
        devices.setMinimumHeight(self._devices_height(2))
        self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        self.left_splitter.setObjectName("leftSplitter")
        self.left_splitter.addWidget(devices)
        self.left_splitter.addWidget(self.plot_panel)
        self.left_splitter.setStretchFactor(0, 1)
        self.left_splitter.setStretchFactor(1, 3)
        self.top_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.top_splitter.setObjectName("topSplitter")
        self.top_splitter.addWidget(self.left_splitter)
        self.top_splitter.addWidget(self.commands)
        self.top_splitter.setStretchFactor(0, 4)
        self.top_splitter.setStretchFactor(1, 1)
        self.main_splitter = QSplitter(Qt.Orientation.Vertical)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.top_splitter)
        # The open alarms beside the traffic log: both always in view.
        self.bottom_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.bottom_splitter.setObjectName("bottomSplitter")
        self.bottom_splitter.addWidget(self.alarm_panel)
        self.bottom_splitter.addWidget(self.message_log)
        self.bottom_splitter.setStretchFactor(0, 2)
        self.bottom_splitter.setStretchFactor(1, 3)
        self.main_splitter.addWidget(self.bottom_splitter)
        self.main_splitter.setStretchFactor(0, 1)
        self.main_splitter.setStretchFactor(1, 0)
        for splitter in self._splitters().values():
            splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_splitter)

    def _splitters(self) -> dict[str, QSplitter]:
        """Settings key -> splitter, for saving and restoring the layout."""
        return {
            f"window/layout{LAYOUT_VERSION}/mainSplitter": self.main_splitter,
            f"window/layout{LAYOUT_VERSION}/topSplitter": self.top_splitter,
            f"window/layout{LAYOUT_VERSION}/leftSplitter": self.left_splitter,
        }

    def reset_layout(self) -> None:
        """Splitter sizes for the window's current size (the first start, or on request).

        The plots get their full minimum height first (taken from the table and the
        log down to three rows each: at 1024x700 nothing scrolls); more room goes
        mostly to the plots.
        """
        self.ensurePolished()  # the style's fonts and margins decide the size hints
        width = self.width()
        bars = self.menuBar().sizeHint().height() + self.statusBar().sizeHint().height()
        handle = self.main_splitter.handleWidth()
        height = self.height() - bars - handle
        commands = max(self.commands.minimumSizeHint().width(), min(480, width * 26 // 100))
        self.top_splitter.setSizes([width - commands, commands])
        self.bottom_splitter.setSizes([width // 2, width - width // 2])
        log_min = self.message_log.height_for_rows(3)
        devices_min = self._devices_height(3)
        log = max(log_min, height * 20 // 100)
        devices = max(devices_min, (height - log) * 28 // 100)
        short = self.plot_panel.unscrolled_height() - (height - log - devices - handle)
        # A small screen: the plots come first, then three rows of table and of log.
        take = max(0, min(short, devices - devices_min))
        devices, short = devices - take, short - take
        log -= max(0, min(short, log - log_min))
        self.main_splitter.setSizes([height - log, log])
        self.left_splitter.setSizes([devices, height - log - devices - handle])

    def _devices_height(self, rows: int) -> int:
        """The filter box and the device table showing ``rows`` rows (and its scroll bar)."""
        table = self.table
        return (
            self.filter_box.sizeHint().height()
            + self._devices.layout().spacing()
            + table.horizontalHeader().sizeHint().height()
            + rows * table.verticalHeader().defaultSectionSize()
            + table.horizontalScrollBar().sizeHint().height()
            + 2 * table.frameWidth()
        )

    def _make_status_bar(self) -> None:
        self.status = ServerStatusBar(self.server, self)
        self.setStatusBar(self.status)
        self.status.addPermanentWidget(self.message_log.status_area())  # right under the log
        self.listen_label = self.status.listen_label
        self.counts_label = self.status.counts_label

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.settings_action = QAction(self)
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.request_quit)
        self.export_action = QAction(self)
        self.export_action.triggered.connect(self.open_export)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addAction(self.settings_action)
        self.calibration_action = QAction(self)
        self.calibration_action.setObjectName("actionCalibration")
        self.calibration_action.triggered.connect(self.open_calibration)
        self.file_menu.addAction(self.calibration_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu("")
        self.log_selected_action = QAction(self)
        self.log_selected_action.setCheckable(True)
        self.log_selected_action.toggled.connect(self.message_log.set_follow_selection)
        self.message_log.follow_selection_changed.connect(self.log_selected_action.setChecked)
        self.view_menu.addAction(self.log_selected_action)
        self.raw_action = QAction(self, checkable=True)
        self.raw_action.setObjectName("actionRawCounts")
        self.raw_action.setChecked(self.units.show_raw)
        self.raw_action.toggled.connect(self.units.set_show_raw)
        self.view_menu.addAction(self.raw_action)
        self.view_menu.addAction(self.history_action)
        self.theme_menu = self.view_menu.addMenu("")
        self.theme_actions: dict[str, QAction] = {}
        theme_group = QActionGroup(self)
        current_theme = str(QSettings().value("ui/theme", "system"))
        for theme in THEMES:
            action = QAction(self, checkable=True)
            action.setChecked(theme == current_theme)
            action.triggered.connect(lambda _=False, t=theme: self.set_theme(t))
            theme_group.addAction(action)
            self.theme_menu.addAction(action)
            self.theme_actions[theme] = action

        self.language_menu = bar.addMenu("")
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        current = self.languages.language if self.languages else "en"
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._show_about)
        self.help_menu.addAction(self.about_action)

    # ------------------------------------------------------------ events and repaint
    def _make_routes(self) -> dict[type, Callable[[Any], None]]:
        """Event type -> the one callable that records it (the hot types: one bound method)."""
        model, commands, plot, log = self.model, self.commands, self.plot_panel, self.message_log

        mark_dirty = model.mark_dirty

        def frame(event: FrameReceived) -> None:
            mark_dirty(event)
            plot.on_event(event)

        def online(event: DeviceOnline) -> None:
            mark_dirty(event)
            commands.on_event(event)

        alarms = self.alarm_panel

        def command(event: CommandResult | QueueChanged) -> None:
            model.on_command(event)  # the row's Last command cell
            commands.on_event(event)

        def alarm(event: AlarmAcked | AlarmCleared) -> None:
            mark_dirty(event)
            alarms.on_event(event)

        def raised(event: AlarmRaised) -> None:
            alarm(event)
            if event.alarm.count == 1:  # a flapping alarm back again does not call again
                self._raised.append(event)

        routes: dict[type, Callable[[Any], None]] = {
            Traffic: log.on_traffic,  # two per packet
            FrameReceived: frame,  # one per packet
            ProtocolErrorEvent: log.on_event,
            DeviceAdded: model.mark_dirty,
            DeviceChanged: model.mark_dirty,
            SensorChanged: model.mark_dirty,
            DeviceOnline: online,
            DeviceOffline: model.mark_dirty,
            InfoReceived: model.mark_dirty,
            VersionReceived: model.mark_dirty,
            CommandResult: command,
            QueueChanged: command,
            AlarmRaised: raised,
            AlarmAcked: alarm,
            AlarmCleared: alarm,
            ServerListening: self._on_server_event,
            ServerStopped: self._on_server_event,
            StorageFault: self._on_server_event,
            StorageHealth: self._on_server_event,
        }
        return routes

    def _on_event(self, event: Event) -> None:
        """Server observer: record only (runs per message); unknown types go to every part."""
        route = self._routes.get(type(event))
        if route is not None:
            route(event)
            return
        self.model.on_event(event)
        self.commands.on_event(event)
        self.plot_panel.on_event(event)
        self.message_log.on_event(event)
        self._on_server_event(event)

    def _on_server_event(self, event: Event) -> None:
        if isinstance(event, ServerListening):
            self.listen_error = None
            self._status_at = 0.0
        elif isinstance(event, ServerStopped):
            self._status_at = 0.0
        elif isinstance(event, StorageFault):
            self._storage_fault = "" if event.cleared else event.reason
        elif isinstance(event, StorageHealth):
            self._status_at = 0.0  # the status bar shows it at the next tick

    def refresh(self) -> None:
        """The UI timer: repaint whatever changed since the last tick."""
        self.model.refresh()
        self.commands.refresh()
        self.plot_panel.refresh()
        self.message_log.refresh()
        self.alarm_panel.refresh()
        now = time.monotonic()
        if now - self._status_at >= STATUS_EVERY_S:
            self._status_at = now
            self._update_status(now)

    def _alarms_changed(self) -> None:
        """Alarms were raised, acknowledged or cleared: the tray, the tab, notifications."""
        self.tray.set_worst(self.alarm_panel.worst())
        raised, self._raised = self._raised, []
        for event in raised[-3:]:  # a burst (every module at once): the last few, not 100
            self.tray.raised(event.alarm, self.alarm_panel.model.module_name(event.alarm.imei))

    def _update_status(self, _now: float) -> None:
        counts = (self.model.online_count(), self.model.fault_count())
        self.status.update_from(self.listen_error, self._storage_fault, counts)
        self.status.show_bridge(self.bridge_control.state, self.bridge_control.error)

    # ------------------------------------------------------------ selection
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        imei = (
            self.model.imei_at(self.proxy.mapToSource(current).row()) if current.isValid() else None
        )
        if imei == self.commands.imei:
            return
        self.commands.set_device(imei)
        self.plot_panel.show_device(imei)
        self.message_log.set_selected_imei(imei)
        device = self.server.registry.get(imei) if imei else None
        self.history_panel.set_module(imei, device.alias if device is not None else "")

    def _selection_changed(self, *_: object) -> None:
        self.commands.set_selection(self.selected_imeis())

    def selected_imeis(self) -> list[str]:
        """The modules of the selected rows, in table order."""
        # From the selection's ranges: selectedRows() asks flags() of every cell (500
        # rows x 22 columns through Python: ~0.2 s for a Ctrl+A).
        ranges = self.table.selectionModel().selection()
        rows = sorted({row for r in ranges for row in range(r.top(), r.bottom() + 1)})
        out = []
        for row in rows:
            imei = self.model.imei_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            if imei is not None:
                out.append(imei)
        return out

    def selected_imei(self) -> str | None:
        return self.commands.imei

    def select_device(self, imei: str) -> bool:
        """Select a module's row (refreshes the model first); False if it is unknown."""
        self.model.refresh()
        row = self.model.row_of(imei)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, Col.IMEI))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def select_first_online_module(self) -> None:
        """Select the first module that comes online, unless the user chose one before.

        For demo mode: a first launch then shows live curves, not nine empty plots.
        """
        if self._unsubscribe_first is not None:
            return

        def observer(event: Event) -> None:
            if isinstance(event, DeviceOnline):
                self._stop_first_online_watch()
                # Out of the server's publish loop: selecting repaints several widgets.
                QTimer.singleShot(0, self, lambda: self._select_if_none(event.imei))

        self._unsubscribe_first = self.server.subscribe(observer)

    def _select_if_none(self, imei: str) -> None:
        if self.commands.imei is None and self.isVisible():
            self.select_device(imei)

    def _stop_first_online_watch(self) -> None:
        unsubscribe, self._unsubscribe_first = self._unsubscribe_first, None
        if unsubscribe is not None:
            unsubscribe()

    # ------------------------------------------------------------ actions
    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Future[Any]:
        """Run a coroutine on the loop, keeping a reference until it ends."""
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def _set_alias(self, imei: str, alias: str) -> None:
        self.spawn(self.server.set_alias(imei, alias))

    def open_export(self) -> ExportDialog:
        """Open the export dialog for the selected modules (it runs in a worker thread)."""
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        selected = [i for i in (self.model.imei_at(r) for r in sorted(rows)) if i]
        if not selected and self.selected_imei():
            selected = [self.selected_imei() or ""]
        devices = [(d.imei, d.alias) for d in self.server.registry]
        return open_export_dialog(self.store, devices, selected, self)

    def open_settings(self) -> SettingsDialog:
        """Open the Settings dialog (non-modal wait: the loop keeps serving modules)."""
        address = self.server.address
        running = address[1] if address is not None else None
        current = self.settings
        if running is not None:  # the port in effect (also after port 0 or a failed change)
            current = dataclasses.replace(current, port=running)
        current = dataclasses.replace(current, alarm_sound_muted=self.tray.muted)
        dialog = SettingsDialog(current, self, running)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.values()))
        dialog.open()
        return dialog

    def open_calibration(self) -> CalibrationDialog:
        """The calibration dialog (modeless: one per window, raised if already open)."""
        dialog = self.calibration_dialog
        if dialog is None:
            panel = self.plot_panel

            def live_mean(imei: str, k: int) -> float | None:
                return panel.reading(k) if panel.imei == imei else None

            dialog = CalibrationDialog(
                self.units, self.server.registry, self.spawn, live_mean, self.selected_imei, self
            )
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda: setattr(self, "calibration_dialog", None))
            self.calibration_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def apply_settings(self, new: AppSettings) -> asyncio.Future[Any]:
        """Persist the settings and restart the listener with them."""
        self.settings = new
        save_settings(new)
        config = dataclasses.replace(
            self.server.config,
            host=new.host,
            port=new.port,
            heartbeat_timeout=new.heartbeat_timeout,
            reply_terminator=new.reply_terminator,
            allow_imeis=frozenset(new.allow_imeis) or None,
            max_connections=new.max_connections,
            alarm_rules=new.alarm_rules(self.server.config.alarm_rules),
            **fleet_config(new),
        )
        self.tray.set_muted(new.alarm_sound_muted)
        self.spawn(self.bridge_control.apply(new.bridge))
        return self.spawn(self._restart(config))

    async def _restart(self, config: Any) -> None:
        try:
            await self.server.restart(config)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            if self.server.address is None:
                self.listen_error = reason
            self._status_at = 0.0
            self.show_port_error(config.host, config.port, reason)
        else:
            self.listen_error = None
            self._status_at = 0.0

    def show_port_error(self, host: str, port: int, reason: str) -> QMessageBox:
        """A non-blocking message that the port could not be opened."""
        address = self.server.address
        if address is not None:
            keeps = self.tr("The server keeps listening on {host}:{port}.").format(
                host=address[0], port=address[1]
            )
        else:
            keeps = self.tr("The server is not listening. Choose another port in Settings.")
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Port not available"),
            self.tr("Cannot listen on {host}:{port}: {reason}").format(
                host=host, port=port, reason=reason
            ),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("portErrorBox")
        box.setInformativeText(
            keeps + "\n" + self.tr("Another program (or another fourgmon) may use this port.")
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def set_language(self, code: str) -> None:
        if self.languages is not None:
            self.languages.set_language(code, persist=True)
            self.language_actions[self.languages.language].setChecked(True)

    def set_theme(self, theme: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        QSettings().setValue("ui/theme", theme)
        self.theme_actions[theme].setChecked(True)

    def _show_about(self) -> AboutBox:
        box = AboutBox(self.store.path.parent, self.server.address, self.windowIcon(), self)
        box.open()
        return box

    # ------------------------------------------------------------ quitting
    def connected_count(self) -> int:
        """Modules connected right now."""
        return self.model.online_count()

    def _asks_before_quitting(self) -> bool:
        return self.settings.confirm_quit and self.connected_count() > 0

    def request_quit(self) -> None:
        """File → Quit: ask first while modules are connected (unless told not to)."""
        if self._asks_before_quitting():
            self.confirm_quit()
        else:
            self.close_for_quit()

    def close_for_quit(self) -> None:
        """Close without asking (the program then stops). Idempotent."""
        self._quitting = True
        if self._quit_box is not None:
            self._quit_box.close()
        if not self._has_closed:
            self.close()

    def confirm_quit(self) -> QuitBox:
        """The question before quitting (non-blocking: the loop keeps serving modules)."""
        if self._quit_box is not None:
            self._quit_box.raise_()
            self._quit_box.activateWindow()
            return self._quit_box
        address = self.server.address
        box = QuitBox(self.connected_count(), address[1] if address else None, self)
        box.finished.connect(lambda _code: self._quit_answered(box))
        self._quit_box = box
        box.open()
        return box

    def _quit_answered(self, box: QuitBox) -> None:
        self._quit_box = None
        if not box.confirmed():
            return
        if box.dont_ask_again.isChecked():
            self.settings = dataclasses.replace(self.settings, confirm_quit=False)
            qs = QSettings()
            qs.setValue(CONFIRM_QUIT_KEY, False)
            qs.sync()
        self.close_for_quit()

    def bring_to_front(self) -> None:
        """Another launch on this data dir asked for this window: show it, on top."""
        if self._has_closed:
            return
        if self.isMinimized():
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    # ------------------------------------------------------------ language
    def retranslate_ui(self) -> None:
        # Qt appends the application display name ("… — fourgmon") on Windows and Linux.
        self.setWindowTitle(self.tr("4G pressure module monitor"))
        self.filter_box.setPlaceholderText(self.tr("Filter by IMEI or alias"))
        self.file_menu.setTitle(self.tr("&File"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.calibration_action.setText(self.tr("&Calibration and thresholds…"))
        self.raw_action.setText(self.tr("Show raw AD counts"))
        self.raw_action.setToolTip(self.tr("Plots in raw AD counts instead of engineering units"))
        self.export_action.setText(self.tr("&Export…"))
        self.export_button.setText(self.tr("Export…"))
        self.history_button.setText(self.tr("History…"))
        self.history_button.setToolTip(
            self.tr("History of the selected module, and the site report (Ctrl+H)")
        )
        self.export_button.setToolTip(self.tr("Export frames, events or alarms as CSV or Excel"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.log_selected_action.setText(self.tr("Traffic log: follow the selected module"))
        self.theme_menu.setTitle(self.tr("Theme"))
        theme_names = {
            "system": self.tr("Follow the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for theme, action in self.theme_actions.items():
            action.setText(theme_names[theme])
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About"))
        if hasattr(self, "fleet"):
            self.fleet.retranslate_ui()
        self.history_action.setText(self.tr("&History and site report…"))
        self.history_dock.setWindowTitle(self.tr("History"))
        self.model.retranslate()
        self.alarm_panel.retranslate_ui()
        self.tray.retranslate_ui()
        self._fit_header_widths()
        self._status_at = 0.0

    def _fit_header_widths(self) -> None:
        """Widen columns whose (translated) header would be cut off."""
        metrics = self.table.horizontalHeader().fontMetrics()
        for col in range(COLUMN_COUNT):
            if Col.SENSOR0 <= col < Col.SENSOR0 + CHANNELS:
                continue
            text = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            need = metrics.horizontalAdvance(text) + 30  # padding and sort arrow
            if self.table.columnWidth(col) < need:
                self.table.setColumnWidth(col, need)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------ state
    def _restore_state(self) -> None:
        qs = QSettings()
        geometry = qs.value("window/geometry")
        if not isinstance(geometry, QByteArray) or not self.restoreGeometry(geometry):
            self._fit_to_screen()
        self.reset_layout()
        for key, splitter in self._splitters().items():
            state = qs.value(key)
            if isinstance(state, QByteArray):
                before = splitter.sizes()
                if not splitter.restoreState(state) or not _usable(splitter):
                    splitter.setSizes(before)  # damaged or collapsed: the defaults
        header = qs.value("window/deviceHeader")
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)

    def _fit_to_screen(self) -> None:
        """The default size, or the screen's available area if that is smaller."""
        width, height = DEFAULT_SIZE
        screen = self.screen()
        if screen is not None:
            area = screen.availableGeometry()
            width, height = min(width, area.width()), min(height, area.height())
        self.resize(width, height)

    def save_state(self) -> None:
        qs = QSettings()
        qs.setValue("window/geometry", self.saveGeometry())
        for key, splitter in self._splitters().items():
            qs.setValue(key, splitter.saveState())
        qs.setValue("window/deviceHeader", self.table.horizontalHeader().saveState())
        qs.sync()

    def shutdown(self) -> None:
        """Stop the UI timer, unsubscribe, cancel command tasks (idempotent)."""
        self.timer.stop()
        self._unsubscribe()
        if self.calibration_dialog is not None:
            self.calibration_dialog.close()
        self.tray.close()
        self.fleet.shutdown()
        self.history_dock.close()
        self.history_panel.shutdown()
        self._stop_first_online_watch()
        for task in list(self._tasks) + list(self.commands.pending_tasks()):
            task.cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        # spontaneous: the window system's close button (Qt's own closes on quit() are not).
        if event.spontaneous() and not self._quitting and self._asks_before_quitting():
            event.ignore()
            self.confirm_quit()
            return
        if self._quit_box is not None:
            self._quit_box.close()
        if self._has_closed:
            super().closeEvent(event)
            return
        self._has_closed = True
        self.save_state()
        self.shutdown()
        super().closeEvent(event)
        self.closed.emit()


def _usable(splitter: QSplitter) -> bool:
    """Every pane of ``splitter`` has at least its minimum size (nothing collapsed)."""
    vertical = splitter.orientation() == Qt.Orientation.Vertical
    for i, size in enumerate(splitter.sizes()):
        widget = splitter.widget(i)
        hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        if size <= 0 or size < (hint.height() if vertical else hint.width()):
            return False
    return True


def build_window(
    server: Server,
    store: Store,
    languages: LanguageManager | None = None,
    settings: AppSettings | None = None,
) -> MainWindow:
    """The window wired to a running (or not yet started) server; used by run() and tests."""
    return MainWindow(server, store, languages, settings)
