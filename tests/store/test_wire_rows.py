"""What the wire carries for a push_msg must not change what is stored: the bytes of
every blob and the digests (a resend after an upgrade must still be a duplicate).

The golden value below is the hash of the rows that the writer path of the fifth
session (one ``(channel, blob)`` per channel down the pipe) stored for these packets;
every later path must store the very same rows."""

from __future__ import annotations

import hashlib
import itertools
import pickle
from dataclasses import replace
from pathlib import Path

import numpy as np

from fourgmon.protocol.codec import decode, encode
from fourgmon.protocol.messages import PushMsg
from fourgmon.store.db import connect
from fourgmon.store.prepare import prepare_wire_items
from fourgmon.store.records import PushMsgRecord
from fourgmon.store.rows import RollupCache, apply_records
from fourgmon.store.schema import migrate
from fourgmon.store.wire import to_wire

from .conftest import apply_batches

TABLES = ("device_ids", "push_msgs", "rollups")
T0 = 1_795_550_000.0
# sha256 of _dump() for _varied_records(), stored by the fifth session's path (main at 025e0ba)
GOLDEN = "93d280c0bc9318861a8d11ed6ca027e7cdba109e23fcf60865aef67492716f20"


def _varied_records() -> list[PushMsgRecord]:
    """Channel subsets and orders, odd lengths, n = 0/1/2, flat and extreme samples,
    arrays that are slices of one buffer (as the decoder makes them), strided and
    big-endian arrays, warnings, odd climate values and device times, resends."""
    rng = np.random.default_rng(11)
    out: list[PushMsgRecord] = []
    times = ["2026-11-25 03:53:20", "2026-11-25 03:53:59", "not a time", "", "2026-02-30 00:00:00"]
    climates = [(21.5, 40.0), (None, None), (-3.25, 99.9), (float("nan"), 1e300), (0.1, 3)]
    for i in range(160):
        kind = i % 8
        if kind == 0:
            n = int(rng.integers(0, 70))
            chans = {k: rng.integers(0, 65536, n).astype(np.uint16) for k in (0, 1, 2)}
        elif kind == 1:
            ks = sorted(rng.permutation(9)[: int(rng.integers(1, 10))].tolist())
            chans = {
                k: rng.integers(0, 2 ** int(rng.integers(0, 17)), int(rng.integers(0, 4))).astype(
                    np.uint16
                )
                for k in ks
            }
        elif kind == 2:  # as the decoder makes them: slices of one little-endian buffer
            base = rng.integers(20000, 40000, 150).astype(np.uint16)
            chans = {3: base[:50], 4: base[50:100], 5: base[100:]}
        elif kind == 3:  # strided, big-endian and unsorted insertion
            wide = rng.integers(0, 65536, 100).astype(np.uint16)
            chans = {8: wide[::2], 6: wide.astype(">u2")[:49], 7: np.full(50, 7, np.uint16)}
        elif kind == 4:
            chans = {}
        elif kind == 5:  # the simulator's kind of signal
            chans = {k: (30_000 + rng.normal(0, 20, 50)).astype(np.uint16) for k in (6, 7, 8)}
        elif kind == 6:
            chans = {0: np.array([0, 65535, 0, 65535], np.uint16), 2: np.array([65535], np.uint16)}
        else:  # a real packet decoded
            msg = PushMsg(
                f"86{i % 5:013d}", i, "2026-11-25 03:53:21",
                {k: rng.integers(0, 65536, 50).astype(np.uint16) for k in (0, 1, 2)}, 25.5, 30.3,
            )  # fmt: skip
            raw = encode(msg)
            out.append(PushMsgRecord(decode(raw), T0 + i, raw))  # type: ignore[arg-type]
            continue
        temp, hum = climates[i % len(climates)]
        msg = PushMsg(f"86{i % 5:013d}", i // 2, times[i % len(times)], chans, temp, hum)
        if i % 7 == 3:
            msg = replace(msg, warnings=("data0: 49 samples, expected 50",))
        out.append(PushMsgRecord(msg, T0 + i * 7.5, f'{{"packnum":"{i}"}}'.encode()))
    out += out[5:9]  # resends, in a later batch
    return out


def _dump(path: Path, batches: list[list[object]], prepare: bool) -> str:
    dump = apply_batches(path, batches, prepare, TABLES)
    h = hashlib.sha256()
    for t in TABLES:
        for row in dump[t]:
            h.update(repr(row).encode())
    h.update(repr(dump["outcomes"]).encode())
    h.update(repr(dump["journal"]).encode())
    return h.hexdigest()


def _batches(records: list[PushMsgRecord], wire: bool) -> list[list[object]]:
    items: list[object] = (
        [pickle.loads(pickle.dumps(to_wire(r), protocol=5)) for r in records] if wire else records
    )
    return [items[i : i + 48] for i in range(0, len(items), 48)]


def test_the_wire_path_stores_the_rows_the_fifth_session_stored(tmp_path: Path) -> None:
    records = _varied_records()
    got = {}
    for name, wire, prepare in (
        ("wire", True, True),
        ("unprepared", True, False),
        ("records", False, False),
    ):
        (tmp_path / name).mkdir()
        got[name] = _dump(tmp_path / name, _batches(records, wire), prepare)
    assert got["wire"] == got["unprepared"] == got["records"] == GOLDEN


def test_digests_and_blobs_of_a_decoded_packet_are_stable(tmp_path: Path) -> None:
    """One packet as loadgen sends it: its stored digest and blobs, byte for byte."""
    rng = np.random.default_rng(0)
    msg = PushMsg(
        "865501040000000", 17, "2026-11-24 08:00:00",
        {k: rng.integers(20000, 40000, 50).astype(np.uint16) for k in (0, 1, 2)}, 25.5, 30.3,
    )  # fmt: skip
    raw = encode(msg)
    record = PushMsgRecord(decode(raw), T0, raw)  # type: ignore[arg-type]
    conn = connect(tmp_path / "f.sqlite3")
    migrate(conn)
    conn.execute("BEGIN IMMEDIATE")
    apply_records(conn, prepare_wire_items([pickle.loads(pickle.dumps(to_wire(record)))]))  # type: ignore[arg-type]
    conn.execute("COMMIT")
    digest, stats, blob = conn.execute("SELECT digest, stats, samples FROM push_msgs").fetchone()
    conn.close()
    assert (digest, hashlib.sha256(stats + blob).hexdigest()) == GOLDEN_ONE


GOLDEN_ONE = (
    5989744903031773948,
    "fe826a3d1c2ea587cbf56ea01cefabe5e00bb331c1d635d59a8bdef6b8a236f3",
)


def _golden() -> tuple[str, tuple[int, str]]:  # pragma: no cover - how GOLDEN was made
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "r").mkdir()
        full = _dump(Path(tmp) / "r", _batches(_varied_records(), False), False)
    rng = np.random.default_rng(0)
    msg = PushMsg(
        "865501040000000", 17, "2026-11-24 08:00:00",
        {k: rng.integers(20000, 40000, 50).astype(np.uint16) for k in (0, 1, 2)}, 25.5, 30.3,
    )  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        conn = connect(Path(tmp) / "f.sqlite3")
        migrate(conn)
        raw = encode(msg)
        conn.execute("BEGIN IMMEDIATE")
        apply_records(conn, [PushMsgRecord(decode(raw), T0, raw)])  # type: ignore[list-item]
        conn.execute("COMMIT")
        digest, stats, blob = conn.execute(
            "SELECT digest, stats, samples FROM push_msgs"
        ).fetchone()
        conn.close()
    return full, (digest, hashlib.sha256(stats + blob).hexdigest())


def test_the_wire_tuple_carries_every_kind_of_channel_array_as_little_endian_samples() -> None:
    """The fast path (the decoder's arrays) and the general one (anything else) give the
    layout and blob a plain conversion gives; one layout object serves every packet."""
    from fourgmon.store.prepare import push_msg_fields

    rng = np.random.default_rng(3)
    base = rng.integers(0, 65536, 150).astype(np.uint16)
    cases = [
        {0: base[:50], 1: base[50:100], 2: base[100:]},  # the decoder's slices
        {0: base[:50], 1: base[50:100], 2: base[100:]},  # again: now a known layout
        {2: base[100:], 0: base[:50], 1: base[50:100]},  # insertion order not ascending
        {0: base[::3], 1: base[1::3], 2: base[2::3]},  # strided: not contiguous
        {0: base[:50].astype(">u2"), 1: base[50:100], 2: base[100:]},  # big-endian
        {0: base[:50].astype(np.int64), 1: base[50:100], 2: base[100:]},  # another dtype
        {0: base[:50].reshape(25, 2), 1: base[50:100], 2: base[100:]},  # two-dimensional
        {0: base[:0], 5: base[:1]},  # n = 0 and n = 1
    ]
    layouts = []
    for chans in cases:
        msg = PushMsg("861234567890123", 1, "2026-11-25 03:53:20", chans, 21.5, 40.0)
        fields = push_msg_fields(PushMsgRecord(msg, T0, b"{}"))
        ks = sorted(chans)
        blobs = [np.ascontiguousarray(chans[k], dtype="<u2").tobytes() for k in ks]
        assert fields[7] == (tuple(ks), tuple(len(b) // 2 for b in blobs))
        assert fields[8] == b"".join(blobs)
        layouts.append(fields[7])
    assert all(lay is layouts[0] for lay in layouts[:6])


# sha256 of the rollup rows of _rollup_rows(), as the fifth session's writer stored them
GOLDEN_ROLLUPS = "62ee326287f8b278d34e66acb91eca5a8ade95947bdb99dd4326d4e555158dca"


def _rollup_rows(path: Path, cache: RollupCache | None) -> str:
    rng = np.random.default_rng(5)
    conn = connect(path / "f.sqlite3")
    migrate(conn)
    # minutes visited: new ones, the same again (cached), older ones (evicted: read back)
    minutes = [0, 0, 1, 2, 2, 5, 0, 1, 6, 5, 3, 6]
    packnum = 0
    for b, minute in enumerate(minutes):
        items = []
        for i in range(6):
            ks = [(0, 1, 2), (3, 4, 5), (0, 8)][(b + i) % 3]
            chans = {
                k: rng.integers(0, 65536, int(rng.integers(0, 60))).astype(np.uint16) for k in ks
            }
            msg = PushMsg(f"86{i % 2:013d}", packnum, "2026-11-25 03:53:20", chans, 21.5, 40.0)
            packnum += 1
            record = PushMsgRecord(msg, T0 + 60 * minute + i, b"{}")
            items.append(pickle.loads(pickle.dumps(to_wire(record))))
        conn.execute("BEGIN IMMEDIATE")
        apply_records(conn, prepare_wire_items(items), None, cache)
        conn.execute("COMMIT")
        if cache is not None:
            cache.committed()
    rows = sorted(conn.execute("SELECT * FROM rollups").fetchall())
    conn.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def test_rollups_merged_across_batches_are_the_fifth_sessions(tmp_path: Path) -> None:
    """Minutes met again in a later batch: from the writer's cache, or read back from the
    table once the cache let them go, or with no cache at all."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert _rollup_rows(tmp_path / "a", RollupCache()) == GOLDEN_ROLLUPS
    assert _rollup_rows(tmp_path / "b", None) == GOLDEN_ROLLUPS


def test_prepared_digests_equal_the_reference_digest_for_every_kind_of_head() -> None:
    """The cached heads (device time, climate) give what ``push_msg_digest`` gives, also
    where a cache could confuse values: 0.0 / -0.0, 1 / 1.0 / True, NaN, quotes, unicode."""
    from fourgmon.store.prepare import prepare_push_msgs, push_msg_fields, push_msg_row
    from fourgmon.store.values import digest_int, push_msg_digest

    chans = {0: np.arange(50, dtype=np.uint16), 1: np.arange(50, 100, dtype=np.uint16)}
    climates = [
        (0.0, 0.0), (-0.0, 0.0), (0.0, -0.0), (1, 1.0), (1.0, 1), (True, 1), (1, True),
        (float("nan"), 2.5), (float("inf"), None), (None, 0), (21.5, 40.0), (21.5, 40.0),
    ]  # fmt: skip
    times = ["2026-11-25 03:53:20", 'a "quoted" \\ time', "zeit \u00e4", "", "2026-11-25 03:53:20"]
    records = [
        PushMsgRecord(PushMsg("861234567890123", i, when, chans, t, h), T0 + i, b"{}")
        for i, ((t, h), when) in enumerate(itertools.product(climates, times))
    ]
    for _ in range(2):  # the second round meets every head in the caches
        prepared = prepare_push_msgs([push_msg_fields(r) for r in records])
        expected = [digest_int(push_msg_digest(push_msg_row(r))) for r in records]
        assert [p.digest for p in prepared] == expected
    first = len(times)  # (0.0, 0.0) and (-0.0, 0.0) at the same time: two digests
    assert expected[0] != expected[first] and expected[first] != expected[2 * first]
