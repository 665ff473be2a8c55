"""The device registry: a sans-I/O state machine over the live state of every module.

One :class:`DeviceState` per IMEI, kept for the server's lifetime (a reconnect never
makes a second one). Only the registry's own methods change it, each returning the
typed changes (:mod:`fourgmon.domain.changes`) it made; the server publishes them.
Readers (the window's models) read the states directly, on the same loop.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from fourgmon.domain import changes as f
from fourgmon.domain.changes import (
    DeviceAdded,
    DeviceChanged,
    DeviceOffline,
    DeviceOnline,
    Event,
    FrameReceived,
    InfoReceived,
    SensorChanged,
    VersionReceived,
)
from fourgmon.protocol.messages import (
    CHANNELS,
    CrystalState,
    InfoAck,
    Message,
    PushInfo,
    PushMsg,
    PushOnline,
    SensorKind,
    SensorState,
    VersionAck,
)


@dataclass(slots=True)
class DeviceState:
    """What is known of one module now."""

    imei: str
    alias: str = ""
    online: bool = False
    peer: str = ""
    connected_since: float | None = None
    last_seen: float | None = None  # any message received
    last_packet_at: float | None = None  # last push_msg received
    packet_count: int = 0  # push_msg packets received (duplicates excluded), this session
    sensors: list[SensorState | None] = field(default_factory=lambda: [None] * CHANNELS)
    crystals: list[CrystalState | None] = field(default_factory=lambda: [None] * CHANNELS)
    temperature: float | None = None
    humidity: float | None = None
    fw_type: str = ""
    fw_version: str = ""
    ccid: str = ""
    location: str = ""
    err_counts: tuple[int, int, int] | None = None
    offline_cause: str = ""

    def has_fault(self) -> bool:
        """True when any sensor is not plainly online or any crystal reports a fault."""
        for s in self.sensors:
            if s is not None and s.kind is not SensorKind.ONLINE:
                return True
        return any(c is not None and c.fault is not False for c in self.crystals)


@dataclass(frozen=True, slots=True)
class StoredDevice:
    """What the store remembers of a module (loaded at start-up)."""

    imei: str
    alias: str = ""
    ccid: str = ""
    location: str = ""
    fw_type: str = ""
    fw_version: str = ""
    last_seen: float | None = None


class DeviceRegistry:
    """IMEI -> :class:`DeviceState`, in first-seen order; every change goes through a method
    that returns what it changed."""

    def __init__(self) -> None:
        self._devices: dict[str, DeviceState] = {}

    # ------------------------------------------------------------ reading
    def get(self, imei: str) -> DeviceState | None:
        return self._devices.get(imei)

    def __iter__(self) -> Iterator[DeviceState]:
        return iter(self._devices.values())

    def __len__(self) -> int:
        return len(self._devices)

    def __contains__(self, imei: object) -> bool:
        return imei in self._devices

    def imeis(self) -> list[str]:
        return list(self._devices)

    # ------------------------------------------------------------ transitions
    def _ensure(self, imei: str, out: list[Event]) -> DeviceState:
        dev = self._devices.get(imei)
        if dev is None:
            dev = self._devices[imei] = DeviceState(imei)
            out.append(DeviceAdded(imei))
        return dev

    def add(self, imei: str) -> list[Event]:
        """Know ``imei`` (a module heard of before it spoke, e.g. a queued command)."""
        out: list[Event] = []
        self._ensure(imei, out)
        return out

    def load(self, stored: StoredDevice) -> list[Event]:
        """What the store remembers of a module, at start-up."""
        out: list[Event] = []
        dev = self._ensure(stored.imei, out)
        dev.alias, dev.ccid, dev.location = stored.alias, stored.ccid, stored.location
        dev.fw_type, dev.fw_version = stored.fw_type, stored.fw_version
        dev.last_seen = stored.last_seen
        if not out:
            fields = {f.ALIAS, f.CCID, f.LOCATION, f.FW_TYPE, f.FW_VERSION, f.LAST_SEEN}
            out.append(DeviceChanged(stored.imei, frozenset(fields)))
        return out

    def online(self, imei: str, peer: str, now: float, *, takeover: bool = False) -> list[Event]:
        """A connection identified itself as ``imei``."""
        out: list[Event] = []
        dev = self._ensure(imei, out)
        dev.online = True
        dev.peer = peer
        dev.connected_since = now
        dev.last_seen = now
        dev.offline_cause = ""
        out.append(DeviceOnline(imei, peer, now, takeover))
        return out

    def offline(self, imei: str, now: float, cause: str) -> list[Event]:
        """The module's connection ended (closed, heartbeat timeout, takeover...)."""
        dev = self._devices.get(imei)
        if dev is None:
            return []
        dev.online = False
        dev.offline_cause = cause
        return [DeviceOffline(imei, now, cause)]

    def set_alias(self, imei: str, alias: str) -> list[Event]:
        """A human name for the module (already stored by the caller)."""
        out: list[Event] = []
        dev = self._ensure(imei, out)
        if dev.alias != alias or out:
            dev.alias = alias
            out.append(DeviceChanged(imei, frozenset({f.ALIAS})))
        return out

    def seen(self, imei: str, now: float) -> None:
        """Any message from the module: its last-seen time (no change published: the
        window refreshes ages on its own clock)."""
        dev = self._devices.get(imei)
        if dev is not None:
            dev.last_seen = now

    def apply(self, msg: Message, now: float, *, imei: str | None = None) -> list[Event]:
        """What a stored message (or a command's reply) means for its module.

        ``imei``: the connection's, for replies that may come without one.
        """
        if type(msg) is PushMsg:  # nearly every call: no match over the others
            return self.frame(msg, now)
        out: list[Event] = []
        who = imei or getattr(msg, "imei", None)
        if not isinstance(who, str):
            return out
        match msg:
            case PushMsg():
                return self.frame(msg, now)
            case PushOnline():
                dev = self._ensure(msg.imei, out)
                changed: set[int] = set()
                for k, state in msg.st.items():
                    if dev.sensors[k] != state:
                        dev.sensors[k] = state
                        changed.add(k)
                for k, crystal in msg.dt.items():
                    if dev.crystals[k] != crystal:
                        dev.crystals[k] = crystal
                        changed.add(k)
                out.append(
                    SensorChanged(msg.imei, msg.packnum, now, msg.st, msg.dt, frozenset(changed))
                )
            case PushInfo():
                dev = self._ensure(msg.imei, out)
                dev.ccid, dev.location = msg.ccid, msg.location
                out.append(InfoReceived(msg.imei, msg.ccid, msg.location, None))
            case InfoAck():
                dev = self._ensure(who, out)
                dev.ccid, dev.location = msg.ccid, msg.location
                dev.err_counts = msg.err_counts
                out.append(InfoReceived(who, msg.ccid, msg.location, msg.err_counts))
            case VersionAck():
                dev = self._ensure(who, out)
                dev.fw_type, dev.fw_version = msg.type, msg.version
                out.append(VersionReceived(who, msg.type, msg.version))
        return out

    def frame(self, msg: PushMsg, now: float) -> list[Event]:
        """``apply`` of a stored push_msg (the server's once-a-packet call): its module's
        counters and measurements, and the frame."""
        out: list[Event] = []
        dev = self._devices.get(msg.imei)
        if dev is None:
            dev = self._ensure(msg.imei, out)
        dev.packet_count += 1
        dev.last_packet_at = now
        temperature, humidity = msg.temperature, msg.humidity
        if temperature is not None:
            dev.temperature = temperature
        if humidity is not None:
            dev.humidity = humidity
        out.append(
            FrameReceived(msg.imei, msg.packnum, msg.time, now, msg.channels, temperature, humidity)
        )
        return out
