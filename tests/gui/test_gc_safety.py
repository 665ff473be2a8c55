"""Garbage collection never destroys Qt objects off the GUI thread (gui/collector.py).

Python runs a collection in whichever thread allocates past a threshold. In the
window that is the store's sender/receiver threads, the history queries and the
export: a collection there destroyed the Qt objects in the cycles of dropped windows
(pyqtgraph's WidgetGroup, SignalProxy, timers) on that thread, and the GUI thread
then crashed in ``QTimerInfoList::activateTimers`` on a freed timer. These tests
drop real windows while a real Python thread allocates.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from fourgmon.gui import collector
from tests.gui.conftest import settle, wait_until, window_on_server

ALLOCATIONS = 300_000  # container objects a worker makes: many times gen 0's threshold


def _allocate(n: int = ALLOCATIONS) -> None:
    """A worker thread's work: container objects, each tracked by the collector."""
    junk: list[list[None]] = []
    for _ in range(n):
        junk.append([None])
        if len(junk) > 1000:
            junk.clear()


class Churn:
    """A Python thread that allocates until stopped (as the store's threads do)."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="allocating-worker")

    def _run(self) -> None:
        while not self._stop.is_set():
            _allocate(20_000)
            time.sleep(0.001)

    def __enter__(self) -> Churn:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


@pytest.fixture
def collections() -> Iterator[list[str]]:
    """The thread of every collection that starts while the test runs."""
    seen: list[str] = []

    def note(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(threading.current_thread().name)

    gc.callbacks.append(note)
    yield seen
    gc.callbacks.remove(note)


def _watch_owned_qobjects(window: Any, destroyed: list[str]) -> int:
    """Note the thread that destroys each QObject Python owns in the window's history
    plots (pyqtgraph's WidgetGroups: no Qt parent deletes them, only the collector once
    the window is dropped); how many."""
    groups: list[QObject] = [plot.stateGroup for plot in window.history_panel.plots.plots]
    assert groups and all(shiboken6.ownedByPython(g) for g in groups)
    for group in groups:
        group.destroyed.connect(
            lambda *_: destroyed.append(threading.current_thread().name),
            Qt.ConnectionType.DirectConnection,
        )
    return len(groups)


def test_a_worker_thread_that_allocates_never_collects(
    run: Any, tmp_path: Path, collections: list[str]
) -> None:
    assert not gc.isenabled(), "the GUI collector is not installed"
    worker = threading.Thread(target=_allocate, name="allocating-worker")
    worker.start()

    async def scenario() -> None:
        async with window_on_server(tmp_path / "data"):
            await settle()
        await wait_until(lambda: not worker.is_alive(), timeout=30, what="the worker")
        await settle()

    run(scenario())
    worker.join()
    assert "allocating-worker" not in collections


def test_the_gui_thread_collects_what_dropped_windows_leave(
    qapp: QApplication, run: Any, tmp_path: Path, collections: list[str]
) -> None:
    """The Qt objects of a dropped window are destroyed, on the GUI thread, while a
    worker allocates (low thresholds: a full collection within a few ticks)."""
    installed = collector.install(qapp)
    installed.stop()
    old = gc.get_threshold()
    gc.set_threshold(100, 1, 1)
    quick = collector.GuiCollector(qapp, interval_ms=20)
    destroyed: list[str] = []
    watched: list[int] = []
    try:

        async def scenario() -> None:
            async with window_on_server(tmp_path / "data") as h:
                await settle()
                watched.append(_watch_owned_qobjects(h.window, destroyed))
            del h  # dropped: only cycles hold it now
            with Churn():
                await wait_until(lambda: len(destroyed) == watched[0], 20, "the collection")

        run(scenario())
    finally:
        quick.stop()
        ran = quick.collections
        shiboken6.delete(quick)
        gc.set_threshold(*old)
        installed.start()
    assert destroyed == ["MainThread"] * watched[0]
    assert ran > 0
    assert set(collections) == {"MainThread"}


def test_the_program_installs_one_collector(qapp: QApplication) -> None:
    from fourgmon.gui.app import make_application

    app = make_application()
    assert app is qapp
    assert not gc.isenabled()
    assert len(app.findChildren(collector.GuiCollector)) == 1
    assert collector.install(app) is app.findChild(collector.GuiCollector)
