"""User commands to a module: send, wait for the matching reply or a timeout, record.

Replies carry no request id, so at most one request of each kind is outstanding
per device, and a reply answers the outstanding request of its kind.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Protocol

from fourgmon.domain.commands import (
    ALREADY_WAITING,
    CLOSED,
    OFFLINE,
    STOPPED,
    command,
    describe_reply,
    kind_of_reply,
)
from fourgmon.protocol.messages import Message
from fourgmon.server.config import ServerConfig
from fourgmon.server.events import CommandResult, Event
from fourgmon.store.records import CommandRecord, Record

log = logging.getLogger("fourgmon.server")


class Link(Protocol):
    """A module's connection, as far as a request needs it."""

    def send(self, msg: Message) -> bool: ...


class RequestHost(Protocol):
    """What a :class:`RequestTracker` needs of its server (no import of it: no cycle)."""

    config: ServerConfig

    def session_of(self, imei: str) -> Link | None: ...

    def publish(self, event: Event) -> None: ...

    def write_background(self, record: Record) -> None: ...


class RequestTracker:
    """Outstanding command requests of a server, keyed by (imei, kind)."""

    def __init__(self, server: RequestHost) -> None:
        self._server = server
        self._pending: dict[tuple[str, str], asyncio.Future[Message]] = {}

    def pending(self, imei: str, kind: str) -> bool:
        return (imei, kind) in self._pending

    async def request(self, imei: str, kind: str) -> CommandResult:
        cmd = command(kind)  # ValueError for an unknown kind: a caller's bug
        server = self._server
        sent_at = time.time()
        msg = cmd.request(imei, sent_at)
        session = server.session_of(imei)
        if session is None:
            return self._finish(CommandResult(imei, kind, "error", sent_at, time.time(), OFFLINE))
        if (imei, kind) in self._pending:
            return CommandResult(
                imei,
                kind,
                "error",
                sent_at,
                time.time(),
                f"a {kind} {ALREADY_WAITING}",
            )
        if cmd.reply is None:  # time sync: pushed, no reply expected
            if session.send(msg):
                result = CommandResult(
                    imei, kind, "ok", sent_at, time.time(), f"sent {int(sent_at)}"
                )
            else:
                result = CommandResult(imei, kind, "error", sent_at, time.time(), CLOSED)
            return self._finish(result)
        fut: asyncio.Future[Message] = asyncio.get_running_loop().create_future()
        self._pending[(imei, kind)] = fut
        try:
            if not session.send(msg):
                return self._finish(
                    CommandResult(imei, kind, "error", sent_at, time.time(), CLOSED)
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
                        CommandResult(imei, kind, "error", sent_at, time.time(), STOPPED)
                    )
                raise
            status, detail = describe_reply(reply)
            return self._finish(
                CommandResult(imei, kind, status, sent_at, time.time(), detail, reply)
            )
        finally:
            if self._pending.get((imei, kind)) is fut:
                del self._pending[(imei, kind)]

    def resolve(self, imei: str, reply: Message) -> bool:
        """Hand a reply to its outstanding request; False if none was waiting."""
        kind = kind_of_reply(reply)
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
