"""The scripted test peer and the message builders."""

from __future__ import annotations

import numpy as np
import pytest

from fourgmon.protocol import decode, encode
from fourgmon.protocol.messages import (
    PushMsg,
    PushMsgAck,
    PushOnlineAck,
    QueryMsgAck,
    QueryMsgRequest,
    SensorKind,
    TimeAck,
    TimeRequest,
    VersionAck,
    VersionRequest,
)
from fourgmon.sim.scripted import ScriptedModule, make_push_msg, make_push_online

from .conftest import AckServer

IMEI = "865501040783269"


def test_builders_round_trip_through_the_codec() -> None:
    msg = make_push_msg(IMEI, 5, {3: np.arange(50) * 1000}, time="2024-07-16 10:00:00")
    assert decode(encode(msg)) == msg
    online = make_push_online(IMEI, 6, st={0: 1, 1: 0, 2: 2, 3: 3, 4: "11"}, dt={0: 1})
    back = decode(encode(online))
    assert back.st[2].kind is SensorKind.INTERFERENCE
    assert back.st[4].kind is SensorKind.RESERVED
    assert back.dt[0].fault is True


async def test_push_and_expect_ack(server: AckServer) -> None:
    async with await ScriptedModule.connect("127.0.0.1", server.port, imei=IMEI) as sm:
        sm.send(make_push_msg(IMEI, 7))
        ack = await sm.expect(PushMsgAck)
        assert ack == PushMsgAck(packnum=7)
        sm.send(make_push_online(IMEI, 8))
        with pytest.raises(AssertionError):
            await sm.expect("push_msg_ack")
        # split byte by byte, with noise around: the server still gets one message
        data = b"AT\r\n" + encode(TimeRequest(imei=IMEI)) + b"\x00"
        for i in range(len(data)):
            sm.send_raw(data[i : i + 1])
            await sm.drain()
        assert isinstance(await sm.expect(TimeAck), TimeAck)
        sm.send(make_push_online(IMEI, 9))
        sm.send(make_push_msg(IMEI, 10))
        assert (await sm.expect(PushMsgAck, skip_other=True)).packnum == 10
        with pytest.raises(TimeoutError):
            await sm.recv(timeout=0.05)
    assert isinstance(server.of(PushMsg)[0], PushMsg)
    assert PushOnlineAck(packnum=8) != PushOnlineAck(packnum=9)


async def test_closed_by_server(server: AckServer) -> None:
    sm = await ScriptedModule.connect("127.0.0.1", server.port, imei=IMEI)
    sm.send(make_push_online(IMEI, 1))
    await sm.expect(PushOnlineAck)
    assert not await sm.closed(0.05)
    server.drop_all()
    assert await sm.closed(2.0)
    with pytest.raises(ConnectionError):
        await sm.recv()
    await sm.aclose()


async def test_auto_reply(server: AckServer) -> None:
    async with await ScriptedModule.connect(
        "127.0.0.1", server.port, imei=IMEI, auto_reply=True
    ) as sm:
        sm.send(make_push_online(IMEI, 1))
        await sm.expect(PushOnlineAck)
        reply = await server.request(VersionRequest(imei=IMEI), VersionAck)
        assert reply == VersionAck(imei=IMEI, type="0001", version="1.0.3")
        await server.request(QueryMsgRequest(imei=IMEI), QueryMsgAck)
        await server.wait_for(lambda: len(server.of(PushMsg)) == 1)
        assert sorted(server.of(PushMsg)[0].channels) == list(range(9))
        assert [type(m) for m in sm.auto_replied] == [VersionRequest, QueryMsgRequest]
        assert (await sm.expect(PushMsgAck)).packnum == server.of(PushMsg)[0].packnum
