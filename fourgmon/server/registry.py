"""The device registry: the live state of every module the server knows.

One :class:`DeviceState` per IMEI, kept for the server's lifetime (a reconnect
never makes a second one). The window's table model reads it directly; only the
server mutates it, on the event loop.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from fourgmon.protocol.messages import CHANNELS, CrystalState, SensorKind, SensorState


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


class DeviceRegistry:
    """IMEI -> :class:`DeviceState`, in first-seen order."""

    def __init__(self) -> None:
        self._devices: dict[str, DeviceState] = {}

    def get(self, imei: str) -> DeviceState | None:
        return self._devices.get(imei)

    def ensure(self, imei: str) -> tuple[DeviceState, bool]:
        """The device's state, created if new; the flag says whether it was created."""
        dev = self._devices.get(imei)
        if dev is not None:
            return dev, False
        dev = DeviceState(imei)
        self._devices[imei] = dev
        return dev, True

    def __iter__(self) -> Iterator[DeviceState]:
        return iter(self._devices.values())

    def __len__(self) -> int:
        return len(self._devices)

    def __contains__(self, imei: object) -> bool:
        return imei in self._devices

    def imeis(self) -> list[str]:
        return list(self._devices)
