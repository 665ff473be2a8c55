"""Alarm rules through real sockets and a real store: raise, ack, clear, flapping,
persistence over a restart, ``fourgmon alarms --json``."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from fourgmon.domain.alarms import AlarmAcked, AlarmCleared, AlarmRaised, AlarmRules
from fourgmon.protocol.messages import InfoAck, InfoRequest
from fourgmon.server import Server, ServerConfig
from fourgmon.sim.scripted import device_time, make_push_msg, make_push_online
from fourgmon.store import Store
from fourgmon.store.alarms import read_alarms
from tests.server.conftest import IMEI, IMEI2, TEST_CONFIG, Harness, running_server


@pytest.fixture
def server_config() -> ServerConfig:
    rules = AlarmRules(no_data_minutes=0, flap_window=30)
    return replace(TEST_CONFIG, alarm_rules=rules, alarm_tick=0.1)


async def until(predicate, timeout: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.02)


def raised(h: Harness, kind: str) -> list[AlarmRaised]:
    return [e for e in h.of_type(AlarmRaised) if e.alarm.kind == kind]


def cli_alarms(data_dir: Path, *args: str) -> list[dict]:  # type: ignore[type-arg]
    out = subprocess.run(
        [sys.executable, "-m", "fourgmon", "alarms", "--data-dir", str(data_dir), "--json", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return [json.loads(line) for line in out.stdout.splitlines()]


async def test_interference_is_raised_acked_cleared_and_listed(harness: Harness) -> None:
    module = await harness.connect()
    module.send(make_push_online(IMEI, 1, st={k: 1 for k in range(9)} | {4: 2}))
    await module.recv()
    await until(lambda: bool(raised(harness, "interference")))
    alarm = raised(harness, "interference")[0].alarm
    assert alarm.channel == 4 and "CH5 (bus 2, position 2)" in alarm.detail
    assert harness.server.acknowledge_alarms([(IMEI, "interference", 4)], "tester") == 1
    assert [e.alarm.acked_by for e in harness.of_type(AlarmAcked)] == ["tester"]
    module.send(make_push_online(IMEI, 2))
    await module.recv()
    await until(lambda: bool(harness.of_type(AlarmCleared)))
    await harness.server.alarms.settled()
    (row,) = cli_alarms(harness.data_dir)
    assert row["imei"] == IMEI and row["kind"] == "interference" and row["channel"] == 4
    assert row["acked_at"] is not None and row["cleared_at"] is not None
    assert row["raised_at"] <= row["acked_at"] <= row["cleared_at"]
    assert set(row) >= {"imei", "kind", "channel", "raised_at", "acked_at", "cleared_at", "detail"}
    assert cli_alarms(harness.data_dir, "--open") == []


async def test_a_packnum_gap_and_a_clock_ten_minutes_off(harness: Harness) -> None:
    module = await harness.connect()
    for n in (1, 2, 6):
        module.send(make_push_msg(IMEI, n))
        await module.recv()
    await until(lambda: bool(raised(harness, "packet_gap")))
    assert raised(harness, "packet_gap")[0].alarm.detail.startswith("3 packet(s) lost")
    module.send(make_push_msg(IMEI, 0))  # a reboot restarts at 0: no new gap
    await module.recv()
    assert len(raised(harness, "packet_gap")) == 1
    # The clock is checked once a minute per module: a fresh module for this one.
    other = await harness.connect("865501040783277")
    other.send(make_push_msg("865501040783277", 1, time=device_time(time.time() + 600)))
    await other.recv()
    await until(lambda: bool(raised(harness, "clock_skew")))
    detail = raised(harness, "clock_skew")[0].alarm.detail  # "device clock +600 s off"
    assert detail.startswith("device clock +") and detail.endswith(" s off")
    assert 598 <= int(detail.split("+")[1].split()[0]) <= 601  # whole seconds, a little lag


async def test_a_flapping_connection_counts_on_one_alarm(harness: Harness) -> None:
    for i in range(3):
        module = await harness.connect()
        module.send(make_push_msg(IMEI, i + 1))
        await module.recv()
        await module.aclose()
        await until(lambda i=i: len(raised(harness, "offline")) == i + 1)
    counts = [e.alarm.count for e in raised(harness, "offline")]
    assert counts == [1, 2, 3]
    assert raised(harness, "offline")[0].alarm.detail == "closed by peer"
    assert len(harness.of_type(AlarmCleared)) == 2  # each reconnect cleared it
    await harness.server.alarms.settled()
    (row,) = cli_alarms(harness.data_dir, "--imei", IMEI)
    assert row["kind"] == "offline" and row["count"] == 3 and row["cleared_at"] is None


async def test_rs485_counters_rising_between_two_info_acks(harness: Harness) -> None:
    module = await harness.connect()
    module.send(make_push_msg(IMEI, 1))
    await module.recv()
    for counts in ((1, 1, 1), (1, 4, 1)):
        ask = asyncio.ensure_future(harness.server.request(IMEI, "info"))
        assert isinstance(await module.recv(), InfoRequest)
        module.send(InfoAck("8986", "here", counts))
        assert (await ask).status == "ok"
    await until(lambda: bool(raised(harness, "rs485_errors")))
    assert raised(harness, "rs485_errors")[0].alarm.detail == "bus 2 +3"


async def test_an_open_alarm_survives_a_restart_and_clears_on_reconnect(tmp_path: Path) -> None:
    rules = AlarmRules(no_data_minutes=0.005, flap_window=0)  # 0.3 s without push_msg
    config = replace(TEST_CONFIG, heartbeat_timeout=1.0, alarm_rules=rules, alarm_tick=0.1)
    store = Store.open(tmp_path)
    await store.start()
    try:
        server = Server(config, store)
        events: list = []  # type: ignore[type-arg]
        server.subscribe(events.append)
        await server.start()
        assert server.address is not None
        h = Harness(server, store, tmp_path)
        module = await h.connect()
        module.send(make_push_online(IMEI, 1, st={k: 1 for k in range(9)} | {2: 0}))
        await module.recv()
        await until(lambda: bool(raised(h, "no_data")) and bool(raised(h, "sensor_offline")))
        await until(lambda: bool(raised(h, "offline")))  # it went silent: heartbeat timeout
        assert raised(h, "offline")[0].alarm.detail == "heartbeat timeout"
        await module.aclose()
        await server.stop()
        kinds = {a.kind for a in read_alarms(tmp_path, open_only=True)}
        assert kinds == {"sensor_offline", "offline"}  # no_data cleared when it went offline

        again = Server(config, store)
        h2 = Harness(again, store, tmp_path)
        await again.start()
        assert {a.kind for a in again.alarms.book.open_alarms()} == kinds
        assert {e.alarm.kind for e in h2.of_type(AlarmRaised)} == kinds  # the window sees them
        module = await h2.connect()
        module.send(make_push_online(IMEI, 2))
        await module.recv()
        await until(lambda: len(h2.of_type(AlarmCleared)) == 2)
        await again.alarms.settled()
        assert read_alarms(tmp_path, open_only=True) == []
        assert len(read_alarms(tmp_path)) == 3  # the same rows, closed; no duplicates
        await module.aclose()
        await again.stop()
    finally:
        await store.close()


async def test_a_packets_ack_comes_after_the_alarms_it_raised_and_cleared_are_stored(
    harness: Harness,
) -> None:
    module = await harness.connect()
    healthy = dict.fromkeys(range(9), 1)
    for packnum in range(1, 6):  # raise, clear, raise (count 2), clear, raise (count 3)
        module.send(make_push_online(IMEI, packnum, st=healthy | ({4: 3} if packnum % 2 else {})))
        await module.recv()  # the ack: no settled(), the row must be there already
        (row,) = read_alarms(harness.data_dir)
        assert row.kind == "stuck" and row.channel == 4 and row.count == (packnum + 1) // 2
        assert (row.cleared_at is None) == bool(packnum % 2)


class UnwatchedHarness(Harness):
    """As ``fourgmon serve`` runs: nobody subscribed to the server's events."""

    def __init__(self, server: Server, store: Store, data_dir: Path) -> None:
        self.server, self.store, self.data_dir = server, store, data_dir
        self.events = []
        self.modules = []


async def test_frames_raise_alarms_with_nobody_subscribed(
    tmp_path: Path, server_config: ServerConfig
) -> None:
    # With no observer the server hands a frame to the alarm rules directly
    # (AlarmService.on_frame): the same alarms, stored before the packet's ack.
    async with running_server(tmp_path, server_config, UnwatchedHarness) as h:
        assert not h.server._observers
        module = await h.connect()
        for n in (1, 2, 6):
            module.send(make_push_msg(IMEI, n))
            await module.recv()
        (row,) = read_alarms(tmp_path)  # stored before the ack of packnum 6
        assert row.kind == "packet_gap" and row.detail.startswith("3 packet(s) lost")
        module.send(make_push_msg(IMEI, 7))  # the next packnum clears it
        await module.recv()
        (row,) = read_alarms(tmp_path)
        assert row.cleared_at is not None
        other = await h.connect(IMEI2)
        other.send(make_push_msg(IMEI2, 1, time=device_time(time.time() + 600)))
        await other.recv()
        open_kinds = {(a.imei, a.kind) for a in h.server.alarms.book.open_alarms()}
        assert open_kinds == {(IMEI2, "clock_skew")}
        assert {r.kind for r in read_alarms(tmp_path)} == {"packet_gap", "clock_skew"}
        assert h.events == []
