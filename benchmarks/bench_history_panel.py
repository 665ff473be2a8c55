"""The history panel on 30 days (issue 14): range load and zoom times, UI-thread stalls.

Builds the store of ``bench_history.py`` (``--modules`` modules x ``--days`` days at
one packet per ``--interval`` s, through the writer's batch path ``apply_records``),
then, for its first module:

- queries: each of the panel's queries (``fourgmon.store.history``) over the whole
  range, and the zoomed-in levels (every frame's stats over 6 h and 1 h), wall and
  CPU time, median of ``--rounds``;
- panel: a real ``HistoryPanel`` (offscreen Qt, 1024x700) on the store: the time from
  choosing the 30-day range until every query's result is drawn, then zooming to 6 h,
  1 h and back out (until the finer level is drawn), and the longest the UI thread
  went without running its event loop meanwhile (a 5 ms timer), i.e. how long the
  window would have been frozen; each step ``--rounds`` times, the median round shown
  (and the worst stall of all rounds).

Prints one JSON object (and writes it to ``--out``).

    .venv/bin/python benchmarks/bench_history_panel.py [--modules 10] [--days 30] [--out FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_history import DAY, T_START, build
from fourgmon.store import Store
from fourgmon.store import history as h

HOUR = 3600.0


def timed(fn: Any, rounds: int) -> dict[str, float]:
    """Median wall and CPU seconds of ``rounds`` calls."""
    walls, cpus = [], []
    for _ in range(rounds):
        w, c = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return {"s": round(statistics.median(walls), 4), "cpu_s": round(statistics.median(cpus), 4)}


def queries(store: Store, imei: str, since: float, until: float, rounds: int) -> dict[str, Any]:
    mid = (since + until) / 2
    out: dict[str, Any] = {}
    out["trend_30d"] = timed(lambda: h.trend(store, imei, since, until, 1000), rounds)
    out["packet_times_30d"] = timed(lambda: h.packet_times(store, imei, since, until), rounds)
    out["events_30d"] = timed(lambda: h.events(store, imei, since, until), rounds)
    out["completeness_30d"] = timed(lambda: h.completeness(store, imei, since, until), rounds)
    out["view_rollups_1d"] = timed(lambda: h.trend(store, imei, mid, mid + DAY, 2000), rounds)
    out["view_frames_6h"] = timed(
        lambda: h.frame_trend(store, imei, mid, mid + 6 * HOUR, 2000), rounds
    )
    out["view_frames_1h"] = timed(lambda: h.frame_trend(store, imei, mid, mid + HOUR, 2000), rounds)
    out["browser_step"] = timed(lambda: list(store.frames(imei, mid, mid + 90)), rounds)
    out["packets_30d"] = len(h.packet_times(store, imei, since, until))
    return out


def panel(store: Store, imei: str, since: float, until: float, rounds: int) -> dict[str, Any]:
    """The real panel: load and zoom times, and the UI thread's longest stall."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from fourgmon.gui.history_panel import HistoryPanel

    app = QApplication.instance() or QApplication([])
    p = HistoryPanel(clock=lambda: until)
    p.resize(1024, 700)
    p.show()
    p.set_store(store)
    p.set_module(imei)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()

    def until_idle(start: float) -> float:
        while p.busy() or p._settle.isActive():
            app.processEvents()
            time.sleep(0.001)
        app.processEvents()
        return round(time.perf_counter() - start, 4)

    def stall(mark: int) -> float:
        gaps = [b - a for a, b in zip(ticks[mark:], ticks[mark + 1 :], strict=False)]
        return round(max(gaps, default=0.0), 4)

    out: dict[str, Any] = {}
    until_idle(time.perf_counter())
    steps = [
        ("load_30d", lambda: p.set_range(since, until)),
        ("zoom_6h", lambda: p.plots.set_x_range(until - 6 * HOUR, until)),
        ("zoom_1h", lambda: p.plots.set_x_range(until - 2 * HOUR, until - HOUR)),
        ("pan_1h", lambda: p.plots.set_x_range(until - 3 * HOUR, until - 2 * HOUR)),
        ("zoom_out_7d", lambda: p.plots.set_x_range(until - 7 * DAY, until)),
        ("zoom_out_30d", lambda: p.plots.set_x_range(since, until)),
    ]
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name, _ in steps}
    for _ in range(rounds):
        p.set_range(since, since + DAY)  # somewhere else first: every round loads anew
        until_idle(time.perf_counter())
        for name, action in steps:
            mark = len(ticks)
            start = time.perf_counter()
            action()
            took = until_idle(start)
            runs[name].append(
                {"s": took, "ui_stall_s": stall(mark), "level": p.level,
                 "points_ch0": p.plots.point_count(0)}
            )  # fmt: skip
    for name, done in runs.items():  # the median round of each step (by its time)
        out[name] = sorted(done, key=lambda r: r["s"])[len(done) // 2]
        out[name]["ui_stall_max_s"] = max(r["ui_stall_s"] for r in done)
    out["plot_width_px"] = p.plots.plot_width()
    out["query_s"] = {k: round(v, 4) for k, v in p.timings.items()}
    timer.stop()
    p.shutdown()
    p.close()
    p.deleteLater()
    app.processEvents()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--modules", type=int, default=10)
    ap.add_argument("--days", type=float, default=30.0)
    ap.add_argument("--interval", type=float, default=10.0)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--keep", type=Path, default=None, help="build the store here and keep it")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument(
        "--switch-interval",
        type=float,
        default=None,
        help="sys.setswitchinterval (s) for the run: how long the UI thread may wait for the GIL",
    )
    args = ap.parse_args()
    if args.switch_interval is not None:
        sys.setswitchinterval(args.switch_interval)
    result: dict[str, Any] = {
        "bench": "history_panel",
        "modules": args.modules,
        "days": args.days,
        "interval_s": args.interval,
        "python": platform.python_version(),
        "switch_interval_s": sys.getswitchinterval(),
        "loadavg_at_start": [round(x, 2) for x in os.getloadavg()],
    }
    with tempfile.TemporaryDirectory(prefix="bench-history-panel-") as tmp:
        data = args.keep or Path(tmp)
        data.mkdir(parents=True, exist_ok=True)
        db = data / "fourgmon.sqlite3"
        if not db.exists():
            result["build"] = build(db, args.modules, args.days, args.interval)
        imei = f"86{0:013d}"
        since, until = T_START, T_START + args.days * DAY
        store = Store.open(data, readonly=True)
        try:
            result["queries"] = queries(store, imei, since, until, args.rounds)
            print(json.dumps({"queries": result["queries"]}), file=sys.stderr)
            result["panel"] = panel(store, imei, since, until, args.rounds)
        finally:
            asyncio.run(store.close())
    result["loadavg_at_end"] = [round(x, 2) for x in os.getloadavg()]
    text = json.dumps(result)
    print(text)
    if args.out is not None:
        args.out.write_text(json.dumps(result, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
