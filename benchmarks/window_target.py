"""The real window (offscreen) with its server, instrumented: the (b) target of the benchmarks.

Builds the window the way ``fourgmon.gui.app`` does (QApplication, LanguageManager,
qasync loop, Store, Server, ``build_window``), shows it, starts the server on
127.0.0.1 (port 0 by default) and prints "listening on HOST:PORT" on stderr.
Once modules push frames it selects the busiest one (most packets) so the plot
panel's nine curves are live, and keeps the UI timer running.

Measured per UI tick (the window's own 20 Hz QTimer, re-wired through a wrapper):
the time of ``MainWindow.refresh()``, the paint time of the pyqtgraph views that
follow it (``GraphicsView.paintEvent`` is timed at class level), their sum (the
frame time), the interval between ticks, and the staleness of the curves drawn:
wall time at the end of the paint minus ``received_at`` of the newest frame drawn.
On SIGINT/SIGTERM (or after ``--max-seconds``) prints one JSON object on stdout
with the raw per-tick records (wall-clock stamped, so the caller can keep only
its measurement window) and the process RSS.

    QT_QPA_PLATFORM=offscreen python benchmarks/window_target.py --data-dir D [--port 0]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

T_LAUNCH = time.time()

import pyqtgraph as pg  # noqa: E402
import qasync  # noqa: E402

from fourgmon.gui.app import make_application  # noqa: E402
from fourgmon.gui.i18n import LanguageManager  # noqa: E402
from fourgmon.gui.main_window import build_window  # noqa: E402
from fourgmon.gui.settings_dialog import AppSettings  # noqa: E402
from fourgmon.server.config import ServerConfig  # noqa: E402
from fourgmon.server.server import Server  # noqa: E402
from fourgmon.store import Store  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import rss_mb  # noqa: E402


class Probe:
    """Per-tick timings; paint time is added to the tick that preceded it."""

    def __init__(self) -> None:
        self.ticks: list[list[float]] = []  # [wall, refresh_ms, paint_ms, interval_ms, stale_ms]
        self.pending_stale_t: float | None = None
        self.last_tick = 0.0
        self.active = False

    def install_paint_timer(self) -> None:
        original = pg.GraphicsView.paintEvent
        probe = self

        def paintEvent(view: pg.GraphicsView, ev: object) -> object:
            t0 = time.perf_counter()
            try:
                return original(view, ev)
            finally:
                if probe.ticks and probe.active:
                    tick = probe.ticks[-1]
                    tick[2] += (time.perf_counter() - t0) * 1000.0
                    if probe.pending_stale_t is not None:
                        tick[4] = max(tick[4], (time.time() - probe.pending_stale_t) * 1000.0)

        pg.GraphicsView.paintEvent = paintEvent

    def wrap_refresh(self, window: object) -> None:
        timer = window.timer  # type: ignore[attr-defined]
        timer.timeout.disconnect()
        panel = window.plot_panel  # type: ignore[attr-defined]

        def tick() -> None:
            t0 = time.perf_counter()
            dirty = bool(getattr(panel, "_dirty", ()))
            newest = max(getattr(panel, "_latest_t", [float("-inf")]))
            window.refresh()  # type: ignore[attr-defined]
            t1 = time.perf_counter()
            if not self.active:
                self.last_tick = t0
                return
            interval = (t0 - self.last_tick) * 1000.0 if self.last_tick else 0.0
            self.last_tick = t0
            self.pending_stale_t = newest if dirty and newest > 0 else None
            stale = (time.time() - newest) * 1000.0 if self.pending_stale_t else -1.0
            self.ticks.append([time.time(), (t1 - t0) * 1000.0, 0.0, interval, stale])

        timer.timeout.connect(tick)


def _rss_mb() -> float | None:
    """This process plus its store's writer process."""
    return rss_mb(os.getpid())


async def main(args: argparse.Namespace, app: object) -> dict:
    store = Store.open(Path(args.data_dir))
    await store.start()
    server = Server(ServerConfig(host=args.host, port=args.port), store)
    settings = AppSettings(host=args.host, port=args.port, data_dir=args.data_dir)
    probe = Probe()
    probe.install_paint_timer()
    window = build_window(server, store, LanguageManager(app), settings)  # type: ignore[arg-type]
    window.resize(1280, 900)
    window.show()
    t_shown = time.time()
    probe.wrap_refresh(window)
    await server.start()
    assert server.address is not None
    print(f"window target listening on {server.address[0]}:{server.address[1]}", file=sys.stderr)
    print(f"window shown after {t_shown - T_LAUNCH:.3f} s", file=sys.stderr, flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: loop.call_soon_threadsafe(stop.set))
    selected: str | None = None
    first_seen: float | None = None
    deadline = time.monotonic() + args.max_seconds
    while not stop.is_set() and time.monotonic() < deadline:
        await asyncio.sleep(0.25)
        if selected is None:
            busy = max(server.registry, key=lambda d: d.packet_count, default=None)
            if busy is not None and busy.packet_count > 0:
                first_seen = first_seen or time.monotonic()
                late = time.monotonic() - first_seen >= args.select_after
                if late and window.select_device(busy.imei):
                    selected = busy.imei
                    await asyncio.sleep(0.5)  # history load, first draw
                    probe.active = True
            elif args.no_load:
                probe.active = True
    rss = _rss_mb()
    window.close()
    await server.stop()
    await store.close()
    return {
        "target": "window",
        "selected": selected,
        "devices": len(server.registry),
        "shown_after_s": round(t_shown - T_LAUNCH, 3),
        "rss_mb": rss,
        "acks": server.stats.acks,
        "store_commits": store.stats.commits,
        "store_max_batch": store.stats.max_batch,
        "ticks": [[round(v, 3) for v in t] for t in probe.ticks],
    }


def run(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--data-dir", required=True)
    p.add_argument("--select-after", type=float, default=1.0, help="s after the first frames")
    p.add_argument("--max-seconds", type=float, default=600.0, help="stop by itself after this")
    p.add_argument("--no-load", action="store_true", help="measure ticks without a selection")
    args = p.parse_args(argv)
    app = make_application()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        result = loop.run_until_complete(main(args, app))
    finally:
        loop.close()
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(run())
