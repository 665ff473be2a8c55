"""Profile a server under the throughput load with py-spy; print the top functions as JSON.

Starts the target (``serve``, ``serve-uvloop``, ``window`` or ``bare``) as a child,
runs ``loadgen.py`` against it, and records it with ``py-spy record --format raw``
(collapsed stacks, all threads, idle samples dropped) for ``--seconds`` while the
load runs. Prints the top functions by self time and by inclusive time, as % of
the samples, per thread name and overall. Needs py-spy (``pip install py-spy``)
and ptrace permission on the child.

    python benchmarks/profile_load.py --target serve [--seconds 12] [--gil] [--mqtt]

``--mqtt``: serve forwards everything to a mosquitto of its own (``--mqtt-rate``
unbounded, ThingsBoard format), as ``bench_bridge.py`` does: where the bridge's CPU goes.
"""

from __future__ import annotations

import argparse
import collections
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    PY,
    Child,
    child_env,
    emit,
    last_json,
    loadavg,
    raise_nofile,
    scratch,
    serve_argv,
)

HERE = Path(__file__).resolve().parent


def target_argv(target: str, wd: Path) -> list[str]:
    if target == "serve":
        return serve_argv(wd / "data", uvloop=False)
    if target == "serve-uvloop":  # -O: Session.connection_made asserts asyncio.Transport
        return [PY, "-O", *serve_argv(wd / "data", uvloop=True)[1:]]
    if target == "window":
        return [PY, str(HERE / "window_target.py"), "--data-dir", str(wd / "data")]
    if target == "bare":
        return [PY, str(HERE / "bare_server.py"), "--mode", "bare"]
    raise SystemExit(f"unknown target {target}")


def _func(frame: str) -> str:
    """``name (file:line)`` -> ``name (file)``: aggregate a function over its lines."""
    name, sep, where = frame.partition(" (")
    return f"{name} ({where.rsplit(':', 1)[0]})" if sep else frame


def summarize(raw_path: Path, top: int) -> dict:
    """Self and inclusive % per function from py-spy's collapsed stacks."""
    self_n: collections.Counter[str] = collections.Counter()
    incl_n: collections.Counter[str] = collections.Counter()
    thread_n: collections.Counter[str] = collections.Counter()
    total = 0
    for line in raw_path.read_text(errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        frames = stack.split(";")
        process = ""
        while frames[0].startswith("process ") and len(frames) > 1:  # --subprocesses: nested
            cmd = frames.pop(0)
            process = "writer process: " if "store.writer" in cmd or "--store-writer" in cmd else ""
        thread = process + frames[0]
        funcs = [_func(f) for f in frames[1:]]
        total += n
        thread_n[thread] += n
        if funcs:
            self_n[funcs[-1]] += n
            for func in set(funcs):
                incl_n[func] += n

    def table(counter: collections.Counter[str]) -> list[list[object]]:
        return [[round(100 * v / total, 1), k] for k, v in counter.most_common(top)]

    return {
        "samples": total,
        "threads_pct": table(thread_n),
        "top_self_pct": table(self_n),
        "top_inclusive_pct": table(incl_n),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--target", default="serve")
    p.add_argument("--modules", type=int, default=100)
    p.add_argument("--window", type=int, default=8)
    p.add_argument("--seconds", type=float, default=12.0)
    p.add_argument("--rate", type=int, default=200, help="py-spy samples per second")
    p.add_argument(
        "--load",
        choices=("throughput", "connections"),
        default="throughput",
        help="loadgen.py (N x W in flight) or bench_connections.py's client (10k idle + 100)",
    )
    p.add_argument("--delay", type=float, default=3.0, help="s of load before recording")
    p.add_argument("--gil", action="store_true", help="only samples holding the GIL")
    p.add_argument("--native", action="store_true", help="include C/C++ frames (py-spy --native)")
    p.add_argument("--top", type=int, default=25)
    p.add_argument("--mqtt", action="store_true", help="serve with the MQTT bridge on")
    p.add_argument("--out", type=Path, default=None, help="keep the raw collapsed stacks here")
    args = p.parse_args(argv)
    if _py_spy() is None:  # say so before starting anything
        print("profile_load: py-spy not found (pip install py-spy)", file=sys.stderr)
        return 2
    wd = scratch("fourgmon-prof-")
    target = target_argv(args.target, wd)
    broker = None
    if args.mqtt:
        from bench_bridge import start_broker

        broker, port = start_broker(wd)
        target += ["--mqtt", f"mqtt://127.0.0.1:{port}", "--mqtt-rate", "1e6"]
    try:
        return _profile(args, wd, target)
    finally:
        if broker is not None:
            broker.terminate()
            broker.wait()


def _py_spy() -> str | None:
    """The venv's py-spy, else the one on PATH."""
    venv_spy = Path(PY).parent / "py-spy"
    return str(venv_spy) if venv_spy.exists() else shutil.which("py-spy")


def _profile(args: argparse.Namespace, wd: Path, argv: list[str]) -> int:
    child = Child(argv, name=args.target, workdir=wd, env=child_env())
    warmup = args.delay
    if args.load == "throughput":
        load_argv = [PY, str(HERE / "loadgen.py"), "--port", str(child.port)]
        load_argv += ["--modules", str(args.modules), "--window", str(args.window)]
        load_argv += ["--warmup", str(warmup), "--duration", str(args.seconds + 2)]
    else:
        raise_nofile()
        load_argv = [PY, str(HERE / "bench_connections.py"), "--client", "--port", str(child.port)]
        load_argv += ["--active-phase", "2", "--phase", str(args.seconds + 10)]
    load = subprocess.Popen(load_argv, stdout=subprocess.PIPE, text=True, env=child_env())
    time.sleep(warmup)
    raw = args.out or (wd / "profile.txt")
    spy = [
        _py_spy() or "py-spy",
        "record",
        "--pid",
        str(child.pid),
        "--duration",
        str(int(args.seconds)),
        "--rate",
        str(args.rate),
        "--format",
        "raw",
        "--threads",
        "--subprocesses",  # the store's writer process too
        "--output",
        str(raw),
    ]
    if args.gil:
        spy.append("--gil")
    if args.native:
        spy.append("--native")
    try:
        rc = subprocess.run(spy, capture_output=True, text=True, check=False)
        out, _ = load.communicate(timeout=3 * args.seconds + 300)
    finally:  # a failed py-spy must not leave the target and the load running
        if load.poll() is None:
            load.kill()
            load.wait()
        child.stop()
    if rc.returncode != 0:
        print(rc.stderr, file=sys.stderr)
        return 1
    result = {
        "benchmark": "profile_load",
        "target": args.target,
        "mqtt": args.mqtt,
        "gil_only": args.gil,
        "loadavg": loadavg(),
        "load": last_json(out),
        "raw": str(raw),
        **summarize(raw, args.top),
    }
    emit(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
