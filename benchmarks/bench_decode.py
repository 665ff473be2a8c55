"""Splitter + decoder cost of one 3-channel push_msg, against a naive baseline.

Prints JSON: the median (and the best, which is steadier on a shared machine)
microseconds per message over several rounds for
``JsonSplitter.feed`` + ``decode`` (whole messages, and each message cut in two
as a TCP segment boundary would), and for a naive decoder in the same run
(``json.loads`` + ``int(x, 16)`` per sample), with the ratio.

    .venv/bin/python benchmarks/bench_decode.py [--rounds N] [--messages N]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from collections.abc import Callable

import numpy as np

from fourgmon.protocol import JsonSplitter, PushMsg, decode, encode


def _messages(count: int, channels: int) -> list[bytes]:
    rng = np.random.default_rng(1)
    return [
        encode(
            PushMsg(
                imei="865501040783269",
                packnum=i,
                time="2024-07-16 12:00:00",
                channels={
                    k: rng.integers(0, 65536, 50, dtype=np.int64).astype(np.uint16)
                    for k in range(channels)
                },
                temperature=25.5,
                humidity=30.3,
            )
        )
        for i in range(count)
    ]


def _ours(stream: list[bytes]) -> int:
    splitter = JsonSplitter()
    n = 0
    for chunk in stream:
        for raw in splitter.feed(chunk):
            decode(raw)
            n += 1
    return n


def _naive(stream: list[bytes]) -> int:
    """What one would write first: a byte loop for braces, json.loads, int() per sample."""
    buf = b"".join(stream)
    n = 0
    depth, start, in_str, esc = 0, -1, False, False
    for i, c in enumerate(buf):
        if in_str:
            if esc:
                esc = False
            elif c == 0x5C:
                esc = True
            elif c == 0x22:
                in_str = False
        elif c == 0x22:
            in_str = True
        elif c == 0x7B:
            if depth == 0:
                start = i
            depth += 1
        elif c == 0x7D and depth:
            depth -= 1
            if depth == 0:
                obj = json.loads(buf[start : i + 1])
                {
                    k: np.array([int(x, 16) for x in obj[f"data{k}"].split(",")], np.uint16)
                    for k in range(9)
                    if f"data{k}" in obj
                }
                n += 1
    return n


def _naive_decode_only(stream: list[bytes]) -> int:
    """The naive decoder alone, given already split objects (a lower bound for any naive path)."""
    n = 0
    for raw in stream:
        obj = json.loads(raw)
        {
            k: np.array([int(x, 16) for x in obj[f"data{k}"].split(",")], np.uint16)
            for k in range(9)
            if f"data{k}" in obj
        }
        n += 1
    return n


def _timings_us(
    fn: Callable[[list[bytes]], int], stream: list[bytes], count: int, rounds: int
) -> tuple[float, float]:
    """(median, best) microseconds per message over ``rounds`` runs."""
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        got = fn(stream)
        times.append(time.perf_counter() - t0)
        assert got == count, (fn.__name__, got, count)
    return statistics.median(times) / count * 1e6, min(times) / count * 1e6


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--messages", type=int, default=2000)
    args = parser.parse_args(argv)

    results: dict[str, object] = {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "rounds": args.rounds,
        "messages_per_round": args.messages,
    }
    for channels in (3, 9):
        msgs = _messages(args.messages, channels)
        halves = [part for m in msgs for part in (m[: len(m) // 2], m[len(m) // 2 :])]
        _ours(msgs)  # warm up
        ours, ours_best = _timings_us(_ours, msgs, args.messages, args.rounds)
        split, _ = _timings_us(_ours, halves, args.messages, args.rounds)
        naive, naive_best = _timings_us(_naive, msgs, args.messages, max(3, args.rounds // 3))
        naive_decode, _ = _timings_us(_naive_decode_only, msgs, args.messages, args.rounds)
        results[f"push_msg_{channels}ch"] = {
            "bytes": len(msgs[0]),
            "splitter_decode_us": round(ours, 2),
            "splitter_decode_best_us": round(ours_best, 2),
            "splitter_decode_split_in_two_us": round(split, 2),
            "baseline_naive_split_decode_us": round(naive, 2),
            "baseline_naive_split_decode_best_us": round(naive_best, 2),
            "baseline_naive_decode_only_us": round(naive_decode, 2),
            "speedup_vs_naive": round(naive / ours, 1),
            "speedup_vs_naive_decode_only": round(naive_decode / ours, 1),
        }
    json.dump(results, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
