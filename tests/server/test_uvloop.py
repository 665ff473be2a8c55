"""``fourgmon serve`` runs on uvloop where it is installed: the server must work there too."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from fourgmon.protocol.messages import Ping, PushMsgAck
from fourgmon.server import Server
from fourgmon.sim.scripted import ScriptedModule, make_push_msg
from fourgmon.store import Store
from tests.server.conftest import IMEI, TEST_CONFIG

uvloop = pytest.importorskip("uvloop", reason="uvloop is not available on this platform")


def test_server_answers_and_acks_on_uvloop(tmp_path: Path) -> None:
    async def scenario() -> None:
        store = Store.open(tmp_path)
        await store.start()
        server = Server(TEST_CONFIG, store)
        await server.start()
        assert server.address is not None
        module = await ScriptedModule.connect("127.0.0.1", server.address[1], imei=IMEI)
        try:
            module.send(Ping(IMEI))
            await module.expect("pong")
            module.send(make_push_msg(IMEI, 5, time="2026-11-24 08:00:00"))
            ack = await module.expect(PushMsgAck)
            assert isinstance(ack, PushMsgAck) and ack.packnum == 5
            assert store.packet_count(IMEI) == 1
        finally:
            await module.aclose()
            await server.stop()
            await store.close()

    loop = uvloop.new_event_loop()
    try:
        loop.run_until_complete(asyncio.wait_for(scenario(), 20))
    finally:
        loop.close()
