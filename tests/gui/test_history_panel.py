"""The history panel (historyPanel) on a store built through the writer's batch path."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QDateTime, QPointF, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from fourgmon.domain.calibration import Calibration, CalibrationRow, CalibrationTable
from fourgmon.gui.history_panel import FRAME_LEVEL_SPAN, HistoryPanel
from fourgmon.gui.history_worker import HistoryWorker
from fourgmon.store import Store
from fourgmon.store import history as h
from tests.store.history_data import (
    GAP_LOST,
    IMEI_A,
    IMEI_B,
    INTERVAL,
    T0,
    Site,
    build_site,
    level,
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    return build_site(tmp_path_factory.mktemp("history-gui") / "data")


@pytest.fixture
def store(site: Site) -> Iterator[Store]:
    s = Store.open(site.data_dir, readonly=True)
    yield s
    s._close_readers()


@pytest.fixture
def panel(qtbot, store: Store, site: Site) -> Iterator[HistoryPanel]:  # type: ignore[no-untyped-def]
    p = HistoryPanel(clock=lambda: site.end)
    qtbot.addWidget(p)
    p.resize(1024, 700)
    p.show()
    qtbot.waitExposed(p)
    p.set_store(store)
    yield p
    p.shutdown()
    p.close()


def settle(qtbot, panel: HistoryPanel) -> None:  # type: ignore[no-untyped-def]
    """Until every query started so far has been shown (and no view reload is pending)."""
    qtbot.waitUntil(lambda: not panel.busy() and not panel._settle.isActive(), timeout=10_000)
    QApplication.processEvents()


def test_range_picker_last_hour_day_week_and_custom(qtbot, panel: HistoryPanel, site: Site) -> None:  # type: ignore[no-untyped-def]
    now = [site.end]
    panel._clock = lambda: now[0]
    panel.set_module(IMEI_B)
    settle(qtbot, panel)
    assert panel.range() == (site.end - 86400, site.end)  # the default: last day
    panel.range_combo.setCurrentIndex(0)
    settle(qtbot, panel)
    assert panel.range() == (site.end - 3600, site.end)
    assert not panel.since_edit.isEnabled()
    # an hour is short: every frame of it (channel 0 is in every third packet)
    assert panel.level == "frames"
    assert len(panel.shown_trend()[0].at) == 3600 / INTERVAL / 3
    assert panel.plots.x_range() == pytest.approx((site.end - 3600, site.end))
    # "Show" on a last-hour range: up to now again (the window stays open for hours)
    now[0] += 600
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    settle(qtbot, panel)
    assert panel.range() == (site.end + 600 - 3600, site.end + 600)
    now[0] = site.end
    panel.range_combo.setCurrentIndex(2)
    settle(qtbot, panel)
    assert panel.range() == (site.end - 7 * 86400, site.end)
    # custom: typed in local time (the edits' time spec), read back as Unix seconds
    panel.range_combo.setCurrentIndex(3)
    assert panel.since_edit.isEnabled()
    panel.since_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(T0)))
    panel.until_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(T0 + 7200)))
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    settle(qtbot, panel)
    assert panel.range() == (T0, T0 + 7200)
    assert panel.browser.count == 7200 / INTERVAL
    # an end before the start is refused with a message, the range kept
    panel.until_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(T0 - 60)))
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert "after" in panel.status.text() and panel.range() == (T0, T0 + 7200)


def test_trend_is_band_and_mean_never_more_points_than_pixels(
    qtbot, panel: HistoryPanel, site: Site
) -> None:  # type: ignore[no-untyped-def]
    panel.set_module(IMEI_B)
    panel.set_range(T0 - 3 * 86400, site.end)  # long: merged minutes
    settle(qtbot, panel)
    width = panel.plots.plot_width()
    for k in range(9):
        assert 0 < panel.plots.point_count(k) <= width
    lo = panel.plots.lows[4].getOriginalDataset()[1]
    mean = panel.plots.means[4].getOriginalDataset()[1]
    hi = panel.plots.highs[4].getOriginalDataset()[1]
    assert np.all(lo <= mean) and np.all(mean <= hi)
    assert panel.status.text().startswith("Per-minute")
    assert "AD counts" in panel.plots.plots[0].titleLabel.text


def test_zooming_in_switches_to_every_frame_and_back(
    qtbot, panel: HistoryPanel, site: Site
) -> None:  # type: ignore[no-untyped-def]
    panel.set_module(IMEI_B)
    panel.set_range(T0 - 2 * 86400, site.end)  # 2 days: rollups (3 h of data in them)
    settle(qtbot, panel)
    assert panel.level == "rollups" and len(panel.shown_trend()[0].at) <= 180
    # the wheel zooms the time axis (all nine plots together)
    vbox = panel.plots.plots[4].getViewBox()
    panel.plots.set_x_range(site.end - 43200, site.end)  # 12 h: the view's own rollups
    settle(qtbot, panel)
    assert panel.level == "rollups" and panel.shown_trend() is panel._view_trend
    assert len(panel.shown_trend()[0].at) == 180  # every minute of the data's 3 h
    before = panel.plots.x_range()
    vbox.scaleBy(x=0.25, center=QPointF(T0 + 5400, 0))
    settle(qtbot, panel)
    lo, hi = panel.plots.x_range()
    assert hi - lo < (before[1] - before[0]) / 2 and hi - lo <= FRAME_LEVEL_SPAN
    assert panel.level == "frames"
    assert panel.plots.plots[8].getViewBox().viewRange()[0] == pytest.approx([lo, hi])
    frames = panel.shown_trend()[0]
    # every stored frame of channel 0 in the loaded window (every third packet)
    assert np.all(np.diff(frames.at) == 3 * INTERVAL) and np.all(frames.n == 50)
    assert panel.plots.point_count(0) <= 2 * panel.plots.plot_width()
    assert np.max(np.abs(frames.mean - level(0, frames.at))) < 50
    assert panel.status.text().startswith("Every stored frame")
    # zoomed out to the whole range: the range's rollups again
    panel.plots.set_x_range(T0 - 2 * 86400, site.end)
    settle(qtbot, panel)
    assert panel.level == "rollups" and panel.shown_trend() is panel._range_trend


def test_engineering_units_and_the_raw_toggle(qtbot, panel: HistoryPanel, site: Site) -> None:  # type: ignore[no-untyped-def]
    table = CalibrationTable(
        [
            CalibrationRow("*", 0, Calibration(0.001, -20.0, "kPa")),
            CalibrationRow(IMEI_A, 0, Calibration(0.0001, 0.0, "MPa")),
        ]
    )
    panel.set_module(IMEI_A)
    panel.set_range(T0, T0 + 1800)
    panel.set_calibration(table)
    settle(qtbot, panel)
    raw = panel.shown_trend()[0].mean
    shown = panel.plots.means[0].getOriginalDataset()[1]
    assert np.allclose(shown, raw * 0.0001)
    assert "MPa" in panel.plots.plots[0].titleLabel.text
    assert "AD counts" in panel.plots.plots[1].titleLabel.text  # no row for CH2
    panel.set_module(IMEI_B)  # the '*' row
    settle(qtbot, panel)
    assert np.allclose(
        panel.plots.means[0].getOriginalDataset()[1], panel.shown_trend()[0].mean * 0.001 - 20
    )
    curve = panel.browser.curves[0].getOriginalDataset()[1]
    assert curve is not None and 0 < float(np.mean(curve)) < 10  # kPa, not counts
    panel.raw_box.setChecked(True)
    settle(qtbot, panel)
    assert np.allclose(panel.plots.means[0].getOriginalDataset()[1], panel.shown_trend()[0].mean)
    assert "AD counts" in panel.plots.plots[0].titleLabel.text
    assert float(np.mean(panel.browser.curves[0].getOriginalDataset()[1])) > 10_000


def test_frame_browser_steps_scrubs_and_replays(qtbot, panel: HistoryPanel, store: Store) -> None:  # type: ignore[no-untyped-def]
    panel.set_module(IMEI_B)
    panel.set_range(T0, T0 + 600)
    settle(qtbot, panel)
    browser = panel.browser
    assert browser.count == 60 and browser.index == 0
    qtbot.mouseClick(browser.forward, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(browser.forward, Qt.MouseButton.LeftButton)
    settle(qtbot, panel)
    assert browser.index == 2
    # step 2 is packet 2 (channels 6-8) with the other groups' newest frames held
    stored = {f.channel: f for f in store.frames(IMEI_B, T0, T0 + 2 * INTERVAL + 1)}
    for k in range(9):
        shown = browser.curves[k].getOriginalDataset()[1]
        assert np.array_equal(shown, stored[k].samples.astype(np.float64)), k
    assert "CH7, CH8, CH9" in browser.info.text()
    browser.slider.setValue(40)  # scrub
    settle(qtbot, panel)
    assert browser.index == 40
    assert panel.plots.markers[0].value() == pytest.approx(T0 + 40 * INTERVAL)
    # replay at 100x: 10 s between packets is 0.1 s real time
    browser.speed.setCurrentIndex(browser.speed.count() - 1)
    assert browser.speed_factor() == 100
    start = time.monotonic()
    qtbot.mouseClick(browser.play, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: browser.index >= 50, timeout=5000)
    assert time.monotonic() - start < 3.0
    qtbot.waitUntil(lambda: not browser.play.isChecked(), timeout=5000)  # stops at the end
    assert browser.index == 59
    settle(qtbot, panel)


def test_timeline_lists_the_events_and_a_click_moves_the_plots(
    qtbot, panel: HistoryPanel, site: Site
) -> None:  # type: ignore[no-untyped-def]
    panel.set_module(IMEI_A)
    panel.set_range(T0 - 60, site.end)
    settle(qtbot, panel)
    timeline = panel.timeline
    kinds = [e.kind for e in timeline.events()]
    assert {h.CONNECTION, h.SENSOR, h.ALARM, h.COMMAND, h.INFO, h.VERSION, h.GAP} <= set(kinds)
    assert "Events (" in panel.tabs.tabText(0)
    row = kinds.index(h.GAP)
    gap = timeline.events()[row]
    item = timeline.topLevelItem(row)
    assert f"{GAP_LOST} packet(s) lost" in item.text(2)
    assert item.text(1) == "Data gap"
    panel.tabs.setCurrentIndex(0)
    timeline.scrollToItem(item)
    rect = timeline.visualItemRect(item)
    qtbot.mouseClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, panel)
    lo, hi = panel.plots.x_range()
    assert lo < gap.at < hi and hi - lo <= 3600 + 1
    assert lo == pytest.approx(T0 - 60)  # an hour around it, within the range
    assert panel.plots.markers[0].isVisible()
    # the frame browser went to the packet after the gap
    assert panel.browser.times()[panel.browser.index] == gap.at
    # zoomed in far enough: every frame
    assert panel.level == "frames"
    assert "Packets received" in panel.complete_label.text()
    assert f"· {GAP_LOST} lost" in panel.complete_label.text()
    # an event in the middle of the range: the plots centred on it
    row = kinds.index(h.COMMAND)
    command = timeline.events()[row]
    item = timeline.topLevelItem(row)
    timeline.scrollToItem(item)
    rect = timeline.visualItemRect(item)
    qtbot.mouseClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, panel)
    lo, hi = panel.plots.x_range()
    assert (lo + hi) / 2 == pytest.approx(command.at, abs=1)
    assert panel.plots.markers[4].value() == pytest.approx(command.at)


def test_a_new_query_cancels_the_old_and_its_result_is_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    worker = HistoryWorker()
    got: list[object] = []
    worker.done.connect(lambda tag, result, _s: got.append((tag, result)))
    release = threading.Event()
    pages = []

    def slow(tok: h.CancelToken) -> str:
        while not release.wait(0.01):
            pages.append(1)
            tok.check()  # a page
        return "old"

    first = worker.submit("trend", slow)
    qtbot.waitUntil(lambda: len(pages) > 2)
    second = worker.submit("trend", lambda tok: "new")
    assert first.cancelled and not second.cancelled
    assert worker.wait(5000)
    qtbot.waitUntil(lambda: got == [("trend", "new")])
    # a result that finished after being superseded is not shown either
    release.set()
    third = worker.submit("events", lambda tok: (release.wait(), "late")[1])
    worker.cancel("events")
    assert third.cancelled and worker.wait(5000)
    QApplication.processEvents()
    assert got == [("trend", "new")]
    worker.shutdown()
    worker.deleteLater()


def test_the_window_stays_responsive_while_a_long_range_loads(
    qtbot, panel: HistoryPanel, site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(h, "PACKET_PAGE_SECONDS", 60.0)  # many pages: a long read
    real = h.frame_trend
    entered = threading.Event()

    def slow_trend(*args: object, **kw: object) -> object:
        entered.set()
        time.sleep(0.3)
        return real(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(h, "frame_trend", slow_trend)
    panel.set_module(IMEI_A)
    panel.set_range(T0, T0 + 3600)
    settle(qtbot, panel)
    entered.clear()  # (the hour's own view went through it already)
    panel.plots.set_x_range(T0, T0 + 1800)
    qtbot.waitUntil(entered.is_set, timeout=5000)
    # the UI thread runs events while the query sleeps in its worker
    rounds = 0
    start = time.monotonic()
    while time.monotonic() - start < 0.25 and panel.busy():
        QApplication.processEvents()
        rounds += 1
        time.sleep(0.005)
    assert rounds >= 5  # the event loop kept turning while the query slept
    assert panel.busy() and panel.status.text() == "Loading…"
    # a new range cancels it
    panel.set_range(T0 + 3600, T0 + 7200)
    settle(qtbot, panel)
    assert panel.range() == (T0 + 3600, T0 + 7200)
    at = panel.shown_trend()[0].at  # the new range's, not the cancelled view's
    assert at.min() >= T0 + 3600 and at.max() < T0 + 7200


def test_report_from_the_panel_names_every_module(
    qtbot, panel: HistoryPanel, site: Site, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    panel.set_module(IMEI_A)
    panel.set_range(T0 - 60, site.end)
    settle(qtbot, panel)
    target = tmp_path / "report.pdf"
    with qtbot.waitSignal(
        panel.loaded, check_params_cb=lambda tag: tag == "report", timeout=20_000
    ):
        panel.write_report(target, "en")
    assert panel.report_path == target and target.stat().st_size > 10_000
    assert target.name in panel.report_label.text()
    # a folder that does not exist: a message, no traceback
    with qtbot.waitSignal(
        panel.loaded, check_params_cb=lambda tag: tag == "report", timeout=20_000
    ):
        panel.write_report(tmp_path / "nope" / "r.pdf", "en")
    assert "Could not write the report" in panel.report_label.text()


def test_the_window_offers_the_history_of_the_selected_module(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """View → History opens historyPanel on the selected module: live data, stored,
    shows up in its trend, frame browser and timeline (the connection event)."""
    from fourgmon.protocol.messages import PushMsgAck
    from fourgmon.sim.scripted import make_push_msg
    from tests.gui.conftest import wait_until, window_on_server
    from tests.gui.test_window import IMEI, connect, select

    async def scenario() -> None:
        async with window_on_server(tmp_path / "data") as harness:
            window = harness.window
            panel = window.findChild(HistoryPanel, "historyPanel")
            assert panel is not None and not panel.isVisible()
            module = await connect(harness.port)
            pushed = {k: np.arange(50, dtype=np.uint16) * 3 + 2000 * k for k in (0, 1, 2)}
            module.send(make_push_msg(IMEI, 1, pushed))
            await module.expect(PushMsgAck)
            await select(window)
            assert panel.imei == IMEI
            button = window.findChild(QPushButton, "btnHistory")
            assert button is not None and button.isVisible()
            button.click()  # beside Export: found without the View menu
            await wait_until(lambda: panel.isVisible(), what="history shown")
            panel.range_combo.setCurrentIndex(0)  # the last hour
            await wait_until(lambda: panel.browser.count == 1, what="the stored frame")
            await wait_until(
                lambda: panel.browser.curves[1].getOriginalDataset()[1] is not None,
                what="frame drawn",
            )
            np.testing.assert_array_equal(
                panel.browser.curves[1].getOriginalDataset()[1], pushed[1].astype(float)
            )
            await wait_until(
                lambda: any(e.kind == h.CONNECTION for e in panel.timeline.events()),
                what="the connection event",
            )
            await wait_until(lambda: panel.plots.point_count(2) == 1, what="its frame's stats")
            window.history_action.trigger()
            assert not panel.isVisible()
            await module.aclose()

    run(scenario())


def test_a_pause_in_the_data_is_a_break_in_the_lines(
    qtbot, panel: HistoryPanel, site: Site
) -> None:  # type: ignore[no-untyped-def]
    from tests.store.history_data import OFFLINE_FROM, OFFLINE_TO

    panel.set_module(IMEI_A)
    panel.set_range(T0, site.end)
    settle(qtbot, panel)
    at, mean = panel.plots.means[0].getOriginalDataset()
    holes = at[~np.isfinite(mean)]
    assert len(holes) == 1 and OFFLINE_FROM < holes[0] < OFFLINE_TO
    assert panel.plots.point_count(0) == len(panel.shown_trend()[0].at)
    # module B has no pause: no break
    panel.set_module(IMEI_B)
    settle(qtbot, panel)
    assert np.isfinite(panel.plots.means[0].getOriginalDataset()[1]).all()


def test_queries_reuse_the_same_read_connections(qtbot, panel: HistoryPanel, store: Store) -> None:  # type: ignore[no-untyped-def]
    """The worker's threads keep their read connections: new queries open none (a Qt pool
    thread got a fresh Python thread state, and so new connections, for every query)."""
    panel.set_module(IMEI_A)
    settle(qtbot, panel)
    opened = len(store._readers)
    assert opened > 0
    for since in (T0, T0 + 600, T0 + 1200):
        panel.set_range(since, since + 3600)
        settle(qtbot, panel)
    # at most one connection per worker thread (2) and file, plus what the fixture opened
    assert len(store._readers) <= opened + 2 * len(store._files)
    assert len(store._readers) <= 3


def test_the_panel_follows_the_windows_units(qtbot, panel: HistoryPanel, site: Site) -> None:  # type: ignore[no-untyped-def]
    """make_history_dock(window, store, units): the calibration and the raw toggle of the
    window's units object (gui.units.Units on main) reach the panel when they change."""
    from PySide6.QtCore import QObject, Signal

    from fourgmon.gui.history_dock import follow_units

    class FakeUnits(QObject):  # the three things follow_units uses
        changed = Signal()

        def __init__(self) -> None:
            super().__init__()
            self.calibration = CalibrationTable()
            self.show_raw = False

    units = FakeUnits()
    follow_units(panel, units)
    panel.set_module(IMEI_A)
    panel.set_range(T0, T0 + 1800)
    settle(qtbot, panel)
    assert "AD counts" in panel.plots.plots[0].titleLabel.text
    units.calibration = CalibrationTable([CalibrationRow("*", 0, Calibration(0.001, 0.0, "bar"))])
    units.changed.emit()
    settle(qtbot, panel)
    assert "bar" in panel.plots.plots[0].titleLabel.text
    units.show_raw = True
    units.changed.emit()
    assert panel.raw_box.isChecked() and "AD counts" in panel.plots.plots[0].titleLabel.text
    units.deleteLater()
