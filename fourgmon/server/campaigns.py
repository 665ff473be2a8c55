"""The asyncio driver of a firmware campaign (the state machine is :mod:`fourgmon.domain.campaign`).

    runner = CampaignRunner(server, targets, concurrency=1, back_within=900.0)
    runner.start()          # stored, then updates go out through the request engine
    runner.pause() / runner.resume() / runner.abort()
    await runner.finished() # every module has its result
    await runner.stop()     # the window closing: timers and tasks end (stored state stays)

It feeds the machine the modules that identify themselves (the engine's
``watch_online``), the results of ``update`` and ``version`` (through the engine, so the
in-flight bound and per-kind single request hold), and a clock tick; every changed step
and the campaign itself are written through the writer (CampaignStepRecord,
CampaignRecord) and published as CampaignChanged.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Coroutine, Iterable
from typing import Any, Protocol

from fourgmon.domain.campaign import (
    DEFAULT_BACK_WITHIN,
    DEFAULT_CONCURRENCY,
    Action,
    Campaign,
    ReadVersion,
    SendUpdate,
    StateChanged,
    Step,
    StepChanged,
    Target,
)
from fourgmon.protocol.messages import VersionAck
from fourgmon.server.config import ServerConfig
from fourgmon.server.dispatch import CommandEngine
from fourgmon.server.events import CampaignChanged, Event
from fourgmon.store.records import CampaignRecord, CampaignStepRecord, Record

log = logging.getLogger("fourgmon.campaign")
TICK_SECONDS = 1.0


class CampaignHost(Protocol):
    """What a runner needs of the server."""

    config: ServerConfig
    engine: CommandEngine

    def is_online(self, imei: str) -> bool: ...

    def publish(self, event: Event) -> None: ...

    def write_background(self, record: Record) -> None: ...


def step_record(campaign_id: str, step: Step) -> CampaignStepRecord:
    return CampaignStepRecord(
        campaign_id,
        step.imei,
        step.position,
        step.alias,
        step.fw_type,
        step.version_before,
        step.state,
        step.version_after,
        step.started_at,
        step.finished_at,
        step.detail,
    )


class CampaignRunner:
    """See the module docstring."""

    def __init__(
        self,
        server: CampaignHost,
        targets: Iterable[Target],
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        back_within: float = DEFAULT_BACK_WITHIN,
        note: str = "",
        tick: float = TICK_SECONDS,
    ) -> None:
        self._server = server
        self.campaign = Campaign(
            uuid.uuid4().hex,
            targets,
            time.time(),
            concurrency=concurrency,
            back_within=back_within,
            queue_expiry=server.config.queue_expiry,
        )
        self.note = note
        self._tick = tick
        self._timer: asyncio.TimerHandle | None = None
        self._unwatch: Any = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._done = asyncio.Event()

    @property
    def id(self) -> str:
        return self.campaign.id

    def record(self) -> CampaignRecord:
        c = self.campaign
        return CampaignRecord(
            c.id, c.created_at, c.state, c.concurrency, c.back_within, c.finished_at, self.note
        )

    # ------------------------------------------------------------ control
    def start(self) -> None:
        """Store the campaign and its steps, then begin."""
        c = self.campaign
        self._server.write_background(self.record())
        for step in c.steps:
            self._server.write_background(step_record(c.id, step))
        self._unwatch = self._server.engine.watch_online(self._online)
        online = {s.imei for s in c.steps if self._server.is_online(s.imei)}
        log.info("campaign %s: %d modules, %d online", c.id[:8], len(c.steps), len(online))
        self._run(c.start(time.time(), online))
        self._schedule()

    def pause(self) -> None:
        self._run(self.campaign.pause(time.time()))

    def resume(self) -> None:
        self._run(self.campaign.resume(time.time()))

    def abort(self) -> None:
        self._run(self.campaign.abort(time.time()))

    async def finished(self) -> None:
        await self._done.wait()

    def cancel(self) -> None:
        """End timers, the watch and the tasks at once (the stored state stays as it is)."""
        self._cancel_timer()
        if self._unwatch is not None:
            self._unwatch()
            self._unwatch = None
        for task in list(self._tasks):
            task.cancel()

    async def stop(self) -> None:
        """:meth:`cancel`, then wait until the tasks are gone."""
        self.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    # ------------------------------------------------------------ events
    def _online(self, imei: str) -> None:
        self._run(self.campaign.module_online(imei, time.time()))

    def _on_tick(self) -> None:
        self._timer = None
        self._run(self.campaign.tick(time.time()))
        self._schedule()

    def _schedule(self) -> None:
        if not self.campaign.done and self._timer is None:
            self._timer = asyncio.get_running_loop().call_later(self._tick, self._on_tick)

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    # ------------------------------------------------------------ actions
    def _run(self, actions: list[Action]) -> None:
        c = self.campaign
        changed_state = False
        for action in actions:
            match action:
                case SendUpdate(imei=imei):
                    self._spawn(self._update(imei))
                case ReadVersion(imei=imei):
                    self._spawn(self._read_version(imei))
                case StepChanged(step=step):
                    record = step_record(c.id, step)
                    self._server.write_background(record)
                    self._server.publish(CampaignChanged(self.record(), record))
                    log.info("campaign %s: %s %s %s", c.id[:8], step.imei, step.state, step.detail)
                case StateChanged(state=state):
                    changed_state = True
                    log.info("campaign %s: %s", c.id[:8], state)
        if changed_state or c.done:
            self._server.write_background(self.record())
            self._server.publish(CampaignChanged(self.record()))
        if c.done:
            self._cancel_timer()
            if self._unwatch is not None:
                self._unwatch()
                self._unwatch = None
            self._done.set()

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _update(self, imei: str) -> None:
        result = await self._server.engine.request(imei, "update")
        self._run(self.campaign.update_result(imei, result.status, result.detail, time.time()))

    async def _read_version(self, imei: str) -> None:
        result = await self._server.engine.request(imei, "version")
        version = result.reply.version if isinstance(result.reply, VersionAck) else ""
        self._run(
            self.campaign.version_result(imei, result.status, version, result.detail, time.time())
        )
