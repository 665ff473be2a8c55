"""One session per TCP connection: bytes in, typed messages, replies out.

The session is an :class:`asyncio.Protocol` (cheaper than streams at thousands
of packets per second). It splits and decodes with :mod:`fourgmon.protocol`,
binds the connection to the first IMEI it sees, and hands every message to its
:class:`~fourgmon.server.server.Server`, which owns the registry, the store and
the observers. Packets are acknowledged only after the store has committed them.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING

from fourgmon.protocol import JsonSplitter, decode, encode
from fourgmon.protocol.errors import ObjectTooLarge, ProtocolError, UnknownCommand
from fourgmon.protocol.messages import Message

if TYPE_CHECKING:
    from fourgmon.server.server import Server

log = logging.getLogger("fourgmon.server")


def _peer_text(transport: asyncio.BaseTransport) -> str:
    peer = transport.get_extra_info("peername")
    if isinstance(peer, tuple) and len(peer) >= 2:
        host = str(peer[0])
        return f"[{host}]:{peer[1]}" if ":" in host else f"{host}:{peer[1]}"
    return str(peer or "?")


class Session(asyncio.Protocol):
    """The server side of one module's connection."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.imei: str | None = None
        self.peer = "?"
        self.connected_at = time.time()
        self.closed = False
        self.close_cause = ""
        self.last_rx = 0.0  # loop.time() of the last complete message
        self._transport: asyncio.Transport | None = None
        self._splitter = JsonSplitter(server.config.max_object_size)
        self._loop = asyncio.get_running_loop()
        self._identify_timer: asyncio.TimerHandle | None = None
        self._heartbeat_timer: asyncio.TimerHandle | None = None
        self._terminator = server.config.reply_terminator

    # ------------------------------------------------------------ asyncio protocol
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        self.peer = _peer_text(transport)
        self.last_rx = self._loop.time()
        if not self.server.accept_session(self):
            return
        self._identify_timer = self._loop.call_later(
            self.server.config.identify_timeout, self._identify_expired
        )

    def data_received(self, data: bytes) -> None:
        if self.closed:
            return
        try:
            objects = self._splitter.feed(data)
        except ObjectTooLarge as exc:
            # Whatever complete objects preceded the oversized one were lost with the
            # exception; the splitter returns them only on success, so handle the error.
            self.server.on_protocol_error(self, exc)
            self.close("object too large")
            return
        if not objects:
            return
        self.last_rx = self._loop.time()
        for raw in objects:
            if self.closed:
                return
            self._handle_raw(raw)

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_timers()
        if not self.closed:
            self.closed = True
            self.close_cause = "connection lost" if exc else "closed by peer"
        self.server.session_closed(self)

    # ------------------------------------------------------------ handling
    def _handle_raw(self, raw: bytes) -> None:
        server = self.server
        try:
            msg = decode(raw)
        except UnknownCommand as exc:
            server.on_traffic_in(self, exc.cmd or "?", raw, error=True)
            server.on_protocol_error(self, exc)
            return
        except ProtocolError as exc:
            server.on_traffic_in(self, "?", raw, error=True)
            server.on_protocol_error(self, exc)
            return
        server.on_traffic_in(self, msg.CMD, raw)
        imei = getattr(msg, "imei", None)
        if imei is not None:
            if self.imei is None:
                if not server.bind(self, imei):
                    return
                self._identified()
            elif imei != self.imei:
                server.on_protocol_error(
                    self,
                    ProtocolError(f"IMEI {imei} on a connection bound to {self.imei}", raw),
                )
                return
        elif self.imei is None:
            server.on_protocol_error(
                self, ProtocolError(f"{msg.CMD} before the connection identified itself", raw)
            )
            return
        server.handle_message(self, msg, raw)

    def _identified(self) -> None:
        if self._identify_timer is not None:
            self._identify_timer.cancel()
            self._identify_timer = None
        self._arm_heartbeat(self.server.config.heartbeat_timeout)

    # ------------------------------------------------------------ timers
    def _identify_expired(self) -> None:
        self._identify_timer = None
        if self.imei is None and not self.closed:
            log.info("%s never identified itself; closing", self.peer)
            self.close("never identified")

    def _arm_heartbeat(self, delay: float) -> None:
        self._heartbeat_timer = self._loop.call_later(delay, self._heartbeat_check)

    def _heartbeat_check(self) -> None:
        # One timer per session, re-armed only when it fires: cheap at any message rate,
        # and exact: offline when (and not before) the timeout has passed since last_rx.
        self._heartbeat_timer = None
        if self.closed:
            return
        timeout = self.server.config.heartbeat_timeout
        idle = self._loop.time() - self.last_rx
        if idle >= timeout:
            self.close("heartbeat timeout")
        else:
            self._arm_heartbeat(timeout - idle)

    def _cancel_timers(self) -> None:
        for timer in (self._identify_timer, self._heartbeat_timer):
            if timer is not None:
                timer.cancel()
        self._identify_timer = self._heartbeat_timer = None

    # ------------------------------------------------------------ output
    def send(self, msg: Message) -> bool:
        """Write one reply; False when the connection is already closed."""
        if self.closed or self._transport is None or self._transport.is_closing():
            return False
        data = encode(msg)
        self._transport.write(data + self._terminator if self._terminator else data)
        self.server.on_traffic_out(self, msg.CMD, data)
        return True

    def close(self, cause: str) -> None:
        """Close the connection; the server learns of it through connection_lost."""
        if self.closed:
            return
        self.closed = True
        self.close_cause = cause
        self._cancel_timers()
        if self._transport is not None:
            self._transport.close()
