"""A real mosquitto on a free loopback port (a config file the test writes), a real server
with its store in tmp_path, and a real MQTT client to watch what arrives.

Never the system's mosquitto service: each broker is a child process of the test,
stopped (and started again on the same port) when the test says.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import socket
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import aiomqtt
import pytest

from fourgmon.bridge import Bridge, BridgeConfig
from fourgmon.server import Server, ServerConfig
from fourgmon.sim.scripted import ScriptedModule
from fourgmon.store import Store
from tests.server.conftest import Harness, running_server

MOSQUITTO = shutil.which("mosquitto") or (
    "/usr/sbin/mosquitto" if Path("/usr/sbin/mosquitto").exists() else None
)
pytestmark = pytest.mark.skipif(MOSQUITTO is None, reason="needs mosquitto (scripts/setup.sh)")

IMEI = "865501040783269"
IMEI2 = "865501040783277"
SERVER_CONFIG = ServerConfig(
    host="127.0.0.1", port=0, heartbeat_timeout=5.0, identify_timeout=5.0, request_timeout=3.0
)
# Fast reconnects: a test waits for the broker, not for backoff.
FAST = {"backoff_base": 0.05, "backoff_cap": 0.3, "keepalive": 5}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Broker:
    """One mosquitto process and its config; ``stop``/``start`` keep the port."""

    root: Path
    port: int = field(default_factory=free_port)
    users: dict[str, str] = field(default_factory=dict)
    tls: dict[str, Path] | None = None  # ca, cert, key: a TLS listener on tls_port
    tls_port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None

    def write_config(self) -> Path:
        lines = [
            f"listener {self.port} 127.0.0.1",
            "persistence false",
            f"log_dest file {self.root / 'mosquitto.log'}",
            "log_type all",
        ]
        if os.geteuid() == 0:
            lines.append("user root")  # else it drops to 'mosquitto', who cannot read tmp_path
        if self.users:
            pw = self.root / "passwords"
            pw.write_text("")
            for user, password in self.users.items():
                subprocess.run(
                    ["mosquitto_passwd", "-b", str(pw), user, password], check=True, timeout=30
                )
            pw.chmod(0o600)
            lines += ["allow_anonymous false", f"password_file {pw}"]
        else:
            lines.append("allow_anonymous true")
        if self.tls is not None:
            lines += [
                f"listener {self.tls_port} 127.0.0.1",
                f"cafile {self.tls['ca']}",
                f"certfile {self.tls['cert']}",
                f"keyfile {self.tls['key']}",
            ]
        conf = self.root / "mosquitto.conf"
        conf.write_text("\n".join(lines) + "\n")
        return conf

    def start(self) -> None:
        assert MOSQUITTO is not None and self.proc is None
        conf = self.write_config()
        self.proc = subprocess.Popen(
            [MOSQUITTO, "-c", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                err = self.proc.stderr.read().decode() if self.proc.stderr else ""
                raise RuntimeError(f"mosquitto exited: {err}")
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2),
            ):
                return
            time.sleep(0.02)
        raise RuntimeError("mosquitto did not start listening")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
            if self.proc.stderr is not None:
                self.proc.stderr.close()
            self.proc = None

    @property
    def url(self) -> str:
        return f"mqtt://127.0.0.1:{self.port}"


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[Broker]:
    root = tmp_path / "broker"
    root.mkdir()
    b = Broker(root)
    b.start()
    try:
        yield b
    finally:
        b.stop()


class Watcher:
    """A real MQTT client subscribed to ``topics``: every message, decoded, in order."""

    def __init__(self, client: aiomqtt.Client) -> None:
        self.client = client
        self.messages: list[tuple[str, Any, aiomqtt.Message]] = []
        self._new = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    async def _read(self) -> None:
        async for m in self.client.messages:
            payload = m.payload
            try:
                value = json.loads(payload) if isinstance(payload, bytes | str) else payload
            except ValueError:
                value = payload
            self.messages.append((m.topic.value, value, m))
            self._new.set()

    def on(self, topic: str) -> list[Any]:
        return [v for t, v, _ in self.messages if t == topic]

    async def until(self, check: Any, timeout: float = 10.0, what: str = "") -> Any:
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            found = check()
            if found:
                return found
            left = deadline - asyncio.get_running_loop().time()
            if left <= 0:
                topics = sorted({t for t, _, _ in self.messages})
                raise AssertionError(f"timed out waiting for {what or check}; topics: {topics}")
            self._new.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new.wait(), min(left, 0.2))


@contextlib.asynccontextmanager
async def watching(
    port: int, *topics: str, v5: bool = False, **kwargs: Any
) -> AsyncIterator[Watcher]:
    client = aiomqtt.Client(
        "127.0.0.1",
        port,
        identifier=f"watcher-{time.monotonic_ns()}",
        protocol=aiomqtt.ProtocolVersion.V5 if v5 else aiomqtt.ProtocolVersion.V311,
        **kwargs,
    )
    async with client:
        for topic in topics:
            await client.subscribe(topic, qos=1)
        watcher = Watcher(client)
        watcher._task = asyncio.create_task(watcher._read(), name="mqtt-watcher")
        try:
            yield watcher
        finally:
            watcher._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watcher._task


class Site(Harness):
    """A running server and store, the bridge under test, and scripted modules."""

    def __init__(self, server: Server, store: Store, data_dir: Path) -> None:
        super().__init__(server, store, data_dir)
        self.bridge: Bridge | None = None

    async def module(self, imei: str = IMEI, *, auto_reply: bool = False) -> ScriptedModule:
        return await self.connect(imei, auto_reply=auto_reply)

    async def aclose(self) -> None:
        await super().aclose()
        await self.stop_bridge()

    async def start_bridge(self, config: BridgeConfig, **kwargs: Any) -> Bridge:
        self.bridge = Bridge(replace(config), self.server, **kwargs)
        await self.bridge.start()
        return self.bridge

    async def stop_bridge(self) -> None:
        if self.bridge is not None:
            await self.bridge.stop()
            self.bridge = None


def running_site(data_dir: Path) -> contextlib.AbstractAsyncContextManager[Site]:
    """The server and store of the bridge tests, with a Site (the bridge stopped after)."""
    return running_server(data_dir, SERVER_CONFIG, Site)


@pytest.fixture
async def site(tmp_path: Path) -> AsyncIterator[Site]:
    data = tmp_path / "data"
    data.mkdir()
    async with running_site(data) as s:
        yield s


async def until(check: Any, timeout: float = 10.0, what: str = "") -> Any:
    deadline = time.monotonic() + timeout
    while not (found := check()):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or check}")
        await asyncio.sleep(0.02)
    return found
