"""Child processes the tests run, and what they look up about processes in /proc.

- :class:`ServeProcess`: ``fourgmon serve --port 0`` in a data dir;
- :class:`LimitedServe`: the same, started with soft/hard open-file limits;
- :class:`WindowProcess`: the real window (``python -m fourgmon``);
- :class:`IdleFlood`: a process holding many idle connections;
- :func:`push_until`: a module streaming push_msgs over loopback.

Every server child writes its stderr to a log file beside its data dir and is found
ready by its "listening on HOST:PORT" line there (port 0: the line says which port).
Processes are found by pid only, never by name.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import resource
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from fourgmon.protocol import JsonSplitter, decode, encode
from fourgmon.protocol.messages import PushMsgAck
from fourgmon.sim.scripted import make_push_msg

ROOT = Path(__file__).resolve().parents[1]
_LISTENING = re.compile(r"listening on [\d.]+:(\d+)")


class ChildProcess:
    """A child process with its stderr in ``stderr_path``; learns its port from there.

    ``stdin`` / ``stdout`` as for :class:`subprocess.Popen` (stdout is discarded unless
    asked for); ``env`` adds to this process's environment (with PYTHONUNBUFFERED=1).
    """

    name = "child"  # in error messages: "serve exited 1: <its log>"
    listening = _LISTENING
    start_timeout = 30.0

    def __init__(
        self,
        argv: Sequence[str],
        stderr_path: Path,
        *,
        env: dict[str, str] | None = None,
        cwd: Path | None = None,
        stdin: int | IO[Any] | None = None,
        stdout: int | IO[Any] | None = subprocess.DEVNULL,
    ) -> None:
        self.stderr_path = stderr_path
        self._stderr = open(stderr_path, "w+b")  # noqa: SIM115 (closed once it has ended)
        self.proc = subprocess.Popen(
            list(argv),
            stdin=stdin,
            stdout=stdout,
            stderr=self._stderr,
            env=dict(os.environ, PYTHONUNBUFFERED="1", **(env or {})),
            cwd=cwd,
        )
        self.port = 0

    @property
    def pid(self) -> int:
        return self.proc.pid

    def wait_for_port(self, timeout: float | None = None) -> int:
        """The port of its "listening on" line; RuntimeError if it exits or takes too long."""
        timeout = self.start_timeout if timeout is None else timeout
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            match = self.listening.search(self.log())
            if match:
                return int(match.group(1))
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited {self.proc.returncode}: {self.log()}")
            time.sleep(0.05)
        raise RuntimeError(f"{self.name} did not listen within {timeout} s: {self.log()}")

    def _started(self) -> None:
        """Wait for the port (killing the child if it never comes)."""
        try:
            self.port = self.wait_for_port()
        except BaseException:
            self.kill()
            raise

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
        """SIGKILL (if still running) and reap it."""
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        self._stderr.close()


def serve_argv(data_dir: Path, *extra: str, uvloop: bool = False) -> list[str]:
    """``-m fourgmon serve`` on 127.0.0.1:0 in ``data_dir`` (argv without the python)."""
    argv = ["-m", "fourgmon", "serve", "--host", "127.0.0.1", "--port", "0"]
    argv += ["--data-dir", str(data_dir)]
    if not uvloop:
        argv.append("--no-uvloop")
    return [*argv, *extra]


class ServeProcess(ChildProcess):
    """``python -m fourgmon serve --port 0`` in a data dir; learns its port from the log."""

    name = "serve"

    def __init__(self, data_dir: Path, *extra: str) -> None:
        super().__init__(
            [sys.executable, *serve_argv(data_dir, *extra)],
            data_dir.parent / f"{data_dir.name}-serve.log",
        )
        self._started()


# Sets the child's RLIMIT_NOFILE, then becomes `python -m fourgmon serve ...` (exec keeps
# the pid): the limit a desktop session hands to every process it starts.
_WITH_NOFILE = (
    "import os, resource, sys; "
    "resource.setrlimit(resource.RLIMIT_NOFILE, (int(sys.argv[1]), int(sys.argv[2]))); "
    "os.execv(sys.executable, [sys.executable, *sys.argv[3:]])"
)


class LimitedServe(ChildProcess):
    """``fourgmon serve`` on 127.0.0.1:0 started with soft/hard open-file limits."""

    name = "serve"

    def __init__(
        self, data_dir: Path, *extra: str, soft: int, hard: int, uvloop: bool = False
    ) -> None:
        argv = serve_argv(data_dir, *extra, uvloop=uvloop)
        super().__init__(
            [sys.executable, "-c", _WITH_NOFILE, str(soft), str(hard), *argv],
            data_dir.parent / f"{data_dir.name}-serve.log",
        )
        self._started()

    def open_fds(self) -> int:
        return len(os.listdir(f"/proc/{self.proc.pid}/fd"))


class WindowProcess(ChildProcess):
    """``python -m fourgmon --port 0 --data-dir D ...``; learns its port from its stderr.

    ``platform`` is ``offscreen`` (no display) or ``xcb`` with ``display`` (Xvfb).
    QSettings go to ``<data_dir>-config``, never to the user's.
    """

    name = "window"
    listening = re.compile(r"fourgmon: listening on [\d.]+:(\d+)")
    start_timeout = 40.0

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
        env = {
            "QT_QPA_PLATFORM": platform,
            "XDG_CONFIG_HOME": str(config_home or data_dir.parent / f"{data_dir.name}-config"),
        }
        if display is not None:
            env["DISPLAY"] = display
        argv = [sys.executable, "-m", "fourgmon", "--host", "127.0.0.1", "--port", "0"]
        argv += ["--data-dir", str(data_dir), "--lang", "en", *extra]
        self.writer_pid: int | None = None
        super().__init__(
            argv,
            data_dir.parent / f"{data_dir.name}-window-{time.monotonic_ns()}.log",
            env=env,
            cwd=ROOT,
        )
        if wait:
            try:
                self.port = self.wait_for_port()
                self.writer_pid = self._find_writer()
            except BaseException:
                self.kill()
                raise

    def _find_writer(self, timeout: float = 10.0) -> int:
        """The pid of the store's writer process (a child running fourgmon.store.writer)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for pid in children(self.pid):
                if "fourgmon.store.writer" in cmdline(pid):
                    return pid
            time.sleep(0.05)
        raise RuntimeError(f"no writer process under {self.pid}: {children(self.pid)}")

    def kill(self) -> None:
        super().kill()
        if self.writer_pid is not None:  # an orphaned writer ends at the end of its input
            wait_gone(self.writer_pid, 10)


# ------------------------------------------------------------------ /proc


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


def hard_nofile() -> int:
    """This process's hard open-file limit (RLIM_INFINITY as a large number)."""
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    return 1 << 30 if hard == resource.RLIM_INFINITY else hard


# ------------------------------------------------------------------ load


async def push_until(
    port: int,
    imei: str,
    *,
    window: int = 16,
    stop_after_acks: int | None = None,
    stop: asyncio.Event | None = None,
    timeout: float = 60.0,
) -> set[int]:
    """Stream push_msg packets keeping ``window`` unacked; return the acked packnums.

    Ends when ``stop_after_acks`` acks arrived, ``stop`` is set, or the server goes away.
    """
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    splitter = JsonSplitter()
    acked: set[int] = set()
    next_packnum = 0
    in_flight = 0
    deadline = asyncio.get_running_loop().time() + timeout
    try:
        while asyncio.get_running_loop().time() < deadline:
            if stop is not None and stop.is_set():
                break
            if stop_after_acks is not None and len(acked) >= stop_after_acks:
                break
            while in_flight < window:
                writer.write(encode(make_push_msg(imei, next_packnum, time="2026-11-24 08:00:00")))
                next_packnum += 1
                in_flight += 1
            try:
                data = await asyncio.wait_for(reader.read(65536), 5)
            except (TimeoutError, ConnectionError):
                break
            if not data:
                break
            for raw in splitter.feed(data):
                msg = decode(raw)
                if isinstance(msg, PushMsgAck):
                    acked.add(msg.packnum)
                    in_flight -= 1
    finally:
        writer.close()
    return acked


# Opens N idle connections (non-blocking connects) and watches them until stdin closes:
# how many the server closed in order (EOF), reset, failed otherwise or left open.
_FLOOD = r"""
import json, resource, selectors, socket, sys, time
n, port, batch = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
sel = selectors.DefaultSelector()
sel.register(sys.stdin, selectors.EVENT_READ, None)
opened = eof = reset = failed = 0
pending = selectors.DefaultSelector()  # connects not completed yet
for i in range(n):
    s = socket.socket()
    s.setblocking(False)
    if s.connect_ex(("127.0.0.1", port)) not in (0, 115):  # 115: EINPROGRESS
        s.close()
        continue
    opened += 1
    sel.register(s, selectors.EVENT_READ, s)
    pending.register(s, selectors.EVENT_WRITE)
    if batch and (i + 1) % batch == 0:  # let the server's queue drain (at most 2 s)
        deadline = time.monotonic() + 2.0
        while pending.get_map() and time.monotonic() < deadline:
            for key, _ in pending.select(0.1):
                pending.unregister(key.fileobj)
        for key in list(pending.get_map().values()):
            pending.unregister(key.fileobj)
print(json.dumps({"opened": opened}), flush=True)
done = False
while not done:
    for key, _ in sel.select():
        s = key.data
        if s is None:
            done = True
            continue
        try:
            if s.recv(1):
                continue  # the server said something: still open
            eof += 1
        except ConnectionResetError:
            reset += 1
        except BlockingIOError:
            continue
        except OSError:
            failed += 1
        sel.unregister(s)
        s.close()
left = opened - eof - reset - failed
print(json.dumps({"opened": opened, "eof": eof, "reset": reset, "failed": failed, "open": left}))
"""


class IdleFlood:
    """A process holding ``n`` idle connections to ``port`` until :meth:`finish`."""

    def __init__(self, n: int, port: int, *, batch: int = 0) -> None:
        """``batch``: connect that many, wait until they are through, then the next."""
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _FLOOD, str(n), str(port), str(batch)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self.opened = int(json.loads(self.proc.stdout.readline())["opened"])

    def finish(self) -> dict[str, int]:
        """Close the connections; what the server did to them."""
        out, _ = self.proc.communicate(timeout=60)
        return {k: int(v) for k, v in json.loads(out.strip().splitlines()[-1]).items()}

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
