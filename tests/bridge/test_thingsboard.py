"""The ThingsBoard Gateway MQTT API, as a real subscriber on a real mosquitto sees it."""

from __future__ import annotations

import json

import numpy as np
import pytest

from fourgmon.bridge import parse_url
from fourgmon.domain.calibration import Calibration, CalibrationRow, CalibrationTable
from fourgmon.protocol import PushMsgAck, PushOnlineAck
from fourgmon.sim.scripted import make_push_msg, make_push_online

from .conftest import FAST, IMEI, IMEI2, Broker, Site, until, watching

pytestmark = pytest.mark.timeout(60)


def _entries(watcher, imei: str) -> list[dict]:
    """Every telemetry entry of ``imei`` received so far, in arrival order."""
    return [e for msg in watcher.on("v1/gateway/telemetry") for e in msg.get(imei, [])]


async def test_connect_telemetry_status_and_disconnect_arrive_in_the_documented_shapes(
    site: Site, broker: Broker
) -> None:
    table = CalibrationTable([CalibrationRow(IMEI, 0, Calibration(0.5, 1.0, "kPa"))])
    async with watching(broker.port, "v1/gateway/#") as w:
        await site.start_bridge(parse_url(broker.url, **FAST), calibrations=lambda: table)
        m = await site.module(IMEI)
        m.send(make_push_msg(IMEI, 7, {k: np.arange(50) + 10 * k for k in (0, 1, 2)}))
        await m.expect(PushMsgAck)
        m.send(make_push_online(IMEI, 3, st={0: 1, 1: 0, 2: 2, 3: 3, 4: "11"}, dt={0: 1, 1: 0}))
        await m.expect(PushOnlineAck)

        await w.until(lambda: w.on("v1/gateway/connect"), what="connect")
        assert w.on("v1/gateway/connect") == [{"device": IMEI}]
        frames = await w.until(
            lambda: [e for e in _entries(w, IMEI) if "packnum" in e["values"]], what="telemetry"
        )
        (stored,) = {f.received_at for f in site.store.frames(IMEI)}
        assert frames == [
            {
                "ts": round(stored * 1000),
                "values": {
                    "packnum": 7,
                    "temperature": 25.5,
                    "humidity": 30.3,
                    "ch1_min": 0,
                    "ch1_mean": 24.5,
                    "ch1_max": 49,
                    "ch1_value": 13.25,  # 0.5 x 24.5 + 1
                    "ch1_value_min": 1.0,
                    "ch1_value_max": 25.5,
                    "ch2_min": 10,
                    "ch2_mean": 34.5,
                    "ch2_max": 59,
                    "ch3_min": 20,
                    "ch3_mean": 44.5,
                    "ch3_max": 69,
                },
            }
        ]
        status = await w.until(
            lambda: [e for e in _entries(w, IMEI) if "sensor1" in e["values"]], what="status"
        )
        assert status[0]["values"] == {
            "sensor1": "online",
            "sensor2": "offline",
            "sensor3": "interference",
            "sensor4": "stuck",
            "sensor5": "11",  # the railway model's reserved code, raw
            "crystal1": 1,
            "crystal2": 0,
        }  # only what the packet carried
        attrs = await w.until(
            lambda: [a[IMEI] for a in w.on("v1/gateway/attributes") if IMEI in a],
            what="attributes",
        )
        assert attrs[-1]["ch1_unit"] == "kPa" and attrs[-1]["imei"] == IMEI
        # Every number is a JSON number, not a string.
        raws = [msg.payload.decode() for t, _, msg in w.messages if t == "v1/gateway/telemetry"]
        assert any('"packnum":7,' in raw for raw in raws)

        await m.aclose()
        await w.until(lambda: w.on("v1/gateway/disconnect"), what="disconnect")
        assert w.on("v1/gateway/disconnect") == [{"device": IMEI}]


async def test_packets_arriving_together_share_a_message_each_entry_once_in_order(
    site: Site, broker: Broker
) -> None:
    async with watching(broker.port, "v1/gateway/telemetry") as w:
        bridge = await site.start_bridge(parse_url(broker.url, **FAST))
        await until(lambda: bridge.state.connected, what="connected")
        a, b = await site.module(IMEI), await site.module(IMEI2)
        n = 20
        for packnum in range(1, n + 1):  # all at once, acks read afterwards
            a.send(make_push_msg(IMEI, packnum))
            b.send(make_push_msg(IMEI2, packnum))
        for packnum in range(1, n + 1):
            assert (await a.expect(PushMsgAck)).packnum == packnum
            assert (await b.expect(PushMsgAck)).packnum == packnum

        def packnums(imei: str) -> list[int]:
            return [e["values"]["packnum"] for e in _entries(w, imei) if "packnum" in e["values"]]

        await w.until(lambda: len(packnums(IMEI)) >= n and len(packnums(IMEI2)) >= n)
        assert packnums(IMEI) == list(range(1, n + 1))
        assert packnums(IMEI2) == list(range(1, n + 1))
        frames = [m for m in w.on("v1/gateway/telemetry") if IMEI in m or IMEI2 in m]
        assert len(frames) < n  # not a message per packet
        assert max(sum(len(entries) for entries in m.values()) for m in frames) > 2


async def test_a_takeover_is_not_a_disconnect(site: Site, broker: Broker) -> None:
    async with watching(broker.port, "v1/gateway/#") as w:
        await site.start_bridge(parse_url(broker.url, **FAST))
        first = await site.module(IMEI)
        first.send(make_push_msg(IMEI, 1))
        await first.expect(PushMsgAck)
        second = await site.module(IMEI)  # the modem re-attached: a new connection
        second.send(make_push_msg(IMEI, 2))
        await second.expect(PushMsgAck)
        await w.until(
            lambda: {e["values"].get("packnum") for e in _entries(w, IMEI)} >= {1, 2},
            what="both packets",
        )
        assert w.on("v1/gateway/connect") == [{"device": IMEI}]
        assert w.on("v1/gateway/disconnect") == []


async def test_attributes_carry_info_version_and_alias(site: Site, broker: Broker) -> None:
    async with watching(broker.port, "v1/gateway/attributes") as w:
        await site.start_bridge(parse_url(broker.url, **FAST))
        m = await site.module(IMEI2, auto_reply=True)
        m.send(make_push_msg(IMEI2, 1))
        await m.expect(PushMsgAck)
        await site.server.request(IMEI2, "version")
        await site.server.request(IMEI2, "info")
        await site.server.set_alias(IMEI2, "Pump house 2")

        def latest() -> dict:
            found = [a[IMEI2] for a in w.on("v1/gateway/attributes") if IMEI2 in a]
            return found[-1] if found and found[-1]["alias"] == "Pump house 2" else {}

        attrs = await w.until(latest, what="the alias")
        assert attrs["fw_type"] == "0001" and attrs["fw_version"] == "1.0.3"
        assert attrs["ccid"] == "89860317045714788688"
        assert attrs["location"] == "113.584312,22.283756"
        assert json.dumps(attrs)  # plain JSON values
