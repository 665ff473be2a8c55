"""Store write throughput: 3-channel push_msg records through ``await store.write``.

100 concurrent writers (as 100 device sessions would), each awaiting its write before
the next, as the server does before acking. Group commit (defaults, and with
``batch_interval=0``: take only what is queued) is compared in the same run to a
baseline of one commit per record (``batch_max=1``). Prints JSON.

    python benchmarks/bench_store.py [--writers 100] [--seconds 3] [--dir DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from pathlib import Path

import numpy as np

from fourgmon.protocol.messages import PushMsg
from fourgmon.store import PushMsgRecord, Store

DEVICE_TIME = "2026-11-25 03:53:20"
TEMPLATES = 1000  # distinct sample sets; built once so that the loop measures the store


def _template(i: int) -> tuple[dict[int, np.ndarray], str]:
    base = np.arange(50, dtype=np.uint16)
    channels = {k: base + np.uint16(i + k) for k in (0, 1, 2)}
    data = ",".join(
        f'"data{k}":"{",".join(f"{v:04X}" for v in s.tolist())}"' for k, s in channels.items()
    )
    return channels, data


_templates = [_template(i) for i in range(TEMPLATES)]


def record(writer: int, packnum: int) -> PushMsgRecord:
    """A 3-channel push_msg and its wire text (about 0.9 KiB, as a module sends it)."""
    channels, data = _templates[packnum % TEMPLATES]
    imei = f"86{writer:013d}"
    msg = PushMsg(imei, packnum, DEVICE_TIME, channels, 21.5, 40.0)
    raw = (
        f'{{"cmd":"push_msg","IMEI":"{imei}","packnum":"{packnum}","time":"{DEVICE_TIME}",'
        f'{data},"temperature":"21.5","humidity":"40.0"}}'
    ).encode()
    return PushMsgRecord(msg, time.time(), raw)


async def run(data_dir: Path, writers: int, seconds: float, **store_kw: int | float) -> dict:
    store = Store.open(data_dir, **store_kw)
    await store.start()
    stop = time.perf_counter() + seconds
    latencies: list[float] = []

    async def writer(w: int) -> int:
        n = 0
        while time.perf_counter() < stop:
            t = time.perf_counter()
            await store.write(record(w, n))
            latencies.append(time.perf_counter() - t)
            n += 1
        return n

    t0 = time.perf_counter()
    total = sum(await asyncio.gather(*(writer(w) for w in range(writers))))
    elapsed = time.perf_counter() - t0
    await store.close()
    lat = np.array(latencies) * 1000
    return {
        "writes": total,
        "writes_per_s": round(total / elapsed),
        "commits": store.stats.commits,
        "mean_batch": round(store.stats.records / max(1, store.stats.batches), 1),
        "latency_ms_p50": round(float(np.percentile(lat, 50)), 2),
        "latency_ms_p99": round(float(np.percentile(lat, 99)), 2),
    }


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--writers", type=int, default=100)
    ap.add_argument("--seconds", type=float, default=3.0)
    ap.add_argument("--dir", type=Path, default=None, help="where the test databases go")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        group = await run(Path(tmp) / "group", args.writers, args.seconds)
        no_wait = await run(Path(tmp) / "nowait", args.writers, args.seconds, batch_interval=0)
        baseline = await run(Path(tmp) / "baseline", args.writers, args.seconds, batch_max=1)
    print(
        json.dumps(
            {
                "benchmark": "store_write_push_msg_3ch",
                "writers": args.writers,
                "group_commit": group,
                "group_commit_batch_interval_0": no_wait,
                "baseline_one_commit_per_record": baseline,
                "speedup": round(group["writes_per_s"] / max(1, baseline["writes_per_s"]), 1),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    asyncio.run(main())
