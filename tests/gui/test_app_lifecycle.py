"""The real entry point ``gui.app.run`` in this process, stopped the ways a desktop stops it.

``QApplication.quit()`` and the session's ``commitDataRequest`` cannot be sent from
outside on this platform, so these tests run the whole program here and drive it
from Qt timers: File → Quit and its question, ``quit()``, the session ending, a
second launch (a real second process). tests/e2e/test_lifecycle.py covers signals,
the close button and the data-dir lock with the program as a child process.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import SIGNAL, QSettings, QTimer
from PySide6.QtGui import QSessionManager
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox, QPushButton

from fourgmon.cli import build_parser
from fourgmon.gui import app as gui_app
from fourgmon.gui.lifecycle import ExitWatch
from fourgmon.gui.main_window import MainWindow
from fourgmon.gui.settings_dialog import CONFIRM_QUIT_KEY
from fourgmon.store import Store
from fourgmon.store.lock import DataDirLock
from tests.gui.conftest import wait_until, window_on_server
from tests.gui.test_window import connect
from tests.processes import ROOT, accepts, alive, push_until

IMEI = "865501040783269"
STEP_MS = 50


class Driver:
    """Runs ``steps`` one after another from a Qt timer while ``run()`` runs the program.

    A step is called with the main window every STEP_MS until it returns True; a step
    that raises ends the program (window closed) and the error is raised after run().
    """

    def __init__(self, steps: list[Callable[[MainWindow], bool]], timeout_s: float = 40) -> None:
        self.steps = list(steps)
        self.error: BaseException | None = None
        self.window: MainWindow | None = None
        self.writer_pid: int | None = None
        self.port: int | None = None
        self.seen_boxes: list[str] = []
        self._ticks_left = int(timeout_s * 1000 / STEP_MS)
        self.timer = QTimer()
        self.timer.setInterval(STEP_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        if self.window is None:
            self.window = _main_window()
            if self.window is None:
                return
        for box in QApplication.topLevelWidgets():
            shown = isinstance(box, QMessageBox) and box.isVisible()
            if shown and box.objectName() not in self.seen_boxes:
                self.seen_boxes.append(box.objectName())
        self._ticks_left -= 1
        try:
            if self._ticks_left <= 0:
                raise AssertionError(f"timed out with {len(self.steps)} step(s) left")
            if self.steps and self.steps[0](self.window):
                self.steps.pop(0)
            if not self.steps:
                self.timer.stop()
        except BaseException as exc:
            self.error = exc
            self.timer.stop()
            self.window.close_for_quit()
            QApplication.quit()

    def check(self) -> None:
        self.timer.stop()
        if self.error is not None:
            raise self.error


def _main_window() -> MainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            return widget
    return None


def _args(data_dir: Path, *extra: str) -> Any:
    return build_parser().parse_args(
        ["--host", "127.0.0.1", "--port", "0", "--data-dir", str(data_dir), "--lang", "en", *extra]
    )


def listening(driver: Driver) -> Callable[[MainWindow], bool]:
    """Step: the server listens and the store's writer runs; remembers both."""

    def step(window: MainWindow) -> bool:
        if window.server.address is None or window.store.writer_pid is None:
            return False
        driver.port = window.server.address[1]
        driver.writer_pid = window.store.writer_pid
        return True

    return step


def modules_connected(count: int) -> Callable[[MainWindow], bool]:
    return lambda window: window.connected_count() >= count


def pushed(driver: Driver, acked: set[int], n: int = 100) -> Callable[[MainWindow], bool]:
    """Step: a module of ours pushes until ``n`` packets are acknowledged."""
    task: list[asyncio.Future[set[int]]] = []

    def step(window: MainWindow) -> bool:
        if not task:
            assert driver.port is not None
            task.append(asyncio.ensure_future(push_until(driver.port, IMEI, stop_after_acks=n)))
            return False
        if not task[0].done():
            return False
        acked.update(task[0].result())
        assert len(acked) >= n, f"only {len(acked)} acks"
        return True

    return step


def visible_box(name: str) -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == name and widget.isVisible():
            return widget
    return None


def _stored(data_dir: Path) -> set[int]:
    store = Store.open(data_dir)
    try:
        return {row.packnum for row in store.frames(IMEI)}
    finally:
        asyncio.run(store.close())


def assert_stopped(driver: Driver, data_dir: Path, code: int) -> None:
    """Exit 0, nothing listens any more, the writer is gone, the data dir is free again."""
    assert code == 0
    assert driver.port is not None and not accepts(driver.port)
    assert driver.writer_pid is not None and not alive(driver.writer_pid)
    DataDirLock.acquire(data_dir, "window").release()  # released
    assert ExitWatch not in {type(o) for o in QApplication.instance().children()}


def test_qapplication_quit_flushes_and_exits_0(qapp: QApplication, tmp_path: Path) -> None:
    """A dock's / the session's Quit calls QApplication.quit(): no traceback, data kept."""
    data_dir = tmp_path / "d"
    acked: set[int] = set()
    driver = Driver([])
    driver.steps = [listening(driver), pushed(driver, acked), lambda _w: qapp.quit() or True]
    code = gui_app.run(_args(data_dir))
    driver.check()
    assert_stopped(driver, data_dir, code)
    assert acked <= _stored(data_dir)


def test_session_end_stops_without_asking(qapp: QApplication, tmp_path: Path) -> None:
    """commitDataRequest with modules connected: no question, flushed, exit 0."""
    data_dir = tmp_path / "d"
    receivers: list[int] = []
    before = qapp.receivers(SIGNAL("commitDataRequest(QSessionManager&)"))

    def session_ends(_window: MainWindow) -> bool:
        receivers.append(qapp.receivers(SIGNAL("commitDataRequest(QSessionManager&)")))
        watch = qapp.findChild(ExitWatch, "exitWatch")
        manager = qapp.findChild(QSessionManager)
        assert watch is not None and manager is not None
        # What Qt calls from commitDataRequest (PySide6 cannot emit it with a manager).
        watch.on_session_end(manager)
        return True

    driver = Driver([])
    driver.steps = [listening(driver), modules_connected(2), session_ends]
    code = gui_app.run(_args(data_dir, "--demo", "2"))
    driver.check()
    assert receivers == [before + 1]  # connected while running...
    assert qapp.receivers(SIGNAL("commitDataRequest(QSessionManager&)")) == before  # ...only
    assert driver.seen_boxes == []  # nothing asked
    assert_stopped(driver, data_dir, code)


def test_file_quit_asks_while_modules_are_connected_and_can_stop_asking(
    qapp: QApplication, tmp_path: Path
) -> None:
    data_dir = tmp_path / "d"

    def quit_from_menu(window: MainWindow) -> bool:
        window.quit_action.trigger()
        return True

    def answer(check_dont_ask: bool, button: str) -> Callable[[MainWindow], bool]:
        def step(_window: MainWindow) -> bool:
            box = visible_box("quitConfirmBox")
            if box is None:
                return False
            assert box.text().startswith("2 module")  # "2 modules connected." in English
            assert "port" in box.informativeText()
            dont_ask = box.findChild(QCheckBox, "quitDontAskAgain")
            assert dont_ask is not None and not dont_ask.isChecked()
            dont_ask.setChecked(check_dont_ask)
            if button == "quit":
                target = box.findChild(QPushButton, "btnConfirmQuit")
            else:
                target = box.button(QMessageBox.StandardButton.Cancel)
            assert target is not None
            assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
            target.click()
            return True

        return step

    def still_running(window: MainWindow) -> bool:
        assert window.isVisible() and visible_box("quitConfirmBox") is None
        assert window.server.address is not None
        return True

    # Cancel: the program keeps running; a second File → Quit asks again.
    driver = Driver([])
    driver.steps = [
        listening(driver),
        modules_connected(2),
        quit_from_menu,
        answer(True, "cancel"),  # "don't ask again" ticked, but not confirmed: not kept
        still_running,
        quit_from_menu,
        answer(True, "quit"),
    ]
    code = gui_app.run(_args(data_dir, "--demo", "2"))
    driver.check()
    assert_stopped(driver, data_dir, code)
    assert QSettings().value(CONFIRM_QUIT_KEY) in (False, "false")

    # Next time: File → Quit quits at once although modules are connected.
    driver = Driver([])
    driver.steps = [listening(driver), modules_connected(2), quit_from_menu]
    code = gui_app.run(_args(data_dir, "--demo", "2"))
    driver.check()
    assert driver.seen_boxes == []
    assert_stopped(driver, data_dir, code)


def test_without_connected_modules_file_quit_does_not_ask(
    qapp: QApplication, tmp_path: Path
) -> None:
    data_dir = tmp_path / "d"
    driver = Driver([])
    driver.steps = [listening(driver), lambda w: w.quit_action.trigger() or True]
    code = gui_app.run(_args(data_dir))
    driver.check()
    assert driver.seen_boxes == []
    assert_stopped(driver, data_dir, code)


def test_a_second_launch_brings_the_running_window_to_the_front(
    qapp: QApplication, tmp_path: Path
) -> None:
    data_dir = tmp_path / "d"
    second: list[subprocess.Popen[bytes]] = []
    log = tmp_path / "second.log"

    def minimize(window: MainWindow) -> bool:
        window.showMinimized()
        return window.isMinimized()

    def launch_again(_window: MainWindow) -> bool:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "c2"))
        with open(log, "wb") as out:
            second.append(
                subprocess.Popen(
                    [sys.executable, "-m", "fourgmon", "--port", "0", "--data-dir", str(data_dir)],
                    cwd=ROOT,
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=out,
                )
            )
        return True

    def second_done(window: MainWindow) -> bool:
        if second[0].poll() is None:
            return False
        assert second[0].returncode == 0, log.read_text()
        assert not window.isMinimized() and window.isVisible()
        return True

    driver = Driver([])
    driver.steps = [
        listening(driver),
        minimize,
        launch_again,
        second_done,
        lambda w: w.close() or True,
    ]
    try:
        code = gui_app.run(_args(data_dir))
    finally:
        for proc in second:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
    driver.check()
    assert_stopped(driver, data_dir, code)
    text = log.read_text()
    assert "already running on data dir" in text and "brought its window to the front" in text
    assert "listening on" not in text  # it started no server of its own
    assert text.strip().count("\n") == 0, text  # one line


def test_demo_selects_the_first_module_that_comes_online(
    qapp: QApplication, tmp_path: Path
) -> None:
    """A first launch in demo mode shows a module's live curves, not nine empty plots."""
    data_dir = tmp_path / "d"
    picked: list[str] = []

    def live_curves(window: MainWindow) -> bool:
        imei = window.selected_imei()
        if imei is None:
            return False
        picked.append(imei)
        assert window.plot_panel.imei == imei
        return any(c.getData()[0] is not None for c in window.plot_panel.frame_curves)

    driver = Driver([])
    driver.steps = [listening(driver), live_curves, lambda w: w.close() or True]
    code = gui_app.run(_args(data_dir, "--demo", "2"))
    driver.check()
    assert picked and picked[0].isdigit()
    assert_stopped(driver, data_dir, code)


def test_the_first_module_online_does_not_replace_the_users_choice(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from fourgmon.store import AliasRecord

    known, newcomer = "865501040000001", "865501040000002"

    async def scenario() -> None:
        store = Store.open(tmp_path / "d")  # a module known from an earlier day, offline
        await store.start()
        await store.write(AliasRecord(imei=known, alias="pump house"))
        await store.close()
        async with window_on_server(tmp_path / "d") as h:
            h.window.select_first_online_module()  # as demo mode does at start
            assert h.window.select_device(known)  # the user picks before any module is up
            module = await connect(h.port, newcomer)
            await wait_until(lambda: h.window.model.row_of(newcomer) is not None)
            await asyncio.sleep(0.2)
            assert h.window.selected_imei() == known
            await module.aclose()

    run(scenario())
