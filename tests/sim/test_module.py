"""The simulated module against a small real server, with shrunk intervals."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Callable
from typing import Any

import numpy as np
import pytest

from fourgmon.protocol.messages import (
    InfoAck,
    InfoRequest,
    Ping,
    PushInfo,
    PushMsg,
    PushOnline,
    QueryMsgAck,
    QueryMsgRequest,
    SensorKind,
    TimeRequest,
    UpdateAck,
    UpdateRequest,
    VersionAck,
    VersionRequest,
)
from fourgmon.sim.module import GROUPS, SimulatedModule, bump_version

from .conftest import AckServer

IMEI = "865501040000042"
FAST: dict[str, Any] = {
    "heartbeat_interval": 0.1,
    "push_interval": 0.05,
    "ack_timeout": 2.0,
    "update_pause": 0.1,
    "reconnect_base": 0.02,
    "reconnect_cap": 0.2,
}

Factory = Callable[..., SimulatedModule]


@pytest.fixture
async def running(server: AckServer) -> AsyncIterator[Factory]:
    """Start modules against ``server``; stop them all at teardown."""
    started: list[tuple[SimulatedModule, asyncio.Task[None]]] = []

    def start(**kwargs: Any) -> SimulatedModule:
        module = SimulatedModule(IMEI, "127.0.0.1", server.port, **{**FAST, **kwargs})
        started.append((module, asyncio.create_task(module.run(), name="test-run")))
        return module

    yield start
    for module, task in started:
        await module.stop()
        assert task.done() and task.result() is None


async def test_sends_every_kind_of_packet(server: AckServer, running: Factory) -> None:
    module = running()
    await server.wait_for(lambda: len(server.of(Ping)) >= 2 and len(server.of(PushMsg)) >= 6)

    first = server.messages[0][1]
    assert isinstance(first, PushInfo)
    assert first.imei == IMEI and re.fullmatch(r"\d{20}", first.ccid)
    lon, lat = (float(x) for x in first.location.split(","))
    assert 73 < lon < 136 and 3 < lat < 54  # somewhere in China
    assert len(server.of(PushInfo)) == 1 and server.of(TimeRequest)

    online = server.of(PushOnline)[0]
    assert isinstance(online, PushOnline)
    assert sorted(online.st) == sorted(online.dt) == list(range(9))
    assert all(s.kind is SensorKind.ONLINE for s in online.st.values())

    pushes = [m for m in server.of(PushMsg) if isinstance(m, PushMsg)]
    assert {tuple(sorted(m.channels)) for m in pushes} == set(GROUPS)
    for m in pushes:
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", m.time)
        assert m.temperature is not None and m.humidity is not None
        for samples in m.channels.values():
            assert samples.shape == (50,) and 10_000 < int(np.median(samples)) < 50_000
    packnums = [m.packnum for m in [online, *pushes]]
    assert len(set(packnums)) == len(packnums)

    assert module.connects == 1 and module.connected
    assert module.sent["push_msg"] >= len(pushes) and module.acks_received > 0
    assert module.unacked <= 6
    assert module.resent == 0
    assert abs(module.clock_offset) < 2  # time_ack adopted


async def test_answers_commands(server: AckServer, running: Factory) -> None:
    module = running()
    await server.wait_for(lambda: bool(server.of(PushOnline)))

    info = await server.request(InfoRequest(), InfoAck)
    assert info == InfoAck(ccid=module.ccid, location=module.location, err_counts=(0, 0, 0))
    version = await server.request(VersionRequest(imei=IMEI), VersionAck)
    assert version == VersionAck(imei=IMEI, type="0001", version="1.0.3")

    before = len(server.of(PushMsg))
    query = await server.request(QueryMsgRequest(imei=IMEI), QueryMsgAck)
    assert query == QueryMsgAck(result=True)
    index = next(i for i, (_, m) in enumerate(server.messages) if isinstance(m, QueryMsgAck))
    follow = server.messages[index + 1][1]  # the push_msg comes straight after the reply
    assert isinstance(follow, PushMsg) and sorted(follow.channels) == list(range(9))
    assert len(server.of(PushMsg)) > before

    update = await server.request(UpdateRequest(imei=IMEI), UpdateAck)
    assert update == UpdateAck(result=True)
    await server.wait_for(lambda: len(server.connect_times) == 2 and len(server.of(PushInfo)) == 2)
    version = await server.request(VersionRequest(imei=IMEI), VersionAck)
    assert version == VersionAck(imei=IMEI, type="0001", version="1.0.4")
    assert module.connects == 2


async def test_resends_unacked_packet_with_same_packnum(
    server: AckServer, running: Factory
) -> None:
    withheld: list[int] = []

    def ack_filter(msg: object) -> bool:
        if isinstance(msg, PushMsg) and not withheld:
            withheld.append(msg.packnum)
            return False
        return True

    server.ack_filter = ack_filter
    module = running(ack_timeout=0.2)
    await server.wait_for(
        lambda: (
            sum(
                isinstance(m, PushMsg) and m.packnum == n
                for m in server.of(PushMsg)
                for n in withheld
            )
            >= 2
        )
    )
    copies = [m for m in server.of(PushMsg) if isinstance(m, PushMsg) and m.packnum == withheld[0]]
    assert copies[0] == copies[1]  # the very same packet, samples and all
    await server.wait_for(lambda: withheld[0] not in module._pending)
    assert module.resent >= 1


async def test_reconnects_with_backoff(server: AckServer, running: Factory) -> None:
    server.refuse = True  # accept and close at once: the module never hears back
    module = running(reconnect_base=0.02, reconnect_cap=0.1)
    await server.wait_for(lambda: len(server.connect_times) >= 6)
    gaps = np.diff(server.connect_times)
    assert gaps.max() < 0.1 + 0.4  # never much longer than the cap (slack for a busy CI)
    assert module.sent["push_msg"] + module.sent["push_online"] < 50

    server.refuse = False
    await server.wait_for(lambda: module.acks_received > 0)
    acked_info = len(server.of(PushInfo))
    start = len(server.connect_times)
    server.drop_all()
    await server.wait_for(lambda: len(server.connect_times) > start and module.connected)
    await server.wait_for(lambda: len(server.of(PushOnline)) >= 2)
    assert module.connects == len(server.connect_times)
    assert len(server.of(PushInfo)) == acked_info  # push_info once per boot once acked


def test_backoff_is_capped_exponential_with_full_jitter() -> None:
    module = SimulatedModule(IMEI, "127.0.0.1", 1, reconnect_base=0.5, reconnect_cap=30.0)
    for attempt in range(12):
        delays = [module._backoff(attempt) for _ in range(200)]
        ceiling = min(30.0, 0.5 * 2**attempt)
        assert min(delays) >= 0 and max(delays) <= ceiling
        assert max(delays) > 0.8 * ceiling  # the whole range is used
    assert module._backoff(10_000) <= 30.0


def test_seeded_identity_and_faults_are_deterministic() -> None:
    a = SimulatedModule(IMEI, "h", 1, seed=5, faults=True)
    b = SimulatedModule(IMEI, "h", 1, seed=5, faults=True)
    c = SimulatedModule(IMEI, "h", 1, seed=6, faults=True)
    assert (a.ccid, a.location) == (b.ccid, b.location) != (c.ccid, c.location)
    for _ in range(40):
        a._fault_step()
        b._fault_step()
        assert (a.st, a.dt) == (b.st, b.dt)
    seen: set[int] = set()
    for _ in range(200):
        a._fault_step()
        seen.update(a.st)
        seen.update(2 * d + 10 for d in a.dt)
    assert {0, 1, 2, 3, 12} <= seen  # offline, online, interference, stuck, crystal fault


async def test_faults_are_reported(server: AckServer, running: Factory) -> None:
    module = running(faults=True, fault_interval=0.05)
    await server.wait_for(lambda: len(server.of(PushOnline)) >= 8)
    states = [m for m in server.of(PushOnline) if isinstance(m, PushOnline)]
    kinds = {s.kind for m in states for s in m.st.values()}
    assert kinds - {SensorKind.ONLINE}
    assert module.sent["push_online"] >= 8


def test_bump_version() -> None:
    assert bump_version("1.0.3") == "1.0.4"
    assert bump_version("1.0.9") == "1.0.10"
    assert bump_version("7") == "8"


async def test_stop_before_run_and_cancel_run(server: AckServer) -> None:
    module = SimulatedModule(IMEI, "127.0.0.1", server.port, **FAST)
    await module.stop()  # not running: nothing to do
    task = asyncio.create_task(module.run())
    await server.wait_for(lambda: module.connected)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert not module.connected
