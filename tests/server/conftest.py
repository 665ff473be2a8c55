"""A real server on 127.0.0.1 with a real SQLite store in tmp_path, timeouts shrunk."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

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

    async def aclose(self) -> None:
        """Close what the test opened (before the server stops): the modules."""
        for module in self.modules:
            await module.aclose()


H = TypeVar("H", bound=Harness)


@contextlib.asynccontextmanager
async def running_server(
    data_dir: Path,
    config: ServerConfig = TEST_CONFIG,
    harness: type[H] = Harness,  # type: ignore[assignment]
    **store_options: Any,
) -> AsyncIterator[H]:
    """A started Server + Store in ``data_dir``; closes the harness, server and store after."""
    store = Store.open(data_dir, **store_options)
    await store.start()
    server = Server(replace(config), store)
    h = harness(server, store, data_dir)
    await server.start()
    try:
        yield h
    finally:
        await h.aclose()
        await server.stop()
        await store.close()


@pytest.fixture
def server_config() -> ServerConfig:
    return TEST_CONFIG


@pytest.fixture
async def harness(tmp_path: Path, server_config: ServerConfig) -> AsyncIterator[Harness]:
    async with running_server(tmp_path, server_config) as h:
        yield h
