"""Fixtures and record builders for the store tests (real SQLite files in tmp_path)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import numpy as np
import pytest

from fourgmon.protocol.messages import (
    CrystalState,
    PushMsg,
    PushOnline,
    SensorKind,
    SensorState,
)
from fourgmon.store import PushMsgRecord, PushOnlineRecord, Store
from fourgmon.store.db import connect
from fourgmon.store.journal import Journal, read_journal
from fourgmon.store.prepare import prepare_wire_items
from fourgmon.store.rows import RollupCache, apply_records
from fourgmon.store.schema import migrate

IMEI = "861234567890123"
T0 = 1_795_550_000.0  # 2026-11-24T19:53:20Z


def samples(start: int, n: int = 50) -> np.ndarray:
    return (np.arange(n, dtype=np.int64) * 977 + start).astype(np.uint16)


def push_msg(
    packnum: int = 0,
    *,
    imei: str = IMEI,
    at: float = T0,
    channels: dict[int, np.ndarray] | None = None,
    time: str = "2026-11-25 03:53:20",
    temperature: float | None = 21.5,
    humidity: float | None = 40.0,
) -> PushMsgRecord:
    if channels is None:
        channels = {k: samples(packnum * 10 + k) for k in (0, 1, 2)}
    msg = PushMsg(imei, packnum, time, channels, temperature, humidity)
    return PushMsgRecord(msg, at, f'{{"cmd":"push_msg","packnum":"{packnum}"}}'.encode())


def push_online(
    packnum: int = 0, *, imei: str = IMEI, at: float = T0, st0: str = "[1]"
) -> PushOnlineRecord:
    st = {0: SensorState(SensorKind.ONLINE, st0), 4: SensorState(SensorKind.RESERVED, '["10"]')}
    dt = {0: CrystalState(False, "0"), 8: CrystalState(True, "[1]")}
    return PushOnlineRecord(PushOnline(imei, packnum, st, dt), at, b'{"cmd":"push_online"}')


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = Store.open(tmp_path / "data")
    await s.start()
    yield s
    await s.close()


def apply_batches(
    path: Path, batches: list[list[object]], prepare: bool, tables: tuple[str, ...]
) -> dict[str, list[object]]:
    """Each batch through the writer's own steps (prepared as its input thread does, or
    as they are), one transaction each, into a fresh database in ``path``: the rows of
    ``tables`` (sorted), the duplicate flags of every batch, the journal's entries."""
    conn = connect(path / "f.sqlite3")
    migrate(conn)
    journal = Journal(path / "journal")
    cache = RollupCache()
    outcomes = []
    for items in batches:
        batch = prepare_wire_items(list(items)) if prepare else list(items)
        conn.execute("BEGIN IMMEDIATE")
        outcomes.append([r.duplicate for r in apply_records(conn, batch, journal, cache)])  # type: ignore[arg-type]
        conn.execute("COMMIT")
        journal.commit()
        cache.committed()
    journal.close()
    dump: dict[str, list[object]] = {
        t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables
    }
    dump["outcomes"] = outcomes
    dump["journal"] = [(e.received_at, e.imei, e.raw) for e in read_journal(path / "journal")]
    conn.close()
    return dump
