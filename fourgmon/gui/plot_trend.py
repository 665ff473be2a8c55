"""Building blocks of the plot panel: trend buffers, history loading, the 3x3 grid.

:class:`TrendBuffer` is plain numpy, so it is cheap to test; :func:`load_history`
runs in a worker thread and reads what the store already holds for a module;
:class:`ChannelGrid` is the 3x3 grid of plots both views of the panel use.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import numpy as np
import numpy.typing as npt
import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

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
    trend: dict[int, tuple[list[float], list[float], list[float]]] = field(default_factory=dict)


def _field(row: Any, name: str, index: int) -> Any:
    """Read ``name`` from a row object, mapping or tuple (the store's row type may vary)."""
    if isinstance(row, dict):
        return row[name]
    if hasattr(row, name):
        return getattr(row, name)
    return row[index]


def _stat_rows(store: Any, imei: str, since: float) -> Iterable[Any]:
    """Per-frame stats rows: ``frame_stats`` when the store has it, else computed from frames."""
    stats = getattr(store, "frame_stats", None)
    if stats is not None:
        return stats(imei, since)
    return (
        (r.received_at, r.channel, float(np.mean(r.samples)), float(np.max(r.samples)))
        for r in store.frames(imei, since=since)
        if len(r.samples)
    )


def load_history(store: Any, imei: str, since: float) -> History:
    """Latest frame per channel and the trend since ``since``; blocking, run off the UI thread.

    Stats rows are read as ``received_at, channel, mean, max`` (attributes, keys or
    the first four tuple items), oldest first.
    """
    hist = History(imei)
    for k, row in store.latest_frames(imei).items():
        hist.latest[int(k)] = (float(row.received_at), np.asarray(row.samples))
    rows = _stat_rows(store, imei, since)
    if isinstance(rows, dict):  # {channel: rows} shape
        rows = [(r, k) for k, rs in rows.items() for r in rs]
        rows = [
            (
                _field(r, "received_at", 0),
                k,
                _field(r, "mean", 1),
                _field(r, "max", 2),
            )
            for r, k in rows
        ]
    for r in rows:
        k = int(_field(r, "channel", 1))
        if not 0 <= k < CHANNELS:
            continue
        t = float(_field(r, "received_at", 0))
        mean = float(_field(r, "mean", 2))
        peak = float(_field(r, "max", 3))
        if not (math.isfinite(t) and math.isfinite(mean)):
            continue
        ts, ms, ps = hist.trend.setdefault(k, ([], [], []))
        ts.append(t)
        ms.append(mean)
        ps.append(peak)
    for ts, ms, ps in hist.trend.values():
        if any(b < a for a, b in zip(ts, ts[1:], strict=False)):
            order = sorted(range(len(ts)), key=ts.__getitem__)
            ts[:] = [ts[i] for i in order]
            ms[:] = [ms[i] for i in order]
            ps[:] = [ps[i] for i in order]
    return hist


# ---------------------------------------------------------------- the 3x3 grid

# Fixed left-axis width (px): wide enough for "65535" plus the axis label at the tick
# font. A fixed width means changing tick labels never re-lays-out the whole grid.
LEFT_AXIS_WIDTH = 52


class ChannelGrid(pg.GraphicsLayoutWidget):
    """Nine plots CH1..CH9: row = position - 1, column = bus - 1 (so row-major k).

    Every plot gets ``curves_per_plot`` PlotDataItems, created once, a centred
    placeholder text and a hidden vertical crosshair line. Items are never
    recreated: callers ``setData`` the curves.
    """

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
            axes = {"bottom": pg.DateAxisItem(orientation="bottom")} if date_axis else None
            plot = self.addPlot(row=k // 3, col=k % 3, axisItems=axes)
            plot.hideButtons()
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.showGrid(x=True, y=True, alpha=0.15)
            for name in ("left", "bottom"):
                plot.getAxis(name).setTickFont(font)
            plot.getAxis("left").setWidth(LEFT_AXIS_WIDTH)
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

    def _center_placeholder(self, k: int, *_: object) -> None:
        self.placeholders[k].setPos(self.plots[k].getViewBox().rect().center())

    def set_texts(self, titles: Sequence[str], left: str, bottom: str, placeholder: str) -> None:
        """Titles per plot; axis labels only on the outer plots (left column, bottom row)."""
        for k, plot in enumerate(self.plots):
            plot.setTitle(titles[k], **self._title_opts)
            plot.setLabel("left", left if k % 3 == 0 else None)
            plot.setLabel("bottom", bottom if k // 3 == 2 else None)
            self.placeholders[k].setText(placeholder)
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

    def plot_at(self, scene_pos: Any) -> int | None:
        """Index of the plot whose view box contains ``scene_pos``, or None."""
        for k, plot in enumerate(self.plots):
            if plot.getViewBox().sceneBoundingRect().contains(scene_pos):
                return k
        return None
