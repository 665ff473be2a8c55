"""Ack latency and capacity of the store alone: the WAL's fsync on its own thread (the
default on POSIX) against ``synchronous=FULL`` (``FOURGMON_WRITER_SYNC=full``).

Each round opens a fresh :class:`fourgmon.store.Store` in a scratch dir (the real writer
process, a real file, not tmpfs) and keeps ``--in-flight`` push_msg records submitted
through ``submit_then`` (what the server does): each settled record is replaced by the
next, from ``--modules`` modules, simulator waveforms. No network and no decode: what
is measured is the writer's side of the ack. The two modes alternate round by round
(same machine, same minute). Per mode, medians over the rounds of: records settled
per second, ack latency (submit -> settled) p50 / p99, the writer process's CPU µs per
record (/proc), and its stats (batch sizes, µs per record, fsyncs). Prints JSON.

    .venv/bin/python benchmarks/bench_commit.py [--rounds 3] [--in-flight 800] [--duration 5]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import cpu_seconds, emit, loadavg, machine, median, pct, scratch

from fourgmon.protocol.codec import encode
from fourgmon.sim.module import GROUPS
from fourgmon.sim.scripted import device_time, make_push_msg
from fourgmon.sim.waveform import Waveform, climate
from fourgmon.store import PushMsgRecord, Store, StoreError
from fourgmon.store.walsync import SYNC_ENV

MODES = {"thread": "thread", "full": "full"}  # FOURGMON_WRITER_SYNC for each mode


def templates(modules: int, per_module: int) -> list[PushMsgRecord]:
    """Records to cycle through (packnums are renumbered when sent: no duplicates)."""
    rng = np.random.default_rng(7)
    waves = [Waveform(np.random.default_rng(m)) for m in range(modules)]
    out = []
    t0 = time.time()
    for step in range(per_module):
        for m in range(modules):
            t = t0 + step * 2.0 + m * 2.0 / modules
            chans = {k: waves[m].frame(k, t) for k in GROUPS[step % 3]}
            temp, hum = climate(rng, t, m)
            msg = make_push_msg(
                f"86{m:013d}", step, chans, time=device_time(t), temperature=temp, humidity=hum
            )
            out.append(PushMsgRecord(msg, t, encode(msg)))
    return out


async def run_round(
    mode: str, args: argparse.Namespace, pool: list[PushMsgRecord], wd: Path
) -> dict[str, Any]:
    data = wd / f"{mode}-{time.monotonic_ns()}"
    store = Store.open(data)
    await store.start()
    pid = store.writer_pid
    assert pid is not None
    loop = asyncio.get_running_loop()
    latencies: list[float] = []
    state = {"n": 0, "settled": 0, "errors": 0, "measuring": False, "stop": False}
    idle = asyncio.Event()
    in_flight = 0

    def submit() -> None:
        nonlocal in_flight
        n = state["n"]
        state["n"] = n + 1
        base = pool[n % len(pool)]
        rec = replace(base, msg=replace(base.msg, packnum=n), received_at=time.time())
        sent = loop.time()
        in_flight += 1

        def done(outcome: object) -> None:
            nonlocal in_flight
            in_flight -= 1
            if isinstance(outcome, StoreError):
                state["errors"] += 1
            if state["measuring"]:
                latencies.append(loop.time() - sent)
                state["settled"] += 1
            if not state["stop"]:
                submit()
            elif not in_flight:
                idle.set()

        store.submit_then(rec, done)

    for _ in range(args.in_flight):
        submit()
    await asyncio.sleep(args.warmup)
    cpu0, t0 = cpu_seconds(pid), time.perf_counter()
    state["measuring"] = True
    await asyncio.sleep(args.duration)
    state["measuring"] = False
    cpu1, elapsed = cpu_seconds(pid), time.perf_counter() - t0
    state["stop"] = True
    await idle.wait()
    await store.close()
    stats = store.stats.summary()
    shutil.rmtree(data, ignore_errors=True)
    settled = state["settled"]
    lat_ms = [round(x * 1e3, 2) for x in latencies]
    return {
        "records_per_s": round(settled / elapsed, 1),
        "ack_ms_p50": pct(lat_ms, 0.5),
        "ack_ms_p99": pct(lat_ms, 0.99),
        "writer_cpu_us_per_record": (
            round(1e6 * (cpu1 - cpu0) / settled, 1)
            if settled and cpu0 is not None and cpu1 is not None
            else None
        ),
        "errors": state["errors"],
        "loadavg_1m": loadavg()[0],
        "writer": {
            k: stats.get(k)
            for k in (
                "mean_batch",
                "us_per_record",
                "apply_us_per_record",
                "commit_us_per_record",
                "syncs",
                "batches_per_sync",
                "sync_ms_mean",
            )
        },
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--in-flight", type=int, default=800)
    p.add_argument("--modules", type=int, default=100)
    p.add_argument("--warmup", type=float, default=2.0)
    p.add_argument("--duration", type=float, default=5.0)
    args = p.parse_args(argv)
    wd = scratch("fourgmon-commit-")
    pool = templates(args.modules, 30)
    runs: dict[str, list[dict[str, Any]]] = {m: [] for m in MODES}
    try:
        for rnd in range(args.rounds):
            for mode, env in MODES.items():
                os.environ[SYNC_ENV] = env  # read by the writer process it starts
                runs[mode].append(asyncio.run(run_round(mode, args, pool, wd)))
                print(f"round {rnd} {mode}: {runs[mode][-1]['records_per_s']}/s", file=sys.stderr)
    finally:
        shutil.rmtree(wd, ignore_errors=True)
    keys = ("records_per_s", "ack_ms_p50", "ack_ms_p99", "writer_cpu_us_per_record")
    result: dict[str, Any] = {
        "benchmark": "store_commit_latency",
        "machine": machine(),
        "in_flight": args.in_flight,
        "modules": args.modules,
        "duration_s": args.duration,
        "rounds": args.rounds,
        "median": {m: {k: median([r[k] for r in rs]) for k in keys} for m, rs in runs.items()},
    }
    t, f = result["median"]["thread"], result["median"]["full"]
    if t["records_per_s"] and f["records_per_s"]:
        result["thread/full records_per_s"] = round(t["records_per_s"] / f["records_per_s"], 3)
    if t["ack_ms_p50"] and f["ack_ms_p50"]:
        result["thread/full ack_ms_p50"] = round(t["ack_ms_p50"] / f["ack_ms_p50"], 3)
    result["runs"] = runs
    emit(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
