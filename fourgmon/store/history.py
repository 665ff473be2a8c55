"""History queries for the window's history panel and the site report (issue 14).

Every query reads a time range ``[since, until)`` of one module in pages (rollups a
week at a time, packets six hours at a time) and checks a :class:`CancelToken`
between pages, so that a panel can drop a query its user no longer wants (a new
range) without waiting for a 30-day read to finish. They are blocking: run them in a
worker thread (the store's readers open one connection per thread).

- :func:`trend`: per-minute rollups merged to at most ``max_points`` buckets;
- :func:`frame_trend`: per-frame stats (mean, min, max of each stored frame), the
  finer level for a zoomed-in view, bucketed the same way;
- :func:`packet_times`: when the push_msgs of the range arrived (the frame browser);
- :func:`completeness` and :func:`gaps`: packets received vs expected from packnum
  (push_msg and push_online share one sequence; a lower packnum is a restart, not a
  gap) and the time online from the connection events;
- :func:`events`: the module's timeline (connection, sensor status, alarms, commands,
  info and version, data gaps), oldest first.
"""

from __future__ import annotations

import json
import math
import threading
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from fourgmon.store.alarms import read_alarms
from fourgmon.store.records import FrameRow
from fourgmon.store.samples import stats_of
from fourgmon.store.store import Store
from fourgmon.store.trends import Trend, merge_rollups

FloatArray = npt.NDArray[np.float64]

ROLLUP_PAGE_MINUTES = 7 * 1440  # rollup rows read per query (one per device-minute)
PACKET_PAGE_SECONDS = 6 * 3600.0  # packets read per query (a busy module: ~22k rows)


class QueryCancelled(Exception):
    """The query's :class:`CancelToken` was cancelled before it finished."""


class CancelToken:
    """Shared between the UI thread (``cancel()``) and a worker (``check()`` per page)."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self.pages = 0  # pages read so far (for tests and progress)

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise :class:`QueryCancelled` if cancelled; count one page otherwise."""
        if self._event.is_set():
            raise QueryCancelled
        self.pages += 1


def _token(token: CancelToken | None) -> CancelToken:
    return CancelToken() if token is None else token


def _windows(since: float, until: float, step: float) -> Iterator[tuple[float, float]]:
    """``[since, until)`` cut into consecutive windows of at most ``step``."""
    lo = since
    while lo < until:
        hi = min(until, lo + step)
        yield lo, hi
        lo = hi


def _device_rows(
    store: Store, imei: str, sql: str, since: float, until: float, step: float, token: CancelToken
) -> Iterator[list[Any]]:
    """Rows of ``sql`` (params: device id, lo, hi) on every file, window by window."""
    for path in list(store._files):
        did = store._device_id(path, imei)
        if did is None:
            continue
        for lo, hi in _windows(since, until, step):
            token.check()
            rows = store._rows(path, sql, (did, lo, hi))
            if rows is None:  # damaged: the store moved on; this file's rest is left out
                break
            yield rows


def _imei_rows(
    store: Store, sql: str, params: tuple[Any, ...], token: CancelToken
) -> Iterator[list[Any]]:
    """Rows of ``sql`` (keyed by imei text) on every file, oldest file first."""
    for path in list(store._files):
        token.check()
        rows = store._rows(path, sql, params)
        if rows is not None:
            yield rows


# ---------------------------------------------------------------- trends


def trend(
    store: Store,
    imei: str,
    since: float,
    until: float,
    max_points: int = 2000,
    token: CancelToken | None = None,
) -> dict[int, Trend]:
    """Per channel, the rollups of the minutes starting in ``[since, until)``, merged
    into at most ``max_points`` buckets (as :meth:`Store.trend`, read in pages)."""
    token = _token(token)
    first = int(since // 60) + (since % 60 > 0)
    last = int(-(-until // 60))
    sql = (
        "SELECT minute, stats FROM rollups WHERE device_id = ? AND minute >= ? AND minute < ?"
        " ORDER BY minute"
    )
    minutes: list[int] = []
    blobs: list[bytes] = []
    for rows in _device_rows(store, imei, sql, first, last, ROLLUP_PAGE_MINUTES, token):
        for minute, blob in rows:
            minutes.append(minute)
            blobs.append(blob)
    token.check()
    return merge_rollups(minutes, blobs, max_points)


def bucket(
    at: FloatArray, mean: FloatArray, lo: FloatArray, hi: FloatArray, n: Any, max_points: int
) -> Trend:
    """Points (time ascending) merged into at most ``max_points`` buckets of equal time:
    min of mins, max of maxes, mean weighted by ``n``."""
    n = np.asarray(n, dtype=np.int64)
    if len(at) <= max_points or len(at) < 2:
        return Trend(at, mean, lo, hi, n)
    span = float(at[-1] - at[0])
    width = span / max(1, max_points - 1) if span > 0 else 1.0
    index = np.minimum(((at - at[0]) / width).astype(np.int64), max_points - 1)
    starts = np.flatnonzero(np.r_[True, index[1:] != index[:-1]])
    count = np.add.reduceat(n, starts)
    weight = np.maximum(count, 1)
    return Trend(
        at[starts].copy(),
        np.add.reduceat(mean * n, starts) / weight,
        np.minimum.reduceat(lo, starts),
        np.maximum.reduceat(hi, starts),
        count,
    )


def frame_trend(
    store: Store,
    imei: str,
    since: float,
    until: float,
    max_points: int = 2000,
    token: CancelToken | None = None,
) -> dict[int, Trend]:
    """Per channel, one point per stored frame (its mean, min and max, from the stats
    stored beside the samples: nothing is unpacked), bucketed to ``max_points``."""
    token = _token(token)
    sql = (
        "SELECT received_at, stats FROM push_msgs WHERE device_id = ?"
        " AND received_at >= ? AND received_at < ? ORDER BY received_at, packnum"
    )
    points: dict[int, list[tuple[float, float, float, float, int]]] = {}
    for rows in _device_rows(store, imei, sql, since, until, PACKET_PAGE_SECONDS, token):
        for at, stats in rows:
            for k, n, lo, hi, total in stats_of(stats):
                if n:
                    points.setdefault(k, []).append((at, total / n, lo, hi, n))
    out: dict[int, Trend] = {}
    for k in sorted(points):
        table = np.array(points[k], dtype=np.float64)
        order = np.argsort(table[:, 0], kind="stable")  # files: any order
        table = table[order]
        out[k] = bucket(
            table[:, 0].copy(),
            table[:, 1].copy(),
            table[:, 2].copy(),
            table[:, 3].copy(),
            table[:, 4].astype(np.int64),
            max_points,
        )
    token.check()
    return out


# ---------------------------------------------------------------- frames


def packet_times(
    store: Store, imei: str, since: float, until: float, token: CancelToken | None = None
) -> FloatArray:
    """When each push_msg of the range was received (ascending; a resend counts once)."""
    token = _token(token)
    sql = (
        "SELECT received_at FROM push_msgs WHERE device_id = ?"
        " AND received_at >= ? AND received_at < ? ORDER BY received_at, packnum"
    )
    parts = [
        np.array([r[0] for r in rows], dtype=np.float64)
        for rows in _device_rows(store, imei, sql, since, until, PACKET_PAGE_SECONDS, token)
    ]
    return np.sort(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.float64)


def frames_at(store: Store, imei: str, at: float) -> list[FrameRow]:
    """The frames of the packet(s) received at ``at`` exactly (a browser's one step)."""
    return list(store.frames(imei, at, math.nextafter(at, math.inf)))


def frames_until(store: Store, imei: str, at: float) -> dict[int, FrameRow]:
    """Per channel, its newest frame received at or before ``at`` within the hour
    before it: what the live view showed at that moment (a group carries 3 channels)."""
    out: dict[int, FrameRow] = {}
    for frame in store.frames(imei, at - 3600.0, math.nextafter(at, math.inf)):
        out[frame.channel] = frame
    return out


# ---------------------------------------------------------------- completeness


@dataclass(frozen=True, slots=True)
class Gap:
    """Packets lost between two received ones (packnum ``after`` .. ``before``)."""

    at: float  # when the packet after the gap arrived
    after: int
    before: int

    @property
    def lost(self) -> int:
        return self.before - self.after - 1


@dataclass(frozen=True, slots=True)
class Completeness:
    """Data completeness of one module over a range."""

    since: float
    until: float
    received: int  # distinct packets (push_msg + push_online) in the range
    expected: int  # what packnum says was sent: received + lost
    online_s: float  # seconds online in the range (from the connection events)

    @property
    def lost(self) -> int:
        return self.expected - self.received

    @property
    def received_percent(self) -> float | None:
        return None if self.expected == 0 else 100.0 * self.received / self.expected

    @property
    def online_percent(self) -> float:
        span = self.until - self.since
        return 0.0 if span <= 0 else 100.0 * min(self.online_s, span) / span


def packnums(
    store: Store, imei: str, since: float, until: float, token: CancelToken | None = None
) -> tuple[FloatArray, npt.NDArray[np.int64]]:
    """(received_at, packnum) of every push_msg and push_online of the range, by time."""
    token = _token(token)
    times: list[float] = []
    nums: list[int] = []
    for table in ("push_msgs", "push_onlines"):
        sql = (
            f"SELECT received_at, packnum FROM {table} WHERE device_id = ?"
            " AND received_at >= ? AND received_at < ?"
        )
        for rows in _device_rows(store, imei, sql, since, until, PACKET_PAGE_SECONDS, token):
            for at, num in rows:
                times.append(at)
                nums.append(num)
    at = np.array(times, dtype=np.float64)
    num = np.array(nums, dtype=np.int64)
    order = np.lexsort((num, at))
    return at[order], num[order]


def _gaps_of(at: FloatArray, num: npt.NDArray[np.int64]) -> list[Gap]:
    if len(num) < 2:
        return []
    step = np.diff(num)
    where = np.flatnonzero(step > 1)
    return [Gap(float(at[i + 1]), int(num[i]), int(num[i + 1])) for i in where]


def gaps(
    store: Store, imei: str, since: float, until: float, token: CancelToken | None = None
) -> list[Gap]:
    """Runs of missing packnums between packets received in the range, oldest first."""
    return _gaps_of(*packnums(store, imei, since, until, token))


def online_seconds(store: Store, imei: str, since: float, until: float) -> float:
    """Seconds of ``[since, until)`` the module was online, from its connection events."""
    before = [
        row
        for rows in _imei_rows(
            store,
            "SELECT at, state FROM connection_events WHERE imei = ? AND at < ?"
            " ORDER BY at DESC, id DESC LIMIT 1",
            (imei, since),
            CancelToken(),
        )
        for row in rows
    ]
    state = max(before)[1] if before else "offline"
    changes = sorted(
        (at, state)
        for rows in _imei_rows(
            store,
            "SELECT at, state FROM connection_events WHERE imei = ? AND at >= ? AND at < ?",
            (imei, since, until),
            CancelToken(),
        )
        for at, state in rows
    )
    total, t = 0.0, since
    for at, new in changes:
        if state == "online":
            total += at - t
        state, t = new, at
    if state == "online":
        total += until - t
    return total


def completeness(
    store: Store, imei: str, since: float, until: float, token: CancelToken | None = None
) -> Completeness:
    """Packets received vs expected from packnum, and time online, over the range."""
    return completeness_and_gaps(store, imei, since, until, token)[0]


def completeness_and_gaps(
    store: Store, imei: str, since: float, until: float, token: CancelToken | None = None
) -> tuple[Completeness, list[Gap]]:
    """:func:`completeness` and :func:`gaps` from one read of the range's packnums."""
    at, num = packnums(store, imei, since, until, token)
    found = _gaps_of(at, num)
    lost = sum(g.lost for g in found)
    received = len(num)  # stored packets: a resend is stored once
    online = online_seconds(store, imei, since, until)
    return Completeness(since, until, received, received + lost, online), found


def gap_events(found: list[Gap]) -> list[HistoryEvent]:
    """Data gaps as timeline events."""
    return [
        HistoryEvent(g.at, GAP, {"after": g.after, "before": g.before, "lost": g.lost})
        for g in found
    ]


# ---------------------------------------------------------------- the timeline

# Kinds of timeline events (the GUI labels and colours them).
CONNECTION, SENSOR, ALARM, ALARM_CLEARED, COMMAND, INFO, VERSION, GAP = (
    "connection",
    "sensor",
    "alarm",
    "alarm_cleared",
    "command",
    "info",
    "version",
    "gap",
)


KINDS = (CONNECTION, SENSOR, ALARM, ALARM_CLEARED, COMMAND, INFO, VERSION, GAP)


@dataclass(frozen=True, slots=True)
class HistoryEvent:
    """One line of a module's timeline. ``fields`` depend on ``kind``:

    connection: state, cause, peer; sensor: changes, a list of {channel, old, new}
    (raw stK texts, old None when not reported before);
    alarm / alarm_cleared: alarm kind, channel, detail; command: command kind, status,
    detail, done_at; info: ccid, location, errors; version: type, version;
    gap: after, before, lost.
    """

    at: float
    kind: str
    fields: dict[str, Any]


def _sensor_events(store: Store, imei: str, since: float, until: float) -> list[HistoryEvent]:
    """Changes of stK between consecutive stored push_online packets of the range (the
    first is compared with the last one before the range): one event per packet."""
    earlier = store.status_history(imei, None, since)
    last: dict[int, str] = dict(earlier[-1].st) if earlier else {}
    out = []
    for row in store.status_history(imei, since, until):
        changes = [
            {"channel": k, "old": last.get(k), "new": text}
            for k, text in sorted(row.st.items())
            if last.get(k) != text
        ]
        if changes:
            out.append(HistoryEvent(row.received_at, SENSOR, {"changes": changes}))
        last.update(row.st)
    return out


def events(
    store: Store,
    imei: str,
    since: float,
    until: float,
    token: CancelToken | None = None,
    kinds: Collection[str] | None = None,
) -> list[HistoryEvent]:
    """The module's timeline over ``[since, until)``, oldest first (only ``kinds``, if
    given: the data gaps read every packet of the range, the rest are small tables)."""
    token = _token(token)
    wanted = set(KINDS if kinds is None else kinds)
    out: list[HistoryEvent] = []
    for rows in _imei_rows(
        store,
        "SELECT at, state, cause, peer FROM connection_events WHERE imei = ?"
        " AND at >= ? AND at < ? ORDER BY at, id",
        (imei, since, until),
        token,
    ):
        for at, state, cause, peer in rows:
            out.append(HistoryEvent(at, CONNECTION, {"state": state, "cause": cause, "peer": peer}))
    token.check()
    if SENSOR in wanted:
        out += _sensor_events(store, imei, since, until)
    for alarm in read_alarms(store.data_dir, imei=imei) if ALARM in wanted else []:
        base = {"alarm": alarm.kind, "channel": alarm.channel, "detail": alarm.detail}
        if since <= alarm.raised_at < until:
            out.append(HistoryEvent(alarm.raised_at, ALARM, base))
        if alarm.cleared_at is not None and since <= alarm.cleared_at < until:
            out.append(HistoryEvent(alarm.cleared_at, ALARM_CLEARED, base))
    for rows in _imei_rows(
        store,
        "SELECT sent_at, kind, status, detail, done_at FROM commands WHERE imei = ?"
        " AND sent_at >= ? AND sent_at < ? ORDER BY sent_at, id",
        (imei, since, until),
        token,
    ):
        for at, kind, status, detail, done in rows:
            fields = {"command": kind, "status": status, "detail": detail, "done_at": done}
            out.append(HistoryEvent(at, COMMAND, fields))
    for rows in _imei_rows(
        store,
        "SELECT at, ccid, location, err0, err1, err2 FROM info_history WHERE imei = ?"
        " AND at >= ? AND at < ? ORDER BY at, id",
        (imei, since, until),
        token,
    ):
        for at, ccid, location, *errs in rows:
            errors = None if errs[0] is None else tuple(errs)
            out.append(
                HistoryEvent(at, INFO, {"ccid": ccid, "location": location, "errors": errors})
            )
    for rows in _imei_rows(
        store,
        "SELECT at, type, version FROM version_history WHERE imei = ?"
        " AND at >= ? AND at < ? ORDER BY at, id",
        (imei, since, until),
        token,
    ):
        for at, hw, version in rows:
            out.append(HistoryEvent(at, VERSION, {"type": hw, "version": version}))
    if GAP in wanted:
        out += gap_events(gaps(store, imei, since, until, token))
    out = [e for e in out if e.kind in wanted]
    out.sort(key=lambda e: e.at)
    return out


def event_json(event: HistoryEvent) -> str:
    """One event as a JSON line (tests and diagnostics)."""
    return json.dumps({"at": event.at, "kind": event.kind, **event.fields}, sort_keys=True)
