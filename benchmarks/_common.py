"""Helpers shared by the process-level benchmarks (not a benchmark itself).

Every benchmark starts its servers as child processes, learns the port from the
"listening on HOST:PORT" line they print on stderr, loads them from another child
process over 127.0.0.1, and stops them with SIGINT. Processes are found by pid
only, never by name.
"""

from __future__ import annotations

import json
import os
import platform
import re
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PY = sys.executable
_LISTENING = re.compile(r"listening on [\d.]+:(\d+)")


def raise_nofile(want: int = 20_000) -> int:
    """Raise RLIMIT_NOFILE (soft) towards ``want``, capped by the hard limit; return it."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = want if hard == resource.RLIM_INFINITY else min(want, hard)
    if soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def pct(values: Sequence[float], q: float) -> float | None:
    """The q-quantile (0..1) by nearest rank; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def median(values: Sequence[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return statistics.median(vals) if vals else None


def ratio(a: float | None, b: float | None) -> float | None:
    if a is None or not b:
        return None
    return round(a / b, 3)


def loadavg() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def machine() -> dict[str, object]:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "loadavg_at_start": loadavg(),
    }


def children(pid: int) -> list[int]:
    """Child processes of ``pid`` (the store's writer process of a server)."""
    kids: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                kids += [int(k) for k in fh.read().split()]
    except OSError:
        pass
    return kids


def _own_rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def rss_mb(pid: int) -> float | None:
    """Resident set size in MB of ``pid`` plus its child processes (a server's footprint
    includes its store's writer process); None when unavailable."""
    own = _own_rss_mb(pid)
    if own is None:
        return None
    return round(own + sum(_own_rss_mb(k) or 0.0 for k in children(pid)), 1)


def hwm_mb(pid: int) -> float | None:
    """Peak resident set size (VmHWM) of ``pid`` in MB."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def _own_cpu_seconds(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def thread_cpu(pid: int) -> dict[str, float]:
    """CPU seconds so far of ``pid``'s threads and its child processes' threads, in four
    groups: ``loop_thread`` (the process's first thread: serve's event loop), ``main_other``
    (its other threads: the store's send and receive threads), ``writer_main`` (each child's
    first thread: the writer's transactions) and ``writer_other`` (the children's other
    threads: input, journal, checkpoint). Empty when /proc cannot be read."""
    groups = {"loop_thread": 0.0, "main_other": 0.0, "writer_main": 0.0, "writer_other": 0.0}
    tick = os.sysconf("SC_CLK_TCK")
    for proc, first, other in [(pid, "loop_thread", "main_other")] + [
        (kid, "writer_main", "writer_other") for kid in children(pid)
    ]:
        try:
            tasks = os.listdir(f"/proc/{proc}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{proc}/task/{task}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            groups[first if int(task) == proc else other] += (
                int(fields[11]) + int(fields[12])
            ) / tick
    return groups


def cpu_seconds(pid: int, *, with_children: bool = True) -> float | None:
    """User + system CPU seconds used so far by ``pid`` (all threads), plus its living
    child processes unless ``with_children`` is False."""
    own = _own_cpu_seconds(pid)
    if own is None or not with_children:
        return own
    return own + sum(_own_cpu_seconds(k) or 0.0 for k in children(pid))


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, PYTHONUNBUFFERED="1", QT_QPA_PLATFORM="offscreen")
    env.setdefault("PYTHONPATH", str(ROOT))
    env.update(extra)
    return env


class Child:
    """A server child process whose stderr goes to a file; knows its port once listening."""

    def __init__(
        self,
        argv: list[str],
        *,
        name: str,
        workdir: Path,
        env: dict[str, str] | None = None,
        timeout: float = 60.0,
    ) -> None:
        self.name = name
        self.started = time.perf_counter()
        self.stderr_path = workdir / f"{name}.stderr"
        self.stdout_path = workdir / f"{name}.stdout"
        self._err = open(self.stderr_path, "w+b")  # noqa: SIM115 (closed in stop())
        self._out = open(self.stdout_path, "w+b")  # noqa: SIM115
        self.proc = subprocess.Popen(
            argv, stdout=self._out, stderr=self._err, env=env or child_env(), cwd=str(ROOT)
        )
        self.port = self._wait_port(timeout)
        self.listening_after = time.perf_counter() - self.started

    @property
    def pid(self) -> int:
        return self.proc.pid

    def log(self) -> str:
        return self.stderr_path.read_text(errors="replace")

    def _wait_port(self, timeout: float) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            m = _LISTENING.search(self.log())
            if m:
                return int(m.group(1))
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"{self.name} exited {self.proc.returncode}: {self.log()[-2000:]}"
                )
            time.sleep(0.02)
        self.proc.kill()
        raise RuntimeError(f"{self.name} did not listen within {timeout} s: {self.log()[-2000:]}")

    def stop(self, timeout: float = 60.0) -> tuple[int | None, str]:
        """SIGINT, wait (kill after ``timeout``); return (exit status, stdout text)."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._err.close()
        self._out.close()
        return self.proc.returncode, self.stdout_path.read_text(errors="replace")


def last_json(text: str) -> dict | None:
    """The last line of ``text`` that parses as a JSON object."""
    for line in reversed(text.strip().splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                return json.loads(line)
            except ValueError:
                continue
    return None


def run_json(argv: list[str], *, timeout: float, env: dict[str, str] | None = None) -> dict:
    """Run a child to completion and return the JSON object it printed last."""
    proc = subprocess.run(
        argv,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env or child_env(),
        cwd=str(ROOT),
        check=False,
    )
    out = last_json(proc.stdout)
    if out is None:
        raise RuntimeError(
            f"{argv[1]} exited {proc.returncode} without JSON: {proc.stderr[-2000:]}"
        )
    return out


def serve_argv(data_dir: Path, *, uvloop: bool, log_level: str = "info") -> list[str]:
    argv = [PY, "-m", "fourgmon", "serve", "--host", "127.0.0.1", "--port", "0"]
    argv += ["--data-dir", str(data_dir), "--log-level", log_level]
    if not uvloop:
        argv.append("--no-uvloop")
    return argv


def have_uvloop() -> bool:
    try:
        import uvloop  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        return False
    return True


def scratch(prefix: str) -> Path:
    """A fresh scratch dir on the same disk as a real data dir (not tmpfs if avoidable)."""
    return Path(tempfile.mkdtemp(prefix=prefix))


def emit(result: dict) -> None:
    result.setdefault("loadavg_at_end", loadavg())
    json.dump(result, sys.stdout, indent=2, default=str)
    sys.stdout.write("\n")
    sys.stdout.flush()
