"""Alarms in the window: a real module over a real socket raises them; the engineer sees
them in alarmList, in the device table and the tray, and acknowledges with btnAckAlarm."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSettings
from PySide6.QtWidgets import QPushButton, QTableView

from fourgmon.gui.device_model import Col
from fourgmon.sim.scripted import ScriptedModule, make_push_online
from fourgmon.store.alarms import read_alarms
from tests.gui.conftest import settle, wait_until, window_on_server

IMEI = "865501040000077"


def test_a_sensor_alarm_is_listed_acknowledged_and_cleared(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    QSettings().setValue("alarms/soundMuted", False)

    async def scenario() -> None:
        async with window_on_server(tmp_path / "data") as h:
            w = h.window
            alarm_list = w.findChild(QTableView, "alarmList")
            ack = w.findChild(QPushButton, "btnAckAlarm")
            assert alarm_list is not None and ack is not None
            assert w.tray.state == "ok" and not ack.isEnabled()
            module = await ScriptedModule.connect("127.0.0.1", h.port, imei=IMEI)
            try:
                await check(h, module, alarm_list, ack)
            finally:
                await module.aclose()

    async def check(h, module, alarm_list, ack) -> None:  # type: ignore[no-untyped-def]
        w = h.window
        st = {k: 1 for k in range(9)} | {4: 2, 7: 0}  # CH5 interference, CH8 sensor offline
        module.send(make_push_online(IMEI, 1, st=st))
        await module.recv()
        view_model = alarm_list.model()
        await wait_until(lambda: view_model.rowCount() == 2, what="two alarms listed")
        texts = {(view_model.index(r, 2).data(), view_model.index(r, 3).data()) for r in range(2)}
        assert texts == {("interference", "CH5"), ("sensor offline", "CH8")}
        assert view_model.index(0, 0).data().startswith("critical")  # worst first
        assert w.tray.state == "critical"
        assert [a.kind for a in w.tray.notified] != []
        worst = w.model.index(0, Col.ALARM).data()
        assert worst.startswith("sensor offline CH8") and "(+1)" in worst
        assert "Alarms: 2" in w.alarm_panel.title.text()

        # The filter, then select and acknowledge with the keyboard shortcut.
        w.alarm_panel.filter_box.setText("interf")
        assert view_model.rowCount() == 1
        alarm_list.selectionModel().select(
            view_model.index(0, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        assert ack.isEnabled()
        ack.animateClick()  # the button; Ctrl+K is its shortcut
        await wait_until(lambda: "✓" in (view_model.index(0, 0).data() or ""), what="acked")
        w.alarm_panel.filter_box.setText("")
        await h.server.alarms.settled()
        stored = {a.kind: a for a in read_alarms(h.data_dir)}
        assert stored["interference"].acked_at is not None
        assert stored["interference"].acked_by  # the OS user
        assert stored["sensor_offline"].acked_at is None
        assert ack.shortcut().toString() == "Ctrl+K"

        module.send(make_push_online(IMEI, 2))  # all online again
        await module.recv()
        await wait_until(lambda: view_model.rowCount() == 0, what="alarms cleared")
        await settle()
        assert w.tray.state == "ok"
        assert w.model.index(0, Col.ALARM).data() is None
        await module.aclose()
        await wait_until(lambda: view_model.rowCount() == 1, what="offline alarm")
        assert view_model.index(0, 2).data() == "module offline"
        assert w.tray.state == "critical"

    run(scenario())


def test_sound_can_be_muted_from_the_tray(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        async with window_on_server(tmp_path / "data") as h:
            tray = h.window.tray
            tray.set_muted(True)
            assert QSettings().value("alarms/soundMuted", type=bool) is True
            module = await ScriptedModule.connect("127.0.0.1", h.port, imei=IMEI)
            module.send(make_push_online(IMEI, 1, dt={0: 1}))  # a crystal fault
            await module.recv()
            await wait_until(lambda: bool(tray.notified), what="notified")
            assert tray.sounds_played == 0 and tray.state == "major"
            tray.mute_action.trigger()
            assert not tray.muted
            await module.aclose()
        QSettings().setValue("alarms/soundMuted", False)

    run(scenario())


def test_alarm_settings_round_trip_into_the_rules(qtbot) -> None:  # type: ignore[no-untyped-def]
    from fourgmon.gui.settings_dialog import (
        AppSettings,
        SettingsDialog,
        load_settings,
        save_settings,
    )

    dialog = SettingsDialog(AppSettings())
    qtbot.addWidget(dialog)
    dialog.no_data.setValue(15)
    dialog.clock_skew.setValue(0)  # off
    dialog.utc_offset.setCurrentIndex(dialog.utc_offset.findData(8.0))
    dialog.sound_muted.setChecked(True)
    values = dialog.values()
    save_settings(values)
    loaded = load_settings()
    assert loaded.no_data_minutes == 15 and loaded.clock_skew_seconds == 0
    assert loaded.device_utc_offset_hours == 8.0 and loaded.alarm_sound_muted
    rules = loaded.alarm_rules()
    assert (rules.no_data_minutes, rules.clock_skew_seconds, rules.device_utc_offset) == (
        15,
        0,
        8 * 3600,
    )
    save_settings(AppSettings())
    assert load_settings().device_utc_offset_hours is None
