"""The protocol's exception tree.

Every failure to split or decode what a device sent raises a subclass of
:class:`ProtocolError`; anything else escaping :mod:`fourgmon.protocol` is a bug.

- ``ProtocolError``: root; carries the raw bytes that could not be used.
  - ``ObjectTooLarge``: an object grew past the splitter's size cap; the
    connection must be closed.
  - ``MalformedJSON``: the bytes are not a JSON object, even after accepting
    the documented quirks.
  - ``InvalidMessage``: valid JSON, but a field is missing or has a bad value.
  - ``UnknownCommand``: valid JSON with a ``cmd`` this protocol does not define.
"""

from __future__ import annotations


class ProtocolError(Exception):
    """Root of all protocol errors. ``raw`` holds the offending bytes (may be truncated)."""

    def __init__(self, reason: str, raw: bytes = b"") -> None:
        super().__init__(reason)
        self.reason = reason
        self.raw = raw


class ObjectTooLarge(ProtocolError):
    """An object exceeded the size cap before it was complete."""


class MalformedJSON(ProtocolError):
    """The bytes are not a JSON object."""


class InvalidMessage(ProtocolError):
    """A JSON object that is not a valid message (missing or bad field)."""


class UnknownCommand(ProtocolError):
    """A JSON object whose ``cmd`` is not defined by the protocol."""

    def __init__(self, reason: str, raw: bytes = b"", cmd: str = "") -> None:
        super().__init__(reason, raw)
        self.cmd = cmd
