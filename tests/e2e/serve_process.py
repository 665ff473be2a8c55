"""Run ``fourgmon serve`` as a real child process and talk to it over loopback."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from fourgmon.protocol import JsonSplitter, decode, encode
from fourgmon.protocol.messages import PushMsgAck
from fourgmon.sim.scripted import make_push_msg

_LISTENING = re.compile(r"listening on [\d.]+:(\d+)")


class ServeProcess:
    """``python -m fourgmon serve --port 0`` in a data dir; learns its port from the log."""

    def __init__(self, data_dir: Path, *extra: str) -> None:
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        self.stderr_path = data_dir.parent / f"{data_dir.name}-serve.log"
        self._stderr = open(self.stderr_path, "w+b")  # noqa: SIM115 (closed in wait())
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "fourgmon",
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--data-dir",
                str(data_dir),
                "--no-uvloop",
                *extra,
            ],
            stdout=subprocess.DEVNULL,
            stderr=self._stderr,
            env=env,
        )
        try:
            self.port = self._wait_for_port()
        except BaseException:
            self.kill()
            raise

    def _wait_for_port(self, timeout: float = 30.0) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            match = _LISTENING.search(self.log())
            if match:
                return int(match.group(1))
            if self.proc.poll() is not None:
                raise RuntimeError(f"serve exited {self.proc.returncode}: {self.log()}")
            time.sleep(0.05)
        raise RuntimeError(f"serve did not listen within {timeout} s: {self.log()}")

    def log(self) -> str:
        return self.stderr_path.read_text(errors="replace")

    def send_signal(self, sig: signal.Signals) -> None:
        self.proc.send_signal(sig)

    def wait(self, timeout: float = 30.0) -> int:
        try:
            return self.proc.wait(timeout)
        finally:
            self._stderr.close()

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.wait()


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
