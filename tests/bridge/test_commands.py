"""Commands from the broker reach a scripted module; their replies come back."""

from __future__ import annotations

import json

import pytest
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties

from fourgmon.bridge import parse_url
from fourgmon.protocol import PushMsgAck, UpdateRequest
from fourgmon.sim.scripted import make_push_msg

from .conftest import FAST, IMEI, IMEI2, Broker, Site, until, watching

pytestmark = pytest.mark.timeout(60)


def _rpc(device: str, request_id: int, method: str) -> bytes:
    return json.dumps(
        {"device": device, "data": {"id": request_id, "method": method, "params": {}}}
    ).encode()


def _replies(w) -> dict:
    return {m["id"]: m for m in w.on("v1/gateway/rpc") if isinstance(m, dict) and "id" in m}


async def test_rpc_for_an_offline_module_is_queued_and_delivered_when_it_is_back(
    site: Site, broker: Broker
) -> None:
    bridge = await site.start_bridge(parse_url(broker.url, **FAST))
    m = await site.module(IMEI2)
    m.send(make_push_msg(IMEI2, 1))
    await m.expect(PushMsgAck)
    await m.aclose()
    await until(lambda: not site.server.is_online(IMEI2), what="offline")
    await until(lambda: bridge.state.connected)
    async with watching(broker.port, "v1/gateway/rpc") as w:
        await w.client.publish("v1/gateway/rpc", _rpc(IMEI2, 11, "version"), qos=1)
        replies = await w.until(lambda: 11 in _replies(w) and _replies(w), what="the reply")
    assert replies[11]["data"]["status"] == "queued"
    back = await site.module(IMEI2, auto_reply=True)
    back.send(make_push_msg(IMEI2, 2))
    await back.expect(PushMsgAck)
    await until(lambda: back.auto_replied, what="the queued version request")
    assert [type(x).__name__ for x in back.auto_replied] == ["VersionRequest"]
    await back.aclose()


async def test_rpc_version_reaches_the_module_and_its_reply_comes_back(
    site: Site, broker: Broker
) -> None:
    bridge = await site.start_bridge(parse_url(broker.url, **FAST))
    m = await site.module(IMEI, auto_reply=True)
    m.send(make_push_msg(IMEI, 1))
    await m.expect(PushMsgAck)
    await until(lambda: bridge.state.connected)
    async with watching(broker.port, "v1/gateway/rpc") as w:
        await w.client.publish("v1/gateway/rpc", _rpc(IMEI, 7, "version"), qos=1)
        await w.client.publish("v1/gateway/rpc", _rpc(IMEI, 8, "time_sync"), qos=1)
        await w.client.publish("v1/gateway/rpc", _rpc(IMEI2, 9, "info"), qos=1)  # offline
        await w.client.publish("v1/gateway/rpc", _rpc(IMEI, 10, "reboot"), qos=1)
        await w.client.publish("v1/gateway/rpc", b"{not json", qos=1)
        replies = await w.until(lambda: len(_replies(w)) >= 4 and _replies(w), what="replies")
    assert replies[7] == {
        "device": IMEI,
        "id": 7,
        "data": {
            "status": "ok",
            "detail": "type 0001, version 1.0.3",
            "imei": IMEI,
            "type": "0001",
            "version": "1.0.3",
        },
    }
    assert [type(x).__name__ for x in m.auto_replied] == ["VersionRequest"]
    assert replies[8]["data"]["status"] == "ok"  # the catalogue's "time"
    assert replies[9]["data"] == {"status": "error", "detail": f"unknown module {IMEI2}"}
    assert (
        replies[10]["data"]["status"] == "error"
        and "unknown command" in (replies[10]["data"]["detail"])
    )


async def test_update_over_rpc_is_refused_unless_enabled(site: Site, broker: Broker) -> None:
    m = await site.module(IMEI, auto_reply=True)
    m.send(make_push_msg(IMEI, 1))
    await m.expect(PushMsgAck)
    bridge = await site.start_bridge(parse_url(broker.url, **FAST))
    await until(lambda: bridge.state.connected)
    async with watching(broker.port, "v1/gateway/rpc") as w:
        await w.client.publish("v1/gateway/rpc", _rpc(IMEI, 1, "update"), qos=1)
        refused = await w.until(lambda: _replies(w).get(1), what="the refusal")
        assert refused["data"]["status"] == "error"
        assert "--mqtt-allow-update" in refused["data"]["detail"]
        assert not any(isinstance(x, UpdateRequest) for x in m.auto_replied)

        await site.stop_bridge()
        bridge = await site.start_bridge(parse_url(broker.url, allow_update=True, **FAST))
        await until(lambda: bridge.state.connected)
        await w.client.publish("v1/gateway/rpc", _rpc(IMEI, 2, "update"), qos=1)
        done = await w.until(lambda: _replies(w).get(2), what="the update's reply")
    assert done["data"] == {"status": "ok", "detail": "accepted", "result": True, "imei": None}
    assert [type(x) for x in m.auto_replied] == [UpdateRequest]


async def test_plain_cmd_topics_answer_on_the_mqtt5_response_topic(
    site: Site, broker: Broker
) -> None:
    m = await site.module(IMEI, auto_reply=True)
    m.send(make_push_msg(IMEI, 4))  # before the bridge's first start: not forwarded
    await m.expect(PushMsgAck)
    config = parse_url(broker.url, format="plain", prefix="site7/fourgmon", **FAST)
    bridge = await site.start_bridge(config)
    await until(lambda: bridge.state.connected)
    async with watching(broker.port, "site7/#", "answers/#", v5=True) as w:
        m.send(make_push_msg(IMEI, 5))
        await m.expect(PushMsgAck)
        props = Properties(PacketTypes.PUBLISH)
        props.ResponseTopic = "answers/me"
        props.CorrelationData = b"req-42"
        await w.client.publish(f"site7/fourgmon/{IMEI}/cmd/version", b"", qos=1, properties=props)
        await w.client.publish(f"site7/fourgmon/{IMEI}/cmd/info", b'{"id": "x1"}', qos=1)
        answer = await w.until(lambda: w.on("answers/me"), what="the response topic")
        info = await w.until(lambda: w.on(f"site7/fourgmon/{IMEI}/reply/info"), what="reply/info")
        corr = [msg.properties.CorrelationData for t, _, msg in w.messages if t == "answers/me"]
        # The retained status and the frame, in the plain shapes.
        frame = await w.until(lambda: w.on(f"site7/fourgmon/{IMEI}/frame"), what="the frame")
        status = await w.until(lambda: w.on(f"site7/fourgmon/{IMEI}/status"), what="status")
    assert answer[0]["status"] == "ok" and answer[0]["version"] == "1.0.3"
    assert answer[0]["imei"] == IMEI and answer[0]["kind"] == "version"
    assert corr == [b"req-42"]
    assert info[0]["id"] == "x1" and info[0]["ccid"] == "89860317045714788688"
    assert len(frame) == 1
    f = frame[0]
    assert (f["imei"], f["packnum"]) == (IMEI, 5) and f["received_at"] > 0
    assert [c["channel"] for c in f["channels"]] == [1, 2, 3]
    assert f["channels"][0]["samples"] == list(range(50))
    assert (f["channels"][0]["min"], f["channels"][0]["max"]) == (0, 49)
    assert status[-1]["online"] is True and status[-1]["imei"] == IMEI
    # Retained: a client arriving later still learns the module's status.
    async with watching(broker.port, f"site7/fourgmon/{IMEI}/status", v5=True) as late:
        got = await late.until(lambda: late.on(f"site7/fourgmon/{IMEI}/status"))
        assert got[-1]["imei"] == IMEI


async def test_wrong_credentials_are_one_clear_line_not_a_loop_of_tracebacks(
    site: Site, tmp_path, caplog: pytest.LogCaptureFixture
) -> None:
    root = tmp_path / "secure"
    root.mkdir()
    broker = Broker(root, users={"gateway-token": "s3cret"})
    broker.start()
    try:
        url = f"mqtt://wrong-token:nope@127.0.0.1:{broker.port}"
        bridge = await site.start_bridge(parse_url(url, **FAST))
        await until(lambda: bridge.state.last_error, what="the error")
        log = broker.root / "mosquitto.log"
        await until(lambda: log.read_text().count("not authorised") >= 3, what="three retries")
        lines = [
            r for r in caplog.records if r.name == "fourgmon.bridge" and r.levelname == "ERROR"
        ]
        assert len(lines) == 1, [r.getMessage() for r in lines]
        assert "refused the login" in lines[0].getMessage()
        assert "user name (token) and password" in lines[0].getMessage()
        assert not any(r.exc_info for r in caplog.records)
        assert "refused the login" in bridge.state.last_error and not bridge.state.connected
        await site.stop_bridge()
        ok = await site.start_bridge(
            parse_url(f"mqtt://gateway-token:s3cret@127.0.0.1:{broker.port}", **FAST)
        )
        await until(lambda: ok.state.connected, what="the right token")
    finally:
        await site.stop_bridge()
        broker.stop()
