"""``fourgmon serve`` as a process: SIGKILL loses no acked packet, SIGTERM flushes and exits 0."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sqlite3
from pathlib import Path

from fourgmon.store import Store
from tests.processes import ServeProcess, push_until

IMEI = "865501040783269"


def _stored_packnums(data_dir: Path) -> set[int]:
    # Read with plain sqlite3 too: the file must be a valid database by itself.
    db = next(data_dir.glob("*.sqlite3"))
    with contextlib.closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store = Store.open(data_dir)
    try:
        return {row.packnum for row in store.frames(IMEI)}
    finally:
        asyncio.run(store.close())


def test_kill_9_in_the_middle_of_a_stream_loses_no_acked_packet(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    serve = ServeProcess(data_dir)
    try:

        async def scenario() -> set[int]:
            pusher = asyncio.create_task(push_until(serve.port, IMEI, timeout=30))
            await asyncio.sleep(1.5)  # a few hundred packets, then kill -9 mid-stream
            serve.send_signal(signal.SIGKILL)
            return await pusher

        acked = asyncio.run(scenario())
    finally:
        serve.kill()
    assert len(acked) > 50, f"too few acks before the kill: {len(acked)}"
    stored = _stored_packnums(data_dir)
    assert acked <= stored, f"acked but lost: {sorted(acked - stored)[:10]}"


def test_sigterm_flushes_and_exits_0(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    serve = ServeProcess(data_dir)
    try:
        acked = asyncio.run(push_until(serve.port, IMEI, stop_after_acks=200))
        serve.send_signal(signal.SIGTERM)
        assert serve.wait() == 0, serve.log()
    finally:
        serve.kill()
    assert "stopped cleanly" in serve.log()
    assert acked <= _stored_packnums(data_dir)
    # The app starts again on the same data dir.
    again = ServeProcess(data_dir)
    again.send_signal(signal.SIGINT)
    assert again.wait() == 0, again.log()
