"""The request engine: every command to a module goes through it.

One API for the window, the campaign and (later) the bridge:

    result = await engine.request(imei, kind)   # bounded: config.max_in_flight at once
    results = await engine.bulk(imeis, kind)    # online: sent; offline: queued
    item = engine.enqueue(imei, kind, expires_at=None)  # delivered when the module is back
    engine.cancel(item.id)

Requests wait for a slot (FIFO) so that a bulk action over a whole site keeps at most
``max_in_flight`` requests on the air; per module and kind at most one is outstanding
(:class:`~fourgmon.server.requests.RequestTracker`, which also records every result as a
CommandRecord). Queued commands are stored through the writer (QueuedCommandRecord,
one upsert per state change) and reloaded at start: a command that was being sent when
the program stopped is queued again. When a module identifies itself its queued
commands are sent in the order they were queued, one after the other; what is not
delivered by ``expires_at`` becomes "expired". With ``config.auto_time_sync`` a
module gets a time sync on each (re)connect and when its clock_skew alarm is raised.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections import deque
from collections.abc import Callable, Coroutine, Iterable
from dataclasses import replace
from typing import Any, Protocol

from fourgmon.domain.alarms import AlarmRaised
from fourgmon.domain.commands import CLOSED, OFFLINE, STOPPED, command
from fourgmon.server.config import ServerConfig
from fourgmon.server.events import CommandResult, Event, QueueChanged
from fourgmon.server.requests import RequestTracker
from fourgmon.store.records import QueuedCommandRecord, Record

log = logging.getLogger("fourgmon.server")

OPEN_STATES = ("queued", "sending")
# Why a queued command went back to the queue instead of getting a result.
_NOT_DELIVERED = (OFFLINE, CLOSED, STOPPED)
# A clock_skew alarm that flaps does not get a time sync more often than this.
TIME_SYNC_MIN_INTERVAL = 60.0


class EngineHost(Protocol):
    """What the engine needs of its server (no import of it: no cycle)."""

    config: ServerConfig
    requests: RequestTracker

    def is_online(self, imei: str) -> bool: ...

    def publish(self, event: Event) -> None: ...

    def write_background(self, record: Record) -> None: ...


class CommandEngine:
    """See the module docstring."""

    def __init__(self, server: EngineHost) -> None:
        self._server = server
        self._in_flight = 0
        self.peak_in_flight = 0  # the most requests on the air at once (tests, status)
        self._waiting: deque[asyncio.Future[None]] = deque()
        self._open: dict[str, dict[str, QueuedCommandRecord]] = {}  # imei -> id -> item
        self._delivering: set[str] = set()
        self._tasks: set[asyncio.Task[object]] = set()
        self._expiry: asyncio.TimerHandle | None = None
        self._online_watchers: list[Callable[[str], None]] = []
        self._last_sync: dict[str, float] = {}
        self._stopped = False

    # ------------------------------------------------------------ requests
    @property
    def in_flight(self) -> int:
        return self._in_flight

    async def request(self, imei: str, kind: str) -> CommandResult:
        """Send ``kind`` to a module once a slot is free; its result (also when offline)."""
        command(kind)  # ValueError for an unknown kind, before waiting for a slot
        if not await self._acquire():
            now = time.time()
            return CommandResult(imei, kind, "error", now, now, STOPPED)
        try:
            return await self._server.requests.request(imei, kind)
        finally:
            self._release()

    async def bulk(
        self, imeis: Iterable[str], kind: str, *, expires_at: float | None = None
    ) -> list[CommandResult | QueuedCommandRecord]:
        """``kind`` to every module of ``imeis``: sent to those online (bounded), queued
        for the others; one entry per module, in order.

        ``max_in_flight`` workers take the modules one by one and yield to the loop
        after each: a 500-module time sync (no replies to wait for) never runs as one
        long step of the loop, so the window keeps painting.
        """
        command(kind)
        out: list[CommandResult | QueuedCommandRecord | None] = []
        todo: deque[tuple[int, str]] = deque()
        for imei in dict.fromkeys(imeis):
            if self._server.is_online(imei):
                todo.append((len(out), imei))
                out.append(None)
            else:
                out.append(self.enqueue(imei, kind, expires_at=expires_at))

        async def worker() -> None:
            while todo:
                i, imei = todo.popleft()
                out[i] = await self.request(imei, kind)
                await asyncio.sleep(0)

        count = min(self._server.config.max_in_flight, len(todo))
        workers = [asyncio.ensure_future(worker()) for _ in range(count)]
        try:
            await asyncio.gather(*workers)
        finally:
            for task in workers:
                task.cancel()
        return [r for r in out if r is not None]

    async def _acquire(self) -> bool:
        """Wait for a slot; False when the engine stopped meanwhile (no slot taken)."""
        if self._stopped:
            return False
        if self._in_flight < self._server.config.max_in_flight and not self._waiting:
            self._took_slot()
            return True
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.append(fut)
        try:
            await fut
        except asyncio.CancelledError:
            task = asyncio.current_task()
            if fut.cancelled() and task is not None and not task.cancelling():
                return False  # stop() cancelled the wait, not our caller
            if fut.done() and not fut.cancelled():  # the slot was ours already: pass it on
                self._release()
            elif fut in self._waiting:
                self._waiting.remove(fut)
            raise
        return True

    def _took_slot(self) -> None:
        self._in_flight += 1
        self.peak_in_flight = max(self.peak_in_flight, self._in_flight)

    def _release(self) -> None:
        self._in_flight -= 1
        limit = self._server.config.max_in_flight
        while self._waiting and self._in_flight < limit:
            fut = self._waiting.popleft()
            if not fut.done():
                self._took_slot()
                fut.set_result(None)

    # ------------------------------------------------------------ the queue
    def queued(self) -> list[QueuedCommandRecord]:
        """Commands waiting or being sent, oldest first."""
        items = [item for by_id in self._open.values() for item in by_id.values()]
        return sorted(items, key=lambda i: (i.queued_at, i.id))

    def enqueue(
        self, imei: str, kind: str, *, expires_at: float | None = None
    ) -> QueuedCommandRecord:
        """Queue ``kind`` for ``imei`` (sent at once if it is online); stored."""
        command(kind)
        now = time.time()
        expires = now + self._server.config.queue_expiry if expires_at is None else expires_at
        item = QueuedCommandRecord(uuid.uuid4().hex, imei, kind, now, expires, "queued")
        self._open.setdefault(imei, {})[item.id] = item
        self._changed(item)
        log.info("%s %s queued until %s", imei, kind, _clock(expires))
        self._schedule_expiry()
        if self._server.is_online(imei):
            self._deliver_soon(imei)
        return item

    def cancel(self, item_id: str) -> bool:
        """Cancel a command still waiting in the queue; False if it is sent or gone."""
        for imei, by_id in self._open.items():
            item = by_id.get(item_id)
            if item is None:
                continue
            if item.state != "queued":
                return False
            self._close(replace(item, state="cancelled", done_at=time.time()))
            log.info("%s %s: queued command cancelled", imei, item.kind)
            return True
        return False

    def load(self, items: Iterable[QueuedCommandRecord]) -> None:
        """The open commands stored at the last stop (a "sending" one is queued again)."""
        for item in items:
            if item.state not in OPEN_STATES:
                continue
            if item.state == "sending":
                item = replace(item, state="queued")
                self._changed(item)
            self._open.setdefault(item.imei, {})[item.id] = item
        if self._open:
            log.info("%d queued commands reloaded", sum(len(v) for v in self._open.values()))
        self._schedule_expiry()

    def _changed(self, item: QueuedCommandRecord) -> None:
        self._server.write_background(item)
        self._server.publish(QueueChanged(item))

    def _close(self, item: QueuedCommandRecord) -> None:
        by_id = self._open.get(item.imei, {})
        by_id.pop(item.id, None)
        if not by_id:
            self._open.pop(item.imei, None)
        self._changed(item)

    def _schedule_expiry(self) -> None:
        if self._expiry is not None:
            self._expiry.cancel()
            self._expiry = None
        if self._stopped:
            return
        waiting = [i.expires_at for v in self._open.values() for i in v.values()]
        if not waiting:
            return
        delay = max(0.0, min(waiting) - time.time())
        # Long delays in steps: a suspended laptop's monotonic clock stops, wall time does not.
        self._expiry = asyncio.get_running_loop().call_later(min(delay, 60.0), self._expire)

    def _expire(self) -> None:
        self._expiry = None
        now = time.time()
        for by_id in list(self._open.values()):
            for item in list(by_id.values()):
                if item.state == "queued" and item.expires_at <= now:
                    log.info("%s %s: queued command expired", item.imei, item.kind)
                    self._close(replace(item, state="expired", done_at=now, detail="expired"))
        self._schedule_expiry()

    # ------------------------------------------------------------ delivery
    def watch_online(self, callback: Callable[[str], None]) -> Callable[[], None]:
        """``callback(imei)`` whenever a module identifies itself; returns an unwatch."""
        self._online_watchers.append(callback)

        def unwatch() -> None:
            if callback in self._online_watchers:
                self._online_watchers.remove(callback)

        return unwatch

    def module_online(self, imei: str) -> None:
        """A module identified itself (the server calls this after DeviceOnline)."""
        if self._server.config.auto_time_sync:
            self._time_sync(imei)
        if imei in self._open:
            self._deliver_soon(imei)
        for watcher in tuple(self._online_watchers):
            try:
                watcher(imei)
            except Exception:
                log.exception("online watcher %r failed", watcher)

    def on_alarm(self, event: Event) -> None:
        """The server's alarm events: a clock_skew raised gets a time sync (if enabled)."""
        if (
            isinstance(event, AlarmRaised)
            and event.alarm.kind == "clock_skew"
            and self._server.config.auto_time_sync
            and self._server.is_online(event.alarm.imei)
        ):
            self._time_sync(event.alarm.imei)

    def _time_sync(self, imei: str) -> None:
        now = time.monotonic()
        last = self._last_sync.get(imei)
        if last is not None and now - last < TIME_SYNC_MIN_INTERVAL:
            return
        self._last_sync[imei] = now
        log.info("%s: automatic time sync", imei)
        self._spawn(self.request(imei, "time"))

    def _deliver_soon(self, imei: str) -> None:
        if imei in self._delivering or self._stopped:
            return
        self._delivering.add(imei)
        self._spawn(self._deliver(imei))

    async def _deliver(self, imei: str) -> None:
        """Send the module's queued commands in order while it stays online."""
        try:
            while self._server.is_online(imei):
                waiting = [i for i in self._open.get(imei, {}).values() if i.state == "queued"]
                if not waiting:
                    return
                item = replace(waiting[0], state="sending")
                self._open[imei][item.id] = item
                self._changed(item)
                result = await self.request(imei, item.kind)
                if result.status == "error" and result.detail in _NOT_DELIVERED:
                    item = replace(item, state="queued")
                    self._open[imei][item.id] = item
                    self._changed(item)
                    return  # the module went away (or we stop): it waits for the next time
                self._close(
                    replace(item, state=result.status, done_at=result.done_at, detail=result.detail)
                )
        finally:
            self._delivering.discard(imei)

    def _spawn(self, coro: Coroutine[Any, Any, object]) -> None:
        task: asyncio.Task[object] = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def stop(self) -> None:
        """After the server cancelled its requests: let deliveries put back what they held."""
        self._stopped = True
        if self._expiry is not None:
            self._expiry.cancel()
            self._expiry = None
        waiting, self._waiting = list(self._waiting), deque()
        for fut in waiting:
            fut.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    def restart(self) -> None:
        """The server starts again (after a stop)."""
        self._stopped = False
        self._schedule_expiry()


def _clock(at: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(at))
