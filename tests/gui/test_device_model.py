"""DeviceTableModel without a view, over a domain DeviceRegistry driven through its
transitions; the changes it returns are what the model is fed (as the window does)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from fourgmon.domain.changes import Event
from fourgmon.domain.registry import DeviceRegistry
from fourgmon.gui.device_model import (
    COLUMN_COUNT,
    SORT_ROLE,
    Col,
    DeviceFilterProxy,
    DeviceTableModel,
    format_age,
)
from fourgmon.gui.sensor_cells import CELL_LOOK_ROLE
from fourgmon.protocol.messages import (
    CrystalState,
    PushMsg,
    PushOnline,
    SensorKind,
    SensorState,
    VersionAck,
)
from fourgmon.server.events import Traffic

NOW = 1_700_000_000.0
IMEIS = [f"86550104000000{i}" for i in range(5)]


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


def feed(model: DeviceTableModel, changes: list[Event]) -> None:
    for change in changes:
        model.on_event(change)


def frame(imei: str, packnum: int = 1, temperature: float | None = 21.5) -> PushMsg:
    return PushMsg(imei, packnum, "2024-01-01 00:00:00", {}, temperature, None)


def status(imei: str, st: dict[int, SensorState], dt: dict[int, CrystalState] | None = None):  # type: ignore[no-untyped-def]
    return PushOnline(imei, 1, st, dt or {})


def make_model(count: int = 3) -> tuple[DeviceRegistry, DeviceTableModel, Clock, list[tuple]]:
    registry = DeviceRegistry()
    for imei in IMEIS[:count]:
        registry.add(imei)
    clock = Clock()
    model = DeviceTableModel(registry, clock=clock)
    changes: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda a, b, _roles=(): changes.append((a.row(), a.column(), b.row(), b.column()))
    )
    return registry, model, clock, changes


def cell(model: DeviceTableModel, row: int, col: int, role: int = Qt.ItemDataRole.DisplayRole):
    return model.index(row, col).data(role)


def test_rows_follow_registry_and_new_devices_are_inserted() -> None:
    registry, model, _clock, _ = make_model(2)
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    assert model.rowCount() == 2
    assert model.columnCount() == COLUMN_COUNT
    feed(model, registry.online(IMEIS[2], "p", NOW))
    feed(model, registry.apply(frame(IMEIS[3]), NOW))
    assert model.rowCount() == 2  # nothing until the UI timer's refresh
    model.refresh()
    assert inserted == [(2, 3)]
    assert [cell(model, r, Col.IMEI) for r in range(4)] == IMEIS[:4]
    feed(model, registry.online(IMEIS[0], "p", NOW))  # a reconnect of a known IMEI
    model.refresh()
    assert model.rowCount() == 4
    assert inserted == [(2, 3)]


def test_rows_come_from_device_added_not_from_the_registry_size() -> None:
    registry, model, _clock, _ = make_model(1)
    registry.add(IMEIS[1])  # its DeviceAdded never reached the model
    model.refresh()
    assert model.rowCount() == 1


def test_dirty_rows_are_coalesced_into_one_data_changed_per_run() -> None:
    _registry, model, clock, changes = make_model(5)
    model.refresh()
    changes.clear()
    registry = _registry
    for n in range(50):  # a flood of frames for rows 1 and 2, one for row 4
        feed(model, registry.apply(frame(IMEIS[1], n, None), NOW))
        feed(model, registry.apply(frame(IMEIS[2], n, None), NOW))
    feed(model, registry.apply(frame(IMEIS[4], 1, None), NOW))
    model.on_event(Traffic("in", IMEIS[0], "peer", NOW, "ping", b"{}"))  # not a row change
    assert changes == []  # nothing emitted per message
    model.refresh()
    cols = [
        (Col.TEMPERATURE, Col.HUMIDITY),
        (Col.LAST_PACKET, Col.PACKETS),
    ]  # what a frame changes; one dataChanged per run of rows and run of columns
    assert changes == [(r0, c0, r1, c1) for r0, r1 in ((1, 2), (4, 4)) for c0, c1 in cols]
    changes.clear()
    model.refresh()
    assert changes == []  # clean rows: nothing
    clock.now += 1.5  # once a second the "N s ago" column is refreshed for every row
    model.refresh()
    assert changes == [(0, Col.STATE, 4, Col.STATE)]


def test_state_text_and_columns() -> None:
    registry, model, clock, _ = make_model(1)
    dev = registry.get(IMEIS[0])
    assert dev is not None
    dev.online, dev.last_seen, dev.peer = True, NOW - 12, "10.0.0.5:4000"
    dev.temperature, dev.humidity, dev.packet_count = 21.44, 55.0, 17
    dev.fw_type, dev.fw_version, dev.ccid = "0001", "1.0.3", "89860317045714788688"
    assert cell(model, 0, Col.STATE) == "online · 12 s ago"
    assert cell(model, 0, Col.PEER) == "10.0.0.5:4000"
    assert cell(model, 0, Col.TEMPERATURE) == "21.4"
    assert cell(model, 0, Col.FIRMWARE) == "0001 1.0.3"
    assert cell(model, 0, Col.PACKETS) == "17"
    assert cell(model, 0, Col.PACKETS, SORT_ROLE) == 17.0
    dev.online = False
    clock.now += 600
    assert cell(model, 0, Col.STATE) == "offline · 10 min ago"
    assert model.headerData(Col.SENSOR0 + 3, Qt.Orientation.Horizontal) == "CH4"
    tip = model.headerData(Col.SENSOR0 + 3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == "CH4 · bus 1 / pos 2"


def test_format_age() -> None:
    assert format_age(0.5) == "just now"
    assert format_age(59) == "59 s ago"
    assert format_age(3 * 3600) == "3 h ago"
    assert format_age(3 * 86400) == "3 d ago"


def test_sensor_cells_render_every_state() -> None:
    registry, model, _clock, _ = make_model(1)
    dev = registry.get(IMEIS[0])
    assert dev is not None
    dev.sensors[0] = SensorState(SensorKind.ONLINE, "1")
    dev.sensors[1] = SensorState(SensorKind.OFFLINE, "0")
    dev.sensors[2] = SensorState(SensorKind.INTERFERENCE, "2")
    dev.sensors[3] = SensorState(SensorKind.STUCK, "3")
    dev.sensors[4] = SensorState(SensorKind.RESERVED, '"11"')
    dev.sensors[5] = SensorState(SensorKind.UNKNOWN, "7")
    dev.sensors[6] = SensorState(SensorKind.ONLINE, "1")
    dev.crystals[6] = CrystalState(True, "1")
    dev.crystals[7] = CrystalState(None, "5")
    keys = [cell(model, 0, Col.SENSOR0 + k, CELL_LOOK_ROLE).key for k in range(9)]
    assert keys == [
        "online",
        "offline",
        "interference",
        "stuck",
        "reserved",
        "unknown",
        "crystal",
        "unknown",
        "none",
    ]
    assert cell(model, 0, Col.SENSOR0 + 4) == "11"  # reserved codes are shown raw
    assert cell(model, 0, Col.SENSOR0 + 5) == "7"
    tip = lambda k: cell(model, 0, Col.SENSOR0 + k, Qt.ItemDataRole.ToolTipRole)  # noqa: E731
    assert tip(1) == "CH2 · bus 2 / pos 1 · offline"
    assert tip(3) == "CH4 · bus 1 / pos 2 · stuck value (fixed-value anomaly)"
    assert tip(4) == 'CH5 · bus 2 / pos 2 · reserved code "11"'
    assert tip(5) == "CH6 · bus 3 / pos 2 · unknown code 7"
    assert tip(6) == "CH7 · bus 1 / pos 3 · online · crystal oscillator fault"
    assert tip(7) == "CH8 · bus 2 / pos 3 · no status reported yet · crystal: unknown code 5"
    looks = {cell(model, 0, Col.SENSOR0 + k, CELL_LOOK_ROLE).fill for k in range(8)}
    assert len(looks) == 7  # online/offline/interference/stuck/reserved/unknown/crystal differ


def test_alias_is_editable_and_calls_the_setter() -> None:
    registry = DeviceRegistry()
    registry.add(IMEIS[0])
    calls: list[tuple[str, str]] = []
    model = DeviceTableModel(registry, lambda imei, alias: calls.append((imei, alias)))
    index = model.index(0, Col.ALIAS)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, Col.IMEI)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, "  Pump A ")
    assert calls == [(IMEIS[0], "Pump A")]
    assert index.data() == "Pump A"  # shown at once, before the server confirms
    assert not model.setData(index, "Pump A")  # unchanged: no second call
    feed(model, registry.set_alias(IMEIS[0], "Pump A"))  # the server confirms
    model.refresh()
    assert index.data() == "Pump A"
    assert not model._pending_alias


def test_proxy_sorts_and_filters_by_imei_or_alias() -> None:
    registry, model, _clock, _ = make_model(3)
    registry.get(IMEIS[2]).alias = "Pump North"  # type: ignore[union-attr]
    registry.get(IMEIS[0]).packet_count = 50  # type: ignore[union-attr]
    registry.get(IMEIS[1]).packet_count = 7  # type: ignore[union-attr]
    proxy = DeviceFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Col.PACKETS, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, Col.IMEI).data() for r in range(3)] == [IMEIS[0], IMEIS[1], IMEIS[2]]
    proxy.set_filter_text("north")
    assert proxy.rowCount() == 1
    assert proxy.index(0, Col.IMEI).data() == IMEIS[2]
    proxy.set_filter_text("0000001")
    assert [proxy.index(r, Col.IMEI).data() for r in range(proxy.rowCount())] == [IMEIS[1]]
    proxy.set_filter_text("")
    assert proxy.rowCount() == 3
    assert not QModelIndex().isValid()


def test_status_changes_repaint_only_the_channels_that_changed() -> None:
    registry, model, _clock, changes = make_model(2)
    model.refresh()
    changes.clear()
    ok = SensorState(SensorKind.ONLINE, "1")
    feed(model, registry.apply(status(IMEIS[1], {k: ok for k in range(9)}), NOW))
    model.refresh()
    assert changes == [(1, Col.SENSOR0, 1, Col.SENSOR0 + 8)]
    changes.clear()
    feed(model, registry.apply(status(IMEIS[1], {k: ok for k in range(9)}), NOW))
    model.refresh()
    assert changes == []  # the module repeated itself
    feed(model, registry.apply(status(IMEIS[1], {3: SensorState(SensorKind.STUCK, "3")}), NOW))
    model.refresh()
    assert changes == [(1, Col.SENSOR0 + 3, 1, Col.SENSOR0 + 3)]
    changes.clear()
    feed(model, registry.apply(VersionAck(None, "0001", "1.0.3"), NOW, imei=IMEIS[0]))
    model.refresh()
    assert changes == [(0, Col.FIRMWARE, 0, Col.FIRMWARE)]
    assert cell(model, 0, Col.FIRMWARE) == "0001 1.0.3"
    assert COLUMN_COUNT == Col.RESULT + 1


def test_a_frame_repaints_only_the_columns_it_changed() -> None:
    registry, model, _clock, changes = make_model(3)
    model.refresh()
    changes.clear()
    for imei in IMEIS[:3]:  # a push_msg for each row
        feed(model, registry.apply(frame(imei), NOW))
    model.refresh()
    # Not the IMEI (the proxy sorts and filters on it), not the nine sensor chips.
    assert changes == [
        (0, Col.TEMPERATURE, 2, Col.HUMIDITY),
        (0, Col.LAST_PACKET, 2, Col.PACKETS),
    ]
    assert [cell(model, r, Col.PACKETS) for r in range(3)] == ["1", "1", "1"]
    changes.clear()
    feed(model, registry.apply(status(IMEIS[1], {2: SensorState(SensorKind.OFFLINE, "0")}), NOW))
    feed(model, registry.apply(frame(IMEIS[1], 2), NOW))
    model.refresh()
    assert sorted(changes) == [
        (1, Col.SENSOR0 + 2, 1, Col.SENSOR0 + 2),
        (1, Col.TEMPERATURE, 1, Col.HUMIDITY),
        (1, Col.LAST_PACKET, 1, Col.PACKETS),
    ]


def test_online_and_fault_counts_follow_the_rows() -> None:
    registry, model, _clock, _ = make_model(3)
    assert (model.online_count(), model.fault_count()) == (0, 0)
    for imei in IMEIS[:3]:
        feed(model, registry.online(imei, "p", NOW))
    feed(model, registry.apply(status(IMEIS[2], {}, {0: CrystalState(True, "1")}), NOW))
    model.refresh()
    assert (model.online_count(), model.fault_count()) == (3, 1)
    # a faulty module that is offline is not counted
    feed(model, registry.offline(IMEIS[2], NOW, "closed"))
    model.refresh()
    assert (model.online_count(), model.fault_count()) == (2, 0)
    feed(model, registry.online(IMEIS[2], "p", NOW))
    feed(model, registry.apply(status(IMEIS[2], {}, {0: CrystalState(False, "0")}), NOW))
    feed(model, registry.online(IMEIS[3], "p", NOW))  # a new module
    feed(model, registry.apply(status(IMEIS[3], {0: SensorState(SensorKind.STUCK, "3")}), NOW))
    model.refresh()
    assert (model.online_count(), model.fault_count()) == (4, 1)
    assert model.rowCount() == 4


def test_proxy_without_filter_text_asks_the_model_nothing_on_updates() -> None:
    registry, model, _clock, _ = make_model(3)
    proxy = DeviceFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Col.IMEI)
    asked: list[int] = []
    original = model.data

    def spy(index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        asked.append(int(role))
        return original(index, role)

    model.data = spy  # type: ignore[method-assign]
    for imei in IMEIS[:3]:
        feed(model, registry.apply(frame(imei, temperature=None), NOW))
    model.refresh()
    assert asked == []  # neither re-filtered nor re-sorted: only a frame's columns changed
    proxy.set_filter_text("PUMP")
    feed(model, registry.set_alias(IMEIS[1], "pump 2"))
    model.refresh()
    assert [proxy.index(r, Col.IMEI).data() for r in range(proxy.rowCount())] == [IMEIS[1]]
