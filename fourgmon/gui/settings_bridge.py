"""The MQTT bridge in the window: its Settings page, what is saved, and the running bridge.

The page edits a :class:`BridgeSettings` (saved under ``bridge/`` in QSettings; the URL
may carry the broker's user name or ThingsBoard token, like ``serve``'s ``--mqtt``);
:class:`BridgeControl` starts, restarts and stops the :class:`~fourgmon.bridge.Bridge`
on the window's loop and keeps its state for the status bar.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from fourgmon.bridge import Bridge, BridgeConfig, BridgeConfigError, BridgeState, parse_url
from fourgmon.bridge.bridge import tls_context
from fourgmon.bridge.config import DEFAULT_FORMAT, DEFAULT_PREFIX, FORMATS
from fourgmon.server.server import Server

log = logging.getLogger("fourgmon.gui")


@dataclass(frozen=True, slots=True)
class BridgeSettings:
    """What the Settings page edits; ``enabled`` off: no bridge."""

    enabled: bool = False
    url: str = ""
    format: str = DEFAULT_FORMAT
    prefix: str = DEFAULT_PREFIX
    allow_update: bool = False
    ca_file: str = ""
    client_id: str = ""

    def config(self) -> BridgeConfig | None:
        """The bridge these settings ask for (None when off); BridgeConfigError."""
        if not self.enabled:
            return None
        if not self.url.strip():
            raise BridgeConfigError("enter the broker's URL, e.g. mqtt://TOKEN@host:1883")
        config = parse_url(
            self.url,
            format=self.format,
            prefix=self.prefix or DEFAULT_PREFIX,
            allow_update=self.allow_update,
            ca_file=Path(self.ca_file) if self.ca_file else None,
            client_id=self.client_id,
        )
        tls_context(config)
        return config


def _bool(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes", "on")
    return bool(value)


def load_bridge_settings(qs: QSettings) -> BridgeSettings:
    d = BridgeSettings()
    fmt = str(qs.value("bridge/format", d.format) or d.format)
    return BridgeSettings(
        enabled=_bool(qs.value("bridge/enabled", False)),
        url=str(qs.value("bridge/url", "") or ""),
        format=fmt if fmt in FORMATS else d.format,
        prefix=str(qs.value("bridge/prefix", d.prefix) or d.prefix),
        allow_update=_bool(qs.value("bridge/allow_update", False)),
        ca_file=str(qs.value("bridge/ca_file", "") or ""),
        client_id=str(qs.value("bridge/client_id", "") or ""),
    )


def save_bridge_settings(s: BridgeSettings, qs: QSettings) -> None:
    qs.setValue("bridge/enabled", s.enabled)
    qs.setValue("bridge/url", s.url)
    qs.setValue("bridge/format", s.format)
    qs.setValue("bridge/prefix", s.prefix)
    qs.setValue("bridge/allow_update", s.allow_update)
    qs.setValue("bridge/ca_file", s.ca_file)
    qs.setValue("bridge/client_id", s.client_id)


class BridgeSettingsPage(QGroupBox):
    """The Settings dialog's "MQTT bridge" group (checkable: unchecked means off)."""

    def __init__(self, current: BridgeSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsBridge")
        self.setCheckable(True)
        self.setChecked(current.enabled)
        self.url = QLineEdit(current.url)
        self.url.setObjectName("settingsMqttUrl")
        self.url.setPlaceholderText("mqtt://TOKEN@thingsboard.example:1883")
        # A whole URL with a ThingsBoard token (20 characters) stays readable.
        self.url.setMinimumWidth(self.url.fontMetrics().horizontalAdvance("x" * 44))
        self.format = QComboBox()
        self.format.setObjectName("settingsMqttFormat")
        for name in FORMATS:
            self.format.addItem("", name)
        self.format.setCurrentIndex(max(0, self.format.findData(current.format)))
        self.prefix = QLineEdit(current.prefix)
        self.prefix.setObjectName("settingsMqttPrefix")
        self.ca_file = QLineEdit(current.ca_file)
        self.ca_file.setObjectName("settingsMqttCaFile")
        self.client_id = QLineEdit(current.client_id)
        self.client_id.setObjectName("settingsMqttClientId")
        self.allow_update = QCheckBox()
        self.allow_update.setObjectName("settingsMqttAllowUpdate")
        self.allow_update.setChecked(current.allow_update)
        self.error = QLabel()
        self.error.setObjectName("settingsMqttError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #d32f2f; font-weight: bold;")
        self.error.hide()
        self._labels = [QLabel() for _ in range(5)]
        form = QFormLayout(self)
        form.addRow(self._labels[0], self.url)
        form.addRow(self._labels[1], self.format)
        form.addRow(self._labels[2], self.prefix)
        form.addRow(self._labels[3], self.ca_file)
        form.addRow(self._labels[4], self.client_id)
        form.addRow("", self.allow_update)
        form.addRow(self.error)
        self.retranslate_ui()

    def values(self) -> BridgeSettings:
        return BridgeSettings(
            enabled=self.isChecked(),
            url=self.url.text().strip(),
            format=str(self.format.currentData()),
            prefix=self.prefix.text().strip() or DEFAULT_PREFIX,
            allow_update=self.allow_update.isChecked(),
            ca_file=self.ca_file.text().strip(),
            client_id=self.client_id.text().strip(),
        )

    def check(self) -> bool:
        """Show what is wrong (and return False), or hide the error."""
        try:
            self.values().config()
        except BridgeConfigError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return False
        self.error.hide()
        return True

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Forward to an MQTT broker (ThingsBoard, Mosquitto…)"))
        texts = [
            self.tr("Broker URL:"),
            self.tr("Format:"),
            self.tr("Topic prefix:"),
            self.tr("CA file (mqtts):"),
            self.tr("Client id:"),
        ]
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.url.setToolTip(
            self.tr(
                "mqtt://[user[:password]@]host[:port], or mqtts:// for TLS. "
                "ThingsBoard: create a gateway device and put its access token as the user."
            )
        )
        self.format.setItemText(0, self.tr("ThingsBoard gateway API"))
        self.format.setItemText(1, self.tr("Plain topics (prefix/IMEI/…)"))
        self.prefix.setToolTip(self.tr("Only for plain topics."))
        self.client_id.setPlaceholderText(self.tr("automatic"))
        self.ca_file.setPlaceholderText(self.tr("the system's certificates"))
        self.allow_update.setText(self.tr("Allow firmware updates from the broker (RPC)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class BridgeControl:
    """The window's bridge: (re)started from the settings, stopped before the server."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.bridge: Bridge | None = None
        self.state: BridgeState | None = None
        self.error = ""  # settings that cannot be used (shown in the status bar)
        self._settings: BridgeSettings | None = None

    async def apply(self, settings: BridgeSettings) -> None:
        if settings == self._settings and self.bridge is not None:
            return
        self._settings = settings
        await self.stop()
        self.error = ""
        try:
            config = settings.config()
        except BridgeConfigError as exc:
            self.error = str(exc)
            log.error("MQTT bridge not started: %s", exc)
            return
        if config is None:
            return
        self.bridge = Bridge(config, self.server)
        self.bridge.watch(self._changed)
        await self.bridge.start()

    def _changed(self, state: BridgeState) -> None:
        self.state = state

    async def stop(self) -> None:
        bridge, self.bridge = self.bridge, None
        if bridge is not None:
            await bridge.stop()
        self.state = None
