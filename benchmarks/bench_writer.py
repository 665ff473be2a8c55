"""The writer's cost per record: ``apply_records`` + ``COMMIT`` on a real file.

Drives the writer's own batch path (what the writer process runs for each batch,
journal included when the schema has one) with the simulator's waveforms: ``--modules``
modules each sending one group of three channels per push, in batches of sizes drawn
from ``--batch-min``..``--batch-max`` (what a loaded ``serve`` sees: benchmarks/README.md).
synchronous=FULL as in the store. Prints one JSON object.

    .venv/bin/python benchmarks/bench_writer.py [--packets 20000] [--modules 100]
"""

from __future__ import annotations

import argparse
import inspect
import json
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fourgmon.protocol.codec import encode  # noqa: E402
from fourgmon.sim.module import GROUPS  # noqa: E402
from fourgmon.sim.scripted import device_time, make_push_msg  # noqa: E402
from fourgmon.sim.waveform import Waveform, climate  # noqa: E402
from fourgmon.store import schema  # noqa: E402
from fourgmon.store.db import connect, tune_writer  # noqa: E402
from fourgmon.store.records import PushMsgRecord  # noqa: E402
from fourgmon.store.wire import to_wire  # noqa: E402


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


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--packets", type=int, default=20_000)
    p.add_argument("--modules", type=int, default=100)
    p.add_argument("--batch-min", type=int, default=50)
    p.add_argument("--batch-max", type=int, default=250)
    args = p.parse_args()
    items = records(args.modules, args.packets, time.time() - 86_400, 10.0)
    rng = np.random.default_rng(3)
    sizes = []
    while sum(sizes) < len(items):
        sizes.append(int(rng.integers(args.batch_min, args.batch_max + 1)))
    with tempfile.TemporaryDirectory(prefix="bench-writer-") as tmp:
        path = Path(tmp) / "fourgmon.sqlite3"
        conn = connect(path)
        schema.migrate(conn)
        tune_writer(conn)
        extra: dict[str, Any] = {}
        journal = None
        if "journal" in inspect.signature(schema.apply_records).parameters:
            from fourgmon.store.journal import Journal

            journal = Journal(Path(tmp) / "journal")
            extra["journal"] = journal
        apply_us = commit_us = 0.0
        i = 0
        for size in sizes:
            batch = items[i : i + size]
            i += size
            conn.execute("BEGIN IMMEDIATE")
            t0 = time.perf_counter()
            schema.apply_records(conn, batch, **extra)
            t1 = time.perf_counter()
            conn.execute("COMMIT")
            t2 = time.perf_counter()
            apply_us += (t1 - t0) * 1e6
            commit_us += (t2 - t1) * 1e6
        if journal is not None:
            journal.close()
        conn.close()
    n = len(items)
    result = {
        "bench": "writer",
        "schema": schema.SCHEMA_VERSION,
        "packets": n,
        "modules": args.modules,
        "batches": len(sizes),
        "mean_batch": round(n / len(sizes), 1),
        "us_per_record": round((apply_us + commit_us) / n, 2),
        "apply_us_per_record": round(apply_us / n, 2),
        "commit_us_per_record": round(commit_us / n, 2),
        "commit_ms_mean": round(commit_us / len(sizes) / 1000, 3),
        "python": platform.python_version(),
        "sqlite": __import__("sqlite3").sqlite_version,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
