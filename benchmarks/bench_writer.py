"""The writer's cost per record: ``apply_records`` + ``COMMIT`` on a real file.

Drives the writer's own batch path (what the writer process runs for each batch,
journal included for schema 3) with the simulator's waveforms: ``--modules`` modules
each sending one group of three channels per push, in batches of sizes drawn from
``--batch-min``..``--batch-max`` (what a loaded ``serve`` sees: benchmarks/README.md).
synchronous=FULL as in the store. Schema 2 (the frozen copy of its writer in
``_store_v2.py``) and schema 3 run interleaved in the same process, ``--repeat`` times
each (medians printed). Also prints the database's bytes per channel frame. One JSON object.

    .venv/bin/python benchmarks/bench_writer.py [--packets 20000] [--modules 100]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fourgmon.protocol.codec import encode
from fourgmon.sim.module import GROUPS
from fourgmon.sim.scripted import device_time, make_push_msg
from fourgmon.sim.waveform import Waveform, climate
from fourgmon.store import schema
from fourgmon.store.db import connect, tune_writer
from fourgmon.store.records import PushMsgRecord
from fourgmon.store.wire import to_wire


def records(modules: int, packets: int, start: float, interval: float) -> list[Any]:
    """``packets`` push_msg wire tuples, round robin over ``modules``, simulator signals."""
    rng = np.random.default_rng(7)
    waves = [Waveform(np.random.default_rng(m)) for m in range(modules)]
    out = []
    for i in range(packets):
        m, step = i % modules, i // modules
        t = start + step * interval + m * interval / modules
        group = GROUPS[step % 3]
        chans = {k: waves[m].frame(k, t) for k in group}
        temp, hum = climate(rng, t, m)
        msg = make_push_msg(
            f"86{m:013d}", step, chans, time=device_time(t), temperature=temp, humidity=hum
        )
        out.append(to_wire(PushMsgRecord(msg, t, encode(msg))))
    return out


def _db_bytes(conn: Any) -> int:
    """Bytes in use in the main file after a checkpoint: (pages - free pages) x page size."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    free = conn.execute("PRAGMA freelist_count").fetchone()[0]
    return int((pages - free) * conn.execute("PRAGMA page_size").fetchone()[0])


def run(version: int, items: list[Any], sizes: list[int]) -> dict[str, Any]:
    """Write ``items`` in batches of ``sizes`` into a fresh store of schema ``version``
    (2: the frozen copy of schema 2's writer in benchmarks/_store_v2.py; 3: today's)."""
    with tempfile.TemporaryDirectory(prefix="bench-writer-") as tmp:
        path = Path(tmp) / "fourgmon.sqlite3"
        conn = connect(path)
        journal = None
        if version == 2:
            import _store_v2 as v2  # type: ignore[import-not-found]

            schema.migrate(conn, v2.MIGRATIONS)

            def apply(batch: list[Any]) -> Any:
                return v2.apply_records(conn, batch)
        else:
            from fourgmon.store.journal import Journal
            from fourgmon.store.rows import RollupCache, apply_records

            schema.migrate(conn)
            journal = Journal(Path(tmp) / "journal")
            cache = RollupCache()

            def apply(batch: list[Any]) -> Any:
                return apply_records(conn, batch, journal, cache)

        tune_writer(conn)
        apply_us = commit_us = 0.0
        i = 0
        for size in sizes:
            batch = items[i : i + size]
            i += size
            conn.execute("BEGIN IMMEDIATE")
            t0 = time.perf_counter()
            apply(batch)
            t1 = time.perf_counter()
            conn.execute("COMMIT")
            if journal is not None:
                journal.commit()
                cache.committed()
            t2 = time.perf_counter()
            apply_us += (t1 - t0) * 1e6
            commit_us += (t2 - t1) * 1e6
        size = _db_bytes(conn)
        tables = (
            dict(
                conn.execute(
                    "SELECT name, sum(pgsize - unused) FROM dbstat GROUP BY name"
                ).fetchall()
            )
            if _has_dbstat(conn)
            else {}
        )
        conn.close()
        journal_bytes = 0
        if journal is not None:
            journal.close()
            journal_bytes = sum(p.stat().st_size for p in (Path(tmp) / "journal").iterdir())
    n = len(items)
    frames = sum(len(item[7]) for item in items)
    return {
        "schema": version,
        "us_per_record": round((apply_us + commit_us) / n, 2),
        "apply_us_per_record": round(apply_us / n, 2),
        "commit_us_per_record": round(commit_us / n, 2),
        "db_bytes": size,
        "channel_frames": frames,
        "bytes_per_channel_frame": round(size / frames, 1),
        "journal_bytes": journal_bytes,
        "bytes_by_table": tables,
    }


def _has_dbstat(conn: Any) -> bool:
    try:
        conn.execute("SELECT 1 FROM dbstat LIMIT 1")
    except Exception:
        return False
    return True


def batch_sizes(total: int, low: int, high: int) -> list[int]:
    rng = np.random.default_rng(3)
    sizes: list[int] = []
    while sum(sizes) < total:
        sizes.append(int(rng.integers(low, high + 1)))
    return sizes


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--packets", type=int, default=20_000)
    p.add_argument("--modules", type=int, default=100)
    p.add_argument("--interval", type=float, default=10.0, help="seconds between a module's pushes")
    p.add_argument("--batch-min", type=int, default=50)
    p.add_argument("--batch-max", type=int, default=250)
    p.add_argument("--schemas", default="2,3", help="schemas to compare, interleaved")
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    items = records(args.modules, args.packets, time.time() - 86_400, args.interval)
    sizes = batch_sizes(len(items), args.batch_min, args.batch_max)
    versions = [int(v) for v in args.schemas.split(",")]
    runs: dict[int, list[dict[str, Any]]] = {v: [] for v in versions}
    for _ in range(args.repeat):  # interleaved: a noisy neighbour hits both alike
        for v in versions:
            runs[v].append(run(v, items, sizes))
    result: dict[str, Any] = {
        "bench": "writer",
        "packets": len(items),
        "modules": args.modules,
        "interval_s": args.interval,
        "batches": len(sizes),
        "mean_batch": round(len(items) / len(sizes), 1),
        "repeat": args.repeat,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "loadavg": [round(x, 2) for x in os.getloadavg()],
    }
    for v, rs in runs.items():
        best = {
            k: statistics.median(r[k] for r in rs)
            for k in ("us_per_record", "apply_us_per_record", "commit_us_per_record")
        }
        result[f"v{v}"] = {**rs[-1], **best, "us_per_record_runs": [r["us_per_record"] for r in rs]}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
