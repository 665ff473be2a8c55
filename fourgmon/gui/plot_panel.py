"""Live curves of the selected module: last frame per channel and a trend view.

Events only stash data (:meth:`PlotPanel.on_event`); the window's UI timer calls
:meth:`PlotPanel.refresh`, which ``setData``s just the curves that changed.

Y range: the default is *fit once* — each channel's range is fitted to its first
frame after a module is selected (and on "Fit"), then stays put. Continuous auto
range recomputes bounds and re-ticks the axes of every plot on every frame; on the
reference machine it cut the server from 6.3k to 2.3k acks/s (9 plots at 20 Hz).
Auto, fixed 0..65535 and a custom min/max remain available (in raw counts, shown
in each channel's unit).

Values are shown in engineering units through the window's :class:`Units` (the
module's nine calibrations are looked up once per selection or calibration change,
never per sample), or as raw counts when its toggle says so. Each plot's title carries
the mean of the channel's last frame.
"""

from __future__ import annotations

import enum
import logging
import time
from typing import Any

import numpy as np
import numpy.typing as npt
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fourgmon.domain.calibration import RAW, Calibration
from fourgmon.domain.frames import frame_stats
from fourgmon.domain.thresholds import format_value
from fourgmon.gui.plot_trend import (
    DEFAULT_TREND_CAPACITY,
    ChannelGrid,
    History,
    LoadJob,
    LoadSignals,
    TrendBuffer,
)
from fourgmon.gui.units import Units
from fourgmon.protocol.messages import CHANNELS, NOMINAL_SAMPLES, bus_of, position_of
from fourgmon.server.events import FrameReceived

log = logging.getLogger(__name__)

AD_MAX = 65535
TREND_WINDOWS = (600.0, 3600.0)  # seconds: 10 min, 1 h
TREND_REDRAW_INTERVAL = 0.5  # s: a 10 min trend gains nothing from 30 Hz redraws
TREND_SLIDE_INTERVAL = 1.0  # s: how often the trend's time window follows the clock
# s: a title's reading changes at most this often (a new title text re-lays out its
# plot; the eye reads a number twice a second at best).
TITLE_INTERVAL = 0.5
FIT_MIN_COUNTS = 20.0  # a flat line is shown on a band at least this many counts high


class RangeMode(enum.Enum):
    """How the frame plots choose their y range."""

    FIT_ONCE = "fit"
    AUTO = "auto"
    FIXED = "fixed"
    CUSTOM = "custom"


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


class PlotPanel(QWidget):
    """3x3 grid of CH1..CH9 (last frame, raw AD counts) plus a trend tab (mean/max)."""

    history_loaded = Signal(str)
    """Emitted with the IMEI once the store's history of a selected module is shown."""

    def __init__(
        self, parent: QWidget | None = None, *, trend_capacity: int = DEFAULT_TREND_CAPACITY
    ) -> None:
        super().__init__(parent)
        self.setObjectName("plotPanel")
        self.frames_drawn = 0
        """Curves redrawn by :meth:`refresh` since construction (frame view)."""
        self.trend_draws = 0
        """Trend curves redrawn since construction."""
        self.last_refresh_ms = 0.0
        """Wall time of the last :meth:`refresh` in milliseconds."""
        self.last_load_error: Exception | None = None

        self._store: Any = None
        self._imei: str | None = None
        self._gen = 0
        self._paused = False
        self._mode = RangeMode.FIT_ONCE
        self._window = TREND_WINDOWS[0]
        self._latest: list[npt.NDArray[Any] | None] = [None] * CHANNELS
        self._latest_t = [float("-inf")] * CHANNELS
        self._dirty: set[int] = set()
        self._fitted = [False] * CHANNELS
        self._xlen = [0] * CHANNELS
        self._trend = [TrendBuffer(trend_capacity) for _ in range(CHANNELS)]
        self._trend_dirty: set[int] = set()
        self._trend_drawn_at = 0.0
        self._trend_slid_at = 0.0

        self._units: Units | None = None
        self._cals: tuple[Calibration, ...] = (RAW,) * CHANNELS
        self._titles = [""] * CHANNELS  # without a reading (translated)
        self._short_titles = [""] * CHANNELS  # before a reading
        self._readings = [""] * CHANNELS  # shown in the titles now
        self._readings_dirty: set[int] = set()
        self._titles_at = 0.0
        self._legend_colors = ("", "")
        self._legend_text = ""
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one store read at a time, in order
        self._pool.setExpiryTimeout(-1)  # one thread for good: one read connection
        self._load_signals = LoadSignals(self)
        self._load_signals.done.connect(self._on_loaded)

        self._build()
        self._apply_palette()
        self._retranslate()
        self._apply_range_mode()
        self._clear_all()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.pause_button = QPushButton(self)
        self.pause_button.setCheckable(True)
        self.pause_button.toggled.connect(self.set_paused)
        self.range_label = QLabel(self)
        self.range_combo = QComboBox(self)
        for mode in RangeMode:
            self.range_combo.addItem("", mode)
        self.range_combo.currentIndexChanged.connect(self._on_range_combo)
        self.range_min = QSpinBox(self)
        self.range_max = QSpinBox(self)
        for box, value in ((self.range_min, 0), (self.range_max, AD_MAX)):
            box.setRange(0, AD_MAX)
            box.setValue(value)
            box.setKeyboardTracking(False)
            box.valueChanged.connect(self._apply_range_mode)
        self.fit_button = QPushButton(self)
        self.fit_button.clicked.connect(self.fit_now)
        self.window_label = QLabel(self)
        self.window_combo = QComboBox(self)
        for seconds in TREND_WINDOWS:
            self.window_combo.addItem("", seconds)
        self.window_combo.currentIndexChanged.connect(self._on_window_combo)
        self.legend = QLabel(self)
        self.crosshair_box = QCheckBox(self)
        self.crosshair_box.setChecked(True)
        self.crosshair_box.toggled.connect(self._on_crosshair_toggled)
        # In the tab bar's free corner; Ignored: a long readout never widens the panel.
        self.readout = QLabel(self)
        self.readout.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.readout.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        for w in (self.pause_button, self.range_label, self.range_combo, self.range_min):
            controls.addWidget(w)
        for w in (self.range_max, self.fit_button, self.window_label, self.window_combo):
            controls.addWidget(w)
        controls.addWidget(self.legend)
        controls.addWidget(self.crosshair_box)
        controls.addStretch(1)

        self.frame_grid = ChannelGrid(1, date_axis=False, parent=self)
        self.trend_grid = ChannelGrid(2, date_axis=True, parent=self)
        self.trend_grid.set_axis_cache(True)  # its axes move at most twice a second
        self.frame_curves = [c[0] for c in self.frame_grid.curves]
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.frame_scroll = _scroll_area(self.frame_grid)
        self.trend_scroll = _scroll_area(self.trend_grid)
        self.tabs.addTab(self.frame_scroll, "")
        self.tabs.addTab(self.trend_scroll, "")
        self.tabs.setCornerWidget(self.readout, Qt.Corner.TopRightCorner)
        self.tabs.currentChanged.connect(self._on_tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addLayout(controls)
        layout.addWidget(self.tabs, 1)
        self._controls = controls

        # Crosshair readout, rate-limited: a mouse move costs one lookup, never a redraw.
        self._proxies = [
            pg.SignalProxy(grid.scene().sigMouseMoved, rateLimit=30, slot=self._on_mouse_moved)
            for grid in (self.frame_grid, self.trend_grid)
        ]
        self._hover: tuple[int, int | None] | None = None  # (plot, sample) under the mouse
        for grid in (self.frame_grid, self.trend_grid):
            grid.left.connect(self.clear_crosshair)

    def _retranslate(self) -> None:
        self._retranslate_pause()
        self.pause_button.setToolTip(self.tr("Stop drawing; data keeps being collected"))
        self.range_label.setText(self.tr("Y range:"))
        names = {
            RangeMode.FIT_ONCE: self.tr("Fit once"),
            RangeMode.AUTO: self.tr("Auto"),
            RangeMode.FIXED: self.tr("Fixed 0–65535"),
            RangeMode.CUSTOM: self.tr("Custom"),
        }
        for i in range(self.range_combo.count()):
            self.range_combo.setItemText(i, names[self.range_combo.itemData(i)])
        self.range_combo.setToolTip(
            self.tr(
                "Fit once: fit each channel to its first frame, then hold (cheapest).\n"
                "Auto: follow every frame (costs CPU with many updates)."
            )
        )
        self.range_min.setToolTip(self.tr("Lowest AD count shown (custom range)"))
        self.range_max.setToolTip(self.tr("Highest AD count shown (custom range)"))
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Fit every channel to its current frame"))
        self.window_label.setText(self.tr("Trend:"))
        self.window_combo.setItemText(0, self.tr("10 min"))
        self.window_combo.setItemText(1, self.tr("1 h"))
        self.crosshair_box.setText(self.tr("Crosshair"))
        self._legend_text = self.tr("{mean} mean  {max} max")
        self._update_legend()
        self.tabs.setTabText(0, self.tr("Last frame"))
        self.tabs.setTabText(1, self.tr("Trend (mean / max)"))
        self._titles = [
            self.tr("CH{n} · bus {bus} / pos {pos}").format(
                n=k + 1, bus=bus_of(k), pos=position_of(k)
            )
            for k in range(CHANNELS)
        ]
        # With a reading the title must still fit a plot's minimum width (3 across at
        # 1024x700): bus and position shortened.
        self._short_titles = [
            self.tr("CH{n} · {bus}/{pos}").format(n=k + 1, bus=bus_of(k), pos=position_of(k))
            for k in range(CHANNELS)
        ]
        self._set_axis_texts()
        self._update_placeholders()
        self._show_readout()
        for k, raw in enumerate(self._latest):  # readings taken are in the old language
            if raw is not None:
                self._set_reading(k, raw)
        self._titles_at = float("-inf")
        self._draw_titles(time.perf_counter())

    def _axis_label(self) -> str:
        """The y label: the one unit of the nine channels, raw counts, or 'mixed'."""
        units = {cal.unit for cal in self._cals}
        if units == {""}:
            return self.tr("raw AD counts")
        if len(units) == 1:
            return self.tr("value ({unit})").format(unit=units.pop())
        return self.tr("units: see the titles")

    def _set_axis_texts(self) -> None:
        label = self._axis_label()
        titles = [self._title(k) for k in range(CHANNELS)]
        self.frame_grid.set_texts(titles, label, self.tr("sample"))
        self.trend_grid.set_texts(titles, label, self.tr("time"))
        self._readings_dirty.clear()

    def _title(self, k: int) -> str:
        reading = self._readings[k]
        return f"{self._short_titles[k]} · <b>{reading}</b>" if reading else self._titles[k]

    def _update_placeholders(self) -> None:
        text = self.tr("no data yet") if self._imei else self.tr("no module selected")
        self.frame_grid.set_placeholder(text)
        self.trend_grid.set_placeholder(text)

    def _apply_palette(self) -> None:
        pal = self.palette()
        dark = _is_dark(pal)
        fg = pal.color(QPalette.ColorRole.Text)
        bg = pal.color(QPalette.ColorRole.Base)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        main = QColor("#4fc3f7") if dark else QColor("#1565c0")
        peak = QColor("#ffb74d") if dark else QColor("#d84315")
        self._legend_colors = (main.name(), peak.name())
        self.frame_grid.set_colors(fg, bg, muted, [pg.mkPen(main, width=1)])
        self.trend_grid.set_colors(
            fg, bg, muted, [pg.mkPen(main, width=1), pg.mkPen(peak, width=1)]
        )

    def _update_legend(self) -> None:
        main, peak = self._legend_colors
        line = '<span style="color:{c}">&#9473;&#9473;</span>'
        self.legend.setText(
            self._legend_text.format(mean=line.format(c=main), max=line.format(c=peak))
        )
        trend = self.tabs.currentIndex() == 1
        for w in (self.window_label, self.window_combo, self.legend):
            w.setVisible(trend)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch; recolour on a palette change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
            self._update_legend()
        super().changeEvent(event)

    # ------------------------------------------------------------------ public API
    @property
    def imei(self) -> str | None:
        """The module shown, or None."""
        return self._imei

    @property
    def paused(self) -> bool:
        """True while drawing is paused (data is still collected)."""
        return self._paused

    @property
    def range_mode(self) -> RangeMode:
        """The current y range mode of the frame plots."""
        return self._mode

    def unscrolled_height(self) -> int:
        """The height at which every plot shows at its minimum size without scrolling."""
        layout = self.layout()
        margins = layout.contentsMargins()
        chrome = margins.top() + margins.bottom() + layout.spacing()
        chrome += self._controls.sizeHint().height() + self.tabs.tabBar().sizeHint().height()
        return chrome + self.frame_grid.minimumHeight()

    def set_units(self, units: Units | None) -> None:
        """Show values through ``units`` (the window's calibration and raw toggle)."""
        if self._units is not None:
            self._units.changed.disconnect(self._units_changed)
        self._units = units
        if units is not None:
            units.changed.connect(self._units_changed)
        self._units_changed()

    def calibrations(self) -> tuple[Calibration, ...]:
        """The nine calibrations values are shown with now (RAW: raw counts)."""
        return self._cals

    def reading(self, k: int) -> float | None:
        """The mean of channel ``k``'s last frame in raw counts (None: no frame yet)."""
        y = self._latest[k]
        return None if y is None or not len(y) else float(np.mean(y, dtype=np.float64))

    def title_text(self, k: int) -> str:
        """Plot ``k``'s title as set (tests and screenshots read it)."""
        return str(self.frame_grid.plots[k].titleLabel.text)

    def set_store(self, store: Any) -> None:
        """Use ``store`` (a :class:`fourgmon.store.Store` or None) for history on selection."""
        self._store = store

    def show_device(self, imei: str | None) -> None:
        """Show module ``imei`` (None: nothing): clear, then load its history off the UI thread."""
        self._gen += 1
        self._imei = imei
        self._cals = self._lookup_cals()
        self._readings = [""] * CHANNELS
        self._set_axis_texts()
        self._clear_all()
        self._update_placeholders()
        self.clear_crosshair()
        self._pool.clear()  # drop loads queued for earlier selections
        if imei is not None and self._store is not None:
            since = time.time() - max(TREND_WINDOWS)
            self._pool.start(LoadJob(self._load_signals, self._gen, self._store, imei, since))

    def on_event(self, event: object) -> None:
        """Stash the samples of a frame of the shown module; never draws."""
        if not isinstance(event, FrameReceived) or event.imei != self._imei:
            return
        t = event.received_at
        shown = [
            (k, samples)
            for k, samples in event.channels.items()
            if 0 <= k < CHANNELS and len(samples) > 0
        ]
        # The store's frame statistics, the same definition: the trend of the live plot
        # and the one read back from the store agree.
        stats = frame_stats([samples for _, samples in shown])
        for (k, samples), st in zip(shown, stats, strict=True):
            self._latest[k] = samples
            self._latest_t[k] = t
            self._dirty.add(k)
            self._trend[k].append(t, float(st.mean or 0.0), float(st.max or 0))
            self._trend_dirty.add(k)

    def refresh(self) -> None:
        """Redraw what changed since the last call (frames at once, the trend at most 2 Hz)."""
        if self._paused:
            return
        start = time.perf_counter()
        if self.tabs.currentIndex() == 0:
            self._draw_frames()
        else:
            self._draw_trend(start)
            self._take_readings()
        self._draw_titles(start)
        self.last_refresh_ms = (time.perf_counter() - start) * 1000.0

    def set_paused(self, paused: bool) -> None:
        """Pause or resume drawing; resuming draws the latest data at once."""
        if paused == self._paused:
            return
        self._paused = paused
        if self.pause_button.isChecked() != paused:
            self.pause_button.setChecked(paused)
        self._retranslate_pause()
        if not paused:
            self._trend_drawn_at = 0.0
            self.refresh()

    def set_range_mode(self, mode: RangeMode, lo: int | None = None, hi: int | None = None) -> None:
        """Choose the y range mode; ``lo``/``hi`` set the custom range."""
        if lo is not None:
            self.range_min.setValue(lo)
        if hi is not None:
            self.range_max.setValue(hi)
        self.range_combo.setCurrentIndex(list(RangeMode).index(mode))
        self._mode = mode
        self._apply_range_mode()

    def set_trend_window(self, seconds: float) -> None:
        """Trend span in seconds (one of :data:`TREND_WINDOWS`)."""
        self.window_combo.setCurrentIndex(TREND_WINDOWS.index(seconds))

    def fit_now(self) -> None:
        """Fit each channel's y range to its current frame (fit-once mode)."""
        self._fitted = [False] * CHANNELS
        for k in range(CHANNELS):
            if self._latest[k] is not None and k not in self._dirty:
                self._fit(k, self.frame_curves[k].getOriginalDataset()[1])

    def trend_arrays(self, k: int) -> tuple[npt.NDArray[Any], npt.NDArray[Any], npt.NDArray[Any]]:
        """Copies of channel ``k``'s trend buffer: time, mean, max."""
        return self._trend[k].snapshot()

    def has_data(self, k: int) -> bool:
        """True once channel ``k`` of the shown module has a frame."""
        return self._latest[k] is not None

    # ------------------------------------------------------------------ drawing
    def _draw_frames(self) -> None:
        if not self._dirty:
            return
        for k in sorted(self._dirty):
            raw = self._latest[k]
            if raw is None:
                continue
            cal = self._cals[k]
            y = raw if cal.is_raw else cal.apply_array(raw)
            n = len(y)
            self.frame_curves[k].setData(np.arange(n, dtype=np.float64), y)
            self._set_reading(k, raw)
            self.frames_drawn += 1
            plot = self.frame_grid.plots[k]
            if n != self._xlen[k]:
                self._xlen[k] = n
                plot.setXRange(0, max(n - 1, 1), padding=0.02)
            if self._mode is RangeMode.FIT_ONCE and (
                not self._fitted[k] or self._out_of_view(k, y)
            ):
                # Held range, refitted only when a frame leaves it: almost as cheap as a
                # fixed range, and a drifting pressure never disappears off the plot.
                self._fit(k, y)
            self.frame_grid.placeholders[k].hide()
        if self._hover is not None and self._hover[0] in self._dirty:
            self._show_readout()  # the mouse holds still over a channel that changed
        self._dirty.clear()

    def _set_reading(self, k: int, raw: npt.NDArray[Any]) -> None:
        """The title's reading: the mean of the frame, in the channel's unit."""
        cal = self._cals[k]
        mean = float(np.mean(raw, dtype=np.float64)) if len(raw) else None
        if mean is None:
            text = ""
        elif cal.is_raw:
            text = self.tr("{value} counts").format(value=f"{mean:.0f}")
        else:
            text = format_value(cal.apply(mean), cal)
        if text != self._readings[k]:
            self._readings[k] = text
            self._readings_dirty.add(k)

    def _draw_titles(self, now_perf: float) -> None:
        if not self._readings_dirty or now_perf - self._titles_at < TITLE_INTERVAL:
            return
        self._titles_at = now_perf
        for k in sorted(self._readings_dirty):
            text = self._title(k)
            self.frame_grid.set_title(k, text)
            self.trend_grid.set_title(k, text)
        self._readings_dirty.clear()

    def _take_readings(self) -> None:
        """On the trend tab the frames are not drawn: the titles still follow them."""
        for k in self._dirty:
            raw = self._latest[k]
            if raw is not None:
                self._set_reading(k, raw)

    def _out_of_view(self, k: int, y: npt.NDArray[Any]) -> bool:
        lo, hi = self.frame_grid.plots[k].viewRange()[1]
        return bool(len(y)) and (float(y.min()) < lo or float(y.max()) > hi)

    def _fit(self, k: int, y: npt.NDArray[Any] | None) -> None:
        if y is not None and len(y):
            self.frame_grid.fit_y(k, y, FIT_MIN_COUNTS * abs(self._cals[k].gain))
            self._fitted[k] = True

    def _draw_trend(self, now_perf: float) -> None:
        if self._trend_dirty and now_perf - self._trend_drawn_at >= TREND_REDRAW_INTERVAL:
            self._trend_drawn_at = now_perf
            for k in sorted(self._trend_dirty):
                t, mean, peak = self._trend[k].snapshot()
                cal = self._cals[k]
                if not cal.is_raw:
                    mean, peak = cal.apply_array(mean), cal.apply_array(peak)
                mean_curve, peak_curve = self.trend_grid.curves[k]
                mean_curve.setData(t, mean)
                peak_curve.setData(t, peak)
                self.trend_draws += 1
                self.trend_grid.placeholders[k].setVisible(len(t) == 0)
            if self._hover is not None and self._hover[0] in self._trend_dirty:
                self._show_readout()
            self._trend_dirty.clear()
        if now_perf - self._trend_slid_at >= TREND_SLIDE_INTERVAL:
            self._trend_slid_at = now_perf
            self._slide_trend_window()

    def _slide_trend_window(self) -> None:
        now = time.time()
        latest = max((b.arrays()[0, -1] for b in self._trend if len(b)), default=now)
        right = max(now, latest)
        self.trend_grid.set_x_range(right - self._window, right, padding=0)

    def _clear_all(self) -> None:
        self._latest = [None] * CHANNELS
        self._latest_t = [float("-inf")] * CHANNELS
        self._dirty.clear()
        self._trend_dirty.clear()
        self._fitted = [False] * CHANNELS
        for k in range(CHANNELS):
            self._trend[k].clear()
            self.frame_curves[k].clear()
            for curve in self.trend_grid.curves[k]:
                curve.clear()
            self.frame_grid.placeholders[k].show()
            self.trend_grid.placeholders[k].show()
            self._xlen[k] = NOMINAL_SAMPLES
        # An empty plot shows the nominal frame on the full AD scale, not 0..1.
        self.frame_grid.set_x_range(0, NOMINAL_SAMPLES - 1, padding=0.02)
        for grid in (self.frame_grid, self.trend_grid):
            for k, (lo, hi) in enumerate(self._ranges(0, AD_MAX)):
                grid.plots[k].setYRange(lo, hi, padding=0.02)
        self._trend_slid_at = 0.0
        self._apply_range_mode()
        self._slide_trend_window()

    def _apply_range_mode(self, *_: object) -> None:
        mode = self._mode
        custom = mode is RangeMode.CUSTOM
        self.range_min.setVisible(custom)
        self.range_max.setVisible(custom)
        self.fit_button.setEnabled(mode is RangeMode.FIT_ONCE)
        if mode is RangeMode.FIXED:
            lo, hi = 0, AD_MAX
        else:
            lo, hi = self.range_min.value(), self.range_max.value()
        if hi <= lo:
            hi = lo + 1
        fixed = self._ranges(lo, hi) if mode in (RangeMode.FIXED, RangeMode.CUSTOM) else None
        self.frame_grid.set_y_mode(fixed, auto=mode is RangeMode.AUTO)
        # Fit once makes no sense for a moving trend; it fits the window, not the buffer.
        self.trend_grid.set_y_mode(fixed, auto=True, visible_only=True)
        self.frame_grid.set_axis_cache(mode is not RangeMode.AUTO)
        if mode is RangeMode.FIT_ONCE:
            self.fit_now()

    def _ranges(self, lo: float, hi: float) -> list[tuple[float, float]]:
        """The raw range lo..hi in each channel's unit (a negative gain turns it round)."""
        out = []
        for cal in self._cals:
            a, b = cal.apply(lo), cal.apply(hi)
            out.append((min(a, b), max(a, b)))
        return out

    def _lookup_cals(self) -> tuple[Calibration, ...]:
        units = self._units
        return units.shown(self._imei) if units is not None else (RAW,) * CHANNELS

    @Slot()
    def _units_changed(self) -> None:
        """The calibration or the raw toggle changed: redraw what is shown, in the new unit."""
        cals = self._lookup_cals()
        if cals == self._cals:
            return
        self._cals = cals
        self._readings = [""] * CHANNELS
        self._set_axis_texts()
        self._fitted = [False] * CHANNELS
        empty = self._ranges(0, AD_MAX)
        for k in range(CHANNELS):
            if self._latest[k] is not None:
                self._dirty.add(k)  # redrawn (and refitted) in the new unit below
            else:
                self.frame_grid.plots[k].setYRange(*empty[k], padding=0.02)
            if len(self._trend[k]):
                self._trend_dirty.add(k)
            else:
                self.trend_grid.plots[k].setYRange(*empty[k], padding=0.02)
        self._apply_range_mode()
        self._trend_drawn_at = self._titles_at = 0.0
        self.clear_crosshair()
        self.refresh()

    # ------------------------------------------------------------------ slots
    def _retranslate_pause(self) -> None:
        self.pause_button.setText(self.tr("Resume") if self._paused else self.tr("Pause"))

    @Slot(int)
    def _on_range_combo(self, index: int) -> None:
        self._mode = self.range_combo.itemData(index)
        self._apply_range_mode()

    @Slot(int)
    def _on_window_combo(self, index: int) -> None:
        self._window = float(self.window_combo.itemData(index))
        self._trend_slid_at = 0.0
        self._slide_trend_window()

    @Slot(int)
    def _on_tab_changed(self, _index: int) -> None:
        self._update_legend()
        self._trend_drawn_at = 0.0
        self._trend_slid_at = 0.0
        self.clear_crosshair()
        self.refresh()

    @Slot(int, object)
    def _on_loaded(self, gen: int, result: object) -> None:
        if gen != self._gen:
            return  # a newer selection superseded this load
        if isinstance(result, Exception):
            self.last_load_error = result
            log.warning("cannot load the history of %s: %s", self._imei, result)
            return
        assert isinstance(result, History)
        self._merge_history(result)
        self.refresh()
        self.history_loaded.emit(result.imei)

    def _merge_history(self, hist: History) -> None:
        """Fill in what live events have not already superseded."""
        for k, (t, samples) in hist.latest.items():
            if 0 <= k < CHANNELS and len(samples) and t > self._latest_t[k]:
                self._latest[k] = samples
                self._latest_t[k] = t
                self._dirty.add(k)
        for k, (ts, means, peaks) in hist.trend.items():
            self._trend[k].prepend_older(ts, means, peaks)
            self._trend_dirty.add(k)

    @Slot(bool)
    def _on_crosshair_toggled(self, on: bool) -> None:
        if not on:
            self.clear_crosshair()

    @Slot()
    def clear_crosshair(self) -> None:
        """Hide the crosshair lines and empty the readout (the mouse left the plots)."""
        self._hover = None
        self.readout.clear()
        for line in self.frame_grid.vlines + self.trend_grid.vlines:
            line.hide()

    def _on_mouse_moved(self, args: tuple[Any, ...]) -> None:
        if not self.crosshair_box.isChecked():
            return
        grid = self.trend_grid if self.tabs.currentIndex() == 1 else self.frame_grid
        self._hover = grid.hover(args[0])
        self._show_readout()

    def _show_readout(self) -> None:
        """The readout of the point under the crosshair, in the current language."""
        if self._hover is None:
            self.readout.clear()
            return
        trend = self.tabs.currentIndex() == 1
        grid = self.trend_grid if trend else self.frame_grid
        k, i = self._hover
        xs, ys = grid.curves[k][0].getOriginalDataset()
        if i is None or xs is None or ys is None or i >= len(xs):
            self.readout.setText(self.tr("CH{n}: no data").format(n=k + 1))
        elif trend:
            cal = self._cals[k]
            peaks = grid.curves[k][1].getOriginalDataset()[1]
            stamp = time.strftime("%H:%M:%S", time.localtime(float(xs[i])))
            text = self.tr("CH{n} · {time} · mean {mean} · max {max}")
            mean = f"{float(ys[i]):.1f}" if cal.is_raw else format_value(float(ys[i]), cal)
            peak = f"{float(peaks[i]):.0f}" if cal.is_raw else format_value(float(peaks[i]), cal)
            self.readout.setText(text.format(n=k + 1, time=stamp, mean=mean, max=peak))
        elif self._cals[k].is_raw:
            text = self.tr("CH{n} · sample {i} · {value} counts")
            self.readout.setText(text.format(n=k + 1, i=i, value=int(ys[i])))
        else:
            text = self.tr("CH{n} · sample {i} · {value}")
            value = format_value(float(ys[i]), self._cals[k])
            self.readout.setText(text.format(n=k + 1, i=i, value=value))


def _scroll_area(grid: QWidget) -> QScrollArea:
    """``grid`` in a vertical scroll area: it fills the area, or scrolls below its minimum."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(grid)
    return area
