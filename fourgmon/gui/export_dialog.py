"""The export dialog (``btnExport``): frames, events or alarms of some modules to CSV/XLSX.

The export runs in a worker thread (the store's readers are per-thread connections),
page by page; the dialog shows rows done and time left, can cancel (the file being
written, ``<name>.partial``, is removed: nothing half-written stays), and ends with
"Open folder". Opened with ``open()``, never ``exec()``: the server keeps running.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fourgmon.store import ReadDamage, Store
from fourgmon.store.export import ExportCancelled, ExportRequest, damage_summary, export_to

HOUR = 3600.0
RANGES = (HOUR, 24 * HOUR, 7 * 24 * HOUR, 30 * 24 * HOUR, None, 0.0)  # None: all, 0: custom


@dataclass(frozen=True, slots=True)
class ExportJob:
    """The files to write: one request per file."""

    files: tuple[tuple[ExportRequest, Path], ...]
    fmt: str


def safe_name(text: str) -> str:
    """``text`` usable in a file name on Windows and Linux (Chinese kept)."""
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", text).strip(" ._")[:60]


class _Signals(QObject):
    progressed = Signal(int, int)  # rows done, rows expected
    done = Signal(int, str)  # rows, the damage line ("" when none)
    failed = Signal(str)
    cancelled = Signal()


class ExportWorker:
    """Runs an :class:`ExportJob` in a thread of its own; results arrive as Qt signals."""

    def __init__(self, store: Store, job: ExportJob) -> None:
        self.store, self.job = store, job
        self.signals = _Signals()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="export", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._stop.set()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        damage = ReadDamage()
        data_dir = self.store.path.parent
        offset = 0
        try:
            table = self.store.calibration()
            files = [(_with_calibration(request, table), path) for request, path in self.job.files]
            for request, path in files:

                def progress(done: int, expected: int, base: int = offset) -> bool:
                    self.signals.progressed.emit(base + done, base + max(expected, done))
                    return not self._stop.is_set()

                if self._stop.is_set():
                    raise ExportCancelled
                offset += export_to(
                    self.store, request, path, self.job.fmt, damage, progress, data_dir
                )
        except ExportCancelled:
            self.signals.cancelled.emit()
            return
        except Exception as exc:  # shown in the dialog: a full disk, a damaged file...
            self.signals.failed.emit(str(exc) or type(exc).__name__)
            return
        summary = damage_summary(self.store, damage)
        self.signals.done.emit(offset, summary[0] if summary else "")


def _with_calibration(request: ExportRequest, table: object) -> ExportRequest:
    from dataclasses import replace

    return replace(request, calibration=table) if request.calibrated else request


class ExportDialog(QDialog):
    """Choose modules, range, channels, units, format and folder; export; open the folder."""

    def __init__(
        self,
        store: Store,
        devices: Sequence[tuple[str, str]],
        selected: Sequence[str],
        folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.store = store
        self.devices = list(devices)
        self.selected = [i for i in selected if i]
        self.worker: ExportWorker | None = None
        self.written: list[Path] = []
        self._started = 0.0

        self.selection_radio = QRadioButton()
        self.all_radio = QRadioButton()
        self.filter_radio = QRadioButton()
        self.module_group = QButtonGroup(self)
        for b in (self.selection_radio, self.all_radio, self.filter_radio):
            self.module_group.addButton(b)
        (self.selection_radio if self.selected else self.all_radio).setChecked(True)
        self.selection_radio.setEnabled(bool(self.selected))
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("exportFilter")
        self.filter_edit.textChanged.connect(lambda _t: self.filter_radio.setChecked(True))
        self.module_count = QLabel()
        self.module_group.buttonToggled.connect(lambda *_: self._update())
        self.filter_edit.textChanged.connect(lambda _t: self._update())

        self.range_combo = QComboBox()
        self.range_combo.setObjectName("exportRange")
        now = QDateTime.currentDateTime()
        self.since_edit = QDateTimeEdit(now.addDays(-1))
        self.until_edit = QDateTimeEdit(now)
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.range_combo.currentIndexChanged.connect(lambda _i: self._update())

        self.what_combo = QComboBox()
        self.what_combo.setObjectName("exportWhat")
        self.what_combo.currentIndexChanged.connect(lambda _i: self._update())
        self.channel_boxes = [QCheckBox(f"CH{k + 1}") for k in range(9)]
        for box in self.channel_boxes:
            box.setChecked(True)
            box.toggled.connect(lambda _c: self._update())
        self.raw_box = QCheckBox()
        self.raw_box.setChecked(True)
        self.units_box = QCheckBox()
        for box in (self.raw_box, self.units_box):
            box.toggled.connect(lambda _c: self._update())

        self.csv_radio = QRadioButton("CSV")
        self.xlsx_radio = QRadioButton("XLSX (Excel)")
        self.csv_radio.setChecked(True)
        self.format_group = QButtonGroup(self)
        self.format_group.addButton(self.csv_radio)
        self.format_group.addButton(self.xlsx_radio)
        self.one_file_radio = QRadioButton()
        self.per_module_radio = QRadioButton()
        self.one_file_radio.setChecked(True)
        self.files_group = QButtonGroup(self)
        self.files_group.addButton(self.one_file_radio)
        self.files_group.addButton(self.per_module_radio)
        self.folder_edit = QLineEdit(str(folder))
        self.folder_edit.setObjectName("exportFolder")
        self.folder_edit.textChanged.connect(lambda _t: self._update())
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self._browse)

        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)  # no "0 %" before anything runs
        self.status_label = QLabel()
        self.status_label.setObjectName("exportStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportStart")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("exportCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button = QPushButton()
        self.open_button.setObjectName("exportOpenFolder")
        self.open_button.clicked.connect(self.open_folder)
        self.open_button.setEnabled(False)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)

        self.utc_note = QLabel()
        self.utc_note.setObjectName("exportUtcNote")
        self._build()
        self.retranslate_ui()
        self._update()
        if parent is not None:
            parent.installEventFilter(self)  # the window going away stops the export first

    # ------------------------------------------------------------ layout
    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        modules = QGridLayout()
        modules.addWidget(self.selection_radio, 0, 0)
        modules.addWidget(self.all_radio, 0, 1)
        modules.addWidget(self.filter_radio, 1, 0)
        modules.addWidget(self.filter_edit, 1, 1)
        modules.addWidget(self.module_count, 2, 0, 1, 2)
        self.modules_label = QLabel()
        form.addRow(self.modules_label, modules)
        times = QHBoxLayout()
        times.addWidget(self.range_combo)
        times.addWidget(self.since_edit)
        self.to_label = QLabel("–")
        times.addWidget(self.to_label)
        times.addWidget(self.until_edit)
        times.addStretch(1)
        self.range_label = QLabel()
        form.addRow(self.range_label, times)
        self.what_label = QLabel()
        form.addRow(self.what_label, self.what_combo)
        channels = QHBoxLayout()
        for box in self.channel_boxes:
            channels.addWidget(box)
        channels.addStretch(1)
        self.channels_label = QLabel()
        form.addRow(self.channels_label, channels)
        values = QHBoxLayout()
        values.addWidget(self.raw_box)
        values.addWidget(self.units_box)
        values.addStretch(1)
        self.values_label = QLabel()
        form.addRow(self.values_label, values)
        fmt = QHBoxLayout()
        fmt.addWidget(self.csv_radio)
        fmt.addWidget(self.xlsx_radio)
        fmt.addSpacing(24)
        fmt.addWidget(self.one_file_radio)
        fmt.addWidget(self.per_module_radio)
        fmt.addStretch(1)
        self.format_label = QLabel()
        form.addRow(self.format_label, fmt)
        folder = QHBoxLayout()
        folder.addWidget(self.folder_edit, 1)
        folder.addWidget(self.browse_button)
        self.folder_label = QLabel()
        form.addRow(self.folder_label, folder)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        root = QVBoxLayout(self)
        root.addLayout(form)
        root.addWidget(self.utc_note)
        root.addWidget(self.progress)
        root.addWidget(self.status_label)
        root.addStretch(1)
        root.addLayout(buttons)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        self.modules_label.setText(self.tr("Modules:"))
        self.selection_radio.setText(self.tr("Selected (%n)", "", len(self.selected)))
        self.all_radio.setText(self.tr("All (%n)", "", len(self.devices)))
        self.filter_radio.setText(self.tr("IMEI or alias contains:"))
        self.range_label.setText(self.tr("Time range:"))
        index = self.range_combo.currentIndex()
        self.range_combo.blockSignals(True)
        self.range_combo.clear()
        self.range_combo.addItems(
            [
                self.tr("Last hour"),
                self.tr("Last 24 hours"),
                self.tr("Last 7 days"),
                self.tr("Last 30 days"),
                self.tr("Everything stored"),
                self.tr("From – to (local time)"),
            ]
        )
        self.range_combo.setCurrentIndex(max(index, 1))
        self.range_combo.blockSignals(False)
        self.what_label.setText(self.tr("Export:"))
        what = self.what_combo.currentIndex()
        self.what_combo.blockSignals(True)
        self.what_combo.clear()
        self.what_combo.addItems(
            [
                self.tr("Frames (the samples of every channel frame)"),
                self.tr("Events (online/offline, commands, sensor status, SIM info, version)"),
                self.tr("Alarm history"),
            ]
        )
        self.what_combo.setCurrentIndex(max(what, 0))
        self.what_combo.blockSignals(False)
        self.channels_label.setText(self.tr("Channels:"))
        self.values_label.setText(self.tr("Values:"))
        self.raw_box.setText(self.tr("Raw AD counts"))
        self.units_box.setText(self.tr("Engineering units (calibration)"))
        self.format_label.setText(self.tr("Format:"))
        self.one_file_radio.setText(self.tr("One file"))
        self.per_module_radio.setText(self.tr("One file per module"))
        self.folder_label.setText(self.tr("Folder:"))
        self.browse_button.setText(self.tr("Browse…"))
        self.export_button.setText(self.tr("Export"))
        self.cancel_button.setText(self.tr("Cancel export"))
        self.open_button.setText(self.tr("Open folder"))
        self.close_button.setText(self.tr("Close"))
        self.utc_note.setText(
            self.tr(
                "Times in the files are UTC (ISO 8601, e.g. 2026-11-24T19:56:07.123Z); CSV opens"
                " in Excel with Chinese text intact."
            )
        )
        self._update()

    # ------------------------------------------------------------ choices
    def modules(self) -> list[str]:
        """The IMEIs the choice of modules stands for."""
        if self.selection_radio.isChecked():
            return list(self.selected)
        if self.filter_radio.isChecked():
            text = self.filter_edit.text().strip().casefold()
            return [i for i, a in self.devices if text in i.casefold() or text in a.casefold()]
        return [i for i, _ in self.devices]

    def time_window(self) -> tuple[float | None, float | None]:
        """(since, until) as Unix seconds (None: open)."""
        span = RANGES[self.range_combo.currentIndex()]
        if span is None:
            return None, None
        if span == 0.0:
            return (
                self.since_edit.dateTime().toSecsSinceEpoch(),
                self.until_edit.dateTime().toSecsSinceEpoch(),
            )
        now = time.time()
        return now - span, None

    def what(self) -> str:
        return ("frames", "events", "alarms")[max(0, self.what_combo.currentIndex())]

    def job(self) -> ExportJob:
        """The files the current choices write."""
        imeis = self.modules()
        since, until = self.time_window()
        what = self.what()
        channels = frozenset(k for k, b in enumerate(self.channel_boxes) if b.isChecked())
        fmt = "xlsx" if self.xlsx_radio.isChecked() else "csv"
        folder = Path(self.folder_edit.text()).expanduser()
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aliases = dict(self.devices)

        def request(group: tuple[str, ...]) -> ExportRequest:
            return ExportRequest(
                group,
                since,
                until,
                what=what,
                channels=None if len(channels) == 9 else channels,
                raw=self.raw_box.isChecked() or what != "frames",
                calibrated=self.units_box.isChecked() and what == "frames",
            )

        if self.per_module_radio.isChecked():
            files = []
            for imei in imeis:
                alias = safe_name(aliases.get(imei, ""))
                name = f"fourgmon-{what}-{imei}{'-' + alias if alias else ''}-{stamp}.{fmt}"
                files.append((request((imei,)), folder / name))
            return ExportJob(tuple(files), fmt)
        name = f"fourgmon-{what}-{stamp}.{fmt}"
        return ExportJob(((request(tuple(imeis)), folder / name),), fmt)

    def _problem(self) -> str:
        """Why the choices cannot be exported ('' when they can)."""
        if not self.modules():
            return self.tr("No module matches.")
        frames = self.what() == "frames"
        if frames and not any(b.isChecked() for b in self.channel_boxes):
            return self.tr("Choose at least one channel.")
        if frames and not (self.raw_box.isChecked() or self.units_box.isChecked()):
            return self.tr("Choose raw counts, engineering units or both.")
        since, until = self.time_window()
        if since is not None and until is not None and since >= until:
            return self.tr("The range ends before it starts.")
        if not Path(self.folder_edit.text()).expanduser().is_dir():
            return self.tr("The folder does not exist.")
        return ""

    def _update(self) -> None:
        if not hasattr(self, "close_button"):
            return
        running = self.worker is not None
        custom = RANGES[max(0, self.range_combo.currentIndex())] == 0.0
        self.since_edit.setEnabled(custom and not running)
        self.until_edit.setEnabled(custom and not running)
        frames = self.what() == "frames"
        for box in [*self.channel_boxes, self.raw_box, self.units_box]:
            box.setEnabled(frames and not running)
        self.module_count.setText(self.tr("%n module(s)", "", len(self.modules())))
        problem = "" if running else self._problem()
        self.export_button.setEnabled(not running and not problem)
        self.cancel_button.setEnabled(running)
        if problem:
            self.status_label.setText(problem)

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Export to folder"), self.folder_edit.text())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.folder_edit.setText)
        dialog.fileSelected.connect(lambda _f: self._update())
        dialog.open()

    # ------------------------------------------------------------ running
    def start(self) -> ExportWorker | None:
        """Start the export in a worker thread (None if the choices cannot be exported)."""
        if self.worker is not None or self._problem():
            return None
        job = self.job()
        self.written = [path for _, path in job.files]
        self.worker = ExportWorker(self.store, job)
        self.worker.signals.progressed.connect(self._progressed)
        self.worker.signals.done.connect(self._done)
        self.worker.signals.failed.connect(self._failed)
        self.worker.signals.cancelled.connect(self._cancelled)
        self._started = time.monotonic()
        self.open_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the first page says how many
        self.progress.setTextVisible(True)
        self.status_label.setText(self.tr("Counting the rows…"))
        self.worker.start()
        self._update()
        return self.worker

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status_label.setText(self.tr("Cancelling…"))

    def _progressed(self, done: int, expected: int) -> None:
        self.progress.setRange(0, max(1, expected))
        self.progress.setValue(min(done, expected))
        elapsed = time.monotonic() - self._started
        left = elapsed * (expected - done) / done if done else 0.0
        self.status_label.setText(
            self.tr("%1 of about %2 rows, about %3 s left")
            .replace("%1", f"{done:,}")
            .replace("%2", f"{expected:,}")
            .replace("%3", f"{left:.0f}")
        )

    def _finish(self) -> None:
        if self.worker is not None:
            self.worker.wait()
        self.worker = None
        self._update()

    def _done(self, rows: int, damage: str) -> None:
        self._finish()
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        names = ", ".join(p.name for p in self.written[:3])
        if len(self.written) > 3:
            names += ", …"
        text = self.tr("%n row(s) written to %1", "", rows).replace("%1", names)
        if damage:
            text += "\n" + self.tr("Incomplete: %1").replace("%1", damage)
        self.status_label.setText(text)
        self.open_button.setEnabled(True)

    def _failed(self, message: str) -> None:
        self._finish()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status_label.setText(self.tr("Export failed: %1").replace("%1", message))

    def _cancelled(self) -> None:
        self._finish()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status_label.setText(self.tr("Export cancelled: no file was left behind."))

    def folder(self) -> Path:
        return self.written[0].parent if self.written else Path(self.folder_edit.text())

    def open_folder(self) -> bool:
        """Show the folder of the exported files in the desktop's file manager."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder())))

    def stop(self) -> None:
        """Cancel a running export and wait for its thread (the store may close next)."""
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait(30)
            self.worker = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and watched is self.parent():
            self.stop()
        return False

    def closeEvent(self, event: object) -> None:  # type: ignore[override]
        """Closing while exporting cancels the export (and waits for its thread)."""
        self.stop()
        super().closeEvent(event)  # type: ignore[arg-type]


def default_folder() -> Path:
    """Where exports go first: the user's documents folder (else the home folder)."""
    from PySide6.QtCore import QStandardPaths

    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def open_export_dialog(
    store: Store,
    devices: Sequence[tuple[str, str]],
    selected: Sequence[str],
    parent: QWidget | None = None,
    folder: Path | None = None,
) -> ExportDialog:
    """Open the export dialog without blocking (``open()``); it deletes itself when closed."""
    dialog = ExportDialog(store, devices, selected, folder or default_folder(), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.resize(max(dialog.sizeHint().width(), 720), dialog.sizeHint().height())
    dialog.open()
    return dialog
