"""One session per TCP connection: bytes in, typed messages, replies out.

The session is an :class:`asyncio.Protocol` (cheaper than streams at thousands
of packets per second). It splits and decodes with :mod:`fourgmon.protocol`,
binds the connection to the first IMEI it sees, and hands every message to its
:class:`~fourgmon.server.server.Server`, which owns the registry, the store and
the observers. Packets are acknowledged only after the store has committed them.

Overload never turns into buffering: the session pauses reading from its peer
(the kernel's window then slows the peer down) while any of these holds, and
resumes when none does:

- ``rate``: the peer went over its message or byte rate (token buckets);
- ``writing``: its outbound buffer passed the high mark (the peer does not read);
  still paused after ``slow_reader_timeout``, or over the hard cap, it is dropped;
- ``store``: too many of its packets wait for their commit (a stalled disk).
"""

from __future__ import annotations

import asyncio
import time
from typing import Protocol, cast

from fourgmon.protocol import JsonSplitter, decode, encode
from fourgmon.protocol.codec import encode_push_msg_ack
from fourgmon.protocol.errors import ObjectTooLarge, ProtocolError, UnknownCommand
from fourgmon.protocol.messages import Message, PushMsgAck
from fourgmon.server.config import RATE_BURST_SECONDS, ServerConfig
from fourgmon.server.limits import TokenBucket

# After close(), how long unsent replies may take to drain before the socket is cut.
CLOSE_GRACE = 5.0
_PUSH_MSG_ACK = PushMsgAck.CMD


def peer_text(host: str, port: int) -> str:
    """The peer as host:port text; IPv6 hosts are bracketed."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _peer_text(transport: asyncio.BaseTransport) -> tuple[str, str]:
    """(host, "host:port") of the peer."""
    peer = transport.get_extra_info("peername")
    if isinstance(peer, tuple) and len(peer) >= 2:
        host = str(peer[0])
        return host, peer_text(host, int(peer[1]))
    return "", str(peer or "?")


class SessionHost(Protocol):
    """What a :class:`Session` reports to and asks of its server (the server implements
    it; naming it here rather than importing the server keeps imports one way)."""

    config: ServerConfig

    def accept_session(self, session: Session) -> bool: ...

    def bind(self, session: Session, imei: str) -> bool: ...

    def handle_message(self, session: Session, msg: Message, raw: bytes) -> None: ...

    def session_closed(self, session: Session) -> None: ...

    def on_protocol_error(self, session: Session, exc: ProtocolError) -> None: ...

    def on_slow_reader(self, session: Session) -> None: ...

    def on_never_identified(self, session: Session) -> None: ...

    def on_traffic_in(
        self, session: Session, cmd: str, raw: bytes, *, error: bool = False
    ) -> None: ...

    def on_traffic_out(self, session: Session, cmd: str, raw: bytes) -> None: ...


class Session(asyncio.Protocol):
    """The server side of one module's connection."""

    def __init__(self, server: SessionHost) -> None:
        self.server = server
        self.imei: str | None = None
        self.host = ""
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
        self._out: list[bytes] = []  # replies queued for the end of this loop iteration
        self._paused: set[str] = set()  # why reading is paused: "rate", "writing", "store"
        self._rate_timer: asyncio.TimerHandle | None = None
        self._slow_timer: asyncio.TimerHandle | None = None
        self._abort_timer: asyncio.TimerHandle | None = None
        self.uncommitted = 0  # packets handed to the store, not yet committed
        config = server.config
        now = self._loop.time()
        self._msg_bucket = TokenBucket(
            config.max_message_rate, config.max_message_rate * RATE_BURST_SECONDS, now
        )
        self._byte_bucket = TokenBucket(
            config.max_byte_rate, config.max_byte_rate * RATE_BURST_SECONDS, now
        )

    @property
    def paused_for(self) -> frozenset[str]:
        """Why reading from this peer is paused now (empty when it is not)."""
        return frozenset(self._paused)

    # ------------------------------------------------------------ asyncio protocol
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # A cast, not an isinstance check: uvloop's transports are not subclasses of
        # asyncio.Transport (an assert here made serve on uvloop ack nothing).
        transport = cast(asyncio.Transport, transport)
        self._transport = transport
        self.host, self.peer = _peer_text(transport)
        self.last_rx = self._loop.time()
        if not self.server.accept_session(self):
            return
        config = self.server.config
        transport.set_write_buffer_limits(high=config.write_buffer_high)
        self._identify_timer = self._loop.call_later(
            config.identify_timeout, self._identify_expired
        )

    def data_received(self, data: bytes) -> None:
        if self.closed:
            return
        now = self._loop.time()
        delay = self._byte_bucket.charge(len(data), now)
        try:
            objects = self._splitter.feed(data)
        except ObjectTooLarge as exc:
            # The connection is closing: drop the splitter's buffer now, not when the
            # session object is collected (matters under a flood of such peers).
            self._splitter.reset()
            self.server.on_protocol_error(self, exc)
            self.close("object too large")
            return
        if objects:
            self.last_rx = now
            delay = max(delay, self._msg_bucket.charge(len(objects), now))
            for raw in objects:
                if self.closed:
                    return
                self._handle_raw(raw)
        if delay > 0 and not self.closed and "rate" not in self._paused:
            self._pause("rate")
            self._rate_timer = self._loop.call_later(delay, self._rate_repaid)

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_timers()
        if self._abort_timer is not None:
            self._abort_timer.cancel()
            self._abort_timer = None
        if not self.closed:
            self.closed = True
            self.close_cause = "connection lost" if exc else "closed by peer"
        self.server.session_closed(self)

    def pause_writing(self) -> None:
        # The peer is not reading: stop reading from it too, so it cannot make us
        # queue replies without bound, and give it slow_reader_timeout to catch up.
        self._pause("writing")
        if self._slow_timer is None and not self.closed:
            self._slow_timer = self._loop.call_later(
                self.server.config.slow_reader_timeout, self._slow_reader
            )

    def resume_writing(self) -> None:
        if self._slow_timer is not None:
            self._slow_timer.cancel()
            self._slow_timer = None
        self._resume("writing")

    # ------------------------------------------------------------ flow control
    def _pause(self, reason: str) -> None:
        if not self._paused and self._transport is not None and not self.closed:
            self._transport.pause_reading()
        self._paused.add(reason)

    def _resume(self, reason: str) -> None:
        if reason not in self._paused:
            return
        self._paused.discard(reason)
        if not self._paused and self._transport is not None and not self.closed:
            self._transport.resume_reading()

    def _rate_repaid(self) -> None:
        self._rate_timer = None
        self._resume("rate")

    def _slow_reader(self) -> None:
        self._slow_timer = None
        self.server.on_slow_reader(self)
        self.close("slow reader", abort=True)

    def write_started(self) -> None:
        """One more packet of this connection is waiting for its commit."""
        self.uncommitted += 1
        if self.uncommitted >= self.server.config.max_uncommitted:
            self._pause("store")

    def write_finished(self) -> None:
        """A packet of this connection was committed (or failed)."""
        self.uncommitted -= 1
        if self.uncommitted <= self.server.config.max_uncommitted // 2:
            self._resume("store")

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
            self.server.on_never_identified(self)
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
        for timer in (self._identify_timer, self._heartbeat_timer, self._rate_timer):
            if timer is not None:
                timer.cancel()
        if self._slow_timer is not None:
            self._slow_timer.cancel()
        self._identify_timer = self._heartbeat_timer = self._rate_timer = None
        self._slow_timer = None

    # ------------------------------------------------------------ output
    def send(self, msg: Message) -> bool:
        """Queue one reply; False when the connection is already closed.

        Replies are written once per loop iteration (one ``send()`` per session per
        batch of acks instead of one per ack: that syscall was ~18 % of serve's time).
        """
        if self.closed or self._transport is None or self._transport.is_closing():
            return False
        data = encode(msg)
        if not self._out:
            self._loop.call_soon(self._flush)
        self._out.append(data + self._terminator if self._terminator else data)
        self.server.on_traffic_out(self, msg.CMD, data)
        return True

    def send_push_msg_ack(self, packnum: int) -> bool:
        """``send(PushMsgAck(packnum))`` without building the message: the same bytes
        and the same traffic hook (once a packet: ~0.5 us less on the loop)."""
        transport = self._transport
        if self.closed or transport is None or transport.is_closing():
            return False
        data = encode_push_msg_ack(packnum)
        out = self._out
        if not out:
            self._loop.call_soon(self._flush)
        out.append(data + self._terminator if self._terminator else data)
        self.server.on_traffic_out(self, _PUSH_MSG_ACK, data)
        return True

    def _flush(self) -> None:
        """Write the replies queued during this loop iteration."""
        out, self._out = self._out, []
        transport = self._transport
        if not out or transport is None or transport.is_closing():
            return
        transport.write(out[0] if len(out) == 1 else b"".join(out))
        if transport.get_write_buffer_size() > self.server.config.write_buffer_hard_cap:
            self.server.on_slow_reader(self)
            self.close("slow reader", abort=True)

    def close(self, cause: str, *, abort: bool = False) -> None:
        """Close the connection; the server learns of it through connection_lost.

        Unsent replies get :data:`CLOSE_GRACE` seconds to drain (``abort``: none),
        so a peer that never reads cannot keep a closed connection alive.
        """
        if self.closed:
            return
        if not abort:
            self._flush()  # replies queued this iteration still go out before the FIN
        self.closed = True
        self.close_cause = cause
        self._cancel_timers()
        transport = self._transport
        if transport is None:
            return
        if abort:
            transport.abort()
            return
        transport.close()
        if transport.get_write_buffer_size():
            self._abort_timer = self._loop.call_later(CLOSE_GRACE, transport.abort)
