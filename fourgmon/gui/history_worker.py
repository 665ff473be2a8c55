"""Store queries off the UI thread for the history panel and the site report.

A :class:`HistoryWorker` runs a query (a callable taking a
:class:`fourgmon.store.history.CancelToken`) on a pool of two Python threads of its
own (not a QThreadPool: Python gives a Qt pool thread a fresh thread state for every
job, so the store's per-thread read connections would be opened anew, and kept, for
every query; these threads keep theirs until :meth:`HistoryWorker.shutdown`). Queries
have a tag ("trend", "events", ...): a new query of a tag cancels the one before it,
whose token then stops it at its next page, and whose result (if it finishes anyway)
is dropped. Results are collected on the UI thread by a timer that runs while queries do.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from fourgmon.store.history import CancelToken, QueryCancelled

log = logging.getLogger(__name__)

Query = Callable[[CancelToken], Any]


_Done = tuple[str, int, object, float]  # tag, generation, result or exception, seconds
POLL_MS = 15  # how often the UI thread collects finished queries while any runs


def _run(
    results: queue.SimpleQueue[_Done], tag: str, gen: int, query: Query, token: CancelToken
) -> None:
    """A pool thread: the query; its result (or exception) into ``results``. No Qt call
    here: a Python thread that touched Qt objects becomes an adopted Qt thread, and
    their clean-up when the pool ends crashed the process now and then."""
    start = time.perf_counter()
    try:
        result: object = query(token)
    except Exception as exc:  # QueryCancelled included: handed to the UI thread
        result = exc
    results.put((tag, gen, result, time.perf_counter() - start))


class HistoryWorker(QObject):
    """See the module docstring. ``done(tag, result, seconds)``; ``failed(tag, error)``."""

    done = Signal(str, object, float)
    failed = Signal(str, object)

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(threads, thread_name_prefix="fourgmon-history")
        self._futures: set[Future[None]] = set()
        self._lock = threading.Lock()  # _futures: done callbacks run on the pool's threads
        self._closed = False
        self._results: queue.SimpleQueue[_Done] = queue.SimpleQueue()
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._collect)
        self._gen = 0
        self._current: dict[str, tuple[int, CancelToken]] = {}

    def submit(self, tag: str, query: Query) -> CancelToken:
        """Run ``query`` on the pool; the previous query of ``tag`` is cancelled."""
        self.cancel(tag)
        self._gen += 1
        token = CancelToken()
        self._current[tag] = (self._gen, token)
        if self._closed:  # shut down: nothing runs any more
            token.cancel()
            return token
        future = self._pool.submit(_run, self._results, tag, self._gen, query, token)
        with self._lock:
            self._futures.add(future)
        future.add_done_callback(self._forget)
        if not self._poll.isActive():
            self._poll.start()
        return token

    def _forget(self, future: Future[None]) -> None:
        with self._lock:
            self._futures.discard(future)

    def cancel(self, tag: str) -> None:
        old = self._current.pop(tag, None)
        if old is not None:
            old[1].cancel()

    def cancel_all(self) -> None:
        for tag in list(self._current):
            self.cancel(tag)

    def busy(self, tag: str | None = None) -> bool:
        """A query (of ``tag``, or any) is running or queued."""
        return bool(self._current) if tag is None else tag in self._current

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until every started query has ended (tests)."""
        with self._lock:
            running = list(self._futures)
        _done, left = futures_wait(running, timeout=msecs / 1000)
        return not left

    def shutdown(self) -> None:
        """Cancel everything; the threads end after their current page (joined)."""
        self._closed = True
        self.cancel_all()
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._poll.stop()

    def _collect(self) -> None:
        """The UI thread: hand on what finished; stop polling once nothing runs."""
        while True:
            try:
                done = self._results.get_nowait()
            except queue.Empty:
                break
            self._finished(*done)
        with self._lock:
            running = bool(self._futures)
        if not running and self._results.empty():
            self._poll.stop()

    def _finished(self, tag: str, gen: int, result: object, seconds: float) -> None:
        current = self._current.get(tag)
        if current is None or current[0] != gen:
            return  # cancelled or superseded: nobody wants it
        del self._current[tag]
        if isinstance(result, QueryCancelled):
            return
        if isinstance(result, Exception):
            log.warning("history query %s failed: %s", tag, result)
            self.failed.emit(tag, result)
            return
        self.done.emit(tag, result, seconds)
