"""GUI test fixtures: isolated QSettings, a qasync loop, a window on a real server."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

SCENARIO_TIMEOUT = 30.0


@pytest.fixture(scope="package", autouse=True)
def _gui_collector(qapp: QApplication) -> Iterator[None]:
    """As the program does (gui.app.make_application): cyclic garbage collection on the
    GUI thread only, never in the store's or the workers' threads. Python's own
    collector again for the packages after this one (they run no Qt loop)."""
    from fourgmon.gui import collector

    guard = collector.install(qapp)
    yield
    guard.stop()


@pytest.fixture(autouse=True)
def isolated_settings(qapp: QApplication, tmp_path: Path) -> Iterator[Path]:
    """Every test gets its own QSettings folder and names (never the user's real settings)."""
    folder = tmp_path / "qsettings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    qapp.setOrganizationName("fourgmon-test")
    qapp.setApplicationName(f"fourgmon-test-{tmp_path.name}")
    yield folder


@pytest.fixture
def aloop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    """A qasync loop on the test's QApplication."""
    qapp.setQuitOnLastWindowClosed(False)  # closing a test window must not stop the loop
    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    reentered: list[str] = []

    def handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if isinstance(exc, RuntimeError) and "Cannot enter into task" in str(exc):
            # A nested Qt loop inside a coroutine (see settle()): the lost step can hang the
            # test, so stop the loop here and fail the test at teardown with the reason.
            reentered.append(str(exc))
            loop.stop()
        loop.default_exception_handler(context)

    loop.set_exception_handler(handler)
    yield loop
    with contextlib.suppress(Exception):
        loop.close()
    asyncio.set_event_loop(None)
    assert not reentered, f"a task was stepped re-entrantly: {reentered[0]}"


@pytest.fixture
def run(
    aloop: qasync.QEventLoop,
) -> Callable[[Coroutine[Any, Any, Any]], Any]:
    """run(scenario()) -> its result, within SCENARIO_TIMEOUT seconds."""

    def _run(coro: Coroutine[Any, Any, Any], timeout: float = SCENARIO_TIMEOUT) -> Any:
        return aloop.run_until_complete(asyncio.wait_for(coro, timeout))

    return _run


async def settle(rounds: int = 3) -> None:
    """From inside a coroutine: let Qt deliver what is posted (LanguageChange, layouts, paints).

    Never ``QApplication.processEvents()`` there: under qasync it runs other tasks' steps
    re-entrantly ("Cannot enter into task ... while another task is being executed"), and
    a task whose step is lost that way never runs again -- the server's accept loop, so
    ``server.stop()`` then waited for it forever.
    """
    for _ in range(rounds):
        await asyncio.sleep(0.01)


async def wait_until(
    condition: Callable[[], object], timeout: float = 5.0, what: str = "condition"
) -> None:
    """Poll ``condition`` while the loop (and Qt) keep running."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


@dataclass
class Harness:
    """A started store + server on 127.0.0.1 and the window over them."""

    server: Any
    store: Any
    window: Any
    data_dir: Path

    @property
    def port(self) -> int:
        assert self.server.address is not None
        return int(self.server.address[1])


@contextlib.asynccontextmanager
async def window_on_server(
    data_dir: Path,
    languages: Any = None,
    request_timeout: float = 3.0,
    size: tuple[int, int] | None = None,
) -> AsyncIterator[Harness]:
    """Real Store in ``data_dir``, real Server on a free loopback port, the window.

    ``size``: the window is resized to it once shown (e.g. 1024x700, a laptop at 150 %).
    """
    from fourgmon.gui.main_window import build_window
    from fourgmon.server.config import ServerConfig
    from fourgmon.server.server import Server
    from fourgmon.store import Store

    store = Store.open(data_dir)
    await store.start()
    server = Server(ServerConfig(host="127.0.0.1", port=0, request_timeout=request_timeout), store)
    await server.start()
    window = build_window(server, store, languages)
    window.show()
    if size is not None:
        window.resize(*size)
        await settle()
    try:
        yield Harness(server, store, window, data_dir)
    finally:
        window.close()
        window.deleteLater()
        await server.stop()
        await store.close()
