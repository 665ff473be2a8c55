"""The listener on its own terms: what it binds, and a stop in the middle of a storm."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from dataclasses import replace
from pathlib import Path

import pytest

from fourgmon.protocol.messages import Ping
from fourgmon.server.listener import bind_sockets
from fourgmon.sim.scripted import ScriptedModule
from tests.reliability.conftest import RELIABILITY_CONFIG, running_server

IMEI = "865501040783269"


def _has_ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6) as s:
            s.bind(("::1", 0))
    except OSError:
        return False
    return True


async def test_a_name_binds_each_of_its_addresses() -> None:
    sockets = await bind_sockets("localhost", 0, 16)
    try:
        hosts = {s.getsockname()[0] for s in sockets}
        assert "127.0.0.1" in hosts
        assert all(s.getblocking() is False for s in sockets)
    finally:
        for s in sockets:
            s.close()


@pytest.mark.skipif(not _has_ipv6_loopback(), reason="no IPv6 loopback")
async def test_ipv6_module_is_served_and_its_address_bracketed(tmp_path: Path) -> None:
    async with running_server(tmp_path, replace(RELIABILITY_CONFIG, host="::1")) as h:
        module = await ScriptedModule.connect("::1", h.port, imei=IMEI)
        h.modules.append(module)
        module.send(Ping(IMEI))
        await module.expect("pong")
        dev = h.server.registry.get(IMEI)
        assert dev is not None and dev.peer.startswith("[::1]:")


async def test_a_port_in_use_is_an_oserror_naming_the_address() -> None:
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    try:
        with pytest.raises(OSError, match=r"127\.0\.0\.1.*address already in use"):
            await bind_sockets("127.0.0.1", taken.getsockname()[1], 16)
    finally:
        taken.close()


async def test_stopping_in_the_middle_of_a_connect_storm_leaks_nothing(tmp_path: Path) -> None:
    clients: list[socket.socket] = []
    try:
        async with running_server(tmp_path) as h:
            for _ in range(300):  # accepted, being opened, or still queued at the stop
                s = socket.socket()
                s.setblocking(False)
                s.connect_ex(("127.0.0.1", h.port))
                clients.append(s)
            await asyncio.sleep(0.005)
        # The no-leaks check (conftest) fails the test if a server-side socket is left.
    finally:
        for s in clients:
            with contextlib.suppress(OSError):
                s.close()
