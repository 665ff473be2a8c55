"""Launch-to-listening time of a fourgmon executable (median of N runs), as JSON.

    python packaging/measure_startup.py dist/fourgmon/fourgmon [--runs 5] [--mode serve|self-test]

``serve`` runs ``EXE serve --host 127.0.0.1 --port 0 --data-dir TMP`` and times from the
exec until "listening on" appears in its log (stderr), then stops it with SIGINT;
``self-test`` times ``EXE --self-test`` until its "listening on" line (stdout). Each run
gets a fresh data dir. Prints ``{"runs": [...], "median_s": ...}``.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time

TIMEOUT = 60.0


def time_to_listening(exe: str, mode: str) -> float:
    """Seconds from exec to the first output line containing "listening on"."""
    with tempfile.TemporaryDirectory(prefix="fourgmon-startup-") as tmp:
        if mode == "serve":
            argv = [exe, "serve", "--host", "127.0.0.1", "--port", "0", "--data-dir", tmp]
        else:
            argv = [exe, "--self-test"]
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        started = time.perf_counter()
        proc = subprocess.Popen(
            argv,
            stdout=subprocess.PIPE if mode == "self-test" else subprocess.DEVNULL,
            stderr=subprocess.PIPE if mode == "serve" else subprocess.DEVNULL,
            env=env,
        )
        stream = proc.stdout if mode == "self-test" else proc.stderr
        assert stream is not None
        elapsed = None
        try:
            for line in stream:
                if b"listening on" in line:
                    elapsed = time.perf_counter() - started
                    break
                if time.perf_counter() - started > TIMEOUT:
                    break
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGINT)
            try:
                proc.communicate(timeout=TIMEOUT)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.communicate()
        if elapsed is None:
            raise SystemExit(f"measure_startup: {' '.join(argv)} never said 'listening on'")
        return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("exe", help="the fourgmon executable")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--mode", choices=("serve", "self-test"), default="serve")
    args = parser.parse_args()
    runs = [round(time_to_listening(args.exe, args.mode), 3) for _ in range(args.runs)]
    print(json.dumps({"mode": args.mode, "runs": runs, "median_s": statistics.median(runs)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
