"""The alarm list's UI tick is O(changes): aging durations once a second asks data() of
the visible cells only, whatever the number of open alarms, and a burst of events is
applied in blocks with the rows and their index kept consistent.

(Before: every aging tick emitted dataChanged over all rows and the header re-measured
every column from its contents: 5,052 data() calls with 100 alarms, 24,252 with 1,000;
`benchmarks/bench_alarm_panel.py` has the times.)
"""

from __future__ import annotations

import dataclasses
import time
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from fourgmon.domain.alarms import Alarm, AlarmAcked, AlarmCleared, AlarmRaised
from fourgmon.domain.registry import DeviceRegistry
from fourgmon.gui import alarm_panel
from fourgmon.gui.alarm_panel import AlarmPanel, AlarmTableModel


class CountingModel(AlarmTableModel):
    calls = 0

    def data(self, index: Any, role: Any = 0) -> Any:
        CountingModel.calls += 1
        return super().data(index, role)


def make_alarm(i: int, raised_at: float, kind: str = "clock_skew") -> Alarm:
    return Alarm(imei=f"8655010400{i:05d}", kind=kind, channel=None, raised_at=raised_at)


@pytest.fixture
def panel(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(alarm_panel, "AlarmTableModel", CountingModel)
    made: list[AlarmPanel] = []

    def make() -> AlarmPanel:
        p = AlarmPanel(DeviceRegistry(), lambda keys: len(keys))
        p.resize(500, 220)
        p.show()
        qapp.processEvents()
        made.append(p)
        return p

    yield make
    for p in made:
        p.close()
        p.deleteLater()
    qapp.processEvents()


def aging_tick_calls(qapp: QApplication, p: AlarmPanel) -> int:
    p._aged_at = 0.0  # the next refresh is the once-a-second one
    CountingModel.calls = 0
    p.refresh()
    qapp.processEvents()
    return CountingModel.calls


def test_aging_asks_the_visible_cells_only(qapp: QApplication, panel: Any) -> None:
    now = time.time()
    calls = {}
    for n in (20, 2000):
        p = panel()
        for i in range(n):
            p.on_event(AlarmRaised(make_alarm(i, now - i)))
        p.refresh()
        qapp.processEvents()
        assert p.model.rowCount() == n
        calls[n] = aging_tick_calls(qapp, p)
    assert calls[20] > 0, "the aging tick repainted nothing"
    assert calls[2000] < 500, calls
    assert calls[2000] <= 2 * calls[20], calls


def test_a_duration_that_outgrows_its_column_gets_room(qapp: QApplication, panel: Any) -> None:
    p = panel()
    clock = [1_000_000.0]
    p.model._clock = lambda: clock[0]
    p.on_event(AlarmRaised(dataclasses.replace(make_alarm(1, clock[0] - 9), count=12)))
    p.refresh()
    qapp.processEvents()
    column = AlarmTableModel.AGE if p.compact else AlarmTableModel.DURATION
    narrow = p.view.columnWidth(column)
    clock[0] += 23 * 3600 + 59 * 60  # "9 s" -> "23 h 59 min"
    assert p.view.sizeHintForColumn(column) > narrow  # the new text needs more room
    aging_tick_calls(qapp, p)
    assert p.view.columnWidth(column) >= p.view.sizeHintForColumn(column) > narrow


def test_a_burst_keeps_rows_and_index_consistent(qapp: QApplication, panel: Any) -> None:
    p = panel()
    now = time.time()
    alarms = [make_alarm(i, now - i) for i in range(300)]
    for a in alarms:
        p.on_event(AlarmRaised(a))
    p.refresh()
    # One tick: clear every other alarm, ack some of the rest, raise new ones, and raise
    # and clear one within the same tick (it must not appear).
    for a in alarms[::2]:
        p.on_event(AlarmCleared(a))
    acked = alarms[1::2][:20]
    for a in acked:
        p.on_event(AlarmAcked(dataclasses.replace(a, acked_at=now, acked_by="eng")))
    fresh = [make_alarm(1000 + i, now) for i in range(50)]
    for a in fresh:
        p.on_event(AlarmRaised(a))
    fleeting = make_alarm(5000, now)
    p.on_event(AlarmRaised(fleeting))
    p.on_event(AlarmCleared(fleeting))
    assert p.model.refresh()
    keys = [a.key for a in p.model.alarms()]
    expected = {a.key for a in alarms[1::2]} | {a.key for a in fresh}
    assert set(keys) == expected and len(keys) == len(expected)
    for row, a in enumerate(p.model.alarms()):
        assert p.model._row_of[a.key] == row
    assert sum(a.acked_at is not None for a in p.model.alarms()) == len(acked)
    assert p.proxy.rowCount() == len(expected)
