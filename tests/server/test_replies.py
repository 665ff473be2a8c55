"""Every row of PROTOCOL.md's device -> server table, over a real loopback socket."""

from __future__ import annotations

import asyncio
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from fourgmon.protocol import encode
from fourgmon.protocol.messages import (
    Ping,
    PushInfo,
    PushInfoAck,
    PushMsgAck,
    PushOnlineAck,
    SensorKind,
    TimeAck,
    TimeRequest,
)
from fourgmon.server.events import (
    DeviceOnline,
    FrameReceived,
    InfoReceived,
    ProtocolErrorEvent,
    StatusReceived,
    Traffic,
)
from fourgmon.sim.scripted import make_push_msg, make_push_online
from tests.server.conftest import IMEI, TEST_CONFIG, Harness, running_server


async def test_ping_gets_pong_and_the_module_appears_online(harness: Harness) -> None:
    module = await harness.connect()
    module.send(Ping(IMEI))
    assert (await module.expect("pong")).CMD == "pong"
    dev = harness.server.registry.get(IMEI)
    assert dev is not None and dev.online and dev.peer.startswith("127.0.0.1:")
    assert [e.imei for e in harness.of_type(DeviceOnline)] == [IMEI]


async def test_time_request_gets_current_unix_time(harness: Harness) -> None:
    module = await harness.connect()
    module.send(TimeRequest(IMEI))
    reply = await module.expect(TimeAck)
    assert isinstance(reply, TimeAck)
    assert abs(reply.timestamp - time.time()) < 5


async def test_push_msg_is_acked_after_it_is_stored(harness: Harness) -> None:
    module = await harness.connect()
    samples = {k: np.arange(k * 100, k * 100 + 50, dtype=np.uint16) for k in (3, 4, 5)}
    module.send(make_push_msg(IMEI, 7, samples, time="2026-11-24 08:00:00"))
    ack = await module.expect(PushMsgAck)
    assert isinstance(ack, PushMsgAck) and ack.packnum == 7
    # The ack came after the commit: a fresh read sees every channel.
    stored = harness.store.latest_frames(IMEI)
    assert sorted(stored) == [3, 4, 5]
    for k, arr in samples.items():
        np.testing.assert_array_equal(stored[k].samples, arr)
        assert stored[k].packnum == 7 and stored[k].device_time == "2026-11-24 08:00:00"
    frames = harness.of_type(FrameReceived)
    assert len(frames) == 1 and sorted(frames[0].channels) == [3, 4, 5]
    dev = harness.server.registry.get(IMEI)
    assert dev is not None and dev.packet_count == 1 and dev.temperature == 25.5


async def test_push_info_is_acked_and_recorded(harness: Harness) -> None:
    module = await harness.connect()
    module.send(PushInfo(IMEI, "89860317045714788688", "113.584312,22.283756"))
    await module.expect(PushInfoAck)
    dev = harness.server.registry.get(IMEI)
    assert dev is not None and dev.ccid == "89860317045714788688"
    assert dev.location == "113.584312,22.283756"
    assert harness.of_type(InfoReceived)[0].err_counts is None
    assert [row.ccid for row in harness.store.devices()] == ["89860317045714788688"]


async def test_push_online_updates_sensor_states_including_reserved_codes(
    harness: Harness,
) -> None:
    module = await harness.connect()
    st = {0: 1, 1: 0, 2: 2, 3: 3, 4: "11", 5: 1, 6: 1, 7: 1, 8: 1}
    module.send(make_push_online(IMEI, 3, st=st, dt={k: int(k == 8) for k in range(9)}))
    ack = await module.expect(PushOnlineAck)
    assert isinstance(ack, PushOnlineAck) and ack.packnum == 3
    dev = harness.server.registry.get(IMEI)
    assert dev is not None
    kinds = [s.kind if s else None for s in dev.sensors]
    assert kinds[:5] == [
        SensorKind.ONLINE,
        SensorKind.OFFLINE,
        SensorKind.INTERFERENCE,
        SensorKind.STUCK,
        SensorKind.RESERVED,
    ]
    assert dev.sensors[4] is not None and "11" in dev.sensors[4].raw
    assert dev.crystals[8] is not None and dev.crystals[8].fault is True
    assert dev.has_fault()
    assert len(harness.of_type(StatusReceived)) == 1
    assert len(harness.store.status_history(IMEI)) == 1


async def test_duplicate_packnum_is_acked_again_and_stored_once(harness: Harness) -> None:
    module = await harness.connect()
    msg = make_push_msg(IMEI, 42, time="2026-11-24 08:00:00")
    module.send(msg)
    await module.expect(PushMsgAck)
    module.send(msg)  # the module lost our ack and re-sends
    ack = await module.expect(PushMsgAck)
    assert isinstance(ack, PushMsgAck) and ack.packnum == 42
    assert harness.store.packet_count(IMEI) == 1
    assert len(harness.of_type(FrameReceived)) == 1
    assert harness.server.stats.duplicates == 1


async def test_undecodable_packet_is_not_acked_but_quarantined(harness: Harness) -> None:
    module = await harness.connect()
    module.send(Ping(IMEI))
    await module.expect("pong")
    bad = (
        b'{"cmd":"push_msg","IMEI":"'
        + IMEI.encode()
        + b'","packnum":"9","time":"x","data0":"zzzz"}'
    )
    module.send_raw(bad)
    module.send(Ping(IMEI))
    # The bad packet got no ack: the next thing back is the pong.
    assert (await module.expect("pong")).CMD == "pong"
    errors = harness.of_type(ProtocolErrorEvent)
    assert len(errors) == 1 and errors[0].raw == bad
    await asyncio.sleep(0.05)  # quarantine is written in the background
    rows = harness.store.quarantine()
    assert len(rows) == 1 and bytes(rows[0].raw) == bad
    assert harness.store.packet_count(IMEI) == 0


async def test_unknown_cmd_is_logged_and_the_connection_stays_up(harness: Harness) -> None:
    module = await harness.connect()
    module.send(Ping(IMEI))
    await module.expect("pong")
    module.send_raw(b'{"cmd":"reboot_now","IMEI":"' + IMEI.encode() + b'"}')
    module.send(Ping(IMEI))
    await module.expect("pong")
    assert "reboot_now" in harness.of_type(ProtocolErrorEvent)[0].reason
    assert harness.server.is_online(IMEI)


async def test_split_concatenated_and_noisy_input_is_all_answered(harness: Harness) -> None:
    module = await harness.connect()
    from fourgmon.protocol import encode

    stream = (
        b"AT+CIPSEND\r\n\xff\xff"
        + encode(Ping(IMEI))
        + b"\r\n\x00\x00"
        + encode(make_push_msg(IMEI, 1))
        + encode(make_push_msg(IMEI, 2))
        + b"  "
        + encode(TimeRequest(IMEI))
    )
    for i in range(0, len(stream), 7):  # split every 7 bytes
        module.send_raw(stream[i : i + 7])
        await module.drain()
    got = [await module.recv() for _ in range(4)]
    # Acks wait for the commit, so the time_ack may overtake them.
    assert sorted(m.CMD for m in got) == ["pong", "push_msg_ack", "push_msg_ack", "time_ack"]
    assert harness.store.packet_count(IMEI) == 2


async def test_message_with_another_imei_on_a_bound_connection_is_an_error(
    harness: Harness,
) -> None:
    module = await harness.connect()
    module.send(Ping(IMEI))
    await module.expect("pong")
    module.send(make_push_msg("865501040783277", 5))
    module.send(Ping(IMEI))
    await module.expect("pong")  # no ack for the foreign packet
    assert harness.store.packet_count() == 0
    assert "bound to" in harness.of_type(ProtocolErrorEvent)[0].reason


@pytest.mark.parametrize("terminator", [b"", b"\r\n"])
async def test_push_msg_ack_bytes_on_the_wire_and_in_traffic(
    tmp_path: Path, terminator: bytes
) -> None:
    # The ack is written without building a PushMsgAck (Session.send_push_msg_ack): the
    # same bytes as encode(PushMsgAck(n)), the configured terminator, the same Traffic event.
    config = replace(TEST_CONFIG, reply_terminator=terminator)
    async with running_server(tmp_path, config) as h:
        reader, writer = await asyncio.open_connection("127.0.0.1", h.port)
        try:
            for packnum in (0, 7, 4294967295):
                writer.write(encode(make_push_msg(IMEI, packnum)))
                expected = encode(PushMsgAck(packnum))
                want = expected + terminator
                got = await asyncio.wait_for(reader.readexactly(len(want)), 10)
                assert got == want
                out = [e for e in h.of_type(Traffic) if e.direction == "out"]
                assert (out[-1].cmd, out[-1].raw, out[-1].imei) == ("push_msg_ack", expected, IMEI)
            assert h.server.stats.acks == 3
            assert h.server.stats.messages_out == 3
        finally:
            writer.close()
            await writer.wait_closed()
