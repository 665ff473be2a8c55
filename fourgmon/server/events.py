"""Events the server publishes to its observers (the window, the CLI log, tests).

Observers are plain callables ``(event) -> None`` registered with
``Server.subscribe``; they run on the server's event loop, synchronously, and
must be cheap (append to a queue, update a dict). Times are Unix seconds
(``time.time()``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from fourgmon.domain.changes import (
    DeviceAdded,
    DeviceChanged,
    DeviceOffline,
    DeviceOnline,
    Event,
    FrameReceived,
    InfoReceived,
    SensorChanged,
    StatusReceived,
    VersionReceived,
)
from fourgmon.store.records import (
    CampaignRecord,
    CampaignStepRecord,
    QueuedCommandRecord,
    StoreHealth,
)

# The domain's changes travel on the same bus as the server's own events.
__all__ = [
    "CampaignChanged",
    "CommandResult",
    "DeviceAdded",
    "DeviceChanged",
    "DeviceOffline",
    "DeviceOnline",
    "Event",
    "FrameReceived",
    "InfoReceived",
    "Observer",
    "ProtocolErrorEvent",
    "QueueChanged",
    "SensorChanged",
    "ServerListening",
    "ServerStopped",
    "StatusReceived",
    "StorageFault",
    "StorageHealth",
    "Traffic",
    "VersionReceived",
]


@dataclass(frozen=True, slots=True)
class ServerListening(Event):
    host: str
    port: int


@dataclass(frozen=True, slots=True)
class ServerStopped(Event):
    pass


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


@dataclass(frozen=True, slots=True)
class QueueChanged(Event):
    """A queued command was queued, sent, answered, expired or cancelled (as stored)."""

    item: QueuedCommandRecord


@dataclass(frozen=True, slots=True)
class CampaignChanged(Event):
    """A firmware campaign or one of its steps changed (``step`` None: the campaign)."""

    campaign: CampaignRecord
    step: CampaignStepRecord | None = None


Observer = Callable[[Event], None]
