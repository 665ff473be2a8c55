"""User commands: each sends the right wire message and returns the module's reply."""

from __future__ import annotations

import asyncio
import time

import pytest

from fourgmon.protocol.messages import (
    InfoAck,
    InfoRequest,
    Ping,
    QueryMsgAck,
    QueryMsgRequest,
    TimeAck,
    UpdateAck,
    UpdateRequest,
    VersionAck,
    VersionRequest,
)
from fourgmon.server.events import CommandResult
from fourgmon.sim.scripted import ScriptedModule
from tests.server.conftest import IMEI, Harness


async def _history_written(harness: Harness, timeout: float = 5.0) -> None:
    """Until the command's record is committed (a fixed 50 ms failed on a loaded machine)."""
    deadline = time.monotonic() + timeout
    while not harness.store.command_history(IMEI) and time.monotonic() < deadline:
        await asyncio.sleep(0.02)


async def _online(harness: Harness) -> ScriptedModule:
    module = await harness.connect()
    module.send(Ping(IMEI))
    await module.expect("pong")
    return module


async def test_time_sync_pushes_time_ack(harness: Harness) -> None:
    module = await _online(harness)
    result = await harness.server.request(IMEI, "time")
    assert result.status == "ok"
    ack = await module.expect(TimeAck)
    assert isinstance(ack, TimeAck) and abs(ack.timestamp - time.time()) < 5


@pytest.mark.parametrize(
    ("kind", "request_cls", "reply", "detail"),
    [
        (
            "info",
            InfoRequest,
            InfoAck("89860317045714788688", "113.58,22.28", (1, 2, 3)),
            "RS485 errors 1/2/3",
        ),
        ("version", VersionRequest, VersionAck(IMEI, "0001", "1.0.3"), "version 1.0.3"),
        ("update", UpdateRequest, UpdateAck(True), "accepted"),
        ("query_msg", QueryMsgRequest, QueryMsgAck(True), "accepted"),
    ],
)
async def test_request_sends_the_command_and_returns_the_reply(
    harness: Harness, kind: str, request_cls: type, reply: object, detail: str
) -> None:
    module = await _online(harness)
    task = asyncio.create_task(harness.server.request(IMEI, kind))
    sent = await module.recv()
    assert isinstance(sent, request_cls)
    if hasattr(sent, "imei"):
        assert sent.imei == IMEI
    module.send(reply)  # type: ignore[arg-type]
    result = await task
    assert result.status == "ok" and detail in result.detail
    assert result.reply == reply
    statuses = [e.status for e in harness.of_type(CommandResult) if e.kind == kind]
    assert statuses == ["pending", "ok"]
    await _history_written(harness)
    assert [(r.kind, r.status) for r in harness.store.command_history(IMEI)] == [(kind, "ok")]


async def test_info_reply_updates_the_device(harness: Harness) -> None:
    module = await _online(harness)
    task = asyncio.create_task(harness.server.request(IMEI, "info"))
    await module.expect(InfoRequest)
    module.send(InfoAck("89860317045714788688", "1,2", (4, 5, 6)))
    await task
    dev = harness.server.registry.get(IMEI)
    assert dev is not None and dev.err_counts == (4, 5, 6) and dev.ccid.startswith("8986")


async def test_update_refused_by_the_module_is_failed(harness: Harness) -> None:
    module = await _online(harness)
    task = asyncio.create_task(harness.server.request(IMEI, "update"))
    await module.expect(UpdateRequest)
    module.send(UpdateAck(False))
    assert (await task).status == "failed"


async def test_no_reply_is_a_timeout_and_recorded(harness: Harness) -> None:
    module = await _online(harness)
    started = time.monotonic()
    result = await harness.server.request(IMEI, "version")
    assert result.status == "timeout"
    assert 1.9 <= time.monotonic() - started < 4
    await module.expect(VersionRequest)
    await _history_written(harness)
    assert harness.store.command_history(IMEI)[0].status == "timeout"


async def test_one_outstanding_request_per_kind(harness: Harness) -> None:
    module = await _online(harness)
    first = asyncio.create_task(harness.server.request(IMEI, "version"))
    await module.expect(VersionRequest)
    second = await harness.server.request(IMEI, "version")
    assert second.status == "error" and "already" in second.detail
    module.send(VersionAck(IMEI, "0001", "1.0.3"))
    assert (await first).status == "ok"


async def test_request_to_an_offline_module_fails_at_once(harness: Harness) -> None:
    result = await harness.server.request(IMEI, "info")
    assert result.status == "error" and "offline" in result.detail


async def test_unknown_kind_is_a_caller_bug(harness: Harness) -> None:
    with pytest.raises(ValueError, match="unknown command kind"):
        await harness.server.request(IMEI, "reboot")
