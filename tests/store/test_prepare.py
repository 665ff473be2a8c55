"""The writer's input thread prepares push_msgs before their transaction: the database
must hold exactly what the unprepared path writes, and a bad record must stay unprepared
so that its transaction meets the error (and is retried item by item) as before."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from fourgmon.store.db import connect
from fourgmon.store.prepare import PreparedPushMsg, prepare_wire_items
from fourgmon.store.rows import apply_records
from fourgmon.store.schema import migrate
from fourgmon.store.wire import to_wire

from .conftest import T0, apply_batches, push_msg, push_online, samples

TABLES = ("devices", "device_ids", "push_msgs", "push_onlines", "rollups")


def _wire_batches() -> list[list[object]]:
    """Three frames as the parent sends them: push_msgs of two modules, a resend within
    the batch, one with a warning-worthy short frame, and a push_online between them."""
    rng = np.random.default_rng(4)
    frames: list[list[object]] = []
    for f in range(3):
        items: list[object] = []
        for i in range(40):
            imei = "861234567890123" if i % 2 else "861234567890131"
            chans = {k: rng.integers(0, 65536, 50).astype(np.uint16) for k in (0, 1, 2)}
            if i == 7:
                chans = {4: samples(3, 12)}
            items.append(
                to_wire(push_msg(f * 40 + i, imei=imei, at=T0 + f * 60 + i, channels=chans))
            )
        items.append(items[5])  # a resend in the same batch
        items.append(push_online(f, at=T0 + f * 60 + 30))
        frames.append(items)
    return frames


def _store(path: Path, frames: list[list[object]], prepare: bool) -> dict[str, list[object]]:
    return apply_batches(path, frames, prepare, TABLES)


def test_prepared_and_unprepared_batches_store_the_same_rows(tmp_path: Path) -> None:
    frames = _wire_batches()
    prepared = prepare_wire_items(list(frames[0]))
    assert sum(type(item) is PreparedPushMsg for item in prepared) == 41
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    plain = _store(tmp_path / "a", frames, prepare=False)
    early = _store(tmp_path / "b", frames, prepare=True)
    assert plain == early
    assert len(plain["push_msgs"]) == 120  # the resends are duplicates, not rows
    assert [o[-2] for o in plain["outcomes"]] == [True] * 3  # type: ignore[index]


def test_a_bad_record_leaves_its_frame_unprepared_and_fails_in_the_transaction(
    tmp_path: Path,
) -> None:
    items = [to_wire(push_msg(i, at=T0 + i)) for i in range(3)]
    items[1] = to_wire(push_msg(1, at=T0 + 1, channels={9: samples(0)}))  # breaks a CHECK
    assert prepare_wire_items(list(items)) == items
    conn = connect(tmp_path / "f.sqlite3")
    migrate(conn)
    conn.execute("BEGIN IMMEDIATE")
    with pytest.raises(sqlite3.IntegrityError, match="channel BETWEEN 0 AND 8"):
        apply_records(conn, items)
    conn.execute("ROLLBACK")
    conn.close()
