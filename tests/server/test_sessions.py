"""Connections: identity, takeover, heartbeat and identify timeouts, limits."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest

from fourgmon.protocol.messages import Ping, PushMsgAck
from fourgmon.server import ServerConfig
from fourgmon.server.events import DeviceOffline, DeviceOnline, ProtocolErrorEvent
from fourgmon.sim.scripted import make_push_msg
from tests.server.conftest import IMEI, IMEI2, TEST_CONFIG, Harness


async def test_takeover_closes_the_old_connection_and_keeps_one_row(harness: Harness) -> None:
    first = await harness.connect()
    first.send(Ping(IMEI))
    await first.expect("pong")
    second = await harness.connect()
    second.send(Ping(IMEI))
    await second.expect("pong")
    assert await first.closed(timeout=2)
    assert len(harness.server.registry) == 1
    assert harness.server.is_online(IMEI)
    online = harness.of_type(DeviceOnline)
    assert [e.takeover for e in online] == [False, True]
    # The old connection closing must not make the device offline.
    await asyncio.sleep(0.05)
    assert harness.of_type(DeviceOffline) == []
    assert harness.server.registry.get(IMEI).online  # type: ignore[union-attr]


async def test_closed_socket_makes_the_module_offline_at_once(harness: Harness) -> None:
    module = await harness.connect()
    module.send(Ping(IMEI))
    await module.expect("pong")
    await module.aclose()
    for _ in range(100):
        if harness.of_type(DeviceOffline):
            break
        await asyncio.sleep(0.01)
    offline = harness.of_type(DeviceOffline)
    assert [e.cause for e in offline] == ["closed by peer"]
    assert not harness.server.registry.get(IMEI).online  # type: ignore[union-attr]


@pytest.fixture
def server_config() -> ServerConfig:
    return replace(TEST_CONFIG, heartbeat_timeout=0.4, identify_timeout=0.3)


async def test_heartbeat_timeout_closes_a_silent_module_not_earlier(harness: Harness) -> None:
    module = await harness.connect()
    module.send(Ping(IMEI))
    await module.expect("pong")
    # Keep talking for longer than the timeout: it must stay up.
    for _ in range(4):
        await asyncio.sleep(0.2)
        module.send(Ping(IMEI))
        await module.expect("pong")
    assert harness.server.is_online(IMEI)
    loop = asyncio.get_running_loop()
    silent_from = loop.time()
    assert await module.closed(timeout=2)
    waited = loop.time() - silent_from
    assert 0.35 <= waited < 1.0, waited
    offline = harness.of_type(DeviceOffline)
    assert [e.cause for e in offline] == ["heartbeat timeout"]


async def test_connection_that_never_identifies_is_closed(harness: Harness) -> None:
    module = await harness.connect()
    module.send_raw(b"AT\r\n")
    assert await module.closed(timeout=2)
    assert len(harness.server.registry) == 0


async def test_object_over_the_size_cap_closes_that_connection_only(harness: Harness) -> None:
    other = await harness.connect(IMEI2)
    other.send(Ping(IMEI2))
    await other.expect("pong")
    module = await harness.connect()
    module.send(Ping(IMEI))
    await module.expect("pong")
    module.send_raw(b'{"cmd":"push_msg","data0":"' + b"0" * (70 * 1024))
    assert await module.closed(timeout=2)
    assert (
        "size" in harness.of_type(ProtocolErrorEvent)[0].reason.lower()
        or "large" in harness.of_type(ProtocolErrorEvent)[0].reason.lower()
    )
    other.send(Ping(IMEI2))
    await other.expect("pong")


async def test_allow_list_disconnects_unknown_imeis(harness: Harness) -> None:
    await harness.server.restart(replace(harness.server.config, allow_imeis=frozenset({IMEI})))
    stranger = await harness.connect(IMEI2)
    stranger.send(Ping(IMEI2))
    assert await stranger.closed(timeout=2)
    friend = await harness.connect(IMEI)
    friend.send(Ping(IMEI))
    await friend.expect("pong")
    assert harness.server.registry.imeis() == [IMEI]


async def test_takeover_keeps_the_newest_state_and_all_packets(
    harness: Harness,
) -> None:
    old = await harness.connect()
    old.send(make_push_msg(IMEI, 1, temperature=10.0))
    await old.expect(PushMsgAck)
    new = await harness.connect()
    new.send(make_push_msg(IMEI, 2, temperature=30.0))
    await new.expect(PushMsgAck)
    assert await old.closed(timeout=2)
    assert harness.server.registry.get(IMEI).temperature == 30.0  # type: ignore[union-attr]
    assert harness.server.registry.get(IMEI).packet_count == 2  # type: ignore[union-attr]
