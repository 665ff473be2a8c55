"""Events the server publishes to its observers (the window, the CLI log, tests).

Observers are plain callables ``(event) -> None`` registered with
``Server.subscribe``; they run on the server's event loop, synchronously, and
must be cheap (append to a queue, update a dict). Times are Unix seconds
(``time.time()``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from fourgmon.protocol.messages import CrystalState, Samples, SensorState
from fourgmon.store.records import StoreHealth


@dataclass(frozen=True, slots=True)
class Event:
    """Base of every server event."""


@dataclass(frozen=True, slots=True)
class ServerListening(Event):
    host: str
    port: int


@dataclass(frozen=True, slots=True)
class ServerStopped(Event):
    pass


@dataclass(frozen=True, slots=True)
class DeviceSeen(Event):
    """A device row was created or changed (alias, info, version, counters...)."""

    imei: str


@dataclass(frozen=True, slots=True)
class DeviceOnline(Event):
    imei: str
    peer: str
    at: float
    takeover: bool = False


@dataclass(frozen=True, slots=True)
class DeviceOffline(Event):
    imei: str
    at: float
    cause: str  # "closed", "heartbeat timeout", "takeover", "protocol error", "shutdown", ...


@dataclass(frozen=True, slots=True)
class InfoReceived(Event):
    imei: str
    ccid: str
    location: str
    err_counts: tuple[int, int, int] | None  # None for push_info (no counters)


@dataclass(frozen=True, slots=True)
class VersionReceived(Event):
    imei: str
    type: str
    version: str


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


@dataclass(frozen=True, slots=True)
class StatusReceived(Event):
    """A stored push_online."""

    imei: str
    packnum: int
    at: float
    st: Mapping[int, SensorState]
    dt: Mapping[int, CrystalState]


@dataclass(frozen=True, slots=True)
class CommandResult(Event):
    """Outcome of ``Server.request``: ``status`` is ok / failed / timeout / error."""

    imei: str
    kind: str
    status: Literal["ok", "failed", "timeout", "error", "pending"]
    sent_at: float
    done_at: float | None
    detail: str = ""
    reply: Any = None  # the decoded reply message, if any


@dataclass(frozen=True, slots=True)
class ProtocolErrorEvent(Event):
    imei: str | None
    peer: str
    at: float
    reason: str
    raw: bytes


@dataclass(frozen=True, slots=True)
class Traffic(Event):
    """One message in or out, with its raw bytes (``cmd`` is '?' when undecodable)."""

    direction: Literal["in", "out"]
    imei: str | None
    peer: str
    at: float
    cmd: str
    raw: bytes
    error: bool = False


@dataclass(frozen=True, slots=True)
class StorageFault(Event):
    """Writing to the store failed (disk full, locked...); ``cleared`` when it works again."""

    at: float
    reason: str
    cleared: bool = False


@dataclass(frozen=True, slots=True)
class StorageHealth(Event):
    """The store's health, at start and whenever it changes: free disk space low or
    almost full (writes refused), a damaged database file set aside, the progress of a
    database upgrade, what retention removed (StoreHealth.migration / .retention)."""

    at: float
    health: StoreHealth


Observer = Callable[[Event], None]
