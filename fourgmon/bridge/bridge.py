"""The MQTT bridge: publishes what the store committed, runs commands from the broker.

    bridge = Bridge(config, server)          # server: a started fourgmon Server
    unwatch = bridge.watch(callback)         # callback(BridgeState) on every change
    await bridge.start()                     # returns at once; connects in the background
    await bridge.stop()                      # disconnects, saves the outbox cursors

A subscriber of the server's events (a cheap callback: it marks modules whose packets
were committed and queues small live messages) plus a reader of the store: the
modules' acks never wait for the broker. One task runs the connection: connect, say
hello (and the Last Will says goodbye for us), subscribe to the command topics, send
the current state of every module, then loop: live messages, then a round of the
outbox at a bounded rate, every message QoS 1 and the outbox cursors moved after the
PUBACKs. A lost connection is retried with capped exponential backoff and full jitter;
the same error again is not logged again.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import hashlib
import logging
import random
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

import aiomqtt
from paho.mqtt.client import MQTT_CLEAN_START_FIRST_ONLY

from fourgmon.bridge.commands import CommandRunner
from fourgmon.bridge.config import BridgeConfig, BridgeConfigError, backoff_delay
from fourgmon.bridge.outbox import Batch, Outbox, TokenBucket
from fourgmon.bridge.payloads import Calibrations, Publication, make_format
from fourgmon.domain.alarms import AlarmEvent
from fourgmon.server.events import (
    DeviceChanged,
    DeviceOffline,
    DeviceOnline,
    Event,
    FrameReceived,
    InfoReceived,
    SensorChanged,
    VersionReceived,
)
from fourgmon.server.server import Server
from fourgmon.store.outbox import PUSH_MSG, PUSH_ONLINE

log = logging.getLogger("fourgmon.bridge")

LIVE_MAX = 10_000  # live messages kept while the broker is away (then the oldest go)
RESCAN = 30.0  # seconds between looks at every module's outbox (and a backlog recount)
COALESCE = 0.05  # seconds a round waits for more packets once woken (adds to latency)
SAVE_EVERY = 0.5  # seconds between cursor writes (what a crash may resend)
PUBACK_TIMEOUT = 30.0  # a broker that takes longer is treated as gone
GOODBYE_TIMEOUT = 2.0  # what stopping waits for the broker at most
# Packets handed out in one round at most: reading and writing them runs on the
# server's loop (~5-10 us a packet), so a round of a big backlog holds acks back
# for a few ms, not for a whole backlog's worth.
ROUND_MAX = 1000
# A backlog sent at the rate limit waits for a tenth of a second's worth of packets a
# round: taken as soon as one token is back, rounds (and messages) were one packet each.
ROUND_MIN_S = 0.1


@dataclass(frozen=True, slots=True)
class BridgeState:
    """What the status bar shows."""

    url: str
    connected: bool = False
    backlog: int = 0  # packets stored and not acknowledged by the broker
    sent: int = 0  # packets acknowledged since start
    last_error: str = ""
    error_at: float | None = None


def _default_client_id(store_path: object) -> str:
    """fourgmon-<host>-<data dir hash>: stable across restarts, unique per data dir."""
    digest = hashlib.blake2b(str(store_path).encode(), digest_size=3).hexdigest()
    return f"fourgmon-{socket.gethostname()}-{digest}"[:64]


def tls_context(config: BridgeConfig) -> ssl.SSLContext | None:
    """The TLS context of an ``mqtts://`` config; BridgeConfigError for unusable files."""
    if not config.tls:
        return None
    try:
        ctx = ssl.create_default_context(
            cafile=str(config.ca_file) if config.ca_file is not None else None
        )
        if config.cert_file is not None and config.key_file is not None:
            ctx.load_cert_chain(str(config.cert_file), str(config.key_file))
    except (OSError, ssl.SSLError) as exc:
        raise BridgeConfigError(f"cannot use the TLS files: {exc}") from None
    return ctx


def describe_error(exc: BaseException) -> str:
    """One line for an MQTT failure (a refused login says what to check)."""
    text = str(exc) or type(exc).__name__
    if isinstance(exc, aiomqtt.MqttCodeError):
        rc = exc.rc
        code = getattr(rc, "value", rc)
        name = str(rc) if not isinstance(rc, int) else text
        if code in (4, 5, 134, 135):  # bad user name or password / not authorized
            return (
                f"the broker refused the login ({name}): check the user name (token) and password"
            )
        return f"{name}" if name else text
    if text.startswith("Disconnected during message iteration"):
        return "the broker closed the connection"
    if isinstance(exc, ssl.SSLError):
        return f"TLS: {exc.reason or exc}"
    return text


def _retrieve_disconnect(client: aiomqtt.Client) -> None:
    """Mark the lost connection's error as seen: else asyncio logs "Future exception was
    never retrieved" with a traceback for every reconnect (we logged our one line)."""
    fut = getattr(client, "_disconnected", None)
    if isinstance(fut, asyncio.Future) and fut.done() and not fut.cancelled():
        fut.exception()


class Bridge:
    """See the module docstring."""

    def __init__(
        self,
        config: BridgeConfig,
        server: Server,
        calibrations: Calibrations | None = None,
        *,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.config = config
        self.server = server
        # Default: the calibration the server's alarm rules hold (loaded from the store
        # at start, replaced by every edit in the window), read without touching the disk.
        self.calibrations: Calibrations = calibrations or (
            lambda: server.alarms.book.limits.calibration
        )
        self.format = make_format(config.format, config.prefix)
        self.outbox = Outbox(
            server.store, config.target, with_samples=not self.format.batch_telemetry
        )
        self.commands = CommandRunner(config, server, self.format)
        self.state = BridgeState(config.display_url)
        self._ssl = tls_context(config)
        self._rng = rng
        self._live: collections.deque[Publication] = collections.deque(maxlen=LIVE_MAX)
        self._wake = asyncio.Event()
        self._watchers: list[Callable[[BridgeState], None]] = []
        self._unsubscribe: Callable[[], None] | None = None
        self._task: asyncio.Task[None] | None = None
        self._logged_error = ""
        self._stopping = False
        self._client_id = config.client_id or _default_client_id(server.store.path)

    # ------------------------------------------------------------ public
    def watch(self, callback: Callable[[BridgeState], None]) -> Callable[[], None]:
        self._watchers.append(callback)
        callback(self.state)

        def unwatch() -> None:
            if callback in self._watchers:
                self._watchers.remove(callback)

        return unwatch

    async def start(self) -> None:
        """Subscribe to the server and start connecting (returns at once)."""
        if self.outbox.load(time.time()):
            self.outbox.save()  # where this broker's history starts
        self.outbox.mark_all(self.server.registry.imeis())
        await self._recount(self.server.registry.imeis())
        self._unsubscribe = self.server.subscribe(self._on_event)
        log.info("MQTT bridge to %s (%s format)", self.config.display_url, self.config.format)
        self._task = asyncio.get_running_loop().create_task(self._run(), name="mqtt-bridge")

    async def stop(self) -> None:
        """Disconnect and save the cursors of what the broker acknowledged."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._stopping = True
        task, self._task = self._task, None
        # A cancel that lands while aiomqtt connects can come back as an MqttError (3.11's
        # asyncio.timeout), which _run handles as a failed attempt and sleeps on: cancel
        # again until the task has ended.
        while task is not None and not task.done():
            task.cancel()
            await asyncio.wait({task}, timeout=1.0)
        if task is not None and not task.cancelled():
            with contextlib.suppress(Exception):
                task.result()  # retrieved: an exception here was logged where it happened
        self.outbox.save()
        self._set(connected=False)

    # ------------------------------------------------------------ state
    def _set(self, **changes: object) -> None:
        state = replace(self.state, **changes)  # type: ignore[arg-type]
        if state == self.state:
            return
        self.state = state
        for callback in tuple(self._watchers):
            try:
                callback(state)
            except Exception:
                log.exception("bridge state watcher failed")

    def _failed(self, exc: BaseException) -> None:
        line = describe_error(exc)
        if line != self._logged_error:  # the same failure again is not worth a line
            log.error("MQTT %s: %s; retrying", self.config.display_url, line)
            self._logged_error = line
        self._set(connected=False, last_error=line, error_at=time.time())

    # ------------------------------------------------------------ events
    def _on_event(self, event: Event) -> None:
        """Cheap, on the server's loop: mark, queue, wake."""
        match event:
            case FrameReceived(imei=imei):
                self.outbox.mark(imei, PUSH_MSG, new=1)
                if not self.state.connected:  # else the pump says it, once a round
                    self._set(backlog=self.outbox.backlog)
            case SensorChanged(imei=imei):
                self.outbox.mark(imei, PUSH_ONLINE, new=1)
                if not self.state.connected:
                    self._set(backlog=self.outbox.backlog)
            case DeviceOnline(imei=imei, takeover=takeover):
                if takeover:
                    return  # the module stays connected: not a disconnect and connect
                self._queue(self.format.connect(imei))
                self._device_status(imei, event.at)
                self._device_attributes(imei)
            case DeviceOffline(imei=imei, cause=cause):
                if cause == "takeover":
                    return
                self._queue(self.format.disconnect(imei))
                self._device_status(imei, event.at)
            case InfoReceived(imei=imei) | VersionReceived(imei=imei):
                self._device_attributes(imei)
            case DeviceChanged(imei=imei, fields=fields) if "alias" in fields:
                self._device_attributes(imei)
            case AlarmEvent(alarm=alarm):
                self._queue(self.format.alarm(alarm, time.time()))
            case _:
                return
        self._wake.set()

    def _queue(self, pub: Publication | None) -> None:
        if pub is not None:
            self._live.append(pub)

    def _device_status(self, imei: str, at: float) -> None:
        device = self.server.registry.get(imei)
        if device is not None:
            for pub in self.format.status(device, at):
                self._queue(pub)

    def _device_attributes(self, imei: str) -> None:
        device = self.server.registry.get(imei)
        if device is not None:
            self._queue(self.format.attributes(device, self.calibrations()))

    def _snapshot(self) -> list[Publication]:
        """Every module's state now: what a broker (re)connected to is told first."""
        out: list[Publication] = [self.format.hello()]
        table = self.calibrations()
        now = time.time()
        for device in self.server.registry:
            if device.online:
                pub = self.format.connect(device.imei)
                if pub is not None:
                    out.append(pub)
            out.extend(self.format.status(device, now))
            out.append(self.format.attributes(device, table))
        out.extend(self.format.alarm(a, now) for a in self.server.alarms.book.open_alarms())
        return out

    # ------------------------------------------------------------ connection
    def _client(self) -> aiomqtt.Client:
        c = self.config
        will = self.format.will()
        v5 = self.format.protocol_v5
        client = aiomqtt.Client(
            c.host,
            c.port,
            username=c.username,
            password=c.password,
            identifier=self._client_id,
            protocol=aiomqtt.ProtocolVersion.V5 if v5 else aiomqtt.ProtocolVersion.V311,
            will=aiomqtt.Will(will.topic, will.payload, qos=1, retain=will.retain),
            clean_session=None if v5 else c.clean_session,
            clean_start=c.clean_session if v5 else MQTT_CLEAN_START_FIRST_ONLY,
            keepalive=c.keepalive,
            timeout=PUBACK_TIMEOUT,
            tls_context=self._ssl,
            max_inflight_messages=c.in_flight,
            logger=logging.getLogger("fourgmon.bridge.mqtt"),
        )
        client.pending_calls_threshold = 10 * c.in_flight + LIVE_MAX
        return client

    async def _run(self) -> None:
        attempt = 0
        while True:
            client = self._client()
            try:
                async with client:
                    attempt = 0
                    log.info("MQTT connected to %s as %s", self.config.display_url, self._client_id)
                    self._logged_error = ""
                    self._set(connected=True, last_error="")
                    await self._session(client)
            except (aiomqtt.MqttError, OSError, ssl.SSLError) as exc:
                self._failed(exc)
            finally:
                _retrieve_disconnect(client)
            delay = backoff_delay(
                attempt, self.config.backoff_base, self.config.backoff_cap, self._rng()
            )
            attempt += 1
            await asyncio.sleep(delay)

    async def _session(self, client: aiomqtt.Client) -> None:
        for topic in self.format.subscriptions():
            await client.subscribe(topic, qos=1)
        events = [p for p in self._live if not p.state]
        self._live.clear()
        self._live.extend([*self._snapshot(), *events])
        loop = asyncio.get_running_loop()
        tasks = {
            loop.create_task(self.commands.receive(client), name="mqtt-commands"),
            loop.create_task(self._pump(client), name="mqtt-pump"),
        }
        try:
            done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
        except asyncio.CancelledError:
            await self._end(tasks)
            await self._goodbye(client)
            raise
        await self._end(tasks)
        for task in done:
            task.result()  # the connection's error (MqttError): reconnect

    async def _end(self, tasks: set[asyncio.Task[None]]) -> None:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self.commands.cancel()

    async def _goodbye(self, client: aiomqtt.Client) -> None:
        """Stopping: what the Last Will would say (a clean disconnect sends no Will)."""
        pubs = [self.format.will()]
        for device in self.server.registry:
            if device.online:
                pub = self.format.disconnect(device.imei)
                if pub is not None:
                    pubs.append(pub)
        try:
            await asyncio.wait_for(self._publish(client, pubs), GOODBYE_TIMEOUT)
        except (aiomqtt.MqttError, TimeoutError) as exc:
            log.info("MQTT goodbye not acknowledged: %s", describe_error(exc))

    async def _recount(self, imeis: list[str]) -> None:
        """The exact backlog, counted on a worker thread: with thousands of modules the
        range scans would hold serve's loop (and the modules' acks) for a while."""
        self.outbox.backlog = await asyncio.to_thread(self.outbox.count_backlog, imeis)
        self._set(backlog=self.outbox.backlog)

    async def _pump(self, client: aiomqtt.Client) -> None:
        bucket = TokenBucket(self.config.max_rate)
        least = max(1, min(ROUND_MAX, int(self.config.max_rate * ROUND_MIN_S)))
        loop = asyncio.get_running_loop()
        next_rescan = next_save = loop.time()
        while True:
            now = loop.time()
            if now >= next_rescan:
                imeis = self.server.registry.imeis()
                self.outbox.mark_all(imeis)
                await self._recount(imeis)
                next_rescan = now + RESCAN
            if self._live:
                live = list(self._live)
                await self._publish(client, live)
                for _ in range(min(len(live), len(self._live))):
                    self._live.popleft()  # only once acknowledged: a lost link resends them
            budget = bucket.available()
            if budget >= least and self.outbox.pending:
                batch = self.outbox.take(min(budget, ROUND_MAX))
                if len(batch):
                    bucket.spend(len(batch))
                    await self._send(client, batch)
            if self.outbox.unsaved and loop.time() >= next_save:
                self.outbox.save()
                next_save = loop.time() + SAVE_EVERY
            self._set(backlog=self.outbox.backlog, sent=self.outbox.sent)
            if self._live or (self.outbox.pending and bucket.available() >= least):
                await asyncio.sleep(0)  # let the loop breathe between rounds
                continue
            timeout = min(next_rescan - loop.time(), RESCAN)
            if self.outbox.pending:
                timeout = min(timeout, bucket.wait_for(least))
            if self.outbox.unsaved:
                timeout = min(timeout, max(0.0, next_save - loop.time()))
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), max(0.001, timeout))
            if self._wake.is_set():
                # Woken by a commit: let the packets of the next few ms join this round
                # (one read per module and one message for many packets, not one each).
                await asyncio.sleep(COALESCE)

    async def _send(self, client: aiomqtt.Client, batch: Batch) -> None:
        pubs = self.format.telemetry(batch.frames, batch.statuses, self.calibrations())
        await self._publish(client, pubs)
        self.outbox.acknowledged(batch)

    async def _publish(self, client: aiomqtt.Client, pubs: list[Publication]) -> None:
        """Publish in order, QoS 1; returns once the broker acknowledged every one."""
        if pubs:
            await asyncio.gather(
                *(client.publish(p.topic, p.payload, qos=1, retain=p.retain) for p in pubs)
            )
