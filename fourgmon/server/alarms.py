"""The server's alarms: the domain's rules fed from the event bus, stored, logged, published.

Every domain change published by the server goes to :class:`~fourgmon.domain.alarms.AlarmBook`;
what it returns (raised / acknowledged / cleared) is logged (one line each), written
to the alarms table (in one worker thread: never on the loop) and published on the
same bus for the window and, later, the bridge. Open alarms, the calibration and the
thresholds are loaded at start-up; :meth:`AlarmService.set_units` takes new ones.
"""

from __future__ import annotations

import asyncio
import getpass
import logging
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

from fourgmon.domain.alarms import (
    Alarm,
    AlarmAcked,
    AlarmBook,
    AlarmEvent,
    AlarmRaised,
    AlarmRules,
)
from fourgmon.domain.calibration import CalibrationTable
from fourgmon.domain.changes import Event
from fourgmon.domain.thresholds import ThresholdTable
from fourgmon.store.alarms import AlarmLog

log = logging.getLogger("fourgmon.alarms")
Key = tuple[str, str, "int | None"]
Units = tuple[CalibrationTable, ThresholdTable]


def os_user() -> str:
    """Who acknowledges: the OS user name."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "unknown"


def log_line(event: AlarmEvent) -> str:
    """One line per raise / ack / clear."""
    a = event.alarm
    channel = "" if a.channel is None else f" CH{a.channel + 1}"
    if isinstance(event, AlarmRaised):
        again = f" (again, {a.count} times)" if a.count > 1 else ""
        return f"alarm raised: {a.imei} {a.kind}{channel} [{a.severity}]{again}: {a.detail}"
    if isinstance(event, AlarmAcked):
        return f"alarm acknowledged: {a.imei} {a.kind}{channel} by {a.acked_by}"
    lasted = (a.cleared_at or a.raised_at) - a.raised_at
    return f"alarm cleared: {a.imei} {a.kind}{channel} after {lasted:.0f} s"


class AlarmService:
    """See the module docstring. ``publish`` is the server's."""

    def __init__(self, rules: AlarmRules, publish: Callable[[Event], None]) -> None:
        self.book = AlarmBook(rules)
        self._publish = publish
        self._db: AlarmLog | None = None
        self._pool: ThreadPoolExecutor | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._tick = 10.0
        self._writes: set[asyncio.Future[None]] = set()
        # (imei, kind, channel, raised_at) -> row id; used only on the worker thread, where
        # writes run in order: an ack written before the raise's id came back updates it.
        self._ids: dict[tuple[str, str, int | None, float], int] = {}

    async def start(
        self, path: Path, tick: float, load_units: Callable[[], Units] | None = None
    ) -> None:
        """Open the alarms table of ``path`` and load the alarms open at the last stop
        (and, with ``load_units``, the calibration and thresholds, read on the worker)."""
        loop = asyncio.get_running_loop()
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="fourgmon-alarms")
        self._db = await loop.run_in_executor(self._pool, AlarmLog, path)
        db = self._db
        known = await loop.run_in_executor(self._pool, lambda: db.alarms(open_only=True))
        limits = self.book.limits
        self.book = AlarmBook(self.book.rules, known)
        self.book.set_units(limits.calibration, limits.thresholds)
        if load_units is not None:
            self.set_units(*await loop.run_in_executor(self._pool, load_units))
        for alarm in known:
            self._publish(AlarmRaised(alarm))
        self._tick = tick
        self._timer = loop.call_later(tick, self._on_tick)

    def configure(self, rules: AlarmRules) -> None:
        self.book.rules = rules

    def set_units(self, calibration: CalibrationTable, thresholds: ThresholdTable) -> None:
        """The calibration and thresholds in force changed (the window saved an edit)."""
        self.book.set_units(calibration, thresholds)
        n = len(thresholds)
        if n:
            log.info("%d alarm threshold rows in force", n)

    async def settled(self) -> None:
        """Wait until every alarm change so far is written."""
        while self._writes:
            await asyncio.gather(*self._writes, return_exceptions=True)

    async def stop(self) -> None:
        """Finish the writes in flight and close the table."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._writes:
            await asyncio.gather(*self._writes, return_exceptions=True)
        pool, db = self._pool, self._db
        self._pool = self._db = None
        if pool is not None:
            if db is not None:
                await asyncio.get_running_loop().run_in_executor(pool, db.close)
            pool.shutdown(wait=True)

    # ------------------------------------------------------------ feeding
    def on_event(self, event: Event) -> None:
        """Server observer: every domain change goes through the rules."""
        if isinstance(event, AlarmEvent) or self._db is None:
            return
        for out in self.book.on_change(event, time.time()):
            self._emit(out)

    def _on_tick(self) -> None:
        loop = asyncio.get_running_loop()
        self._timer = loop.call_later(self._tick, self._on_tick)
        now = time.time()
        for out in self.book.tick(now):
            self._emit(out)
        self.book.forget_recent(now)

    def acknowledge(self, keys: Iterable[Key], user: str | None = None) -> int:
        """Acknowledge open alarms (by (imei, kind, channel)); returns how many."""
        events = self.book.acknowledge(keys, user or os_user(), time.time())
        for out in events:
            self._emit(out)
        return len(events)

    def _emit(self, event: AlarmEvent) -> None:
        log.log(
            logging.WARNING if isinstance(event, AlarmRaised) else logging.INFO,
            "%s",
            log_line(event),
        )
        self._store(event)
        self._publish(event)

    def _save(self, db: AlarmLog, alarm: Alarm) -> int:
        """On the worker thread: insert or update the alarm's row."""
        key = (*alarm.key, alarm.raised_at)
        known = self._ids.get(key, alarm.id)
        row = db.save(replace(alarm, id=known))
        self._ids[key] = row
        return row

    def _store(self, event: AlarmEvent) -> None:
        pool, db = self._pool, self._db
        if pool is None or db is None:
            return
        alarm = event.alarm
        fut = asyncio.get_running_loop().run_in_executor(pool, self._save, db, alarm)

        def saved(f: asyncio.Future[int]) -> None:
            self._writes.discard(f)
            if f.cancelled():
                return
            exc = f.exception()
            if exc is not None:
                log.error("cannot store alarm %s %s: %s", alarm.imei, alarm.kind, exc)
            elif alarm.id is None:
                self.book.stored(alarm, f.result())

        self._writes.add(fut)  # type: ignore[arg-type]
        fut.add_done_callback(saved)
