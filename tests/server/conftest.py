"""A real server on 127.0.0.1 with a real SQLite store in tmp_path, timeouts shrunk."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest

from fourgmon.server import Server, ServerConfig
from fourgmon.server.events import Event
from fourgmon.sim.scripted import ScriptedModule
from fourgmon.store import Store

IMEI = "865501040783269"
IMEI2 = "865501040783277"

TEST_CONFIG = ServerConfig(
    host="127.0.0.1",
    port=0,
    heartbeat_timeout=5.0,
    identify_timeout=5.0,
    request_timeout=2.0,
)


class Harness:
    """A running server, its store, the events it published, and a way to connect modules."""

    def __init__(self, server: Server, store: Store, data_dir: Path) -> None:
        self.server = server
        self.store = store
        self.data_dir = data_dir
        self.events: list[Event] = []
        self.modules: list[ScriptedModule] = []
        server.subscribe(self.events.append)

    @property
    def port(self) -> int:
        assert self.server.address is not None
        return self.server.address[1]

    async def connect(self, imei: str = IMEI, *, auto_reply: bool = False) -> ScriptedModule:
        module = await ScriptedModule.connect(
            "127.0.0.1", self.port, imei=imei, auto_reply=auto_reply
        )
        self.modules.append(module)
        return module

    def of_type(self, cls: type) -> list:
        return [e for e in self.events if isinstance(e, cls)]


@pytest.fixture
def server_config() -> ServerConfig:
    return TEST_CONFIG


@pytest.fixture
async def harness(tmp_path: Path, server_config: ServerConfig) -> AsyncIterator[Harness]:
    store = Store.open(tmp_path)
    await store.start()
    server = Server(replace(server_config), store)
    h = Harness(server, store, tmp_path)
    await server.start()
    try:
        yield h
    finally:
        for module in h.modules:
            await module.aclose()
        await server.stop()
        await store.close()
