"""µs per record of the writer's rollup aggregation (``Rollups`` add + ``_cells``) on
loadgen's packets (100 modules, 3 channels x 50 samples) decoded and prepared as the
writer's input thread does, batches of ``--batch`` records. One JSON object.

    .venv/bin/python benchmarks/bench_rollups.py [--batch 230] [--tree /work/main]

``--tree`` times another checkout's code with this script (same run, same packets).
"""

from __future__ import annotations

import argparse
import json
import sys
import timeit
from pathlib import Path


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--batch", type=int, default=230)
    p.add_argument("--tree", type=Path, default=Path(__file__).resolve().parent.parent)
    args = p.parse_args()
    root = args.tree.resolve()
    sys.path[:0] = [str(root), str(root / "benchmarks")]
    from loadgen import imei_of, packet_template

    from fourgmon.protocol.codec import decode
    from fourgmon.store import rows
    from fourgmon.store.prepare import prepare_wire_items, push_msg_fields
    from fourgmon.store.records import PushMsgRecord

    items = []
    for j in range(args.batch):
        prefix, suffix = packet_template(imei_of(j % 100), j % 100)
        raw = prefix + str(j).encode() + suffix
        record = PushMsgRecord(msg=decode(raw), received_at=1.7e9 + j * 0.004, raw=raw)
        items.append(push_msg_fields(record))
    prepared = prepare_wire_items(items)

    def cells() -> object:
        r = rows.Rollups(None)
        for i, one in enumerate(prepared):
            r.add(1 + i % 100, one.received_at, one.stats)
        return r._cells()

    number = 200
    best = min(timeit.repeat(cells, number=number, repeat=5)) / number
    print(json.dumps({
        "benchmark": "rollups",
        "tree": str(args.tree),
        "batch": args.batch,
        "cells_us_per_record": round(best / args.batch * 1e6, 3),
    }))  # fmt: skip


if __name__ == "__main__":
    main()
