"""Store queries off the UI thread for the history panel and the site report.

A :class:`HistoryWorker` runs a query (a callable taking a
:class:`fourgmon.store.history.CancelToken`) on a thread pool of its own. Queries
have a tag ("trend", "events", ...): a new query of a tag cancels the one before it,
whose token then stops it at its next page, and whose result (if it finishes anyway)
is dropped. Results come back on the UI thread through a queued signal.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from fourgmon.store.history import CancelToken, QueryCancelled

log = logging.getLogger(__name__)

Query = Callable[[CancelToken], Any]


class _Signals(QObject):
    finished = Signal(str, int, object, float)  # tag, generation, result or exception, seconds


class _Job(QRunnable):
    def __init__(self, signals: _Signals, tag: str, gen: int, query: Query, token: CancelToken):
        super().__init__()
        self._signals, self._tag, self._gen = signals, tag, gen
        self._query, self._token = query, token

    def run(self) -> None:
        start = time.perf_counter()
        try:
            result: object = self._query(self._token)
        except QueryCancelled as exc:
            result = exc
        except Exception as exc:  # handed to the UI thread, which shows it
            result = exc
        with contextlib.suppress(RuntimeError):  # the worker was deleted meanwhile
            self._signals.finished.emit(self._tag, self._gen, result, time.perf_counter() - start)


class HistoryWorker(QObject):
    """See the module docstring. ``done(tag, result, seconds)``; ``failed(tag, error)``."""

    done = Signal(str, object, float)
    failed = Signal(str, object)

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._signals = _Signals(self)
        self._signals.finished.connect(self._finished)
        self._gen = 0
        self._current: dict[str, tuple[int, CancelToken]] = {}

    def submit(self, tag: str, query: Query) -> CancelToken:
        """Run ``query`` on the pool; the previous query of ``tag`` is cancelled."""
        self.cancel(tag)
        self._gen += 1
        token = CancelToken()
        self._current[tag] = (self._gen, token)
        self._pool.start(_Job(self._signals, tag, self._gen, query, token))
        return token

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
        """Block until every started query has ended (tests, shutdown)."""
        return bool(self._pool.waitForDone(msecs))

    def shutdown(self) -> None:
        """Cancel everything and wait for the pool's threads to finish their page."""
        self.cancel_all()
        self._pool.waitForDone(10_000)

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
