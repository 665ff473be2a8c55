"""Alarm rules over the domain's changes and the clock: sans-I/O.

:class:`AlarmBook` is fed every change (``on_change(change, now)``) and the clock
(``tick(now)``, for timeouts) and returns :class:`AlarmRaised` / :class:`AlarmCleared`
/ :class:`AlarmAcked`. One open alarm per (module, kind, channel); an alarm that
clears and comes back within ``AlarmRules.flap_window`` is the same alarm, raised
again with its ``count`` up by one (an acknowledgement is kept: flapping does not
call the engineer back every minute). Lifecycle: raised -> acknowledged (who, when)
-> cleared when the condition ends. Times are Unix seconds.

Kinds (DESIGN.md, ``fourgmon alarms``): offline, sensor_offline, interference,
stuck, crystal, sensor_unknown, no_data, packet_gap, rs485_errors, clock_skew,
threshold_high, threshold_low. Thresholds are per (module, channel), typed in
engineering units and compared in raw counts through the module's calibration
(:mod:`fourgmon.domain.thresholds`, :meth:`AlarmBook.set_units`); the rules'
``threshold_high``/``threshold_low`` (raw counts, ``serve``'s options) are the default
of channels with no threshold row.
"""

from __future__ import annotations

import calendar
import heapq
import itertools
import time
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from fourgmon.domain.calibration import CalibrationTable
from fourgmon.domain.changes import (
    DeviceOffline,
    DeviceOnline,
    Event,
    FrameReceived,
    InfoReceived,
    SensorChanged,
)
from fourgmon.domain.frames import frame_stats
from fourgmon.domain.thresholds import ModuleLimits, Threshold, ThresholdTable
from fourgmon.protocol.messages import SensorKind, bus_of, position_of

KINDS: tuple[str, ...] = (
    "offline",
    "sensor_offline",
    "interference",
    "stuck",
    "crystal",
    "sensor_unknown",
    "no_data",
    "packet_gap",
    "rs485_errors",
    "clock_skew",
    "threshold_high",
    "threshold_low",
)
# Worst first: what the device table and the tray show is the lowest rank open.
SEVERITY: dict[str, str] = {
    "offline": "critical",
    "sensor_offline": "critical",
    "crystal": "major",
    "stuck": "major",
    "interference": "major",
    "sensor_unknown": "major",
    "threshold_high": "major",
    "threshold_low": "major",
    "no_data": "major",
    "packet_gap": "minor",
    "rs485_errors": "minor",
    "clock_skew": "minor",
}
SEVERITIES: tuple[str, ...] = ("critical", "major", "minor")
_SENSOR_KINDS = ("sensor_offline", "interference", "stuck", "sensor_unknown")
_KIND_OF_SENSOR: dict[SensorKind, str | None] = {
    SensorKind.ONLINE: None,
    SensorKind.OFFLINE: "sensor_offline",
    SensorKind.INTERFERENCE: "interference",
    SensorKind.STUCK: "stuck",
    SensorKind.RESERVED: "sensor_unknown",
    SensorKind.UNKNOWN: "sensor_unknown",
}
DEVICE_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


@dataclass(frozen=True, slots=True)
class AlarmRules:
    """Which rules run and their limits (Settings and ``serve``'s options set them)."""

    offline: bool = True
    sensors: bool = True  # status codes and crystal faults
    no_data_minutes: float = 30.0  # 0: off
    packet_gap: bool = True
    rs485_errors: bool = True
    clock_skew_seconds: float = 120.0  # 0: off
    # The device clock's offset from UTC in seconds; None: the laptop's time zone.
    device_utc_offset: float | None = None
    # The default of channels without a threshold row (raw AD counts): frame max above
    # high, frame min below low.
    threshold_high: int | None = None
    threshold_low: int | None = None
    hysteresis: int = 100  # raw AD counts back inside the limit before it clears
    flap_window: float = 300.0  # seconds
    # Parsing a device's time costs more than the other rules: at most once this often.
    clock_check_every: float = 60.0


@dataclass(frozen=True, slots=True)
class Alarm:
    """One alarm: a condition of a module (and channel 0-8, or None for the module)."""

    imei: str
    kind: str
    channel: int | None
    raised_at: float
    detail: str = ""
    count: int = 1  # times raised (flapping: cleared and back within the window)
    acked_at: float | None = None
    acked_by: str = ""
    cleared_at: float | None = None
    id: int | None = None  # the store's row id, when read from the store

    @property
    def key(self) -> tuple[str, str, int | None]:
        return (self.imei, self.kind, self.channel)

    @property
    def severity(self) -> str:
        return SEVERITY.get(self.kind, "minor")

    @property
    def is_open(self) -> bool:
        return self.cleared_at is None


@dataclass(frozen=True, slots=True)
class AlarmEvent(Event):
    """An alarm's new state; ``alarm`` is a snapshot after the change."""

    alarm: Alarm


@dataclass(frozen=True, slots=True)
class AlarmRaised(AlarmEvent):
    """Raised, or (``alarm.count`` > 1) raised again within the flapping window."""


@dataclass(frozen=True, slots=True)
class AlarmAcked(AlarmEvent):
    pass


@dataclass(frozen=True, slots=True)
class AlarmCleared(AlarmEvent):
    pass


@dataclass(slots=True)
class _Module:
    """What the rules remember of one module between changes."""

    online: bool = False
    online_since: float = 0.0
    last_frame: float | None = None
    packnum: int | None = None
    err_counts: tuple[int, int, int] | None = None
    skew_checked_at: float | None = None
    watched: bool = False  # has an entry in AlarmBook's no-data heap
    bad_sensors: set[int] = field(default_factory=set)  # no thresholds on these channels
    high: set[int] = field(default_factory=set)
    low: set[int] = field(default_factory=set)


def channel_name(k: int) -> str:
    """'CH4 (bus 1, position 2)'."""
    return f"CH{k + 1} (bus {bus_of(k)}, position {position_of(k)})"


def device_epoch(text: str, utc_offset: float | None) -> float | None:
    """Unix seconds of a device time text ('YYYY-MM-DD HH:MM:SS', local to the device),
    None if it is not one."""
    try:
        parts = time.strptime(text.strip(), DEVICE_TIME_FORMAT)
    except ValueError:
        return None
    if utc_offset is None:
        return time.mktime(parts)
    return calendar.timegm(parts) - utc_offset


class AlarmBook:
    """The alarms and the rules' memory; see the module docstring.

    Time-outs are deadline-driven, so that a tick costs O(what is due), not O(modules):
    the no-data rule keeps one heap entry per online module, keyed by the time its
    silence started as of when the entry was pushed. A push_msg only updates the
    module (no heap work on the hot path); when the entry comes due, a module that
    reported meanwhile is pushed back with its newer time (at most once per time-out
    period), one that is silent raises ``no_data``. Keying by the start of the silence,
    not by a deadline, lets a changed ``no_data_minutes`` apply to every entry at once.
    Cleared alarms are forgotten after the flapping window the same way.
    """

    def __init__(self, rules: AlarmRules | None = None, known: Iterable[Alarm] = ()) -> None:
        self._rules = rules or AlarmRules()
        self._limits = self._make_limits(CalibrationTable(), ThresholdTable())
        self._open: dict[tuple[str, str, int | None], Alarm] = {}
        self._recent: dict[tuple[str, str, int | None], Alarm] = {}  # cleared, may flap back
        self._modules: dict[str, _Module] = {}
        self._silent_since: list[tuple[float, str]] = []  # heap: (silent since, imei)
        self._cleared: list[tuple[float, int, tuple[str, str, int | None]]] = []  # heap
        self._seq = itertools.count()  # heap tie-breaker: keys do not compare (None vs int)
        for alarm in known:  # open alarms from the store, at start-up
            if alarm.is_open:
                self._open[alarm.key] = alarm

    # ------------------------------------------------------------ limits
    @property
    def rules(self) -> AlarmRules:
        return self._rules

    @rules.setter
    def rules(self, rules: AlarmRules) -> None:
        self._rules = rules
        self._limits = self._make_limits(self._limits.calibration, self._limits.thresholds)

    @property
    def limits(self) -> ModuleLimits:
        """The thresholds in force, per module and channel, in raw counts."""
        return self._limits

    def set_units(self, calibration: CalibrationTable, thresholds: ThresholdTable) -> None:
        """New calibration or thresholds (the next frames are checked against them)."""
        self._limits = self._make_limits(calibration, thresholds)

    def _make_limits(
        self, calibration: CalibrationTable, thresholds: ThresholdTable
    ) -> ModuleLimits:
        rules = self._rules
        high, low = rules.threshold_high, rules.threshold_low
        default = None if high is None and low is None else Threshold(high, low)
        return ModuleLimits(calibration, thresholds, default, rules.hysteresis)

    # ------------------------------------------------------------ reading
    def open_alarms(self) -> list[Alarm]:
        return list(self._open.values())

    def get(self, key: tuple[str, str, int | None]) -> Alarm | None:
        return self._open.get(key)

    # ------------------------------------------------------------ lifecycle
    def _set(
        self,
        key: tuple[str, str, int | None],
        active: bool,
        now: float,
        detail: str,
        out: list[AlarmEvent],
    ) -> None:
        cur = self._open.get(key)
        if active:
            if cur is not None:
                return
            old = self._recent.pop(key, None)
            cleared_at = old.cleared_at if old is not None else None
            if (
                old is not None
                and cleared_at is not None
                and now - cleared_at <= self.rules.flap_window
            ):
                alarm = replace(old, cleared_at=None, count=old.count + 1, detail=detail)
                self._open[key] = alarm
                out.append(AlarmRaised(alarm))
                return
            alarm = Alarm(key[0], key[1], key[2], now, detail)
            self._open[key] = alarm
            out.append(AlarmRaised(alarm))
        elif cur is not None:
            alarm = replace(cur, cleared_at=now)
            del self._open[key]
            self._recent[key] = alarm
            heapq.heappush(self._cleared, (now, next(self._seq), key))
            out.append(AlarmCleared(alarm))

    def acknowledge(
        self, keys: Iterable[tuple[str, str, int | None]], user: str, now: float
    ) -> list[AlarmEvent]:
        """The engineer saw these open alarms (already acknowledged ones are left alone)."""
        out: list[AlarmEvent] = []
        for key in keys:
            cur = self._open.get(key)
            if cur is not None and cur.acked_at is None:
                alarm = self._open[key] = replace(cur, acked_at=now, acked_by=user)
                out.append(AlarmAcked(alarm))
        return out

    # ------------------------------------------------------------ rules
    def _module(self, imei: str) -> _Module:
        mod = self._modules.get(imei)
        if mod is None:
            mod = self._modules[imei] = _Module()
        return mod

    def _watch(self, imei: str, mod: _Module) -> None:
        """Make sure the no-data rule will look at this (online) module."""
        if not mod.watched:
            mod.watched = True
            heapq.heappush(self._silent_since, (self._silence_start(mod), imei))

    @staticmethod
    def _silence_start(mod: _Module) -> float:
        return max(mod.last_frame or 0.0, mod.online_since)

    def on_change(self, change: Event, now: float) -> list[AlarmEvent]:
        """The alarms a domain change raises or clears."""
        out: list[AlarmEvent] = []
        if type(change) is FrameReceived:  # nearly every change: no match over the others
            self._frame(change, now, out)
            return out
        rules = self.rules
        match change:
            case DeviceOnline(imei=imei):
                mod = self._module(imei)
                mod.online, mod.online_since = True, now
                self._watch(imei, mod)
                self._set((imei, "offline", None), False, now, "", out)
            case DeviceOffline(imei=imei, cause=cause):
                mod = self._module(imei)
                mod.online = False
                self._set((imei, "no_data", None), False, now, "", out)
                if rules.offline and cause != "shutdown":
                    self._set((imei, "offline", None), True, now, cause, out)
            case SensorChanged(imei=imei):
                self._packnum(imei, change.packnum, now, out)
                if rules.sensors:
                    self._sensors(change, now, out)
            case FrameReceived(imei=imei):
                self._frame(change, now, out)
            case InfoReceived(imei=imei, err_counts=counts) if counts is not None:
                mod = self._module(imei)
                before, mod.err_counts = mod.err_counts, counts
                if rules.rs485_errors and before is not None:
                    rose = [
                        f"bus {b + 1} +{n - o}"
                        for b, (o, n) in enumerate(zip(before, counts, strict=True))
                        if n > o
                    ]
                    self._set((imei, "rs485_errors", None), bool(rose), now, ", ".join(rose), out)
        return out

    def on_frame(self, change: FrameReceived, now: float) -> list[AlarmEvent]:
        """``on_change`` of a frame (the server's once-a-packet call), without the dispatch."""
        out: list[AlarmEvent] = []
        self._frame(change, now, out)
        return out

    def _packnum(self, imei: str, packnum: int, now: float, out: list[AlarmEvent]) -> None:
        """push_msg and push_online share one packnum sequence."""
        mod = self._module(imei)
        last, mod.packnum = mod.packnum, packnum
        if not self.rules.packet_gap or last is None:
            return
        if packnum > last + 1:
            lost = packnum - last - 1
            detail = f"{lost} packet(s) lost between packnum {last} and {packnum}"
            self._set((imei, "packet_gap", None), True, now, detail, out)
        elif packnum == last + 1:
            self._set((imei, "packet_gap", None), False, now, "", out)
        # lower: the module restarted its count (a reboot starts at 0): no gap

    def _sensors(self, change: SensorChanged, now: float, out: list[AlarmEvent]) -> None:
        imei = change.imei
        mod = self._module(imei)
        for k, state in change.st.items():
            kind = _KIND_OF_SENSOR.get(state.kind, "sensor_unknown")
            (mod.bad_sensors.discard if kind is None else mod.bad_sensors.add)(k)
            for other in _SENSOR_KINDS:
                if other != kind:
                    self._set((imei, other, k), False, now, "", out)
            if kind is not None:
                detail = f"{channel_name(k)}: status {state.raw}"
                self._set((imei, kind, k), True, now, detail, out)
        for k, crystal in change.dt.items():
            fault = crystal.fault is not False
            detail = f"{channel_name(k)}: crystal status {crystal.raw}"
            self._set((imei, "crystal", k), fault, now, detail, out)

    def _frame(self, change: FrameReceived, now: float, out: list[AlarmEvent]) -> None:
        # Once a packet: the calls that change nothing (no alarm open to clear, the
        # next packnum, no thresholds) are skipped by their own tests, inlined.
        rules, imei = self._rules, change.imei
        mod = self._modules.get(imei)
        if mod is None:
            mod = self._module(imei)
        mod.last_frame = now
        if not mod.watched and mod.online:  # its no_data was raised: watch it again
            self._watch(imei, mod)
        opened = self._open
        if (imei, "no_data", None) in opened:
            self._set((imei, "no_data", None), False, now, "", out)
        packnum, last = change.packnum, mod.packnum
        if last is not None and packnum == last + 1 and (imei, "packet_gap", None) not in opened:
            mod.packnum = packnum  # what _packnum does here: nothing to clear
        else:
            self._packnum(imei, packnum, now, out)
        checked = mod.skew_checked_at
        every = rules.clock_check_every
        if rules.clock_skew_seconds > 0 and (checked is None or now - checked >= every):
            mod.skew_checked_at = now
            at = device_epoch(change.device_time, rules.device_utc_offset)
            if at is not None:
                skew = at - change.received_at
                detail = f"device clock {skew:+.0f} s off"
                self._set(
                    (imei, "clock_skew", None),
                    abs(skew) > rules.clock_skew_seconds,
                    now,
                    detail,
                    out,
                )
        if self._limits.any or mod.high or mod.low:
            self._thresholds(change, mod, now, out)

    def _thresholds(
        self, change: FrameReceived, mod: _Module, now: float, out: list[AlarmEvent]
    ) -> None:
        limits = self._limits
        if not limits.any and not mod.high and not mod.low:
            return
        imei, per = change.imei, limits.for_module(change.imei)
        ks = [k for k in sorted(change.channels) if 0 <= k < len(per)]
        for k, st in zip(ks, frame_stats([change.channels[k] for k in ks]), strict=True):
            if st.n == 0 or st.max is None or st.min is None or k in mod.bad_sensors:
                continue  # a sensor that is not online reads nothing worth a threshold
            lim, name = per[k], channel_name(k)
            # A limit removed while its alarm is open: the condition is gone, so it clears.
            on = lim is not None and lim.above_high(st.min, st.max, k in mod.high)
            (mod.high.add if on else mod.high.discard)(k)
            if lim is not None and lim.high is not None:
                detail = lim.describe(name, lim.highest(st.min, st.max), ">", lim.high)
                self._set((imei, "threshold_high", k), on, now, detail, out)
            elif not on:
                self._set((imei, "threshold_high", k), False, now, "", out)
            on = lim is not None and lim.below_low(st.min, st.max, k in mod.low)
            (mod.low.add if on else mod.low.discard)(k)
            if lim is not None and lim.low is not None:
                detail = lim.describe(name, lim.lowest(st.min, st.max), "<", lim.low)
                self._set((imei, "threshold_low", k), on, now, detail, out)
            elif not on:
                self._set((imei, "threshold_low", k), False, now, "", out)

    def tick(self, now: float) -> list[AlarmEvent]:
        """Timeouts: no push_msg from an online module for ``no_data_minutes``.

        Costs O(entries due, log n): see the class docstring."""
        out: list[AlarmEvent] = []
        limit = self.rules.no_data_minutes * 60
        if limit <= 0:
            return out  # entries wait in the heap until the rule is on again
        heap = self._silent_since
        while heap and now - heap[0][0] > limit:
            _, imei = heapq.heappop(heap)
            mod = self._modules[imei]
            if not mod.online:
                mod.watched = False  # DeviceOnline watches it again
                continue
            since = self._silence_start(mod)
            if now - since <= limit:  # it reported since the entry was pushed
                heapq.heappush(heap, (since, imei))
                continue
            mod.watched = False  # its next push_msg watches it again
            if (imei, "no_data", None) not in self._open:
                detail = f"no push_msg for {(now - since) / 60:.0f} min"
                self._set((imei, "no_data", None), True, now, detail, out)
        return out

    def forget_recent(self, now: float) -> None:
        """Drop cleared alarms older than the flapping window (bounded memory).

        Costs O(alarms due, log n): the cleared ones wait in a heap by clearing time."""
        window = self.rules.flap_window
        heap = self._cleared
        while heap and now - heap[0][0] > window:
            cleared_at, _, key = heapq.heappop(heap)
            alarm = self._recent.get(key)
            if alarm is not None and alarm.cleared_at == cleared_at:
                del self._recent[key]  # not flapped back (that popped it) nor cleared again
