"""The history panel (``historyPanel``): look back at one module over a chosen range.

- A range picker: last hour / day / week, or custom dates and times (the laptop's
  time zone; the plots' time axis is local time too).
- The nine channels' trends over the range as min/max band + mean, from the
  per-minute rollups merged to at most one point per pixel. The wheel zooms and a
  drag pans the time axis; once the view spans :data:`FRAME_LEVEL_SPAN` or less, the
  view is reloaded from every stored frame's stats (the raw level), again at most a
  point per pixel.
- A frame browser (the 50-sample curves as they arrived; step, scrub, replay).
- The timeline of the range's events; clicking one moves the plots there.
- Data completeness: packets received vs expected from packnum, % online.
- Values in engineering units from a :class:`CalibrationTable`; "Raw counts" shows AD
  counts again.
- "Site report…" writes a PDF of every module for the range (:mod:`fourgmon.gui.report`).

Every query runs off the UI thread (:class:`HistoryWorker`) in pages; a new range or
view cancels the old query.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QDateTime, QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fourgmon.domain.calibration import RAW, Calibration, CalibrationTable
from fourgmon.gui.history_frames import FrameBrowser
from fourgmon.gui.history_plots import HistoryPlots
from fourgmon.gui.history_timeline import Timeline
from fourgmon.gui.history_worker import HistoryWorker
from fourgmon.gui.i18n import LANGUAGES
from fourgmon.gui.report import SiteData, gather, report_language, write_pdf
from fourgmon.protocol.messages import CHANNELS, bus_of, position_of
from fourgmon.store import history as h
from fourgmon.store.trends import Trend

HOUR, DAY = 3600.0, 86400.0
RANGES = (("hour", HOUR), ("day", DAY), ("week", 7 * DAY), ("custom", 0.0))
FRAME_LEVEL_SPAN = 6 * HOUR  # a view this short or shorter: every stored frame's stats
VIEW_SETTLE_MS = 120  # zoom/pan: load the finer level once the view holds still this long
BROWSER_BACK = 8  # packets read before a browser step (the other groups' newest frames)


class HistoryPanel(QWidget):
    """See the module docstring. ``loaded(tag)`` fires when a query's result is shown
    (tests wait for it); ``clock`` gives "now" for the last-hour/day/week ranges."""

    loaded = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, clock: Callable[[], float] = time.time
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self._clock = clock
        self._store: Any = None
        self._imei: str | None = None
        self._name = ""
        self._calibration = CalibrationTable()
        self._range = (0.0, 0.0)
        self._range_trend: dict[int, Trend] = {}
        self._view_trend: dict[int, Trend] = {}
        self.level = "rollups"  # or "frames": what the plots show now
        self.timings: dict[str, float] = {}  # tag -> seconds of its last query
        self.completeness: h.Completeness | None = None
        self._events: list[h.HistoryEvent] = []
        self._gaps: list[h.Gap] = []
        self._pending_load = False
        self._after_trend: Callable[[], None] | None = None
        self.report_path: Path | None = None  # the last report written
        self._report_target = (Path(), "en")
        self.worker = HistoryWorker(self)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self._build()
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(VIEW_SETTLE_MS)
        self._settle.timeout.connect(self._load_view)
        self.retranslate_ui()
        self._apply_palette()
        self.range_combo.setCurrentIndex(1)  # the last day

    # ------------------------------------------------------------ construction
    def _build(self) -> None:
        self.module_label = QLabel()
        self.module_label.setObjectName("historyModule")
        self.range_combo = QComboBox()
        self.range_combo.setObjectName("historyRange")
        for _ in RANGES:
            self.range_combo.addItem("")
        self.since_edit = QDateTimeEdit()
        self.until_edit = QDateTimeEdit()
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.since_edit.setObjectName("historySince")
        self.until_edit.setObjectName("historyUntil")
        self.show_button = QPushButton()
        self.show_button.setObjectName("btnHistoryShow")
        self.raw_box = QCheckBox()
        self.raw_box.setObjectName("historyRaw")
        self.report_button = QPushButton()
        self.report_button.setObjectName("btnReport")
        self.report_lang = QComboBox()  # the report's language, whatever the window's
        self.report_lang.setObjectName("reportLanguage")
        for code, name in LANGUAGES.items():
            self.report_lang.addItem(name, code)
        self._report_lang_chosen = False
        self.report_lang.activated.connect(lambda _i: setattr(self, "_report_lang_chosen", True))
        self.status = QLabel()
        self.status.setObjectName("historyStatus")
        self.complete_label = QLabel()
        self.complete_label.setObjectName("historyCompleteness")
        self.complete_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_label = QLabel()
        self.report_label.setOpenExternalLinks(False)
        self.report_label.linkActivated.connect(
            lambda link: QDesktopServices.openUrl(QUrl.fromLocalFile(link))
        )
        self.plots = HistoryPlots()
        self.timeline = Timeline()
        self.browser = FrameBrowser()
        self.browser.set_calibration(self.calibration_of)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.module_label)
        bar.addSpacing(12)
        self.range_label = QLabel()
        bar.addWidget(self.range_label)
        bar.addWidget(self.range_combo)
        bar.addWidget(self.since_edit)
        self.to_label = QLabel("–")
        bar.addWidget(self.to_label)
        bar.addWidget(self.until_edit)
        bar.addWidget(self.show_button)
        bar.addSpacing(12)
        bar.addWidget(self.raw_box)
        bar.addStretch(1)
        info = QHBoxLayout()
        info.setContentsMargins(0, 0, 0, 0)
        info.addWidget(self.complete_label, 1)
        info.addWidget(self.status)
        info.addSpacing(12)
        info.addWidget(self.report_label)
        info.addWidget(self.report_lang)
        info.addWidget(self.report_button)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("historyTabs")
        self.tabs.addTab(self.timeline, "")
        self.tabs.addTab(self.browser, "")
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("historySplitter")
        self.splitter.addWidget(self.plots)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addLayout(bar)
        box.addLayout(info)
        box.addWidget(self.splitter, 1)

        self.range_combo.currentIndexChanged.connect(self._set_range_choice)
        self.show_button.clicked.connect(self._show_clicked)
        self.raw_box.toggled.connect(self._recalibrate)
        self.plots.view_changed.connect(self._view_changed)
        self.timeline.picked.connect(self.go_to)
        self.browser.wanted.connect(self._load_step)
        self.browser.moved.connect(self.plots.mark)
        self.report_button.clicked.connect(self.ask_report_path)

    # ------------------------------------------------------------ inputs
    def set_store(self, store: Any) -> None:
        self._store = store
        self.load()

    def set_module(self, imei: str | None, name: str = "") -> None:
        """Show ``imei``'s history (None: nothing); loads now if visible, else when shown."""
        if imei == self._imei and name == self._name:
            return
        changed = imei != self._imei
        self._imei, self._name = imei, name
        self._update_module_label()
        if changed:
            self.load()

    @property
    def imei(self) -> str | None:
        return self._imei

    def set_calibration(self, table: CalibrationTable) -> None:
        """The calibration in force (the window's owner updates it when it changes)."""
        self._calibration = table
        self._recalibrate()

    def calibration_of(self, k: int) -> Calibration:
        """What channel ``k``'s values are shown in (RAW while "Raw counts" is ticked)."""
        if self.raw_box.isChecked() or self._imei is None:
            return RAW
        return self._calibration.lookup(self._imei, k)

    def set_raw(self, raw: bool) -> None:
        self.raw_box.setChecked(raw)

    def range(self) -> tuple[float, float]:
        return self._range

    def set_range(self, since: float, until: float) -> None:
        """Show ``[since, until)`` (Unix seconds) as a custom range and load it."""
        self.range_combo.blockSignals(True)
        self.range_combo.setCurrentIndex(len(RANGES) - 1)
        self.range_combo.blockSignals(False)
        self._enable_edits(True)
        self._set_edits(since, until)
        self._custom_range()

    def _enable_edits(self, custom: bool) -> None:
        for w in (self.since_edit, self.until_edit):
            w.setEnabled(custom)

    def _set_edits(self, since: float, until: float) -> None:
        self.since_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(since)))
        self.until_edit.setDateTime(QDateTime.fromSecsSinceEpoch(math.ceil(until)))

    def _set_range_choice(self, index: int) -> None:
        _name, span = RANGES[index]
        custom = span == 0.0
        self._enable_edits(custom)
        if custom:
            return
        now = self._clock()
        self._set_edits(now - span, now)
        self._range = (now - span, now)
        self.load()

    def _show_clicked(self) -> None:
        """Custom: the dates typed; last hour/day/week: up to now again (new data)."""
        index = self.range_combo.currentIndex()
        if RANGES[index][1] == 0.0:
            self._custom_range()
        else:
            self._set_range_choice(index)

    def _custom_range(self) -> None:
        since = float(self.since_edit.dateTime().toSecsSinceEpoch())
        until = float(self.until_edit.dateTime().toSecsSinceEpoch())
        if until <= since:
            self.status.setText(self.tr("The end of the range must be after its start."))
            return
        self._range = (since, until)
        self.load()

    # ------------------------------------------------------------ loading
    def load(self) -> None:
        """(Re)load everything for the module and range (queries off the UI thread)."""
        self.worker.cancel_all()
        self._after_trend = None
        self._settle.stop()
        self._range_trend, self._view_trend = {}, {}
        self.level = "rollups"
        self.completeness = None
        self._events, self._gaps = [], []
        self.timeline.set_events([])
        self.browser.set_times(np.zeros(0))
        self.plots.mark(None)
        for k in range(CHANNELS):
            self.plots.clear_channel(k)
        self._update_completeness()
        store, imei = self._store, self._imei
        since, until = self._range
        if store is None or imei is None or until <= since:
            self.status.setText("")
            return
        if not self.isVisible():
            self._pending_load = True  # loaded by showEvent
            return
        self._pending_load = False
        self.plots.set_limits(since, until)
        self.plots.set_x_range(since, until, quiet=True)
        width = self.plots.plot_width()
        self.worker.submit("trend", lambda tok: h.trend(store, imei, since, until, width, tok))
        # The rest once the trend is drawn: its repaint then does not wait for the GIL
        # behind two threads reading 30 days of packets (benchmarks/README.md).
        self._after_trend = lambda: self._load_details(store, imei, since, until)
        if until - since <= FRAME_LEVEL_SPAN:  # short enough for every frame at once
            self._load_view()
        self._show_busy()

    def _run_after_trend(self) -> None:
        after, self._after_trend = self._after_trend, None
        if after is not None:
            after()

    def busy(self) -> bool:
        """A query runs, or waits to be started (tests, the benchmark)."""
        return self.worker.busy() or self._after_trend is not None

    def _load_details(self, store: Any, imei: str, since: float, until: float) -> None:
        """The frame browser's steps, the timeline and the completeness of the range."""
        self.worker.submit("times", lambda tok: h.packet_times(store, imei, since, until, tok))
        # The gaps come with the completeness (one read of every packnum of the range).
        kinds = [k for k in h.KINDS if k != h.GAP]
        self.worker.submit(
            "events", lambda tok: h.events(store, imei, since, until, tok, kinds=kinds)
        )
        self.worker.submit(
            "complete", lambda tok: h.completeness_and_gaps(store, imei, since, until, tok)
        )

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._pending_load:
            self.load()

    def _view_changed(self, _lo: float, _hi: float) -> None:
        self._settle.start()

    def _load_view(self) -> None:
        """The view held still: load the level its span calls for, for what is in view."""
        store, imei = self._store, self._imei
        if store is None or imei is None:
            return
        lo, hi = self.plots.x_range()
        since, until = self._range
        lo, hi = max(lo, since), min(hi, until)
        if hi <= lo:
            return
        width = self.plots.plot_width()
        margin = (hi - lo) / 2  # a little either side: a short pan needs no reload
        a, b = max(since, lo - margin), min(until, hi + margin)
        points = 2 * width  # the margins hold the other half
        if hi - lo <= FRAME_LEVEL_SPAN:
            self.worker.submit(
                "view", lambda tok: ("frames", h.frame_trend(store, imei, a, b, points, tok))
            )
        elif lo <= since + 1 and hi >= until - 1:  # the whole range again
            self.worker.cancel("view")
            self._view_trend = {}
            self.level = "rollups"
            self._redraw()
            return
        else:
            self.worker.submit(
                "view", lambda tok: ("rollups", h.trend(store, imei, a, b, points, tok))
            )
        self._show_busy()

    def _load_step(self, index: int) -> None:
        store, imei = self._store, self._imei
        times = self.browser.times()
        if store is None or imei is None or not len(times):
            return
        first = float(times[max(0, index - BROWSER_BACK)])
        last = math.nextafter(float(times[index]), math.inf)
        self.worker.submit("frames", lambda _tok: (index, list(store.frames(imei, first, last))))

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until the queries started so far have ended (tests)."""
        return self.worker.wait(msecs)

    def _done(self, tag: str, result: object, seconds: float) -> None:
        self.timings[tag] = seconds
        match tag:
            case "trend":
                assert isinstance(result, dict)
                self._range_trend = result
                if not self._view_trend:
                    self.level = "rollups"
                self._redraw()
                if self._after_trend is not None:
                    QTimer.singleShot(0, self, self._run_after_trend)  # after this repaint
            case "view":
                assert isinstance(result, tuple)
                self.level, self._view_trend = result
                self._redraw()
            case "times":
                self.browser.set_times(np.asarray(result))
            case "frames":
                assert isinstance(result, tuple)
                index, frames = result
                self.browser.show_frames(index, frames)
            case "events":
                assert isinstance(result, list)
                self._events = result
                self._show_events()
            case "complete":
                assert isinstance(result, tuple)
                self.completeness, self._gaps = result
                self._update_completeness()
                self._show_events()
            case "report":
                self._report_gathered(result)
        self._show_busy()
        self.loaded.emit(tag)

    def _show_events(self) -> None:
        """The timeline: the events and the data gaps (they come from two queries)."""
        events = [*self._events, *h.gap_events(self._gaps)]
        events.sort(key=lambda e: e.at)
        self.timeline.set_events(events)
        self._update_tab_texts()

    def _failed(self, tag: str, error: object) -> None:
        if tag == "trend":
            self._after_trend = None
        self.status.setText(self.tr("Could not read the history: {error}").format(error=error))
        self.loaded.emit(tag)

    def _show_busy(self) -> None:
        if self.busy():
            self.status.setText(self.tr("Loading…"))
            return
        if self.level == "frames":
            self.status.setText(self.tr("Every stored frame (min / max / mean)"))
        else:
            self.status.setText(self.tr("Per-minute rollups (min / max / mean)"))

    # ------------------------------------------------------------ drawing
    def shown_trend(self) -> dict[int, Trend]:
        """What the plots show now (the view's finer level, else the range's rollups)."""
        return self._view_trend or self._range_trend

    def _redraw(self, *_: object) -> None:
        trend = self.shown_trend()
        for k in range(CHANNELS):
            t = trend.get(k)
            if t is None:
                self.plots.clear_channel(k)
                continue
            cal = self.calibration_of(k)
            lo, hi = cal.apply_array(t.min), cal.apply_array(t.max)
            if cal.gain < 0:
                lo, hi = hi, lo
            self.plots.set_channel(k, t.at, cal.apply_array(t.mean), lo, hi)
        self._update_titles()

    def _recalibrate(self, *_: object) -> None:
        """Units changed: the plots and the frame browser's step again."""
        self._redraw()
        if self.browser.index >= 0:
            self._load_step(self.browser.index)

    def go_to(self, at: float) -> None:
        """Move the plots (and the frame browser) to ``at``: centred, at most an hour wide."""
        since, until = self._range
        lo, hi = self.plots.x_range()
        span = min(hi - lo, HOUR, until - since)
        a = min(max(since, at - span / 2), until - span)
        self.plots.set_x_range(a, a + span)
        self.plots.mark(at)
        self.browser.go_to_time(at)

    # ------------------------------------------------------------ report
    def ask_report_path(self) -> QFileDialog:
        """Ask where to save the site report (non-modal), then write it."""
        until = self._range[1]
        stamp = time.strftime("%Y%m%d-%H%M", time.localtime(until or self._clock()))
        dialog = QFileDialog(self, self.tr("Save the site report"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(f"fourgmon-site-report-{stamp}.pdf")
        lang = str(self.report_lang.currentData())
        dialog.fileSelected.connect(lambda path: self.write_report(Path(path), lang))
        dialog.open()
        return dialog

    def write_report(self, path: Path, language: str | None = None) -> None:
        """Gather the site's data for the range off the UI thread, then write the PDF."""
        store = self._store
        if store is None:
            return
        since, until = self._range
        calibration = self._calibration
        lang = language or report_language()
        self.report_label.setText(self.tr("Writing the report…"))
        self.report_path = None

        def job(tok: h.CancelToken) -> object:
            return gather(store, since, until, calibration, tok)

        self._report_target = (path, lang)
        self.worker.submit("report", job)

    def _report_gathered(self, result: object) -> None:
        path, lang = self._report_target
        assert isinstance(result, SiteData)
        try:
            write_pdf(result, path, lang)
        except OSError as exc:
            self.report_label.setText(
                self.tr("Could not write the report: {error}").format(error=exc)
            )
            return
        self.report_path = path
        self.report_label.setText(
            self.tr('Report saved: <a href="{path}">{name}</a>').format(path=path, name=path.name)
        )
        self.loaded.emit("report_written")

    # ------------------------------------------------------------ looks
    def _update_module_label(self) -> None:
        if self._imei is None:
            self.module_label.setText(self.tr("No module selected"))
        else:
            name = f"{self._name} · " if self._name else ""
            self.module_label.setText(f"<b>{name}{self._imei}</b>")

    def _unit(self, k: int) -> str:
        cal = self.calibration_of(k)
        return self.tr("AD counts") if cal.is_raw else (cal.unit or self.tr("value"))

    def _update_titles(self) -> None:
        titles = [
            self.tr("CH{n} · bus {bus} / pos {pos} · {unit}").format(
                n=k + 1, bus=bus_of(k), pos=position_of(k), unit=self._unit(k)
            )
            for k in range(CHANNELS)
        ]
        units = {self._unit(k) for k in range(CHANNELS)}
        left = units.pop() if len(units) == 1 else self.tr("value")
        empty = self.tr("No data in this range") if self._imei else self.tr("No module selected")
        self.plots.set_texts(titles, left, self.tr("local time"), empty)
        self.browser.set_y_label(left)

    def _update_completeness(self) -> None:
        done = self.completeness
        if done is None:
            self.complete_label.setText("")
            return
        pct = done.received_percent
        self.complete_label.setText(
            self.tr(
                "Packets received {received} of {expected} expected ({pct}) · {lost} lost ·"
                " online {online:.1f} % of the range"
            ).format(
                received=done.received,
                expected=done.expected,
                pct="–" if pct is None else f"{pct:.2f} %",
                lost=done.lost,
                online=done.online_percent,
            )
        )

    def _update_tab_texts(self) -> None:
        n = len(self.timeline.events())
        text = self.tr("Events ({n})").format(n=n)
        if self.timeline.truncated:
            text = self.tr("Events (newest {n} of {total})").format(
                n=n, total=n + self.timeline.truncated
            )
        self.tabs.setTabText(0, text)
        self.tabs.setTabText(1, self.tr("Frame browser"))

    def _apply_palette(self) -> None:
        pal = self.palette()
        dark = pal.color(QPalette.ColorRole.Base).lightness() < 128
        fg = pal.color(QPalette.ColorRole.Text)
        bg = pal.color(QPalette.ColorRole.Base)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        main = QColor("#4fc3f7") if dark else QColor("#1565c0")
        self.plots.set_colors(fg, bg, muted, main)
        self.browser.set_colors(fg, bg)
        self._update_titles()

    def retranslate_ui(self) -> None:
        names = {
            "hour": self.tr("Last hour"),
            "day": self.tr("Last day"),
            "week": self.tr("Last week"),
            "custom": self.tr("Custom"),
        }
        for i, (name, _) in enumerate(RANGES):
            self.range_combo.setItemText(i, names[name])
        self.range_label.setText(self.tr("Range:"))
        self.show_button.setText(self.tr("Show"))
        self.raw_box.setText(self.tr("Raw counts"))
        self.raw_box.setToolTip(self.tr("Show the modules' AD counts instead of engineering units"))
        if not self._report_lang_chosen:  # follows the window's until chosen
            self.report_lang.setCurrentIndex(max(0, self.report_lang.findData(report_language())))
        self.report_lang.setToolTip(self.tr("Language of the site report"))
        self.report_button.setText(self.tr("Site report…"))
        self.report_button.setToolTip(
            self.tr("A PDF of every module for this range, to hand to the client")
        )
        self._update_module_label()
        self._update_titles()
        self._update_completeness()
        self._update_tab_texts()
        self._show_busy()

    def changeEvent(self, event: QEvent) -> None:
        if getattr(self, "_shut_down", False):
            # Disposed plots: a language or palette change reaching a panel that is shut
            # down but not deleted yet must not touch them.
            super().changeEvent(event)
            return
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)

    def shutdown(self) -> None:
        """Stop replay and cancel every query (waits for the pool's current pages)."""
        self._shut_down = True
        self.browser.stop()
        self._settle.stop()
        self.worker.shutdown()
        self.plots.dispose()
