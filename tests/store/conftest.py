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
