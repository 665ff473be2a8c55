"""Size boundaries: exactly the cap passes, one byte more closes; a 1.4 GB flood costs no memory."""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import replace
from pathlib import Path

import pytest

from fourgmon.protocol.messages import Ping
from fourgmon.server.events import ProtocolErrorEvent
from tests.processes import ServeProcess
from tests.reliability.conftest import RELIABILITY_CONFIG, rss_kib, running_server

IMEI = "865501040783269"
CAP = 512


def ping_of_size(size: int) -> bytes:
    """A valid ping of exactly ``size`` bytes (padded with an extra field)."""
    head = f'{{"cmd":"ping","IMEI":"{IMEI}","pad":"'
    raw = (head + "x" * (size - len(head) - 2) + '"}').encode()
    assert len(raw) == size and json.loads(raw)["cmd"] == "ping"
    return raw


async def test_object_exactly_at_the_cap_passes_one_byte_more_closes(
    tmp_path: Path, server_log: pytest.LogCaptureFixture
) -> None:
    config = replace(RELIABILITY_CONFIG, max_object_size=CAP)
    async with running_server(tmp_path, config) as h:
        module = await h.connect()
        module.send(Ping(IMEI))
        await module.expect("pong")
        for cut in (1, CAP // 2, CAP - 1):  # also when split across reads
            raw = ping_of_size(CAP)
            module.send_raw(raw[:cut])
            await asyncio.sleep(0.01)
            module.send_raw(raw[cut:])
            await module.expect("pong")
        other = await h.connect("865501040783277")
        other.send(Ping("865501040783277"))
        await other.expect("pong")
        module.send_raw(ping_of_size(CAP + 1))
        assert await module.closed(timeout=5)
        session_causes = [e.reason for e in h.of_type(ProtocolErrorEvent)]
        assert session_causes == [f"JSON object larger than {CAP} bytes"]
        other.send(Ping("865501040783277"))  # the other connection is untouched
        await other.expect("pong")
    lines = [r.getMessage() for r in server_log.records]
    assert any(f"larger than {CAP} bytes" in line and IMEI in line for line in lines), lines
    assert any(f"{IMEI} offline (object too large)" in line for line in lines), lines


# --------------------------------------------------------------------- hostile flood

HOSTILE_CONNECTIONS = 14
BUDGET_BYTES = 100 * 1024 * 1024  # per connection, as in mosquitto's test
TIME_BUDGET = 45.0  # seconds for the whole flood
CHUNK = 256 * 1024


async def _flood(port: int, opener: bytes, filler: bytes, deadline: float) -> tuple[int, int]:
    """Stream one never-closing object, reconnecting whenever the server closes; (sent, conns)."""
    chunk = filler * (CHUNK // len(filler))
    sent = connections = 0
    loop = asyncio.get_running_loop()
    while sent < BUDGET_BYTES and loop.time() < deadline:
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            await asyncio.sleep(0.05)
            continue
        connections += 1
        try:
            writer.write(opener)
            while sent < BUDGET_BYTES and loop.time() < deadline:
                writer.write(chunk)
                await asyncio.wait_for(writer.drain(), 5)
                sent += len(chunk)
        except (OSError, TimeoutError):
            pass  # closed by the server at the cap: reconnect and go on
        finally:
            writer.transport.abort()
    return sent, connections


@pytest.mark.slow
def test_14_connections_streaming_100_mb_each_cost_under_20_mb(tmp_path: Path) -> None:
    serve = ServeProcess(tmp_path / "data")
    try:
        pid = serve.proc.pid
        time.sleep(0.5)
        before = rss_kib(pid)
        peak = before

        async def scenario() -> list[tuple[int, int]]:
            nonlocal peak
            deadline = asyncio.get_running_loop().time() + TIME_BUDGET
            kinds = [
                (b'{"cmd":"push_msg","IMEI":"865501040783269","data0":"', b"0000,"),  # a string
                (b"{", b"{"),  # deeper and deeper nesting
                (b'{"cmd":"ping",', b" \r\n\t"),  # white space that never ends
            ]
            floods = [
                asyncio.create_task(_flood(serve.port, *kinds[i % len(kinds)], deadline))
                for i in range(HOSTILE_CONNECTIONS)
            ]
            while not all(f.done() for f in floods):
                peak = max(peak, rss_kib(pid))
                await asyncio.sleep(0.1)
            return [f.result() for f in floods]

        results = asyncio.run(scenario())
        after = rss_kib(pid)
        assert serve.proc.poll() is None, "the server died"
    finally:
        serve.kill()
    sent = sum(s for s, _ in results)
    connections = sum(c for _, c in results)
    growth_mib = (max(peak, after) - before) / 1024
    print(
        f"\nhostile flood: {sent / 2**20:.0f} MiB sent over {connections} connections; "
        f"server RSS {before / 1024:.1f} MiB -> peak {peak / 1024:.1f} MiB "
        f"(growth {growth_mib:.1f} MiB), after {after / 1024:.1f} MiB"
    )
    assert sent >= HOSTILE_CONNECTIONS * 10 * 2**20, "the flood did not get going"
    assert growth_mib < 20, f"server RSS grew {growth_mib:.1f} MiB"
