"""The issue's case end to end, with real processes: ``fourgmon serve`` stores 40 packets,
one data page of its file is overwritten (schema intact), then serve and export again.

Serve says so in one line, keeps the damaged file untouched and stores new packets into
a fresh file; export writes every frame still readable plus the new ones and reports
the damage in one line (exit status 3), never a traceback.
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
from fourgmon.store import DB_FILENAME
from tests.processes import ServeProcess
from tests.store.damage import digest, overwrite_page, pages_of

IMEI = "865501040783269"
EXIT_INCOMPLETE = 3


async def _push(port: int, packnums: range) -> set[int]:
    module = await ScriptedModule.connect("127.0.0.1", port, imei=IMEI)
    acked = set()
    try:
        for packnum in packnums:
            module.send(make_push_msg(IMEI, packnum, time="2026-11-24 08:00:00"))
            acked.add((await module.expect(PushMsgAck, timeout=10)).packnum)
    finally:
        await module.aclose()
    return acked


def _serve_and_push(data_dir: Path, packnums: range) -> tuple[set[int], str]:
    serve = ServeProcess(data_dir)
    try:
        acked = asyncio.run(_push(serve.port, packnums))
        serve.send_signal(signal.SIGTERM)
        assert serve.wait() == 0, serve.log()
    finally:
        serve.kill()
    return acked, serve.log()


def _export(data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fourgmon", "export", "--data-dir", str(data_dir), "--imei", IMEI],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_damaged_database_is_said_kept_and_read_and_new_data_goes_on(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assert _serve_and_push(data_dir, range(40))[0] == set(range(40))
    old = data_dir / DB_FILENAME
    # one data page; page 1 and the schema intact
    overwrite_page(old, pages_of(old, "push_msgs")[0])
    before = digest(old)

    acked, log = _serve_and_push(data_dir, range(100, 110))
    assert acked == set(range(100, 110))  # served on, into a fresh file
    damage_lines = [line for line in log.splitlines() if "is damaged" in line]
    assert len(damage_lines) == 1, log
    assert "kept untouched for recovery, new data goes to fourgmon-2.sqlite3" in damage_lines[0]
    assert "Traceback" not in log
    assert (data_dir / "fourgmon-2.sqlite3").is_file()
    assert digest(old) == before

    out = _export(data_dir)
    assert out.returncode == EXIT_INCOMPLETE, out.stderr
    assert "Traceback" not in out.stderr
    (line,) = out.stderr.splitlines()  # one line
    assert line.startswith("fourgmon: warning: fourgmon.sqlite3 is damaged"), line
    lost = int(line.split(": ")[3].split(" of 40 packets could not be read")[0])
    assert 0 < lost < 40, line
    rows = list(csv.reader(io.StringIO(out.stdout)))[1:]
    packnums = {int(r[1]) for r in rows}
    assert len(packnums & set(range(40))) == 40 - lost  # every readable old packet...
    assert set(range(100, 110)) <= packnums  # ...and every new one
    assert len(rows) == 3 * (40 - lost + 10)
    for r in rows:  # what the module sent: 0..49 on each of its three channels
        assert [int(x) for x in r[7:]] == list(range(50))
    assert digest(old) == before

    # The next start keeps storing into the fresh file, and says the damaged one is there.
    acked, log = _serve_and_push(data_dir, range(200, 203))
    assert acked == {200, 201, 202}
    assert "damaged database fourgmon.sqlite3 kept for recovery" in log
    assert not (data_dir / "fourgmon-3.sqlite3").exists()
    assert digest(old) == before
