"""The Settings dialog's storage limits: the raw-traffic journal's cap and retention.

The same limits as ``--journal-max``, ``--retain-disk-percent`` and ``--retain-days``
(:class:`fourgmon.store.DiskLimits`). The store's writer process gets them when it
starts, so a change takes effect at the next start of fourgmon; an option given on the
command line wins over the saved value.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QLabel, QSpinBox, QWidget

from fourgmon.store import DiskLimits

MIB = 1 << 20
_DEFAULTS = DiskLimits()


@dataclass(frozen=True, slots=True)
class StorageLimits:
    """What the page edits: journal cap in MiB, disk budget in percent (0: no budget),
    maximum age in days (0: keep everything)."""

    journal_max_mib: int = _DEFAULTS.journal_max_bytes // MIB
    retain_disk_percent: float = _DEFAULTS.retain_disk_percent
    retain_days: float = _DEFAULTS.retain_max_age / 86_400

    def disk_limits(self, args: Any = None) -> DiskLimits:
        """The store's limits: these, overridden by every option given on the command line
        (``args``: parsed options; in window mode an omitted option is left unset)."""

        def given(name: str, saved: float) -> Any:
            value = getattr(args, name, None)
            return saved if value is None else value

        return dataclasses.replace(
            DiskLimits.from_options(args),
            journal_max_bytes=int(given("journal_max", self.journal_max_mib * MIB)),
            retain_disk_percent=float(given("retain_disk_percent", self.retain_disk_percent)),
            retain_max_age=float(given("retain_days", self.retain_days)) * 86_400,
        )


def load_limits(qs: QSettings) -> StorageLimits:
    """The saved limits (the default for anything missing or out of range)."""
    d = StorageLimits()
    return StorageLimits(
        journal_max_mib=int(_number(qs.value("storage/journal_max_mib"), d.journal_max_mib, 1)),
        retain_disk_percent=_number(
            qs.value("storage/retain_disk_percent"), d.retain_disk_percent, 0, 100
        ),
        retain_days=_number(qs.value("storage/retain_days"), d.retain_days, 0),
    )


def save_limits(limits: StorageLimits, qs: QSettings) -> None:
    qs.setValue("storage/journal_max_mib", limits.journal_max_mib)
    qs.setValue("storage/retain_disk_percent", limits.retain_disk_percent)
    qs.setValue("storage/retain_days", limits.retain_days)


def _number(value: object, default: float, low: float, high: float | None = None) -> float:
    try:
        number = float(str(value))
    except (TypeError, ValueError):
        return default
    if number != number or number < low or (high is not None and number > high):
        return default
    return number


class StorageLimitsPage(QWidget):
    """Three fields: journal cap, disk budget, maximum age; :meth:`values` reads them."""

    def __init__(self, current: StorageLimits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsStoragePage")
        self.journal_max = QSpinBox()
        self.journal_max.setObjectName("settingsJournalMax")
        self.journal_max.setRange(1, 1 << 20)  # 1 MiB .. 1 TiB
        self.journal_max.setSingleStep(256)
        self.journal_max.setValue(current.journal_max_mib)
        self.retain_percent = QDoubleSpinBox()
        self.retain_percent.setObjectName("settingsRetainDiskPercent")
        self.retain_percent.setRange(0.0, 100.0)
        self.retain_percent.setDecimals(0)
        self.retain_percent.setValue(current.retain_disk_percent)
        self.retain_days = QDoubleSpinBox()
        self.retain_days.setObjectName("settingsRetainDays")
        self.retain_days.setRange(0.0, 36_500.0)
        self.retain_days.setDecimals(0)
        self.retain_days.setValue(current.retain_days)
        self._labels = [QLabel() for _ in range(3)]
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self._labels[0], self.journal_max)
        form.addRow(self._labels[1], self.retain_percent)
        form.addRow(self._labels[2], self.retain_days)
        self.retranslate_ui()

    def values(self) -> StorageLimits:
        return StorageLimits(
            journal_max_mib=self.journal_max.value(),
            retain_disk_percent=self.retain_percent.value(),
            retain_days=self.retain_days.value(),
        )

    def retranslate_ui(self) -> None:
        self._labels[0].setText(self.tr("Raw traffic journal up to:"))
        self._labels[1].setText(self.tr("Remove oldest data above disk use of:"))
        self._labels[2].setText(self.tr("Remove data older than:"))
        self.journal_max.setSuffix(self.tr(" MiB"))
        self.journal_max.setToolTip(
            self.tr(
                "What modules sent, kept compressed in the journal folder of the data "
                "folder for support; the oldest goes first beyond this size."
            )
        )
        self.retain_percent.setSuffix(self.tr(" %"))
        self.retain_percent.setSpecialValueText(self.tr("never for space"))
        self.retain_percent.setToolTip(
            self.tr(
                "While the data folder's disk is fuller than this, the oldest packets are "
                "removed; per-minute trends are kept."
            )
        )
        self.retain_days.setSuffix(self.tr(" days"))
        self.retain_days.setSpecialValueText(self.tr("keep everything"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
