"""Acked push_msg per second: fourgmon serve and the window against bare baselines, one run.

Variants (each a child process, loaded by ``loadgen.py`` in another process over
127.0.0.1 with the same N modules x W packets in flight, warm-up and duration):

- ``a``        ``fourgmon serve --no-uvloop`` (plain asyncio)
- ``a_uvloop`` ``python -O -m fourgmon serve`` with uvloop, serve's default (``-O`` dates from
  an assert that broke serve on uvloop, fixed since; kept so results stay comparable)
- ``b``        the window, offscreen, busiest module selected, nine curves live (qasync)
- ``c``        the plainest correct server, stdlib only: one scan per read, ``json.loads``,
               every ``dataK`` decoded, templated ack (``bare_server.py --mode bare``): the limit
- ``c_protocol`` the same job through ``fourgmon.protocol`` (``--mode protocol``), plain asyncio
- ``c_uvloop`` the same on uvloop
- ``d``        bare server committing each packet to SQLite alone (``--mode naive``)

Every round runs every variant once, in order, so slow phases of a noisy machine
hit all of them alike; the report has each variant's median over the rounds and
the ratios of medians, plus the median of the per-round ratios. For ``b`` it also
reports the window's frame time (refresh + paint) p50/p95 and the curves' staleness
during the measured window. Prints JSON.

    python benchmarks/bench_throughput.py [--rounds 3] [--modules 100] [--window 8]
        [--duration 10] [--variants a,a_uvloop,b,c,c_protocol,c_uvloop,d]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    PY,
    Child,
    child_env,
    cpu_seconds,
    emit,
    have_uvloop,
    last_json,
    loadavg,
    machine,
    median,
    pct,
    ratio,
    rss_mb,
    run_json,
    scratch,
    serve_argv,
    thread_cpu,
)

HERE = Path(__file__).resolve().parent
ALL = ("a", "a_uvloop", "b", "c", "c_protocol", "c_uvloop", "d")


def variant_argv(name: str, data_dir: Path) -> list[str]:
    match name:
        case "a":
            return serve_argv(data_dir, uvloop=False)
        case "a_uvloop":
            return [PY, "-O", *serve_argv(data_dir, uvloop=True)[1:]]
        case "b":
            return [PY, str(HERE / "window_target.py"), "--data-dir", str(data_dir)]
        case "c":
            return [PY, str(HERE / "bare_server.py"), "--mode", "bare", "--loop", "asyncio"]
        case "c_protocol":
            return [PY, str(HERE / "bare_server.py"), "--mode", "protocol", "--loop", "asyncio"]
        case "c_uvloop":
            return [PY, str(HERE / "bare_server.py"), "--mode", "bare", "--loop", "uvloop"]
        case "d":
            return [
                PY,
                str(HERE / "bare_server.py"),
                "--mode",
                "naive",
                "--data-dir",
                str(data_dir),
            ]
    raise ValueError(name)


def window_stats(out: dict | None, t0: float, t1: float) -> dict:
    """Frame time, tick interval and staleness from the window's tick records in [t0, t1]."""
    if not out:
        return {}
    ticks = [t for t in out.get("ticks", []) if t0 <= t[0] <= t1]
    frame = [t[1] + t[2] for t in ticks]
    interval = [t[3] for t in ticks if t[3] > 0]
    stale = [t[4] for t in ticks if t[4] >= 0]
    return {
        "ticks": len(ticks),
        "frame_ms_p50": pct(frame, 0.5),
        "frame_ms_p95": pct(frame, 0.95),
        "refresh_ms_p95": pct([t[1] for t in ticks], 0.95),
        "paint_ms_p95": pct([t[2] for t in ticks], 0.95),
        "tick_interval_ms_p50": pct(interval, 0.5),
        "tick_interval_ms_p95": pct(interval, 0.95),
        "stale_ms_p50": pct(stale, 0.5),
        "stale_ms_p95": pct(stale, 0.95),
        "curves_drawn_ticks": len(stale),
        "selected": out.get("selected"),
        "rss_mb": out.get("rss_mb"),
    }


def _pct(t0: float | None, t1: float | None, elapsed: float) -> float | None:
    return round(100 * (t1 - t0) / elapsed, 1) if t0 is not None and t1 is not None else None


def run_variant(name: str, args: argparse.Namespace, wd: Path, rnd: int) -> dict:
    data_dir = wd / f"{name}-r{rnd}"
    env = child_env(XDG_CONFIG_HOME=str(wd / "config"))
    child = Child(variant_argv(name, data_dir), name=f"{name}-r{rnd}", workdir=wd, env=env)
    cpu0 = cpu_seconds(child.pid)
    own0 = cpu_seconds(child.pid, with_children=False)
    threads0 = thread_cpu(child.pid)
    t0 = time.perf_counter()
    load = run_json(
        [
            PY,
            str(HERE / "loadgen.py"),
            "--port",
            str(child.port),
            "--modules",
            str(args.modules),
            "--window",
            str(args.window),
            "--warmup",
            str(args.warmup),
            "--duration",
            str(args.duration),
        ],
        timeout=args.warmup + args.duration + 60,
    )
    elapsed = time.perf_counter() - t0
    cpu1 = cpu_seconds(child.pid)
    own1 = cpu_seconds(child.pid, with_children=False)
    threads1 = thread_cpu(child.pid)
    rss = rss_mb(child.pid)
    alive = time.perf_counter() - child.started
    status, out = child.stop()
    res = {
        "acks_per_s": load["acks_per_s"],
        "per_second": load["per_second"],
        "errors": load["errors"],
        "connected": load["connected"],
        # Whole server: the process and its store's writer process; "main": the first alone.
        "server_cpu_pct": _pct(cpu0, cpu1, elapsed),
        "server_main_cpu_pct": _pct(own0, own1, elapsed),
        "loadgen_cpu_pct": load["loadgen_cpu_pct"],
        "server_rss_mb": rss,
        "exit_status": status,
        "loadavg_1m": loadavg()[0],
    }
    # CPU per acked packet: what survives a loaded machine (wall-clock rates do not).
    acks = load["acks_per_s"] or 0
    if acks and res["server_cpu_pct"] is not None and res["server_main_cpu_pct"] is not None:
        main_us = 1e4 * res["server_main_cpu_pct"] / acks
        res["cpu_us_per_ack"] = {
            "server": round(1e4 * res["server_cpu_pct"] / acks, 1),
            "main_process": round(main_us, 1),
            "child_processes": round(1e4 * res["server_cpu_pct"] / acks - main_us, 1),
        }
        # The same per thread group (serve's loop, its store threads, the writer's
        # transaction thread, the writer's input/journal/checkpoint threads).
        res["thread_cpu_us_per_ack"] = {
            k: round(1e6 * (threads1[k] - threads0.get(k, 0.0)) / elapsed / acks, 1)
            for k in threads1
            if threads1[k] - threads0.get(k, 0.0) > 0
        }
        # Little's law: the packets in flight over the rate is the time a packet waits
        # for its ack (what a closed loop of N x W in flight turns into throughput).
        res["ack_latency_ms"] = round(1e3 * args.modules * args.window / acks, 1)
    if name == "b":
        res["window"] = window_stats(last_json(out), *load["measure_wall"])
    stats = store_stats(child.log())
    if stats is not None:
        # What explains the figure: the writer's batch sizes, and its µs per record
        # (apply_records and COMMIT apart) over the whole run, warm-up included.
        keys = ("records", "commits", "mean_batch", "batch_hist", "busy_s", "us_per_record")
        keys += ("apply_us_per_record", "commit_us_per_record")
        keys += ("syncs", "batches_per_sync", "sync_ms_mean")  # the WAL's fsync thread
        res["writer"] = {k: stats.get(k) for k in keys}
        res["writer"]["busy_pct"] = round(100 * stats.get("busy_s", 0) / alive, 1)
        res["writer"]["commits_per_s"] = round((stats.get("commits") or 0) / alive, 1)
    return res


def store_stats(log: str) -> dict | None:
    """The ``store stats {json}`` line serve (and the window) log when the store closes."""
    found = None
    for line in log.splitlines():
        _, sep, tail = line.partition("store stats ")
        if sep and tail.startswith("{"):
            try:
                found = json.loads(tail)
            except ValueError:
                continue
    return found


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--modules", type=int, default=100)
    p.add_argument("--window", type=int, default=8, help="packets in flight per module")
    p.add_argument("--warmup", type=float, default=3.0)
    p.add_argument("--duration", type=float, default=10.0)
    p.add_argument("--variants", default=",".join(ALL))
    args = p.parse_args(argv)
    variants = [v for v in args.variants.split(",") if v]
    if not have_uvloop():
        variants = [v for v in variants if "uvloop" not in v]
    wd = scratch("fourgmon-throughput-")
    result: dict = {
        "benchmark": "throughput_push_msg_3ch",
        "machine": machine(),
        "modules": args.modules,
        "in_flight_per_module": args.window,
        "duration_s": args.duration,
        "warmup_s": args.warmup,
        "rounds": args.rounds,
        "scratch": str(wd),
    }
    runs: dict[str, list[dict]] = {v: [] for v in variants}
    for rnd in range(args.rounds):
        for v in variants:
            try:
                runs[v].append(run_variant(v, args, wd, rnd))
            except Exception as exc:  # one broken variant must not lose the others
                runs[v].append({"acks_per_s": None, "error": repr(exc)[:500]})
            print(f"round {rnd} {v}: {runs[v][-1].get('acks_per_s')}/s", file=sys.stderr)
    med = {v: median([r.get("acks_per_s") for r in runs[v]]) for v in variants}
    result["median_acks_per_s"] = med

    def per_round(x: str, y: str) -> float | None:
        if x not in runs or y not in runs:
            return None
        rs = [
            ratio(a.get("acks_per_s"), b.get("acks_per_s"))
            for a, b in zip(runs[x], runs[y], strict=False)
        ]
        return median(rs)

    pairs = [("a", "c"), ("a_uvloop", "c_uvloop"), ("a_uvloop", "c"), ("a", "d"), ("b", "a")]
    pairs += [("b", "a_uvloop"), ("c_uvloop", "c"), ("a_uvloop", "a"), ("a", "c_protocol")]
    pairs += [("c_protocol", "c")]
    result["ratios_of_medians"] = {
        f"{x}/{y}": ratio(med.get(x), med.get(y)) for x, y in pairs if x in med and y in med
    }
    result["median_of_round_ratios"] = {
        f"{x}/{y}": per_round(x, y) for x, y in pairs if x in med and y in med
    }
    if "b" in runs:
        keys = ("frame_ms_p50", "frame_ms_p95", "stale_ms_p50", "stale_ms_p95")
        keys += ("tick_interval_ms_p95", "refresh_ms_p95", "paint_ms_p95")
        result["window_median"] = {
            k: median([r.get("window", {}).get(k) for r in runs["b"]]) for k in keys
        }
    result["targets"] = {
        # Issue 11: against the bare limit (c), not against fourgmon's own protocol layer.
        "a/c >= 0.5": result["ratios_of_medians"].get("a/c"),
        "a/d >= 5": result["ratios_of_medians"].get("a/d"),
        "b/a >= 0.5": result["ratios_of_medians"].get("b/a"),
        "window frame p95 <= 50 ms": result.get("window_median", {}).get("frame_ms_p95"),
    }
    writer = {v: [r["writer"] for r in runs[v] if r.get("writer")] for v in variants}
    result["writer_median"] = {
        v: {
            k: median([w[k] for w in ws])
            for k in (
                "mean_batch",
                "us_per_record",
                "apply_us_per_record",
                "commit_us_per_record",
                "busy_pct",
                "commits_per_s",
                "batches_per_sync",
                "sync_ms_mean",
            )
        }
        for v, ws in writer.items()
        if ws
    }
    result["cpu_us_per_ack_median"] = {
        v: {
            k: median([r.get("cpu_us_per_ack", {}).get(k) for r in runs[v]])
            for k in ("server", "main_process", "child_processes")
        }
        for v in variants
    }
    result["thread_cpu_us_per_ack_median"] = {
        v: {
            k: median([r.get("thread_cpu_us_per_ack", {}).get(k) for r in runs[v]])
            for k in ("loop_thread", "main_other", "writer_main", "writer_other")
        }
        for v in variants
    }
    result["ack_latency_ms_median"] = {
        v: median([r.get("ack_latency_ms") for r in runs[v]]) for v in variants
    }
    result["runs"] = runs
    emit(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
