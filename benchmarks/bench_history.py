"""History queries on a month of data (issue 11 §3): trend, raw hour, export, size.

Builds a store of ``--modules`` modules x ``--days`` days at one group push per
``--interval`` s per module (defaults 10 x 30 x 10 s: 2.6 M packets) and one of a single
module with the same first module's data, both through the writer's own batch path
(``apply_records`` + ``COMMIT``, batches of 5000, synchronous=OFF for the build only,
no journal: it is not part of the database), with the simulator's signal model
(``fourgmon/sim/waveform.py``: slow sinusoid + mean-reverting drift + white noise,
vectorised here so that the build takes minutes). Then, for the first module of each
store (1 vs 10 modules: its queries must not slow down with the others):

- trend: ``Store.trend`` of nine channels over the whole range (rollups; <= 0.3 s)
- raw hour: ``list(Store.frames(...))`` of one hour in the middle (<= 0.1 s)
- export: ``write_csv`` of one module-day to a file, against ``sqlite3 -csv`` selecting
  the same stored rows in the same run (rate >= 0.5x)

and the database's size and bytes per channel frame. Prints one JSON object.

    .venv/bin/python benchmarks/bench_history.py [--modules 10] [--days 30] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fourgmon.sim.module import GROUPS
from fourgmon.store import Store
from fourgmon.store.db import connect
from fourgmon.store.export import write_csv
from fourgmon.store.rows import apply_records
from fourgmon.store.schema import migrate

DAY = 86_400
BATCH = 5000
T_START = 1_790_000_000.0  # 2026-09-21, a month before "now" in the data


class Module:
    """One module's nine channels, the simulator's model, many frames at a time."""

    def __init__(self, seed: int) -> None:
        rng = np.random.default_rng(seed)
        self.rng = rng
        self.center = rng.uniform(20_000, 40_000, 9)
        self.amplitude = rng.uniform(300, 3_000, 9)
        self.period = rng.uniform(120, 900, 9)
        self.phase = rng.uniform(0, 2 * math.pi, 9)
        self.noise = rng.uniform(5, 40, 9)
        self.offsets = np.arange(50) / 25.0

    def frames(self, times: np.ndarray, channels: np.ndarray) -> np.ndarray:
        """(len(times), 3, 50) uint16: the group ``channels[i]`` at ``times[i]``."""
        ts = times[:, None, None] + self.offsets[None, None, :]
        k = channels[:, :, None]
        # Ornstein-Uhlenbeck drift sampled per frame (tau 300 s, spread 400 counts; the
        # frames are 10 s apart, so consecutive levels are correlated as in the simulator).
        walk = self.rng.normal(0.0, 400.0, channels.shape)
        decay = math.exp(-10.0 * 3 / 300.0)
        for i in range(1, len(walk)):
            walk[i] = walk[i - 1] * decay + walk[i] * math.sqrt(1 - decay**2)
        level = (
            self.center[k]
            + walk[:, :, None]
            + self.amplitude[k] * np.sin(2 * np.pi * ts / self.period[k] + self.phase[k])
        )
        values = level + self.rng.normal(0.0, 1.0, level.shape) * self.noise[k]
        return np.clip(np.rint(values), 0, 0xFFFF).astype("<u2")


def packets(module: int, days: float, interval: float) -> Any:
    """Wire tuples of one module, in time order, a day at a time."""
    model = Module(module)
    imei = f"86{module:013d}"
    per_day = int(DAY / interval)
    total = int(days * per_day)
    phase = module * interval / 10
    for start in range(0, total, per_day):
        idx = np.arange(start, min(total, start + per_day))
        times = T_START + idx * interval + phase
        groups = np.array(GROUPS)[idx % 3]
        frames = model.frames(times, groups)
        temps = np.round(
            25 + 6 * np.sin(2 * np.pi * times / DAY) + model.rng.normal(0, 0.1, len(idx)), 1
        )
        hums = np.round(55 - 15 * np.sin(2 * np.pi * times / DAY), 1)
        for j, i in enumerate(idx.tolist()):
            t = float(times[j])
            g = groups[j].tolist()
            yield (
                imei, i, time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(t)),
                float(temps[j]), float(hums[j]), t, b"",
                tuple((k, frames[j, c].tobytes()) for c, k in enumerate(g)), False,
            )  # fmt: skip


def build(path: Path, modules: int, days: float, interval: float) -> dict[str, Any]:
    """The store at ``path``, through apply_records in batches; its build figures."""
    conn = connect(path)
    migrate(conn)
    conn.execute("PRAGMA synchronous = OFF")  # the build only: the queries are measured
    conn.execute("PRAGMA cache_size = -262144")
    t0 = time.perf_counter()
    count = 0
    streams = [packets(m, days, interval) for m in range(modules)]
    batch: list[Any] = []
    live = list(streams)
    while live:  # round robin over modules, as a site's traffic arrives
        for s in list(live):
            for _ in range(BATCH // max(1, modules) or 1):
                item = next(s, None)
                if item is None:
                    live.remove(s)
                    break
                batch.append(item)
        if len(batch) >= BATCH or not live:
            conn.execute("BEGIN IMMEDIATE")
            apply_records(conn, batch)
            conn.execute("COMMIT")
            count += len(batch)
            batch = []
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages, free, size = (
        conn.execute(f"PRAGMA {p}").fetchone()[0]
        for p in ("page_count", "freelist_count", "page_size")
    )
    conn.close()
    used = (pages - free) * size
    return {
        "packets": count,
        "channel_frames": 3 * count,
        "build_s": round(time.perf_counter() - t0, 1),
        "db_bytes": used,
        "bytes_per_channel_frame": round(used / (3 * count), 1),
    }


def timed(fn: Any, repeat: int = 3, clock: Any = time.perf_counter) -> tuple[float, Any]:
    """The best of ``repeat`` runs (s, on ``clock``) and the last result."""
    best, result = math.inf, None
    for _ in range(repeat):
        t = clock()
        result = fn()
        best = min(best, clock() - t)
    return best, result


def _children_cpu() -> float:
    """CPU seconds of the finished child processes (sqlite3): survives a loaded machine."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def queries(data_dir: Path, days: float, interval: float) -> dict[str, Any]:
    imei = f"86{0:013d}"
    store = Store.open(data_dir, readonly=True)
    out: dict[str, Any] = {}
    try:
        end = T_START + days * DAY
        secs, trend = timed(lambda: store.trend(imei, T_START, end))
        out["trend_s"] = round(secs, 4)
        out["trend_channels"] = len(trend)
        out["trend_points_per_channel"] = len(trend[0].at) if trend else 0
        middle = T_START + days * DAY / 2
        secs, rows = timed(lambda: list(store.frames(imei, middle, middle + 3600)))
        out["raw_hour_s"] = round(secs, 4)
        out["raw_hour_frames"] = len(rows)
        day0 = T_START + math.floor(days / 2) * DAY
        with tempfile.TemporaryDirectory() as tmp:
            csv_path = Path(tmp) / "day.csv"

            def export() -> int:
                with open(csv_path, "w", newline="", encoding="utf-8") as f:
                    return write_csv(store, imei, f, day0, day0 + DAY)

            secs, frames = timed(export)
            cpu, _ = timed(export, clock=time.process_time)
            out["export_day_cpu_s"] = round(cpu, 3)
            out["export_day_s"] = round(secs, 3)
            out["export_day_frames"] = frames
            out["export_day_csv_bytes"] = csv_path.stat().st_size
            db = data_dir / "fourgmon.sqlite3"
            sql = (
                "SELECT received_at, packnum, device_time, temperature, humidity, stats, samples"
                " FROM push_msgs WHERE device_id = (SELECT id FROM device_ids WHERE imei = "
                f"'{imei}') AND received_at >= {day0!r} AND received_at < {day0 + DAY!r}"
            )
            raw_path = Path(tmp) / "sqlite.csv"

            def sqlite_csv() -> int:
                with open(raw_path, "wb") as f:
                    subprocess.run(
                        ["sqlite3", "-csv", "-readonly", str(db), sql], stdout=f, check=True
                    )
                return sum(1 for _ in open(raw_path, "rb"))

            secs_sqlite, _ = timed(sqlite_csv)
            cpu_sqlite, _ = timed(sqlite_csv, clock=_children_cpu)
            out["sqlite3_csv_day_cpu_s"] = round(cpu_sqlite, 3)
            out["export_vs_sqlite3_cpu"] = round(cpu_sqlite / cpu, 2)
            packets_day = frames // 3
            out["sqlite3_csv_day_s"] = round(secs_sqlite, 3)
            out["sqlite3_csv_day_rows"] = packets_day
            out["export_rate_packets_per_s"] = round(packets_day / out["export_day_s"])
            out["sqlite3_rate_packets_per_s"] = round(packets_day / secs_sqlite)
            out["export_vs_sqlite3"] = round(secs_sqlite / out["export_day_s"], 2)
    finally:
        import asyncio

        asyncio.run(store.close())
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--modules", type=int, default=10)
    p.add_argument("--days", type=float, default=30.0)
    p.add_argument("--interval", type=float, default=10.0)
    p.add_argument("--keep", type=Path, default=None, help="build the stores here and keep them")
    p.add_argument("--out", type=Path, default=None, help="also write the JSON here")
    args = p.parse_args()
    result: dict[str, Any] = {
        "bench": "history",
        "modules": args.modules,
        "days": args.days,
        "interval_s": args.interval,
        "targets": {"trend_s": 0.3, "raw_hour_s": 0.1, "export_vs_sqlite3": 0.5},
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }
    with tempfile.TemporaryDirectory(prefix="bench-history-") as tmp:
        root = args.keep or Path(tmp)
        for name, modules in (("one_module", 1), (f"{args.modules}_modules", args.modules)):
            data = root / name
            data.mkdir(parents=True, exist_ok=True)
            built = build(data / "fourgmon.sqlite3", modules, args.days, args.interval)
            result[name] = {**built, **queries(data, args.days, args.interval)}
            print(json.dumps({name: result[name]}), file=sys.stderr)
    result["loadavg"] = [round(x, 2) for x in os.getloadavg()]
    text = json.dumps(result)
    print(text)
    if args.out is not None:
        args.out.write_text(json.dumps(result, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
