"""Per-packet cost of each stage of serve's hot path, with same-run baselines. Prints JSON.

Stages, microseconds per 3-channel push_msg (median of ``--rounds``):

- ``split``: ``JsonSplitter.feed`` of one whole packet
- ``decode``: ``decode(raw)``; baseline ``json.loads(raw)`` alone (the floor of any decoder)
- ``encode_ack``: ``encode(PushMsgAck(n))``; baseline the general json.dumps path
  (``json.dumps`` of the same fields), i.e. what encode did before the fast path
- ``store_enqueue``: ``store.submit(record)`` vs ``asyncio.ensure_future(store.write(record))``
  (what the server does per packet today), each then awaited in bulk
- ``apply_records``: the writer's SQL + Python per record (in one process here), batches of 256,
  without and with the COMMIT (fsync)

    python benchmarks/bench_hotpath.py [--rounds 7] [--n 4000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import emit, machine
from loadgen import packet_template

from fourgmon.protocol import JsonSplitter, PushMsgAck, decode, encode
from fourgmon.store import PushMsgRecord, Store
from fourgmon.store.rows import apply_records


def _us(fn, n: int, rounds: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return round(statistics.median(times) / n * 1e6, 2)


async def _enqueue(store: Store, recs: list[PushMsgRecord], use_submit: bool) -> float:
    t0 = time.perf_counter()
    if use_submit:
        futs = [store.submit(r) for r in recs]
    else:
        futs = [asyncio.ensure_future(store.write(r)) for r in recs]
    t1 = time.perf_counter()
    await asyncio.gather(*futs)
    return t1 - t0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=7)
    p.add_argument("--n", type=int, default=4000)
    args = p.parse_args(argv)
    n, rounds = args.n, args.rounds
    prefix, suffix = packet_template("865501040000001")
    raws = [prefix + str(i).encode() + suffix for i in range(n)]
    msgs = [decode(r) for r in raws]
    res: dict = {"benchmark": "hotpath", "machine": machine(), "n": n, "rounds": rounds}

    def split() -> None:
        s = JsonSplitter()
        for r in raws:
            s.feed(r)

    def dec() -> None:
        for r in raws:
            decode(r)

    def loads() -> None:
        for r in raws:
            json.loads(r)

    acks = [PushMsgAck(i) for i in range(n)]

    def enc() -> None:
        for a in acks:
            encode(a)

    def enc_general() -> None:
        for a in acks:
            json.dumps(
                {"cmd": a.CMD, "packnum": str(a.packnum)}, separators=(",", ":"), ensure_ascii=False
            ).encode("utf-8")

    res["split_us"] = _us(split, n, rounds)
    res["decode_us"] = _us(dec, n, rounds)
    res["baseline_json_loads_us"] = _us(loads, n, rounds)
    res["split_plus_decode_us"] = round(res["split_us"] + res["decode_us"], 2)
    res["encode_ack_us"] = _us(enc, n, rounds)
    res["baseline_encode_ack_json_dumps_us"] = _us(enc_general, n, rounds)

    async def store_part() -> dict:
        out: dict = {}
        with tempfile.TemporaryDirectory() as d:
            store = Store.open(Path(d))
            await store.start()
            now = time.time()
            sub, ens = [], []
            for r in range(rounds):
                base = (r + 1) * 10 * n
                recs = [
                    PushMsgRecord(decode(prefix + str(base + i).encode() + suffix), now, raws[i])
                    for i in range(n)
                ]
                sub.append(await _enqueue(store, recs, True))
                recs = [
                    PushMsgRecord(
                        decode(prefix + str(base + n + i).encode() + suffix), now, raws[i]
                    )
                    for i in range(n)
                ]
                ens.append(await _enqueue(store, recs, False))
            out["store_submit_us"] = round(statistics.median(sub) / n * 1e6, 2)
            out["baseline_ensure_future_write_us"] = round(statistics.median(ens) / n * 1e6, 2)
            await store.close()
            # The writer's work, on its own connection, batches of 256.
            from fourgmon.store.db import connect as _connect

            conn = _connect(Path(d) / "fourgmon.sqlite3")
            apply_t, commit_t, done = [], [], 0
            for r in range(rounds):
                base = (r + 100) * 10 * n
                recs = [
                    PushMsgRecord(decode(prefix + str(base + i).encode() + suffix), now, raws[i])
                    for i in range(256)
                ]
                conn.execute("BEGIN IMMEDIATE")
                t0 = time.perf_counter()
                apply_records(conn, recs)
                t1 = time.perf_counter()
                conn.execute("COMMIT")
                t2 = time.perf_counter()
                apply_t.append((t1 - t0) / 256)
                commit_t.append((t2 - t1) / 256)
                done += 256
            conn.close()
            out["apply_records_us"] = round(statistics.median(apply_t) * 1e6, 2)
            out["commit_per_record_us_batch_256"] = round(statistics.median(commit_t) * 1e6, 2)
        return out

    res.update(asyncio.run(store_part()))
    res["ratios"] = {
        "decode/json_loads": round(res["decode_us"] / res["baseline_json_loads_us"], 2),
        "encode_ack fast/general": round(
            res["encode_ack_us"] / res["baseline_encode_ack_json_dumps_us"], 3
        ),
        "submit/ensure_future": round(
            res["store_submit_us"] / res["baseline_ensure_future_write_us"], 3
        ),
    }
    res["target_decode_le_10us"] = res["split_plus_decode_us"]
    del msgs
    emit(res)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
