"""The TCP server: listener, sessions, registry, command requests, events.

PUBLIC API (the window and the CLI are written against it):

    server = Server(config, store)          # store: an opened fourgmon.store.Store (started)
    unsubscribe = server.subscribe(observer) # observer(event) on the loop, must be cheap
    await server.start()                    # bind and listen; OSError if the port is in use
    server.address                          # (host, port) actually bound
    server.registry                         # domain DeviceRegistry: imei -> DeviceState (read only)
    server.connection_cap                   # max_connections, or less to fit the fd limit
    result = await server.request(imei, kind)   # kind in COMMAND_KINDS -> CommandResult
    server.enqueue(imei, kind, expires_at)      # queued for an offline module (stored)
    server.engine                           # CommandEngine: bulk, queue, cancel (dispatch.py)
    await server.set_alias(imei, alias)     # stored, then DeviceChanged published
    await server.restart(new_config)        # rebind (port change); OSError keeps the old one
    await server.stop()                     # stop accepting, close sessions (store stays open)
    server.stats                            # ServerStats: counters for the status bar
    server.alarms.book.open_alarms()        # open alarms; AlarmRaised/Acked/Cleared published
    server.acknowledge_alarms(keys, user)   # (imei, kind, channel) keys; user: the OS user
    await server.alarms.settled()           # ...and now the acknowledgement is stored
    server.alarms.set_units(cal, thresholds) # the calibration/thresholds changed (loaded at start)

Every change of a device goes through the domain's registry after the commit of
what caused it (``registry.apply(message, now)``, ``online``, ``offline``,
``set_alias``); the changes it returns are published as they are. A packet's ack
waits for the alarms it raised or cleared to be committed too (none: no wait).

It runs on whatever asyncio loop it is given: plain asyncio (or uvloop) for
``fourgmon serve``, qasync inside the window.

What a peer can make it write is bounded: log lines per source address and interval
(then one "N more like this" line), quarantine rows (a sample and a summary row),
refusals over the connection cap (one line an interval), storage failures (one
line per state change). Wire text in log lines is escaped.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from fourgmon.domain.calibration import CalibrationTable
from fourgmon.domain.changes import FrameReceived
from fourgmon.domain.registry import DeviceRegistry, StoredDevice
from fourgmon.domain.thresholds import ThresholdTable
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
from fourgmon.protocol.printable import excerpt
from fourgmon.server.alarms import AlarmService, Key
from fourgmon.server.config import (
    LOG_BURST,
    LOG_TOTAL,
    QUARANTINE_PER_CONNECTION,
    QUARANTINE_PER_SOURCE,
    QUARANTINE_SAMPLE_MAX,
    QUARANTINE_TOTAL,
    ServerConfig,
)
from fourgmon.server.dispatch import CommandEngine
from fourgmon.server.events import (
    CommandResult,
    Event,
    Observer,
    ProtocolErrorEvent,
    ServerListening,
    ServerStopped,
    StorageFault,
    StorageHealth,
    Traffic,
)
from fourgmon.server.fdlimit import (
    connection_cap,
    fd_reserve,
    open_fd_count,
    raise_open_file_limit,
)
from fourgmon.server.limits import ConnectRateLimiter, address_key
from fourgmon.server.listener import Listener, bind_sockets
from fourgmon.server.quarantine import QuarantineSampler
from fourgmon.server.ratelog import ANY_SOURCE, EscapeWireText, LogLimiter
from fourgmon.server.requests import RequestTracker
from fourgmon.server.session import Session, peer_text
from fourgmon.store import Store, StoreError
from fourgmon.store.records import (
    AliasRecord,
    ConnectionRecord,
    InfoRecord,
    PushMsgRecord,
    PushOnlineRecord,
    Record,
    StoreHealth,
    VersionRecord,
    WriteResult,
)

_M = TypeVar("_M", PushMsg, PushOnline, PushInfo)

log = logging.getLogger("fourgmon.server")
# Wire text (an IMEI, a cmd, a field) reaches this logger's lines: escape what could
# forge a line or reorder it on screen, whatever the call site forgot.
log.addFilter(EscapeWireText())

# How much of an undecodable packet goes into the log line (a sample is quarantined).
LOG_RAW_LIMIT = 300
# The kernel's queue of connections not accepted yet (also what rides out a pause).
BACKLOG = 1024


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
    rejected_connections: int = 0  # over the connection cap
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
        self.engine = CommandEngine(self)
        self._observers: list[Observer] = []
        # Fed the domain's changes directly (not an observer: `serve` with nobody
        # subscribed skips building Traffic events).
        self.alarms = AlarmService(config.alarm_rules, self._publish_alarm)
        self._alarms_started = False
        self._listener: Listener | None = None
        self.connection_cap = config.max_connections  # lowered to fit the open-file limit
        self._fd_soft_limit: int | None = None
        self._sessions: set[Session] = set()
        self._by_imei: dict[str, Session] = {}
        self._writes = 0  # records handed to the store and not settled yet
        self._writes_drained: asyncio.Event | None = None  # stop() waits on it
        self._storage_faulted = False
        self._storage_failed_writes = 0  # since the storage last worked
        self._storage_failed_since = 0.0
        self._connect_limiter = ConnectRateLimiter(0, 0)
        self._flush_timer: asyncio.TimerHandle | None = None
        self._limiters: tuple[LogLimiter, ...] = ()
        self._cap_logged: tuple[int, int, int | None] | None = None
        self._engine_loaded = False
        self._set_config(config)
        self.address: tuple[str, int] | None = None
        store.watch_health(self._store_health)

    def _set_config(self, config: ServerConfig) -> None:
        self.config = config
        if hasattr(self, "alarms"):
            self.alarms.configure(config.alarm_rules)
        self._connect_limiter.configure(
            config.max_connect_rate,
            config.max_connect_burst,
            exempt_loopback=config.connect_rate_exempt_loopback,
        )
        self._bound_logs(config.summary_interval)

    def _bound_logs(self, interval: float) -> None:
        """What a peer can make us write: bounded log lines and quarantine rows."""
        if self._limiters:
            if self._limiters[0].interval == interval:
                return
            self._flush_summaries(final=True)

        def limiter(what: str, *, burst: int = LOG_BURST) -> LogLimiter:
            return LogLimiter(log, what, burst=burst, interval=interval, total=LOG_TOTAL)

        self._protocol_log = limiter("protocol errors")
        self._unidentified_log = limiter("connections that never identified themselves")
        self._refused_log = limiter("connections refused", burst=1)
        self._throttled_log = limiter("connections refused for connecting too often", burst=1)
        self._peer_log = limiter("warnings about peers")  # slow readers, IMEIs not allowed...
        # One line per state change of the storage; a disk that flaps costs a few an interval.
        self._storage_log = limiter("storage state changes", burst=4)
        # Out of descriptors in accept(): at the limit with peers coming and going, every
        # accept could flip the state; a few lines an interval, then a summary.
        self._accept_log = limiter("accept state changes", burst=2)
        self._limiters = (
            self._protocol_log,
            self._unidentified_log,
            self._refused_log,
            self._throttled_log,
            self._peer_log,
            self._storage_log,
            self._accept_log,
        )
        self._quarantine = QuarantineSampler(
            per_connection=QUARANTINE_PER_CONNECTION,
            per_source=QUARANTINE_PER_SOURCE,
            total=QUARANTINE_TOTAL,
            interval=interval,
            sample_max=QUARANTINE_SAMPLE_MAX,
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

    def _publish_alarm(self, event: Event) -> None:
        self.engine.on_alarm(event)  # auto time sync on clock_skew
        self.publish(event)

    def _publish_all(self, changes: list[Event]) -> None:
        """Publish the domain's changes, in order, each after the alarm rules saw it."""
        alarms = self.alarms.on_event
        for change in changes:
            alarms(change)
            if self._observers:  # serve has none: no tuple() and loop per change
                self.publish(change)

    # ------------------------------------------------------------ lifecycle
    async def start(self) -> None:
        """Load known devices from the store, then listen (OSError if the port is taken).

        Raises the process's soft open-file limit to its hard limit first (one
        connection is one descriptor; see :mod:`fourgmon.server.fdlimit`).
        """
        limits = raise_open_file_limit()
        if limits is not None:
            self._fd_soft_limit = limits.now
            if limits.now > limits.before:
                log.info("open-file limit raised from %d to %d", limits.before, limits.now)
        for row in self.store.devices():
            stored = StoredDevice(
                row.imei,
                row.alias,
                row.ccid,
                row.location,
                row.fw_type,
                row.fw_version,
                row.last_seen,
            )
            self._publish_all(self.registry.load(stored))
        self._store_health(self.store.health)  # damage found at open, a disk already low
        if not self._engine_loaded:
            self.engine.load(self.store.command_queue(open_only=True))
            self._engine_loaded = True
        else:
            self.engine.restart()
        if not self._alarms_started:
            store = self.store

            def units() -> tuple[CalibrationTable, ThresholdTable]:
                return store.calibration(), store.thresholds()

            await self.alarms.start(
                store.path, self.config.alarm_tick, self.write_background, units
            )
            self._alarms_started = True
        await self._listen(self.config)

    async def _listen(self, config: ServerConfig) -> None:
        sockets = await bind_sockets(config.host, config.port, BACKLOG)
        listener = Listener(
            sockets,
            lambda: Session(self),
            self.admit,
            on_exhausted=self._accept_exhausted,
            on_recovered=self._accept_recovered,
        )
        old, self._listener = self._listener, listener
        self._set_config(config)
        self._set_connection_cap(config.max_connections)
        listener.start()
        sock = sockets[0].getsockname()
        self.address = (str(sock[0]), int(sock[1]))
        log.info("listening on %s:%d", *self.address)
        self.publish(ServerListening(*self.address))
        if old is not None:
            old.close()
            await old.wait_closed()

    def _set_connection_cap(self, configured: int) -> None:
        """The cap in force: ``configured``, lowered so connections cannot use up the
        descriptors the store, the logs and the window need; logged when it changes."""
        soft = self._fd_soft_limit
        in_use = open_fd_count() if soft is not None else None
        if in_use is not None:  # what is open besides connections (on a restart there are some)
            in_use = max(0, in_use - len(self._sessions))
        cap = self.connection_cap = connection_cap(configured, soft, in_use)
        if self._cap_logged == (cap, configured, soft):
            return
        self._cap_logged = (cap, configured, soft)
        if soft is None:
            log.info("connection cap %d", cap)
        elif cap >= configured * 0.9:
            # Within a few percent of what was asked: worth knowing, not worth a warning at
            # every start (the default cap and a common hard limit are both 20,000).
            log.info("connection cap %d of %d (open-file limit %d)", cap, configured, soft)
        else:
            log.warning(
                "connection cap %d, not %d: the open-file limit is %d (%d files open,"
                " %d kept free for the store, logs and exports); raise it with ulimit -n",
                cap,
                configured,
                soft,
                in_use or 0,
                fd_reserve(soft),
            )

    async def restart(self, config: ServerConfig) -> None:
        """Listen with a new config; if binding fails the old listener keeps running."""
        if self._listener is None:
            await self._listen(config)
            return
        if (config.host, config.port) == (self.config.host, self.config.port):
            self._set_config(config)
            self._set_connection_cap(config.max_connections)
            return
        await self._listen(config)

    @property
    def listening(self) -> bool:
        return self._listener is not None

    async def stop(self) -> None:
        """Stop accepting, close every session, wait for pending writes. The store stays open."""
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.close()
        for session in list(self._sessions):
            session.close("shutdown")
        self.requests.cancel_all()
        await self.engine.stop()  # queued commands being sent go back to the queue
        if listener is not None:
            await listener.wait_closed()
        # Let connection_lost callbacks run; write the last summaries (lines and quarantine
        # rows), then wait for writes still in flight.
        await asyncio.sleep(0)
        self._flush_summaries(final=True)
        while self._writes:
            self._writes_drained = asyncio.Event()
            await self._writes_drained.wait()
        self._writes_drained = None
        if self._alarms_started:
            await self.alarms.stop()
            self._alarms_started = False
        self.address = None
        self.publish(ServerStopped())

    # ------------------------------------------------------------ sessions
    def admit(self, host: str, port: int) -> bool:
        """May a connection just accepted from ``host`` be opened? (Else it is closed.)

        Refused over the connection cap and over the connect rate of its address;
        logged once per interval with a count, never once per connection.
        """
        listener = self._listener
        opening = listener.pending if listener is not None else 0
        if len(self._sessions) + opening >= self.connection_cap:
            self.stats.rejected_connections += 1
            self._refused_log.log(
                logging.WARNING,
                ANY_SOURCE,
                "connection cap %d reached; refusing new connections (this one from %s)",
                self.connection_cap,
                peer_text(host, port),
            )
            self._summaries_owed()
            return False
        if not self._connect_limiter.allow(host, asyncio.get_running_loop().time()):
            self.stats.throttled_connections += 1
            key = address_key(host)
            self._throttled_log.log(
                logging.WARNING,
                key,
                "%s connects more than %g times/s; refusing",
                key,
                self.config.max_connect_rate,
            )
            self._summaries_owed()
            return False
        return True

    def accept_session(self, session: Session) -> bool:
        """Register a connection that :meth:`admit` let in (its transport is made)."""
        self._sessions.add(session)
        self.stats.connections = len(self._sessions)
        return True

    def _accept_exhausted(self, exc: OSError) -> None:
        self._accept_log.log(
            logging.ERROR,
            ANY_SOURCE,
            "cannot accept connections: %s; retrying, waiting connections queue meanwhile",
            exc.strerror or exc,
        )
        self._summaries_owed()

    def _accept_recovered(self) -> None:
        self._accept_log.log(logging.WARNING, ANY_SOURCE, "accepting connections again")
        self._summaries_owed()

    def bind(self, session: Session, imei: str) -> bool:
        """Bind a connection to its IMEI, taking over an older connection of the same IMEI."""
        allow = self.config.allow_imeis
        if allow is not None and imei not in allow:
            self.peer_warning(
                session,
                "IMEI %s from %s is not in the allow-list; disconnecting",
                imei,
                session.peer,
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
        now = time.time()
        self._record_connection(
            imei, "online", "takeover" if takeover else "connected", session.peer
        )
        self._publish_all(self.registry.online(imei, session.peer, now, takeover=takeover))
        self.engine.module_online(imei)  # queued commands, auto time sync, campaigns
        return True

    def session_closed(self, session: Session) -> None:
        self._sessions.discard(session)
        self.stats.connections = len(self._sessions)
        imei = session.imei
        if imei is None or self._by_imei.get(imei) is not session:
            return  # never identified, or already taken over by a newer connection
        del self._by_imei[imei]
        log.info("%s offline (%s)", imei, session.close_cause)
        self._record_connection(imei, "offline", session.close_cause, session.peer)
        self._publish_all(self.registry.offline(imei, time.time(), session.close_cause))

    def on_slow_reader(self, session: Session) -> None:
        """A peer stopped reading its replies; the session drops it."""
        self.stats.slow_readers += 1
        self.peer_warning(
            session,
            "%s (%s) does not read its replies; disconnecting (slow reader)",
            session.peer,
            session.imei or "unidentified",
        )

    def on_never_identified(self, session: Session) -> None:
        """A connection sent no IMEI within identify_timeout; the session closes it."""
        self._unidentified_log.log(
            logging.INFO,
            address_key(session.host),
            "%s never identified itself; closing",
            session.peer,
        )
        self._summaries_owed()

    def peer_warning(self, session: Session, msg: str, *args: object) -> None:
        """A warning a peer can cause at will: bounded per source address."""
        self._peer_log.log(logging.WARNING, address_key(session.host), msg, *args)
        self._summaries_owed()

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
        self.registry.seen(imei, now)
        if type(msg) is PushMsg:  # nearly every message: no match over the others
            self._store_then(session, PushMsgRecord(msg, now, raw), self._push_msg_stored, msg, now)
            return
        match msg:
            case Ping():
                session.send(Pong())
            case TimeRequest():
                session.send(TimeAck(int(now)))
            case PushMsg():
                self._store_then(
                    session, PushMsgRecord(msg, now, raw), self._push_msg_stored, msg, now
                )
            case PushOnline():
                self._store_then(
                    session, PushOnlineRecord(msg, now, raw), self._push_online_stored, msg, now
                )
            case PushInfo():
                record = InfoRecord(imei, now, msg.ccid, msg.location, None)
                self._store_then(session, record, self._info_stored, msg, now)
            case InfoAck() | VersionAck() | UpdateAck() | QueryMsgAck():
                self._command_reply(session, msg, now)
            case _:
                self.on_protocol_error(
                    session, ProtocolError(f"unexpected {msg.CMD} from a module", raw)
                )

    def _push_msg_stored(self, session: Session, msg: PushMsg, now: float, r: WriteResult) -> None:
        if r.duplicate:
            self.stats.duplicates += 1
        elif self._by_imei.get(msg.imei) is session:  # else a late packet of a closed connection
            changes = self.registry.frame(msg, now)
            frame = changes[0]
            if type(frame) is FrameReceived and len(changes) == 1 and not self._observers:
                self.alarms.on_frame(frame)  # _publish_all without its loop and dispatch
            else:
                self._publish_all(changes)
        if self.alarms.writing:
            self._ack_after_alarms(session, PushMsgAck(msg.packnum))
        elif session.send_push_msg_ack(msg.packnum):  # _send_ack without the message
            self.stats.acks += 1

    def _push_online_stored(
        self, session: Session, msg: PushOnline, now: float, r: WriteResult
    ) -> None:
        if r.duplicate:
            self.stats.duplicates += 1
        elif self._by_imei.get(msg.imei) is session:
            self._publish_all(self.registry.apply(msg, now))
        self._ack_after_alarms(session, PushOnlineAck(msg.packnum))

    def _info_stored(self, session: Session, msg: PushInfo, now: float, r: WriteResult) -> None:
        self._publish_all(self.registry.apply(msg, now))
        self._ack_after_alarms(session, PushInfoAck())

    def _ack_after_alarms(
        self, session: Session, ack: PushMsgAck | PushOnlineAck | PushInfoAck
    ) -> None:
        """Ack once the alarm changes so far are committed (at once when there are none):
        what a packet raised or cleared survives a crash right after its ack."""
        if self.alarms.writing:
            self.alarms.then(lambda: self._send_ack(session, ack))
        else:
            self._send_ack(session, ack)

    def _send_ack(self, session: Session, ack: PushMsgAck | PushOnlineAck | PushInfoAck) -> None:
        if session.send(ack) and not isinstance(ack, PushInfoAck):
            self.stats.acks += 1

    def _command_reply(self, session: Session, msg: Message, now: float) -> None:
        imei = session.imei
        assert imei is not None
        if isinstance(msg, InfoAck):
            self.write_background(InfoRecord(imei, now, msg.ccid, msg.location, msg.err_counts))
            self._publish_all(self.registry.apply(msg, now, imei=imei))
        elif isinstance(msg, VersionAck):
            self.write_background(VersionRecord(imei, now, msg.type, msg.version))
            self._publish_all(self.registry.apply(msg, now, imei=imei))
        if not self.requests.resolve(imei, msg):
            self.peer_warning(session, "%s: unsolicited %s", imei, msg.CMD)

    # ------------------------------------------------------------ store
    @property
    def writes_in_flight(self) -> int:
        """Records handed to the store whose commit (or failure) has not come back yet."""
        return self._writes

    def _store_then(
        self,
        session: Session,
        record: Record,
        on_stored: Callable[[Session, _M, float, WriteResult], None],
        msg: _M,
        now: float,
    ) -> None:
        """Write ``record``; ``on_stored(session, msg, now, result)`` (which sends the ack)
        only after the commit. (One closure a packet, the settle steps inlined: this runs
        for every packet.)"""
        session.write_started()

        def done(outcome: WriteResult | StoreError) -> None:
            self._writes -= 1
            if not self._writes and self._writes_drained is not None:
                self._writes_drained.set()
            session.write_finished()
            if type(outcome) is not WriteResult and isinstance(outcome, StoreError):
                self._storage_failed(outcome, session)
                return
            if self._storage_faulted:
                self._storage_works()
            else:
                self._storage_failed_writes = 0
            on_stored(session, msg, now, outcome)

        self._writes += 1  # what _submit does, without the call
        try:
            self.store.submit_then(record, done)
        except StoreError as exc:  # the store is closing: fail like a failed batch
            asyncio.get_running_loop().call_soon(done, exc)

    def write_background(
        self, record: Record, then: Callable[[WriteResult | StoreError], None] | None = None
    ) -> None:
        """Write a record whose commit no module waits for (history, connection events,
        alarms); ``then(outcome)`` on the loop once it is settled, if given."""

        def done(outcome: WriteResult | StoreError) -> None:
            self._write_settled()
            if isinstance(outcome, StoreError):
                self._storage_failed(outcome, None)
            else:
                self._storage_works()
            if then is not None:
                then(outcome)

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
        """A write failed: one log line when storage starts failing, not one per write."""
        self.stats.storage_errors += 1
        self._storage_failed_writes += 1
        if self._storage_faulted:
            return
        reason = str(exc) if isinstance(exc, StoreError) else repr(exc)
        self._storage_faulted = True
        self._storage_failed_since = time.monotonic()
        self._storage_log.log(
            logging.ERROR,
            ANY_SOURCE,
            "storage failed: %s; nothing is acknowledged until it works again"
            " (modules resend what was not acknowledged)",
            reason,
        )
        self._summaries_owed()
        self.publish(StorageFault(time.time(), reason))

    def _storage_works(self) -> None:
        """A write succeeded: if storage was failing, one line says it works again."""
        if not self._storage_faulted:
            self._storage_failed_writes = 0
            return
        self._storage_faulted = False
        self._storage_log.log(
            logging.WARNING,
            ANY_SOURCE,
            "storage works again after %.0f s; %d writes failed meanwhile",
            time.monotonic() - self._storage_failed_since,
            self._storage_failed_writes,
        )
        self._summaries_owed()
        self._storage_failed_writes = 0
        self.publish(StorageFault(time.time(), "storage works again", cleared=True))

    def _store_health(self, health: StoreHealth) -> None:
        self.publish(StorageHealth(time.time(), health))

    def _record_connection(self, imei: str, state: str, cause: str, peer: str) -> None:
        self.write_background(ConnectionRecord(imei, time.time(), state, cause, peer))

    async def set_alias(self, imei: str, alias: str) -> None:
        """Give a device a human name; stored before the registry changes."""
        alias = alias.strip()
        await self.store.write(AliasRecord(imei, alias))
        self._publish_all(self.registry.set_alias(imei, alias))

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
        """Log with the raw bytes, quarantine them, publish; the connection lives on.

        Log lines and quarantine rows are bounded per connection and source address
        (a summary line and a summary row count the rest), so that no peer turns a
        few bytes into many bytes of log or database.
        """
        self.stats.protocol_errors += 1
        now = time.time()
        source = address_key(session.host)
        self._protocol_log.log(
            logging.WARNING,
            source,
            "protocol error from %s (%s): %s; raw=%s",
            session.peer,
            session.imei or "unidentified",
            exc.reason,
            excerpt(exc.raw, LOG_RAW_LIMIT),
        )
        record = self._quarantine.record(
            time.monotonic(), now, session.peer, source, session.imei, exc.reason, exc.raw
        )
        if record is not None:
            self.write_background(record)
        self._summaries_owed()
        self.publish(ProtocolErrorEvent(session.imei, session.peer, now, exc.reason, exc.raw))

    # ------------------------------------------------------------ summaries
    def _summaries_owed(self) -> None:
        """Make sure held-back lines and rows get their summary when their interval ends."""
        if self._flush_timer is not None:
            return
        if not (self._quarantine.pending or any(lim.pending for lim in self._limiters)):
            return
        delay = max(0.05, self.config.summary_interval / 6)
        self._flush_timer = asyncio.get_running_loop().call_later(delay, self._flush_tick)

    def _flush_tick(self) -> None:
        self._flush_timer = None
        self._flush_summaries()
        self._summaries_owed()

    def _flush_summaries(self, *, final: bool = False) -> None:
        """Write the summary lines and quarantine rows that are due (all when ``final``)."""
        if final and self._flush_timer is not None:
            self._flush_timer.cancel()
            self._flush_timer = None
        for limiter in self._limiters:
            limiter.flush(final=final)
        for row in self._quarantine.summaries(time.monotonic(), time.time(), final=final):
            self.write_background(row)

    def acknowledge_alarms(self, keys: list[Key], user: str | None = None) -> int:
        """The engineer acknowledges open alarms; returns how many were acknowledged."""
        return self.alarms.acknowledge(keys, user)

    # ------------------------------------------------------------ commands
    async def request(self, imei: str, kind: str) -> CommandResult:
        """Send a command to a module and wait for its reply or a timeout (bounded
        concurrency: see :class:`~fourgmon.server.dispatch.CommandEngine`)."""
        return await self.engine.request(imei, kind)

    def enqueue(self, imei: str, kind: str, expires_at: float | None = None) -> str:
        """Queue a command for a module (sent when it identifies itself); its queue id."""
        return self.engine.enqueue(imei, kind, expires_at=expires_at).id
