"""Run the real window (``python -m fourgmon``) as a child process and watch it stop."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_LISTENING = re.compile(r"fourgmon: listening on [\d.]+:(\d+)")


class WindowProcess:
    """``python -m fourgmon --port 0 --data-dir D ...``; learns its port from its stderr.

    ``platform`` is ``offscreen`` (no display) or ``xcb`` with ``display`` (Xvfb).
    QSettings go to ``<data_dir>-config``, never to the user's.
    """

    def __init__(
        self,
        data_dir: Path,
        *extra: str,
        platform: str = "offscreen",
        display: str | None = None,
        config_home: Path | None = None,
        wait: bool = True,
    ) -> None:
        self.data_dir = data_dir
        env = dict(
            os.environ,
            PYTHONUNBUFFERED="1",
            QT_QPA_PLATFORM=platform,
            XDG_CONFIG_HOME=str(config_home or data_dir.parent / f"{data_dir.name}-config"),
        )
        if display is not None:
            env["DISPLAY"] = display
        self.stderr_path = data_dir.parent / f"{data_dir.name}-window-{time.monotonic_ns()}.log"
        self._stderr = open(self.stderr_path, "w+b")  # noqa: SIM115 (closed in wait())
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "fourgmon",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--data-dir",
                str(data_dir),
                "--lang",
                "en",
                *extra,
            ],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=self._stderr,
            env=env,
        )
        self.port = 0
        self.writer_pid: int | None = None
        if wait:
            try:
                self.port = self.wait_for_port()
                self.writer_pid = self._find_writer()
            except BaseException:
                self.kill()
                raise

    @property
    def pid(self) -> int:
        return self.proc.pid

    def wait_for_port(self, timeout: float = 40.0) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            match = _LISTENING.search(self.log())
            if match:
                return int(match.group(1))
            if self.proc.poll() is not None:
                raise RuntimeError(f"window exited {self.proc.returncode}: {self.log()}")
            time.sleep(0.05)
        raise RuntimeError(f"window did not listen within {timeout} s: {self.log()}")

    def _find_writer(self, timeout: float = 10.0) -> int:
        """The pid of the store's writer process (a child running fourgmon.store.writer)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for pid in children(self.pid):
                if "fourgmon.store.writer" in cmdline(pid):
                    return pid
            time.sleep(0.05)
        raise RuntimeError(f"no writer process under {self.pid}: {children(self.pid)}")

    def log(self) -> str:
        return self.stderr_path.read_text(errors="replace")

    def send_signal(self, sig: signal.Signals) -> None:
        self.proc.send_signal(sig)

    def running(self) -> bool:
        return self.proc.poll() is None

    def wait(self, timeout: float = 30.0) -> int:
        try:
            return self.proc.wait(timeout)
        finally:
            if self.proc.poll() is not None:
                self._stderr.close()

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        self._stderr.close()
        if self.writer_pid is not None:  # an orphaned writer ends at the end of its input
            wait_gone(self.writer_pid, 10)


def children(pid: int) -> list[int]:
    kids: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                kids.extend(int(k) for k in fh.read().split())
    except OSError:
        pass
    return kids


def cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return fh.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def alive(pid: int) -> bool:
    """True while ``pid`` exists and is not a zombie."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def wait_gone(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def accepts(port: int) -> bool:
    """True if something accepts TCP connections on 127.0.0.1:port."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False
