"""Thresholds in engineering units over real sockets and a real store: loaded from the
store at start (as ``serve`` does), a '*' default row, the command line's raw default."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np

from fourgmon.domain.alarms import AlarmCleared, AlarmRaised, AlarmRules
from fourgmon.domain.calibration import Calibration, CalibrationRow
from fourgmon.domain.thresholds import Threshold, ThresholdRow
from fourgmon.server import Server
from fourgmon.sim.scripted import make_push_msg
from fourgmon.store import Store
from fourgmon.store.calibration import changes_record
from fourgmon.store.thresholds import thresholds_record
from tests.server.conftest import IMEI, IMEI2, TEST_CONFIG, Harness
from tests.server.test_alarms import cli_alarms, until

MPA = Calibration(0.0001, -0.4, "MPa")  # 9000 counts = 0.5 MPa


def flat(value: int) -> dict[int, np.ndarray]:
    return {k: np.full(50, value, dtype=np.uint16) for k in (0, 1, 2)}


async def test_threshold_high_in_mpa_from_the_store_raises_and_clears(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    await store.start()
    await store.write(changes_record(1.0, "ana", [CalibrationRow("*", 2, MPA)]))
    limit = Threshold(high=0.5, hysteresis=0.02, unit="MPa")
    await store.write(thresholds_record(1.0, "ana", [ThresholdRow("*", 2, limit)]))
    # The command line's raw default still holds where no row is: channel 0 above 60000.
    rules = AlarmRules(no_data_minutes=0, clock_skew_seconds=0, threshold_high=60_000)
    server = Server(replace(TEST_CONFIG, alarm_rules=rules, alarm_tick=0.1), store)
    h = Harness(server, store, tmp_path)
    await server.start()
    try:
        module = await h.connect()
        module.send(make_push_msg(IMEI, 1, flat(8_000)))  # 0.4 MPa
        await module.recv()
        module.send(make_push_msg(IMEI, 2, flat(9_100)))  # 0.51 MPa
        await module.recv()
        await until(lambda: bool(h.of_type(AlarmRaised)))
        (event,) = h.of_type(AlarmRaised)
        assert (event.alarm.kind, event.alarm.channel) == ("threshold_high", 2)
        assert event.alarm.detail == "CH3 (bus 3, position 1): 0.5100 MPa > 0.5000 MPa"
        module.send(make_push_msg(IMEI, 3, flat(8_900)))  # 0.49: inside the hysteresis
        await module.recv()
        module.send(make_push_msg(IMEI, 4, {0: np.full(50, 61_000, dtype=np.uint16)}))
        await module.recv()
        await until(lambda: len(h.of_type(AlarmRaised)) == 2)
        assert h.of_type(AlarmRaised)[1].alarm.detail.endswith("61000 > 60000 (raw)")
        assert not h.of_type(AlarmCleared)
        module.send(make_push_msg(IMEI, 5, flat(8_700)))  # 0.47 MPa
        await module.recv()
        await until(lambda: len(h.of_type(AlarmCleared)) == 2)
        await server.alarms.settled()
        rows = cli_alarms(tmp_path, "--imei", IMEI)
        assert {(r["kind"], r["channel"]) for r in rows} == {
            ("threshold_high", 2),
            ("threshold_high", 0),
        }
        assert all(r["cleared_at"] is not None for r in rows)
    finally:
        for m in h.modules:
            await m.aclose()
        await server.stop()
        await store.close()


async def test_a_new_threshold_applies_to_the_next_frame(harness: Harness) -> None:
    store = harness.store
    own = Threshold(low=300.0, unit="kPa")  # a module's own row, in kPa on an MPa channel
    await store.write(changes_record(1.0, "li", [CalibrationRow("*", 0, MPA)]))
    await store.write(thresholds_record(1.0, "li", [ThresholdRow(IMEI2, 0, own)]))
    harness.server.alarms.set_units(store.calibration(), store.thresholds())
    other, module = await harness.connect(IMEI), await harness.connect(IMEI2)
    for m, imei in ((other, IMEI), (module, IMEI2)):
        m.send(make_push_msg(imei, 1, flat(6_000)))  # 0.2 MPa = 200 kPa < 300 kPa
        await m.recv()
    await until(lambda: bool(harness.of_type(AlarmRaised)))
    (event,) = harness.of_type(AlarmRaised)
    assert (event.alarm.imei, event.alarm.kind, event.alarm.channel) == (IMEI2, "threshold_low", 0)
    assert event.alarm.detail.endswith("0.2000 MPa < 0.3000 MPa")
