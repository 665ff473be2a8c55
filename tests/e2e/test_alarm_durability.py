"""An alarm raised, acknowledged and cleared survives a ``kill -9`` of ``fourgmon serve``
right after the acknowledgement (and the module's ack of the clearing packet) returned."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

from fourgmon.protocol.messages import PushOnlineAck
from fourgmon.sim.scripted import ScriptedModule, make_push_online
from tests.processes import ROOT, ChildProcess

IMEI = "865501040783269"


class AlarmServe(ChildProcess):
    """``tests/e2e/alarm_serve.py`` on 127.0.0.1:0: serve, plus acknowledgements on stdin."""

    name = "serve"

    def __init__(self, data_dir: Path) -> None:
        argv = [sys.executable, "-m", "tests.e2e.alarm_serve", "--host", "127.0.0.1"]
        argv += ["--port", "0", "--data-dir", str(data_dir), "--no-data-minutes", "0"]
        log = data_dir.parent / f"{data_dir.name}-serve-{len(list(data_dir.parent.iterdir()))}.log"
        super().__init__(argv, log, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self._started()

    def acknowledge(self, kind: str, channel: int | None) -> str:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(f"ack {IMEI} {kind} {'-' if channel is None else channel}\n".encode())
        self.proc.stdin.flush()
        return self.proc.stdout.readline().decode().strip()

    def kill_9(self) -> None:
        self.send_signal(signal.SIGKILL)
        assert self.wait() == -signal.SIGKILL
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()


def alarms(data_dir: Path) -> list[dict]:  # type: ignore[type-arg]
    out = subprocess.run(
        [sys.executable, "-m", "fourgmon", "alarms", "--data-dir", str(data_dir), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return [json.loads(line) for line in out.stdout.splitlines()]


async def send(port: int, packnum: int, st: dict[int, int]) -> None:
    """One push_online from the module; returns once the server acked it."""
    module = await ScriptedModule.connect("127.0.0.1", port, imei=IMEI)
    try:
        module.send(make_push_online(IMEI, packnum, st=st))
        assert isinstance(await module.recv(), PushOnlineAck)
    finally:
        await module.aclose()


def test_raised_acked_cleared_alarm_survives_kill_9_after_each_ack(tmp_path: Path) -> None:
    import asyncio

    data_dir = tmp_path / "data"
    healthy = dict.fromkeys(range(9), 1)
    serve = AlarmServe(data_dir)
    try:
        asyncio.run(send(serve.port, 1, healthy | {4: 2}))  # CH5 interference
        assert serve.acknowledge("interference", 4) == "acked 1"
        serve.kill_9()  # right after the acknowledgement returned
    finally:
        serve.kill()
    (row,) = [r for r in alarms(data_dir) if r["kind"] == "interference"]
    assert row["channel"] == 4 and row["acked_by"] == "field engineer"
    assert row["acked_at"] is not None and row["cleared_at"] is None

    serve = AlarmServe(data_dir)  # the open, acknowledged alarm is loaded again...
    try:
        asyncio.run(send(serve.port, 2, healthy))  # ...and this packet clears it
        serve.kill_9()  # right after the module's ack
    finally:
        serve.kill()
    rows = [r for r in alarms(data_dir) if r["kind"] == "interference"]
    assert len(rows) == 1, rows  # the same row, not a second alarm
    (row,) = rows
    assert row["raised_at"] <= row["acked_at"] <= row["cleared_at"]
    assert row["acked_by"] == "field engineer" and row["count"] == 1
