"""Where the CSV export of one module-day spends its CPU (issue 11 §3): fetch, unpack,
text, write, and the whole ``write_csv``; best of ``--repeat`` runs, CPU ms
(``time.process_time``), on a store kept by ``bench_history.py --keep DIR``.

    .venv/bin/python benchmarks/bench_history.py --modules 2 --days 2 --keep /tmp/hist
    .venv/bin/python benchmarks/profile_export.py --data /tmp/hist/one_module

Prints one JSON object. Run from the project root (or from a ``git archive`` of another
commit, to compare: it imports the ``fourgmon`` beside it).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fourgmon.store import Store
from fourgmon.store import export as export_module
from fourgmon.store.export_page import Layout, csv_page, decode_page
from fourgmon.store.reads import ReadDamage

DAY = 86_400
T_START = 1_790_000_000.0  # bench_history.py's first day


def best(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """The least CPU ms of ``repeat`` runs and the last result."""
    least, result = math.inf, None
    for _ in range(repeat):
        t = time.process_time()
        result = fn()
        least = min(least, time.process_time() - t)
    return round(least * 1000, 1), result


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", type=Path, required=True, help="a data dir bench_history built")
    p.add_argument("--day", type=int, default=1, help="which day of the store (0-based)")
    p.add_argument("--repeat", type=int, default=7)
    args = p.parse_args()
    imei = f"86{0:013d}"
    since = T_START + args.day * DAY
    store = Store.open(args.data, readonly=True)
    out: dict[str, Any] = {"bench": "profile_export", "data": str(args.data)}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "day.csv"

            def fetch() -> list[Any]:
                pages = store.packet_pages(imei, since, since + DAY, ReadDamage())
                return [row for page in pages for row in page]

            out["fetch_ms"], rows = best(fetch, args.repeat)
            size = export_module.PAGE_PACKETS
            pages = [rows[i : i + size] for i in range(0, len(rows), size)]
            out["unpack_ms"], decoded = best(lambda: [decode_page(p) for p in pages], args.repeat)
            layout = Layout(50, True, None)
            out["text_ms"], texts = best(
                lambda: [csv_page(p, imei, layout) for p in decoded], args.repeat
            )

            def write() -> None:
                with open(path, "wb") as f:
                    for text in texts:
                        f.write(text)

            out["write_ms"], _ = best(write, args.repeat)

            def export() -> int:
                with open(path, "w", newline="", encoding="utf-8") as f:
                    return export_module.write_csv(store, imei, f, since, since + DAY)

            export()  # the cell tables are built once per process
            out["write_csv_ms"], rows_written = best(export, args.repeat)
            out["rows"], out["csv_bytes"] = rows_written, path.stat().st_size
    finally:
        asyncio.run(store.close())
    out["loadavg"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
