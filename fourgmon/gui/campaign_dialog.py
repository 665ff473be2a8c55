"""The firmware-campaign dialog: choose modules, confirm the list, watch it run, export.

Before the start the table is the confirmation: every module that will be updated
with its IMEI, alias, hardware type and current version (filter by type and "only
below version"). Start runs a :class:`~fourgmon.server.campaigns.CampaignRunner`;
its CampaignChanged events are queued and shown at a 5 Hz tick. Pause / Resume /
Abort act on the runner; "Export report…" writes the CSV in a worker thread. The
dialog is non-modal; closing it while the campaign runs only hides it.
"""

from __future__ import annotations

import asyncio
import csv
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fourgmon.domain.campaign import (
    DEFAULT_BACK_WITHIN,
    FINAL,
    Step,
    Target,
    report_rows,
    version_below,
)
from fourgmon.domain.registry import DeviceRegistry
from fourgmon.gui.fleet_text import GONE_COLOR, STATE_COLORS, campaign_state_text, state_text
from fourgmon.server.campaigns import CampaignRunner
from fourgmon.server.events import CampaignChanged, Event

IMEI, ALIAS, TYPE, BEFORE, STATE, AFTER, DETAIL = range(7)
TICK_MS = 200
_NOT_BACK = re.compile(r"not back within ([0-9.]+) s")


def write_report(path: Path, steps: list[Step]) -> None:
    """The campaign's CSV report (worker thread)."""
    with path.open("w", newline="", encoding="utf-8") as out:
        csv.writer(out).writerows(report_rows(steps))


class CampaignDialog(QDialog):
    """See the module docstring. ``server``: the running Server (engine, registry, bus)."""

    def __init__(self, server: Any, selected: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignDialog")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._server = server
        self._registry: DeviceRegistry = server.registry
        self._selected = list(selected)
        self.runner: CampaignRunner | None = None
        self._rows: dict[str, int] = {}
        self._incoming: dict[str, Step | None] = {}
        self._unsubscribe: Callable[[], None] | None = None
        self._tasks: set[asyncio.Future[Any]] = set()
        self._message = ""

        self.scope = QComboBox()
        self.scope.setObjectName("campaignScope")
        self.hw_type = QComboBox()
        self.hw_type.setObjectName("campaignType")
        self.below = QLineEdit()
        self.below.setObjectName("campaignBelow")
        self.at_a_time = QSpinBox()
        self.at_a_time.setObjectName("campaignConcurrency")
        self.at_a_time.setRange(1, 50)
        self.back_within = QSpinBox()
        self.back_within.setObjectName("campaignBackWithin")
        self.back_within.setRange(1, 24 * 60)
        self.back_within.setValue(int(DEFAULT_BACK_WITHIN // 60))
        self._labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        form.addRow(self._labels[0], self.scope)
        filters = QHBoxLayout()
        filters.addWidget(self.hw_type, 1)
        filters.addWidget(self._labels[2])
        filters.addWidget(self.below, 1)
        form.addRow(self._labels[1], filters)
        pace = QHBoxLayout()
        pace.addWidget(self.at_a_time)
        pace.addWidget(self._labels[4])
        pace.addWidget(self.back_within)
        pace.addStretch(1)
        form.addRow(self._labels[3], pace)

        self.table = QTableWidget(0, DETAIL + 1)
        self.table.setObjectName("campaignModules")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.confirm = QLabel()
        self.confirm.setObjectName("campaignConfirm")
        self.confirm.setWordWrap(True)
        self.confirm.setStyleSheet("font-weight: bold;")
        self.progress = QProgressBar()
        self.progress.setObjectName("campaignProgress")
        self.progress.setFormat("%v / %m")
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("campaignStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.start_button = QPushButton()
        self.start_button.setObjectName("btnCampaignStart")
        self.start_button.clicked.connect(self.start)
        self.pause_button = QPushButton()
        self.pause_button.setObjectName("btnCampaignPause")
        self.pause_button.clicked.connect(self.toggle_pause)
        self.abort_button = QPushButton()
        self.abort_button.setObjectName("btnCampaignAbort")
        self.abort_button.clicked.connect(self.abort)
        self.export_button = QPushButton()
        self.export_button.setObjectName("btnCampaignExport")
        self.export_button.clicked.connect(self.ask_export)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.abort_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.confirm)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.refresh)

        self.retranslate_ui()
        self._fill_types()
        self.scope.currentIndexChanged.connect(self._fill_targets)
        self.hw_type.currentIndexChanged.connect(self._fill_targets)
        self.below.textChanged.connect(self._fill_targets)
        self.at_a_time.valueChanged.connect(self._fill_targets)  # the confirm text says N
        self._fill_targets()
        self.resize(900, 560)

    # ------------------------------------------------------------ choosing
    def _candidates(self) -> list[str]:
        if self.scope.currentIndex() == 0 and self._selected:
            return list(self._selected)
        return [dev.imei for dev in self._registry]

    def _fill_types(self) -> None:
        types = sorted({d.fw_type for d in self._registry if d.fw_type})
        self.hw_type.blockSignals(True)
        self.hw_type.clear()
        self.hw_type.addItem(self.tr("any type"), "")
        for t in types:
            self.hw_type.addItem(t, t)
        self.hw_type.blockSignals(False)

    def targets(self) -> list[Target]:
        """The modules the campaign would update, as listed."""
        wanted_type = self.hw_type.currentData() or ""
        below = self.below.text().strip()
        out = []
        for imei in self._candidates():
            dev = self._registry.get(imei)
            if dev is None:
                continue
            if wanted_type and dev.fw_type != wanted_type:
                continue
            if not version_below(dev.fw_version, below):
                continue
            out.append(Target(imei, dev.alias, dev.fw_type, dev.fw_version))
        return out

    def _fill_targets(self) -> None:
        if self.runner is not None:
            return
        targets = self.targets()
        self.table.setRowCount(len(targets))
        self._rows = {}
        for row, t in enumerate(targets):
            self._rows[t.imei] = row
            dev = self._registry.get(t.imei)
            online = dev is not None and dev.online
            state = self.tr("online") if online else self.tr("offline: queued until it is back")
            for col, text in enumerate(
                (t.imei, t.alias, t.fw_type or "?", t.version or "?", state, "", "")
            ):
                self.table.setItem(row, col, QTableWidgetItem(text))
        n = len(targets)
        self.confirm.setText(
            self.tr(
                "Start puts these {n} modules into firmware upgrade mode, {k} at a time; each "
                "fetches the firmware by itself, goes offline and is checked when it is back."
            ).format(n=n, k=self.at_a_time.value())
            if n
            else self.tr("No module matches: change the selection or the filter.")
        )
        self._update_buttons()

    # ------------------------------------------------------------ running
    def start(self) -> CampaignRunner | None:
        """Start the campaign over the listed modules (the list is the confirmation)."""
        targets = self.targets()
        if self.runner is not None or not targets:
            return self.runner
        note = " ".join(
            p
            for p in (
                f"type={self.hw_type.currentData()}" if self.hw_type.currentData() else "",
                f"below={self.below.text().strip()}" if self.below.text().strip() else "",
            )
            if p
        )
        self.runner = CampaignRunner(
            self._server,
            targets,
            concurrency=self.at_a_time.value(),
            back_within=self.back_within.value() * 60.0,
            note=note,
        )
        self._unsubscribe = self._server.subscribe(self._on_event)
        for w in (self.scope, self.hw_type, self.below, self.at_a_time, self.back_within):
            w.setEnabled(False)
        self.progress.setRange(0, len(targets))
        self.progress.setValue(0)
        self.progress.show()
        self.confirm.hide()
        self.runner.start()
        for step in self.runner.campaign.steps:
            self._incoming[step.imei] = step
        self.timer.start()
        self.refresh()
        return self.runner

    def _on_event(self, event: Event) -> None:
        """Server observer: keep the newest step per module (cheap; shown at the tick)."""
        if (
            isinstance(event, CampaignChanged)
            and self.runner is not None
            and event.campaign.id == self.runner.id
        ):
            if event.step is not None:
                step = self.runner.campaign.step(event.step.imei)
                self._incoming[event.step.imei] = step
            else:
                self._incoming.setdefault("", None)

    def refresh(self) -> None:
        """The tick: changed rows, progress, counts, buttons."""
        runner = self.runner
        if runner is None:
            return
        incoming, self._incoming = self._incoming, {}
        for imei, step in incoming.items():
            row = self._rows.get(imei)
            if step is None or row is None:
                continue
            self._show_step(row, step)
        campaign = runner.campaign
        counts = campaign.counts()
        done = sum(n for state, n in counts.items() if state in FINAL)
        self.progress.setValue(done)
        parts = [f"{state_text(state)}: {n}" for state, n in sorted(counts.items())]
        self.status.setText(
            self.tr("Campaign {state} — {done} of {n} done ({counts})").format(
                state=campaign_state_text(campaign.state),
                done=done,
                n=len(campaign.steps),
                counts=", ".join(parts),
            )
            + (f"\n{self._message}" if self._message else "")
        )
        self._update_buttons()
        if campaign.done:
            self.timer.stop()

    def _show_step(self, row: int, step: Step) -> None:
        color = QColor(STATE_COLORS.get(step.state, GONE_COLOR))
        for col, text in ((STATE, state_text(step.state)), (AFTER, step.version_after),
                          (DETAIL, self.detail_text(step.detail))):  # fmt: skip
            item = self.table.item(row, col)
            if item is None:
                item = QTableWidgetItem()
                self.table.setItem(row, col, item)
            if item.text() != text:
                item.setText(text)
            if col == STATE:
                item.setData(Qt.ItemDataRole.DecorationRole, color)

    def detail_text(self, detail: str) -> str:
        """A step's (English, stored) detail in the window's language; others as they are."""
        known = {
            "update sent": self.tr("update sent"),
            "online": self.tr("online"),
            "offline at start: queued": self.tr("offline at start: queued"),
            "refused by the module": self.tr("refused by the module"),
            "upgrade mode entered: waiting for the module": self.tr(
                "upgrade mode entered: waiting for the module"
            ),
            "back online: reading the version": self.tr("back online: reading the version"),
            "same version as before": self.tr("same version as before"),
            "campaign aborted": self.tr("campaign aborted"),
            "never online during the campaign": self.tr("never online during the campaign"),
        }
        if detail in known:
            return known[detail]
        if (m := _NOT_BACK.fullmatch(detail)) is not None:
            return self.tr("not back within {seconds} s").format(seconds=m.group(1))
        return detail

    def toggle_pause(self) -> None:
        runner = self.runner
        if runner is None:
            return
        if runner.campaign.state == "paused":
            runner.resume()
        else:
            runner.pause()
        self.refresh()

    def abort(self) -> None:
        if self.runner is not None:
            self.runner.abort()
            self.refresh()

    def _update_buttons(self) -> None:
        runner = self.runner
        state = runner.campaign.state if runner is not None else "ready"
        self.start_button.setEnabled(runner is None and bool(self._rows))
        self.start_button.setVisible(runner is None)
        self.pause_button.setVisible(runner is not None)
        self.pause_button.setEnabled(state in ("running", "paused"))
        self.pause_button.setText(self.tr("Resume") if state == "paused" else self.tr("Pause"))
        self.abort_button.setVisible(runner is not None)
        self.abort_button.setEnabled(state in ("running", "paused"))
        self.export_button.setEnabled(runner is not None)

    # ------------------------------------------------------------ report
    def ask_export(self) -> QFileDialog | None:
        if self.runner is None:
            return None
        name = time.strftime(
            "campaign-%Y%m%d-%H%M.csv", time.localtime(self.runner.campaign.created_at)
        )
        dialog = QFileDialog(self, self.tr("Export campaign report"), name)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("CSV files (*.csv)"))
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(lambda path: self.export(Path(path)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export(self, path: Path) -> asyncio.Future[Any]:
        """Write the report to ``path`` in a worker thread; the status line says how it went."""
        assert self.runner is not None
        steps = self.runner.campaign.steps

        async def write() -> None:
            try:
                await asyncio.to_thread(write_report, path, steps)
            except OSError as exc:
                self._message = self.tr("Cannot write the report: {reason}").format(
                    reason=exc.strerror or exc
                )
            else:
                self._message = self.tr("Report saved to {path}").format(path=str(path))
            self.refresh()

        task = asyncio.ensure_future(write())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    # ------------------------------------------------------------ lifecycle
    @property
    def running(self) -> bool:
        return self.runner is not None and not self.runner.campaign.done

    def shutdown(self) -> None:
        """The window closes: stop timers, the runner's tasks and the subscription."""
        self.timer.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self.runner is not None:
            self.runner.cancel()
        for task in list(self._tasks):
            task.cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)  # hidden, not deleted: a running campaign goes on

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Firmware campaign"))
        for label, text in zip(
            self._labels,
            (
                self.tr("Modules:"),
                self.tr("Hardware type:"),
                self.tr("only below version"),
                self.tr("At a time:"),
                self.tr("back within (min):"),
            ),
            strict=True,
        ):
            label.setText(text)
        index = self.scope.currentIndex()
        self.scope.blockSignals(True)
        self.scope.clear()
        if self._selected:
            self.scope.addItem(self.tr("the {n} selected modules").format(n=len(self._selected)))
        self.scope.addItem(self.tr("all modules"))
        self.scope.setCurrentIndex(max(0, index))
        self.scope.blockSignals(False)
        self.below.setPlaceholderText(self.tr("e.g. 1.0.4 (empty: any version)"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("IMEI"),
                self.tr("Alias"),
                self.tr("Type"),
                self.tr("Current version"),
                self.tr("State"),
                self.tr("Version after"),
                self.tr("Detail"),
            ]
        )
        self.start_button.setText(self.tr("Start the update of these modules"))
        self.abort_button.setText(self.tr("Abort"))
        self.export_button.setText(self.tr("Export report…"))
        self.close_button.setText(self.tr("Close"))
        if self.runner is None:
            self._fill_targets()
        else:
            for imei, row in self._rows.items():
                step = self.runner.campaign.step(imei)
                if step is not None:
                    self._show_step(row, step)
        self._update_buttons()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
