"""Store-and-forward: a broker that goes away, a serve killed with -9 meanwhile."""

from __future__ import annotations

import asyncio
import signal
import time
from pathlib import Path

import pytest

from fourgmon.bridge import parse_url
from fourgmon.bridge.payloads import TB_MAX_PAYLOAD
from fourgmon.protocol import PushMsgAck
from fourgmon.sim.scripted import make_push_msg
from fourgmon.store import Store
from fourgmon.store.outbox import PUSH_MSG, cursors
from tests.processes import ServeProcess, push_until

from .conftest import IMEI, IMEI2, Broker, Site, until, watching

pytestmark = pytest.mark.timeout(90)

# Retries exactly every RETRY seconds (rng 1.0: the top of the jitter range), so that a
# watcher subscribed right after the broker restarts is there before the bridge is.
RETRY = 1.5


def _packnums(watcher, imei: str) -> list[int]:
    return [
        e["values"]["packnum"]
        for msg in watcher.on("v1/gateway/telemetry")
        for e in msg.get(imei, [])
        if "packnum" in e["values"]
    ]


async def test_packets_acked_while_the_broker_is_down_all_arrive_in_order_per_module(
    site: Site, broker: Broker
) -> None:
    config = parse_url(broker.url, backoff_base=RETRY, backoff_cap=RETRY, keepalive=5)
    bridge = await site.start_bridge(config, rng=lambda: 1.0)
    await until(lambda: bridge.state.connected, what="connected")
    broker.stop()
    await until(lambda: not bridge.state.connected, what="the bridge sees the broker go")

    a, b = await site.module(IMEI), await site.module(IMEI2)
    started = time.monotonic()
    for n in range(1, 41):
        for m in (a, b):
            m.send(make_push_msg(m.imei, n))
            assert (await m.expect(PushMsgAck, timeout=2.0)).packnum == n
    assert time.monotonic() - started < 10  # acks did not wait for the broker
    assert bridge.state.backlog >= 80 and bridge.state.last_error

    broker.start()
    async with watching(broker.port, "v1/gateway/telemetry") as w:
        await w.until(
            lambda: len(_packnums(w, IMEI)) >= 40 and len(_packnums(w, IMEI2)) >= 40,
            timeout=30,
            what="the backlog",
        )
        assert _packnums(w, IMEI) == list(range(1, 41))
        assert _packnums(w, IMEI2) == list(range(1, 41))
        # ... and live data keeps flowing after it.
        a.send(make_push_msg(IMEI, 41))
        await a.expect(PushMsgAck)
        await w.until(lambda: 41 in _packnums(w, IMEI), what="a live packet")
    await until(lambda: bridge.state.backlog == 0 and bridge.state.connected, what="no backlog")
    # The cursor reached the store (through the writer) once the broker acknowledged.
    target = config.target
    await until(
        lambda: cursors(site.store, target).get((IMEI, PUSH_MSG), (0, 0, 0))[1] == 41,
        what="the cursor",
    )


async def test_a_backlog_goes_in_few_bounded_messages_every_packet_once_in_order(
    site: Site, broker: Broker
) -> None:
    """Many modules' backlog: each message carries many packets of several modules, stays
    under ThingsBoard's payload limit, and every packet is there once, in order."""
    config = parse_url(broker.url, backoff_base=RETRY, backoff_cap=RETRY, keepalive=5)
    bridge = await site.start_bridge(config, rng=lambda: 1.0)
    await until(lambda: bridge.state.connected, what="connected")
    broker.stop()
    await until(lambda: not bridge.state.connected, what="the bridge sees the broker go")

    imeis = (IMEI, IMEI2, "865501040783285")
    modules = [await site.module(imei) for imei in imeis]
    n = 300
    for packnum in range(1, n + 1):
        for m in modules:
            m.send(make_push_msg(m.imei, packnum))
        for m in modules:
            assert (await m.expect(PushMsgAck)).packnum == packnum

    broker.start()
    async with watching(broker.port, "v1/gateway/telemetry") as w:
        await w.until(
            lambda: all(len(_packnums(w, imei)) >= n for imei in imeis),
            timeout=30,
            what="the backlog",
        )
        for imei in imeis:
            assert _packnums(w, imei) == list(range(1, n + 1))
        sizes = [len(msg.payload) for t, _, msg in w.messages if t == "v1/gateway/telemetry"]
        assert max(sizes) <= TB_MAX_PAYLOAD
        assert len(sizes) <= 3 * n // 25  # ~240 packets a message fit; 48 did before
        assert any(len(v) > 1 for v in w.on("v1/gateway/telemetry"))  # several modules


async def test_serve_killed_while_the_broker_is_down_sends_its_backlog_after_restart(
    tmp_path: Path,
) -> None:
    root = tmp_path / "broker"
    root.mkdir()
    broker = Broker(root)  # not started: the broker is down
    data = tmp_path / "data"
    options = ("--mqtt", broker.url, "--mqtt-backoff-cap", "0.5")
    serve = ServeProcess(data, *options)
    try:
        acked = await push_until(serve.port, IMEI, window=4, stop_after_acks=25)
        assert len(acked) >= 25
        # One line says the broker is not there, however often it is retried.
        assert serve.log().count("MQTT mqtt://127.0.0.1") == 1, serve.log()
        assert "Traceback" not in serve.log()
        serve.proc.send_signal(signal.SIGKILL)
        serve.wait()
    finally:
        serve.kill()
    await asyncio.sleep(0.5)  # the orphaned writer sees its pipe close and exits

    broker.start()
    try:
        async with watching(broker.port, "v1/gateway/#", "v1/devices/me/#") as w:
            again = ServeProcess(data, *options)
            try:
                await w.until(
                    lambda: set(_packnums(w, IMEI)) >= acked, timeout=30, what="the backlog"
                )
                got = _packnums(w, IMEI)
                assert got == sorted(got)  # in order (a resend would repeat a tail only)
                again.send_signal(signal.SIGTERM)
                assert again.wait() == 0
                assert "Traceback" not in again.log()
            finally:
                again.kill()
            # Stopping says goodbye: the gateway offline (what the Last Will says after a crash).
            await w.until(
                lambda: {"fourgmon_online": False} in w.on("v1/devices/me/attributes"),
                what="the goodbye",
            )
    finally:
        broker.stop()
    store = Store.open(data, readonly=True)
    try:
        # kill -9 can land between a commit and its ack: stored may exceed what was acked.
        assert store.packet_count(IMEI) >= len(acked)
    finally:
        await store.close()


async def test_the_last_will_marks_the_gateway_offline_when_serve_dies(
    tmp_path: Path, broker: Broker
) -> None:
    data = tmp_path / "data"
    async with watching(broker.port, "v1/devices/me/attributes") as w:
        serve = ServeProcess(data, "--mqtt", broker.url)
        try:
            await w.until(lambda: {"fourgmon_online": True} in w.on("v1/devices/me/attributes"))
            serve.proc.send_signal(signal.SIGKILL)  # no goodbye: the broker says it
            serve.wait()
        finally:
            serve.kill()
        await w.until(
            lambda: {"fourgmon_online": False} in w.on("v1/devices/me/attributes"),
            what="the Last Will",
        )
    await asyncio.sleep(0.5)  # the orphaned writer sees its pipe close and exits
