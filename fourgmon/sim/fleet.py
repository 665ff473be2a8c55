"""Many simulated modules against one server, for demos, soak tests and benchmarks."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from fourgmon.sim.module import SimulatedModule

log = logging.getLogger("fourgmon.sim")

IMEI_BASE = 865501040000000  # the vendor sample's TAC (86550104), serials from 0


class Fleet:
    """``count`` :class:`SimulatedModule` s with consecutive 15-digit IMEIs.

    Module ``i`` gets IMEI ``imei_base + i`` and starts ``i * start_spread / count``
    seconds after :meth:`start`, so a large fleet does not hit the listener's accept
    queue in one burst. ``module_kwargs`` go to every module.
    """

    def __init__(
        self,
        host: str,
        port: int,
        count: int,
        *,
        seed: int = 1,
        imei_base: int = IMEI_BASE,
        faults: bool = True,
        start_spread: float = 1.0,
        **module_kwargs: Any,
    ) -> None:
        if count < 0:
            raise ValueError("count must be >= 0")
        last = imei_base + count - 1
        if count and not (imei_base >= 10**14 and last < 10**15):
            raise ValueError(f"IMEIs {imei_base}..{last} are not all 15 digits")
        self.host = host
        self.port = port
        self.start_spread = start_spread
        self.modules: list[SimulatedModule] = [
            SimulatedModule(
                str(imei_base + i), host, port, seed=seed, faults=faults, **module_kwargs
            )
            for i in range(count)
        ]
        self._tasks: list[asyncio.Task[None]] = []

    async def start(self) -> None:
        """Start every module (staggered over ``start_spread`` seconds); returns at once."""
        if self._tasks:
            raise RuntimeError("fleet already started")
        step = self.start_spread / len(self.modules) if self.modules else 0.0
        self._tasks = [
            asyncio.create_task(self._run_one(m, i * step), name=f"fleet-{m.imei}")
            for i, m in enumerate(self.modules)
        ]
        log.info("fleet: %d modules -> %s:%d", len(self.modules), self.host, self.port)

    async def stop(self) -> None:
        """Stop every module and wait until all their tasks have finished."""
        tasks, self._tasks = self._tasks, []
        await asyncio.gather(*(m.stop() for m in self.modules))
        for task in tasks:
            task.cancel()  # modules still waiting for their start slot
        if tasks:
            await asyncio.wait(tasks)
        for task in tasks:
            if not task.cancelled() and task.exception() is not None:
                log.error("fleet: module task failed", exc_info=task.exception())

    @property
    def connected(self) -> int:
        """How many modules currently hold a connection."""
        return sum(m.connected for m in self.modules)

    @staticmethod
    async def _run_one(module: SimulatedModule, delay: float) -> None:
        await asyncio.sleep(delay)
        await module.run()


async def run_fleet(host: str, port: int, count: int, **kwargs: Any) -> None:
    """Run a :class:`Fleet` until cancelled, then stop it cleanly."""
    fleet = Fleet(host, port, count, **kwargs)
    await fleet.start()
    try:
        await asyncio.Event().wait()
    finally:
        await fleet.stop()
