"""The frame browser: step, scrub or replay the stored frames of the history range.

It knows only the packets' arrival times; the frames of a step are loaded by the
panel (off the UI thread) and handed back with :meth:`FrameBrowser.show_frames`. A
step shows the 50-sample curves of every channel as the live view showed them at
that moment: the packet's own channels, and the others' newest frames before it.
Replay runs at 1x-100x of the time between the packets as they arrived (a pause
in the data does not stall it: at most :data:`MAX_WAIT_S` between two steps).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import datetime

import numpy as np
import numpy.typing as npt
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from fourgmon.domain.calibration import Calibration
from fourgmon.protocol.messages import CHANNELS
from fourgmon.store.records import FrameRow

SPEEDS = (1, 2, 5, 10, 20, 50, 100)
TICK_MS = 50
MAX_WAIT_S = 2.0  # replay: longest real wait between two steps, whatever the data's pause
COLORS = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#17becf",
)


class FrameBrowser(QWidget):
    """See the module docstring. ``wanted(index)``: load step ``index``'s frames;
    ``moved(at)``: the step shown now (its packet's arrival time)."""

    wanted = Signal(int)
    moved = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("frameBrowser")
        self._times: npt.NDArray[np.float64] = np.zeros(0)
        self._index = -1
        self._calibration: Callable[[int], Calibration] = lambda _k: Calibration()
        self._play_from: tuple[float, float] | None = None  # (wall clock, data time)
        self.plot = pg.PlotWidget()
        self.plot.setObjectName("framePlot")
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.getAxis("left").enableAutoSIPrefix(False)
        self.legend = self.plot.addLegend(offset=(4, 4), colCount=CHANNELS, labelTextSize="8pt")
        self.curves = [
            self.plot.plot(pen=pg.mkPen(COLORS[k], width=1), name=f"CH{k + 1}", antialias=False)
            for k in range(CHANNELS)
        ]
        icons = QStyle.StandardPixmap
        self.first = QPushButton(self.style().standardIcon(icons.SP_MediaSkipBackward), "")
        self.back = QPushButton(self.style().standardIcon(icons.SP_MediaSeekBackward), "")
        self.play = QPushButton()
        self.play.setObjectName("btnReplay")
        self.play.setCheckable(True)
        self.forward = QPushButton(self.style().standardIcon(icons.SP_MediaSeekForward), "")
        self.last = QPushButton(self.style().standardIcon(icons.SP_MediaSkipForward), "")
        for b in (self.first, self.back, self.forward, self.last):
            b.setFixedWidth(34)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("frameSlider")
        self.slider.setMinimum(0)
        self.slider.setMaximum(0)
        self.speed = QComboBox()
        self.speed.setObjectName("replaySpeed")
        for s in SPEEDS:
            self.speed.addItem(f"{s}×", s)
        self.info = QLabel()
        self.info.setObjectName("frameInfo")
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        for w in (self.first, self.back, self.play, self.forward, self.last):
            controls.addWidget(w)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.speed)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.plot, 1)
        box.addLayout(controls)
        box.addWidget(self.info)
        self.first.clicked.connect(lambda: self.set_index(0))
        self.back.clicked.connect(lambda: self.set_index(self._index - 1))
        self.forward.clicked.connect(lambda: self.set_index(self._index + 1))
        self.last.clicked.connect(lambda: self.set_index(len(self._times) - 1))
        self.slider.valueChanged.connect(self.set_index)
        self.play.toggled.connect(self._play_toggled)
        self.speed.currentIndexChanged.connect(self._restart_clock)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.retranslate_ui()
        self._update_info(None)

    # ------------------------------------------------------------ inputs
    def set_times(self, times: npt.NDArray[np.float64]) -> None:
        """The packets of the range (arrival times, ascending); goes to the first one."""
        self.play.setChecked(False)
        self._times = np.asarray(times, dtype=np.float64)
        self._index = -1
        self.slider.blockSignals(True)
        self.slider.setMaximum(max(0, len(self._times) - 1))
        self.slider.setValue(0)
        self.slider.blockSignals(False)
        for curve in self.curves:
            curve.setData([], [])
        self._update_buttons()
        if len(self._times):
            self.set_index(0)
        else:
            self._update_info(None)

    def set_calibration(self, of_channel: Callable[[int], Calibration]) -> None:
        self._calibration = of_channel

    @property
    def index(self) -> int:
        return self._index

    @property
    def count(self) -> int:
        return len(self._times)

    def times(self) -> npt.NDArray[np.float64]:
        return self._times

    def set_index(self, index: int) -> None:
        """Show step ``index`` (clamped); asks for its frames with ``wanted``."""
        if not len(self._times):
            return
        index = int(np.clip(index, 0, len(self._times) - 1))
        if index == self._index:
            return
        self._index = index
        self.slider.blockSignals(True)
        self.slider.setValue(index)
        self.slider.blockSignals(False)
        self._update_buttons()
        at = float(self._times[index])
        self.wanted.emit(index)
        self.moved.emit(at)

    def go_to_time(self, at: float) -> None:
        """The step of the newest packet received at or before ``at`` (else the first)."""
        if len(self._times):
            self.set_index(max(0, int(np.searchsorted(self._times, at, side="right")) - 1))

    def show_frames(self, index: int, frames: Sequence[FrameRow]) -> None:
        """Step ``index``'s frames arrived (newest per channel; older steps are ignored)."""
        if index != self._index:
            return
        at = float(self._times[index])
        newest: dict[int, FrameRow] = {}
        for frame in frames:
            if frame.received_at <= at and 0 <= frame.channel < CHANNELS:
                newest[frame.channel] = frame
        for k, curve in enumerate(self.curves):
            frame = newest.get(k)
            if frame is None:
                curve.setData([], [])
                continue
            values = self._calibration(k).apply_array(frame.samples)
            curve.setData(np.arange(len(values), dtype=np.float64), values)
            fresh = frame.received_at == at
            curve.setPen(pg.mkPen(COLORS[k], width=2 if fresh else 1))
        here = [f for f in newest.values() if f.received_at == at]
        self._update_info(here[0] if here else None, [f.channel for f in here])

    # ------------------------------------------------------------ replay
    def _play_toggled(self, on: bool) -> None:
        self.play.setText(self.tr("Pause") if on else self.tr("Replay"))
        if on:
            if self._index >= len(self._times) - 1:
                self.set_index(0)
            self._restart_clock()
            self.timer.start()
        else:
            self.timer.stop()
            self._play_from = None

    def _restart_clock(self, *_: object) -> None:
        if self._index >= 0 and len(self._times):
            self._play_from = (time.monotonic(), float(self._times[self._index]))

    def speed_factor(self) -> int:
        return int(self.speed.currentData() or 1)

    def _tick(self) -> None:
        if self._play_from is None or not len(self._times):
            return
        wall, data = self._play_from
        target = data + (time.monotonic() - wall) * self.speed_factor()
        nxt = self._index + 1
        if nxt >= len(self._times):
            self.play.setChecked(False)
            return
        # A long pause in the data: go on after MAX_WAIT_S of real time.
        if target < self._times[nxt] and time.monotonic() - wall < MAX_WAIT_S:
            return
        index = max(nxt, int(np.searchsorted(self._times, target, side="right")) - 1)
        self.set_index(index)
        self._restart_clock()

    def stop(self) -> None:
        self.play.setChecked(False)

    # ------------------------------------------------------------ looks
    def _update_buttons(self) -> None:
        n = len(self._times)
        for b in (self.first, self.back):
            b.setEnabled(self._index > 0)
        for b in (self.forward, self.last):
            b.setEnabled(0 <= self._index < n - 1)
        self.play.setEnabled(n > 1)
        self.slider.setEnabled(n > 1)

    def _update_info(self, frame: FrameRow | None, channels: Sequence[int] = ()) -> None:
        n = len(self._times)
        if not n:
            self.info.setText(self.tr("No stored frames in this range."))
            return
        at = float(self._times[self._index]) if self._index >= 0 else float(self._times[0])
        when = datetime.fromtimestamp(at).strftime("%Y-%m-%d %H:%M:%S")
        text = self.tr("Frame {i} of {n} · received {when}").format(
            i=self._index + 1, n=n, when=when
        )
        if frame is not None:
            names = ", ".join(f"CH{k + 1}" for k in sorted(channels))
            text += " · " + self.tr("packnum {p} · device time {t} · {channels}").format(
                p=frame.packnum, t=frame.device_time or "?", channels=names
            )
        self.info.setText(text)

    def set_colors(self, fg: QColor, bg: QColor) -> None:
        self.plot.setBackground(bg)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(fg)
            axis.setTextPen(fg)
        self.legend.setLabelTextColor(fg)
        back = QColor(bg)
        back.setAlpha(210)
        self.legend.setBrush(back)

    def set_y_label(self, text: str) -> None:
        self.plot.setLabel("left", text)

    def retranslate_ui(self) -> None:
        self.play.setText(self.tr("Pause") if self.play.isChecked() else self.tr("Replay"))
        self.first.setToolTip(self.tr("First frame"))
        self.back.setToolTip(self.tr("Previous frame"))
        self.forward.setToolTip(self.tr("Next frame"))
        self.last.setToolTip(self.tr("Last frame"))
        self.speed.setToolTip(self.tr("Replay speed (times real time)"))
        self.plot.setLabel("bottom", self.tr("sample"))
        if self._index >= 0:
            self._update_info(None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
