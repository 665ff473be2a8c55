"""A small site's history, built through the writer's batch path (``apply_records``).

Used by the history-query tests and the history panel's GUI tests: two modules, a
few hours of push_msg at one packet per ``INTERVAL`` s (packnum shared with the
push_online packets, as the modules do), a gap of lost packets, a module restart, an
offline spell, commands, info, version and alarms.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from fourgmon.domain.alarms import Alarm
from fourgmon.protocol.messages import (
    CrystalState,
    PushMsg,
    PushOnline,
    SensorKind,
    SensorState,
)
from fourgmon.store.db import DB_FILENAME, connect
from fourgmon.store.records import (
    AlarmRecord,
    AliasRecord,
    CommandRecord,
    ConnectionRecord,
    InfoRecord,
    PushMsgRecord,
    PushOnlineRecord,
    Record,
    VersionRecord,
)
from fourgmon.store.rows import apply_records
from fourgmon.store.schema import migrate

IMEI_A = "860000000000001"
IMEI_B = "860000000000002"
T0 = 1_795_550_400.0  # 2026-11-24T20:00:00Z, a whole minute
INTERVAL = 10.0
HOURS = 3
GROUPS = ((0, 1, 2), (3, 4, 5), (6, 7, 8))
ALIAS_A = "泵站 1号"  # a Chinese alias: the report must render it
GAP_AT = 100  # packets 100..104 of module A were never received
GAP_LOST = 5
OFFLINE_FROM, OFFLINE_TO = T0 + 3600.0, T0 + 3600.0 + 600.0  # module A, no packets then


@dataclass(frozen=True)
class Site:
    """What was put in, for the tests to check against."""

    data_dir: Path
    packets: dict[str, list[tuple[float, int]]]  # imei -> (received_at, packnum) stored
    end: float


def level(k: int, t: float) -> float:
    """Channel k's signal level at time t (counts)."""
    return 20_000 + 1000 * k + 500 * np.sin(2 * np.pi * (t - T0) / 3600)


def _samples(k: int, t: float, rng: np.random.Generator) -> np.ndarray:
    noise = rng.normal(0, 20, 50)
    return np.clip(np.rint(level(k, t) + noise), 0, 0xFFFF).astype(np.uint16)


def _online(imei: str, packnum: int, at: float, st2: str) -> PushOnlineRecord:
    st = {k: SensorState(SensorKind.ONLINE, "[1]") for k in range(9)}
    st[2] = SensorState(SensorKind.OFFLINE if st2 == "[0]" else SensorKind.ONLINE, st2)
    dt = {k: CrystalState(False, "0") for k in range(9)}
    return PushOnlineRecord(PushOnline(imei, packnum, st, dt), at, b"{}")


def _when(record: Record) -> float:
    for name in ("received_at", "at", "sent_at"):
        if hasattr(record, name):
            return float(getattr(record, name))
    raise TypeError(record)


def records(imei: str, hours: float = HOURS, *, events: bool = True) -> tuple[list[Record], list]:
    """One module's records (time order) and its stored (received_at, packnum)."""
    rng = np.random.default_rng(int(imei[-3:]))
    out: list[Record] = []
    stored: list[tuple[float, int]] = []
    packnum = 0
    if events:
        out.append(ConnectionRecord(imei, T0 - 5, "online", "connected", "10.0.0.1:5000"))
        out.append(_online(imei, packnum, T0 - 4, "[1]"))
        stored.append((T0 - 4, packnum))
        packnum += 1
        out.append(InfoRecord(imei, T0 - 3, "89860000000000000001", "116.40,39.90", (0, 0, 0)))
        out.append(VersionRecord(imei, T0 - 2, "PM9", "1.2.0"))
    n = int(hours * 3600 / INTERVAL)
    for i in range(n):
        at = T0 + i * INTERVAL
        if events and imei == IMEI_A:
            if i == GAP_AT:
                packnum += GAP_LOST  # lost on the way
            if OFFLINE_FROM <= at < OFFLINE_TO:
                continue
        group = GROUPS[i % 3]
        text = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(at))
        msg = PushMsg(imei, packnum, text, {k: _samples(k, at, rng) for k in group}, 21.5, 40.0)
        out.append(PushMsgRecord(msg, at, b"{}"))
        stored.append((at, packnum))
        packnum += 1
        if events and imei == IMEI_A and at == OFFLINE_TO:  # back: CH3 went offline meanwhile
            out.append(_online(imei, packnum, OFFLINE_TO + 1, "[0]"))
            stored.append((OFFLINE_TO + 1, packnum))
            packnum += 1
    if events and imei == IMEI_A:
        out.append(ConnectionRecord(imei, OFFLINE_FROM, "offline", "heartbeat timeout", ""))
        out.append(ConnectionRecord(imei, OFFLINE_TO, "online", "connected", "10.0.0.1:5001"))
        out.append(CommandRecord(imei, "version", OFFLINE_TO + 5, OFFLINE_TO + 6, "ok", "1.3.0"))
        out.append(VersionRecord(imei, OFFLINE_TO + 6, "PM9", "1.3.0"))
    out.sort(key=_when)
    stored.sort()
    return out, stored


def build_site(data_dir: Path, hours: float = HOURS) -> Site:
    """The two modules' history in ``data_dir``, committed in batches as the writer does."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DB_FILENAME
    conn = connect(path)
    migrate(conn)
    packets = {}
    everything: list[Record] = []
    for imei in (IMEI_A, IMEI_B):
        recs, stored = records(imei, hours)
        everything += recs
        packets[imei] = stored
    everything.append(AliasRecord(IMEI_A, ALIAS_A))
    offline = Alarm(IMEI_A, "offline", None, OFFLINE_FROM + 180, cleared_at=OFFLINE_TO)
    everything.append(AlarmRecord(offline))
    everything.append(AlarmRecord(Alarm(IMEI_A, "sensor_offline", 2, OFFLINE_TO + 1, detail="CH3")))
    for i in range(0, len(everything), 500):
        conn.execute("BEGIN IMMEDIATE")
        apply_records(conn, everything[i : i + 500])
        conn.execute("COMMIT")
    conn.close()
    return Site(data_dir, packets, T0 + hours * 3600)
