"""Cost of one UI tick of the plot panel with all nine curves changed, per y-range mode.

Each tick feeds one FrameReceived with nine new 50-sample channels, calls
``PlotPanel.refresh()`` and then forces the paint (``processEvents`` on a shown
widget, offscreen). Reported per mode (auto / fixed / fit once): p50 and p95 of the
``refresh()`` time and of refresh + paint, in ms, each the median over the rounds.
A trend-tab tick (all nine trends at 20k points each) is measured too. Prints JSON.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_plot_refresh.py [--rounds 5] [--ticks 120]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pyqtgraph as pg
import PySide6
from PySide6.QtWidgets import QApplication

from fourgmon.gui.plot_panel import PlotPanel, RangeMode
from fourgmon.server.events import FrameReceived

IMEI = "865501040783269"


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _frames(count: int) -> list[dict[int, np.ndarray]]:
    rng = np.random.default_rng(7)
    base = np.arange(50)
    return [
        {
            k: (
                30000 + 3000 * np.sin(base / 6 + i / 5 + k) + rng.normal(0, 200 + 50 * i % 7, 50)
            ).astype(np.uint16)
            for k in range(9)
        }
        for i in range(count)
    ]


def _round(app: QApplication, panel: PlotPanel, frames: list[dict[int, np.ndarray]]) -> dict:
    refresh_ms: list[float] = []
    tick_ms: list[float] = []
    start_at = time.time()
    for i, channels in enumerate(frames):
        panel.on_event(FrameReceived(IMEI, i, "", start_at + i * 0.05, channels, None, None))
        t0 = time.perf_counter()
        panel.refresh()
        t1 = time.perf_counter()
        app.processEvents()  # the paint the refresh scheduled
        t2 = time.perf_counter()
        refresh_ms.append((t1 - t0) * 1000)
        tick_ms.append((t2 - t0) * 1000)
    return {
        "refresh_p50": _pct(refresh_ms, 0.5),
        "refresh_p95": _pct(refresh_ms, 0.95),
        "tick_p50": _pct(tick_ms, 0.5),
        "tick_p95": _pct(tick_ms, 0.95),
    }


def _trend_round(app: QApplication, panel: PlotPanel, ticks: int) -> dict:
    tick_ms: list[float] = []
    t_now = time.time()
    rng = np.random.default_rng(3)
    for i in range(ticks):
        channels = {k: rng.integers(20000, 40000, 50).astype(np.uint16) for k in range(9)}
        panel.on_event(FrameReceived(IMEI, i, "", t_now + i, channels, None, None))
        panel._trend_drawn_at = 0.0  # measure a trend redraw on every tick
        t0 = time.perf_counter()
        panel.refresh()
        app.processEvents()
        tick_ms.append((time.perf_counter() - t0) * 1000)
    return {"tick_p50": _pct(tick_ms, 0.5), "tick_p95": _pct(tick_ms, 0.95)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--ticks", type=int, default=120)
    parser.add_argument("--width", type=int, default=900)
    parser.add_argument("--height", type=int, default=600)
    args = parser.parse_args()

    app = QApplication.instance() or QApplication(sys.argv)
    frames = _frames(args.ticks)
    result: dict = {
        "bench": "plot_refresh",
        "ticks": args.ticks,
        "rounds": args.rounds,
        "size": [args.width, args.height],
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "pyqtgraph": pg.__version__,
        "platform": os.environ["QT_QPA_PLATFORM"],
        "modes": {},
    }
    modes = {"auto": RangeMode.AUTO, "fixed": RangeMode.FIXED, "fit_once": RangeMode.FIT_ONCE}
    for name, mode in modes.items():
        rounds = []
        for _ in range(args.rounds):
            panel = PlotPanel()
            panel.resize(args.width, args.height)
            panel.show()
            panel.show_device(IMEI)
            panel.set_range_mode(mode)
            app.processEvents()
            rounds.append(_round(app, panel, frames))
            panel.close()
            panel.deleteLater()
            app.processEvents()
        result["modes"][name] = {
            key: round(statistics.median(r[key] for r in rounds), 3) for key in rounds[0]
        }

    panel = PlotPanel()
    panel.resize(args.width, args.height)
    panel.show()
    panel.show_device(IMEI)
    t_start = time.time() - 20_000
    for k in range(9):
        t = t_start + np.arange(20_000, dtype=np.float64)
        panel._trend[k].extend(t, np.full(20_000, 30000.0), np.full(20_000, 31000.0))
    panel.set_trend_window(3600.0)
    panel.tabs.setCurrentIndex(1)
    app.processEvents()
    trend = [_trend_round(app, panel, max(10, args.ticks // 4)) for _ in range(args.rounds)]
    result["trend_1h_20k_points"] = {
        key: round(statistics.median(r[key] for r in trend), 3) for key in trend[0]
    }
    panel.close()
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
