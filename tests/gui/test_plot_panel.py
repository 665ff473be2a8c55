"""PlotPanel: real widgets offscreen, events built directly, history from a real Store."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTranslator
from PySide6.QtGui import QColor, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication

from fourgmon.gui.plot_panel import AD_MAX, PlotPanel, RangeMode
from fourgmon.gui.plot_trend import History, TrendBuffer
from fourgmon.protocol.messages import PushMsg
from fourgmon.server.events import DeviceChanged, FrameReceived
from fourgmon.store import PushMsgRecord, Store

IMEI = "861234567890123"
OTHER = "869999999999999"


def samples(seed: int, n: int = 50) -> np.ndarray:
    return ((np.arange(n, dtype=np.int64) * 131 + seed * 1009) % 60000).astype(np.uint16)


def frame(
    channels: dict[int, np.ndarray], *, imei: str = IMEI, at: float | None = None, n: int = 0
):
    at = time.time() if at is None else at
    return FrameReceived(imei, n, "2026-11-24 20:00:00", at, channels, 21.0, 40.0)


@pytest.fixture
def panel(qtbot) -> Iterator[PlotPanel]:
    p = PlotPanel(trend_capacity=64)
    qtbot.addWidget(p)
    p.resize(900, 600)
    p.show_device(IMEI)
    yield p


def drawn(p: PlotPanel, k: int) -> tuple[np.ndarray, np.ndarray]:
    x, y = p.frame_curves[k].getData()
    assert x is not None and y is not None
    return x, y


# ------------------------------------------------------------------ live frames


def test_curves_hold_exactly_the_pushed_samples(panel: PlotPanel) -> None:
    data = {k: samples(k) for k in range(3)}
    panel.on_event(frame(data))
    panel.refresh()
    for k, y in data.items():
        x, got = drawn(panel, k)
        np.testing.assert_array_equal(got, y)
        np.testing.assert_array_equal(x, np.arange(50))


def test_short_frame_is_drawn_with_its_own_length(panel: PlotPanel) -> None:
    panel.on_event(frame({4: samples(4, n=7)}))
    panel.refresh()
    x, y = drawn(panel, 4)
    np.testing.assert_array_equal(y, samples(4, n=7))
    np.testing.assert_array_equal(x, np.arange(7))


def test_only_changed_curves_are_redrawn(panel: PlotPanel) -> None:
    items = list(panel.frame_curves)
    panel.on_event(frame({k: samples(k) for k in (0, 1, 2)}))
    panel.refresh()
    assert panel.frames_drawn == 3
    panel.refresh()  # nothing new
    assert panel.frames_drawn == 3
    panel.on_event(frame({k: samples(k + 10) for k in (3, 4, 5)}))
    panel.on_event(frame({k: samples(k + 20) for k in (3, 4, 5)}))  # two frames, one draw
    panel.refresh()
    assert panel.frames_drawn == 6
    np.testing.assert_array_equal(drawn(panel, 4)[1], samples(24))
    np.testing.assert_array_equal(drawn(panel, 0)[1], samples(0))
    assert panel.frame_curves == items  # never recreated
    assert panel.last_refresh_ms >= 0.0


def test_other_imeis_and_other_events_are_ignored(panel: PlotPanel) -> None:
    panel.on_event(frame({0: samples(1)}, imei=OTHER))
    panel.on_event(DeviceChanged(IMEI, frozenset({"alias"})))
    panel.refresh()
    assert panel.frames_drawn == 0
    assert not panel.has_data(0)
    assert panel.frame_curves[0].getData() == (None, None)


def test_no_data_placeholder_shown_then_hidden(panel: PlotPanel) -> None:
    placeholders = panel.frame_grid.placeholders
    assert all(p.isVisible() for p in placeholders)
    assert placeholders[0].textItem.toPlainText() == "no data yet"
    panel.on_event(frame({0: samples(0)}))
    panel.refresh()
    assert not placeholders[0].isVisible()
    assert all(p.isVisible() for p in placeholders[1:])
    panel.show_device(OTHER)  # switching clears again
    assert placeholders[0].isVisible()
    assert panel.frame_curves[0].getData() == (None, None)


def test_no_module_selected_placeholder(qtbot) -> None:
    p = PlotPanel()
    qtbot.addWidget(p)
    p.show_device(None)  # store is None too: must not fail
    assert p.frame_grid.placeholders[0].textItem.toPlainText() == "no module selected"
    p.on_event(frame({0: samples(0)}))
    p.refresh()
    assert p.frames_drawn == 0


def test_pause_holds_and_resume_draws_the_latest(panel: PlotPanel) -> None:
    panel.set_paused(True)
    assert panel.pause_button.isChecked()
    assert panel.pause_button.text() == "Resume"
    panel.on_event(frame({0: samples(1)}))
    panel.on_event(frame({0: samples(2)}))
    panel.refresh()
    assert panel.frames_drawn == 0
    assert panel.frame_curves[0].getData() == (None, None)
    assert len(panel.trend_arrays(0)[0]) == 2  # still collecting
    panel.pause_button.click()  # resume through the button
    assert not panel.paused
    assert panel.frames_drawn == 1
    np.testing.assert_array_equal(drawn(panel, 0)[1], samples(2))


# ------------------------------------------------------------------ trend


def test_trend_ring_buffer_is_bounded(panel: PlotPanel) -> None:
    t0 = time.time() - 100
    for i in range(200):
        panel.on_event(frame({0: np.full(50, i, dtype=np.uint16)}, at=t0 + i * 0.1))
    t, mean, peak = panel.trend_arrays(0)
    assert len(t) == 64  # the capacity given to the panel
    np.testing.assert_allclose(t, t0 + np.arange(136, 200) * 0.1)
    np.testing.assert_array_equal(mean, np.arange(136, 200))
    np.testing.assert_array_equal(peak, np.arange(136, 200))


def test_trend_curves_show_mean_and_max(panel: PlotPanel) -> None:
    y = np.array([10, 20, 30, 40], dtype=np.uint16)
    panel.on_event(frame({2: y}, at=time.time()))
    panel.tabs.setCurrentIndex(1)  # switching tabs draws at once
    mean_curve, peak_curve = panel.trend_grid.curves[2]
    assert mean_curve.getOriginalDataset()[1].tolist() == [25.0]
    assert peak_curve.getOriginalDataset()[1].tolist() == [40.0]
    assert panel.trend_draws == 1
    assert not panel.trend_grid.placeholders[2].isVisible()


def test_trend_buffer_wraps_and_extends() -> None:
    buf = TrendBuffer(4)
    for i in range(11):  # forces several compactions of the double-size storage
        buf.append(float(i), i * 2.0, i * 3.0)
    t, mean, peak = buf.snapshot()
    assert t.tolist() == [7.0, 8.0, 9.0, 10.0]
    assert mean.tolist() == [14.0, 16.0, 18.0, 20.0]
    assert peak.tolist() == [21.0, 24.0, 27.0, 30.0]
    buf.extend([11.0, 12.0], [0.0, 0.0], [1.0, 1.0])
    assert buf.snapshot()[0].tolist() == [9.0, 10.0, 11.0, 12.0]
    buf.clear()
    assert len(buf) == 0
    with pytest.raises(ValueError):
        TrendBuffer(0)


# ------------------------------------------------------------------ ranges and crosshair


def test_fit_once_fits_the_first_frame_holds_and_refits_only_when_data_leaves(
    panel: PlotPanel,
) -> None:
    assert panel.range_mode is RangeMode.FIT_ONCE
    plot = panel.frame_grid.plots[0]
    panel.on_event(frame({0: np.linspace(1000, 2000, 50).astype(np.uint16)}))
    panel.refresh()
    lo, hi = plot.viewRange()[1]
    assert lo <= 1000 and hi >= 2000 and hi - lo < 2000
    panel.on_event(frame({0: np.linspace(1100, 1900, 50).astype(np.uint16)}))
    panel.refresh()
    assert plot.viewRange()[1] == [lo, hi]  # inside the range: held
    panel.on_event(frame({0: np.full(50, 50000, dtype=np.uint16)}))
    panel.refresh()
    lo2, hi2 = plot.viewRange()[1]
    assert lo2 <= 50000 <= hi2  # left the range: refitted, never drawn off the plot
    panel.on_event(frame({0: np.linspace(1000, 2000, 50).astype(np.uint16)}))
    panel.refresh()
    panel.fit_button.click()
    lo3, hi3 = plot.viewRange()[1]
    assert lo3 <= 1000 and hi3 >= 2000 and hi3 - lo3 < 2000


def test_fixed_custom_and_auto_ranges(panel: PlotPanel) -> None:
    plot = panel.frame_grid.plots[5]
    panel.set_range_mode(RangeMode.FIXED)
    assert plot.viewRange()[1] == [0, AD_MAX]
    assert not any(plot.getViewBox().autoRangeEnabled())
    panel.set_range_mode(RangeMode.CUSTOM, 100, 900)
    assert plot.viewRange()[1] == [100, 900]
    assert panel.range_min.isVisibleTo(panel)
    panel.set_range_mode(RangeMode.AUTO)
    assert plot.getViewBox().autoRangeEnabled()[1]
    panel.on_event(frame({5: np.linspace(30000, 31000, 50).astype(np.uint16)}))
    panel.refresh()
    panel.frame_grid.grab()  # pyqtgraph applies auto range when it paints
    lo, hi = plot.viewRange()[1]
    assert 29000 < lo <= 30000 and 31000 <= hi < 32000


def test_crosshair_reads_out_the_hovered_sample(panel: PlotPanel, qtbot) -> None:
    panel.show()
    qtbot.waitExposed(panel)
    y = samples(3)
    panel.on_event(frame({3: y}))
    panel.refresh()
    vbox = panel.frame_grid.plots[3].getViewBox()
    scene_pos = vbox.mapViewToScene(QPointF(12.2, float(y[12])))
    panel._on_mouse_moved((scene_pos,))
    assert panel.readout.text() == f"CH4 · sample 12 · {int(y[12])} counts"
    assert panel.frame_grid.vlines[3].isVisible()
    assert panel.frame_grid.vlines[3].value() == 12
    panel.crosshair_box.setChecked(False)  # off: readout and line go away
    assert panel.readout.text() == ""
    assert not panel.frame_grid.vlines[3].isVisible()
    panel._on_mouse_moved((scene_pos,))
    assert panel.readout.text() == ""


# ------------------------------------------------------------------ history from the store


async def _fill_store(data_dir: Path, records: list[PushMsgRecord]) -> None:
    store = Store.open(data_dir)
    await store.start()
    try:
        for record in records:
            await store.write(record)
    finally:
        await store.close()


@pytest.fixture
def stored(tmp_path: Path) -> Iterator[tuple[Store, float]]:
    now = time.time()
    records = [
        PushMsgRecord(
            PushMsg(IMEI, i, "2026-11-24 20:00:00", {k: samples(i + k) for k in (0, 1, 2)}),
            now - 600 + i * 10,
            b"{}",
        )
        for i in range(30)
    ]
    asyncio.run(_fill_store(tmp_path, records))
    store = Store.open(tmp_path)  # a reader: no writer process needed
    yield store, now
    asyncio.run(store.close())


def test_show_device_loads_history_from_the_store(qtbot, stored) -> None:
    store, now = stored
    p = PlotPanel()
    qtbot.addWidget(p)
    p.set_store(store)
    with qtbot.waitSignal(p.history_loaded, timeout=5000) as blocker:
        p.show_device(IMEI)
    assert blocker.args == [IMEI]
    for k in (0, 1, 2):
        np.testing.assert_array_equal(drawn(p, k)[1], samples(29 + k))
        assert not p.frame_grid.placeholders[k].isVisible()
    assert p.frame_grid.placeholders[3].isVisible()
    t, mean, peak = p.trend_arrays(1)
    assert len(t) == 30
    np.testing.assert_allclose(t, now - 600 + np.arange(30) * 10)
    np.testing.assert_allclose(mean, [samples(i + 1).mean() for i in range(30)])
    np.testing.assert_allclose(peak, [samples(i + 1).max() for i in range(30)])
    assert p.last_load_error is None


def test_history_never_overwrites_newer_live_data(qtbot) -> None:
    p = PlotPanel()
    qtbot.addWidget(p)
    p.show_device(IMEI)
    now = time.time()
    p.on_event(frame({0: samples(99)}, at=now))
    hist = History(IMEI)
    hist.latest = {0: (now - 5, samples(1)), 1: (now - 5, samples(2))}
    hist.trend = {0: (np.array([now - 20, now - 10, now]), np.zeros(3), np.ones(3))}
    p._merge_history(hist)
    p.refresh()
    np.testing.assert_array_equal(drawn(p, 0)[1], samples(99))  # live kept
    np.testing.assert_array_equal(drawn(p, 1)[1], samples(2))  # history filled the gap
    t = p.trend_arrays(0)[0]
    np.testing.assert_allclose(t, [now - 20, now - 10, now])  # history before live, no duplicate


def test_a_superseded_or_failed_load_is_ignored(qtbot) -> None:
    p = PlotPanel()
    qtbot.addWidget(p)
    p.show_device(IMEI)
    stale = History(IMEI, latest={0: (time.time(), samples(5))})
    p._on_loaded(p._gen - 1, stale)
    p.refresh()
    assert not p.has_data(0)
    p._on_loaded(p._gen, OSError("disk gone"))
    assert isinstance(p.last_load_error, OSError)


def test_a_store_that_fails_does_not_break_the_panel(qtbot) -> None:
    class Broken:
        def latest_frames(self, imei: str) -> dict:
            raise RuntimeError("boom")

    p = PlotPanel()
    qtbot.addWidget(p)
    p.set_store(Broken())
    p.show_device(IMEI)
    qtbot.waitUntil(lambda: p.last_load_error is not None, timeout=5000)
    p.on_event(frame({0: samples(0)}))
    p.refresh()
    assert p.has_data(0)


def test_trend_crosshair_reads_out_time_mean_and_max(panel: PlotPanel, qtbot) -> None:
    panel.show()
    qtbot.waitExposed(panel)
    now = time.time()
    for i, level in enumerate((100, 200, 300)):
        panel.on_event(frame({6: np.array([level, level + 50], dtype=np.uint16)}, at=now - 30 + i))
    panel.tabs.setCurrentIndex(1)
    vbox = panel.trend_grid.plots[6].getViewBox()
    panel._on_mouse_moved((vbox.mapViewToScene(QPointF(now - 29.1, 200)),))
    stamp = time.strftime("%H:%M:%S", time.localtime(now - 29))
    assert panel.readout.text() == f"CH7 · {stamp} · mean 225.0 · max 250"
    panel._on_mouse_moved((QPointF(-50, -50),))  # off every plot
    assert panel.readout.text() == ""
    assert not any(line.isVisible() for line in panel.trend_grid.vlines)


def test_colours_follow_a_palette_switch(panel: PlotPanel, qapp) -> None:
    original = QPalette(qapp.palette())
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    try:
        qapp.setPalette(dark)
        qapp.processEvents()
        assert panel.frame_grid.backgroundBrush().color().name() == "#1e1e1e"
        assert panel.frame_curves[0].opts["pen"].color().lightness() > 128
    finally:
        qapp.setPalette(original)
        qapp.processEvents()
    assert panel.frame_curves[0].opts["pen"].color().lightness() < 128


class _Upper(QTranslator):
    """A fake catalogue: upper-cases PlotPanel's strings, keeping {placeholders}."""

    def isEmpty(self) -> bool:
        return False

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[override]
        if context != "PlotPanel":
            return None
        return re.sub(r"[^{}]+(?=[^}]*(\{|$))", lambda m: m.group().upper(), source)


def test_language_switch_retranslates(panel: PlotPanel, qapp) -> None:
    translator = _Upper()
    qapp.installTranslator(translator)
    try:
        qapp.processEvents()
        assert panel.pause_button.text() == "PAUSE"
        assert panel.tabs.tabText(1) == "TREND (MEAN / MAX)"
        assert panel.frame_grid.plots[4].titleLabel.text == "CH5 · BUS 2 / POS 2"
    finally:
        qapp.removeTranslator(translator)
        qapp.processEvents()
    assert panel.pause_button.text() == "Pause"


def test_a_language_switch_retranslates_the_readings_already_shown(panel: PlotPanel, qapp) -> None:
    """Channels with no new frame after the switch kept "… counts" in a Chinese window."""
    panel.on_event(frame({k: samples(k) for k in range(9)}))
    panel.refresh()
    panel._titles_at = float("-inf")
    panel.refresh()
    assert all(panel.title_text(k).endswith(" counts</b>") for k in range(9))
    translator = _Upper()
    qapp.installTranslator(translator)
    try:
        qapp.processEvents()
        panel.on_event(frame({0: samples(20)}))  # only CH1 gets a new frame
        panel.refresh()
        titles = [panel.title_text(k) for k in range(9)]
        assert all(" COUNTS" in t for t in titles), titles
    finally:
        qapp.removeTranslator(translator)
        qapp.processEvents()
    assert all(panel.title_text(k).endswith(" counts</b>") for k in range(9))


# ------------------------------------------------------------------ issue 10 §4


def _hover_frame_sample(panel: PlotPanel, k: int, i: int, y: np.ndarray) -> None:
    vbox = panel.frame_grid.plots[k].getViewBox()
    panel._on_mouse_moved((vbox.mapViewToScene(QPointF(i + 0.2, float(y[i]))),))


def test_the_readout_clears_when_the_mouse_leaves_the_plots(panel: PlotPanel, qtbot) -> None:
    panel.show()
    qtbot.waitExposed(panel)
    y = samples(5)
    panel.on_event(frame({3: y}))
    panel.refresh()
    _hover_frame_sample(panel, 3, 7, y)
    assert panel.readout.text() == f"CH4 · sample 7 · {int(y[7])} counts"
    QApplication.sendEvent(panel.frame_grid, QEvent(QEvent.Type.Leave))
    assert panel.readout.text() == ""
    assert not any(line.isVisible() for line in panel.frame_grid.vlines)


def test_the_readout_follows_the_language_and_new_data(panel: PlotPanel, qapp, qtbot) -> None:
    panel.show()
    qtbot.waitExposed(panel)
    y = samples(2)
    panel.on_event(frame({0: y}))
    panel.refresh()
    _hover_frame_sample(panel, 0, 4, y)
    translator = _Upper()
    qapp.installTranslator(translator)
    try:
        qapp.processEvents()
        assert panel.readout.text() == f"CH1 · SAMPLE 4 · {int(y[4])} COUNTS"
    finally:
        qapp.removeTranslator(translator)
        qapp.processEvents()
    assert panel.readout.text() == f"CH1 · sample 4 · {int(y[4])} counts"
    fresh = samples(9)
    panel.on_event(frame({0: fresh}))  # the mouse holds still: the value is the new one
    panel.refresh()
    assert panel.readout.text() == f"CH1 · sample 4 · {int(fresh[4])} counts"


def test_the_plots_scroll_below_their_minimum_height(qtbot) -> None:
    p = PlotPanel(trend_capacity=8)
    qtbot.addWidget(p)
    p.resize(700, 250)  # far less than nine readable plots need
    p.show()
    qtbot.waitExposed(p)
    p.frame_grid.grab()
    assert min(plot.geometry().height() for plot in p.frame_grid.plots) >= 95
    bar = p.frame_scroll.verticalScrollBar()
    assert bar.maximum() >= p.frame_grid.height() - p.frame_scroll.viewport().height() > 0
    centre = QPointF(p.frame_grid.width() / 2, p.frame_grid.height() / 4)
    wheel = QWheelEvent(
        centre,
        p.frame_grid.mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, -120),  # one notch down
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    p.frame_grid.wheelEvent(wheel)
    assert bar.value() > 0
    assert p.unscrolled_height() > 250
