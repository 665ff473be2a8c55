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
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from fourgmon.gui import collector
from tests.gui.conftest import settle, wait_until, window_on_server

ALLOCATIONS = 100_000  # cycles a worker makes: many times gen 0's threshold


def _allocate(n: int = ALLOCATIONS) -> None:
    """A worker thread's work: garbage in reference cycles, which only a collection
    frees (so the collector's counts keep growing)."""
    for _ in range(n):
        junk: list[object] = []
        junk.append(junk)


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


def _drop_a_running_timer(destroyed: list[str]) -> None:
    """A running QTimer that only a reference cycle holds (as pyqtgraph's SignalProxy
    and qasync's timers are held): only the collector frees it. ``destroyed`` gets
    the name of the thread that destroys it."""
    timer = QTimer()
    timer.start(60_000)
    timer.cycle = timer  # type: ignore[attr-defined]
    timer.destroyed.connect(
        lambda *_: destroyed.append(threading.current_thread().name),
        Qt.ConnectionType.DirectConnection,
    )


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


def test_the_gui_thread_collects_what_is_dropped(
    qapp: QApplication, run: Any, tmp_path: Path, collections: list[str]
) -> None:
    """A dropped window and a running timer in a cycle are freed, on the GUI thread,
    while a worker allocates (low thresholds: a full collection within a few ticks)."""
    installed = collector.install(qapp)
    old = installed.threshold
    installed.threshold = (100, 1, 1)
    destroyed: list[str] = []
    try:

        async def scenario() -> None:
            async with window_on_server(tmp_path / "data"):
                await settle()
            _drop_a_running_timer(destroyed)
            with Churn():
                await wait_until(lambda: destroyed, 20, "the collection")

        run(scenario())
    finally:
        installed.threshold = old
    assert destroyed == ["MainThread"]
    assert set(collections) == {"MainThread"}


def test_handing_collection_back_leaves_no_qt_garbage_for_another_thread(
    qapp: QApplication, collections: list[str]
) -> None:
    """After stop() Python collects automatically again, in any thread: the Qt garbage
    dropped before must already be gone (the suite crashed in the packaging tests'
    store threads, after the GUI package handed collection back)."""
    installed = collector.install(qapp)
    destroyed: list[str] = []
    _drop_a_running_timer(destroyed)
    try:
        installed.stop()
        assert destroyed == ["MainThread"]
        with Churn():  # automatic collections in the worker now: nothing of Qt's left
            time.sleep(0.2)
        assert destroyed == ["MainThread"]
    finally:
        installed.start()


def test_the_program_installs_one_collector(qapp: QApplication) -> None:
    from fourgmon.gui.app import make_application

    app = make_application()
    assert app is qapp
    assert not gc.isenabled()
    assert len(app.findChildren(collector.GuiCollector)) == 1
    assert collector.install(app) is app.findChild(collector.GuiCollector)
