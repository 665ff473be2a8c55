"""Run every benchmark one after the other and print one JSON object keyed by script.

Each script already compares against its own baseline in the same run; this only
runs them in sequence (never in parallel: they would share the CPU) with their
default options, or the short ones with ``--quick``.

    python benchmarks/run_all.py [--quick] [--only throughput,connections,...]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import PY, child_env, last_json, loadavg

HERE = Path(__file__).resolve().parent

FULL = {
    "decode": ["bench_decode.py"],
    "hotpath": ["bench_hotpath.py"],
    "store": ["bench_store.py"],
    "startup": ["bench_startup.py", "--rounds", "5"],
    "throughput": ["bench_throughput.py", "--rounds", "3", "--duration", "10"],
    "connections": ["bench_connections.py", "--idle", "10000", "--phase", "10"],
    "soak": ["bench_soak.py", "--duration", "90"],
}
QUICK = {
    "decode": ["bench_decode.py", "--rounds", "5"],
    "hotpath": ["bench_hotpath.py", "--rounds", "3"],
    "startup": ["bench_startup.py", "--rounds", "2"],
    "throughput": ["bench_throughput.py", "--rounds", "1", "--duration", "4"],
    "connections": ["bench_connections.py", "--idle", "2000", "--phase", "3"],
    "soak": ["bench_soak.py", "--duration", "20", "--no-baseline"],
}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true")
    p.add_argument("--only", default="")
    args = p.parse_args(argv)
    plan = QUICK if args.quick else FULL
    only = [x for x in args.only.split(",") if x]
    out: dict = {"loadavg_at_start": loadavg()}
    for name, cmd in plan.items():
        if only and name not in only:
            continue
        t0 = time.perf_counter()
        proc = subprocess.run(
            [PY, str(HERE / cmd[0]), *cmd[1:]],
            capture_output=True,
            text=True,
            env=child_env(),
            check=False,
            timeout=3600,
        )
        try:
            out[name] = json.loads(proc.stdout)
        except ValueError:
            out[name] = last_json(proc.stdout) or {"error": proc.stderr[-2000:]}
        out[name]["wall_s"] = round(time.perf_counter() - t0, 1)
        print(f"{name}: {out[name]['wall_s']} s", file=sys.stderr)
    out["loadavg_at_end"] = loadavg()
    json.dump(out, sys.stdout, indent=2, default=str)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
