"""ThingsBoard telemetry without a broker: each entry's text, and many packets of many
modules packed into messages under ThingsBoard's payload limit."""

from __future__ import annotations

import json
import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fourgmon.bridge.payloads import TB_MAX_PAYLOAD, TB_TELEMETRY, ThingsBoard
from fourgmon.bridge.telemetry import STATS_DTYPE, entries_of, frame_entry, pack_entries
from fourgmon.domain.calibration import RAW, Calibration, CalibrationRow, CalibrationTable
from fourgmon.store.outbox import OutboxStatus
from fourgmon.store.samples import STAT

IMEIS = ("865501040783269", "865501040783277", "865501040783285")


def _stats(channels: dict[int, tuple[int, int, int, int]]) -> bytes:
    """A stats blob: channel k -> (n, min, max, sum), in the dict's order."""
    return b"".join(STAT.pack(k, *v) for k, v in channels.items())


def _row(packnum: int, channels: dict, temperature: object = 255, humidity: object = 303):
    return (1_764_578_000.0 + packnum * 0.0137, packnum, packnum * 7919, temperature, humidity,
            _stats(channels))  # fmt: skip


def _expected(row: tuple, cals: tuple[Calibration, ...]) -> dict:
    """The entry by the contract, written out independently of the code under test."""
    received_at, packnum, _, t, h, stats = row
    values: dict = {"packnum": packnum}
    if t is not None:
        values["temperature"] = t / 10 if isinstance(t, int) else t
    if h is not None:
        values["humidity"] = h / 10 if isinstance(h, int) else h
    for k, n, lo, hi, total in sorted(STAT.iter_unpack(stats)):
        if n:
            mean = total / n
            values[f"ch{k + 1}_min"] = lo
            values[f"ch{k + 1}_mean"] = round(mean * 1000) / 1000
            values[f"ch{k + 1}_max"] = hi
            cal = cals[k]
            if not cal.is_raw:
                a, b = cal.apply(lo), cal.apply(hi)
                values[f"ch{k + 1}_value"] = round(cal.apply(mean) * 1e6) / 1e6
                values[f"ch{k + 1}_value_min"] = round(min(a, b) * 1e6) / 1e6
                values[f"ch{k + 1}_value_max"] = round(max(a, b) * 1e6) / 1e6
    return {"ts": round(received_at * 1000), "values": values}


def test_the_stats_dtype_reads_what_the_store_writes() -> None:
    blob = _stats({2: (50, 1, 65535, 1_234_567), 0: (1, 7, 7, 7)})
    assert STATS_DTYPE.itemsize == STAT.size
    import numpy as np

    table = np.frombuffer(blob, dtype=STATS_DTYPE)
    assert [tuple(int(x) for x in r) for r in table.tolist()] == list(STAT.iter_unpack(blob))


def test_an_entry_has_the_documented_keys_and_json_numbers() -> None:
    cals = (Calibration(0.5, 1.0, "kPa"), *[RAW] * 8)
    row = _row(7, {0: (50, 0, 49, 1225), 1: (50, 10, 59, 1725), 2: (50, 20, 69, 2225)})
    entry = json.loads(frame_entry(row, cals))
    assert entry == {
        "ts": round(row[0] * 1000),
        "values": {
            "packnum": 7, "temperature": 25.5, "humidity": 30.3,
            "ch1_min": 0, "ch1_mean": 24.5, "ch1_max": 49,
            "ch1_value": 13.25, "ch1_value_min": 1.0, "ch1_value_max": 25.5,
            "ch2_min": 10, "ch2_mean": 34.5, "ch2_max": 59,
            "ch3_min": 20, "ch3_mean": 44.5, "ch3_max": 69,
        },
    }  # fmt: skip


_channel = st.tuples(st.integers(1, 50), st.integers(0, 65535), st.integers(0, 65535)).map(
    lambda t: (t[0], min(t[1], t[2]), max(t[1], t[2]))
)
_cal = st.sampled_from([RAW, Calibration(0.5, 1.0, "kPa"), Calibration(-0.0123, 400.5, "m"),
                        Calibration(3.3e-5, -0.25, "MPa")])  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(
    ks=st.lists(st.integers(0, 8), min_size=1, max_size=9, unique=True),
    channel=_channel,
    packets=st.integers(1, 12),
    cals=st.lists(_cal, min_size=9, max_size=9),
    tenths=st.sampled_from([(255, 303), (None, None), (-12, None), (0, 1000)]),
    seed=st.integers(0, 2**32),
)
def test_a_layout_written_by_template_is_the_per_packet_text(
    ks: list[int], channel: tuple, packets: int, cals: list, tenths: tuple, seed: int
) -> None:
    rng = random.Random(seed)
    runs = []
    for m in range(3):
        rows = []
        for p in range(packets):
            chans = {}
            for k in ks:
                n, lo, hi = channel
                n = rng.randint(1, n)
                chans[k] = (n, lo, hi, rng.randint(lo * n, hi * n))
            rows.append(_row(100 * m + p, chans, *tenths))
        runs.append((rows, tuple(cals)))
    got = entries_of(runs)
    for (rows, mine), entries in zip(runs, got, strict=True):
        assert entries == [frame_entry(r, mine) for r in rows]
        assert [json.loads(e) for e in entries] == [_expected(r, mine) for r in rows]


def test_packets_that_differ_or_are_not_plain_numbers_are_written_one_by_one() -> None:
    big = (Calibration(1e308, 0.0, "x"), *[RAW] * 8)  # overflows: null, not Infinity
    mixed = [
        _row(1, {0: (50, 1, 3, 100)}),
        _row(2, {0: (50, 1, 3, 100), 4: (50, 5, 9, 350)}),  # a channel more
        _row(3, {0: (0, 0, 0, 0)}),  # a channel with no samples
        _row(4, {0: (50, 1, 3, 100)}, temperature=25.57, humidity=None),  # a stored real
        _row(5, {0: (50, 1, 3, 100)}, temperature=float("inf")),
    ]
    for cals in ((RAW,) * 9, big):
        (entries,) = entries_of([(mixed, cals)])
        assert entries == [frame_entry(r, cals) for r in mixed]
        parsed = [json.loads(e) for e in entries]  # strict JSON: no NaN / Infinity
        assert [e["values"]["packnum"] for e in parsed] == [1, 2, 3, 4, 5]
        assert "ch1_min" not in parsed[2]["values"] and "ch5_mean" in parsed[1]["values"]
        assert parsed[3]["values"]["temperature"] == 25.57
        assert parsed[4]["values"]["temperature"] is None
    (alone,) = entries_of([([mixed[0]], big)])
    assert json.loads(alone[0])["values"]["ch1_value"] is None


def test_pack_entries_keeps_order_splits_a_device_and_sends_an_oversized_entry_alone() -> None:
    entries = [json.dumps({"n": i, "pad": "x" * 30}).encode() for i in range(40)]
    devices = [
        (b'"a"', entries[:25]),
        (b'"b"', entries[25:]),
        (b'"c"', [b'{"big":"' + b"y" * 500 + b'"}']),
    ]
    messages = pack_entries(devices, 300)
    assert all(len(m) <= 300 for m in messages[:-1]) and len(messages[-1]) > 300
    seen: dict[str, list[int]] = {}
    for m in messages[:-1]:
        for device, items in json.loads(m).items():
            seen.setdefault(device, []).extend(e["n"] for e in items)
    assert seen == {"a": list(range(25)), "b": list(range(25, 40))}
    assert list(json.loads(messages[-1])) == ["c"]


def test_many_modules_backlog_goes_in_few_messages_under_the_limit_each_packet_once() -> None:
    table = CalibrationTable([CalibrationRow(IMEIS[1], k, Calibration(0.01, -5, "kPa"))
                              for k in range(3)])  # fmt: skip
    frames = []
    for m, imei in enumerate(IMEIS):
        chans = {k: (50, 100 * k, 100 * k + 49, 50 * (100 * k + 24) + 25) for k in range(3)}
        frames.append((imei, [_row(p, chans) for p in range(1, 801 + m)]))
    key = (1_764_578_000.0 + 5.5 * 0.0137, 5, 5 * 7919 + 1)  # just after packet 5
    statuses = [OutboxStatus(IMEIS[0], key, {0: "1"}, {0: "0"})]
    pubs = ThingsBoard("fourgmon").telemetry(frames, statuses, table)
    assert {p.topic for p in pubs} == {TB_TELEMETRY}
    assert all(len(p.payload) <= TB_MAX_PAYLOAD for p in pubs)
    total = sum(len(p.payload) for p in pubs)
    assert len(pubs) == math.ceil(total / TB_MAX_PAYLOAD)  # full messages, not 48 entries each
    got: dict[str, list[dict]] = {}
    for p in pubs:
        for imei, items in json.loads(p.payload).items():
            got.setdefault(imei, []).extend(items)
    packnums = {i: [e["values"].get("packnum") for e in got[i]] for i in IMEIS}
    assert packnums[IMEIS[1]] == list(range(1, 802))
    assert packnums[IMEIS[2]] == list(range(1, 803))
    # The push_online goes between packets 5 and 6, where it was received.
    assert packnums[IMEIS[0]] == [1, 2, 3, 4, 5, None, *range(6, 801)]
    assert got[IMEIS[0]][5]["values"] == {"sensor1": "online", "crystal1": 0}
    assert got[IMEIS[1]][0]["values"]["ch1_value"] == pytest.approx(0.01 * 24.5 - 5)
