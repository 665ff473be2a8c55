"""Typed messages of the module protocol, one frozen dataclass per ``cmd``.

Device -> server: :class:`Ping`, :class:`TimeRequest`, :class:`PushMsg`,
:class:`PushInfo`, :class:`PushOnline` and the command replies :class:`InfoAck`,
:class:`VersionAck`, :class:`UpdateAck`, :class:`QueryMsgAck`.

Server -> device: :class:`Pong`, :class:`TimeAck`, :class:`PushMsgAck`,
:class:`PushInfoAck`, :class:`PushOnlineAck` and the commands :class:`InfoRequest`,
:class:`VersionRequest`, :class:`UpdateRequest`, :class:`QueryMsgRequest`.

Sensor index ``k`` (0..8) is the same in ``dataK``, ``stK`` and ``dtK``:
bus = k % 3 + 1, position = k // 3 + 1 (see PROTOCOL.md).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar

import numpy as np
import numpy.typing as npt

from fourgmon.protocol.fastinit import fast_init

CHANNELS = 9
NOMINAL_SAMPLES = 50

Samples = npt.NDArray[np.uint16]


def bus_of(k: int) -> int:
    """RS485 bus (路, 1..3) of sensor index ``k``."""
    return k % 3 + 1


def position_of(k: int) -> int:
    """Position on the bus (号, 1..3) of sensor index ``k``."""
    return k // 3 + 1


class SensorKind(enum.Enum):
    """Meaning of an ``stK`` value."""

    OFFLINE = "offline"  # 0
    ONLINE = "online"  # 1
    INTERFERENCE = "interference"  # 2: high-frequency interference
    STUCK = "stuck"  # 3: fixed-value anomaly
    RESERVED = "reserved"  # "11"/"10"/"01"/"00": newer railway model, shown raw
    UNKNOWN = "unknown"  # anything else, shown raw


@dataclass(frozen=True, slots=True)
class SensorState:
    """One ``stK`` value: its meaning and the raw JSON text it came from."""

    kind: SensorKind
    raw: str


@dataclass(frozen=True, slots=True)
class CrystalState:
    """One ``dtK`` value: ``fault`` is True/False, or None when the raw value is unknown."""

    fault: bool | None
    raw: str


# --------------------------------------------------------------------------- base


@dataclass(frozen=True, slots=True)
class Message:
    """Base of every message; ``CMD`` is the wire ``cmd`` value."""

    CMD: ClassVar[str] = ""


# ----------------------------------------------------------- device -> server


@dataclass(frozen=True, slots=True)
class Ping(Message):
    CMD: ClassVar[str] = "ping"
    imei: str


@dataclass(frozen=True, slots=True)
class TimeRequest(Message):
    """The module's daily ``time`` request; answered with :class:`TimeAck`."""

    CMD: ClassVar[str] = "time"
    imei: str


@fast_init  # one a packet: see fastinit
@dataclass(frozen=True, slots=True, eq=False)
class PushMsg(Message):
    """Pressure samples of some channels (usually one group of three).

    ``channels`` maps k (0..8) to uint16 AD counts. ``time`` is the device's
    local time text, stripped. ``warnings`` lists non-fatal oddities (e.g. a
    sample count other than 50).
    """

    CMD: ClassVar[str] = "push_msg"
    imei: str
    packnum: int
    time: str
    channels: Mapping[int, Samples]
    temperature: float | None = None
    humidity: float | None = None
    warnings: tuple[str, ...] = ()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PushMsg):
            return NotImplemented
        return (
            self.imei == other.imei
            and self.packnum == other.packnum
            and self.time == other.time
            and self.temperature == other.temperature
            and self.humidity == other.humidity
            and self.channels.keys() == other.channels.keys()
            and all(np.array_equal(v, other.channels[k]) for k, v in self.channels.items())
        )

    __hash__ = None  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class PushInfo(Message):
    CMD: ClassVar[str] = "push_info"
    imei: str
    ccid: str
    location: str


@dataclass(frozen=True, slots=True)
class PushOnline(Message):
    """Sensor states; ``st``/``dt`` hold only the indices present in the packet."""

    CMD: ClassVar[str] = "push_online"
    imei: str
    packnum: int
    st: Mapping[int, SensorState] = field(default_factory=dict)
    dt: Mapping[int, CrystalState] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class InfoAck(Message):
    """Reply to :class:`InfoRequest`; ``err_counts`` are the RS485 failure counters of buses 1-3."""

    CMD: ClassVar[str] = "info_ack"
    ccid: str
    location: str
    err_counts: tuple[int, int, int]
    imei: str | None = None


@dataclass(frozen=True, slots=True)
class VersionAck(Message):
    CMD: ClassVar[str] = "version_ack"
    imei: str | None
    type: str
    version: str


@dataclass(frozen=True, slots=True)
class UpdateAck(Message):
    CMD: ClassVar[str] = "update_ack"
    result: bool
    imei: str | None = None


@dataclass(frozen=True, slots=True)
class QueryMsgAck(Message):
    CMD: ClassVar[str] = "query_msg_ack"
    result: bool
    imei: str | None = None


# ----------------------------------------------------------- server -> device


@dataclass(frozen=True, slots=True)
class Pong(Message):
    CMD: ClassVar[str] = "pong"


@dataclass(frozen=True, slots=True)
class TimeAck(Message):
    """Unix seconds (UTC); the reply to ``time`` and the unsolicited time sync."""

    CMD: ClassVar[str] = "time_ack"
    timestamp: int


@fast_init
@dataclass(frozen=True, slots=True)
class PushMsgAck(Message):
    CMD: ClassVar[str] = "push_msg_ack"
    packnum: int


@dataclass(frozen=True, slots=True)
class PushInfoAck(Message):
    CMD: ClassVar[str] = "push_info_ack"


@dataclass(frozen=True, slots=True)
class PushOnlineAck(Message):
    CMD: ClassVar[str] = "push_online_ack"
    packnum: int


@dataclass(frozen=True, slots=True)
class InfoRequest(Message):
    """``{"cmd":"info"}``: the vendor document sends it without an IMEI."""

    CMD: ClassVar[str] = "info"


@dataclass(frozen=True, slots=True)
class VersionRequest(Message):
    CMD: ClassVar[str] = "version"
    imei: str


@dataclass(frozen=True, slots=True)
class UpdateRequest(Message):
    CMD: ClassVar[str] = "update"
    imei: str


@dataclass(frozen=True, slots=True)
class QueryMsgRequest(Message):
    CMD: ClassVar[str] = "query_msg"
    imei: str


DEVICE_MESSAGES: tuple[type[Message], ...] = (
    Ping,
    TimeRequest,
    PushMsg,
    PushInfo,
    PushOnline,
    InfoAck,
    VersionAck,
    UpdateAck,
    QueryMsgAck,
)
SERVER_MESSAGES: tuple[type[Message], ...] = (
    Pong,
    TimeAck,
    PushMsgAck,
    PushInfoAck,
    PushOnlineAck,
    InfoRequest,
    VersionRequest,
    UpdateRequest,
    QueryMsgRequest,
)
BY_CMD: dict[str, type[Message]] = {m.CMD: m for m in DEVICE_MESSAGES + SERVER_MESSAGES}
