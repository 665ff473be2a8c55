"""Timeouts, exactly: identify (default 30 s) and heartbeat, with a stepped clock and for real."""

from __future__ import annotations

import asyncio
import heapq
import itertools
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from fourgmon.protocol import encode
from fourgmon.protocol.messages import Ping, Pong
from fourgmon.server import Server, ServerConfig
from fourgmon.server.events import DeviceOffline
from fourgmon.server.session import Session
from fourgmon.store import Store
from tests.reliability.conftest import RELIABILITY_CONFIG, running_server

IMEI = "865501040783269"


class SteppedClock:
    """Stands in for a session's loop (``time``, ``call_later``, ``call_soon``); the test
    moves time."""

    def __init__(self) -> None:
        self.now = 0.0
        self._timers: list[tuple[float, int, _Timer]] = []
        self._seq = itertools.count()

    def time(self) -> float:
        return self.now

    def call_later(self, delay: float, callback: Callable[..., Any], *args: Any) -> _Timer:
        timer = _Timer(callback, args)
        heapq.heappush(self._timers, (self.now + delay, next(self._seq), timer))
        return timer

    def call_soon(self, callback: Callable[..., Any], *args: Any) -> _Timer:
        return self.call_later(0.0, callback, *args)

    def advance_to(self, t: float) -> None:
        """Run every timer due by ``t``, in order, with the clock at its due time."""
        while self._timers and self._timers[0][0] <= t:
            when, _, timer = heapq.heappop(self._timers)
            self.now = max(self.now, when)
            if not timer.cancelled:
                timer.callback(*timer.args)
        self.now = t


class _Timer:
    def __init__(self, callback: Callable[..., Any], args: tuple[Any, ...]) -> None:
        self.callback, self.args, self.cancelled = callback, args, False

    def cancel(self) -> None:
        self.cancelled = True


class FakeTransport(asyncio.Transport):
    """Just enough of asyncio.Transport for a Session; closing reports connection_lost."""

    def __init__(self) -> None:
        super().__init__()
        self.session: Session | None = None
        self.written: list[bytes] = []
        self.closing = False

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return ("192.0.2.10", 40000) if name == "peername" else default

    def set_write_buffer_limits(self, high: int | None = None, low: int | None = None) -> None:
        pass

    def get_write_buffer_size(self) -> int:
        return 0

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self.written.append(bytes(data))

    def is_closing(self) -> bool:
        return self.closing

    def close(self) -> None:
        if not self.closing:
            self.closing = True
            assert self.session is not None
            self.session.connection_lost(None)

    abort = close

    def pause_reading(self) -> None:
        pass

    def resume_reading(self) -> None:
        pass


@pytest.fixture
async def offline_server(tmp_path: Path) -> AsyncIterator[Server]:
    """A Server that is not listening (sessions are driven by hand) on a real store."""
    store = Store.open(tmp_path)
    await store.start()
    server = Server(ServerConfig(heartbeat_timeout=180.0), store)
    try:
        yield server
    finally:
        await server.stop()
        await store.close()


def _session(server: Server, clock: SteppedClock) -> tuple[Session, FakeTransport]:
    session = Session(server)
    session._loop = clock  # type: ignore[assignment]
    transport = FakeTransport()
    transport.session = session
    session.connection_made(transport)  # type: ignore[arg-type]
    return session, transport


async def test_identify_timeout_defaults_to_30_s_and_is_exact(offline_server: Server) -> None:
    assert ServerConfig().identify_timeout == 30.0
    clock = SteppedClock()
    session, _ = _session(offline_server, clock)
    session.data_received(b"AT\r\n" + b'{"cmd":"pong"}')  # noise, and a message with no IMEI
    clock.advance_to(30.0 - 1e-6)
    assert not session.closed
    clock.advance_to(30.0)
    assert session.closed and session.close_cause == "never identified"


async def test_heartbeat_offline_exactly_at_the_timeout_not_a_tick_earlier(
    offline_server: Server,
) -> None:
    clock = SteppedClock()
    session, transport = _session(offline_server, clock)
    timeout = offline_server.config.heartbeat_timeout
    ping = encode(Ping(IMEI))
    last = 0.0
    # Messages just inside the timeout keep it online across many periods.
    for k in range(10):
        last = k * (timeout - 0.001)
        clock.advance_to(last)
        session.data_received(ping)
        assert not session.closed, f"closed early at {clock.now}"
    clock.advance_to(last)  # replies go out at the end of the loop iteration (call_soon)
    assert transport.written.count(encode(Pong())) == 10
    clock.advance_to(last + timeout - 1e-6)
    assert not session.closed
    assert offline_server.is_online(IMEI)
    clock.advance_to(last + timeout)
    assert session.closed and session.close_cause == "heartbeat timeout"
    assert not offline_server.is_online(IMEI)
    dev = offline_server.registry.get(IMEI)
    assert dev is not None and dev.offline_cause == "heartbeat timeout"


@pytest.fixture
def short_timeouts() -> ServerConfig:
    return replace(RELIABILITY_CONFIG, heartbeat_timeout=0.5, identify_timeout=0.5)


async def test_noise_forever_does_not_keep_a_connection_open(
    tmp_path: Path, short_timeouts: ServerConfig
) -> None:
    async with running_server(tmp_path, short_timeouts) as h:
        loop = asyncio.get_running_loop()
        noisy = await h.connect()
        started = loop.time()
        while not noisy.is_closed and loop.time() - started < 5:
            noisy.send_raw(b"AT\r\n\xff\x00" + b'{"cmd":"pong"}')
            await asyncio.sleep(0.02)
        assert noisy.is_closed
        assert 0.45 <= loop.time() - started < 2.0
        assert len(h.server.registry) == 0


async def test_heartbeat_timeout_for_real(tmp_path: Path, short_timeouts: ServerConfig) -> None:
    async with running_server(tmp_path, short_timeouts) as h:
        loop = asyncio.get_running_loop()
        module = await h.connect()
        for _ in range(4):  # 1.6 s of pings 0.4 s apart: well past one timeout, still online
            module.send(Ping(IMEI))
            await module.expect("pong")
            await asyncio.sleep(0.4)
        assert h.server.is_online(IMEI)
        session = h.server.session_of(IMEI)
        assert session is not None
        assert await module.closed(timeout=3)
        idle = loop.time() - session.last_rx
        assert idle >= 0.5, idle
        assert [e.cause for e in h.of_type(DeviceOffline)] == ["heartbeat timeout"]
