"""Topics and payloads of the two formats (pure: no I/O; README "MQTT bridge" shows them).

``thingsboard``: ThingsBoard's Gateway MQTT API. The device is the IMEI; ``ts`` is the
packet's received time in Unix milliseconds, one telemetry entry per packet, as many
entries (of as many devices) in one message as fit in ThingsBoard's payload limit.
``plain``: ``PREFIX/<imei>/frame|status|alarm|info``, commands on ``PREFIX/<imei>/cmd/<kind>``.

Channels are named as users see them: K = 1..9 for ``data0``..``data8``.
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from fourgmon.bridge.telemetry import entries_of, ms, pack_entries
from fourgmon.domain.alarms import Alarm
from fourgmon.domain.calibration import CalibrationTable
from fourgmon.domain.registry import DeviceState
from fourgmon.protocol import crystal_state, sensor_state
from fourgmon.protocol.messages import CrystalState, SensorKind, SensorState
from fourgmon.store.outbox import OutboxFrame, OutboxStatus, TelemetryRow

TB_CONNECT = "v1/gateway/connect"
TB_DISCONNECT = "v1/gateway/disconnect"
TB_TELEMETRY = "v1/gateway/telemetry"
TB_ATTRIBUTES = "v1/gateway/attributes"
TB_RPC = "v1/gateway/rpc"
TB_SELF_ATTRIBUTES = "v1/devices/me/attributes"  # the gateway device's own

# Bytes of one telemetry message at most. ThingsBoard's MQTT transport closes the
# connection on a message over NETTY_MAX_PAYLOAD_SIZE, 65536 by default (thingsboard.yml,
# transport.mqtt.netty.max_payload_size), and a resend of the same batch would be closed
# again: stay under it with room for the topic and the headers. An entry is ~0.25 KiB
# (3 channels) to ~1 KiB (9 calibrated), so a message holds ~60-240 packets.
TB_MAX_PAYLOAD = 60 * 1024
# RPC method -> command kind of the catalogue (ThingsBoard users type "time_sync").
METHOD_ALIASES = {"time_sync": "time"}

Calibrations = Callable[[], CalibrationTable]


@dataclass(frozen=True, slots=True)
class Publication:
    """One MQTT message to publish (QoS 1)."""

    topic: str
    payload: bytes
    retain: bool = False
    # A module's state now (connect, status, attributes): a (re)connection's snapshot
    # says it again, so what was queued while the broker was away is dropped.
    state: bool = False


def dumps(obj: object) -> bytes:
    """Compact UTF-8 JSON; NaN/inf become null (JSON has no such numbers)."""
    try:
        text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except ValueError:  # rare (a calibration overflow): walk it only then
        text = json.dumps(_finite(obj), ensure_ascii=False, separators=(",", ":"))
    return text.encode()


def _finite(obj: Any) -> Any:
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    if isinstance(obj, dict):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_finite(v) for v in obj]
    return obj


def channel_key(k: int) -> str:
    """``data0`` -> ``ch1``: the number users see."""
    return f"ch{k + 1}"


def sensor_text(state: SensorState) -> str:
    """online / offline / interference / stuck, else the raw code."""
    if state.kind in (SensorKind.RESERVED, SensorKind.UNKNOWN):
        return state.raw.strip("[]\"' ") or state.raw
    return str(state.kind.value)


def crystal_value(state: CrystalState) -> int | str:
    """1 fault / 0 normal, else the raw text."""
    return state.raw if state.fault is None else int(state.fault)


def _sensor_of_raw(raw: str) -> SensorState:
    try:
        return sensor_state(json.loads(raw))
    except ValueError:
        return SensorState(SensorKind.UNKNOWN, raw)


def _crystal_of_raw(raw: str) -> CrystalState:
    try:
        return crystal_state(json.loads(raw))
    except ValueError:
        return CrystalState(None, raw)


def status_values(status: OutboxStatus) -> dict[str, Any]:
    """``sensorK`` / ``crystalK`` of one push_online."""
    values: dict[str, Any] = {}
    for k, raw in sorted(status.st.items()):
        values[f"sensor{k + 1}"] = sensor_text(_sensor_of_raw(raw))
    for k, raw in sorted(status.dt.items()):
        values[f"crystal{k + 1}"] = crystal_value(_crystal_of_raw(raw))
    return values


def status_entry(status: OutboxStatus) -> bytes:
    """One push_online's telemetry entry (ThingsBoard)."""
    return dumps({"ts": ms(status.received_at), "values": status_values(status)})


def alarm_key(alarm: Alarm) -> str:
    """``alarm_<kind>`` for the module, ``alarm_<kind>_chK`` for a channel."""
    if alarm.channel is None:
        return f"alarm_{alarm.kind}"
    return f"alarm_{alarm.kind}_{channel_key(alarm.channel)}"


def alarm_state(alarm: Alarm) -> str:
    if not alarm.is_open:
        return "cleared"
    return "acked" if alarm.acked_at is not None else "raised"


def device_attributes(device: DeviceState, table: CalibrationTable) -> dict[str, Any]:
    """CCID, location, firmware type and version, alias (and each calibrated unit)."""
    attrs: dict[str, Any] = {
        "imei": device.imei,
        "alias": device.alias,
        "ccid": device.ccid,
        "location": device.location,
        "fw_type": device.fw_type,
        "fw_version": device.fw_version,
    }
    if device.err_counts is not None:
        for bus, count in enumerate(device.err_counts, 1):
            attrs[f"rs485_errors_bus{bus}"] = count
    for k in range(9):
        cal = table.lookup(device.imei, k)
        if not cal.is_raw:
            attrs[f"{channel_key(k)}_unit"] = cal.unit
    return attrs


# ------------------------------------------------------------------ thingsboard


class ThingsBoard:
    """ThingsBoard's Gateway MQTT API."""

    name = "thingsboard"
    protocol_v5 = False
    batch_telemetry = True  # many packets, of many devices, in one telemetry message

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def will(self) -> Publication:
        return Publication(TB_SELF_ATTRIBUTES, dumps({"fourgmon_online": False}))

    def hello(self) -> Publication:
        return Publication(TB_SELF_ATTRIBUTES, dumps({"fourgmon_online": True}))

    def subscriptions(self) -> list[str]:
        return [TB_RPC]

    def connect(self, imei: str) -> Publication:
        return Publication(TB_CONNECT, dumps({"device": imei}), state=True)

    def disconnect(self, imei: str) -> Publication:
        return Publication(TB_DISCONNECT, dumps({"device": imei}), state=True)

    def telemetry(
        self,
        frames: Iterable[tuple[str, list[TelemetryRow]]],
        statuses: Iterable[OutboxStatus],
        table: CalibrationTable,
    ) -> list[Publication]:
        """Every packet an entry of its device's list, oldest first, in as few messages
        as fit under TB_MAX_PAYLOAD (ThingsBoard's payload limit). ``frames``: per
        module, its push_msgs in order."""
        by_module: dict[str, list[TelemetryRow]] = {}
        for imei, rows in frames:
            by_module.setdefault(imei, []).extend(rows)
        by_status: dict[str, list[OutboxStatus]] = {}
        for s in statuses:
            by_status.setdefault(s.imei, []).append(s)
        imeis = list({**dict.fromkeys(by_module), **dict.fromkeys(by_status)})
        runs = [(by_module.get(imei, []), table.for_module(imei)) for imei in imeis]
        devices = []
        for imei, (mine, _), entries in zip(imeis, runs, entries_of(runs), strict=True):
            states = by_status.get(imei)
            if states:  # a module's push_msgs and push_onlines, in the order received
                pairs = [(row[:3], e) for row, e in zip(mine, entries, strict=True)]
                pairs += [(s.key, status_entry(s)) for s in states]
                pairs.sort(key=itemgetter(0))
                entries = [e for _, e in pairs]
            devices.append((dumps(imei), entries))
        return [Publication(TB_TELEMETRY, m) for m in pack_entries(devices, TB_MAX_PAYLOAD)]

    def status(self, device: DeviceState, at: float) -> list[Publication]:
        return []  # ThingsBoard shows activity from connect/disconnect

    def attributes(self, device: DeviceState, table: CalibrationTable) -> Publication:
        return Publication(
            TB_ATTRIBUTES, dumps({device.imei: device_attributes(device, table)}), state=True
        )

    def alarm(self, alarm: Alarm, at: float) -> Publication:
        state = alarm_state(alarm)
        values = {alarm_key(alarm): 0 if state == "cleared" else 1}
        return Publication(TB_TELEMETRY, dumps({alarm.imei: [{"ts": ms(at), "values": values}]}))


# ------------------------------------------------------------------ plain


class Plain:
    """``PREFIX/<imei>/...`` topics, one message per packet; MQTT 5 for request/response."""

    name = "plain"
    protocol_v5 = True
    batch_telemetry = False

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def topic(self, imei: str, what: str) -> str:
        return f"{self.prefix}/{imei}/{what}"

    def will(self) -> Publication:
        return Publication(f"{self.prefix}/bridge/status", dumps({"online": False}), retain=True)

    def hello(self) -> Publication:
        return Publication(f"{self.prefix}/bridge/status", dumps({"online": True}), retain=True)

    def subscriptions(self) -> list[str]:
        return [f"{self.prefix}/+/cmd/+"]

    def connect(self, imei: str) -> Publication | None:
        return None  # the retained status says it

    def disconnect(self, imei: str) -> Publication | None:
        return None

    def frame(self, f: OutboxFrame, table: CalibrationTable) -> Publication:
        summary = {c.channel: c for c in f.channels}
        channels = []
        for k, samples in f.samples:
            entry: dict[str, Any] = {"channel": k + 1, "samples": samples.tolist()}
            c = summary.get(k)
            if c is not None and c.n:
                entry.update(min=c.min, mean=round(c.mean, 3), max=c.max)
            cal = table.lookup(f.imei, k)
            if not cal.is_raw:
                entry["unit"] = cal.unit
                entry["values"] = [round(v, 6) for v in cal.apply_array(samples).tolist()]
            channels.append(entry)
        payload = {
            "imei": f.imei,
            "packnum": f.packnum,
            "device_time": f.device_time,
            "received_at": f.received_at,
            "temperature": f.temperature,
            "humidity": f.humidity,
            "channels": channels,
        }
        return Publication(self.topic(f.imei, "frame"), dumps(payload))

    def telemetry(
        self,
        frames: Iterable[tuple[str, list[OutboxFrame]]],
        statuses: Iterable[OutboxStatus],
        table: CalibrationTable,
    ) -> list[Publication]:
        out = [self.frame(f, table) for _, run in frames for f in run]
        out += [self.sensor_status(s) for s in statuses]
        return out

    def sensor_status(self, s: OutboxStatus) -> Publication:
        """A stored push_online: retained, with ``online`` true (the module just sent it)."""
        values = status_values(s)
        payload = {
            "imei": s.imei,
            "online": True,
            "at": s.received_at,
            "packnum": s.packnum,
            "sensors": {k: v for k, v in values.items() if k.startswith("sensor")},
            "crystals": {k: v for k, v in values.items() if k.startswith("crystal")},
        }
        return Publication(self.topic(s.imei, "status"), dumps(payload), retain=True)

    def status(self, device: DeviceState, at: float) -> list[Publication]:
        """The module came or went: its retained status with the sensors last known."""
        sensors = {
            f"sensor{k + 1}": sensor_text(s) for k, s in enumerate(device.sensors) if s is not None
        }
        crystals = {
            f"crystal{k + 1}": crystal_value(c)
            for k, c in enumerate(device.crystals)
            if c is not None
        }
        payload = {
            "imei": device.imei,
            "online": device.online,
            "at": at,
            "cause": "" if device.online else device.offline_cause,
            "sensors": sensors,
            "crystals": crystals,
        }
        topic = self.topic(device.imei, "status")
        return [Publication(topic, dumps(payload), retain=True, state=True)]

    def attributes(self, device: DeviceState, table: CalibrationTable) -> Publication:
        info = dumps(device_attributes(device, table))
        return Publication(self.topic(device.imei, "info"), info, retain=True, state=True)

    def alarm(self, alarm: Alarm, at: float) -> Publication:
        payload = {
            "imei": alarm.imei,
            "kind": alarm.kind,
            "channel": None if alarm.channel is None else alarm.channel + 1,
            "state": alarm_state(alarm),
            "severity": alarm.severity,
            "raised_at": alarm.raised_at,
            "acked_at": alarm.acked_at,
            "cleared_at": alarm.cleared_at,
            "detail": alarm.detail,
            "at": at,
        }
        return Publication(self.topic(alarm.imei, "alarm"), dumps(payload))


Format = ThingsBoard | Plain


def make_format(name: str, prefix: str) -> Format:
    return ThingsBoard(prefix) if name == "thingsboard" else Plain(prefix)


def reply_data(status: str, detail: str, reply: object) -> dict[str, Any]:
    """What a command's outcome says over MQTT: status, detail and the reply's fields."""
    data: dict[str, Any] = {"status": status, "detail": detail}
    fields: Mapping[str, Any] = {}
    if reply is not None and dataclasses.is_dataclass(reply):
        fields = {
            f.name: getattr(reply, f.name)
            for f in dataclasses.fields(reply)
            if f.name not in ("raw", "warnings")
        }
    for name, value in fields.items():
        data[name] = list(value) if isinstance(value, tuple) else value
    return data
