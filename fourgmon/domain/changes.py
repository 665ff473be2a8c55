"""Typed changes: what the domain says happened to a device, published on the event bus.

Every device change names the registry fields it changed (``fields``), so a
subscriber (the window's table model) updates exactly what shows them; none is
followed by a generic "something changed" event. Times are Unix seconds.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar

from fourgmon.protocol.fastinit import fast_init
from fourgmon.protocol.messages import CrystalState, Samples, SensorState

# Names of DeviceState fields, as changes carry them.
ALIAS = "alias"
ONLINE = "online"
PEER = "peer"
CONNECTED_SINCE = "connected_since"
LAST_SEEN = "last_seen"
LAST_PACKET_AT = "last_packet_at"
PACKET_COUNT = "packet_count"
SENSORS = "sensors"
CRYSTALS = "crystals"
TEMPERATURE = "temperature"
HUMIDITY = "humidity"
FW_TYPE = "fw_type"
FW_VERSION = "fw_version"
CCID = "ccid"
LOCATION = "location"
ERR_COUNTS = "err_counts"
OFFLINE_CAUSE = "offline_cause"

_CONNECTION = frozenset({ONLINE, PEER, CONNECTED_SINCE, LAST_SEEN, OFFLINE_CAUSE})


@dataclass(frozen=True, slots=True)
class Event:
    """Base of everything published on the event bus (server events and domain changes)."""


@dataclass(frozen=True, slots=True)
class DeviceAdded(Event):
    """A module the registry did not know: a new row."""

    imei: str


@dataclass(frozen=True, slots=True)
class DeviceChanged(Event):
    """Fields of a device changed (an alias, a record loaded from the store)."""

    imei: str
    fields: frozenset[str]


@dataclass(frozen=True, slots=True)
class DeviceOnline(Event):
    imei: str
    peer: str
    at: float
    takeover: bool = False
    fields: ClassVar[frozenset[str]] = _CONNECTION


@dataclass(frozen=True, slots=True)
class DeviceOffline(Event):
    imei: str
    at: float
    cause: str  # "closed", "heartbeat timeout", "takeover", "protocol error", "shutdown", ...
    fields: ClassVar[frozenset[str]] = _CONNECTION


@dataclass(frozen=True, slots=True)
class InfoReceived(Event):
    imei: str
    ccid: str
    location: str
    err_counts: tuple[int, int, int] | None  # None for push_info (no counters)
    fields: ClassVar[frozenset[str]] = frozenset({CCID, LOCATION, ERR_COUNTS})


@dataclass(frozen=True, slots=True)
class VersionReceived(Event):
    imei: str
    type: str
    version: str
    fields: ClassVar[frozenset[str]] = frozenset({FW_TYPE, FW_VERSION})


@fast_init  # one a packet: see fourgmon.protocol.fastinit
@dataclass(frozen=True, slots=True, eq=False)
class FrameReceived(Event):
    """A stored push_msg: channels k -> uint16 samples (only the channels in the packet)."""

    imei: str
    packnum: int
    device_time: str
    received_at: float
    channels: Mapping[int, Samples]
    temperature: float | None
    humidity: float | None
    fields: ClassVar[frozenset[str]] = frozenset(
        {PACKET_COUNT, LAST_PACKET_AT, TEMPERATURE, HUMIDITY}
    )


@dataclass(frozen=True, slots=True)
class SensorChanged(Event):
    """A stored push_online; ``changed`` are the channels whose sensor or crystal state
    differs from before (empty when the module repeated itself)."""

    imei: str
    packnum: int
    at: float
    st: Mapping[int, SensorState]
    dt: Mapping[int, CrystalState]
    changed: frozenset[int] = frozenset()
    fields: ClassVar[frozenset[str]] = frozenset({SENSORS, CRYSTALS})


# The name the server's events had for it.
StatusReceived = SensorChanged
