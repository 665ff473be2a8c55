"""The simulator produces every alarm kind on demand (demo mode and tests drive it);
each reaches the server over a real socket and raises its alarm."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import replace

import pytest

from fourgmon.domain.alarms import KINDS, AlarmRaised, AlarmRules
from fourgmon.server import ServerConfig
from fourgmon.sim.module import SimulatedModule
from tests.server.conftest import TEST_CONFIG, Harness
from tests.server.test_alarms import until

IMEI = "865501040000091"


@pytest.fixture
def server_config() -> ServerConfig:
    rules = AlarmRules(
        no_data_minutes=0.01,
        threshold_high=60_000,
        threshold_low=100,
        hysteresis=100,
        clock_check_every=0,
    )
    return replace(TEST_CONFIG, alarm_rules=rules, alarm_tick=0.1)


async def test_every_alarm_kind_on_demand(harness: Harness) -> None:
    assert set(SimulatedModule.ALARM_KINDS) == set(KINDS)
    module = SimulatedModule(IMEI, "127.0.0.1", harness.port, push_interval=0.1)
    run = asyncio.ensure_future(module.run())

    def kinds() -> set[str]:
        return {e.alarm.kind for e in harness.of_type(AlarmRaised)}

    try:
        await until(lambda: harness.server.is_online(IMEI))
        await until(lambda: module.acks_received > 3)
        await harness.server.request(IMEI, "info")  # the counters' first reading
        for k, kind in enumerate(KINDS):
            if kind in ("offline", "no_data"):
                continue  # below: they take the module away
            # thresholds on channels whose sensor is online (none on a broken one)
            module.produce(kind, channel={"threshold_high": 6, "threshold_low": 7}.get(kind, k % 9))
            if kind == "rs485_errors":
                await harness.server.request(IMEI, "info")
            await until(lambda kind=kind: kind in kinds(), timeout=5)
        module.produce("no_data")
        await until(lambda: "no_data" in kinds(), timeout=5)
        module.produce("offline", away=0.5)
        await until(lambda: "offline" in kinds(), timeout=5)
        assert kinds() == set(KINDS)
        gaps = [e.alarm for e in harness.of_type(AlarmRaised) if e.alarm.kind == "packet_gap"]
        assert [g.detail.split()[0] for g in gaps] == ["5"]  # only the produced gap
        with pytest.raises(ValueError, match="unknown alarm kind"):
            module.produce("earthquake")
    finally:
        await module.stop()
        with contextlib.suppress(asyncio.CancelledError):
            await run
