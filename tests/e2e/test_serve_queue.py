"""`fourgmon serve` keeps the command queue: what the window queued is delivered by serve."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

from fourgmon.protocol.messages import Ping, TimeAck, VersionAck, VersionRequest
from fourgmon.server import Server, ServerConfig
from fourgmon.sim.scripted import ScriptedModule
from fourgmon.store import Store
from tests.processes import ServeProcess

IMEI = "865501040783269"


async def _queue_one(data_dir: Path) -> str:
    store = Store.open(data_dir)
    await store.start()
    server = Server(ServerConfig(host="127.0.0.1", port=0), store)
    await server.start()
    item = server.enqueue(IMEI, "version")
    await server.stop()
    await store.close()
    return item


async def _module_comes_back(port: int) -> list[str]:
    module = await ScriptedModule.connect("127.0.0.1", port, imei=IMEI)
    try:
        module.send(Ping(IMEI))
        got = []
        while len(got) < 3:
            msg = await module.recv(timeout=10)
            got.append(msg.CMD)
            if isinstance(msg, VersionRequest):
                module.send(VersionAck(IMEI, "0001", "1.0.4"))
        return sorted(got)
    finally:
        await module.aclose()


async def _stored_states(data_dir: Path) -> list[tuple[str, str]]:
    store = Store.open(data_dir)
    await store.start()
    try:
        return [(r.id, r.state) for r in store.command_queue()]
    finally:
        await store.close()


def test_serve_delivers_the_stored_queue_and_syncs_the_clock(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    item = asyncio.run(_queue_one(data_dir))
    serve = ServeProcess(data_dir, "--auto-time-sync")
    try:
        assert sorted(asyncio.run(_module_comes_back(serve.port))) == sorted(
            ["pong", TimeAck.CMD, VersionRequest.CMD]
        )
        serve.send_signal(signal.SIGTERM)
        assert serve.wait() == 0, serve.log()
    finally:
        serve.kill()
    assert "1 queued commands reloaded" in serve.log()
    assert asyncio.run(_stored_states(data_dir)) == [(item, "ok")]
