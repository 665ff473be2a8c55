"""Crash safety: SIGKILL ``fourgmon serve`` at random moments under load, 20 times."""

from __future__ import annotations

import asyncio
import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from tests.processes import ServeProcess, push_until

ROUNDS = 20
CONNECTIONS = 4
SEED = 20261124


def _imei(round_no: int, conn: int) -> str:
    return f"865501040{round_no:03d}{conn:03d}"  # a fresh device per round: no packnum reuse


def _check_database(data_dir: Path) -> set[tuple[str, int]]:
    """(imei, packnum) of every stored push_msg, after PRAGMA integrity_check."""
    db = next(data_dir.glob("*.sqlite3"))
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = conn.execute(
            "SELECT d.imei, m.packnum FROM push_msgs m JOIN device_ids d ON d.id = m.device_id"
        )
        return {(str(imei), int(packnum)) for imei, packnum in rows}
    finally:
        conn.close()


async def _push_then_kill(
    serve: ServeProcess, round_no: int, kill_after: float
) -> set[tuple[str, int]]:
    """Stream from CONNECTIONS modules, SIGKILL the server mid-stream; the acked packets."""
    imeis = [_imei(round_no, c) for c in range(CONNECTIONS)]
    pushers = [asyncio.create_task(push_until(serve.port, imei, timeout=15)) for imei in imeis]
    await asyncio.sleep(kill_after)
    serve.send_signal(signal.SIGKILL)
    results = await asyncio.gather(*pushers)
    return {(imei, p) for imei, acked in zip(imeis, results, strict=True) for p in acked}


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_acked_packet(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    data_dir = tmp_path / "data"
    total_acked = 0
    lost: list[tuple[str, int]] = []
    started = time.monotonic()
    for round_no in range(ROUNDS):
        serve = ServeProcess(data_dir)  # also proves the app starts again on the same data
        kill_after = rng.uniform(0.3, 1.5)
        try:
            acked = asyncio.run(_push_then_kill(serve, round_no, kill_after))
        finally:
            serve.kill()
        stored = _check_database(data_dir)
        lost.extend(sorted(acked - stored))
        total_acked += len(acked)
    elapsed = time.monotonic() - started
    print(
        f"\ncrash safety: {ROUNDS} SIGKILLs, {total_acked} packets acked, "
        f"{len(lost)} lost, {elapsed:.1f} s"
    )
    assert not lost, f"acked but not stored: {lost[:10]}"
    assert total_acked > ROUNDS * 20, "too little load to mean anything"
    again = ServeProcess(data_dir)
    again.send_signal(signal.SIGTERM)
    assert again.wait() == 0, again.log()
