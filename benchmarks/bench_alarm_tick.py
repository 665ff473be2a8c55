"""Cost of the alarm rules' clock tick (no_data time-outs, flapping memory) with many modules.

A stepped clock drives :class:`fourgmon.domain.alarms.AlarmBook` directly (no sockets,
no store): ``--devices`` modules come online, each sends a push_msg every
``--frame-every`` seconds (staggered), and the book's ``tick`` runs every ``--tick``
seconds of simulated time, as the server runs it. Measured with ``perf_counter``
around each call:

- ``quiet``: ticks where no module times out (the common case: every module reports).
  All modules come online at once (a server start: they reconnect within a second), so
  a deadline-driven book has one burst of re-scheduling a time-out period after the
  start; the mean is the amortised cost, the p95 / max show the burst;
- ``expiry``: after ``--silent`` modules stop sending, the ticks until their no_data
  alarms are raised, and the one tick that raises them;
- ``frame_us``: the cost of feeding one FrameReceived (the hot path must not pay for
  the time-outs).

Prints one JSON object. Run it on a quiet machine if you can; it says the load.

    .venv/bin/python benchmarks/bench_alarm_tick.py [--devices 10000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable

from fourgmon.domain.alarms import AlarmBook, AlarmRules
from fourgmon.domain.changes import DeviceOnline, Event, FrameReceived

T0 = 1_800_000_000.0


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _timed(fn: Callable[[], object], into: list[float]) -> object:
    t = time.perf_counter()
    out = fn()
    into.append((time.perf_counter() - t) * 1e6)
    return out


def _round(args: argparse.Namespace) -> dict[str, float | int]:
    rules = AlarmRules(no_data_minutes=args.no_data_minutes, clock_skew_seconds=0)
    book = AlarmBook(rules)
    imeis = [f"8655{i:011d}" for i in range(args.devices)]
    now = T0
    for imei in imeis:
        book.on_change(DeviceOnline(imei, "p", now), now)

    def frame(imei: str, at: float) -> Event:
        return FrameReceived(imei, 1, "", at, {}, None, None)

    def tick(at: float) -> list[object]:
        out: list[object] = list(book.tick(at))
        forget = getattr(book, "forget_recent", None)  # the server calls both
        if forget is not None:
            forget(at)
        return out

    # Module i reports at T0 + i * frame_every / devices + n * frame_every.
    offsets = [i * args.frame_every / args.devices for i in range(args.devices)]
    quiet: list[float] = []
    frame_us: list[float] = []
    silent = set(range(args.silent))
    steps = int(args.quiet_minutes * 60 / args.tick)
    next_frame = list(offsets)
    order = sorted(range(args.devices), key=lambda i: offsets[i])

    def run_until(limit: float, skip: set[int], ticks: list[float], raised: list[int]) -> None:
        nonlocal now
        while now < limit:
            step_end = now + args.tick
            for i in order:  # every module whose time came within this step
                while next_frame[i] < step_end - T0:
                    at = T0 + next_frame[i]
                    next_frame[i] += args.frame_every
                    if i in skip:
                        continue
                    change = frame(imeis[i], at)
                    t = time.perf_counter()
                    book.on_change(change, at)
                    frame_us.append((time.perf_counter() - t) * 1e6)
            now = step_end
            out = _timed(lambda at=now: tick(at), ticks)
            raised.append(len(out))  # type: ignore[arg-type]

    raised_quiet: list[int] = []
    run_until(T0 + steps * args.tick, set(), quiet, raised_quiet)
    assert not any(raised_quiet), "a reporting module timed out"
    expiry: list[float] = []
    raised_expiry: list[int] = []
    run_until(now + args.no_data_minutes * 60 + 2 * args.tick, silent, expiry, raised_expiry)
    assert sum(raised_expiry) == args.silent, (sum(raised_expiry), args.silent)
    peak = max(range(len(expiry)), key=lambda i: raised_expiry[i])
    expiring = expiry[peak]
    others = [t for i, t in enumerate(expiry) if i != peak]
    return {
        "quiet_ticks": len(quiet),
        "quiet_tick_us_p50": round(statistics.median(quiet), 1),
        "quiet_tick_us_p95": round(_pct(quiet, 0.95), 1),
        "quiet_tick_us_mean": round(statistics.fmean(quiet), 1),
        "quiet_tick_us_max": round(max(quiet), 1),
        "expiry_other_tick_us_p50": round(statistics.median(others), 1),
        "expiring_tick_us": round(expiring, 1),
        "expiring_tick_raised": raised_expiry[peak],
        "frame_us_p50": round(statistics.median(frame_us), 2),
        "frame_us_mean": round(statistics.fmean(frame_us), 2),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--devices", type=int, default=10_000)
    p.add_argument("--silent", type=int, default=1_000, help="modules that stop reporting")
    p.add_argument("--frame-every", type=float, default=60.0, help="seconds between push_msgs")
    p.add_argument("--tick", type=float, default=10.0, help="seconds between ticks")
    p.add_argument("--no-data-minutes", type=float, default=5.0)
    p.add_argument("--quiet-minutes", type=float, default=30.0)
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--label", default="")
    args = p.parse_args(argv)
    cpu0 = time.process_time()
    rounds = [_round(args) for _ in range(args.rounds)]
    keys = rounds[0].keys()
    result = {
        "benchmark": "alarm_tick",
        "label": args.label,
        "devices": args.devices,
        "silent": args.silent,
        "frame_every_s": args.frame_every,
        "tick_s": args.tick,
        "no_data_minutes": args.no_data_minutes,
        "rounds": args.rounds,
        "median_of_rounds": {k: statistics.median(float(r[k]) for r in rounds) for k in keys},
        "cpu_s": round(time.process_time() - cpu0, 2),
        "loadavg": [round(x, 2) for x in os.getloadavg()],
        "python": platform.python_version(),
    }
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
