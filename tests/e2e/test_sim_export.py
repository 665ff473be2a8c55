"""The whole chain as a user runs it: serve + sim --devices 50 for 10 s, then export."""

from __future__ import annotations

import csv
import io
import json
import signal
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from tests.processes import ServeProcess

SIM_SECONDS = 10
DEVICES = 50
IMEI_BASE = 865501040000000


def _fourgmon(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fourgmon", *args], capture_output=True, text=True, timeout=timeout
    )


@pytest.mark.slow
def test_sim_then_export_gives_the_simulated_samples_back(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    record = tmp_path / "acked.jsonl"
    serve = ServeProcess(data_dir)
    try:
        sim = _fourgmon(
            "sim",
            "--host",
            "127.0.0.1",
            "--port",
            str(serve.port),
            "--devices",
            str(DEVICES),
            "--push-interval",
            "0.5",
            "--duration",
            str(SIM_SECONDS),
            "--record",
            str(record),
        )
        assert sim.returncode == 0, sim.stderr
        serve.send_signal(signal.SIGTERM)
        assert serve.wait() == 0, serve.log()
    finally:
        serve.kill()

    sent: dict[str, dict[tuple[int, int], list[int]]] = defaultdict(dict)
    for line in record.read_text().splitlines():
        item = json.loads(line)
        for k, samples in item["channels"].items():
            sent[item["imei"]][(item["packnum"], int(k))] = samples
    assert len(sent) == DEVICES, f"only {len(sent)} modules had packets acked"

    total = 0
    for i in (0, DEVICES // 2, DEVICES - 1):  # three modules: first, middle, last
        imei = str(IMEI_BASE + i)
        out = _fourgmon("export", "--data-dir", str(data_dir), "--imei", imei)
        assert out.returncode == 0, out.stderr
        rows = list(csv.reader(io.StringIO(out.stdout)))
        header = rows[0]
        assert header[:7] == [
            "imei",
            "packnum",
            "device_time",
            "received_at",
            "channel",
            "temperature",
            "humidity",
        ]
        assert header[7:] == [f"s{n}" for n in range(1, 51)]
        exported = {(int(r[1]), int(r[4])): [int(x) for x in r[7:] if x] for r in rows[1:]}
        # Every acked frame is there with exactly the samples the module sent.
        for key, samples in sent[imei].items():
            assert exported.get(key) == samples, f"{imei} packnum/channel {key} differs"
        total += len(sent[imei])
    assert total > 3 * 3 * 10  # each module pushed a frame per group at least ten times
