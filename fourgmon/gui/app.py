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
from fourgmon.server.config import (
    DEFAULT_HEARTBEAT_TIMEOUT,
    DEFAULT_HOST,
    DEFAULT_PORT,
    ServerConfig,
)
from fourgmon.server.server import Server
from fourgmon.store import Store, StoreError

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
    """Persisted settings, overridden by command-line values that differ from the defaults.

    The CLI always fills in its defaults, so a default value cannot be told from
    an omitted option; only a deliberate different value overrides Settings.
    """
    host = getattr(args, "host", None)
    port = getattr(args, "port", None)
    heartbeat = getattr(args, "heartbeat_timeout", None)
    data_dir = getattr(args, "data_dir", None)
    crlf = b"\r\n"
    return AppSettings(
        host=host if host not in (None, DEFAULT_HOST) else persisted.host,
        port=port if port not in (None, DEFAULT_PORT) else persisted.port,
        heartbeat_timeout=(
            heartbeat
            if heartbeat not in (None, DEFAULT_HEARTBEAT_TIMEOUT)
            else persisted.heartbeat_timeout
        ),
        reply_terminator=crlf if getattr(args, "reply_crlf", False) else persisted.reply_terminator,
        data_dir=str(data_dir) if data_dir else persisted.data_dir,
    )


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("fourgmon", appauthor=False))


def server_config(settings: AppSettings, args: Any) -> ServerConfig:
    allow = getattr(args, "allow_imei", None)
    return ServerConfig(
        host=settings.host,
        port=settings.port,
        heartbeat_timeout=settings.heartbeat_timeout,
        reply_terminator=settings.reply_terminator,
        allow_imeis=frozenset(allow) if allow else None,
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
        store = Store.open(data_dir)
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
    await store.start()
    server = Server(server_config(settings, args), store)
    window: MainWindow = build_window(server, store, languages, settings)
    closed = asyncio.Event()
    window.closed.connect(closed.set)
    with contextlib.suppress(ValueError, AttributeError):  # not the main thread / no SIGINT
        signal.signal(signal.SIGINT, lambda *_: window.close())
    fleet = None
    try:
        window.show()
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
