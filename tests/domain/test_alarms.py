"""Alarm rules fed with the registry's own changes (no hand-made change objects)."""

from __future__ import annotations

import time

import numpy as np

from fourgmon.domain.alarms import (
    AlarmAcked,
    AlarmBook,
    AlarmCleared,
    AlarmRaised,
    AlarmRules,
)
from fourgmon.domain.registry import DeviceRegistry
from fourgmon.protocol.messages import (
    CrystalState,
    InfoAck,
    PushMsg,
    PushOnline,
    SensorKind,
    SensorState,
)

IMEI = "865501040000001"
T0 = 1_700_000_000.0


class Rig:
    def __init__(self, rules: AlarmRules | None = None) -> None:
        self.reg = DeviceRegistry()
        self.book = AlarmBook(rules or AlarmRules(clock_skew_seconds=0))

    def feed(self, changes: list, now: float) -> list:  # type: ignore[type-arg]
        out = []
        for c in changes:
            out += self.book.on_change(c, now)
        return out

    def online(self, now: float = T0) -> list:  # type: ignore[type-arg]
        return self.feed(self.reg.online(IMEI, "p", now), now)

    def offline(self, now: float, cause: str = "heartbeat timeout") -> list:  # type: ignore[type-arg]
        return self.feed(self.reg.offline(IMEI, now, cause), now)

    def push(self, packnum: int, now: float, dev_time: str = "", **ch: int) -> list:  # type: ignore[type-arg]
        chans = {int(k[2:]): np.full(50, v, dtype=np.uint16) for k, v in ch.items()}
        return self.feed(self.reg.apply(PushMsg(IMEI, packnum, dev_time, chans), now), now)

    def status(self, now: float, st: dict, dt: dict | None = None) -> list:  # type: ignore[type-arg]
        return self.feed(self.reg.apply(PushOnline(IMEI, 1, st, dt or {}), now), now)


def kinds(events: list, cls: type) -> list:  # type: ignore[type-arg]
    return [(e.alarm.kind, e.alarm.channel) for e in events if isinstance(e, cls)]


def test_offline_raises_and_reconnect_clears_flapping_counts() -> None:
    rig = Rig(AlarmRules(flap_window=60, clock_skew_seconds=0))
    rig.online()
    ev = rig.offline(T0 + 10)
    assert kinds(ev, AlarmRaised) == [("offline", None)]
    assert ev[0].alarm.detail == "heartbeat timeout"
    assert kinds(rig.online(T0 + 20), AlarmCleared) == [("offline", None)]
    for i in range(5):  # flapping: one alarm, its count rising
        ev = rig.offline(T0 + 30 + 10 * i)
        rig.online(T0 + 35 + 10 * i)
    assert ev[0].alarm.count == 6 and ev[0].alarm.raised_at == T0 + 10
    ev = rig.offline(T0 + 1000)  # long after the window: a new alarm
    assert ev[0].alarm.count == 1 and ev[0].alarm.raised_at == T0 + 1000
    assert rig.offline(T0 + 1001, "shutdown") == []  # our own shutdown is not an alarm


def test_each_sensor_code_and_the_crystal() -> None:
    rig = Rig()
    rig.online()
    codes = {
        0: SensorState(SensorKind.OFFLINE, "0"),
        1: SensorState(SensorKind.INTERFERENCE, "2"),
        2: SensorState(SensorKind.STUCK, "3"),
        3: SensorState(SensorKind.RESERVED, '"11"'),
        4: SensorState(SensorKind.UNKNOWN, "7"),
        5: SensorState(SensorKind.ONLINE, "1"),
    }
    ev = rig.status(T0 + 1, codes, {6: CrystalState(True, "1")})
    assert sorted(kinds(ev, AlarmRaised), key=str) == sorted(
        [
            ("sensor_offline", 0),
            ("interference", 1),
            ("stuck", 2),
            ("sensor_unknown", 3),
            ("sensor_unknown", 4),
            ("crystal", 6),
        ],
        key=str,
    )
    stuck = next(e.alarm for e in ev if e.alarm.kind == "stuck")
    assert stuck.detail == "CH3 (bus 3, position 1): status 3"
    ev = rig.status(T0 + 2, {1: SensorState(SensorKind.ONLINE, "1")}, {6: CrystalState(False, "0")})
    assert sorted(kinds(ev, AlarmCleared), key=str) == [("crystal", 6), ("interference", 1)]
    ev = rig.status(T0 + 3, {2: SensorState(SensorKind.OFFLINE, "0")})  # stuck -> offline
    assert kinds(ev, AlarmCleared) == [("stuck", 2)] and kinds(ev, AlarmRaised) == [
        ("sensor_offline", 2)
    ]


def test_packet_gap_allows_a_reboot_and_no_data_times_out() -> None:
    rig = Rig(AlarmRules(no_data_minutes=30, clock_skew_seconds=0))
    rig.online()
    assert rig.push(1, T0 + 1) == [] and rig.push(2, T0 + 2) == []
    ev = rig.push(6, T0 + 3)
    assert kinds(ev, AlarmRaised) == [("packet_gap", None)]
    assert ev[0].alarm.detail == "3 packet(s) lost between packnum 2 and 6"
    assert kinds(rig.push(7, T0 + 4), AlarmCleared) == [("packet_gap", None)]
    assert rig.push(0, T0 + 5) == []  # a reboot restarts at 0: no gap
    assert rig.book.tick(T0 + 5 + 29 * 60) == []
    ev = rig.book.tick(T0 + 5 + 31 * 60)
    assert kinds(ev, AlarmRaised) == [("no_data", None)]
    assert rig.book.tick(T0 + 5 + 32 * 60) == []  # raised once
    assert kinds(rig.push(1, T0 + 5 + 33 * 60), AlarmCleared) == [("no_data", None)]


def test_rs485_counters_rising_between_two_info_acks() -> None:
    rig = Rig()
    rig.online()
    info = lambda c: rig.feed(rig.reg.apply(InfoAck("x", "y", c), T0, imei=IMEI), T0)  # noqa: E731
    assert info((1, 2, 3)) == []  # the first: nothing to compare with
    ev = info((1, 5, 3))
    assert kinds(ev, AlarmRaised) == [("rs485_errors", None)] and ev[0].alarm.detail == "bus 2 +3"
    assert kinds(info((1, 5, 3)), AlarmCleared) == [("rs485_errors", None)]


def test_clock_skew_in_the_device_time_zone() -> None:
    rig = Rig(AlarmRules(clock_skew_seconds=120, device_utc_offset=8 * 3600))
    rig.online()

    def at(now: float, off: float = 0) -> str:
        return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(now + 8 * 3600 + off))

    assert rig.push(1, T0, at(T0)) == []
    assert rig.push(2, T0 + 30, at(T0 + 30, 600)) == []  # checked at most once a minute
    ev = rig.push(3, T0 + 61, at(T0 + 61, 600))
    assert kinds(ev, AlarmRaised) == [("clock_skew", None)]
    assert ev[0].alarm.detail == "device clock +600 s off"
    assert kinds(rig.push(4, T0 + 122, at(T0 + 122)), AlarmCleared) == [("clock_skew", None)]


def test_thresholds_with_hysteresis_in_raw_counts() -> None:
    rig = Rig(AlarmRules(threshold_high=50_000, hysteresis=1000, clock_skew_seconds=0))
    rig.online()
    assert kinds(rig.push(1, T0, ch0=51_000), AlarmRaised) == [("threshold_high", 0)]
    assert rig.push(2, T0, ch0=49_500) == []  # inside the hysteresis band: still high
    assert kinds(rig.push(3, T0, ch0=48_000), AlarmCleared) == [("threshold_high", 0)]


def test_acknowledge_keeps_the_alarm_open_until_it_clears() -> None:
    rig = Rig()
    rig.online()
    rig.offline(T0 + 1)
    key = (IMEI, "offline", None)
    ev = rig.book.acknowledge([key], "engineer", T0 + 2)
    assert kinds(ev, AlarmAcked) == [("offline", None)]
    alarm = rig.book.get(key)
    assert alarm is not None and alarm.acked_by == "engineer" and alarm.acked_at == T0 + 2
    assert alarm.is_open
    assert rig.book.acknowledge([key], "other", T0 + 3) == []  # once
    (cleared,) = rig.online(T0 + 4)
    assert cleared.alarm.acked_by == "engineer" and cleared.alarm.cleared_at == T0 + 4
    assert rig.book.open_alarms() == []


def test_push_online_shares_the_packnum_sequence_and_broken_sensors_have_no_threshold() -> None:
    rig = Rig(AlarmRules(threshold_low=100, clock_skew_seconds=0))
    rig.online()
    rig.push(1, T0, ch0=5000)
    rig.feed(rig.reg.apply(PushOnline(IMEI, 2, {0: SensorState(SensorKind.OFFLINE, "0")}), T0), T0)
    assert kinds(rig.push(3, T0, ch0=0), AlarmRaised) == []  # no gap; an offline sensor reads 0
    ok = {0: SensorState(SensorKind.ONLINE, "1")}
    rig.feed(rig.reg.apply(PushOnline(IMEI, 4, ok), T0), T0)
    assert kinds(rig.push(5, T0, ch0=0), AlarmRaised) == [("threshold_low", 0)]


def test_on_frame_is_on_change_of_a_frame() -> None:
    # The server's direct call for a frame: the same alarms as the general entry point.
    rules = AlarmRules(no_data_minutes=30, clock_skew_seconds=120)
    general, direct = Rig(rules), Rig(rules)
    general.online()
    direct.online()
    late = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(T0 + 600))
    for i, (packnum, dev_time) in enumerate([(1, late), (2, ""), (6, ""), (7, ""), (0, "")]):
        now = T0 + 1 + i
        expected = general.push(packnum, now, dev_time)
        (frame,) = direct.reg.apply(PushMsg(IMEI, packnum, dev_time, {}), now)
        got = direct.book.on_frame(frame, now)  # type: ignore[arg-type]
        assert [(type(e), e.alarm) for e in got] == [(type(e), e.alarm) for e in expected]
    assert [a.kind for a in direct.book.open_alarms()] == ["clock_skew"]
    assert direct.book.open_alarms() == general.book.open_alarms()
