"""The server's alarms: the domain's rules fed from the event bus, stored, logged, published.

Every domain change published by the server goes to :class:`~fourgmon.domain.alarms.AlarmBook`;
what it returns (raised / acknowledged / cleared) is logged (one line each), handed to
the store as an :class:`~fourgmon.store.records.AlarmRecord` (the writer process commits
it like any other record) and published on the same bus for the window and, later, the
bridge. Open alarms are loaded at start-up, on a read-only connection; so are the
calibration and thresholds (off the loop), and :meth:`AlarmService.set_units` takes new ones.

Durability: :meth:`AlarmService.then` runs a callback once every alarm change so far is
committed. The server sends a module's ack through it, so the alarms a packet raised or
cleared are on disk before the module hears its packet was stored; ``await settled()``
does the same for an acknowledgement.
"""

from __future__ import annotations

import asyncio
import getpass
import logging
import sqlite3
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from fourgmon.domain.alarms import (
    AlarmAcked,
    AlarmBook,
    AlarmEvent,
    AlarmRaised,
    AlarmRules,
)
from fourgmon.domain.calibration import CalibrationTable
from fourgmon.domain.changes import Event, FrameReceived
from fourgmon.domain.thresholds import ThresholdTable
from fourgmon.store.alarms import open_alarms
from fourgmon.store.errors import StoreError
from fourgmon.store.records import AlarmRecord, Record, WriteResult

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


Outcome = WriteResult | StoreError
Submit = Callable[[Record, Callable[[Outcome], None]], None]


class AlarmService:
    """See the module docstring. ``publish`` is the server's."""

    def __init__(self, rules: AlarmRules, publish: Callable[[Event], None]) -> None:
        self.book = AlarmBook(rules)
        self._publish = publish
        self._submit: Submit | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._tick = 10.0
        # Callbacks waiting for the newest alarm write (None: nothing in flight). The
        # store settles writes in order, so when it settles every earlier one has too.
        self._waiters: list[Callable[[], None]] | None = None

    async def start(
        self,
        path: Path,
        tick: float,
        submit: Submit,
        load_units: Callable[[], Units] | None = None,
    ) -> None:
        """Load the alarms of ``path`` open at the last stop (and, with ``load_units``, the
        calibration and thresholds, read on a worker thread); write through ``submit``
        (the server's: ``submit(record, done)``, ``done(outcome)`` on the loop)."""
        loop = asyncio.get_running_loop()
        try:
            known = open_alarms(path) if path.exists() else []  # small; a partial index
        except sqlite3.Error as exc:
            log.error("cannot read the open alarms of %s: %s", path, exc)
            known = []
        limits = self.book.limits
        self.book = AlarmBook(self.book.rules, known)
        self.book.set_units(limits.calibration, limits.thresholds)
        self._submit = submit
        if load_units is not None:
            with ThreadPoolExecutor(1, thread_name_prefix="fourgmon-units") as pool:
                self.set_units(*await loop.run_in_executor(pool, load_units))
        for alarm in known:
            self._publish(AlarmRaised(alarm))
        self._tick = tick
        self._timer = loop.call_later(tick, self._on_tick)

    def configure(self, rules: AlarmRules) -> None:
        self.book.rules = rules

    @property
    def writing(self) -> bool:
        """Alarm changes are on their way to the store."""
        return self._waiters is not None

    def then(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once every alarm change so far is committed (or failed): now,
        if none is in flight."""
        if self._waiters is None:
            callback()
        else:
            self._waiters.append(callback)

    def set_units(self, calibration: CalibrationTable, thresholds: ThresholdTable) -> None:
        """The calibration and thresholds in force changed (the window saved an edit)."""
        self.book.set_units(calibration, thresholds)
        n = len(thresholds)
        if n:
            log.info("%d alarm threshold rows in force", n)

    async def settled(self) -> None:
        """Wait until every alarm change so far is committed (or failed)."""
        if self._waiters is None:
            return
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()

        def wake() -> None:
            if not done.done():
                done.set_result(None)

        self.then(wake)
        await done

    async def stop(self) -> None:
        """Stop the clock; wait for the writes in flight."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        await self.settled()
        self._submit = None

    # ------------------------------------------------------------ feeding
    def on_event(self, event: Event) -> None:
        """Server observer: every domain change goes through the rules."""
        if isinstance(event, AlarmEvent) or self._submit is None:
            return
        for out in self.book.on_change(event, time.time()):
            self._emit(out)

    def on_frame(self, frame: FrameReceived) -> None:
        """``on_event`` of a frame (once a packet), without the type checks."""
        if self._submit is None:
            return
        for out in self.book.on_frame(frame, time.time()):
            self._emit(out)

    def _on_tick(self) -> None:
        loop = asyncio.get_running_loop()
        self._timer = loop.call_later(self._tick, self._on_tick)
        now = time.time()
        for out in self.book.tick(now):
            self._emit(out)
        self.book.forget_recent(now)

    def acknowledge(self, keys: Iterable[Key], user: str | None = None) -> int:
        """Acknowledge open alarms (by (imei, kind, channel)); returns how many.
        Stored once ``await settled()`` returns."""
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

    def _store(self, event: AlarmEvent) -> None:
        submit = self._submit
        if submit is None:
            return
        alarm = event.alarm
        waiters: list[Callable[[], None]] = []
        self._waiters = waiters

        def done(outcome: Outcome) -> None:
            if isinstance(outcome, StoreError):
                log.error("cannot store alarm %s %s: %s", alarm.imei, alarm.kind, outcome)
            if self._waiters is waiters:
                self._waiters = None
            for callback in waiters:
                try:
                    callback()
                except Exception:  # one bad callback must not keep the others waiting
                    log.exception("alarm write callback failed")

        submit(AlarmRecord(alarm), done)
