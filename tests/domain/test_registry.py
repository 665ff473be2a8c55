"""The domain registry as a state machine: each transition's state and the changes it returns."""

from __future__ import annotations

import numpy as np

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
from fourgmon.domain.registry import DeviceRegistry, StoredDevice
from fourgmon.protocol.messages import (
    CrystalState,
    InfoAck,
    Ping,
    PushInfo,
    PushMsg,
    PushOnline,
    SensorKind,
    SensorState,
    VersionAck,
)

IMEI = "865501040000001"
NOW = 1_700_000_000.0
OK = SensorState(SensorKind.ONLINE, "1")
STUCK = SensorState(SensorKind.STUCK, "3")


def test_a_new_module_is_added_once_then_only_changed() -> None:
    reg = DeviceRegistry()
    first = reg.online(IMEI, "127.0.0.1:5000", NOW)
    assert first == [DeviceAdded(IMEI), DeviceOnline(IMEI, "127.0.0.1:5000", NOW, False)]
    dev = reg.get(IMEI)
    assert dev is not None and dev.online and dev.connected_since == NOW and dev.last_seen == NOW
    assert reg.offline(IMEI, NOW + 1, "heartbeat timeout") == [
        DeviceOffline(IMEI, NOW + 1, "heartbeat timeout")
    ]
    assert not dev.online and dev.offline_cause == "heartbeat timeout"
    again = reg.online(IMEI, "127.0.0.1:5001", NOW + 2, takeover=True)
    assert again == [DeviceOnline(IMEI, "127.0.0.1:5001", NOW + 2, True)]  # no second row
    assert dev.offline_cause == "" and len(reg) == 1
    assert reg.offline("865501049999999", NOW, "closed") == []  # unknown: nothing


def test_a_frame_counts_and_carries_its_samples() -> None:
    reg = DeviceRegistry()
    samples = np.arange(50, dtype=np.uint16)
    msg = PushMsg(IMEI, 7, "2024-01-01 00:00:00", {0: samples}, 21.5, None)
    changes = reg.apply(msg, NOW)
    assert [type(c) for c in changes] == [DeviceAdded, FrameReceived]
    frame = changes[1]
    assert isinstance(frame, FrameReceived)
    assert frame.packnum == 7 and frame.received_at == NOW and frame.channels[0] is samples
    assert frame.fields == {"packet_count", "last_packet_at", "temperature", "humidity"}
    dev = reg.get(IMEI)
    assert dev is not None
    assert (dev.packet_count, dev.last_packet_at, dev.temperature, dev.humidity) == (
        1,
        NOW,
        21.5,
        None,
    )
    reg.apply(PushMsg(IMEI, 8, "", {}, None, 40.0), NOW + 1)
    assert (dev.packet_count, dev.temperature, dev.humidity) == (2, 21.5, 40.0)  # kept


def test_status_names_only_the_channels_that_changed() -> None:
    reg = DeviceRegistry()
    reg.add(IMEI)
    (change,) = reg.apply(PushOnline(IMEI, 1, {k: OK for k in range(9)}), NOW)
    assert isinstance(change, SensorChanged) and change.changed == frozenset(range(9))
    (change,) = reg.apply(PushOnline(IMEI, 2, {k: OK for k in range(9)}), NOW)
    assert change.changed == frozenset()  # a repeat: published (it was stored) but empty
    (change,) = reg.apply(PushOnline(IMEI, 3, {3: STUCK}, {5: CrystalState(True, "1")}), NOW)
    assert change.changed == {3, 5}
    dev = reg.get(IMEI)
    assert dev is not None and dev.sensors[3] == STUCK and dev.has_fault()


def test_info_version_alias_and_load() -> None:
    reg = DeviceRegistry()
    load = reg.load(StoredDevice(IMEI, "Pump A", "8986", "here", "0001", "1.0", NOW - 60))
    assert load == [DeviceAdded(IMEI)]
    dev = reg.get(IMEI)
    assert dev is not None and dev.alias == "Pump A" and dev.last_seen == NOW - 60
    assert reg.set_alias(IMEI, "Pump A") == []  # unchanged: nothing to repaint
    assert reg.set_alias(IMEI, "Pump B") == [DeviceChanged(IMEI, frozenset({"alias"}))]
    (info,) = reg.apply(InfoAck("8986X", "there", (1, 2, 3)), NOW, imei=IMEI)
    assert info == InfoReceived(IMEI, "8986X", "there", (1, 2, 3))
    assert dev.err_counts == (1, 2, 3)
    (info,) = reg.apply(PushInfo(IMEI, "8986Y", "far"), NOW)
    assert info.err_counts is None and dev.err_counts == (1, 2, 3)  # push_info has none
    (ver,) = reg.apply(VersionAck(None, "0002", "2.0"), NOW, imei=IMEI)
    assert ver == VersionReceived(IMEI, "0002", "2.0") and dev.fw_version == "2.0"
    assert reg.apply(Ping(IMEI), NOW) == []
    reg.seen(IMEI, NOW + 5)
    assert dev.last_seen == NOW + 5
    assert reg.apply(VersionAck(None, "0002", "2.0"), NOW) == []  # no IMEI at all: ignored


def _frame_state(changes: list[Event]) -> list[tuple[str, str, int | None]]:
    return [
        (type(c).__name__, c.imei, c.packnum if isinstance(c, FrameReceived) else None)
        for c in changes
        if isinstance(c, DeviceAdded | FrameReceived)
    ]


def test_frame_is_apply_of_a_push_msg() -> None:
    """The server calls frame() for every stored push_msg: the same state and changes."""
    samples = {0: np.arange(50, dtype=np.uint16)}
    msgs = [
        PushMsg(IMEI, 1, "2026-11-24 08:00:00", samples, 25.5, None),
        PushMsg(IMEI, 2, "2026-11-24 08:00:01", samples, None, 40.0),
    ]
    by_apply, by_frame = DeviceRegistry(), DeviceRegistry()
    for i, msg in enumerate(msgs):
        a = by_apply.apply(msg, NOW + i)
        b = by_frame.frame(msg, NOW + i)
        assert _frame_state(a) == _frame_state(b) and len(a) == len(b)
        last = b[-1]
        assert isinstance(last, FrameReceived) and last.channels is msg.channels
        assert (last.temperature, last.humidity, last.received_at) == (
            msg.temperature,
            msg.humidity,
            NOW + i,
        )
    assert [type(c) for c in DeviceRegistry().frame(msgs[0], NOW)] == [DeviceAdded, FrameReceived]
    for reg in (by_apply, by_frame):
        dev = reg.get(IMEI)
        assert dev is not None
        assert (dev.packet_count, dev.last_packet_at) == (2, NOW + 1)
        assert (dev.temperature, dev.humidity) == (25.5, 40.0)
