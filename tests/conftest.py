"""Fixtures shared by every test package, including the no-leaks check.

Every test must leave behind no asyncio task, no thread, no socket, no open file
in the test's temp dirs, no child process (a store's writer, a served subprocess)
and no visible Qt window (as pymodbus's
``_check_system_health`` and napari's fixtures do). A test that knowingly leaks
(in code someone else is fixing) says so with ``@pytest.mark.allow_leaks("why")``.
"""

from __future__ import annotations

import asyncio
import gc
import os
import socket
import sys
import threading
import time
import weakref
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import pytest_asyncio

# Qt tests run without a display; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# How long a test's threads, tasks and sockets get to wind down after it ends.
LEAK_GRACE = 2.0


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "allow_leaks(reason): skip the no-leaks check for this test (say why)"
    )


def _open_sockets() -> list[socket.socket]:
    """Python socket objects still open."""
    return [o for o in gc.get_objects() if isinstance(o, socket.socket) and o.fileno() != -1]


def _fds_under(root: Path) -> list[str]:
    """Open file descriptors of this process pointing into ``root``."""
    if not sys.platform.startswith("linux"):
        return []
    prefix = str(root)
    out = []
    try:
        fds = os.listdir("/proc/self/fd")
    except OSError:
        return []
    for fd in fds:
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target == prefix or target.startswith(prefix + os.sep):
            out.append(target)
    return out


def _child_processes() -> set[int]:
    """This process's child processes (Linux; empty elsewhere)."""
    kids: set[int] = set()
    try:
        for task in os.listdir("/proc/self/task"):
            with open(f"/proc/self/task/{task}/children") as fh:
                kids.update(int(pid) for pid in fh.read().split())
    except OSError:
        pass
    return kids


def _visible_windows() -> list[str]:
    """Top-level Qt widgets still shown (only if the test run imported Qt)."""
    if "PySide6.QtWidgets" not in sys.modules:
        return []
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return []
    return [
        f"{type(w).__name__}({w.objectName()!r})" for w in app.topLevelWidgets() if w.isVisible()
    ]


def _wait_for(check: object, grace: float) -> object:
    """Call ``check()`` until it returns something empty or ``grace`` seconds pass."""
    deadline = time.monotonic() + grace
    while True:
        left = check()  # type: ignore[operator]
        if not left or time.monotonic() >= deadline:
            return left
        time.sleep(0.02)


@pytest_asyncio.fixture
async def _no_leaked_tasks() -> AsyncIterator[None]:
    """Fails an async test whose tasks outlive it (torn down on the test's own loop)."""
    yield
    me = asyncio.current_task()
    loop = asyncio.get_running_loop()
    deadline = loop.time() + LEAK_GRACE
    while True:
        left = [t for t in asyncio.all_tasks() if t is not me and not t.done()]
        if not left or loop.time() >= deadline:
            break
        await asyncio.sleep(0.02)
    if left:
        for task in left:
            task.cancel()
        pytest.fail(f"test left {len(left)} asyncio task(s) running: {left[:5]}", pytrace=False)


@pytest.fixture(autouse=True)
def _no_leaks(request: pytest.FixtureRequest) -> None:
    """Adds the task check to async tests (the rest is checked by the hooks below)."""
    if request.node.get_closest_marker("allow_leaks") is None and pytest_asyncio.is_async_test(
        request.node
    ):
        request.getfixturevalue("_no_leaked_tasks")


@dataclass
class _Baseline:
    threads: set[threading.Thread]
    sockets: weakref.WeakSet[socket.socket]
    files: set[str]
    children: set[int]


_BASELINE = pytest.StashKey[_Baseline]()
_TMP_ROOT = pytest.StashKey[Path]()


@pytest.fixture(scope="session", autouse=True)
def _tmp_root(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Where every test's tmp_path lives: files open there after a test are leaks."""
    request.config.stash[_TMP_ROOT] = tmp_path_factory.getbasetemp()


def _files_in_tmp(config: pytest.Config) -> list[str]:
    root = config.stash.get(_TMP_ROOT, None)
    return [] if root is None else _fds_under(root)


def _checked(item: pytest.Item) -> bool:
    return item.get_closest_marker("allow_leaks") is None


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[None]:
    if _checked(item):
        item.stash[_BASELINE] = _Baseline(
            set(threading.enumerate()),
            weakref.WeakSet(_open_sockets()),
            set(_files_in_tmp(item.config)),
            _child_processes(),
        )
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    # After every fixture is finalized (the test's event loop and its executor too).
    result = yield
    baseline = item.stash.get(_BASELINE, None)
    if baseline is not None:
        problems = _leaks_since(baseline, item.config)
        if problems:
            pytest.fail("leaks: " + "; ".join(problems), pytrace=False)
    return result


def _leaks_since(before: _Baseline, config: pytest.Config) -> list[str]:
    """What was opened or started since ``before`` and is still there after a grace period."""
    problems: list[str] = []

    def new_threads() -> list[threading.Thread]:
        # Threads Qt starts and that call into Python show up as _DummyThread, which never
        # ends in threading's view; they are Qt's to manage, not ours.
        return [
            t
            for t in threading.enumerate()
            if t not in before.threads and t.is_alive() and type(t).__name__ != "_DummyThread"
        ]

    threads = _wait_for(new_threads, LEAK_GRACE)
    if threads:
        problems.append(f"threads still running: {threads}")

    def new_sockets() -> list[str]:
        return [repr(s) for s in _open_sockets() if s not in before.sockets]

    if new_sockets():
        gc.collect()  # a socket dropped without close() is closed by its finalizer
        sockets = _wait_for(new_sockets, LEAK_GRACE)
        if sockets:
            problems.append(f"sockets still open: {sockets[:5]}")

    def new_files() -> list[str]:
        return [f for f in _files_in_tmp(config) if f not in before.files]

    files = new_files()
    if files:
        gc.collect()  # e.g. a sqlite3 connection in a reference cycle, closed when collected
        files = new_files()
    if files:
        problems.append(f"files still open: {sorted(set(files))[:5]}")
    children = _wait_for(lambda: sorted(_child_processes() - before.children), LEAK_GRACE)
    if children:
        problems.append(f"child processes still there: {children}")
    windows = _visible_windows()
    if windows:
        problems.append(f"windows still shown: {windows}")
    return problems
