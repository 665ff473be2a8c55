"""The window's entry point: QApplication, translators, qasync loop, store, server, demo fleet.

``run(args)`` is what ``fourgmon`` (no subcommand) calls; ``build_window`` in
``main_window`` is the path tests use without running the whole program.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
from pathlib import Path
from typing import Any

import qasync
from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from fourgmon.gui.i18n import LanguageManager, resource_path
from fourgmon.gui.main_window import MainWindow, build_window
from fourgmon.gui.settings_dialog import AppSettings, load_settings
from fourgmon.gui.theme import apply_theme
from fourgmon.paths import default_data_dir
from fourgmon.server.config import (
    ServerConfig,
)
from fourgmon.server.server import Server
from fourgmon.store import DiskLimits, Store, StoreError

APP_NAME = "fourgmon"
ORG_NAME = "fourgmon"
DEMO_HOST = "127.0.0.1"


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
    return app


def effective_settings(args: Any, persisted: AppSettings) -> AppSettings:
    """Persisted settings, overridden by every option given on the command line.

    In window mode the CLI leaves an omitted option unset (not filled with its
    default), so an explicit ``--port 51609`` still wins over a saved port.
    """

    def given(name: str) -> Any:
        return getattr(args, name, None)

    allow = given("allow_imei")
    return AppSettings(
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
        **limits,
    )


def disk_limits(args: Any) -> DiskLimits:
    """The free-space thresholds given on the command line (the defaults otherwise)."""
    default = DiskLimits()
    return DiskLimits(
        getattr(args, "disk_warn", default.warn_bytes),
        getattr(args, "disk_warn_percent", default.warn_percent),
        getattr(args, "disk_reserve", default.reserve_bytes),
    )


def run(args: Any) -> int:
    """Open the window with the server on one qasync loop; returns the exit status."""
    app = make_application()
    languages = LanguageManager(app)
    languages.set_language(languages.initial_language(getattr(args, "lang", None)))
    apply_theme(app, str(QSettings().value("ui/theme", "system")))
    settings = effective_settings(args, load_settings())
    data_dir = Path(settings.data_dir) if settings.data_dir else default_data_dir()
    try:
        store = Store.open(data_dir, disk=disk_limits(args))
    except StoreError as exc:
        print(f"fourgmon: error: {exc}", file=sys.stderr)
        QMessageBox.critical(None, "fourgmon", str(exc))  # no loop yet: exec() is fine here
        return 1
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        return loop.run_until_complete(_main(args, store, settings, languages))
    except StoreError as exc:
        print(f"fourgmon: error: {exc}", file=sys.stderr)
        return 1
    finally:
        with contextlib.suppress(Exception):
            loop.close()
        asyncio.set_event_loop(None)


async def _main(args: Any, store: Store, settings: AppSettings, languages: LanguageManager) -> int:
    # The store's writer process starts (~0.2 s) while the window is built and shown.
    starting = asyncio.ensure_future(store.start())
    try:
        server = Server(server_config(settings, args), store)
        window: MainWindow = build_window(server, store, languages, settings)
    except BaseException:
        await asyncio.gather(starting, return_exceptions=True)
        await store.close()
        raise
    closed = asyncio.Event()
    window.closed.connect(closed.set)
    with contextlib.suppress(ValueError, AttributeError):  # not the main thread / no SIGINT
        signal.signal(signal.SIGINT, lambda *_: window.close())
    fleet = None
    try:
        window.show()
        await starting
        try:
            await server.start()
        except OSError as exc:
            reason = exc.strerror or str(exc)
            window.listen_error = reason
            window.show_port_error(settings.host, settings.port, reason)
        demo = getattr(args, "demo", None)
        if demo and server.address is not None:
            from fourgmon.sim.fleet import Fleet

            fleet = Fleet(DEMO_HOST, server.address[1], demo, faults=True)
            await fleet.start()
        quit_after = getattr(args, "quit_after", None)
        if quit_after:
            asyncio.get_running_loop().call_later(quit_after, window.close)
        await closed.wait()
    finally:
        window.shutdown()
        if fleet is not None:
            await fleet.stop()
        await server.stop()
        await store.close()
    return 0
