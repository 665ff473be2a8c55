"""Many modules at once."""

from __future__ import annotations

import asyncio

import pytest

from fourgmon.protocol.messages import PushInfo, PushMsg
from fourgmon.sim.fleet import Fleet, run_fleet

from .conftest import AckServer


def imeis_seen(server: AckServer) -> set[str]:
    return {m.imei for m in server.of(PushInfo) if isinstance(m, PushInfo)}


async def test_fleet_of_20_starts_and_stops_cleanly(server: AckServer) -> None:
    fleet = Fleet(
        "127.0.0.1", server.port, 20, start_spread=0.2, push_interval=0.05, heartbeat_interval=0.2
    )
    imeis = [m.imei for m in fleet.modules]
    assert len(set(imeis)) == 20 and all(len(i) == 15 and i.isdigit() for i in imeis)
    assert imeis[0] == "865501040000000"
    assert len({m.ccid for m in fleet.modules}) == 20

    await fleet.start()
    await server.wait_for(lambda: imeis_seen(server) == set(imeis))
    await server.wait_for(lambda: len({m.imei for m in server.of(PushMsg)}) == 20)
    assert fleet.connected == 20
    starts = sorted(server.connect_times)
    assert starts[-1] - starts[0] > 0.1  # staggered, not one burst
    await fleet.stop()
    assert fleet.connected == 0
    # the autouse fixture checks that no task is left behind


async def test_run_fleet_until_cancelled(server: AckServer) -> None:
    task = asyncio.create_task(run_fleet("127.0.0.1", server.port, 5, start_spread=0.05))
    await server.wait_for(lambda: len(imeis_seen(server)) == 5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


async def test_stop_before_all_started(server: AckServer) -> None:
    fleet = Fleet("127.0.0.1", server.port, 10, start_spread=5.0)
    await fleet.start()
    await asyncio.sleep(0.05)
    await fleet.stop()


def test_rejects_imeis_that_are_not_15_digits() -> None:
    with pytest.raises(ValueError):
        Fleet("h", 1, 3, imei_base=999_999_999_999_999)
    with pytest.raises(ValueError):
        Fleet("h", 1, 3, imei_base=12345)
