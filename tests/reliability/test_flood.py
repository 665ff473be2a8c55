"""Flood and slow peers: rate limits pause reading; a peer that stops reading is dropped."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from fourgmon.protocol import encode
from fourgmon.protocol.messages import Ping
from fourgmon.server import DeviceState
from fourgmon.sim.scripted import make_push_msg
from tests.reliability.conftest import RELIABILITY_CONFIG, Harness, percentile, running_server

FLOODER = "865501040783269"
PROBE = "865501040783277"
FLOOD_SECONDS = 6.0
PROBES = 200
PROBE_INTERVAL = 0.02

# A module gone mad, in its own process (so it cannot slow the server's loop by sharing it):
# push_msg packets with fresh packnums, as fast as the socket takes them, replies drained.
_FLOOD_SCRIPT = r"""
import socket, sys, threading, time
port, seconds, template = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3].encode()
sock = socket.create_connection(("127.0.0.1", port))
def drain():
    try:
        while sock.recv(65536):
            pass
    except OSError:
        pass
threading.Thread(target=drain, daemon=True).start()
end = time.monotonic() + seconds
n = 0
while time.monotonic() < end:
    batch = b"".join(template.replace(b"PACKNUM", str(n + i).encode()) for i in range(200))
    n += 200
    try:
        sock.sendall(batch)
    except OSError:
        break
print(n)
"""


def _flood_template() -> str:
    raw = encode(make_push_msg(FLOODER, 0, time="2026-11-24 08:00:00")).decode()
    assert '"packnum":"0"' in raw
    return raw.replace('"packnum":"0"', '"packnum":"PACKNUM"')


@pytest.mark.slow
async def test_a_flooding_module_does_not_slow_another_modules_ping(tmp_path: Path) -> None:
    async with running_server(tmp_path) as h:  # the default rate limits
        probe = await h.connect(PROBE)
        probe.send(Ping(PROBE))
        await probe.expect("pong")
        flooder = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            _FLOOD_SCRIPT,
            str(h.port),
            str(FLOOD_SECONDS),
            _flood_template(),
            stdout=subprocess.PIPE,
        )
        try:
            loop = asyncio.get_running_loop()
            await asyncio.sleep(1.0)  # let the flood reach full speed
            in_before, t_before = h.server.stats.messages_in, loop.time()
            rtts: list[float] = []
            paused_seen = False
            for _ in range(PROBES):
                sent = loop.time()
                probe.send(Ping(PROBE))
                await probe.expect("pong", timeout=5)
                rtts.append(loop.time() - sent)
                session = h.server.session_of(FLOODER)
                paused_seen |= session is not None and "rate" in session.paused_for
                await asyncio.sleep(PROBE_INTERVAL)
            flood_rate = (h.server.stats.messages_in - in_before) / (loop.time() - t_before)
            out, _ = await flooder.communicate()
        finally:
            with contextlib.suppress(ProcessLookupError):
                flooder.kill()
            await flooder.wait()
        p50, p99 = percentile(rtts, 0.5), percentile(rtts, 0.99)
        print(
            f"\nflood: {int(out)} packets offered, {flood_rate:.0f} msg/s read;"
            f" probe ping RTT p50 {p50 * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms, "
            f"max {max(rtts) * 1000:.1f} ms"
        )
        assert paused_seen, "the flooder was never paused by its rate limit"
        assert flood_rate <= RELIABILITY_CONFIG.max_message_rate * 1.3
        assert p99 < 0.100, f"ping p99 {p99 * 1000:.1f} ms"


async def _offline(h: Harness, imei: str) -> DeviceState:
    """The device once the server has seen its connection go (a loop iteration after close)."""
    for _ in range(200):
        dev = h.server.registry.get(imei)
        if dev is not None and not dev.online:
            return dev
        await asyncio.sleep(0.01)
    raise AssertionError(f"{imei} still online")


async def _client_that_never_reads(port: int) -> tuple[asyncio.StreamWriter, socket.socket]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)  # fill up quickly
    sock.setblocking(False)
    await asyncio.get_running_loop().sock_connect(sock, ("127.0.0.1", port))
    _, writer = await asyncio.open_connection(sock=sock)
    return writer, sock


async def test_a_peer_that_stops_reading_is_paused_then_dropped(tmp_path: Path) -> None:
    config = replace(
        RELIABILITY_CONFIG,
        max_message_rate=0,  # let it ask as fast as it can
        max_byte_rate=0,
        write_buffer_high=16 * 1024,
        slow_reader_timeout=0.5,
    )
    async with running_server(tmp_path, config) as h:
        other = await h.connect(PROBE)
        writer, _ = await _client_that_never_reads(h.port)
        loop = asyncio.get_running_loop()
        pings = encode(Ping(FLOODER)) * 2000
        paused_at = None
        max_buffer = 0
        try:
            deadline = loop.time() + 20
            while loop.time() < deadline:
                writer.write(pings)
                with contextlib.suppress(TimeoutError, OSError):
                    await asyncio.wait_for(writer.drain(), 0.05)
                session = h.server.session_of(FLOODER)
                if session is not None:
                    transport = session._transport
                    assert transport is not None
                    max_buffer = max(max_buffer, transport.get_write_buffer_size())
                    if paused_at is None and "writing" in session.paused_for:
                        paused_at = loop.time()
                elif paused_at is not None:
                    break  # dropped
                other.send(Ping(PROBE))  # the rest of the server keeps serving
                await other.expect("pong", timeout=2)
        finally:
            writer.transport.abort()
        assert paused_at is not None, "reading was never paused"
        dropped_after = loop.time() - paused_at
        assert 0.4 <= dropped_after < 10.0, dropped_after  # generous: a loaded CI box
        assert h.server.stats.slow_readers == 1
        dev = await _offline(h, FLOODER)
        assert dev.offline_cause == "slow reader"
        # Reading stopped at the high mark: what was queued stays far below the hard cap.
        assert max_buffer < config.write_buffer_hard_cap, max_buffer
        other.send(Ping(PROBE))
        await other.expect("pong")


async def test_hard_cap_drops_a_peer_at_once(tmp_path: Path) -> None:
    config = replace(
        RELIABILITY_CONFIG,
        max_message_rate=0,
        max_byte_rate=0,
        write_buffer_high=1024 * 1024,  # never pauses: only the hard cap can act
        write_buffer_hard_cap=8 * 1024,
        slow_reader_timeout=60,
    )
    async with running_server(tmp_path, config) as h:
        writer, _ = await _client_that_never_reads(h.port)
        try:
            pings = encode(Ping(FLOODER)) * 2000
            for _ in range(200):
                writer.write(pings)
                with contextlib.suppress(TimeoutError, OSError):
                    await asyncio.wait_for(writer.drain(), 0.05)
                if h.server.stats.slow_readers:
                    break
        finally:
            writer.transport.abort()
        assert h.server.stats.slow_readers == 1
        dev = await _offline(h, FLOODER)
        assert dev.offline_cause == "slow reader"
