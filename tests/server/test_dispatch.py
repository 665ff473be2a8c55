"""The request engine over real sockets: bounded bulk actions, the stored queue, auto time sync."""

from __future__ import annotations

import asyncio
import time
from dataclasses import replace
from pathlib import Path

import pytest

from fourgmon.domain.alarms import AlarmRaised
from fourgmon.protocol.messages import InfoAck, Ping, TimeAck, VersionAck, VersionRequest
from fourgmon.server import Server
from fourgmon.server.events import CommandResult, QueueChanged
from fourgmon.sim.scripted import ScriptedModule, device_time, make_push_msg
from fourgmon.store import QueuedCommandRecord, Store
from tests.server.conftest import IMEI, TEST_CONFIG, Harness, running_server


def imeis(n: int) -> list[str]:
    return [str(865501040900000 + i) for i in range(n)]


async def online(harness: Harness, imei: str = IMEI) -> ScriptedModule:
    module = await harness.connect(imei)
    module.send(Ping(imei))
    await module.expect("pong")
    return module


async def wait_for(condition: object, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.01)


async def test_bulk_time_sync_on_50_modules_sends_exactly_50_time_acks(harness: Harness) -> None:
    modules = [await online(harness, imei) for imei in imeis(50)]
    results = await harness.server.engine.bulk([m.imei for m in modules], "time")
    assert [r.status for r in results if isinstance(r, CommandResult)] == ["ok"] * 50
    for module in modules:
        ack = await module.expect(TimeAck)
        assert abs(ack.timestamp - time.time()) < 5
        with pytest.raises(TimeoutError):  # exactly one each
            await module.recv(timeout=0.05)
    assert harness.server.engine.peak_in_flight <= TEST_CONFIG.max_in_flight
    await asyncio.sleep(0.1)
    assert sum(len(harness.store.command_history(m.imei)) for m in modules) == 50


async def test_bulk_keeps_at_most_max_in_flight_requests_on_the_air(harness: Harness) -> None:
    modules = [await online(harness, imei) for imei in imeis(30)]
    outstanding = 0
    peak = 0

    async def answer_slowly(module: ScriptedModule) -> None:
        nonlocal outstanding, peak
        await module.expect(VersionRequest, timeout=10)
        outstanding += 1
        peak = max(peak, outstanding)
        await asyncio.sleep(0.05)
        outstanding -= 1
        module.send(VersionAck(module.imei, "0001", "1.0.4"))

    answers = [asyncio.create_task(answer_slowly(m)) for m in modules]
    results = await harness.server.engine.bulk([m.imei for m in modules], "version")
    await asyncio.gather(*answers)
    assert [r.status for r in results if isinstance(r, CommandResult)] == ["ok"] * 30
    assert peak == TEST_CONFIG.max_in_flight == 8  # bounded, and the bound is used
    assert harness.server.engine.peak_in_flight == 8


async def test_bulk_queues_the_offline_modules(harness: Harness) -> None:
    module = await online(harness)
    results = await asyncio.wait_for(
        harness.server.engine.bulk([IMEI, "865501040783277"], "time"), 5
    )
    assert isinstance(results[0], CommandResult) and results[0].status == "ok"
    assert isinstance(results[1], QueuedCommandRecord) and results[1].state == "queued"
    await module.expect(TimeAck)
    assert [i.imei for i in harness.server.engine.queued()] == ["865501040783277"]


async def test_queued_version_is_delivered_once_on_reconnect(harness: Harness) -> None:
    item_id = harness.server.enqueue(IMEI, "version")
    assert [i.state for i in harness.server.engine.queued()] == ["queued"]
    module = await harness.connect(IMEI)
    module.send(Ping(IMEI))
    request = await module.expect(VersionRequest, skip_other=True)
    assert request.imei == IMEI
    module.send(VersionAck(IMEI, "0001", "1.0.4"))
    await wait_for(lambda: not harness.server.engine.queued())
    states = [e.item.state for e in harness.of_type(QueueChanged) if e.item.id == item_id]
    assert states == ["queued", "sending", "ok"]
    # A second connection of the same module gets nothing more.
    await module.aclose()
    again = await harness.connect(IMEI)
    again.send(Ping(IMEI))
    await again.expect("pong")
    with pytest.raises(TimeoutError):
        await again.recv(timeout=0.3)
    await asyncio.sleep(0.1)
    history = harness.store.command_history(IMEI)
    assert [(r.kind, r.status) for r in history] == [("version", "ok")]
    stored = harness.store.command_queue()
    assert [(r.id, r.state) for r in stored] == [(item_id, "ok")]


async def test_queued_command_expires_when_the_module_does_not_come_back(
    harness: Harness,
) -> None:
    item_id = harness.server.enqueue(IMEI, "version", time.time() + 0.3)
    await wait_for(lambda: not harness.server.engine.queued())
    states = [e.item.state for e in harness.of_type(QueueChanged) if e.item.id == item_id]
    assert states == ["queued", "expired"]
    module = await online(harness)  # back too late: nothing is sent
    with pytest.raises(TimeoutError):
        await module.recv(timeout=0.3)
    await asyncio.sleep(0.1)
    assert [r.state for r in harness.store.command_queue()] == ["expired"]
    assert harness.store.command_history(IMEI) == []


async def test_cancelled_command_is_not_sent(harness: Harness) -> None:
    item_id = harness.server.enqueue(IMEI, "info")
    assert harness.server.engine.cancel(item_id)
    assert not harness.server.engine.cancel(item_id)
    module = await online(harness)
    with pytest.raises(TimeoutError):
        await module.recv(timeout=0.3)
    await asyncio.sleep(0.1)
    assert [r.state for r in harness.store.command_queue()] == ["cancelled"]


async def test_queue_survives_a_restart(tmp_path: Path) -> None:
    config = replace(TEST_CONFIG)
    store = Store.open(tmp_path)
    await store.start()
    server = Server(config, store)
    await server.start()
    first = server.enqueue(IMEI, "version")
    second = server.enqueue(IMEI, "info")
    await server.stop()
    await store.close()

    store = Store.open(tmp_path)
    await store.start()
    server = Server(config, store)
    await server.start()
    try:
        assert [i.id for i in server.engine.queued()] == [first, second]
        assert server.address is not None
        module = await ScriptedModule.connect("127.0.0.1", server.address[1], imei=IMEI)
        try:
            module.send(Ping(IMEI))
            await module.expect("pong")
            request = await module.expect(VersionRequest)  # in the order queued
            assert request.imei == IMEI
            module.send(VersionAck(IMEI, "0001", "1.0.4"))
            await module.expect("info")
            module.send(InfoAck("89860317045714788688", "1,2", (0, 0, 0)))
            await wait_for(lambda: not server.engine.queued())
        finally:
            await module.aclose()
    finally:
        await server.stop()
        await store.close()
    store = Store.open(tmp_path)
    await store.start()
    try:
        assert [(r.id, r.state) for r in store.command_queue()] == [(first, "ok"), (second, "ok")]
        assert [r.kind for r in store.command_history(IMEI)] == ["info", "version"]
    finally:
        await store.close()


async def test_auto_time_sync_on_connect_and_on_clock_skew(tmp_path: Path) -> None:
    async with running_server(tmp_path, replace(TEST_CONFIG, auto_time_sync=True)) as harness:
        await _auto_sync(harness)


async def _auto_sync(harness: Harness) -> None:
    module = await harness.connect(IMEI)
    module.send(Ping(IMEI))
    await module.expect(TimeAck, skip_other=True)  # on connect
    harness.server.engine._last_sync.clear()
    # A frame whose device time is 10 minutes behind raises clock_skew: synced again.
    module.send(make_push_msg(IMEI, 1, time=device_time(time.time() - 600)))
    await module.expect(TimeAck, skip_other=True)
    raised = [e.alarm.kind for e in harness.of_type(AlarmRaised)]
    assert "clock_skew" in raised
    synced = [e for e in harness.of_type(CommandResult) if e.kind == "time"]
    assert [e.status for e in synced] == ["ok", "ok"]


async def test_no_auto_time_sync_by_default(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    await store.start()
    server = Server(replace(TEST_CONFIG), store)
    await server.start()
    try:
        assert server.address is not None
        module = await ScriptedModule.connect("127.0.0.1", server.address[1], imei=IMEI)
        module.send(Ping(IMEI))
        await module.expect("pong")
        with pytest.raises(TimeoutError):
            await module.recv(timeout=0.3)
        await module.aclose()
    finally:
        await server.stop()
        await store.close()
