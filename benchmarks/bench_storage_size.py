"""Bytes on disk per channel frame, schema 2 against schema 3 in the same run (issue 11 §2).

Both stores are built from the same packets (the simulator's waveforms and climate,
``fourgmon/sim/waveform.py``) through each schema's own writer batch path
(``apply_records`` + ``COMMIT`` in batches of 50-250, as the writer process runs them;
schema 2 from the frozen copy ``_store_v2.py``). Size = (page_count - freelist_count) x
page_size of the main file after a checkpoint: every table and index, the journal
excluded (printed apart). Two rates: the simulator's default (a group every 2 s, so a
packet every 2/3 s per module) and one packet per 10 s per module (issue 11 §3's site).
Prints one JSON object; the goal is <= 120 bytes per channel frame.

    .venv/bin/python benchmarks/bench_storage_size.py [--modules 50] [--packets 30000]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_writer

GOAL = 120.0


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--modules", type=int, default=50)
    p.add_argument("--packets", type=int, default=30_000)
    p.add_argument("--out", type=Path, default=None, help="also write the JSON here")
    args = p.parse_args()
    result: dict[str, Any] = {
        "bench": "storage_size",
        "modules": args.modules,
        "packets": args.packets,
        "goal_bytes_per_channel_frame": GOAL,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }
    for name, interval in (("simulator_rate", 2.0 / 3), ("one_per_10s", 10.0)):
        items = bench_writer.records(args.modules, args.packets, time.time() - 86_400, interval)
        sizes = bench_writer.batch_sizes(len(items), 50, 250)
        v2 = bench_writer.run(2, items, sizes)
        v3 = bench_writer.run(3, items, sizes)
        frames = v3["channel_frames"]
        result[name] = {
            "interval_s": round(interval, 3),
            "channel_frames": frames,
            "v2_bytes_per_channel_frame": v2["bytes_per_channel_frame"],
            "v3_bytes_per_channel_frame": v3["bytes_per_channel_frame"],
            "ratio_v2_v3": round(v2["db_bytes"] / v3["db_bytes"], 2),
            "v3_journal_bytes_per_channel_frame": round(v3["journal_bytes"] / frames, 1),
            "v3_meets_goal": v3["bytes_per_channel_frame"] <= GOAL,
            "v2_bytes_by_table_per_frame": _per_frame(v2["bytes_by_table"], frames),
            "v3_bytes_by_table_per_frame": _per_frame(v3["bytes_by_table"], frames),
            "v2_writer_us_per_record": v2["us_per_record"],
            "v3_writer_us_per_record": v3["us_per_record"],
        }
    result["loadavg"] = [round(x, 2) for x in os.getloadavg()]
    text = json.dumps(result)
    print(text)
    if args.out is not None:
        args.out.write_text(json.dumps(result, indent=1) + "\n")
    return 0


def _per_frame(tables: dict[str, int], frames: int) -> dict[str, float]:
    """Payload bytes per channel frame of the tables and indexes worth a line."""
    return {name: round(b / frames, 1) for name, b in sorted(tables.items()) if b / frames >= 0.1}


if __name__ == "__main__":
    sys.exit(main())
