"""Fleet operations in the window: select many rows, one click, per-row results, the queue."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QLabel, QPushButton, QTableView

from fourgmon.gui.device_model import Col
from fourgmon.protocol.messages import Ping, TimeAck, VersionAck, VersionRequest
from fourgmon.sim.scripted import ScriptedModule
from tests.gui.conftest import wait_until, window_on_server

IMEIS = [str(865501040600000 + i) for i in range(6)]


async def online(port: int, imei: str) -> ScriptedModule:
    module = await ScriptedModule.connect("127.0.0.1", port, imei=imei)
    module.send(Ping(imei))
    await module.expect("pong")
    return module


def find(window, cls, name):  # type: ignore[no-untyped-def]
    found = window.findChild(cls, name)
    assert found is not None, name
    return found


def ctrl_click_rows(window, rows: list[int]) -> None:  # type: ignore[no-untyped-def]
    """What Ctrl+click does on each row: add it to the selection."""
    table = window.table
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        table.selectionModel().select(table.model().index(row, 0), flags)


def test_device_table_selects_many_rows(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        async with window_on_server(tmp_path / "data") as h:
            modules = [await online(h.port, imei) for imei in IMEIS[:4]]
            w = h.window
            await wait_until(lambda: w.proxy.rowCount() == 4)
            table = find(w, QTableView, "deviceTable")
            assert table.selectionMode() == QTableView.SelectionMode.ExtendedSelection
            ctrl_click_rows(w, [0, 2])
            assert w.selected_imeis() == [IMEIS[0], IMEIS[2]]
            assert "2 modules selected" in w.commands.findChild(QLabel, "commandTarget").text()
            assert w.fleet.select_all_in_filter() == 4
            assert len(w.selected_imeis()) == 4
            w.filter_box.setText(IMEIS[1])
            assert w.fleet.select_all_in_filter() == 1
            assert w.selected_imeis() == [IMEIS[1]]
            for m in modules:
                await m.aclose()

    run(scenario())


def test_bulk_version_shows_each_result_in_its_row_and_a_summary(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        async with window_on_server(tmp_path / "data", request_timeout=1.0) as h:
            modules = [await online(h.port, imei) for imei in IMEIS[:4]]
            w = h.window
            await wait_until(lambda: w.proxy.rowCount() == 4)
            await modules[3].aclose()  # offline: its version gets queued
            await wait_until(lambda: not h.server.is_online(IMEIS[3]))
            w.fleet.select_all_in_filter()
            await asyncio.sleep(0.1)
            find(w, QPushButton, "btnVersion").click()

            async def answer(module: ScriptedModule, reply: bool) -> None:
                await module.expect(VersionRequest)
                if reply:
                    module.send(VersionAck(module.imei, "0001", "1.0.4"))

            # Two answer, one stays silent (timeout).
            await asyncio.gather(
                answer(modules[0], True), answer(modules[1], True), answer(modules[2], False)
            )
            await w.commands.bulk_done()
            summary = find(w, QLabel, "bulkSummary").text()
            assert "on 4 modules" in summary
            assert "2 ok" in summary and "1 timeout" in summary and "1 queued" in summary
            retry = find(w, QPushButton, "btnRetryFailed")
            assert retry.isVisible() and "(1)" in retry.text()

            def cell(imei: str) -> str:
                row = w.model.row_of(imei)
                return str(w.model.index(row, Col.RESULT).data())

            await wait_until(lambda: cell(IMEIS[0]) == "Query version: ok", what="row result")
            assert cell(IMEIS[2]) == "Query version: timeout"
            assert cell(IMEIS[3]) == "Query version: queued"
            queue = find(w, QTableView, "commandQueue")
            assert queue.model().rowCount() == 1
            assert queue.model().index(0, 0).data() == IMEIS[3]
            assert "Queue (1)" in w.commands.tabs.tabText(1)
            # Retry the failed one: the silent module answers this time.
            retry.click()
            await answer(modules[2], True)
            await w.commands.bulk_done()
            assert "1 ok" in find(w, QLabel, "bulkSummary").text()
            await wait_until(lambda: cell(IMEIS[2]) == "Query version: ok", what="retried")
            # Cancel the queued one from the queue view.
            queue.selectRow(0)
            cancel = find(w, QPushButton, "btnCancelQueued")
            assert cancel.isEnabled()
            cancel.click()
            await wait_until(lambda: queue.model().index(0, 4).data() == "cancelled")
            await wait_until(lambda: cell(IMEIS[3]) == "Query version: cancelled")
            for m in modules[:3]:
                await m.aclose()

    run(scenario())


def test_bulk_time_sync_selects_modules_with_open_alarms(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        async with window_on_server(tmp_path / "data") as h:
            modules = [await online(h.port, imei) for imei in IMEIS[:3]]
            w = h.window
            await wait_until(lambda: w.proxy.rowCount() == 3)
            await modules[1].aclose()  # raises its "offline" alarm
            await wait_until(lambda: w.model.worst_alarm(IMEIS[1]) is not None, what="alarm")
            assert w.fleet.select_with_open_alarms() == 1
            assert w.selected_imeis() == [IMEIS[1]]
            w.fleet.select_all_in_filter()
            await asyncio.sleep(0.05)
            find(w, QPushButton, "btnTimeSync").click()
            await w.commands.bulk_done()
            for m in (modules[0], modules[2]):
                await m.expect(TimeAck)
            text = find(w, QLabel, "bulkSummary").text()
            assert "2 ok" in text and "1 queued" in text
            assert not find(w, QPushButton, "btnRetryFailed").isVisible()
            for m in (modules[0], modules[2]):
                await m.aclose()

    run(scenario())


def test_commands_settings_round_trip_into_the_server_config(qapp) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from PySide6.QtCore import QSettings

    from fourgmon.gui.settings_dialog import (
        AppSettings,
        SettingsDialog,
        load_settings,
        save_settings,
    )
    from fourgmon.gui.settings_fleet import fleet_config

    assert (AppSettings().max_in_flight, AppSettings().auto_time_sync) == (8, False)
    chosen = replace(AppSettings(), max_in_flight=3, queue_expiry_hours=2.0, auto_time_sync=True)
    save_settings(chosen, QSettings())
    loaded = load_settings(QSettings())
    assert (loaded.max_in_flight, loaded.queue_expiry_hours, loaded.auto_time_sync) == (
        3,
        2.0,
        True,
    )
    assert fleet_config(loaded) == {
        "max_in_flight": 3,
        "queue_expiry": 7200.0,
        "auto_time_sync": True,
    }
    dialog = SettingsDialog(loaded)
    dialog.fleet_page.in_flight.setValue(12)
    assert dialog.values().max_in_flight == 12 and dialog.values().auto_time_sync
    dialog.deleteLater()
