"""Free disk space, on a real 16 MB tmpfs under ``fourgmon serve`` as a process.

Below the warning threshold: one warning line, packets still stored and acknowledged.
Below the reserve: packets are not acknowledged (the module keeps them), one error line,
and SQLite never meets ENOSPC. Once space is freed the resent packets are acknowledged
and nothing that was acknowledged is lost.
"""

from __future__ import annotations

import asyncio
import signal
import time
from pathlib import Path

import numpy as np
import pytest

from fourgmon.protocol.messages import PushMsgAck
from fourgmon.sim.scripted import ScriptedModule, make_push_msg
from fourgmon.store import Store
from tests.processes import ServeProcess
from tests.small_disk import fill_until, free_bytes, tmpfs

IMEI = "865501040783269"
MB = 1_000_000
# Shrunk thresholds for a 16 MB disk: warn below 8 MB, stop below 3 MB.
DISK_OPTIONS = ("--disk-warn", "8M", "--disk-warn-percent", "100", "--disk-reserve", "3M")


async def _wait_for_log(serve: ServeProcess, text: str, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while text not in serve.log():
        assert time.monotonic() < deadline, f"no {text!r} in the log:\n{serve.log()}"
        await asyncio.sleep(0.05)


async def _push(
    module: ScriptedModule, packnum: int, timeout: float = 5.0, *, big: bool = False
) -> bool:
    """Send one packet (``big``: 9 channels of 1000 samples, ~50 kB stored); True when it
    was acknowledged within ``timeout``."""
    channels = {k: np.arange(1000) + packnum for k in range(9)} if big else None
    module.send(make_push_msg(IMEI, packnum, channels, time="2026-11-24 08:00:00"))
    try:
        ack = await module.expect(PushMsgAck, timeout=timeout)
    except TimeoutError:
        return False
    assert ack.packnum == packnum
    return True


@pytest.mark.slow
def test_low_then_full_disk_warns_then_stops_acking_cleanly_and_recovers(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk") as disk:
        serve = ServeProcess(disk, *DISK_OPTIONS)  # its log goes beside the disk, not on it
        acked: set[int] = set()
        try:

            async def scenario() -> None:
                module = await ScriptedModule.connect("127.0.0.1", serve.port, imei=IMEI)
                try:
                    for packnum in range(5):
                        assert await _push(module, packnum)
                        acked.add(packnum)
                    assert "disk space low" not in serve.log()

                    low = fill_until(disk, 6 * MB)  # below the warning, above the reserve
                    await _wait_for_log(serve, "disk space low")
                    for packnum in range(5, 10):  # still stored and acknowledged
                        assert await _push(module, packnum)
                        acked.add(packnum)

                    # Just above the reserve: big packets until one is refused.
                    full = fill_until(disk, int(3.8 * MB))
                    packnum = 10
                    while await _push(module, packnum, big=True):
                        acked.add(packnum)
                        packnum += 1
                        assert packnum < 60, "never refused"
                    await _wait_for_log(serve, "disk almost full")
                    refused = range(packnum, packnum + 3)
                    for again in refused[1:]:
                        assert not await _push(module, again, timeout=1.0)  # no ack
                    # Checkpoints copy the WAL into the database file meanwhile; what
                    # was left stays about the reserve, far from a full disk.
                    assert free_bytes(disk) > 3 * MB - 200_000, free_bytes(disk)
                    assert serve.proc.poll() is None

                    full.unlink()
                    low.unlink()
                    await _wait_for_log(serve, "disk space ok again")
                    for again in refused:  # the module resends what was not acked
                        assert await _push(module, again, big=True)
                        acked.add(again)
                finally:
                    await module.aclose()

            asyncio.run(scenario())
            serve.send_signal(signal.SIGTERM)
            assert serve.wait() == 0, serve.log()
        finally:
            serve.kill()
        log = serve.log()
        store_lines = [
            line
            for line in log.splitlines()
            if " fourgmon.store" in line and " store stats {" not in line  # the final counters
        ]
        # One line per change of the disk's state (the server's lines about each packet
        # it does not acknowledge are its own business).
        assert [line.split(": ", 1)[1].split(":")[0] for line in store_lines] == [
            "disk space low",
            "disk almost full",
            "disk space ok again",
        ], log
        assert "disk is full" not in log  # SQLite's SQLITE_FULL / ENOSPC never happened
        assert "Traceback" not in log
        store = Store.open(disk, readonly=True)
        try:
            stored = {row.packnum for row in store.frames(IMEI)}
        finally:
            asyncio.run(store.close())
        assert stored == acked and len(acked) > 13
