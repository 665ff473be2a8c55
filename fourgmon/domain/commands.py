"""The one command catalogue: each user command's kind, request, reply and labels.

The server builds requests and matches replies with it, the window makes its
buttons from it (and translates the labels: they are plain English here), the
bridge will take its command names from it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from fourgmon.protocol.messages import (
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

Status = Literal["ok", "failed", "timeout", "error", "pending"]

# Why a request did not get its reply (English; the window translates them).
OFFLINE = "module is offline"
CLOSED = "connection closed"
STOPPED = "server stopped"
ALREADY_WAITING = "request is already waiting for its reply"


@dataclass(frozen=True, slots=True)
class Command:
    """One user command. ``reply`` is None for a command the module does not answer."""

    kind: str
    button: str  # objectName of its button
    label: str  # what it is called (history, results)
    button_label: str  # the button's text
    help: str  # the button's tooltip
    reply: type[Message] | None
    make_request: Callable[[str, float], Message]  # (imei, now) -> the message to send

    def request(self, imei: str, now: float) -> Message:
        return self.make_request(imei, now)


COMMANDS: dict[str, Command] = {
    c.kind: c
    for c in (
        Command(
            "time",
            "btnTimeSync",
            "Time sync",
            "Time sync",
            "Send this computer's time (UTC) to the module.",
            None,
            lambda _imei, now: TimeAck(int(now)),
        ),
        Command(
            "info",
            "btnInfo",
            "Query info",
            "Query info",
            "Read CCID, location and the RS485 error counters.",
            InfoAck,
            lambda _imei, _now: InfoRequest(),
        ),
        Command(
            "version",
            "btnVersion",
            "Query version",
            "Query version",
            "Read the hardware type and firmware version.",
            VersionAck,
            lambda imei, _now: VersionRequest(imei),
        ),
        Command(
            "query_msg",
            "btnQueryMsg",
            "Query data now",
            "Query data now",
            "Ask the module to push its data now.",
            QueryMsgAck,
            lambda imei, _now: QueryMsgRequest(imei),
        ),
        Command(
            "update",
            "btnUpdate",
            "Firmware update",
            "Firmware update…",
            "Put the module into firmware upgrade mode (asks first).",
            UpdateAck,
            lambda imei, _now: UpdateRequest(imei),
        ),
    )
}
COMMAND_KINDS: tuple[str, ...] = tuple(COMMANDS)
_KIND_OF_REPLY: dict[type[Message], str] = {
    c.reply: c.kind for c in COMMANDS.values() if c.reply is not None
}


def command(kind: str) -> Command:
    """The command of ``kind``; ValueError naming the known kinds otherwise."""
    try:
        return COMMANDS[kind]
    except KeyError:
        raise ValueError(
            f"unknown command kind {kind!r}; expected one of {', '.join(COMMAND_KINDS)}"
        ) from None


def kind_of_reply(reply: Message) -> str | None:
    """The command kind ``reply`` answers, None if it answers none."""
    return _KIND_OF_REPLY.get(type(reply))


def describe_reply(reply: Message) -> tuple[Status, str]:
    """(status, English detail) of a reply: what the log and the command history say."""
    match reply:
        case InfoAck(ccid=ccid, location=loc, err_counts=errs):
            return "ok", f"CCID {ccid}, location {loc}, RS485 errors {errs[0]}/{errs[1]}/{errs[2]}"
        case VersionAck(type=hw, version=ver):
            return "ok", f"type {hw}, version {ver}"
        case UpdateAck(result=ok) | QueryMsgAck(result=ok):
            return ("ok", "accepted") if ok else ("failed", "refused by the module")
    return "ok", ""
