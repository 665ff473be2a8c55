"""The Settings dialog and the persisted settings (QSettings) it edits.

Server settings apply at once (a port change restarts the listener, and the dialog
warns that modules set to the old port will not follow); the data folder and the
storage limits (:mod:`fourgmon.gui.settings_storage`) take effect at the next start.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fourgmon.domain.alarms import AlarmRules
from fourgmon.gui.alarm_tray import MUTED_KEY
from fourgmon.gui.settings_bridge import (
    BridgeSettings,
    BridgeSettingsPage,
    load_bridge_settings,
    save_bridge_settings,
)
from fourgmon.gui.settings_fleet import (
    DEFAULT_QUEUE_EXPIRY_HOURS,
    FleetSettingsPage,
    load_fleet,
    save_fleet,
)
from fourgmon.gui.settings_storage import (
    StorageLimits,
    StorageLimitsPage,
    load_limits,
    save_limits,
)
from fourgmon.server.config import (
    DEFAULT_HEARTBEAT_TIMEOUT,
    DEFAULT_HOST,
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_MAX_IN_FLIGHT,
    DEFAULT_PORT,
)

TERMINATORS: tuple[bytes, ...] = (b"", b"\r\n")
CONFIRM_QUIT_KEY = "ui/confirm_quit"


@dataclass(frozen=True, slots=True)
class AppSettings:
    """What the Settings dialog edits; ``data_dir`` '' means the platform default."""

    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    heartbeat_timeout: float = DEFAULT_HEARTBEAT_TIMEOUT
    reply_terminator: bytes = b""
    data_dir: str = ""
    allow_imeis: tuple[str, ...] = ()  # empty: any IMEI may connect
    max_connections: int = DEFAULT_MAX_CONNECTIONS
    confirm_quit: bool = True  # ask before quitting while modules are connected
    no_data_minutes: float = AlarmRules().no_data_minutes  # alarms; 0: off
    clock_skew_seconds: float = AlarmRules().clock_skew_seconds  # 0: off
    device_utc_offset_hours: float | None = None  # None: this computer's time zone
    alarm_sound_muted: bool = False
    max_in_flight: int = DEFAULT_MAX_IN_FLIGHT  # commands (settings_fleet.py)
    queue_expiry_hours: float = DEFAULT_QUEUE_EXPIRY_HOURS
    auto_time_sync: bool = False
    # journal cap and retention (from the next start); frozen, so one shared default is safe
    storage: StorageLimits = StorageLimits()  # noqa: RUF009
    # The MQTT bridge (gui/settings_bridge.py).
    bridge: BridgeSettings = dataclasses.field(default_factory=BridgeSettings)

    def alarm_rules(self, base: AlarmRules | None = None) -> AlarmRules:
        """The alarm rules with these settings (``base``: the rest, e.g. thresholds)."""
        offset = self.device_utc_offset_hours
        return dataclasses.replace(
            base or AlarmRules(),
            no_data_minutes=self.no_data_minutes,
            clock_skew_seconds=self.clock_skew_seconds,
            device_utc_offset=None if offset is None else offset * 3600,
        )


def parse_imeis(text: str) -> tuple[tuple[str, ...], list[str]]:
    """IMEIs from free text (spaces, commas, new lines); returns (valid, rejected)."""
    valid: list[str] = []
    rejected: list[str] = []
    for token in re.split(r"[\s,;，；]+", text.strip()):
        if not token:
            continue
        if len(token) == 15 and token.isdigit():
            if token not in valid:
                valid.append(token)
        else:
            rejected.append(token)
    return tuple(valid), rejected


def load_settings(qs: QSettings | None = None) -> AppSettings:
    """The persisted settings (defaults for anything missing or unreadable)."""
    qs = qs or QSettings()
    d = AppSettings()
    try:
        port = int(qs.value("server/port", d.port))
        heartbeat = float(qs.value("server/heartbeat_timeout", d.heartbeat_timeout))
    except (TypeError, ValueError):
        port, heartbeat = d.port, d.heartbeat_timeout
    terminator = b"\r\n" if str(qs.value("server/reply_terminator", "")) == "crlf" else b""
    allow, _ = parse_imeis(str(qs.value("access/allow_imeis", "") or ""))
    try:
        max_connections = int(qs.value("access/max_connections", d.max_connections))
    except (TypeError, ValueError):
        max_connections = d.max_connections
    return AppSettings(
        host=str(qs.value("server/host", d.host) or d.host),
        port=port if 0 <= port <= 65535 else d.port,
        heartbeat_timeout=heartbeat if heartbeat > 0 else d.heartbeat_timeout,
        reply_terminator=terminator,
        data_dir=str(qs.value("storage/data_dir", "") or ""),
        allow_imeis=allow,
        max_connections=max_connections if max_connections > 0 else d.max_connections,
        confirm_quit=_bool(qs.value(CONFIRM_QUIT_KEY, True)),
        no_data_minutes=_float(qs.value("alarms/no_data_minutes"), d.no_data_minutes),
        clock_skew_seconds=_float(qs.value("alarms/clock_skew_seconds"), d.clock_skew_seconds),
        device_utc_offset_hours=_offset(qs.value("alarms/device_utc_offset_hours")),
        alarm_sound_muted=_bool(qs.value(MUTED_KEY, False)),
        **load_fleet(qs),
        storage=load_limits(qs),
        bridge=load_bridge_settings(qs),
    )


def _float(value: object, default: float) -> float:
    try:
        number = float(str(value))
    except (TypeError, ValueError):
        return default
    return number if number >= 0 else default


def _offset(value: object) -> float | None:
    try:
        hours = float(str(value))
    except (TypeError, ValueError):
        return None
    return hours if -12 <= hours <= 14 else None


def _bool(value: object) -> bool:
    """A QSettings value as bool (INI files give back "true"/"false" strings)."""
    if isinstance(value, str):
        return value.strip().lower() not in ("false", "0", "no", "off", "")
    return bool(value)


def save_settings(s: AppSettings, qs: QSettings | None = None) -> None:
    qs = qs or QSettings()
    qs.setValue("server/host", s.host)
    qs.setValue("server/port", s.port)
    qs.setValue("server/heartbeat_timeout", s.heartbeat_timeout)
    qs.setValue("server/reply_terminator", "crlf" if s.reply_terminator else "")
    qs.setValue("storage/data_dir", s.data_dir)
    qs.setValue("access/allow_imeis", " ".join(s.allow_imeis))
    qs.setValue("access/max_connections", s.max_connections)
    qs.setValue(CONFIRM_QUIT_KEY, s.confirm_quit)
    qs.setValue("alarms/no_data_minutes", s.no_data_minutes)
    qs.setValue("alarms/clock_skew_seconds", s.clock_skew_seconds)
    offset = s.device_utc_offset_hours
    qs.setValue("alarms/device_utc_offset_hours", "" if offset is None else offset)
    qs.setValue(MUTED_KEY, s.alarm_sound_muted)
    save_fleet(s, qs)
    save_limits(s.storage, qs)
    save_bridge_settings(s.bridge, qs)
    qs.sync()


class SettingsDialog(QDialog):
    """Edits an :class:`AppSettings`; read the result with :meth:`values` after ``accepted``.

    ``running_port`` is the port the server listens on now (None: not listening); a
    different port in the field shows a warning under it.
    """

    def __init__(
        self,
        current: AppSettings,
        parent: QWidget | None = None,
        running_port: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.running_port = running_port
        self.host = QLineEdit(current.host)
        self.host.setObjectName("settingsHost")
        self.port = QSpinBox()
        self.port.setObjectName("settingsPort")
        self.port.setRange(1, 65535)
        self.port.setValue(current.port or DEFAULT_PORT)
        self.port_warning = QLabel()
        self.port_warning.setObjectName("settingsPortWarning")
        self.port_warning.setWordWrap(True)
        self.port_warning.setStyleSheet("color: #b26a00;")
        self.port_warning.hide()
        self.heartbeat = QDoubleSpinBox()
        self.heartbeat.setObjectName("settingsHeartbeat")
        self.heartbeat.setRange(10.0, 86400.0)
        self.heartbeat.setDecimals(0)
        self.heartbeat.setValue(current.heartbeat_timeout)
        self.terminator = QComboBox()
        self.terminator.setObjectName("settingsTerminator")
        self.terminator.addItems(["", ""])
        self.terminator.setCurrentIndex(TERMINATORS.index(current.reply_terminator))
        self.data_dir = QLineEdit(current.data_dir)
        self.data_dir.setObjectName("settingsDataDir")
        self._browse = QPushButton()
        self._browse.clicked.connect(self._pick_dir)
        dir_row = QHBoxLayout()
        dir_row.addWidget(self.data_dir, 1)
        dir_row.addWidget(self._browse)
        self.allow = QPlainTextEdit(" ".join(current.allow_imeis))
        self.allow.setObjectName("settingsAllowImeis")
        self.allow.setFixedHeight(self.allow.fontMetrics().lineSpacing() * 4)
        self.max_connections = QSpinBox()
        self.max_connections.setObjectName("settingsMaxConnections")
        self.max_connections.setRange(1, 1_000_000)
        self.max_connections.setValue(current.max_connections)
        self.confirm_quit = QCheckBox()
        self.confirm_quit.setObjectName("settingsConfirmQuit")
        self.confirm_quit.setChecked(current.confirm_quit)
        self.no_data = QDoubleSpinBox()
        self.no_data.setObjectName("settingsNoDataMinutes")
        self.no_data.setRange(0.0, 24 * 60.0)
        self.no_data.setDecimals(0)
        self.no_data.setValue(current.no_data_minutes)
        self.clock_skew = QDoubleSpinBox()
        self.clock_skew.setObjectName("settingsClockSkew")
        self.clock_skew.setRange(0.0, 86400.0)
        self.clock_skew.setDecimals(0)
        self.clock_skew.setValue(current.clock_skew_seconds)
        self.utc_offset = QComboBox()
        self.utc_offset.setObjectName("settingsDeviceUtcOffset")
        self.utc_offset.addItem("", None)
        for half in range(-24, 29):
            hours = half / 2
            self.utc_offset.addItem(f"UTC{hours:+g}", hours)
        index = self.utc_offset.findData(current.device_utc_offset_hours)
        self.utc_offset.setCurrentIndex(max(0, index))
        self.sound_muted = QCheckBox()
        self.sound_muted.setObjectName("settingsAlarmSoundMuted")
        self.sound_muted.setChecked(current.alarm_sound_muted)
        self._form = QFormLayout()
        self._labels = [QLabel() for _ in range(10)]
        self._form.addRow(self._labels[0], self.host)
        self._form.addRow(self._labels[1], self.port)
        self._form.addRow(self.port_warning)  # the whole width, under the port
        self._form.addRow(self._labels[2], self.heartbeat)
        self._form.addRow(self._labels[3], self.terminator)
        self._form.addRow(self._labels[4], dir_row)
        self._form.addRow(self._labels[5], self.allow)
        self._form.addRow(self._labels[6], self.max_connections)
        self._form.addRow("", self.confirm_quit)
        self._form.addRow(self._labels[7], self.no_data)
        self._form.addRow(self._labels[8], self.clock_skew)
        self._form.addRow(self._labels[9], self.utc_offset)
        self._form.addRow("", self.sound_muted)
        self.error = QLabel()
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #d32f2f; font-weight: bold;")
        self.error.hide()
        self._note = QLabel()
        self._note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.storage = StorageLimitsPage(current.storage)
        self._storage_box = QGroupBox()
        QVBoxLayout(self._storage_box).addWidget(self.storage)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        self.fleet_page = FleetSettingsPage(current)
        layout.addWidget(self.fleet_page)
        self.bridge_page = BridgeSettingsPage(current.bridge)
        layout.addWidget(self.bridge_page)
        layout.addWidget(self._storage_box)
        layout.addWidget(self.error)
        layout.addWidget(self._note)
        layout.addWidget(self.buttons)
        self.port.valueChanged.connect(self._update_port_warning)
        self.retranslate_ui()

    def values(self) -> AppSettings:
        return AppSettings(
            host=self.host.text().strip() or DEFAULT_HOST,
            port=self.port.value(),
            heartbeat_timeout=self.heartbeat.value(),
            reply_terminator=TERMINATORS[self.terminator.currentIndex()],
            data_dir=self.data_dir.text().strip(),
            allow_imeis=parse_imeis(self.allow.toPlainText())[0],
            max_connections=self.max_connections.value(),
            confirm_quit=self.confirm_quit.isChecked(),
            no_data_minutes=self.no_data.value(),
            clock_skew_seconds=self.clock_skew.value(),
            device_utc_offset_hours=self.utc_offset.currentData(),
            alarm_sound_muted=self.sound_muted.isChecked(),
            **self.fleet_page.values(),
            storage=self.storage.values(),
            bridge=self.bridge_page.values(),
        )

    def _update_port_warning(self) -> None:
        old, new = self.running_port, self.port.value()
        if old is None or old == new:
            self.port_warning.hide()
            return
        self.port_warning.setText(
            self.tr(
                "Modules are set to send to port {old}. They will not find fourgmon on "
                "port {new} until each one (or the router's port forwarding) is changed too."
            ).format(old=old, new=new)
        )
        if self.port_warning.isHidden():
            self.port_warning.show()
            self._fit_height()

    def _fit_height(self) -> None:
        """Grow to fit a wrapped label that just appeared (layouts do not, for those)."""
        if self.isVisible():
            self.layout().activate()
            self.resize(self.width(), max(self.height(), self.heightForWidth(self.width())))

    def accept(self) -> None:
        """Refuse to close on an allow-list entry that is not a 15-digit IMEI."""
        _, rejected = parse_imeis(self.allow.toPlainText())
        if rejected:
            self.error.setText(
                self.tr("Not a 15-digit IMEI: {items}").format(items=", ".join(rejected[:5]))
            )
            self.error.show()
            return
        self.error.hide()
        if not self.bridge_page.check():
            return
        super().accept()

    def _pick_dir(self) -> None:
        dialog = QFileDialog(self, self.tr("Data folder"), self.data_dir.text())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        dialog.fileSelected.connect(self.data_dir.setText)
        dialog.open()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for label, text in zip(
            self._labels,
            [
                self.tr("Listen on address:"),
                self.tr("TCP port:"),
                self.tr("Offline after silence of:"),
                self.tr("Reply terminator:"),
                self.tr("Data folder:"),
                self.tr("Allowed IMEIs:"),
                self.tr("Max. connections:"),
                self.tr("Alarm when no data for:"),
                self.tr("Alarm when a clock is off by:"),
                self.tr("Modules' time zone:"),
            ],
            strict=True,
        ):
            label.setText(text)
        self.host.setToolTip(self.tr("0.0.0.0 listens on every network interface."))
        self.heartbeat.setSuffix(self.tr(" s"))
        self.heartbeat.setToolTip(self.tr("Modules ping every 60 s; 180 s = 3 missed pings."))
        self.terminator.setItemText(0, self.tr("None (as documented)"))
        self.terminator.setItemText(1, self.tr("CR LF (for firmware that wants it)"))
        self.data_dir.setPlaceholderText(self.tr("Default folder of this user"))
        self._browse.setText(self.tr("Browse…"))
        self.allow.setPlaceholderText(self.tr("Empty: any module may connect"))
        self.allow.setToolTip(
            self.tr(
                "15-digit IMEIs separated by spaces, commas or new lines. Other modules "
                "are logged and disconnected."
            )
        )
        self.max_connections.setToolTip(self.tr("Connections beyond this many are refused."))
        self.confirm_quit.setText(self.tr("Ask before quitting while modules are connected"))
        self.no_data.setSuffix(self.tr(" min"))
        self.no_data.setSpecialValueText(self.tr("off"))
        self.no_data.setToolTip(self.tr("An online module that sends no data this long."))
        self.clock_skew.setSuffix(self.tr(" s"))
        self.clock_skew.setSpecialValueText(self.tr("off"))
        self.utc_offset.setItemText(0, self.tr("This computer's time zone"))
        self.sound_muted.setText(self.tr("Mute the alarm sound"))
        self._storage_box.setTitle(self.tr("Storage limits (from the next start)"))
        self._update_port_warning()
        self._note.setText(
            self.tr(
                "A new data folder and new storage limits take effect after restarting "
                "fourgmon; everything else applies at once (the listener restarts)."
            )
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()  # the wrapped note and warning: a plain size hint is too short

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
