"""What the server hands to the store, and what the store's queries return.

Times are Unix seconds (float, ``time.time()``). Samples are uint16 numpy arrays,
stored as little-endian uint16 blobs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from fourgmon.domain.alarms import Alarm
from fourgmon.protocol.fastinit import fast_init
from fourgmon.protocol.messages import PushMsg, PushOnline, Samples
from fourgmon.store.disk import DiskStatus

# ------------------------------------------------------------------ writes


@fast_init  # one a packet: see fourgmon.protocol.fastinit
@dataclass(frozen=True, slots=True)
class PushMsgRecord:
    """A received push_msg. Stored once per (imei, packnum, content)."""

    msg: PushMsg
    received_at: float
    raw: bytes


class PushMsgRow(NamedTuple):
    """A push_msg as the writer process gets it: a PushMsgRecord with its samples
    already as little-endian uint16 blobs, ``(channel, blob)`` by channel."""

    imei: str
    packnum: int
    device_time: str
    temperature: float | None
    humidity: float | None
    received_at: float
    raw: bytes
    blobs: tuple[tuple[int, bytes], ...]
    warned: bool = False  # decoded with warnings: its raw bytes stay in the database


@dataclass(frozen=True, slots=True)
class PushOnlineRecord:
    """A received push_online. Stored once per (imei, packnum, content)."""

    msg: PushOnline
    received_at: float
    raw: bytes


@dataclass(frozen=True, slots=True)
class InfoRecord:
    """push_info (err_counts None) or info_ack."""

    imei: str
    at: float
    ccid: str
    location: str
    err_counts: tuple[int, int, int] | None


@dataclass(frozen=True, slots=True)
class VersionRecord:
    imei: str
    at: float
    type: str
    version: str


@dataclass(frozen=True, slots=True)
class ConnectionRecord:
    """A state change of a device or connection: state is 'online' / 'offline'."""

    imei: str
    at: float
    state: str
    cause: str
    peer: str


@dataclass(frozen=True, slots=True)
class CommandRecord:
    """A user command and its outcome (status: ok / failed / timeout / error)."""

    imei: str
    kind: str
    sent_at: float
    done_at: float | None
    status: str
    detail: str


@dataclass(frozen=True, slots=True)
class QuarantineRecord:
    """Bytes that could not be decoded, kept so that nothing a device sent is lost."""

    at: float
    peer: str
    imei: str | None
    reason: str
    raw: bytes


@dataclass(frozen=True, slots=True)
class AliasRecord:
    imei: str
    alias: str


# One changed row of the calibration: imei ('*' = default), channel, then gain, offset
# and unit, or None, None, '' when the row is removed (value = gain x raw + offset).
CalibrationRowFields = tuple[str, int, float | None, float | None, str]


@dataclass(frozen=True, slots=True)
class CalibrationRecord:
    """Calibration rows changed together (one edit or one import) at ``at`` by ``user``."""

    at: float
    user: str
    rows: tuple[CalibrationRowFields, ...]


@dataclass(frozen=True, slots=True)
class AlarmRecord:
    """An alarm's state after a raise, ack or clear: its row, by (imei, kind, channel,
    raised_at), is inserted or updated to it (:mod:`fourgmon.store.alarms`)."""

    alarm: Alarm


@dataclass(frozen=True, slots=True)
class QueuedCommandRecord:
    """A command queued for a module (offline, or over the in-flight bound), by ``id``:
    written when queued and again at every change of ``state`` (queued / sending / ok /
    failed / timeout / error / expired / cancelled); the last write wins."""

    id: str
    imei: str
    kind: str
    queued_at: float
    expires_at: float
    state: str
    done_at: float | None = None
    detail: str = ""


@dataclass(frozen=True, slots=True)
class CampaignRecord:
    """A firmware campaign, by ``id`` (state: running / paused / aborted / finished)."""

    id: str
    created_at: float
    state: str
    concurrency: int
    back_within: float
    finished_at: float | None = None
    note: str = ""  # the filter it was chosen with, for the report


@dataclass(frozen=True, slots=True)
class CampaignStepRecord:
    """One module of a campaign, by (campaign, imei); rewritten at every state change."""

    campaign: str
    imei: str
    position: int
    alias: str
    fw_type: str
    version_before: str
    state: str
    version_after: str = ""
    started_at: float | None = None
    finished_at: float | None = None
    detail: str = ""


FleetRecord = QueuedCommandRecord | CampaignRecord | CampaignStepRecord

# One changed threshold row: imei ('*' = default), channel, high, low, hysteresis, unit
# ('' = raw counts); high and low both None when the row is removed.
ThresholdRowFields = tuple[str, int, float | None, float | None, float | None, str]


@dataclass(frozen=True, slots=True)
class ThresholdRecord:
    """Threshold rows changed together at ``at`` by ``user``."""

    at: float
    user: str
    rows: tuple[ThresholdRowFields, ...]


@dataclass(frozen=True, slots=True)
class OutboxCursorRecord:
    """The MQTT bridge's broker ``target`` acknowledged every ``kind`` packet of ``imei``
    up to this key (received_at, packnum, digest); ``imei`` ``*``: where it started."""

    target: str
    imei: str
    kind: str  # 'push_msg' / 'push_online'
    received_at: float
    packnum: int
    digest: int


Record = (
    PushMsgRecord
    | PushOnlineRecord
    | InfoRecord
    | VersionRecord
    | ConnectionRecord
    | CommandRecord
    | QuarantineRecord
    | AliasRecord
    | CalibrationRecord
    | AlarmRecord
    | FleetRecord
    | ThresholdRecord
    | OutboxCursorRecord
)


@dataclass(frozen=True, slots=True)
class WriteResult:
    """Outcome of a committed write; ``duplicate`` when a packet was already stored."""

    duplicate: bool = False


# ------------------------------------------------------------------ reads


@dataclass(frozen=True, slots=True)
class DeviceRow:
    """A device as last stored (survives restarts)."""

    imei: str
    alias: str
    first_seen: float
    last_seen: float | None
    ccid: str
    location: str
    fw_type: str
    fw_version: str


@dataclass(frozen=True, slots=True, eq=False)
class FrameRow:
    """One channel of one stored push_msg."""

    imei: str
    packnum: int
    device_time: str
    received_at: float
    channel: int
    temperature: float | None
    humidity: float | None
    samples: Samples


@dataclass(frozen=True, slots=True)
class StatusRow:
    """One stored push_online, decoded back: raw texts of stK / dtK by index."""

    imei: str
    packnum: int
    received_at: float
    st: Mapping[int, str]
    dt: Mapping[int, str]


# ------------------------------------------------------------------ health


@dataclass(frozen=True, slots=True)
class DamagedFile:
    """A database file found damaged: set aside, kept untouched for recovery, still read."""

    path: Path
    reason: str  # the first problem met; "" when an earlier run set it aside


@dataclass(frozen=True, slots=True)
class MigrationStatus:
    """Progress of the schema 2 -> 3 migration of the active file."""

    copied: int
    total: int
    done: bool


@dataclass(frozen=True, slots=True)
class RetentionStatus:
    """What retention removed from the active file since the store started."""

    removed: int  # push_msg packets removed
    kept_since: float | None  # received_at of the oldest packet still kept
    reason: str  # "disk" or "age"


@dataclass(frozen=True, slots=True)
class StoreHealth:
    """What the store's state means for the user (the window's status bar shows it)."""

    active: Path  # the file new data goes to
    disk: DiskStatus  # free space of the data dir
    damaged: tuple[DamagedFile, ...] = ()  # oldest first
    migration: MigrationStatus | None = None  # schema 2 -> 3 copy of the active file
    retention: RetentionStatus | None = None  # what retention removed, once it has
