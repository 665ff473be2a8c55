"""The TCP server: listener, sessions, registry, command requests, events.

PUBLIC API (the window and the CLI are written against it):

    server = Server(config, store)          # store: an opened fourgmon.store.Store (started)
    unsubscribe = server.subscribe(observer) # observer(event) on the loop, must be cheap
    await server.start()                    # bind and listen; OSError if the port is in use
    server.address                          # (host, port) actually bound
    server.registry                         # DeviceRegistry: imei -> DeviceState
    result = await server.request(imei, kind)   # kind in COMMAND_KINDS -> CommandResult
    await server.set_alias(imei, alias)     # stored, then DeviceSeen published
    await server.restart(new_config)        # rebind (port change); OSError keeps the old one
    await server.stop()                     # stop accepting, close sessions (store stays open)
    server.stats                            # ServerStats: counters for the status bar

It runs on whatever asyncio loop it is given: plain asyncio (or uvloop) for
``fourgmon serve``, qasync inside the window.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from fourgmon.protocol.errors import ProtocolError
from fourgmon.protocol.messages import (
    InfoAck,
    Message,
    Ping,
    Pong,
    PushInfo,
    PushInfoAck,
    PushMsg,
    PushMsgAck,
    PushOnline,
    PushOnlineAck,
    QueryMsgAck,
    TimeAck,
    TimeRequest,
    UpdateAck,
    VersionAck,
)
from fourgmon.server.config import ServerConfig
from fourgmon.server.events import (
    CommandResult,
    DeviceOffline,
    DeviceOnline,
    DeviceSeen,
    Event,
    FrameReceived,
    InfoReceived,
    Observer,
    ProtocolErrorEvent,
    ServerListening,
    ServerStopped,
    StatusReceived,
    StorageFault,
    StorageHealth,
    Traffic,
    VersionReceived,
)
from fourgmon.server.limits import ConnectRateLimiter
from fourgmon.server.registry import DeviceRegistry
from fourgmon.server.requests import RequestTracker
from fourgmon.server.session import Session
from fourgmon.store import Store, StoreError
from fourgmon.store.records import (
    AliasRecord,
    ConnectionRecord,
    InfoRecord,
    PushMsgRecord,
    PushOnlineRecord,
    QuarantineRecord,
    Record,
    StoreHealth,
    VersionRecord,
    WriteResult,
)

log = logging.getLogger("fourgmon.server")

# How much of an undecodable packet goes into the log line (all of it is quarantined).
LOG_RAW_LIMIT = 300


@dataclass(slots=True)
class ServerStats:
    """Counters since start, for the status bar and benchmarks."""

    connections: int = 0  # open now
    messages_in: int = 0
    messages_out: int = 0
    acks: int = 0  # push_msg / push_online acks sent after commit
    duplicates: int = 0
    protocol_errors: int = 0
    storage_errors: int = 0
    rejected_connections: int = 0  # over max_connections
    throttled_connections: int = 0  # over the per-address connect rate
    slow_readers: int = 0  # dropped because they stopped reading


class Server:
    """See the module docstring."""

    def __init__(self, config: ServerConfig, store: Store) -> None:
        self.config = config
        self.store = store
        self.registry = DeviceRegistry()
        self.stats = ServerStats()
        self.requests = RequestTracker(self)
        self._observers: list[Observer] = []
        self._listener: asyncio.Server | None = None
        self._sessions: set[Session] = set()
        self._by_imei: dict[str, Session] = {}
        self._writes = 0  # records handed to the store and not settled yet
        self._writes_drained: asyncio.Event | None = None  # stop() waits on it
        self._storage_faulted = False
        self._connect_limiter = ConnectRateLimiter(0, 0)
        self._set_config(config)
        self.address: tuple[str, int] | None = None
        store.watch_health(self._store_health)

    def _set_config(self, config: ServerConfig) -> None:
        self.config = config
        self._connect_limiter.configure(
            config.max_connect_rate,
            config.max_connect_burst,
            exempt_loopback=config.connect_rate_exempt_loopback,
        )

    # ------------------------------------------------------------ observers
    def subscribe(self, observer: Observer) -> Callable[[], None]:
        """Call ``observer(event)`` for every event; returns a function that unsubscribes."""
        self._observers.append(observer)

        def unsubscribe() -> None:
            if observer in self._observers:
                self._observers.remove(observer)

        return unsubscribe

    def publish(self, event: Event) -> None:
        for observer in tuple(self._observers):
            try:
                observer(event)
            except Exception:  # an observer's bug must not take the server down
                log.exception("observer %r failed on %s", observer, type(event).__name__)

    # ------------------------------------------------------------ lifecycle
    async def start(self) -> None:
        """Load known devices from the store, then listen (OSError if the port is taken)."""
        for row in self.store.devices():
            dev, _ = self.registry.ensure(row.imei)
            dev.alias, dev.ccid, dev.location = row.alias, row.ccid, row.location
            dev.fw_type, dev.fw_version = row.fw_type, row.fw_version
            dev.last_seen = row.last_seen
        self._store_health(self.store.health)  # damage found at open, a disk already low
        await self._listen(self.config)

    async def _listen(self, config: ServerConfig) -> None:
        loop = asyncio.get_running_loop()
        listener = await loop.create_server(
            lambda: Session(self), config.host, config.port, backlog=1024, reuse_address=True
        )
        old, self._listener = self._listener, listener
        self._set_config(config)
        sock = listener.sockets[0].getsockname()
        self.address = (str(sock[0]), int(sock[1]))
        log.info("listening on %s:%d", *self.address)
        self.publish(ServerListening(*self.address))
        if old is not None:
            old.close()

    async def restart(self, config: ServerConfig) -> None:
        """Listen with a new config; if binding fails the old listener keeps running."""
        if self._listener is None:
            await self._listen(config)
            return
        if (config.host, config.port) == (self.config.host, self.config.port):
            self._set_config(config)
            return
        await self._listen(config)

    @property
    def listening(self) -> bool:
        return self._listener is not None

    async def stop(self) -> None:
        """Stop accepting, close every session, wait for pending writes. The store stays open."""
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        for session in list(self._sessions):
            session.close("shutdown")
        self.requests.cancel_all()
        # Let connection_lost callbacks run, then wait for writes still in flight.
        await asyncio.sleep(0)
        while self._writes:
            self._writes_drained = asyncio.Event()
            await self._writes_drained.wait()
        self._writes_drained = None
        self.address = None
        self.publish(ServerStopped())

    # ------------------------------------------------------------ sessions
    def accept_session(self, session: Session) -> bool:
        """Admit a new connection, or close it at once (connection cap, connect rate)."""
        if len(self._sessions) >= self.config.max_connections:
            self.stats.rejected_connections += 1
            log.warning(
                "connection cap %d reached; refusing %s", self.config.max_connections, session.peer
            )
            session.close("connection cap reached", abort=True)
            return False
        if not self._connect_limiter.allow(session.host, asyncio.get_running_loop().time()):
            self.stats.throttled_connections += 1
            # Not one log line per refusal: a storm would flood the log.
            if self.stats.throttled_connections & (self.stats.throttled_connections - 1) == 0:
                log.warning(
                    "%s connects more than %g times/s; refusing (%d refused so far)",
                    session.host,
                    self.config.max_connect_rate,
                    self.stats.throttled_connections,
                )
            session.close("connect rate exceeded", abort=True)
            return False
        self._sessions.add(session)
        self.stats.connections = len(self._sessions)
        return True

    def bind(self, session: Session, imei: str) -> bool:
        """Bind a connection to its IMEI, taking over an older connection of the same IMEI."""
        allow = self.config.allow_imeis
        if allow is not None and imei not in allow:
            log.warning(
                "IMEI %s from %s is not in the allow-list; disconnecting", imei, session.peer
            )
            session.close("IMEI not allowed")
            return False
        session.imei = imei
        old = self._by_imei.get(imei)
        self._by_imei[imei] = session
        takeover = old is not None and old is not session
        if takeover:
            assert old is not None
            log.info("%s: new connection from %s takes over %s", imei, session.peer, old.peer)
            self._record_connection(imei, "offline", "takeover", old.peer)
            old.close("takeover")
        dev, _ = self.registry.ensure(imei)
        now = time.time()
        dev.online = True
        dev.peer = session.peer
        dev.connected_since = now
        dev.last_seen = now
        dev.offline_cause = ""
        self._record_connection(
            imei, "online", "takeover" if takeover else "connected", session.peer
        )
        self.publish(DeviceOnline(imei, session.peer, now, takeover))
        self.publish(DeviceSeen(imei))
        return True

    def session_closed(self, session: Session) -> None:
        self._sessions.discard(session)
        self.stats.connections = len(self._sessions)
        imei = session.imei
        if imei is None or self._by_imei.get(imei) is not session:
            return  # never identified, or already taken over by a newer connection
        del self._by_imei[imei]
        dev = self.registry.get(imei)
        now = time.time()
        if dev is not None:
            dev.online = False
            dev.offline_cause = session.close_cause
        log.info("%s offline (%s)", imei, session.close_cause)
        self._record_connection(imei, "offline", session.close_cause, session.peer)
        self.publish(DeviceOffline(imei, now, session.close_cause))
        self.publish(DeviceSeen(imei))

    def on_slow_reader(self, session: Session) -> None:
        """A peer stopped reading its replies; the session drops it."""
        self.stats.slow_readers += 1
        log.warning(
            "%s (%s) does not read its replies; disconnecting (slow reader)",
            session.peer,
            session.imei or "unidentified",
        )

    def session_of(self, imei: str) -> Session | None:
        return self._by_imei.get(imei)

    def is_online(self, imei: str) -> bool:
        return imei in self._by_imei

    # ------------------------------------------------------------ messages
    def handle_message(self, session: Session, msg: Message, raw: bytes) -> None:
        """Act on one decoded message of a bound session (session.imei is set)."""
        imei = session.imei
        assert imei is not None
        now = time.time()
        dev, _ = self.registry.ensure(imei)
        dev.last_seen = now
        match msg:
            case Ping():
                session.send(Pong())
            case TimeRequest():
                session.send(TimeAck(int(now)))
            case PushMsg():
                self._store_then(
                    session,
                    PushMsgRecord(msg, now, raw),
                    lambda r: self._push_msg_stored(session, msg, now, r),
                )
            case PushOnline():
                self._store_then(
                    session,
                    PushOnlineRecord(msg, now, raw),
                    lambda r: self._push_online_stored(session, msg, now, r),
                )
            case PushInfo():
                record = InfoRecord(imei, now, msg.ccid, msg.location, None)
                self._store_then(session, record, lambda r: self._info_stored(session, record))
            case InfoAck() | VersionAck() | UpdateAck() | QueryMsgAck():
                self._command_reply(session, msg, now)
            case _:
                self.on_protocol_error(
                    session, ProtocolError(f"unexpected {msg.CMD} from a module", raw)
                )

    def _push_msg_stored(self, session: Session, msg: PushMsg, now: float, r: WriteResult) -> None:
        if session.send(PushMsgAck(msg.packnum)):
            self.stats.acks += 1
        if r.duplicate:
            self.stats.duplicates += 1
            return
        if self._by_imei.get(msg.imei) is not session:
            return  # a late packet of a closed connection: stored, but not newer state
        dev, _ = self.registry.ensure(msg.imei)
        dev.packet_count += 1
        dev.last_packet_at = now
        if msg.temperature is not None:
            dev.temperature = msg.temperature
        if msg.humidity is not None:
            dev.humidity = msg.humidity
        if not self._observers:  # `serve`: nobody listens; skip building the events
            return
        self.publish(
            FrameReceived(
                msg.imei, msg.packnum, msg.time, now, msg.channels, msg.temperature, msg.humidity
            )
        )
        self.publish(DeviceSeen(msg.imei))

    def _push_online_stored(
        self, session: Session, msg: PushOnline, now: float, r: WriteResult
    ) -> None:
        if session.send(PushOnlineAck(msg.packnum)):
            self.stats.acks += 1
        if r.duplicate:
            self.stats.duplicates += 1
            return
        if self._by_imei.get(msg.imei) is not session:
            return
        dev, _ = self.registry.ensure(msg.imei)
        for k, state in msg.st.items():
            dev.sensors[k] = state
        for k, crystal in msg.dt.items():
            dev.crystals[k] = crystal
        self.publish(StatusReceived(msg.imei, msg.packnum, now, msg.st, msg.dt))
        self.publish(DeviceSeen(msg.imei))

    def _info_stored(self, session: Session, record: InfoRecord) -> None:
        session.send(PushInfoAck())
        self._apply_info(record)

    def _apply_info(self, record: InfoRecord) -> None:
        dev, _ = self.registry.ensure(record.imei)
        dev.ccid, dev.location = record.ccid, record.location
        if record.err_counts is not None:
            dev.err_counts = record.err_counts
        self.publish(InfoReceived(record.imei, record.ccid, record.location, record.err_counts))
        self.publish(DeviceSeen(record.imei))

    def _command_reply(self, session: Session, msg: Message, now: float) -> None:
        imei = session.imei
        assert imei is not None
        if isinstance(msg, InfoAck):
            info = InfoRecord(imei, now, msg.ccid, msg.location, msg.err_counts)
            self.write_background(info)
            self._apply_info(info)
        elif isinstance(msg, VersionAck):
            dev, _ = self.registry.ensure(imei)
            dev.fw_type, dev.fw_version = msg.type, msg.version
            self.write_background(VersionRecord(imei, now, msg.type, msg.version))
            self.publish(VersionReceived(imei, msg.type, msg.version))
            self.publish(DeviceSeen(imei))
        if not self.requests.resolve(imei, msg):
            log.warning("%s: unsolicited %s", imei, msg.CMD)

    # ------------------------------------------------------------ store
    @property
    def writes_in_flight(self) -> int:
        """Records handed to the store whose commit (or failure) has not come back yet."""
        return self._writes

    def _store_then(
        self, session: Session, record: Record, on_stored: Callable[[WriteResult], None]
    ) -> None:
        """Write ``record``; call ``on_stored`` (which sends the ack) only after the commit."""
        session.write_started()

        def done(outcome: WriteResult | StoreError) -> None:
            self._write_settled()
            session.write_finished()
            if isinstance(outcome, StoreError):
                self._storage_failed(outcome, session)
                return
            if self._storage_faulted:
                self._storage_faulted = False
                self.publish(StorageFault(time.time(), "storage works again", cleared=True))
            on_stored(outcome)

        self._submit(record, done)

    def write_background(self, record: Record) -> None:
        """Write a record whose commit nobody waits for (history, connection events)."""

        def done(outcome: WriteResult | StoreError) -> None:
            self._write_settled()
            if isinstance(outcome, StoreError):
                self._storage_failed(outcome, None)

        self._submit(record, done)

    def _submit(self, record: Record, done: Callable[[WriteResult | StoreError], None]) -> None:
        """Hand ``record`` to the store; ``done`` gets its outcome on the loop."""
        self._writes += 1
        try:
            self.store.submit_then(record, done)
        except StoreError as exc:  # the store is closing: fail like a failed batch
            asyncio.get_running_loop().call_soon(done, exc)

    def _write_settled(self) -> None:
        self._writes -= 1
        if not self._writes and self._writes_drained is not None:
            self._writes_drained.set()

    def _storage_failed(self, exc: BaseException, session: Session | None) -> None:
        self.stats.storage_errors += 1
        reason = str(exc) if isinstance(exc, StoreError) else repr(exc)
        log.error("storage failed, not acknowledging: %s", reason)
        if not self._storage_faulted:
            self._storage_faulted = True
            self.publish(StorageFault(time.time(), reason))

    def _store_health(self, health: StoreHealth) -> None:
        self.publish(StorageHealth(time.time(), health))

    def _record_connection(self, imei: str, state: str, cause: str, peer: str) -> None:
        self.write_background(ConnectionRecord(imei, time.time(), state, cause, peer))

    async def set_alias(self, imei: str, alias: str) -> None:
        """Give a device a human name; stored before the registry changes."""
        alias = alias.strip()
        await self.store.write(AliasRecord(imei, alias))
        dev, _ = self.registry.ensure(imei)
        dev.alias = alias
        self.publish(DeviceSeen(imei))

    # ------------------------------------------------------------ traffic and errors
    def on_traffic_in(self, session: Session, cmd: str, raw: bytes, *, error: bool = False) -> None:
        self.stats.messages_in += 1
        if self.config.emit_traffic and self._observers:
            self.publish(Traffic("in", session.imei, session.peer, time.time(), cmd, raw, error))

    def on_traffic_out(self, session: Session, cmd: str, raw: bytes) -> None:
        self.stats.messages_out += 1
        if self.config.emit_traffic and self._observers:
            self.publish(Traffic("out", session.imei, session.peer, time.time(), cmd, raw))

    def on_protocol_error(self, session: Session, exc: ProtocolError) -> None:
        """Log with the raw bytes, quarantine them, publish; the connection lives on."""
        self.stats.protocol_errors += 1
        now = time.time()
        log.warning(
            "protocol error from %s (%s): %s; raw=%r",
            session.peer,
            session.imei or "unidentified",
            exc.reason,
            exc.raw[:LOG_RAW_LIMIT],
        )
        self.write_background(
            QuarantineRecord(now, session.peer, session.imei, exc.reason, exc.raw)
        )
        self.publish(ProtocolErrorEvent(session.imei, session.peer, now, exc.reason, exc.raw))

    # ------------------------------------------------------------ commands
    async def request(self, imei: str, kind: str) -> CommandResult:
        """Send a command to a module and wait for its reply or a timeout."""
        return await self.requests.request(imei, kind)
