"""The alarm list's cost per UI tick (issue 12): the real ``AlarmPanel`` offscreen, sized as
in the 1024x700 window, with N open alarms.

For each N it measures, in ms of the UI thread (``refresh()`` plus the repaint it causes,
``processEvents``), median and max of the rounds:
- ``age``: a tick on which only the durations age (once a second);
- ``raise_burst``: a tick applying N/10 new alarms;
- ``clear_burst``: a tick applying N/10 clears;
- ``idle``: a tick with nothing to do.
It also counts the model's ``data()`` calls per aging tick: bounded by the visible rows,
not by N, if the tick is O(changes).

    python benchmarks/bench_alarm_panel.py [--alarms 100,1000,5000] [--rounds 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _common import emit, loadavg, machine
from PySide6.QtWidgets import QApplication

from fourgmon.domain.alarms import Alarm, AlarmCleared, AlarmRaised
from fourgmon.domain.registry import DeviceRegistry
from fourgmon.gui import alarm_panel
from fourgmon.gui.alarm_panel import AlarmPanel

CALLS = [0]


class CountingModel(alarm_panel.AlarmTableModel):  # type: ignore[misc]
    """The panel's model, counting data() calls (Qt dispatches to the subclass)."""

    def data(self, index: Any, role: Any = 0) -> Any:
        CALLS[0] += 1
        return super().data(index, role)


alarm_panel.AlarmTableModel = CountingModel  # the panel builds its model from this name

KINDS = ("clock_skew", "offline", "interference", "packet_gap", "no_data")


def alarm(i: int, t0: float) -> Alarm:
    return Alarm(
        imei=f"8655010400{i:05d}",
        kind=KINDS[i % len(KINDS)],
        channel=(i % 9) if i % 3 == 0 else None,
        raised_at=t0 - 7 * i,
        detail=f"detail of alarm {i}: the device clock is 600 s ahead",
        count=1 + i % 4,
    )


def force_age(panel: AlarmPanel) -> None:
    """Make the next refresh the once-a-second aging tick (either tree's attribute)."""
    for obj, name in ((panel, "_aged_at"), (panel.model, "_last_tick")):
        if hasattr(obj, name):
            setattr(obj, name, 0.0)


def tick(app: QApplication, panel: AlarmPanel) -> float:
    t0 = time.perf_counter()
    panel.refresh()
    app.processEvents()
    return (time.perf_counter() - t0) * 1000.0


def measure(app: QApplication, n: int, rounds: int) -> dict[str, Any]:
    panel = AlarmPanel(DeviceRegistry(), lambda keys: 0)
    panel.resize(500, 220)  # the alarm panel's share of the 1024x700 window
    panel.show()
    app.processEvents()
    now = time.time()
    alarms = [alarm(i, now) for i in range(n)]
    for a in alarms:
        panel.on_event(AlarmRaised(a))
    first = tick(app, panel)
    calls = CALLS
    out: dict[str, list[float]] = {"age": [], "raise_burst": [], "clear_burst": [], "idle": []}
    data_calls: list[int] = []
    burst = max(1, n // 10)
    extra = [alarm(n + i, now) for i in range(burst)]
    for _ in range(rounds):
        force_age(panel)
        calls[0] = 0
        out["age"].append(tick(app, panel))
        data_calls.append(calls[0])
        out["idle"].append(tick(app, panel))
        for a in extra:
            panel.on_event(AlarmRaised(a))
        out["raise_burst"].append(tick(app, panel))
        for a in extra:
            panel.on_event(AlarmCleared(a))
        out["clear_burst"].append(tick(app, panel))
    panel.close()
    panel.deleteLater()
    app.processEvents()
    result: dict[str, Any] = {"alarms": n, "first_fill_ms": round(first, 2)}
    for name, values in out.items():
        result[f"{name}_ms_median"] = round(statistics.median(values), 3)
        result[f"{name}_ms_max"] = round(max(values), 3)
    result["data_calls_per_age_tick_median"] = statistics.median(data_calls)
    return result


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--alarms", default="100,1000,5000")
    p.add_argument("--rounds", type=int, default=7)
    args = p.parse_args()
    app = QApplication.instance() or QApplication([])
    sizes = [int(x) for x in args.alarms.split(",")]
    emit(
        {
            "benchmark": "alarm_panel_tick",
            "machine": machine(),
            "load_at_start": loadavg(),
            "rounds": args.rounds,
            "results": [measure(app, n, args.rounds) for n in sizes],  # type: ignore[arg-type]
            "load_at_end": loadavg(),
        }
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
