"""One simulated 4G module speaking the real protocol over TCP.

It behaves like the firmware as far as the server can tell: ``push_info`` once per
boot, ``push_online`` at connect and on every sensor change, a ``push_msg`` per
channel group whenever the group "changes", a ``ping`` per heartbeat period, a
``time`` request at connect and daily; it answers the server's commands and
re-sends a packet whose ack did not come. Every background job runs as a named
task inside one :class:`asyncio.TaskGroup` per connection, so a disconnect or
:meth:`SimulatedModule.stop` tears all of them down together.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from fourgmon.protocol import (
    InfoAck,
    InfoRequest,
    JsonSplitter,
    Message,
    Ping,
    Pong,
    ProtocolError,
    PushInfo,
    PushInfoAck,
    PushMsg,
    PushMsgAck,
    PushOnline,
    PushOnlineAck,
    QueryMsgAck,
    QueryMsgRequest,
    TimeAck,
    TimeRequest,
    UpdateAck,
    UpdateRequest,
    VersionAck,
    VersionRequest,
    decode,
    encode,
)
from fourgmon.sim.scripted import (
    FIRMWARE_VERSION,
    HARDWARE_TYPE,
    device_time,
    make_push_msg,
    make_push_online,
)
from fourgmon.sim.waveform import CHANNELS, MODE_OF_STATUS, SignalMode, Waveform, climate

log = logging.getLogger("fourgmon.sim")

GROUPS = ((0, 1, 2), (3, 4, 5), (6, 7, 8))
ACK_CMDS = frozenset({Pong.CMD, TimeAck.CMD, PushMsgAck.CMD, PushInfoAck.CMD, PushOnlineAck.CMD})


class _Disconnected(Exception):
    """The connection is gone or unusable; reconnect with backoff."""


class _Upgrade(Exception):
    """The module entered upgrade mode: drop the link, "reboot", come back."""


@dataclass(slots=True)
class _Pending:
    msg: PushMsg | PushOnline
    sent_at: float  # loop time of the last transmission


def bump_version(version: str) -> str:
    """``"1.0.3"`` -> ``"1.0.4"``: the version a module reports after an update."""
    head, _, last = version.rpartition(".")
    if not last.isdigit():
        return version + ".1"
    return f"{head}.{int(last) + 1}" if head else str(int(last) + 1)


class SimulatedModule:
    """A module that connects to ``host:port`` and keeps talking until stopped.

    All randomness (signals, faults, jitter, CCID, location) derives from
    ``seed`` and the IMEI, so a given fleet looks the same on every run.
    Intervals are in seconds; tests shrink them.

    Counters: :attr:`sent` and :attr:`received` (per ``cmd``), :attr:`acks_received`,
    :attr:`unacked` (packets awaiting an ack), :attr:`resent`, :attr:`dropped`
    (unacked packets forgotten because the queue was full) and :attr:`connects`.
    """

    def __init__(
        self,
        imei: str,
        host: str,
        port: int,
        *,
        seed: int = 0,
        heartbeat_interval: float = 60.0,
        push_interval: float = 2.0,
        faults: bool = False,
        reconnect_base: float = 0.5,
        reconnect_cap: float = 30.0,
        ack_timeout: float = 5.0,
        time_interval: float = 86_400.0,
        fault_interval: float = 30.0,
        update_pause: float = 5.0,
        connect_timeout: float = 10.0,
        sample_rate: float = 25.0,
        max_pending: int = 1_000,
        on_acked: Callable[[PushMsg | PushOnline], None] | None = None,
    ) -> None:
        if not imei.isdigit():
            raise ValueError(f"IMEI must be digits: {imei!r}")
        self.imei = imei
        self.host = host
        self.port = port
        self.heartbeat_interval = heartbeat_interval
        self.push_interval = push_interval
        self.faults = faults
        self.reconnect_base = reconnect_base
        self.reconnect_cap = reconnect_cap
        self.ack_timeout = ack_timeout
        self.time_interval = time_interval
        self.fault_interval = fault_interval
        self.update_pause = update_pause
        self.connect_timeout = connect_timeout
        self.max_pending = max_pending
        self.on_acked = on_acked  # called with each packet the server acknowledged

        wave_seq, fault_seq, misc_seq = np.random.SeedSequence([seed, int(imei)]).spawn(3)
        self.waveform = Waveform(np.random.default_rng(wave_seq), sample_rate=sample_rate)
        self._fault_rng = np.random.default_rng(fault_seq)
        self._rng = np.random.default_rng(misc_seq)
        self.ccid = "8986" + "".join(str(d) for d in self._rng.integers(0, 10, 16))
        lon, lat = self._rng.uniform(113.0, 114.6), self._rng.uniform(22.1, 23.6)
        self.location = f"{lon:.6f},{lat:.6f}"
        self.version = FIRMWARE_VERSION
        self.hardware_type = HARDWARE_TYPE
        self.clock_offset = float(self._rng.uniform(-90.0, 90.0))  # unsynced RTC drift
        self._climate_phase = float(self._rng.uniform(0, 2 * np.pi))

        self.st: list[int] = [1] * CHANNELS
        self.dt: list[int] = [0] * CHANNELS
        self.err_counts: list[int] = [0, 0, 0]
        if faults and self._fault_rng.random() < 0.3:
            self._fault_step()  # some modules boot with a faulty sensor

        self.sent: Counter[str] = Counter()
        self.received: Counter[str] = Counter()
        self.resent = 0
        self.dropped = 0
        self.connects = 0
        self._packnum = 0
        self._pending: dict[int, _Pending] = {}
        self._need_info = True
        self._writer: asyncio.StreamWriter | None = None
        self._last_rx = 0.0
        self._heard_from_server = False
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._reports: set[asyncio.Task[None]] = set()
        self._away = 0.0  # seconds to stay disconnected after produce("offline")
        self._no_push = False  # produce("no_data"): online, pinging, no push_msg
        self._level: dict[int, int] = {}  # produce("threshold_*"): channel -> flat AD value

    # ------------------------------------------------------------------ public

    @property
    def acks_received(self) -> int:
        """Acknowledgements received (``pong`` and every ``*_ack`` from the server)."""
        return sum(n for cmd, n in self.received.items() if cmd in ACK_CMDS)

    @property
    def unacked(self) -> int:
        """``push_msg``/``push_online`` packets sent and not yet acknowledged."""
        return len(self._pending)

    @property
    def connected(self) -> bool:
        """True while a connection to the server is open."""
        return self._writer is not None

    def now(self) -> float:
        """The module's clock, Unix seconds (host clock plus this module's offset)."""
        return time.time() + self.clock_offset

    async def run(self) -> None:
        """Connect, talk and reconnect until cancelled or :meth:`stop` is called."""
        if self._task is not None:
            raise RuntimeError(f"module {self.imei} is already running")
        self._stopping = False
        task = asyncio.create_task(self._main(), name=self._name("main"))
        self._task = task
        try:
            await task
        except asyncio.CancelledError:
            current = asyncio.current_task()
            # stop() cancelled the inner task: return normally; our own cancel propagates.
            if not (self._stopping and current is not None and current.cancelling() == 0):
                raise
        finally:
            if not task.done():
                task.cancel()
            self._task = None

    async def stop(self) -> None:
        """Stop :meth:`run` and wait until every task of this module has finished."""
        task = self._task
        if task is None:
            return
        self._stopping = True
        # Python 3.11's TaskGroup can turn our cancel into the ExceptionGroup of a session
        # that failed at the same moment (the server closing it), which _main handles as a
        # disconnect and goes on to its backoff sleep: cancel again until it has ended.
        while not task.done():
            task.cancel()
            await asyncio.wait({task}, timeout=1.0)
        for report in list(self._reports):
            report.cancel()

    # ------------------------------------------------------------- alarms on demand

    ALARM_KINDS: tuple[str, ...] = (
        "offline",
        "sensor_offline",
        "interference",
        "stuck",
        "crystal",
        "sensor_unknown",
        "no_data",
        "packet_gap",
        "rs485_errors",
        "clock_skew",
        "threshold_high",
        "threshold_low",
    )

    def produce(self, kind: str, channel: int = 0, *, away: float = 30.0) -> None:
        """Make the condition of alarm ``kind`` (DESIGN.md's kinds) happen now, on
        ``channel`` where it has one; ``clear`` ends them all. Status changes are
        reported at once; the rest shows in the next packets (or the next info_ack)."""
        if kind not in (*self.ALARM_KINDS, "clear"):
            raise ValueError(f"unknown alarm kind {kind!r}; one of {', '.join(self.ALARM_KINDS)}")
        codes = {"sensor_offline": 0, "interference": 2, "stuck": 3, "sensor_unknown": 7}
        report = False
        match kind:
            case "clear":
                self.st, self.dt = [1] * CHANNELS, [0] * CHANNELS
                self._no_push, self._level, self._away = False, {}, 0.0
                self.clock_offset = 0.0
                report = True
            case "offline":
                self._away = away
                if self._writer is not None:
                    self._writer.close()  # the socket closes: offline at once
            case "crystal":
                self.dt[channel] = 1
                report = True
            case "no_data":
                self._no_push = True
            case "packet_gap":
                self._packnum = (self._packnum + 5) % 2**32  # five packets never sent
            case "rs485_errors":
                self.err_counts[channel % 3] += 5  # seen by the next info request
            case "clock_skew":
                self.clock_offset += 600.0  # ten minutes fast, until the next time sync
            case "threshold_high":
                self._level[channel] = 65000
            case "threshold_low":
                self._level[channel] = 10
            case _:
                self.st[channel] = codes[kind]
                report = True
        if report and self._writer is not None and not self._writer.is_closing():
            loop = asyncio.get_running_loop()
            task = loop.create_task(self._report_status(), name=self._name("report"))
            self._reports.add(task)
            task.add_done_callback(self._reports.discard)

    def _mode(self, k: int) -> SignalMode:
        """The signal of channel k's sensor status (an unknown code: a normal signal)."""
        return MODE_OF_STATUS.get(self.st[k], MODE_OF_STATUS[1])

    async def _report_status(self) -> None:
        with contextlib.suppress(OSError, _Disconnected):  # else: the next greeting reports it
            await self._send_packet(self._online_message())

    # ------------------------------------------------------------- connection

    def _name(self, part: str) -> str:
        return f"sim-{self.imei}-{part}"

    def _backoff(self, attempt: int) -> float:
        """Full jitter: uniform in [0, min(cap, base * 2**attempt)]."""
        ceiling = min(self.reconnect_cap, self.reconnect_base * 2 ** min(attempt, 30))
        return float(self._rng.uniform(0.0, ceiling))

    def _jitter(self, interval: float) -> float:
        return interval * float(self._rng.uniform(0.75, 1.25))

    async def _main(self) -> None:
        attempt = 0
        while True:
            upgrade = False
            try:
                async with asyncio.timeout(self.connect_timeout):
                    reader, writer = await asyncio.open_connection(self.host, self.port)
            except OSError as exc:  # includes TimeoutError
                log.debug("%s: connect failed: %s", self.imei, exc)
            else:
                self.connects += 1
                self._heard_from_server = False
                try:
                    await self._session(reader, writer)
                except* _Upgrade:
                    upgrade = True
                except* (OSError, _Disconnected) as group:
                    log.info("%s: disconnected: %s", self.imei, group.exceptions[0])
                if self._heard_from_server:
                    attempt = 0  # the server was alive: a new outage starts the backoff over
            if upgrade:
                log.info("%s: upgrading, back in %.1fs", self.imei, self.update_pause)
                await asyncio.sleep(self.update_pause)
                self.version = bump_version(self.version)
                self._need_info = True  # a reboot re-attaches and reports again
                continue
            if self._away:
                away, self._away = self._away, 0.0
                await asyncio.sleep(away)
            await asyncio.sleep(self._backoff(attempt))
            attempt += 1

    async def _session(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writer = writer
        self._last_rx = asyncio.get_running_loop().time()
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(self._read_loop(reader), name=self._name("reader"))
                await self._greet()  # before any periodic packet, as the firmware does
                tg.create_task(self._heartbeat_loop(), name=self._name("heartbeat"))
                tg.create_task(self._daily_loop(), name=self._name("daily"))
                for g in range(len(GROUPS)):
                    tg.create_task(self._push_loop(g), name=self._name(f"push{g}"))
                tg.create_task(self._resend_loop(), name=self._name("resend"))
                if self.faults:
                    tg.create_task(self._fault_loop(), name=self._name("faults"))
        finally:
            self._writer = None
            writer.close()

    # ---------------------------------------------------------------- sending

    async def _transmit(self, msg: Message) -> None:
        writer = self._writer
        if writer is None or writer.is_closing():
            raise _Disconnected("connection closed")
        writer.write(encode(msg))
        self.sent[msg.CMD] += 1
        await writer.drain()

    async def _send_packet(self, msg: PushMsg | PushOnline) -> None:
        """Send a packet that must be acked; keep it until it is."""
        self._pending[msg.packnum] = _Pending(msg, asyncio.get_running_loop().time())
        while len(self._pending) > self.max_pending:
            del self._pending[next(iter(self._pending))]  # oldest first, like a ring buffer
            self.dropped += 1
        await self._transmit(msg)

    async def _retransmit(self, pending: _Pending) -> None:
        """Send an unacked packet again, same packnum, unless its ack came meanwhile."""
        if self._pending.get(pending.msg.packnum) is pending:
            pending.sent_at = asyncio.get_running_loop().time()
            self.resent += 1
            await self._transmit(pending.msg)

    def _next_packnum(self) -> int:
        n = self._packnum
        self._packnum = (n + 1) % 2**32
        return n

    def _online_message(self) -> PushOnline:
        return make_push_online(
            self.imei,
            self._next_packnum(),
            st=dict(enumerate(self.st)),
            dt=dict(enumerate(self.dt)),
        )

    def _push_message(self, channels: tuple[int, ...]) -> PushMsg:
        now = self.now()
        t0 = now - self.waveform.samples / self.waveform.sample_rate  # frame ends now
        frames = {k: self.waveform.frame(k, t0, self._mode(k)) for k in channels}
        for k in channels:
            if k in self._level:
                frames[k] = np.full_like(frames[k], self._level[k])
        for k in channels:
            if self.st[k] in (0, 2):  # a silent or noisy sensor fails RS485 reads
                self.err_counts[k % 3] += 1
        temperature, humidity = climate(self._rng, now, self._climate_phase)
        return make_push_msg(
            self.imei,
            self._next_packnum(),
            frames,
            time=device_time(now),
            temperature=temperature,
            humidity=humidity,
        )

    # ------------------------------------------------------------------ tasks

    async def _greet(self) -> None:
        leftover = list(self._pending.values())  # unacked on the previous connection
        if self._need_info:
            await self._transmit(PushInfo(imei=self.imei, ccid=self.ccid, location=self.location))
        await self._transmit(TimeRequest(imei=self.imei))
        await self._send_packet(self._online_message())
        for pending in leftover:
            await self._retransmit(pending)

    async def _heartbeat_loop(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(self.heartbeat_interval)
            if loop.time() - self._last_rx > 3 * self.heartbeat_interval:
                raise _Disconnected("server silent for 3 heartbeat periods")
            await self._transmit(Ping(imei=self.imei))

    async def _daily_loop(self) -> None:
        """Daily clock sync, and the nightly status report the firmware sends."""
        while True:
            await asyncio.sleep(self.time_interval)
            await self._transmit(TimeRequest(imei=self.imei))
            await self._send_packet(self._online_message())

    async def _push_loop(self, group: int) -> None:
        await asyncio.sleep(float(self._rng.uniform(0.0, self.push_interval)))  # groups drift apart
        while True:
            if not self._no_push:
                await self._send_packet(self._push_message(GROUPS[group]))
            await asyncio.sleep(self._jitter(self.push_interval))

    async def _resend_loop(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(self.ack_timeout / 4)
            deadline = loop.time() - self.ack_timeout
            for pending in list(self._pending.values()):
                if pending.sent_at <= deadline:
                    await self._retransmit(pending)

    async def _fault_loop(self) -> None:
        while True:
            await asyncio.sleep(self._jitter(self.fault_interval))
            self._fault_step()
            await self._send_packet(self._online_message())

    def _fault_step(self) -> None:
        """Break a healthy sensor or repair a broken one (from the fault generator only)."""
        k = int(self._fault_rng.integers(0, CHANNELS))
        if self.st[k] != 1 or self.dt[k]:
            self.st[k], self.dt[k] = 1, 0
        elif self._fault_rng.random() < 0.75:
            self.st[k] = int(self._fault_rng.choice([0, 2, 3], p=[0.5, 0.3, 0.2]))
        else:
            self.dt[k] = 1

    # --------------------------------------------------------------- receiving

    async def _read_loop(self, reader: asyncio.StreamReader) -> None:
        splitter = JsonSplitter()
        loop = asyncio.get_running_loop()
        while True:
            data = await reader.read(65536)
            if not data:
                raise _Disconnected("closed by the server")
            self._last_rx = loop.time()
            try:
                raws = splitter.feed(data)
            except ProtocolError as exc:
                raise _Disconnected(f"unusable stream: {exc}") from exc
            for raw in raws:
                try:
                    msg = decode(raw)
                except ProtocolError as exc:
                    log.warning("%s: ignored %s: %r", self.imei, exc, raw[:200])
                    continue
                self._heard_from_server = True
                self.received[msg.CMD] += 1
                await self._handle(msg)

    async def _handle(self, msg: Message) -> None:
        match msg:
            case PushMsgAck(packnum=n) | PushOnlineAck(packnum=n):
                acked = self._pending.pop(n, None)
                if acked is not None and self.on_acked is not None:
                    self.on_acked(acked.msg)
            case PushInfoAck():
                self._need_info = False
            case TimeAck(timestamp=ts):
                self.clock_offset = ts - time.time()
            case Pong():
                pass
            case InfoRequest():
                a, b, c = self.err_counts
                await self._transmit(
                    InfoAck(ccid=self.ccid, location=self.location, err_counts=(a, b, c))
                )
            case VersionRequest():
                reply = VersionAck(imei=self.imei, type=self.hardware_type, version=self.version)
                await self._transmit(reply)
            case UpdateRequest():
                await self._transmit(UpdateAck(result=True))
                raise _Upgrade
            case QueryMsgRequest():
                await self._transmit(QueryMsgAck(result=True))
                await self._send_packet(self._push_message(tuple(range(CHANNELS))))
            case _:
                log.debug("%s: ignored %r", self.imei, msg)
