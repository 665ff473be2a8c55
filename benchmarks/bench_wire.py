"""µs per record of the store's push_msg path outside SQLite's own work: the parent's
``to_wire`` + pickling, the writer's unpickling and ``prepare_wire_items`` (its input
thread), the rollup aggregation, ``apply_records`` and ``COMMIT`` (its main thread),
on loadgen's packets decoded by the real decoder (100 modules, 3 channels x 50 samples), frames of
``--batch`` records. One JSON object.

    .venv/bin/python benchmarks/bench_wire.py [--batch 128] [--tree /work/main]

``--tree`` times another checkout's code with this script (same run, same packets).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import tempfile
import time
import timeit
from pathlib import Path
from typing import Any


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--batch", type=int, default=128)
    p.add_argument("--tree", type=Path, default=Path(__file__).resolve().parent.parent)
    args = p.parse_args()
    root = args.tree.resolve()
    sys.path[:0] = [str(root), str(root / "benchmarks")]
    from loadgen import packet_template  # type: ignore[import-not-found]

    from fourgmon.protocol.codec import decode
    from fourgmon.store import rows
    from fourgmon.store.db import connect, tune_writer
    from fourgmon.store.journal import Journal
    from fourgmon.store.records import PushMsgRecord
    from fourgmon.store.schema import migrate
    from fourgmon.store.wire import to_wire

    prepare = getattr(rows, "prepare_wire_items", None)
    if prepare is None:
        from fourgmon.store.prepare import prepare_wire_items as prepare
    n = args.batch
    templates = [packet_template(f"8655010400{m:05d}", m) for m in range(100)]

    def records(first: int, at: float) -> list[Any]:
        out = []
        for i in range(n):
            prefix, suffix = templates[i % 100]
            raw = prefix + str(first + i).encode() + suffix
            out.append(PushMsgRecord(decode(raw), at + i * 0.01, raw))  # type: ignore[arg-type]
        return out

    def per(fn: Any, number: int = 200) -> float:
        return round(min(timeit.repeat(fn, number=number, repeat=5)) / number / n * 1e6, 2)

    recs = records(0, 1.7e9)
    wire = [to_wire(r) for r in recs]
    data = pickle.dumps(("items", wire), protocol=pickle.HIGHEST_PROTOCOL)
    result: dict[str, Any] = {
        "tree": str(root),
        "batch": n,
        "to_wire_us": per(lambda: [to_wire(r) for r in recs]),
        "dumps_us": per(lambda: pickle.dumps(("items", wire), protocol=pickle.HIGHEST_PROTOCOL)),
        "loads_us": per(lambda: pickle.loads(data)),
        "prepare_us": per(lambda: prepare(list(wire))),
        "bytes_per_record": round(len(data) / n),
    }
    if hasattr(rows.Rollups, "_cells"):  # the batch's rollup aggregation (sixth session on)
        prepared = prepare(list(wire))

        def cells() -> object:
            r = rows.Rollups(None)
            for i, one in enumerate(prepared):
                r.add(1 + i % 100, one.received_at, one.stats)
            return r._cells()

        result["rollup_cells_us"] = per(cells)
    with tempfile.TemporaryDirectory(prefix="bench-wire-") as tmp:
        conn = connect(Path(tmp) / "f.sqlite3")
        migrate(conn)
        tune_writer(conn)
        journal = Journal(Path(tmp) / "journal")
        cache = rows.RollupCache()
        batches = [
            prepare(pickle.loads(pickle.dumps([to_wire(x) for x in records(b * n, 1.7e9 + b)])))
            for b in range(60)
        ]
        apply_s = commit_s = 0.0
        for batch in batches:
            conn.execute("BEGIN IMMEDIATE")
            t0 = time.perf_counter()
            rows.apply_records(conn, batch, journal, cache)
            t1 = time.perf_counter()
            conn.execute("COMMIT")
            commit_s += time.perf_counter() - t1
            apply_s += t1 - t0
            cache.committed()
            journal.commit()
        journal.close()
        conn.close()
    result["apply_us"] = round(apply_s / len(batches) / n * 1e6, 2)
    result["commit_us_wall"] = round(commit_s / len(batches) / n * 1e6, 2)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
