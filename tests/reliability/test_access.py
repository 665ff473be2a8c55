"""Access control: bind address, IMEI allow-list, connection cap, connect rate; CLI options."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

import pytest

from fourgmon.cli import build_parser, server_config
from fourgmon.protocol.messages import Ping
from fourgmon.server.config import (
    DEFAULT_IDENTIFY_TIMEOUT,
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_MAX_OBJECT_SIZE,
    ServerConfig,
)
from fourgmon.server.events import DeviceOnline
from fourgmon.sim.scripted import ScriptedModule
from fourgmon.store import Store
from tests.reliability.conftest import RELIABILITY_CONFIG, running_server

IMEI = "865501040783269"
STRANGER = "865501040783277"


async def test_unknown_imei_is_logged_and_disconnected(
    tmp_path: Path, server_log: pytest.LogCaptureFixture
) -> None:
    config = replace(RELIABILITY_CONFIG, allow_imeis=frozenset({IMEI}))
    async with running_server(tmp_path, config) as h:
        stranger = await h.connect(STRANGER)
        stranger.send(Ping(STRANGER))
        assert await stranger.closed(timeout=5)
        friend = await h.connect(IMEI)
        friend.send(Ping(IMEI))
        await friend.expect("pong")
        assert h.server.registry.imeis() == [IMEI]
        assert [e.imei for e in h.of_type(DeviceOnline)] == [IMEI]
    store = Store.open(tmp_path)  # one device row on disk too, after the store flushed
    try:
        assert [d.imei for d in store.devices()] == [IMEI]
    finally:
        await store.close()
    assert any(
        STRANGER in r.getMessage() and "allow-list" in r.getMessage() for r in server_log.records
    )


async def test_the_connection_over_the_cap_is_closed_and_counted(
    tmp_path: Path, server_log: pytest.LogCaptureFixture
) -> None:
    cap = 5
    async with running_server(tmp_path, replace(RELIABILITY_CONFIG, max_connections=cap)) as h:
        imeis = [f"86550104078{i:04d}" for i in range(cap + 1)]
        modules = [await h.connect(imei) for imei in imeis[:cap]]
        for m in modules:
            m.send(Ping(m.imei))
            await m.expect("pong")
        assert h.server.stats.connections == cap
        extra = await h.connect(imeis[cap])
        assert await extra.closed(timeout=5)
        assert h.server.stats.rejected_connections == 1
        assert h.server.stats.connections == cap
        for m in modules:  # the others are untouched
            m.send(Ping(m.imei))
            await m.expect("pong")
        await modules[0].aclose()  # a free slot is usable again
        for _ in range(200):
            if h.server.stats.connections < cap:
                break
            await asyncio.sleep(0.01)
        again = await h.connect(imeis[cap])
        again.send(Ping(again.imei))
        await again.expect("pong")
    assert any("connection cap 5 reached" in r.getMessage() for r in server_log.records)


async def test_listener_binds_only_the_configured_address(tmp_path: Path) -> None:
    async with running_server(tmp_path) as h:
        assert h.server.address is not None and h.server.address[0] == "127.0.0.1"
        sockets = h.server._listener.sockets  # type: ignore[union-attr]
        assert [s.getsockname()[0] for s in sockets] == ["127.0.0.1"]


async def test_reconnect_storm_from_one_address_is_limited(tmp_path: Path) -> None:
    config = replace(
        RELIABILITY_CONFIG,
        max_connect_rate=20.0,
        max_connect_burst=10,
        connect_rate_exempt_loopback=False,  # loopback stands in for one remote address
    )
    async with running_server(tmp_path, config) as h:
        loop = asyncio.get_running_loop()
        started = loop.time()
        storm = [await ScriptedModule.connect("127.0.0.1", h.port) for _ in range(60)]
        took = loop.time() - started
        try:
            await asyncio.sleep(0.5)
            closed = sum(m.is_closed for m in storm)
        finally:
            for m in storm:
                await m.aclose()
        throttled = h.server.stats.throttled_connections
        # The burst of 10 plus 20/s while they connected; the rest are closed at accept.
        assert closed == throttled
        allowed = 60 - throttled
        assert 10 <= allowed <= 10 + 20 * took + 1, (allowed, took)


def test_safe_defaults() -> None:
    config = ServerConfig()
    assert config.allow_imeis is None  # any IMEI: the field default, set a list in settings
    assert config.identify_timeout == DEFAULT_IDENTIFY_TIMEOUT == 30.0
    assert config.max_object_size == DEFAULT_MAX_OBJECT_SIZE == 64 * 1024
    assert config.max_connections == DEFAULT_MAX_CONNECTIONS
    assert config.max_message_rate > 0 and config.max_byte_rate > 0
    assert config.max_connect_rate > 0 and config.max_connect_burst >= 100
    assert config.slow_reader_timeout > 0 and config.write_buffer_hard_cap > 0


def test_cli_limit_options_reach_the_server_config() -> None:
    args = build_parser().parse_args(
        [
            "serve",
            "--host",
            "192.0.2.1",
            "--max-connections",
            "7",
            "--max-connect-rate",
            "0",
            "--max-message-rate",
            "50",
            "--max-byte-rate",
            "1000",
            "--allow-imei",
            IMEI,
        ]
    )
    config = server_config(args)
    assert (config.host, config.max_connections, config.max_connect_rate) == ("192.0.2.1", 7, 0)
    assert (config.max_message_rate, config.max_byte_rate) == (50, 1000)
    assert config.allow_imeis == frozenset({IMEI})
    defaults = server_config(build_parser().parse_args(["serve"]))
    assert defaults.max_connections == ServerConfig().max_connections
    assert defaults.max_connect_rate == ServerConfig().max_connect_rate


@pytest.mark.parametrize("bad", ["-1", "x", "1.5"])
def test_bad_max_connections_is_one_line(bad: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(["serve", "--max-connections", bad])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1
