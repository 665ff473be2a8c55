"""Commands from the broker: ThingsBoard RPC on ``v1/gateway/rpc``, or ``PREFIX/<imei>/cmd/<kind>``.

Each runs through ``Server.request(imei, kind)`` (the command catalogue's kinds; RPC
also takes ``time_sync`` for ``time``) and is answered on the same RPC topic with
``{"device", "id", "data"}``, or on ``PREFIX/<imei>/reply/<kind>`` (or the MQTT 5
response topic, with the request's correlation data). ``update`` triggers a firmware
upgrade: refused unless the configuration allows it. A request that cannot be read is
logged (a few lines a minute at most) and dropped: a broker client cannot crash us.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import aiomqtt
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties

from fourgmon.bridge.config import BridgeConfig
from fourgmon.bridge.payloads import (
    METHOD_ALIASES,
    TB_RPC,
    Format,
    ThingsBoard,
    dumps,
    reply_data,
)
from fourgmon.domain.commands import COMMAND_KINDS, OFFLINE
from fourgmon.server.ratelog import LogLimiter
from fourgmon.server.server import Server

log = logging.getLogger("fourgmon.bridge")

UPDATE_REFUSED = (
    "firmware update over MQTT is disabled (enable it with --mqtt-allow-update or in Settings)"
)


class BadRequest(ValueError):
    """A command message that cannot be run; the text goes back to the sender."""


def _error(text: str) -> dict[str, Any]:
    return {"status": "error", "detail": text}


class CommandRunner:
    """Reads the command topics of one connection and answers each request."""

    def __init__(self, config: BridgeConfig, server: Server, fmt: Format) -> None:
        self.config = config
        self.server = server
        self.format = fmt
        self._log = LogLimiter(log, "bad MQTT commands", burst=5, interval=60.0, total=20)
        self.handled = 0
        self._tasks: set[asyncio.Task[None]] = set()

    async def receive(self, client: aiomqtt.Client) -> None:
        """Until the connection is lost (then MqttError)."""
        loop = asyncio.get_running_loop()
        async for message in client.messages:
            task = loop.create_task(self._handle(client, message), name="mqtt-command")
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def cancel(self) -> None:
        """Cancel the commands still running (their connection is gone)."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _handle(self, client: aiomqtt.Client, message: aiomqtt.Message) -> None:
        try:
            if isinstance(self.format, ThingsBoard):
                await self._rpc(client, message)
            else:
                await self._cmd(client, message)
        except aiomqtt.MqttError as exc:  # the connection went: the receiver sees it too
            log.debug("MQTT command not answered: %s", exc)
        except Exception:  # one odd request must not end the session
            log.exception("MQTT command on %s failed", message.topic.value)
        self.handled += 1

    async def run(self, imei: str, kind: str) -> dict[str, Any]:
        """The outcome of ``kind`` on ``imei`` as the reply's ``data``."""
        kind = METHOD_ALIASES.get(kind, kind)
        if kind not in COMMAND_KINDS:
            return _error(f"unknown command {kind!r}; expected one of {', '.join(COMMAND_KINDS)}")
        if kind == "update" and not self.config.allow_update:
            return _error(UPDATE_REFUSED)
        if not self.server.is_online(imei):
            if self.server.registry.get(imei) is None:  # never seen: nothing to queue for
                return _error(f"unknown module {imei}")
            queued = self.server.enqueue(imei, kind)  # delivered when it identifies itself
            return {"status": "queued", "detail": f"{OFFLINE}: queued", "queue_id": queued}
        result = await self.server.request(imei, kind)
        return reply_data(result.status, result.detail, result.reply)

    # ------------------------------------------------------------ ThingsBoard
    async def _rpc(self, client: aiomqtt.Client, message: aiomqtt.Message) -> None:
        try:
            device, request_id, method = _parse_rpc(message.payload)
        except BadRequest as exc:
            self._log.log(logging.WARNING, "rpc", "bad RPC request on %s: %s", TB_RPC, exc)
            return
        data = await self.run(device, method)
        reply = {"device": device, "id": request_id, "data": data}
        await client.publish(TB_RPC, dumps(reply), qos=1)

    # ------------------------------------------------------------ plain
    async def _cmd(self, client: aiomqtt.Client, message: aiomqtt.Message) -> None:
        parts = message.topic.value.split("/")
        # PREFIX may hold slashes itself: the last three levels are imei, "cmd", kind.
        if len(parts) < 4 or parts[-2] != "cmd":
            return
        imei, kind = parts[-3], parts[-1]
        props = message.properties
        response_topic = getattr(props, "ResponseTopic", None) if props is not None else None
        correlation = getattr(props, "CorrelationData", None) if props is not None else None
        request_id = _request_id(message.payload)
        data = await self.run(imei, kind)
        reply: dict[str, Any] = {"imei": imei, "kind": kind, **data}
        if request_id is not None:
            reply["id"] = request_id
        out_props = None
        if correlation is not None:
            out_props = Properties(PacketTypes.PUBLISH)  # type: ignore[no-untyped-call]
            out_props.CorrelationData = correlation
        topic = response_topic or f"{self.config.prefix}/{imei}/reply/{kind}"
        await client.publish(topic, dumps(reply), qos=1, properties=out_props)


def _json(payload: object) -> Any:
    if not isinstance(payload, bytes | bytearray | str):
        raise BadRequest("no payload")
    try:
        return json.loads(payload)
    except (ValueError, RecursionError) as exc:
        raise BadRequest(f"not JSON: {exc}") from None


def _parse_rpc(payload: object) -> tuple[str, object, str]:
    """(device, id, method) of ``{"device", "data": {"id", "method", "params"}}``."""
    obj = _json(payload)
    if not isinstance(obj, dict):
        raise BadRequest("expected a JSON object")
    device, data = obj.get("device"), obj.get("data")
    if not isinstance(device, str) or not isinstance(data, dict):
        raise BadRequest('expected {"device": ..., "data": {"id", "method", "params"}}')
    method = data.get("method")
    if not isinstance(method, str):
        raise BadRequest("the RPC has no method")
    return device, data.get("id"), method


def _request_id(payload: object) -> object:
    """The ``id`` of a plain command's JSON payload, if it has one (the payload is optional)."""
    if not payload:
        return None
    try:
        obj = _json(payload)
    except BadRequest:
        return None
    return obj.get("id") if isinstance(obj, dict) else None
