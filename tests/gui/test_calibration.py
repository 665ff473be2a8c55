"""Engineering units in the window: the calibration dialog over a real store and server,
the plots' curves, titles, axis labels and readout in the unit, the raw-counts toggle."""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QAction

from fourgmon.domain.calibration import Calibration, CalibrationRow, CalibrationTable
from fourgmon.domain.thresholds import Threshold, ThresholdRow, ThresholdTable
from fourgmon.gui.calibration_dialog import CalibrationDialog
from fourgmon.gui.plot_panel import PlotPanel
from fourgmon.gui.units import SHOW_RAW_KEY, Units
from fourgmon.protocol.messages import PushMsgAck
from fourgmon.server.events import FrameReceived
from fourgmon.sim.scripted import make_push_msg
from tests.gui.conftest import wait_until, window_on_server
from tests.gui.test_window import connect, select

IMEI = "865501040000042"
MPA = Calibration(0.0001, -0.4, "MPa")  # 8123 counts = 0.4123 MPa


def flat(value: int, n: int = 50) -> np.ndarray:
    return np.full(n, value, dtype=np.uint16)


# ------------------------------------------------------------------ plots


@pytest.fixture
def units(qapp) -> Iterator[Units]:  # type: ignore[no-untyped-def]
    u = Units()
    u.set_tables(CalibrationTable([CalibrationRow(IMEI, 2, MPA)]), ThresholdTable())
    yield u
    u.deleteLater()


@pytest.fixture
def panel(qtbot, units: Units) -> PlotPanel:  # type: ignore[no-untyped-def]
    p = PlotPanel(trend_capacity=64)
    qtbot.addWidget(p)
    p.resize(900, 600)
    p.set_units(units)
    p.show_device(IMEI)
    return p


def push(panel: PlotPanel, channels: dict[int, np.ndarray]) -> None:
    panel.on_event(FrameReceived(IMEI, 1, "2026-11-24 20:00:00", time.time(), channels, 21.0, 40.0))
    panel._titles_at = 0.0  # the titles' rate limit: this test looks at once
    panel.refresh()


def test_curves_titles_and_axis_show_the_unit_and_the_toggle_shows_counts(
    panel: PlotPanel, units: Units
) -> None:
    ramp = (np.arange(50) * 10 + 7878).astype(np.uint16)  # mean 8123 counts
    push(panel, {2: ramp, 3: flat(500)})
    y = panel.frame_curves[2].getOriginalDataset()[1]
    np.testing.assert_allclose(y, ramp * 0.0001 - 0.4)
    assert panel.title_text(2).endswith("<b>0.4123 MPa</b>")
    assert panel.title_text(3).endswith("<b>500 counts</b>")  # no calibration: raw
    np.testing.assert_array_equal(panel.frame_curves[3].getOriginalDataset()[1], flat(500))
    assert panel.frame_grid.plots[3].getAxis("left").labelText == "units: see the titles"
    low, high = panel.frame_grid.plots[2].viewRange()[1]
    assert low < 0.3898 and high > 0.4388 and high - low < 0.5  # fitted in MPa, not counts
    panel._hover = (2, 3)
    panel._show_readout()
    assert panel.readout.text() == "CH3 · sample 3 · 0.3908 MPa"

    units.set_show_raw(True)
    np.testing.assert_array_equal(panel.frame_curves[2].getOriginalDataset()[1], ramp)
    panel._titles_at = 0.0
    panel.refresh()
    assert panel.title_text(2).endswith("<b>8123 counts</b>")
    assert panel.frame_grid.plots[3].getAxis("left").labelText == "raw AD counts"
    assert Units().show_raw  # remembered
    units.set_show_raw(False)
    assert panel.frame_curves[2].getOriginalDataset()[1][0] == pytest.approx(0.3878)


def test_the_trend_is_drawn_in_the_unit(panel: PlotPanel) -> None:
    panel.tabs.setCurrentIndex(1)
    push(panel, {2: flat(9000)})
    _t, mean = panel.trend_grid.curves[2][0].getOriginalDataset()
    assert mean is not None and mean[-1] == pytest.approx(0.5)
    assert panel.title_text(2).endswith("<b>0.5000 MPa</b>")  # titles follow on this tab too


def test_one_unit_for_all_channels_labels_the_axis_with_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    u = Units()
    u.set_tables(
        CalibrationTable([CalibrationRow("*", k, MPA) for k in range(9)]), ThresholdTable()
    )
    p = PlotPanel(trend_capacity=8)
    qtbot.addWidget(p)
    p.set_units(u)
    p.show_device("any module")
    assert p.frame_grid.plots[3].getAxis("left").labelText == "value (MPa)"
    lo, hi = p.frame_grid.plots[0].viewRange()[1]
    assert lo < -0.39 and hi > 6.1  # the empty plot shows the full AD scale in MPa


# ------------------------------------------------------------------ the dialog


async def cli_export(data_dir: Path) -> str:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "fourgmon",
        "calibration",
        "--data-dir",
        str(data_dir),
        "export",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await proc.communicate()
    assert proc.returncode == 0, err
    return out.decode("utf-8")


def test_dialog_two_point_edit_threshold_alarm_export_import(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        async with window_on_server(tmp_path / "data") as h:
            window = h.window
            module = await connect(h.port)
            await select(window)
            module.send(make_push_msg(IMEI, 1, {k: flat(5000) for k in (0, 1, 2)}))
            await module.expect(PushMsgAck)
            await wait_until(lambda: window.plot_panel.reading(2) == 5000.0, what="frame")

            action = window.findChild(QAction, "actionCalibration")
            assert action is not None
            action.trigger()
            dialog = window.calibration_dialog
            assert isinstance(dialog, CalibrationDialog) and dialog.isVisible()
            assert dialog.model.rowCount() == 0
            dialog.add_button.click()
            editor = dialog.editor
            assert editor is not None and editor.imei() == IMEI  # the selected module
            editor.channel.setCurrentIndex(2)
            # Two-point: 0.1 MPa read live (5000 counts), 0.5 MPa at 9000 counts.
            editor.point_value[0].setText("0.1")
            assert editor.pick[0].isEnabled()
            editor.pick[0].click()
            assert editor.point_raw[0].text() == "5000.0"
            editor.point_value[1].setText("0.5")
            editor.point_raw[1].setText("9000")
            editor.unit.setEditText("MPa")
            editor.compute.click()
            assert float(editor.gain.text()) == pytest.approx(0.0001)
            assert float(editor.offset.text()) == pytest.approx(-0.4)
            editor.high.setText("0.45")
            editor.hysteresis.setText("0.01")
            editor.low.setText("0.6")  # above high: refused, the editor stays open
            editor.buttons.accepted.emit()
            assert "below high" in editor.error.text() and editor.isVisible()
            editor.low.setText("")
            editor.buttons.accepted.emit()
            await wait_until(lambda: dialog.model.rowCount() == 1, what="row saved")
            stored = h.store.calibration().lookup(IMEI, 2)
            assert stored.unit == "MPa" and stored.gain == pytest.approx(0.0001)
            assert h.store.thresholds().lookup(IMEI, 2) == Threshold(0.45, None, 0.01, "MPa")
            assert dialog.model.index(0, 5).data() == "0.45 MPa"

            # The plots and the alarm rules took it: a frame at 0.46 MPa raises threshold_high.
            module.send(make_push_msg(IMEI, 2, {2: flat(8600)}))
            await module.expect(PushMsgAck)
            await wait_until(lambda: window.plot_panel.title_text(2).endswith("0.4600 MPa</b>"))
            raised = [e for e in h.server.alarms.book.open_alarms() if e.kind == "threshold_high"]
            assert len(raised) == 1 and raised[0].detail.endswith("0.4600 MPa > 0.4500 MPa")

            # Export equals `fourgmon calibration export`.
            out = tmp_path / "cal.csv"
            assert await dialog.export_csv(out) == 1
            assert out.read_text(encoding="utf-8") == await cli_export(h.data_dir)

            # A bad CSV: one message naming the line, nothing changed.
            before = h.store.calibration_history()
            bad = tmp_path / "bad.csv"
            bad.write_text("imei,channel,gain,offset,unit\n*,0,0.001,0,kPa\n*,12,1,0,bar\n")
            assert await dialog.import_csv(bad) is None
            assert "line 3" in dialog.last_error and "channel" in dialog.last_error
            assert dialog.error_box is not None and dialog.error_box.isVisible()
            assert h.store.calibration_history() == before
            good = tmp_path / "good.csv"
            good.write_text(
                "\ufeffimei,channel,gain,offset,unit\n*,0,0.1,0,kPa\n", encoding="utf-8"
            )
            assert await dialog.import_csv(good) == 1
            assert "1 rows changed" in dialog.status.text()
            assert window.units.calibration.lookup("other", 0) == Calibration(0.1, 0.0, "kPa")
            assert dialog.model.rowCount() == 2

            # History: every change, old -> new, newest first, with the OS user.
            await dialog.load_history()
            assert [line[3] for line in dialog.history_rows] == ["CH1", "CH3", "CH3"]
            assert dialog.history_rows[-1][4] == "—"
            assert "gain 0.0001, offset -0.4, MPa" in dialog.history_rows[-1][5]

            # Edit: remove the threshold; then remove the row.
            assert dialog.select_row(IMEI, 2)
            editor = dialog.edit_row()
            assert editor is not None and editor.high.text() == "0.45"
            editor.high.setText("")
            editor.hysteresis.setText("")
            editor.buttons.accepted.emit()
            await wait_until(lambda: len(h.store.thresholds()) == 0, what="threshold removed")
            assert dialog.select_row(IMEI, 2)
            await dialog.remove_selected()
            assert len(h.store.calibration()) == 1  # the '*' row is left
            assert window.plot_panel.calibrations()[2].is_raw

            # Import with "replaces all rows": the rows the file does not list go.
            other = tmp_path / "other.csv"
            other.write_text(f"imei,channel,gain,offset,unit\n{IMEI},5,2,0,bar\n")
            assert await dialog.import_csv(other) == 1  # added, '*' kept: not ticked
            assert len(h.store.calibration()) == 2
            dialog.replace_box.setChecked(True)
            assert await dialog.import_csv(good) == 1  # '*' unchanged, IMEI CH6 removed
            assert "1 rows removed" in dialog.status.text()
            assert [(r.imei, r.channel) for r in h.store.calibration().rows()] == [("*", 0)]
            await module.aclose()

    run(scenario())


def test_raw_toggle_action_is_remembered(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        async with window_on_server(tmp_path / "data") as h:
            action = h.window.findChild(QAction, "actionRawCounts")
            assert action is not None and not action.isChecked()
            action.trigger()
            assert h.window.units.show_raw
        from PySide6.QtCore import QSettings

        assert QSettings().value(SHOW_RAW_KEY, type=bool) is True

    run(scenario())


def test_thresholds_in_the_store_are_shown_and_unusable_ones_marked(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        async with window_on_server(tmp_path / "data") as h:
            from fourgmon.store.thresholds import thresholds_record

            rows = [ThresholdRow("*", 4, Threshold(high=0.5, unit="MPa"))]  # channel in counts
            await h.store.write(thresholds_record(1.0, "ana", rows))
            await h.window.units.reload()
            dialog = h.window.open_calibration()
            assert dialog.model.rowCount() == 1
            assert "Not applied" in dialog.model.index(0, 5).data(3)  # ToolTipRole
            assert dialog.model.index(0, 4).data() == "raw counts"

    run(scenario())
