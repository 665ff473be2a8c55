"""The status bar: listening address, this PC's LAN addresses, device counts, message rate,
the store's health (disk space, a damaged database file) and the MQTT bridge's state."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from fourgmon.bridge import BridgeState
from fourgmon.gui.netinfo import lan_addresses
from fourgmon.server.server import Server
from fourgmon.store import StoreHealth
from fourgmon.store.disk import format_bytes

ALERT_STYLE = "color: #d32f2f; font-weight: bold;"
WARNING_STYLE = "color: #e65100; font-weight: bold;"  # readable on light and dark themes


class ServerStatusBar(QStatusBar):
    """Call :meth:`update_from` a few times a second; it computes the message rate itself."""

    def __init__(self, server: Server, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self._server = server
        self._lan = lan_addresses()
        self._rate_at = time.monotonic()
        self._rate_count = self._message_total()
        self._rate = 0.0
        self.listen_label = self._label("listenLabel")
        self.lan_label = self._label("lanLabel")
        self.lan_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts_label = self._label("countsLabel")
        self.rate_label = self._label("rateLabel")
        self.storage_label = QLabel()
        self.storage_label.setObjectName("storageLabel")
        self.storage_label.setStyleSheet(ALERT_STYLE)
        self.addPermanentWidget(self.storage_label)
        self.disk_label = self._permanent("diskLabel")
        self.damage_label = self._permanent("damageLabel")
        self.upkeep_label = self._permanent("upkeepLabel")
        self.bridge_label = self._permanent("bridgeLabel")

    def show_bridge(self, state: BridgeState | None, error: str = "") -> None:
        """The bridge: connected or not, its backlog, its last error (hidden when off)."""
        if error:
            text = self.tr("MQTT: not started")
            _show(self.bridge_label, text, error, ALERT_STYLE)
            return
        if state is None:
            _show(self.bridge_label, "", "", "")
            return
        if state.connected:
            text = self.tr("MQTT: connected")
            style = ""
        else:
            text = self.tr("MQTT: disconnected")
            style = WARNING_STYLE
        if state.backlog:
            text += self.tr(", {n} waiting").format(n=state.backlog)
        tip = state.url
        if state.last_error:
            tip += "\n" + self.tr("Last error: {error}").format(error=state.last_error)
        _show(self.bridge_label, text, tip, style)

    def _permanent(self, name: str) -> QLabel:
        """A right-hand label, shown only while it has something to say."""
        label = QLabel()
        label.setObjectName(name)
        label.setContentsMargins(8, 0, 0, 0)
        label.hide()
        self.addPermanentWidget(label)
        return label

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        self.addWidget(label)
        return label

    def _message_total(self) -> int:
        stats = self._server.stats
        return int(stats.messages_in) + int(stats.messages_out)

    def update_from(
        self,
        listen_error: str | None,
        storage_fault: str,
        counts: tuple[int, int] | None = None,
    ) -> None:
        """Refresh every label from the server's state; call it at most a few times a second.

        ``counts`` is (online, online with faults) when the caller keeps them (the window's
        device model does, per changed row); without it they are counted here, O(devices).
        A label is only touched when its text or style changes.
        """
        now = time.monotonic()
        if now - self._rate_at >= 1.0:
            total = self._message_total()
            self._rate = (total - self._rate_count) / (now - self._rate_at)
            self._rate_at, self._rate_count = now, total
        address = self._server.address
        if address is not None:
            text = self.tr("Listening on {host}:{port}").format(host=address[0], port=address[1])
            _set_style(self.listen_label, "")
        else:
            reason = listen_error or self.tr("stopped")
            text = self.tr("Not listening: {reason}").format(reason=reason)
            _set_style(self.listen_label, ALERT_STYLE)
        _set_text(self.listen_label, text)
        lan = ", ".join(self._lan) or self.tr("none found")
        _set_text(self.lan_label, self.tr("This PC: {addresses}").format(addresses=lan))
        if counts is None:
            online_devices = [d for d in self._server.registry if d.online]
            counts = (len(online_devices), sum(1 for d in online_devices if d.has_fault()))
        online, faults = counts
        _set_text(
            self.counts_label,
            self.tr("{connected} connected · {online} online · {faults} with faults").format(
                connected=self._server.stats.connections, online=online, faults=faults
            ),
        )
        _set_text(self.rate_label, self.tr("{rate:.0f} msg/s").format(rate=self._rate))
        health = self._server.store.health
        self._show_health(health)
        if health.disk.level == "full":
            storage_fault = ""  # the disk label says why nothing is stored
        fault = self.tr("Storage error: {reason}").format(reason=storage_fault)
        _set_text(self.storage_label, fault if storage_fault else "")

    def _show_health(self, health: StoreHealth) -> None:
        """Disk space low or full, a damaged database: short texts, details in tooltips."""
        disk = health.disk
        free = format_bytes(disk.free)
        text, tip, style = "", "", ""
        if disk.level != "ok":
            if disk.level == "full":
                text = self.tr("Disk full: {free} free, packets not stored").format(free=free)
                style = ALERT_STYLE
            else:
                text = self.tr("Disk space low: {free} free").format(free=free)
                style = WARNING_STYLE
            tip = self.tr(
                "{free} free on {path}. A warning below {warn}; below {reserve} packets"
                " are not stored (nor acknowledged: the modules keep them and send them"
                " again) until space is freed."
            ).format(
                free=free,
                path=disk.path,
                warn=format_bytes(disk.warn_below),
                reserve=format_bytes(disk.reserve),
            )
        _show(self.disk_label, text, tip, style)
        text, tips = "", []
        if health.damaged:
            text = self.tr("Database damaged: storing into {active}").format(
                active=health.active.name
            )
            for damaged in health.damaged:
                reason = damaged.reason or self.tr("set aside by an earlier run")
                tips.append(f"{damaged.path}: {reason}")
            tips.append(
                self.tr(
                    "A damaged file is kept untouched for recovery, and what is still"
                    " readable in it is shown and exported. New data goes to {active}."
                ).format(active=health.active)
            )
        _show(self.damage_label, text, "\n".join(tips), ALERT_STYLE)
        self._show_upkeep(health)

    def _show_upkeep(self, health: StoreHealth) -> None:
        """The database's upgrade in progress, or how far back retention kept history."""
        text = tip = ""
        migration, retention = health.migration, health.retention
        if migration is not None and not migration.done:
            percent = 100 * migration.copied // max(1, migration.total)
            text = self.tr("Upgrading database: {percent} %").format(percent=percent)
            tip = self.tr(
                "Copying {copied} of {total} stored packets to the new, smaller format."
                " Receiving goes on meanwhile; older history appears as it is copied."
            ).format(copied=migration.copied, total=migration.total)
        elif retention is not None and retention.removed:
            since = (
                time.strftime("%Y-%m-%d %H:%M", time.localtime(retention.kept_since))
                if retention.kept_since is not None
                else "-"
            )
            text = self.tr("History kept since {since}").format(since=since)
            why = (
                self.tr("the disk reached its storage budget")
                if retention.reason == "disk"
                else self.tr("packets reached the maximum age")
            )
            tip = self.tr(
                "Retention removed the {removed} oldest packets because {why}."
                " Per-minute trends are kept."
            ).format(removed=retention.removed, why=why)
        _show(self.upkeep_label, text, tip, "")


def _show(label: QLabel, text: str, tip: str, style: str) -> None:
    _set_text(label, text)
    _set_style(label, style)
    if label.toolTip() != tip:
        label.setToolTip(tip)
    if label.isHidden() == bool(text):
        label.setVisible(bool(text))


def _set_text(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)


def _set_style(label: QLabel, style: str) -> None:
    if label.styleSheet() != style:  # setting a style sheet re-polishes the widget
        label.setStyleSheet(style)
