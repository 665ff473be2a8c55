"""The window against a real Server and Store on loopback, driven by a ScriptedModule."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QTableView

from fourgmon.gui.device_model import Col
from fourgmon.gui.plot_panel import PlotPanel
from fourgmon.gui.sensor_cells import CELL_LOOK_ROLE
from fourgmon.protocol.messages import InfoAck, PushMsgAck, QueryMsgAck, UpdateAck, VersionAck
from fourgmon.sim.scripted import ScriptedModule, make_push_msg, make_push_online
from fourgmon.store import Store
from tests.gui.conftest import wait_until, window_on_server

IMEI = "865501040000042"


async def connect(port: int, imei: str = IMEI) -> ScriptedModule:
    """A module that is online (its ping answered)."""
    module = await ScriptedModule.connect("127.0.0.1", port, imei=imei)
    module.send_raw(b'{"cmd":"ping","IMEI":"%s"}' % imei.encode())
    await module.expect("pong")
    return module


def button(window, name: str) -> QPushButton:  # type: ignore[no-untyped-def]
    found = window.findChild(QPushButton, name)
    assert found is not None, name
    return found


async def select(window, imei: str = IMEI) -> None:  # type: ignore[no-untyped-def]
    await wait_until(lambda: window.select_device(imei), what="row of " + imei)
    await wait_until(lambda: button(window, "btnInfo").isEnabled(), what="commands enabled")


def test_module_appears_once_also_after_reconnect(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        async with window_on_server(tmp_path / "data") as h:
            table = h.window.findChild(QTableView, "deviceTable")
            assert table is not None and table.model().rowCount() == 0
            first = await connect(h.port)
            await wait_until(lambda: table.model().rowCount() == 1, what="one row")
            assert h.window.model.index(0, Col.IMEI).data() == IMEI
            await wait_until(lambda: "online" in h.window.model.index(0, Col.STATE).data())
            second = await connect(h.port)  # the modem re-attaches: takeover
            await first.closed()
            await asyncio.sleep(0.2)
            assert table.model().rowCount() == 1
            assert "online" in h.window.model.index(0, Col.STATE).data()
            await wait_until(lambda: "1 online" in h.window.counts_label.text())
            await second.aclose()

    run(scenario())


def test_sensor_states_render_including_faults_and_raw_codes(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        async with window_on_server(tmp_path / "data") as h:
            module = await connect(h.port)
            st = {0: 1, 1: 0, 2: 2, 3: 3, 4: "11", 5: 7, 6: 1, 7: 1, 8: 1}
            dt = {k: 1 if k == 6 else 0 for k in range(9)}
            module.send(make_push_online(IMEI, 5, st, dt))
            await module.expect("push_online_ack")
            model = h.window.model

            def keys() -> list[str]:
                return [model.index(0, Col.SENSOR0 + k).data(CELL_LOOK_ROLE).key for k in range(9)]

            await wait_until(lambda: model.rowCount() == 1 and keys()[1] == "offline")
            assert keys() == [
                "online",
                "offline",
                "interference",
                "stuck",
                "reserved",
                "unknown",
                "crystal",
                "online",
                "online",
            ]
            assert model.index(0, Col.SENSOR0 + 4).data() == "11"
            tip = model.index(0, Col.SENSOR0 + 3).data(Qt.ItemDataRole.ToolTipRole)
            assert tip.startswith("CH4 · bus 1 / pos 2 · stuck")
            await wait_until(lambda: "1 with faults" in h.window.counts_label.text())
            await module.aclose()

    run(scenario())


def test_each_button_sends_its_command_and_shows_the_reply(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        async with window_on_server(tmp_path / "data") as h:
            module = await connect(h.port)
            w = h.window
            await select(w)
            results = w.commands.results

            button(w, "btnTimeSync").click()
            sync = await module.expect("time_ack")
            assert sync.timestamp > 1_600_000_000
            await wait_until(lambda: results["time"].text() == "time sent")

            button(w, "btnInfo").click()
            await module.expect("info")
            await wait_until(lambda: "waiting" in results["info"].text(), what="pending shown")
            assert not button(w, "btnInfo").isEnabled()  # one request of a kind at a time
            module.send(InfoAck("89860317045714788688", "113.58,22.28", (1, 2, 3)))
            await wait_until(lambda: "CCID 89860317045714788688" in results["info"].text())
            assert "1 / 2 / 3" in results["info"].text().replace("\u00a0", " ")
            assert "113.58,22.28" in results["info"].text()

            button(w, "btnVersion").click()
            await module.expect("version")
            module.send(VersionAck(IMEI, "0007", "2.1.0"))
            await wait_until(lambda: results["version"].text() == "type 0007 · version 2.1.0")

            button(w, "btnQueryMsg").click()
            await module.expect("query_msg")
            module.send(QueryMsgAck(True))
            await wait_until(lambda: "accepted" in results["query_msg"].text())

            assert w.commands.history.topLevelItemCount() == 4
            await module.aclose()

    run(scenario())


def test_a_command_without_reply_times_out(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        async with window_on_server(tmp_path / "data", request_timeout=0.3) as h:
            module = await connect(h.port)
            await select(h.window)
            button(h.window, "btnVersion").click()
            await module.expect("version")
            results = h.window.commands.results
            await wait_until(lambda: results["version"].text().startswith("timeout"))
            assert button(h.window, "btnVersion").isEnabled()
            await module.aclose()

    run(scenario())


def test_update_needs_confirmation_and_reads_the_version_back(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        async with window_on_server(tmp_path / "data") as h:
            module = await connect(h.port)
            w = h.window
            await select(w)
            button(w, "btnUpdate").click()
            box = w.commands.confirm_box
            assert isinstance(box, QMessageBox)
            assert IMEI in box.text()
            box.button(QMessageBox.StandardButton.Cancel).click()
            try:
                unexpected = await module.recv(timeout=0.4)
            except TimeoutError:
                unexpected = None
            assert unexpected is None, "rejecting the confirmation must send nothing"

            button(w, "btnUpdate").click()
            box = w.commands.confirm_box
            assert box is not None
            box.button(QMessageBox.StandardButton.Yes).click()
            await module.expect("update")
            module.send(UpdateAck(True))
            await wait_until(lambda: "upgrade mode" in w.commands.results["update"].text())
            await module.aclose()  # the module reboots into its new firmware...
            back = await connect(h.port)  # ...and comes back: the version is read back
            await back.expect("version")
            back.send(VersionAck(IMEI, "0001", "1.0.4"))

            def readback_recorded() -> bool:
                items = [w.commands.history.topLevelItem(i) for i in range(10)]
                return any(
                    i is not None and "read back" in i.text(1) and "1.0.4" in i.text(1)
                    for i in items
                )

            await wait_until(readback_recorded, what="read-back in the history")
            await back.aclose()

    run(scenario())


def test_offline_module_queues_its_command_until_it_is_back(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Issue 13: an offline module's command is queued (not disabled) and sent on reconnect."""

    async def scenario() -> None:
        async with window_on_server(tmp_path / "data") as h:
            module = await connect(h.port)
            await select(h.window)
            await module.aclose()
            info = button(h.window, "btnInfo")
            await wait_until(lambda: "offline" in info.toolTip(), what="offline tooltip")
            assert "queued" in info.toolTip() and info.isEnabled()
            info.click()
            result = h.window.findChild(QLabel, "result_info")
            await wait_until(lambda: "queued" in result.text(), what="queued result")
            queue = h.window.findChild(QTableView, "commandQueue")
            await wait_until(lambda: queue.model().rowCount() == 1, what="queue row")
            assert queue.model().index(0, 0).data() == IMEI
            assert queue.model().index(0, 4).data() == "queued"
            back = await connect(h.port)
            await back.expect("info")  # delivered on reconnect
            back.send(InfoAck("89860317045714788688", "1,2", (0, 0, 0)))
            await wait_until(lambda: queue.model().index(0, 4).data() == "ok", what="sent")
            await wait_until(lambda: "CCID" in result.text(), what="the reply shown")
            await back.aclose()

    run(scenario())


def test_alias_edit_is_persisted(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"

    async def scenario() -> None:
        async with window_on_server(data) as h:
            module = await connect(h.port)
            await wait_until(lambda: h.window.model.rowCount() == 1)
            proxy = h.window.proxy
            assert proxy.setData(proxy.index(0, Col.ALIAS), "Pump North")
            await wait_until(lambda: h.server.registry.get(IMEI).alias == "Pump North")
            await module.aclose()
        store = Store.open(data)  # reopened: the alias survived
        try:
            assert {d.imei: d.alias for d in store.devices()}[IMEI] == "Pump North"
        finally:
            await store.start()
            await store.close()

    run(scenario())


def test_settings_port_change_restarts_the_listener(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        async with window_on_server(tmp_path / "data") as h:
            w = h.window
            old = h.port
            dialog = w.open_settings()
            with socket.socket() as probe:
                probe.bind(("127.0.0.1", 0))
                free = probe.getsockname()[1]
            dialog.host.setText("127.0.0.1")
            dialog.port.setValue(free)
            dialog.accept()
            await wait_until(lambda: h.server.address and h.server.address[1] == free)
            assert h.server.address[1] != old
            await wait_until(lambda: f":{free}" in w.listen_label.text())
            module = await connect(free)  # really listening there
            await module.aclose()

            with socket.socket() as busy:  # a port in use: a message, not a crash
                busy.bind(("127.0.0.1", 0))
                busy.listen()
                taken = busy.getsockname()[1]
                await w.apply_settings(w.settings.__class__(host="127.0.0.1", port=taken))
                box = w.findChild(QMessageBox, "portErrorBox")
                assert box is not None and str(taken) in box.text()
                assert h.server.address[1] == free  # the old listener keeps running
                box.accept()

    run(scenario())


def test_curves_hold_the_samples_pushed_over_the_socket(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        async with window_on_server(tmp_path / "data") as h:
            module = await connect(h.port)
            await select(h.window)
            panel = h.window.findChild(PlotPanel, "plotPanel")
            assert panel is not None and not panel.has_data(4)
            pushed = {k: np.arange(50, dtype=np.uint16) * 7 + 1000 * k for k in (3, 4, 5)}
            module.send(make_push_msg(IMEI, 77, pushed))
            await module.expect(PushMsgAck)

            def drawn(k: int) -> object:
                return panel.frame_curves[k].getOriginalDataset()[1]

            await wait_until(lambda: all(drawn(k) is not None for k in pushed), what="drawn")
            for k, samples in pushed.items():
                np.testing.assert_array_equal(drawn(k), samples)
            assert not panel.has_data(0)  # a channel not received says so
            await module.aclose()

    run(scenario())


def test_a_storage_fault_shows_in_the_status_bar_and_clears(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Disk full (SQLite's max_page_count): no ack, the status bar says so, then recovers."""

    async def scenario() -> None:
        async with window_on_server(tmp_path / "data") as h:
            module = await connect(h.port)
            label = h.window.findChild(QLabel, "storageLabel")
            assert label is not None and not label.text()
            pages = await h.store.pragma("page_count")  # after every write queued so far
            await h.store.pragma(f"max_page_count = {pages}")
            big = {k: np.arange(1000, dtype=np.uint16) for k in range(9)}  # needs new pages
            packet = make_push_msg(IMEI, 5, big, time="2026-11-24 08:00:00")
            module.send(packet)
            await wait_until(lambda: "full" in label.text(), what="storage fault shown")
            await h.store.pragma("max_page_count = 1073741823")
            module.send(packet)  # the module resends what was not acked
            ack = await module.expect(PushMsgAck, timeout=5)
            assert isinstance(ack, PushMsgAck) and ack.packnum == 5
            await wait_until(lambda: not label.text(), what="storage fault cleared")
            assert h.store.packet_count(IMEI) == 1
            await module.aclose()

    run(scenario())
