"""User commands to a module: send, wait for the matching reply or a timeout, record.

Replies carry no request id, so at most one request of each kind is outstanding
per device, and a reply answers the outstanding request of its kind.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING, Literal

from fourgmon.protocol.messages import (
    COMMAND_KINDS,
    InfoAck,
    InfoRequest,
    Message,
    QueryMsgAck,
    QueryMsgRequest,
    TimeAck,
    UpdateAck,
    UpdateRequest,
    VersionAck,
    VersionRequest,
)
from fourgmon.server.events import CommandResult
from fourgmon.store.records import CommandRecord

if TYPE_CHECKING:
    from fourgmon.server.server import Server

log = logging.getLogger("fourgmon.server")

_KIND_OF_REPLY: dict[type[Message], str] = {
    InfoAck: "info",
    VersionAck: "version",
    UpdateAck: "update",
    QueryMsgAck: "query_msg",
}


def _request_message(kind: str, imei: str) -> Message:
    match kind:
        case "time":
            return TimeAck(int(time.time()))
        case "info":
            return InfoRequest()
        case "version":
            return VersionRequest(imei)
        case "update":
            return UpdateRequest(imei)
        case "query_msg":
            return QueryMsgRequest(imei)
    raise ValueError(f"unknown command kind {kind!r}; expected one of {', '.join(COMMAND_KINDS)}")


Status = Literal["ok", "failed", "timeout", "error", "pending"]


def _describe(reply: Message) -> tuple[Status, str]:
    """(status, human detail) of a reply."""
    match reply:
        case InfoAck(ccid=ccid, location=loc, err_counts=errs):
            return "ok", f"CCID {ccid}, location {loc}, RS485 errors {errs[0]}/{errs[1]}/{errs[2]}"
        case VersionAck(type=hw, version=ver):
            return "ok", f"type {hw}, version {ver}"
        case UpdateAck(result=ok) | QueryMsgAck(result=ok):
            return ("ok", "accepted") if ok else ("failed", "refused by the module")
    return "ok", ""


class RequestTracker:
    """Outstanding command requests of a server, keyed by (imei, kind)."""

    def __init__(self, server: Server) -> None:
        self._server = server
        self._pending: dict[tuple[str, str], asyncio.Future[Message]] = {}

    def pending(self, imei: str, kind: str) -> bool:
        return (imei, kind) in self._pending

    async def request(self, imei: str, kind: str) -> CommandResult:
        msg = _request_message(kind, imei)  # ValueError for an unknown kind: a caller's bug
        server = self._server
        sent_at = time.time()
        session = server.session_of(imei)
        if session is None:
            return self._finish(
                CommandResult(imei, kind, "error", sent_at, time.time(), "module is offline")
            )
        if (imei, kind) in self._pending:
            return CommandResult(
                imei,
                kind,
                "error",
                sent_at,
                time.time(),
                f"a {kind} request is already waiting for its reply",
            )
        if isinstance(msg, TimeAck):  # time sync: pushed, no reply expected
            if session.send(msg):
                result = CommandResult(
                    imei, kind, "ok", sent_at, time.time(), f"sent {msg.timestamp}"
                )
            else:
                result = CommandResult(
                    imei, kind, "error", sent_at, time.time(), "connection closed"
                )
            return self._finish(result)
        fut: asyncio.Future[Message] = asyncio.get_running_loop().create_future()
        self._pending[(imei, kind)] = fut
        try:
            if not session.send(msg):
                return self._finish(
                    CommandResult(imei, kind, "error", sent_at, time.time(), "connection closed")
                )
            server.publish(CommandResult(imei, kind, "pending", sent_at, None))
            timeout = server.config.request_timeout
            try:
                reply = await asyncio.wait_for(asyncio.shield(fut), timeout)
            except TimeoutError:
                return self._finish(
                    CommandResult(
                        imei,
                        kind,
                        "timeout",
                        sent_at,
                        time.time(),
                        f"no reply within {timeout:g} s",
                    )
                )
            except asyncio.CancelledError:
                if fut.cancelled():  # server stopping
                    return self._finish(
                        CommandResult(imei, kind, "error", sent_at, time.time(), "server stopped")
                    )
                raise
            status, detail = _describe(reply)
            return self._finish(
                CommandResult(imei, kind, status, sent_at, time.time(), detail, reply)
            )
        finally:
            if self._pending.get((imei, kind)) is fut:
                del self._pending[(imei, kind)]

    def resolve(self, imei: str, reply: Message) -> bool:
        """Hand a reply to its outstanding request; False if none was waiting."""
        kind = _KIND_OF_REPLY.get(type(reply))
        fut = self._pending.get((imei, kind)) if kind else None
        if fut is None or fut.done():
            return False
        fut.set_result(reply)
        return True

    def cancel_all(self) -> None:
        for fut in self._pending.values():
            fut.cancel()

    def _finish(self, result: CommandResult) -> CommandResult:
        log.info("%s %s: %s %s", result.imei, result.kind, result.status, result.detail)
        self._server.write_background(
            CommandRecord(
                result.imei,
                result.kind,
                result.sent_at,
                result.done_at,
                result.status,
                result.detail,
            )
        )
        self._server.publish(result)
        return result
