"""The window's entry point: QApplication, translators, qasync loop, store, server, demo fleet.

``run(args)`` is what ``fourgmon`` (no subcommand) calls; ``build_window`` in
``main_window`` is the path tests use without running the whole program.

Start: take the data dir's lock (a second launch on it brings the running window to
the front and exits 0), open the store, show the window, start the server.
Stop (:mod:`fourgmon.gui.lifecycle` lists every way out): hide the window, stop
accepting, flush the store, stop its writer process, release the lock, exit 0.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import io
import logging
import sys
import time
from collections.abc import Awaitable
from pathlib import Path
from typing import Any

import qasync
from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from fourgmon.gui import collector
from fourgmon.gui.i18n import LanguageManager, resource_path
from fourgmon.gui.lifecycle import ExitWatch
from fourgmon.gui.main_window import MainWindow, build_window
from fourgmon.gui.settings_dialog import AppSettings, load_settings
from fourgmon.gui.settings_fleet import fleet_config
from fourgmon.gui.single_instance import (
    OK,
    STOPPING,
    InstanceServer,
    ask_running_instance,
    instance_name,
)
from fourgmon.gui.theme import apply_theme
from fourgmon.paths import default_data_dir
from fourgmon.server.config import (
    ServerConfig,
)
from fourgmon.server.server import Server
from fourgmon.store import Store, StoreError
from fourgmon.store.lock import DataDirInUse, DataDirLock

APP_NAME = "fourgmon"
ORG_NAME = "fourgmon"
DEMO_HOST = "127.0.0.1"
# How long a launch waits for a window that is still stopping on the same data dir.
WAIT_FOR_STOPPING_S = 60.0
# Qt's loop stopped before the shutdown finished (QApplication.quit()/exit(), a lost
# display): drive its events by hand for at most this long to let the shutdown finish
# (the store gives its writer up to 60 s).
FINISH_WITHIN_S = 90.0


def make_application() -> QApplication:
    """The QApplication (created once), named for QSettings, with the window icon."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName("fourgmon")
    app.setWindowIcon(QIcon(str(resource_path("icons", "fourgmon.svg"))))
    app.setQuitOnLastWindowClosed(False)  # the coroutine in run() ends the program
    collector.install(app)  # cyclic garbage collection on this thread only
    return app


log = logging.getLogger("fourgmon.window")
SLOW_STEP = 10.0  # s: a shutdown step this slow is logged, with what every task awaits


async def _step(what: str, step: Awaitable[None]) -> None:
    """Await one shutdown step; if it takes over SLOW_STEP, say which and dump the tasks
    (a stop that never ends is otherwise a silent, frozen process)."""
    loop = asyncio.get_running_loop()

    def slow() -> None:
        log.warning("stopping: still waiting for %s after %.0f s", what, SLOW_STEP)
        for task in asyncio.all_tasks(loop):
            out = io.StringIO()
            task.print_stack(limit=8, file=out)
            log.warning("task %s:\n%s", task.get_name(), out.getvalue())

    timer = loop.call_later(SLOW_STEP, slow)
    try:
        await step
    finally:
        timer.cancel()


def effective_settings(args: Any, persisted: AppSettings) -> AppSettings:
    """Persisted settings, overridden by every option given on the command line.

    In window mode the CLI leaves an omitted option unset (not filled with its
    default), so an explicit ``--port 51609`` still wins over a saved port.
    """

    def given(name: str) -> Any:
        return getattr(args, name, None)

    allow = given("allow_imei")
    # replace(): everything the command line cannot set (alarms, storage limits, ...)
    # stays as saved, so that Settings shows and keeps it.
    return dataclasses.replace(
        persisted,
        host=given("host") if given("host") is not None else persisted.host,
        port=given("port") if given("port") is not None else persisted.port,
        heartbeat_timeout=(
            given("heartbeat_timeout")
            if given("heartbeat_timeout") is not None
            else persisted.heartbeat_timeout
        ),
        reply_terminator=b"\r\n" if given("reply_crlf") else persisted.reply_terminator,
        data_dir=str(given("data_dir")) if given("data_dir") else persisted.data_dir,
        allow_imeis=tuple(allow) if allow else persisted.allow_imeis,
        max_connections=(
            given("max_connections")
            if given("max_connections") is not None
            else persisted.max_connections
        ),
    )


def server_config(settings: AppSettings, args: Any) -> ServerConfig:
    """The server's config: the settings plus the rate limits given on the command line."""
    limits = {
        name: getattr(args, name)
        for name in ("max_connect_rate", "max_message_rate", "max_byte_rate")
        if getattr(args, name, None) is not None
    }
    return ServerConfig(
        host=settings.host,
        port=settings.port,
        heartbeat_timeout=settings.heartbeat_timeout,
        reply_terminator=settings.reply_terminator,
        allow_imeis=frozenset(settings.allow_imeis) or None,
        max_connections=settings.max_connections,
        alarm_rules=settings.alarm_rules(),
        **fleet_config(settings),
        **limits,
    )


def say(message: str) -> None:
    """One line on stderr (the window's log when started from a terminal)."""
    print(f"fourgmon: {message}", file=sys.stderr, flush=True)


def run(args: Any) -> int:
    """Open the window with the server on one qasync loop; returns the exit status."""
    app = make_application()
    languages = LanguageManager(app)
    languages.set_language(languages.initial_language(getattr(args, "lang", None)))
    apply_theme(app, str(QSettings().value("ui/theme", "system")))
    settings = effective_settings(args, load_settings())
    data_dir = Path(settings.data_dir) if settings.data_dir else default_data_dir()
    lock = _take_data_dir(app, data_dir)
    if isinstance(lock, int):
        return lock
    instance = InstanceServer(instance_name(data_dir))
    try:
        if not instance.listen():  # still the only one (the lock says so): go on
            say(f"cannot listen for a second launch ({instance.error}); continuing")
        try:
            store = Store.open(data_dir, disk=settings.storage.disk_limits(args))
        except StoreError as exc:
            return _startup_error(app, str(exc))
        return _run_loop(app, args, store, settings, languages, instance)
    finally:
        instance.close()
        instance.deleteLater()
        lock.release()


def _run_loop(
    app: QApplication,
    args: Any,
    store: Store,
    settings: AppSettings,
    languages: LanguageManager,
    instance: InstanceServer,
) -> int:
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    exits = ExitWatch(app, loop)
    try:
        main = loop.create_task(_main(args, store, settings, languages, exits, instance))
        main.add_done_callback(lambda _task: loop.stop())
        # run_forever, not run_until_complete: when Qt's loop stops by itself, the latter
        # runs the pending callbacks once more *outside* a running loop, which breaks
        # the shutdown they belong to.
        loop.run_forever()
        if not main.done():
            # Qt's loop stopped under us: QApplication.quit() (it closed the window
            # first), QCoreApplication.exit(), or the display went away.
            exits.request("Qt stopped its event loop (quit(), or the display went away)")
            _finish_by_hand(app, loop, main)
        if not main.done():
            say("could not finish stopping in time")
            main.cancel()
            return 1
        return int(main.result())
    except StoreError as exc:
        print(f"fourgmon: error: {exc}", file=sys.stderr)
        return 1
    finally:
        exits.uninstall()
        with contextlib.suppress(Exception):
            loop.close()
        asyncio.set_event_loop(None)


def _finish_by_hand(app: QApplication, loop: asyncio.AbstractEventLoop, main: Any) -> None:
    """Drive Qt's events (and so the asyncio loop) until ``main`` is done.

    Not exec() again: with the display gone, Qt ends every exec() at once.
    """
    tick = QTimer()  # bounds each wait below, so that the deadline is seen
    tick.start(100)
    dispatcher = app.eventDispatcher()
    deadline = time.monotonic() + FINISH_WITHIN_S
    asyncio._set_running_loop(loop)  # what run_forever does; the tasks need it
    try:
        while not main.done() and time.monotonic() < deadline:
            dispatcher.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        asyncio._set_running_loop(None)
        tick.stop()


def _take_data_dir(app: QApplication, data_dir: Path) -> DataDirLock | int:
    """The data dir's lock, or the exit status when another fourgmon has it.

    A window there is asked to come to the front (exit 0); one that is stopping is
    waited for; ``fourgmon serve`` there is an error (exit 1).
    """
    deadline = time.monotonic() + WAIT_FOR_STOPPING_S
    while True:
        try:
            return DataDirLock.acquire(data_dir, "window")
        except DataDirInUse as busy:
            holder = busy.holder
            if holder is not None and holder.kind != "window":
                return _startup_error(app, str(busy), busy=True)
            answer = ask_running_instance(instance_name(data_dir))
            if answer == OK:
                who = f" (pid {holder.pid})" if holder is not None else ""
                say(f"already running on data dir {data_dir}{who}; brought its window to the front")
                return 0
            if answer != STOPPING or time.monotonic() >= deadline:
                return _startup_error(app, str(busy), busy=True)
            say(f"waiting for the fourgmon on data dir {data_dir} to finish stopping")
            time.sleep(0.5)
        except StoreError as exc:
            return _startup_error(app, str(exc))


def _startup_error(app: QApplication, message: str, *, busy: bool = False) -> int:
    """One line on stderr and, for a double-clicked launch, a message box; exit status 1."""
    print(f"fourgmon: error: {message}", file=sys.stderr)
    if app.platformName() not in ("offscreen", "minimal"):  # someone may be looking
        text = message
        if busy:
            text += "\n\n" + QCoreApplication.translate(
                "app",
                "Only one fourgmon may use a data folder. Stop the other one first, or "
                "start this one with another data folder (--data-dir).",
            )
        QMessageBox.critical(None, "fourgmon", text)  # no loop yet: exec() is fine here
    return 1


async def _main(
    args: Any,
    store: Store,
    settings: AppSettings,
    languages: LanguageManager,
    exits: ExitWatch,
    instance: InstanceServer | None = None,
) -> int:
    # The store's writer process starts (~0.2 s) while the window is built and shown.
    starting = asyncio.ensure_future(store.start())
    try:
        server = Server(server_config(settings, args), store)
        window: MainWindow = build_window(server, store, languages, settings)
    except BaseException:
        await asyncio.gather(starting, return_exceptions=True)
        await store.close()
        raise
    # The window goes away at once; the flush below may take a moment.
    exits.on_request.append(window.close_for_quit)
    window.closed.connect(lambda: exits.request("its window was closed"))
    if instance is not None:
        instance.activate_requested.connect(window.bring_to_front)
        instance.activate_requested.connect(
            lambda: say("another launch on this data dir: bringing the window to the front")
        )
    exits.install()
    fleet = None
    try:
        window.show()
        exits.watch_window(window)
        await starting
        try:
            await server.start()
        except OSError as exc:
            reason = exc.strerror or str(exc)
            window.listen_error = reason
            window.show_port_error(settings.host, settings.port, reason)
            say(f"cannot listen on {settings.host}:{settings.port}: {reason}")
        else:
            assert server.address is not None
            host, port = server.address
            say(f"listening on {host}:{port}; data in {store.path.parent}")
        await window.bridge_control.apply(settings.bridge)
        demo = getattr(args, "demo", None)
        if demo and server.address is not None:
            from fourgmon.sim.fleet import Fleet

            window.select_first_online_module()
            fleet = Fleet(DEMO_HOST, server.address[1], demo, faults=True)
            await fleet.start()
        quit_after = getattr(args, "quit_after", None)
        if quit_after:
            asyncio.get_running_loop().call_later(
                quit_after, exits.request, f"--quit-after {quit_after:g}"
            )
        say(f"stopping: {await exits.wait()}")
    finally:
        if instance is not None:
            instance.stopping = True  # a launch from now on waits for the lock
        exits.request("stopping")  # when an exception got here: hide the window too
        window.shutdown()
        # before the server: its goodbye names modules
        await _step("the MQTT bridge", window.bridge_control.stop())
        # The server first: it closes the demo modules' sessions as a shutdown, which raises
        # no alarm; stopping the fleet first stored an "offline" alarm per demo module.
        await _step("the server", server.stop())
        if fleet is not None:
            await _step("the demo modules", fleet.stop())
        await _step("the store", store.close())
    say("stopped cleanly")
    return 0
