"""Start-up: launch to listening (serve) and launch to window shown, against floors, one run.

Measured from ``Popen`` to the child's "listening on" line on stderr (polled every
5 ms), for:

- ``serve``          ``python -m fourgmon serve --no-uvloop`` (fresh data dir each time)
- ``serve_uvloop``   the same with uvloop (``python -O``, see bench_throughput.py)
- ``window``         ``window_target.py``: the real window built as ``fourgmon.gui.app``
                     does, shown offscreen, then the server listening; it also reports
                     the in-process time from its first line to ``window.show()``
- floors in the same run: ``python -c pass``, ``python -c "import fourgmon.server..."``,
  ``python -c "import PySide6.QtWidgets, pyqtgraph, qasync"`` and ``bare_server.py``
  to listening.

Rounds alternate the variants; medians and p90 are reported. Prints JSON.

    python benchmarks/bench_startup.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import PY, Child, child_env, emit, machine, median, pct, scratch, serve_argv

HERE = Path(__file__).resolve().parent
IMPORTS = {
    "python_floor": "pass",
    "import_server_floor": "import fourgmon.server.server, fourgmon.store, asyncio",
    "import_gui_floor": "import PySide6.QtWidgets, pyqtgraph, qasync, fourgmon.gui.main_window",
}


def timed_run(code: str) -> float:
    t0 = time.perf_counter()
    subprocess.run([PY, "-c", code], check=True, env=child_env(), capture_output=True)
    return time.perf_counter() - t0


def timed_listen(argv: list[str], wd: Path, name: str) -> tuple[float, float | None]:
    env = child_env(XDG_CONFIG_HOME=str(wd / "config"))
    child = Child(argv, name=name, workdir=wd, env=env)
    took = child.listening_after
    m = re.search(r"window shown after ([\d.]+) s", child.log())
    child.stop()
    return took, float(m.group(1)) if m else None


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=5)
    args = p.parse_args(argv)
    wd = scratch("fourgmon-startup-")
    times: dict[str, list[float]] = {}
    shown_in_process: list[float] = []
    for rnd in range(args.rounds):
        for name, code in IMPORTS.items():
            times.setdefault(name, []).append(timed_run(code))
        variants = {
            "bare_server_listening": [PY, str(HERE / "bare_server.py"), "--mode", "bare"],
            "serve_listening": serve_argv(wd / f"serve{rnd}", uvloop=False),
            "serve_uvloop_listening": [PY, "-O", *serve_argv(wd / f"uv{rnd}", uvloop=True)[1:]],
            "window_shown_and_listening": [
                PY,
                str(HERE / "window_target.py"),
                "--data-dir",
                str(wd / f"win{rnd}"),
            ],
        }
        for name, cmd in variants.items():
            took, shown = timed_listen(cmd, wd, f"{name}{rnd}")
            times.setdefault(name, []).append(took)
            if shown is not None:
                shown_in_process.append(shown)
    result = {
        "benchmark": "startup",
        "machine": machine(),
        "rounds": args.rounds,
        "median_s": {k: round(median(v) or 0, 3) for k, v in times.items()},
        "p90_s": {k: round(pct(v, 0.9) or 0, 3) for k, v in times.items()},
        "window_show_in_process_median_s": median(shown_in_process),
    }
    med = result["median_s"]
    result["over_floor_s"] = {
        "serve - bare_server": round(med["serve_listening"] - med["bare_server_listening"], 3),
        "window - import_gui_floor": round(
            med["window_shown_and_listening"] - med["import_gui_floor"], 3
        ),
    }
    result["runs_s"] = {k: [round(x, 3) for x in v] for k, v in times.items()}
    emit(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
