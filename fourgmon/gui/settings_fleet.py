"""Settings of fleet operations: requests in flight, queue expiry, automatic time sync.

A page the Settings dialog adds (its own group), plus the QSettings keys and the
ServerConfig fields these settings become.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QFormLayout, QGroupBox, QLabel, QSpinBox

from fourgmon.server.config import DEFAULT_MAX_IN_FLIGHT, DEFAULT_QUEUE_EXPIRY

DEFAULT_QUEUE_EXPIRY_HOURS = DEFAULT_QUEUE_EXPIRY / 3600


def load_fleet(qs: QSettings) -> dict[str, Any]:
    """The AppSettings fields of this page from QSettings (defaults when unreadable)."""
    try:
        in_flight = int(qs.value("commands/max_in_flight", DEFAULT_MAX_IN_FLIGHT))
    except (TypeError, ValueError):
        in_flight = DEFAULT_MAX_IN_FLIGHT
    try:
        hours = float(qs.value("commands/queue_expiry_hours", DEFAULT_QUEUE_EXPIRY_HOURS))
    except (TypeError, ValueError):
        hours = DEFAULT_QUEUE_EXPIRY_HOURS
    auto = str(qs.value("commands/auto_time_sync", "false")).strip().lower()
    return {
        "max_in_flight": in_flight if 1 <= in_flight <= 1000 else DEFAULT_MAX_IN_FLIGHT,
        "queue_expiry_hours": hours if 0 < hours <= 24 * 365 else DEFAULT_QUEUE_EXPIRY_HOURS,
        "auto_time_sync": auto in ("true", "1", "yes", "on"),
    }


def save_fleet(settings: Any, qs: QSettings) -> None:
    qs.setValue("commands/max_in_flight", settings.max_in_flight)
    qs.setValue("commands/queue_expiry_hours", settings.queue_expiry_hours)
    qs.setValue("commands/auto_time_sync", settings.auto_time_sync)


def fleet_config(settings: Any) -> dict[str, Any]:
    """The ServerConfig fields of these settings."""
    return {
        "max_in_flight": settings.max_in_flight,
        "queue_expiry": settings.queue_expiry_hours * 3600,
        "auto_time_sync": settings.auto_time_sync,
    }


class FleetSettingsPage(QGroupBox):
    """The "Commands" group of the Settings dialog; ``values()`` -> AppSettings fields."""

    def __init__(self, current: Any) -> None:
        super().__init__()
        self.setObjectName("settingsFleet")
        self.in_flight = QSpinBox()
        self.in_flight.setObjectName("settingsMaxInFlight")
        self.in_flight.setRange(1, 1000)
        self.in_flight.setValue(current.max_in_flight)
        self.expiry = QDoubleSpinBox()
        self.expiry.setObjectName("settingsQueueExpiry")
        self.expiry.setRange(0.1, 24 * 365)
        self.expiry.setDecimals(1)
        self.expiry.setValue(current.queue_expiry_hours)
        self.auto_sync = QCheckBox()
        self.auto_sync.setObjectName("settingsAutoTimeSync")
        self.auto_sync.setChecked(current.auto_time_sync)
        self._labels = [QLabel(), QLabel()]
        form = QFormLayout(self)
        form.addRow(self._labels[0], self.in_flight)
        form.addRow(self._labels[1], self.expiry)
        form.addRow("", self.auto_sync)
        self.retranslate_ui()

    def values(self) -> dict[str, Any]:
        return {
            "max_in_flight": self.in_flight.value(),
            "queue_expiry_hours": self.expiry.value(),
            "auto_time_sync": self.auto_sync.isChecked(),
        }

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Commands"))
        self._labels[0].setText(self.tr("Requests in flight at once:"))
        self._labels[1].setText(self.tr("Queued commands expire after:"))
        self.in_flight.setToolTip(
            self.tr("A bulk action sends to this many modules at a time, so a site is not flooded.")
        )
        self.expiry.setSuffix(self.tr(" h"))
        self.auto_sync.setText(
            self.tr("Synchronise each module's clock when it connects and when it drifts")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
