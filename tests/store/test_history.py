"""History queries (fourgmon.store.history) on a store built through the writer's batch path."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from pathlib import Path

import numpy as np
import pytest

from fourgmon.store import Store
from fourgmon.store import history as h
from tests.store.history_data import (
    GAP_LOST,
    IMEI_A,
    IMEI_B,
    INTERVAL,
    OFFLINE_FROM,
    OFFLINE_TO,
    T0,
    Site,
    build_site,
    level,
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    return build_site(tmp_path_factory.mktemp("history") / "data")


@pytest.fixture
async def store(site: Site) -> AsyncIterator[Store]:
    s = Store.open(site.data_dir, readonly=True)
    yield s
    await s.close()


async def test_trend_is_the_rollups_of_the_range_only(store: Store, site: Site) -> None:
    hour = h.trend(store, IMEI_B, T0 + 3600, T0 + 7200, max_points=2000)
    assert sorted(hour) == list(range(9))
    t = hour[4]
    assert len(t.at) == 60 and t.at[0] == T0 + 3600 and t.at[-1] == T0 + 7200 - 60
    # every minute's band holds its mean, and the mean follows the signal put in
    assert np.all(t.min <= t.mean) and np.all(t.mean <= t.max)
    expected = level(4, t.at + 30)
    assert np.max(np.abs(t.mean - expected)) < 60
    # The same as Store.trend (which reads it in one query).
    whole = store.trend(IMEI_B, T0, site.end, max_points=50)
    paged = h.trend(store, IMEI_B, T0, site.end, max_points=50)
    assert np.array_equal(whole[4].at, paged[4].at)
    assert np.allclose(whole[4].mean, paged[4].mean)


async def test_trend_reads_in_pages_and_never_more_points_than_asked(
    store: Store, site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(h, "ROLLUP_PAGE_MINUTES", 30)
    token = h.CancelToken()
    out = h.trend(store, IMEI_A, T0, site.end, max_points=40, token=token)
    assert token.pages >= 180 // 30  # every half hour a query of its own
    assert all(len(t.at) <= 40 for t in out.values())
    # the offline spell has no points
    at = out[0].at
    assert not np.any((at > OFFLINE_FROM + 60) & (at < OFFLINE_TO - 300))


async def test_frame_trend_has_one_point_per_frame_until_bucketed(store: Store) -> None:
    out = h.frame_trend(store, IMEI_B, T0, T0 + 1800, max_points=10_000)
    # channel 0 is in every third packet
    assert len(out[0].at) == 1800 / INTERVAL / 3
    assert np.all(out[0].n == 50)
    small = h.frame_trend(store, IMEI_B, T0, T0 + 1800, max_points=20)
    assert 1 < len(small[0].at) <= 20
    assert small[0].min.min() == out[0].min.min() and small[0].max.max() == out[0].max.max()
    assert int(small[0].n.sum()) == int(out[0].n.sum())


async def test_packet_times_and_frames_at(store: Store, site: Site) -> None:
    times = h.packet_times(store, IMEI_A, T0, site.end)
    pushes = [at for at, _ in site.packets[IMEI_A] if at >= T0 and (at - T0) % INTERVAL == 0]
    assert times.tolist() == pushes
    frames = h.frames_at(store, IMEI_A, float(times[7]))
    assert [f.channel for f in frames] == [3, 4, 5]
    assert all(len(f.samples) == 50 for f in frames)
    seen = h.frames_until(store, IMEI_A, float(times[7]))
    assert sorted(seen) == list(range(9))


async def test_gaps_and_completeness(store: Store, site: Site) -> None:
    gaps = h.gaps(store, IMEI_A, T0 - 60, site.end)
    assert [g.lost for g in gaps] == [GAP_LOST]
    done = h.completeness(store, IMEI_A, T0 - 60, site.end)
    assert done.received == len(site.packets[IMEI_A])
    assert done.expected == done.received + GAP_LOST
    span = site.end - (T0 - 60)
    online = span - 55 - (OFFLINE_TO - OFFLINE_FROM)  # online from T0 - 5, less the spell
    assert done.online_s == pytest.approx(online)
    assert done.online_percent == pytest.approx(100 * online / span)
    assert 99 < (done.received_percent or 0) < 100
    assert h.completeness_and_gaps(store, IMEI_A, T0 - 60, site.end) == (done, gaps)
    clean = h.completeness(store, IMEI_B, T0, site.end)
    assert clean.lost == 0 and clean.received_percent == 100
    # A range starting while online counts from its start.
    assert h.completeness(store, IMEI_B, T0, T0 + 60).online_percent == 100


async def test_events_of_the_range_in_time_order(store: Store, site: Site) -> None:
    events = h.events(store, IMEI_A, T0 - 60, site.end)
    kinds = [e.kind for e in events]
    assert kinds.count(h.CONNECTION) == 3
    assert [e.fields["cause"] for e in events if e.kind == h.CONNECTION][1] == "heartbeat timeout"
    sensor = [e for e in events if e.kind == h.SENSOR]
    assert [[(c["channel"], c["old"], c["new"]) for c in e.fields["changes"]] for e in sensor] == [
        [(k, None, "[1]") for k in range(9)],
        [(2, "[1]", "[0]")],
    ]
    assert [e.fields["alarm"] for e in events if e.kind == h.ALARM] == ["offline", "sensor_offline"]
    assert [e.at for e in events if e.kind == h.ALARM_CLEARED] == [OFFLINE_TO]
    assert [e.fields["command"] for e in events if e.kind == h.COMMAND] == ["version"]
    assert [e.fields["version"] for e in events if e.kind == h.VERSION] == ["1.2.0", "1.3.0"]
    assert [e.fields["ccid"] for e in events if e.kind == h.INFO] == ["89860000000000000001"]
    assert [e.fields["lost"] for e in events if e.kind == h.GAP] == [GAP_LOST]
    assert [e.at for e in events] == sorted(e.at for e in events)
    # A range after the spell: only what happened in it.
    later = h.events(store, IMEI_A, OFFLINE_TO + 2, site.end)
    assert {e.kind for e in later} == {h.COMMAND, h.VERSION}
    assert h.events(store, IMEI_B, OFFLINE_TO + 2, site.end) == []
    only = h.events(store, IMEI_A, T0 - 60, site.end, kinds=(h.VERSION, h.GAP))
    assert [e.kind for e in only] == [h.VERSION, h.GAP, h.VERSION]


async def test_cancelled_query_stops_between_pages(
    store: Store, site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(h, "PACKET_PAGE_SECONDS", 600.0)
    token = h.CancelToken()
    token.cancel()
    with pytest.raises(h.QueryCancelled):
        h.frame_trend(store, IMEI_A, T0, site.end, token=token)
    assert token.pages == 0
    # Cancelled from another thread while it runs: it stops at the next page.
    token = h.CancelToken()
    real = store._rows
    started = threading.Event()

    def slow_rows(*args: object) -> object:
        started.set()
        if token.pages >= 3:
            token.cancel()
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "_rows", slow_rows)
    with pytest.raises(h.QueryCancelled):
        h.packet_times(store, IMEI_A, T0, site.end, token=token)
    assert started.is_set() and token.pages == 3


async def test_an_unknown_module_or_empty_range_gives_nothing(store: Store, site: Site) -> None:
    assert h.trend(store, "869999999999999", T0, site.end) == {}
    assert h.frame_trend(store, IMEI_A, site.end + 10, site.end + 20) == {}
    assert len(h.packet_times(store, IMEI_A, site.end + 10, site.end + 20)) == 0
    empty = h.completeness(store, "869999999999999", T0, site.end)
    assert empty.received == 0 and empty.received_percent is None and empty.online_percent == 0


def test_site_is_built_in_the_data_dir(site: Site) -> None:
    assert (site.data_dir / "fourgmon.sqlite3").exists()
    assert isinstance(site.data_dir, Path)
