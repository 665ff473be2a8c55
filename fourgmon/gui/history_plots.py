"""The history panel's 3x3 grid: per channel a min/max band and the mean over time.

Items are created once and fed with ``setData`` (never recreated). The nine plots
share one x axis (linked): the mouse wheel zooms it, dragging pans it, and
``view_changed`` reports the new range so the panel can load a finer level for it.
The y axis follows what is in view.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Sequence
from functools import partial
from typing import Any

import numpy as np
import numpy.typing as npt
import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import (
    DAY_SPACING,
    HOUR_SPACING,
    MINUTE_SPACING,
    TickSpec,
    ZoomLevel,
    makeSStepper,
)
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from fourgmon.gui.date_axis import LocalDateAxis, retranslate_date_axes
from fourgmon.protocol.messages import CHANNELS

FloatArray = npt.NDArray[np.float64]
PLOT_MIN_HEIGHT = 90
PLOT_MIN_WIDTH = 160
LEFT_AXIS_WIDTH = 56
_EMPTY = np.zeros(0, dtype=np.float64)


# pyqtgraph's hour level skips by 1 or 6 hours and its minute level by 1, 5 or 15
# minutes, which leaves one label (or none) on a 6-hour axis 270 px wide; allow 2/3/12
# hours and 10/30 minutes too.
_HOURS = ZoomLevel(
    [
        TickSpec(DAY_SPACING, makeSStepper(DAY_SPACING), "%a %d"),
        TickSpec(HOUR_SPACING, makeSStepper(HOUR_SPACING), "%H:%M", autoSkip=[1, 2, 3, 6, 12]),
    ],
    "MMM 00",
)
_MINUTES = ZoomLevel(
    [
        TickSpec(DAY_SPACING, makeSStepper(DAY_SPACING), "%a %d"),
        TickSpec(
            MINUTE_SPACING, makeSStepper(MINUTE_SPACING), "%H:%M", autoSkip=[1, 2, 5, 10, 15, 30]
        ),
    ],
    "MMM 00",
)


def date_axis() -> pg.DateAxisItem:
    """A local-time axis with more choices of tick steps than pyqtgraph's own."""
    axis = LocalDateAxis(orientation="bottom")
    axis.zoomLevels[6 * 3600] = _HOURS
    axis.zoomLevels[15 * 60] = _MINUTES
    return axis


GAP_STEPS = 3.0  # a pause longer than this many median steps is drawn as a break


def with_breaks(at: FloatArray, *ys: FloatArray) -> tuple[FloatArray, ...]:
    """``at`` and ``ys`` with a NaN point inserted in every pause of the data."""
    if len(at) < 3:
        return (at, *ys)
    step = np.diff(at)
    usual = float(np.median(step))
    where = np.flatnonzero(step > GAP_STEPS * max(usual, 1e-9)) + 1
    if not len(where):
        return (at, *ys)
    gap_at = (at[where - 1] + at[where]) / 2
    out = [np.insert(at, where, gap_at)]
    out += [np.insert(np.asarray(y, dtype=np.float64), where, np.nan) for y in ys]
    return tuple(out)


class HistoryPlots(pg.GraphicsLayoutWidget):
    """Nine plots CH1..CH9 (row-major k), band + mean each, x linked, x zoom and pan."""

    view_changed = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPlots")
        self.ci.setContentsMargins(2, 2, 6, 2)
        self.ci.setSpacing(0)
        self.plots: list[pg.PlotItem] = []
        self.means: list[pg.PlotDataItem] = []
        self.lows: list[pg.PlotDataItem] = []
        self.highs: list[pg.PlotDataItem] = []
        # Made on the first data (see _band): a window that never shows history has none.
        self.bands: list[pg.FillBetweenItem | None] = [None] * CHANNELS
        self._band_brush: Any = None
        self._disposed = False
        self.markers: list[pg.InfiniteLine] = []
        self.placeholders: list[pg.TextItem] = []
        self._title_opts: dict[str, Any] = {"size": "9pt"}
        self._quiet = False
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        for k in range(CHANNELS):
            plot = self.addPlot(row=k // 3, col=k % 3, axisItems={"bottom": date_axis()})
            plot.hideButtons()
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=True, y=False)
            plot.showGrid(x=True, y=True, alpha=0.15)
            plot.setAutoVisible(y=True)
            plot.enableAutoRange(axis="y")
            for name in ("left", "bottom"):
                plot.getAxis(name).setTickFont(font)
            plot.getAxis("left").setWidth(LEFT_AXIS_WIDTH)
            # Values as they are: an SI factor on the one labelled axis only would mislead.
            plot.getAxis("left").enableAutoSIPrefix(False)
            plot.getAxis("bottom").setStyle(showValues=k // 3 == 2)
            # connect="finite": a NaN between two points breaks the line (a data gap).
            lo = plot.plot(antialias=False, connect="finite")
            hi = plot.plot(antialias=False, connect="finite")
            mean = plot.plot(antialias=False, connect="finite")
            for curve in (lo, hi, mean):
                curve.setClipToView(True)
                curve.setDownsampling(auto=True, method="peak")
            marker = pg.InfiniteLine(angle=90, movable=False)
            marker.hide()
            plot.addItem(marker, ignoreBounds=True)
            text = pg.TextItem(anchor=(0.5, 0.5))
            vbox = plot.getViewBox()
            text.setParentItem(vbox)
            vbox.sigResized.connect(partial(self._center_placeholder, k))
            if k:
                plot.setXLink(self.plots[0])
            self.plots.append(plot)
            self.lows.append(lo)
            self.highs.append(hi)
            self.means.append(mean)
            self.markers.append(marker)
            self.placeholders.append(text)
        self.plots[0].getViewBox().sigXRangeChanged.connect(self._x_changed)
        self.setMinimumSize(3 * PLOT_MIN_WIDTH, 3 * PLOT_MIN_HEIGHT + 40)

    # ------------------------------------------------------------ data
    def set_channel(
        self, k: int, at: FloatArray, mean: FloatArray, lo: FloatArray, hi: FloatArray
    ) -> None:
        """Plot ``k``'s points (already in the units shown); where the data stops for
        longer than :data:`GAP_STEPS` usual steps the lines and the band break."""
        at, mean, lo, hi = with_breaks(at, mean, lo, hi)
        if len(at):
            self._band(k)
        self.lows[k].setData(at, lo)
        self.highs[k].setData(at, hi)
        self.means[k].setData(at, mean)
        self.placeholders[k].setVisible(len(at) == 0)

    def _band(self, k: int) -> None:
        """The min/max band of plot ``k``, made when it first has data (every window
        has this panel, few show it); taken out by :meth:`dispose`."""
        if self.bands[k] is not None or self._disposed:
            return
        band = pg.FillBetweenItem(self.lows[k], self.highs[k])
        if self._band_brush is not None:
            band.setBrush(self._band_brush)
        self.plots[k].addItem(band)
        self.bands[k] = band

    def clear_channel(self, k: int) -> None:
        self.set_channel(k, _EMPTY, _EMPTY, _EMPTY, _EMPTY)

    def point_count(self, k: int) -> int:
        """Points held by plot ``k`` (tests: never more than pixels)."""
        xs = self.means[k].getOriginalDataset()[0]
        return 0 if xs is None else int(np.isfinite(self.means[k].getOriginalDataset()[1]).sum())

    def dispose(self) -> None:
        """Take the bands out before the widget goes (idempotent): each is connected
        to its two curves' signals, and a shut-down panel draws nothing more."""
        self._disposed = True
        for k, band in enumerate(self.bands):
            if band is None:
                continue
            for curve in (self.lows[k], self.highs[k]):
                with contextlib.suppress(RuntimeError, TypeError):
                    curve.sigPlotChanged.disconnect(band.curveChanged)
            self.plots[k].removeItem(band)
        self.bands = [None] * CHANNELS

    # ------------------------------------------------------------ view
    def set_x_range(self, lo: float, hi: float, *, quiet: bool = False) -> None:
        """Show ``[lo, hi]`` on every plot; ``quiet``: no ``view_changed`` for it."""
        self._quiet = quiet
        try:
            self.plots[0].setXRange(lo, hi, padding=0)
        finally:
            self._quiet = False

    def x_range(self) -> tuple[float, float]:
        lo, hi = self.plots[0].getViewBox().viewRange()[0]
        return float(lo), float(hi)

    def plot_width(self) -> int:
        """Width of one plot's data area, px (how many points are worth loading)."""
        return max(50, int(self.plots[0].getViewBox().width()))

    def set_limits(self, lo: float, hi: float) -> None:
        """The user cannot pan or zoom out of ``[lo, hi]`` (nor in below a minute)."""
        for plot in self.plots:
            plot.getViewBox().setLimits(xMin=lo, xMax=hi, minXRange=60.0)

    def mark(self, at: float | None) -> None:
        """A vertical line at ``at`` on every plot (None: none)."""
        for marker in self.markers:
            if at is None:
                marker.hide()
            else:
                marker.setPos(at)
                marker.show()

    def _x_changed(self, *_: object) -> None:
        if not self._quiet:
            lo, hi = self.x_range()
            if math.isfinite(lo) and math.isfinite(hi):
                self.view_changed.emit(lo, hi)

    # ------------------------------------------------------------ looks
    def _center_placeholder(self, k: int, *_: object) -> None:
        self.placeholders[k].setPos(self.plots[k].getViewBox().rect().center())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_date_axes(self.plots)
        super().changeEvent(event)

    def set_texts(self, titles: Sequence[str], left: str, bottom: str, empty: str) -> None:
        for k, plot in enumerate(self.plots):
            plot.setTitle(titles[k], **self._title_opts)
            height = math.ceil(plot.titleLabel.item.boundingRect().height())
            plot.titleLabel.setMaximumHeight(height)
            plot.layout.setRowFixedHeight(0, height)
            plot.setLabel("left", left if k == 3 else None)
            plot.setLabel("bottom", bottom if k // 3 == 2 else None)
            self.placeholders[k].setText(empty)
            self._center_placeholder(k)

    def set_colors(self, fg: QColor, bg: QColor, muted: QColor, main: QColor) -> None:
        self.setBackground(bg)
        self._title_opts["color"] = fg
        band = QColor(main)
        band.setAlpha(70)
        edge = QColor(main)
        edge.setAlpha(110)
        for k, plot in enumerate(self.plots):
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(fg)
                axis.setTextPen(fg)
            plot.titleLabel.setText(plot.titleLabel.text, **self._title_opts)
            self.means[k].setPen(pg.mkPen(main, width=1))
            self.lows[k].setPen(pg.mkPen(edge, width=1))
            self.highs[k].setPen(pg.mkPen(edge, width=1))
            self._band_brush = pg.mkBrush(band)
            if self.bands[k] is not None:
                self.bands[k].setBrush(self._band_brush)
            self.markers[k].setPen(pg.mkPen(muted, width=1, style=Qt.PenStyle.DashLine))
            self.placeholders[k].setColor(muted)
