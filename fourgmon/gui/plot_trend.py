"""Building blocks of the plot panel: trend buffers, history loading, the 3x3 grid.

:class:`TrendBuffer` is plain numpy, so it is cheap to test; :func:`load_history`
runs in a worker thread and reads what the store already holds for a module;
:class:`ChannelGrid` is the 3x3 grid of plots both views of the panel use.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import numpy as np
import numpy.typing as npt
import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import MINUTE_SPACING, TickSpec, ZoomLevel, makeSStepper
from PySide6.QtCore import QEvent, QObject, QRunnable, Signal
from PySide6.QtGui import QColor, QFont, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QGraphicsItem, QWidget

from fourgmon.gui.date_axis import LocalDateAxis, retranslate_date_axes
from fourgmon.protocol.messages import CHANNELS

FloatArray = npt.NDArray[np.float64]

# One point per received frame and channel. A module pushes a group every few seconds,
# so 1 h is ~1-4k points; 20k leaves room for a chatty simulator (5 Hz for an hour)
# and costs 9 x 3 x 2 x 20k x 8 B = 8.6 MiB for the whole panel.
DEFAULT_TREND_CAPACITY = 20_000


class TrendBuffer:
    """Fixed-capacity ring of (t, mean, max); the oldest point drops when full.

    Storage is twice the capacity so that the live part is always one contiguous
    slice: appends are O(1) amortised (one block copy every ``capacity`` appends)
    and reading never concatenates.
    """

    def __init__(self, capacity: int = DEFAULT_TREND_CAPACITY) -> None:
        if capacity < 1:
            raise ValueError("capacity must be >= 1")
        self.capacity = capacity
        self._buf = np.empty((3, 2 * capacity), dtype=np.float64)
        self._start = 0
        self._end = 0

    def __len__(self) -> int:
        return self._end - self._start

    def clear(self) -> None:
        """Forget every point (keeps the memory)."""
        self._start = self._end = 0

    def append(self, t: float, mean: float, peak: float) -> None:
        """Add one point; drops the oldest when the buffer is full."""
        if self._end == self._buf.shape[1]:
            n = len(self)
            self._buf[:, :n] = self._buf[:, self._start : self._end]
            self._start, self._end = 0, n
        self._buf[0, self._end] = t
        self._buf[1, self._end] = mean
        self._buf[2, self._end] = peak
        self._end += 1
        if self._end - self._start > self.capacity:
            self._start += 1

    def extend(self, t: Sequence[float], mean: Sequence[float], peak: Sequence[float]) -> None:
        """Add many points at once (oldest first); keeps the newest ``capacity``."""
        block = np.asarray([t, mean, peak], dtype=np.float64).reshape(3, -1)
        keep = np.concatenate([self.arrays(), block], axis=1)[:, -self.capacity :]
        n = keep.shape[1]
        self._buf[:, :n] = keep
        self._start, self._end = 0, n

    def prepend_older(self, t: FloatArray, mean: FloatArray, peak: FloatArray) -> None:
        """Put history (sorted by time) before the points already here.

        Only history older than the first point held is taken, so a live point
        that the store also returns is not shown twice.
        """
        live = self.arrays().copy()
        cut = int(np.searchsorted(t, live[0, 0])) if live.shape[1] else len(t)
        self.clear()
        self.extend(t[:cut], mean[:cut], peak[:cut])
        self.extend(live[0], live[1], live[2])  # type: ignore[arg-type]

    def arrays(self) -> FloatArray:
        """A (3, n) view: rows are time, mean, max. Valid until the next append."""
        return self._buf[:, self._start : self._end]

    def snapshot(self) -> tuple[FloatArray, FloatArray, FloatArray]:
        """Copies of time, mean and max, safe to hand to a plot item."""
        view = self.arrays()
        return view[0].copy(), view[1].copy(), view[2].copy()


@dataclass(slots=True)
class History:
    """What the store knows about a module when it is selected."""

    imei: str
    latest: dict[int, tuple[float, npt.NDArray[Any]]] = field(default_factory=dict)
    """Channel -> (received_at, samples) of its latest stored frame."""
    trend: dict[int, tuple[FloatArray, FloatArray, FloatArray]] = field(default_factory=dict)
    """Channel -> (received_at, mean, max) arrays, oldest first."""


def load_history(store: Any, imei: str, since: float) -> History:
    """Latest frame per channel and the per-frame stats since ``since``.

    Blocking (two SQLite queries): run it off the UI thread. ``store`` is a
    :class:`fourgmon.store.Store`, whose reads open one connection per thread.
    """
    hist = History(imei)
    for k, row in store.latest_frames(imei).items():
        if 0 <= k < CHANNELS:
            hist.latest[k] = (float(row.received_at), np.asarray(row.samples))
    for k, (t, mean, peak) in store.frame_stats(imei, since).items():
        if 0 <= k < CHANNELS and len(t):
            hist.trend[k] = (
                np.asarray(t, dtype=np.float64),
                np.asarray(mean, dtype=np.float64),
                np.asarray(peak, dtype=np.float64),
            )
    return hist


class LoadSignals(QObject):
    """Carries a finished load back to the UI thread (queued connection)."""

    done = Signal(int, object)  # generation, History or Exception


class LoadJob(QRunnable):
    """Runs :func:`load_history` on a pool thread and reports back through a queued signal."""

    def __init__(self, signals: LoadSignals, gen: int, store: Any, imei: str, since: float):
        super().__init__()
        self._signals, self._gen = signals, gen
        self._store, self._imei, self._since = store, imei, since

    def run(self) -> None:
        try:
            result: object = load_history(self._store, self._imei, self._since)
        except Exception as exc:  # handed to the UI thread, which logs it
            result = exc
        with contextlib.suppress(RuntimeError):  # the panel was deleted meanwhile
            self._signals.done.emit(self._gen, result)


# ---------------------------------------------------------------- the 3x3 grid

# Fixed left-axis width (px): wide enough for "65535" plus the axis label at the tick
# font. A fixed width means changing tick labels never re-lays-out the whole grid.
LEFT_AXIS_WIDTH = 52

# Smallest height of one plot (title, data area and tick labels), px: below it the tick
# labels of a 16-bit axis collide and the data area is a line. The panel scrolls instead
# (a 1024x700 window, e.g. a laptop at 150 % scaling). Width likewise, for three across.
PLOT_MIN_HEIGHT = 100
PLOT_MIN_WIDTH = 170
X_AXIS_HEIGHT = 30  # the bottom row's extra: tick values and the x label
Y_LABEL_PLOT = 3  # the middle plot of the left column carries the grid's y label

# pyqtgraph's minute level only skips by 5 or 15, which leaves one label on a 10 min
# axis 250 px wide; allow 2 and 10 minute steps too, formatted HH:MM.
_MINUTES = ZoomLevel(
    [
        TickSpec(
            MINUTE_SPACING, makeSStepper(MINUTE_SPACING), "%H:%M", autoSkip=[1, 2, 5, 10, 15, 30]
        )
    ],
    "00:00",
)


def _date_axis() -> pg.DateAxisItem:
    axis = LocalDateAxis(orientation="bottom")
    axis.zoomLevels[15 * 60] = _MINUTES
    return axis


class ChannelGrid(pg.GraphicsLayoutWidget):
    """Nine plots CH1..CH9: row = position - 1, column = bus - 1 (so row-major k).

    Every plot gets ``curves_per_plot`` PlotDataItems, created once, a centred
    placeholder text and a hidden vertical crosshair line. Items are never
    recreated: callers ``setData`` the curves. The grid never gets smaller than
    :data:`PLOT_MIN_HEIGHT` per plot; put it in a scroll area. ``left`` fires when
    the mouse leaves it.
    """

    left = Signal()

    def __init__(
        self, curves_per_plot: int, *, date_axis: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ci.setContentsMargins(2, 2, 6, 2)
        self.ci.setSpacing(0)
        self.plots: list[pg.PlotItem] = []
        self.curves: list[list[pg.PlotDataItem]] = []
        self.placeholders: list[pg.TextItem] = []
        self.vlines: list[pg.InfiniteLine] = []
        self._title_opts: dict[str, Any] = {"size": "9pt"}
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        for k in range(CHANNELS):
            axes = {"bottom": _date_axis()} if date_axis else None
            plot = self.addPlot(row=k // 3, col=k % 3, axisItems=axes)
            plot.hideButtons()
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.showGrid(x=True, y=True, alpha=0.15)
            for name in ("left", "bottom"):
                plot.getAxis(name).setTickFont(font)
            plot.getAxis("left").setWidth(LEFT_AXIS_WIDTH)
            # No SI prefix scaling: the one labelled axis would read 460 "(x0.001)" beside
            # the others' 0.46 (values in MPa); tick values stay what the titles say.
            plot.getAxis("left").enableAutoSIPrefix(False)
            # The title spans the y axis too: a title with a reading ("CH3 · 1/3 · 0.4123
            # MPa") is wider than the data area at the minimum plot width, and over the
            # data area alone it would widen every plot past the scroll area.
            plot.layout.removeItem(plot.titleLabel)
            plot.layout.addItem(plot.titleLabel, 0, 0, 1, 2)
            # One x axis for each column, under the bottom row (all plots share the x range).
            plot.getAxis("bottom").setStyle(showValues=k // 3 == 2)
            curves = []
            for _ in range(curves_per_plot):
                curve = plot.plot(antialias=False)
                curve.setClipToView(True)
                curve.setSkipFiniteCheck(True)
                if date_axis:
                    curve.setDownsampling(auto=True, method="peak")
                curves.append(curve)
            text = pg.TextItem(anchor=(0.5, 0.5))
            vbox = plot.getViewBox()
            text.setParentItem(vbox)
            vbox.sigResized.connect(partial(self._center_placeholder, k))
            vline = pg.InfiniteLine(angle=90, movable=False)
            vline.hide()
            plot.addItem(vline, ignoreBounds=True)
            self.plots.append(plot)
            self.curves.append(curves)
            self.placeholders.append(text)
            self.vlines.append(vline)
        rows = (CHANNELS + 2) // 3
        margins = 8  # the layout's own, above and below
        self.setMinimumSize(3 * PLOT_MIN_WIDTH, rows * PLOT_MIN_HEIGHT + X_AXIS_HEIGHT + margins)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_date_axes(self.plots)
        super().changeEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.left.emit()
        super().leaveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """The plots do not zoom: the wheel scrolls the scroll area around the grid."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if parent is None:
            event.ignore()
            return
        QApplication.sendEvent(parent.verticalScrollBar(), event)

    def _center_placeholder(self, k: int, *_: object) -> None:
        self.placeholders[k].setPos(self.plots[k].getViewBox().rect().center())

    def set_texts(self, titles: Sequence[str], left: str, bottom: str) -> None:
        """Titles per plot; one y label for the grid (middle left), x labels on the bottom row.

        A y label on each left plot would run into the next one's on a small screen;
        x labels stay on the whole bottom row so that its data areas line up.
        """
        for k, plot in enumerate(self.plots):
            plot.setTitle(titles[k], **self._title_opts)
            # pyqtgraph gives a title 30 px whatever its size; a 9 pt one needs less.
            height = math.ceil(plot.titleLabel.item.boundingRect().height())
            plot.titleLabel.setMaximumHeight(height)
            plot.layout.setRowFixedHeight(0, height)
            plot.setLabel("left", left if k == Y_LABEL_PLOT else None)
            plot.setLabel("bottom", bottom if k // 3 == 2 else None)

    def set_placeholder(self, text: str) -> None:
        """The text an empty plot shows (its visibility is the caller's business)."""
        for k, item in enumerate(self.placeholders):
            item.setText(text)
            self._center_placeholder(k)

    def set_colors(self, fg: QColor, bg: QColor, muted: QColor, pens: Sequence[Any]) -> None:
        """Apply palette colours: background, axes and text, and one pen per curve slot."""
        self.setBackground(bg)
        self._title_opts["color"] = fg
        for k, plot in enumerate(self.plots):
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(fg)
                axis.setTextPen(fg)
            plot.titleLabel.setText(plot.titleLabel.text, **self._title_opts)
            self.placeholders[k].setColor(muted)
            self.vlines[k].setPen(pg.mkPen(muted, width=1, style=pg.QtCore.Qt.PenStyle.DashLine))
            for curve, pen in zip(self.curves[k], pens, strict=False):
                curve.setPen(pen)

    def set_x_range(self, lo: float, hi: float, padding: float = 0.0) -> None:
        """Same x range on every plot."""
        for plot in self.plots:
            plot.setXRange(lo, hi, padding=padding)

    def set_y_range(self, lo: float, hi: float, padding: float = 0.0) -> None:
        """Same y range on every plot."""
        for plot in self.plots:
            plot.setYRange(lo, hi, padding=padding)

    def set_y_mode(
        self,
        fixed: Sequence[tuple[float, float]] | None,
        *,
        auto: bool,
        visible_only: bool = False,
    ) -> None:
        """``fixed`` (lo, hi) range per plot, else y auto range or manual (x is always
        manual). ``visible_only``: auto range fits the data inside the x range, not all of it.
        """
        for k, plot in enumerate(self.plots):
            plot.disableAutoRange()
            plot.setAutoVisible(y=visible_only)
            if fixed is not None:
                plot.setYRange(*fixed[k], padding=0)
            elif auto:
                plot.enableAutoRange(axis="y")

    def set_title(self, k: int, text: str) -> None:
        """Plot ``k``'s title (same font: its height is kept)."""
        self.plots[k].setTitle(text, **self._title_opts)

    def fit_y(self, k: int, y: npt.NDArray[Any], min_span: float = 20.0) -> None:
        """Fit plot ``k``'s y range to ``y`` once (a flat line gets a band of ``min_span``)."""
        lo, hi = float(np.min(y)), float(np.max(y))
        span = max(hi - lo, min_span)
        mid = (lo + hi) / 2
        self.plots[k].setYRange(mid - span / 2, mid + span / 2, padding=0.1)

    def set_axis_cache(self, on: bool) -> None:
        """Cache axes (and the grid they draw) as pixmaps.

        Repainting a curve repaints every item under it, including the axis that
        draws the translucent grid; with the cache that is one blit (a 9-plot tick
        went from 11 to 4 ms offscreen). Only worth it while axis ranges hold
        still: under continuous auto range the cache is re-rendered on every frame
        and costs twice as much.
        """
        mode = (
            QGraphicsItem.CacheMode.DeviceCoordinateCache if on else QGraphicsItem.CacheMode.NoCache
        )
        for plot in self.plots:
            for name in ("left", "bottom"):
                plot.getAxis(name).setCacheMode(mode)

    def hover(self, scene_pos: Any) -> tuple[int, int | None] | None:
        """Put the crosshair on the point nearest ``scene_pos`` (x only).

        Returns (plot index, index into the first curve's data, or None when the
        plot is empty), or None when the mouse is over no plot.
        """
        hit = None
        for k, plot in enumerate(self.plots):
            vbox = plot.getViewBox()
            if hit is None and vbox.sceneBoundingRect().contains(scene_pos):
                hit = k
            else:
                self.vlines[k].hide()
        if hit is None:
            return None
        x = self.plots[hit].getViewBox().mapSceneToView(scene_pos).x()
        xs = self.curves[hit][0].getOriginalDataset()[0]
        line = self.vlines[hit]
        line.show()
        if xs is None or len(xs) == 0:
            line.setPos(x)
            return hit, None
        i = int(np.clip(np.searchsorted(xs, x), 0, len(xs) - 1))
        if i > 0 and abs(xs[i - 1] - x) < abs(xs[i] - x):
            i -= 1
        line.setPos(float(xs[i]))
        return hit, i
