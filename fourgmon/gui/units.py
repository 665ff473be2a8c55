"""The calibration and thresholds in force in the window, and the raw-counts toggle.

One :class:`Units` per window owns the :class:`CalibrationTable` and
:class:`ThresholdTable`; views (the plots, later the history panel and the export
dialog) read :meth:`Units.shown` and listen to ``changed``. Reads of the store run
on a pool thread; edits go through the store's writer, then the tables are read
back and handed to the server's alarm rules (``on_tables``).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QSettings, QThreadPool, Signal

from fourgmon.domain.calibration import CHANNELS, RAW, Calibration, CalibrationTable
from fourgmon.domain.thresholds import ThresholdTable
from fourgmon.server.alarms import os_user
from fourgmon.store.records import Record

SHOW_RAW_KEY = "plots/show_raw_counts"
TablesCallback = Callable[[CalibrationTable, ThresholdTable], None]


class _Signals(QObject):
    done = Signal(object, object)  # future, result or exception


class _Job(QRunnable):
    def __init__(self, signals: _Signals, future: asyncio.Future[Any], fn: Callable[[], Any]):
        super().__init__()
        self._signals, self._future, self._fn = signals, future, fn

    def run(self) -> None:
        try:
            result: object = self._fn()
        except Exception as exc:  # handed to the awaiting coroutine
            result = exc
        with contextlib.suppress(RuntimeError):  # the owner was deleted meanwhile
            self._signals.done.emit(self._future, result)


class Units(QObject):
    """See the module docstring. ``store``: a :class:`fourgmon.store.Store` or None."""

    changed = Signal()
    """The tables or the raw-counts toggle changed: views look their calibration up again."""

    def __init__(
        self,
        store: Any = None,
        on_tables: TablesCallback | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._on_tables = on_tables
        self.calibration = CalibrationTable()
        self.thresholds = ThresholdTable()
        self.show_raw = bool(QSettings().value(SHOW_RAW_KEY, False, type=bool))
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # reads and writes in order
        self._pool.setExpiryTimeout(-1)  # one thread for good: one read connection
        self._signals = _Signals(self)
        self._signals.done.connect(self._job_done)

    # ------------------------------------------------------------ what views read
    def shown(self, imei: str | None) -> tuple[Calibration, ...]:
        """The nine calibrations to show ``imei``'s values with (raw counts if toggled)."""
        if imei is None or self.show_raw:
            return (RAW,) * len(CHANNELS)
        return self.calibration.for_module(imei)

    def set_show_raw(self, on: bool) -> None:
        """Show raw AD counts (True) or engineering units; remembered in QSettings."""
        if on == self.show_raw:
            return
        self.show_raw = on
        QSettings().setValue(SHOW_RAW_KEY, on)
        self.changed.emit()

    def set_tables(self, calibration: CalibrationTable, thresholds: ThresholdTable) -> None:
        """New tables in force: views and the alarm rules take them."""
        if calibration == self.calibration and thresholds == self.thresholds:
            return
        self.calibration, self.thresholds = calibration, thresholds
        if self._on_tables is not None:
            self._on_tables(calibration, thresholds)
        self.changed.emit()

    # ------------------------------------------------------------ the store
    def in_pool(self, fn: Callable[[], Any]) -> asyncio.Future[Any]:
        """Run ``fn`` (a blocking store read, a file) on the pool thread; await its result."""
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._pool.start(_Job(self._signals, future, fn))
        return future

    def _job_done(self, future: asyncio.Future[Any], result: object) -> None:
        if future.done():
            return
        if isinstance(result, BaseException):
            future.set_exception(result)
        else:
            future.set_result(result)

    async def reload(self) -> None:
        """Read the tables in force from the store."""
        store = self.store
        if store is None:
            return
        calibration, thresholds = await self.in_pool(
            lambda: (store.calibration(), store.thresholds())
        )
        self.set_tables(calibration, thresholds)

    async def write(self, records: list[Record | None]) -> int:
        """Write ``records`` (None skipped) through the writer, then reload; returns how many."""
        done = 0
        for record in records:
            if record is not None:
                await self.store.write(record)
                done += 1
        if done:
            await self.reload()
        return done

    @staticmethod
    def who_and_when() -> tuple[float, str]:
        """The time and OS user an edit is stored with."""
        return time.time(), os_user()

    def wait_idle(self) -> None:
        """Block until pool jobs are done (closing)."""
        self._pool.waitForDone()
