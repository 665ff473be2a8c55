"""The alarm book's time-outs on a stepped clock: deadline-driven, a tick costs O(due).

The registry's own changes feed the book; the clock is a number the test steps.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from fourgmon.domain.alarms import AlarmBook, AlarmCleared, AlarmEvent, AlarmRaised, AlarmRules
from fourgmon.domain.registry import DeviceRegistry
from fourgmon.protocol.messages import PushMsg

T0 = 1_700_000_000.0
MIN = 60.0


class CountingDict(dict):  # type: ignore[type-arg]
    """The book's per-module memory, counting how often a tick looks a module up."""

    looked_up = 0

    def __getitem__(self, key: str):  # type: ignore[no-untyped-def]
        CountingDict.looked_up += 1
        return super().__getitem__(key)


class Fleet:
    """Modules fed through a real registry into one book, on a stepped clock."""

    def __init__(self, rules: AlarmRules, n: int) -> None:
        self.reg = DeviceRegistry()
        self.book = AlarmBook(rules)
        self.imeis = [f"86550104{i:07d}" for i in range(n)]
        self.packnum = dict.fromkeys(self.imeis, 0)
        self.events: list[AlarmEvent] = []

    def _feed(self, changes: list, now: float) -> None:  # type: ignore[type-arg]
        for change in changes:
            self.events += self.book.on_change(change, now)

    def online(self, imei: str, now: float) -> None:
        self._feed(self.reg.online(imei, "peer", now), now)

    def offline(self, imei: str, now: float) -> None:
        self._feed(self.reg.offline(imei, now, "heartbeat timeout"), now)

    def push(self, imei: str, now: float) -> None:
        self.packnum[imei] += 1
        msg = PushMsg(imei, self.packnum[imei], "", {0: np.full(50, 100, dtype=np.uint16)})
        self._feed(self.reg.apply(msg, now), now)

    def tick(self, now: float) -> list[AlarmEvent]:
        out = self.book.tick(now)
        self.book.forget_recent(now)
        self.events += out
        return out

    def of(self, cls: type, kind: str = "no_data") -> list[str]:
        return [e.alarm.imei for e in self.events if isinstance(e, cls) and e.alarm.kind == kind]


def steps(start: float, end: float, every: float) -> Iterator[float]:
    t = start
    while t <= end:
        yield t
        t += every


def rules(**kw: float) -> AlarmRules:
    return AlarmRules(clock_skew_seconds=0, **kw)  # type: ignore[arg-type]


def test_modules_that_report_never_time_out_and_a_silent_one_times_out_once() -> None:
    fleet = Fleet(rules(no_data_minutes=5), 3)
    quiet, chatty = fleet.imeis[0], fleet.imeis[1:]
    for imei in fleet.imeis:
        fleet.online(imei, T0)
    for now in steps(T0 + 10, T0 + 60 * MIN, 10):
        if (now - T0) % 60 == 0:
            for imei in chatty:
                fleet.push(imei, now)
        fleet.tick(now)
    assert fleet.of(AlarmRaised) == [quiet]  # once, after 5 minutes, not every tick
    (alarm,) = (e.alarm for e in fleet.events if isinstance(e, AlarmRaised))
    assert 5 * MIN < alarm.raised_at - T0 <= 5 * MIN + 10
    fleet.push(quiet, T0 + 61 * MIN)
    assert fleet.of(AlarmCleared) == [quiet]
    for now in steps(T0 + 61 * MIN + 10, T0 + 70 * MIN, 10):
        if (now - T0) % 60 == 0:
            for imei in chatty:
                fleet.push(imei, now)
        fleet.tick(now)
    assert fleet.of(AlarmRaised) == [quiet, quiet]  # it is watched again after its push_msg


def test_a_tick_looks_only_at_the_modules_that_are_due() -> None:
    n = 10_000
    fleet = Fleet(rules(no_data_minutes=5), n)
    fleet.book._modules = CountingDict(fleet.book._modules)
    for i, imei in enumerate(fleet.imeis):
        fleet.online(imei, T0 + i / n)  # staggered over one second
    looked: list[int] = []
    for now in steps(T0 + 10, T0 + 4 * MIN, 10):  # nobody is due before 5 minutes
        CountingDict.looked_up = 0
        assert fleet.tick(now) == []
        looked.append(CountingDict.looked_up)
    assert looked == [0] * len(looked)
    silent = set(fleet.imeis[:100])
    for imei in fleet.imeis[100:]:
        fleet.push(imei, T0 + 4 * MIN)
    CountingDict.looked_up = 0
    raised = fleet.tick(T0 + 5 * MIN + 2)  # the 100 silent ones, and every other entry due
    assert {e.alarm.imei for e in raised} == silent
    first = CountingDict.looked_up
    assert first == n  # every entry came due once: 100 raised, the rest pushed back
    CountingDict.looked_up = 0
    for now in steps(T0 + 5 * MIN + 12, T0 + 9 * MIN, 10):  # nothing is due again before 9 min
        assert fleet.tick(now) == []
    assert CountingDict.looked_up == 0


def test_a_changed_time_out_applies_to_modules_already_watched() -> None:
    fleet = Fleet(rules(no_data_minutes=30), 2)
    a, b = fleet.imeis
    fleet.online(a, T0)
    fleet.online(b, T0)
    fleet.push(b, T0 + 9 * MIN)
    assert fleet.tick(T0 + 8 * MIN) == []
    fleet.book.rules = rules(no_data_minutes=5)  # Settings: shorter
    assert [e.alarm.imei for e in fleet.tick(T0 + 10 * MIN)] == [a]
    assert [e.alarm.imei for e in fleet.tick(T0 + 14 * MIN + 1)] == [b]
    fleet.book.rules = rules(no_data_minutes=0)  # off
    fleet.push(a, T0 + 15 * MIN)
    assert fleet.tick(T0 + 60 * MIN) == []
    fleet.book.rules = rules(no_data_minutes=20)  # on again: the waiting entries count
    assert [e.alarm.imei for e in fleet.tick(T0 + 60 * MIN + 10)] == [a]


def test_an_offline_module_is_not_timed_out_and_is_watched_again_when_back() -> None:
    fleet = Fleet(rules(no_data_minutes=5), 1)
    (imei,) = fleet.imeis
    fleet.online(imei, T0)
    fleet.offline(imei, T0 + MIN)
    for now in steps(T0 + 10, T0 + 30 * MIN, 10):
        fleet.tick(now)
    assert fleet.of(AlarmRaised) == []
    fleet.online(imei, T0 + 31 * MIN)
    fleet.offline(imei, T0 + 32 * MIN)
    fleet.online(imei, T0 + 33 * MIN)  # back: silent since its last connection
    assert fleet.tick(T0 + 37 * MIN) == []
    assert [e.alarm.imei for e in fleet.tick(T0 + 38 * MIN + 1)] == [imei]


def test_cleared_alarms_are_forgotten_after_the_flapping_window_only() -> None:
    fleet = Fleet(rules(no_data_minutes=0, flap_window=5 * MIN), 2)
    a, b = fleet.imeis
    for imei in (a, b):
        fleet.online(imei, T0)
        fleet.offline(imei, T0 + 1)
        fleet.online(imei, T0 + 2)  # cleared at T0 + 2
    fleet.offline(a, T0 + 4 * MIN)  # a flaps back within the window...
    fleet.online(a, T0 + 4 * MIN + 1)  # ...and clears again at T0 + 4 min + 1
    fleet.tick(T0 + 5 * MIN + 3)  # b's clearing is out of the window; a's second is not
    assert set(fleet.book._recent) == {(a, "offline", None)}
    fleet.offline(a, T0 + 9 * MIN)
    assert [e.alarm.count for e in fleet.events if isinstance(e, AlarmRaised)][-1] == 3
    fleet.offline(b, T0 + 9 * MIN)
    assert [e.alarm.count for e in fleet.events if isinstance(e, AlarmRaised)][-1] == 1
