"""The store's reads, over every database file of the data dir (:mod:`fourgmon.store.files`).

Reads are synchronous and run on read-only connections of their own, one per thread
and file (``mode=ro``; WAL lets them run beside the writer). Older files come first,
so results stay in time order. A damaged file gives what is still readable: a query
that meets damage reports it (the store then moves writes to a fresh file) and that
file's part of the answer is left out, except for :meth:`StoreReads.frames`, which
goes on packet by packet so that an export gets every frame that can be read.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from fourgmon.domain.calibration import CalibrationTable
from fourgmon.domain.thresholds import ThresholdTable
from fourgmon.store.calibration import CalibrationChange, changes_of, history_query, table_of
from fourgmon.store.errors import StoreError
from fourgmon.store.files import connect_ro, is_corruption
from fourgmon.store.records import (
    CommandRecord,
    ConnectionRecord,
    DeviceRow,
    FrameRow,
    QuarantineRecord,
    StatusRow,
)
from fourgmon.store.samples import decode_batch, decode_packet, stats_of
from fourgmon.store.thresholds import (
    ThresholdChange,
    threshold_changes,
    threshold_query,
    thresholds_of,
)
from fourgmon.store.trends import Trend, merge_rollups
from fourgmon.store.values import decode_device_time, decode_tenths

_Trend = tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], npt.NDArray[np.float64]]

# One push_msg row: its key and what its frames need.
PACKET_COLUMNS = "received_at, packnum, digest, device_time, temperature, humidity, stats, samples"
_PACKETS = f"SELECT {PACKET_COLUMNS} FROM push_msgs WHERE device_id = ?"
_ONE_PACKET = _PACKETS + " AND received_at = ? AND packnum = ? AND digest = ?"
# Reading a damaged file: its packets' keys are listed from the dedup index (covering:
# it carries received_at; a scan, led by device time), then read one by one, so that
# one bad page costs only its packets.
_LIST_KEYS = (
    "SELECT received_at, packnum, digest FROM push_msgs INDEXED BY push_msgs_dedup"
    " WHERE device_id = ?"
)
_LIST_KEYS_TABLE = "SELECT received_at, packnum, digest FROM push_msgs WHERE device_id = ?"
_Key = tuple[float, int, int]
_NEWEST = " ORDER BY received_at DESC, packnum DESC LIMIT ?"
# The newest minute with channel k: n of channel k is the uint32 at byte 16 k (ROLLUP).
_NEWEST_MINUTE = (
    "SELECT minute FROM rollups WHERE device_id = ? AND substr(stats, 16 * {k} + 1, 4)"
    " != x'00000000' ORDER BY minute DESC LIMIT 1"
)
LATEST_SCAN = 32  # newest packets read for latest_frames (three groups of three: plenty)


def stream_tail(
    chunk: Sequence[Any], last_at: float | None, done: set[_Key], before: int
) -> tuple[float | None, set[_Key], int]:
    """Where a stream is after ``chunk`` (rows in received_at order), for resuming it:
    the last time, the keys yielded at it, how many rows came before it. The rows at the
    chunk's last time are its tail, found from the end (not row by row: ~0.3 us a row)."""
    tail_at, i = chunk[-1][0], len(chunk)
    if tail_at != last_at:
        while i and chunk[i - 1][0] == tail_at:
            i -= 1
        before += len(done) + i
        last_at, done = tail_at, set()
    else:
        i = 0  # the whole chunk is at last_at
    done.update((r[0], r[1], r[2]) for r in chunk[i:])
    return last_at, done, before


@dataclass(slots=True)
class ReadDamage:
    """What :meth:`StoreReads.frames` could not read, for a report (export fills one)."""

    files: dict[Path, str] = field(default_factory=dict)  # damaged file -> first problem
    listed: Counter[Path] = field(default_factory=Counter)  # packets looked for, one by one
    lost: Counter[Path] = field(default_factory=Counter)  # ...of which could not be read
    unlisted: set[Path] = field(default_factory=set)  # files whose packets could not be found


def _window(column: str, since: float | None, until: float | None) -> tuple[str, list[float]]:
    """SQL ``AND`` terms for ``since <= column < until`` (either bound optional)."""
    sql, params = "", []
    if since is not None:
        sql += f" AND {column} >= ?"
        params.append(since)
    if until is not None:
        sql += f" AND {column} < ?"
        params.append(until)
    return sql, params


def _frames_of(imei: str, row: Any, decoded: Any = None) -> list[FrameRow]:
    """The channel frames of one push_msg row (``PACKET_COLUMNS``), by channel (``decoded``:
    its samples, when already unpacked by ``decode_batch``)."""
    at, packnum, _, device_time, temp, hum, stats, samples = row
    text = decode_device_time(device_time)
    t, h = decode_tenths(temp), decode_tenths(hum)
    channels = decode_packet(stats, samples) if decoded is None else decoded
    return [
        FrameRow(imei, packnum, text, at, k, t, h, values)
        for k, values in sorted(channels, key=lambda kv: kv[0])
    ]


STREAM_CHUNK = 512  # packets fetched and unpacked together by frames()


def _merge_device(old: DeviceRow, new: DeviceRow) -> DeviceRow:
    """One device seen in two files: the widest first/last seen, the newest non-empty texts."""
    seen = [t for t in (old.last_seen, new.last_seen) if t is not None]
    return replace(
        new,
        first_seen=min(old.first_seen, new.first_seen),
        last_seen=max(seen) if seen else None,
        alias=new.alias or old.alias,
        ccid=new.ccid or old.ccid,
        location=new.location or old.location,
        fw_type=new.fw_type or old.fw_type,
        fw_version=new.fw_version or old.fw_version,
    )


class StoreReads:
    """The read half of :class:`fourgmon.store.Store` (which sets the attributes below)."""

    _closing: bool
    _files: list[Path]  # oldest first; the last is the active file
    _damaged: dict[Path, str]

    def __init__(self) -> None:
        # Per OS thread, not threading.local(): a Qt pool thread gets a fresh Python
        # thread state for every job, so a local would open a connection per job.
        self._conns: dict[int, dict[Path, sqlite3.Connection]] = {}
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()

    def _damage_found(self, path: Path, reason: str) -> None:
        """A read or write met damage in ``path`` (the store reacts; see Store)."""
        raise NotImplementedError

    def _close_readers(self) -> None:
        with self._readers_lock:
            for conn in self._readers:
                conn.close()
            self._readers.clear()
            self._conns.clear()

    # ------------------------------------------------------------- plumbing

    def _conn(self, path: Path) -> sqlite3.Connection:
        """This thread's read connection to ``path`` (opened on first use)."""
        if self._closing:
            raise StoreError("store is closed")
        conns = self._conns.get(threading.get_ident())
        if conns is None:
            with self._readers_lock:
                conns = self._conns.setdefault(threading.get_ident(), {})
        conn = conns.get(path)
        if conn is None:
            try:
                conn = connect_ro(path)
            except sqlite3.Error as exc:
                raise StoreError(f"cannot read database {path}: {exc}") from None
            with self._readers_lock:
                self._readers.append(conn)
            conns[path] = conn
        return conn

    def _rows(self, path: Path, sql: str, params: Sequence[Any] = ()) -> list[Any] | None:
        """All rows of ``sql`` on ``path``; None when the file turned out damaged."""
        try:
            return self._conn(path).execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            if "no such table" in str(exc):  # set aside (damaged) before an upgrade
                return []
            if is_corruption(exc):
                self._damage_found(path, str(exc))
                return None
            raise StoreError(f"cannot read database {path}: {exc}") from None

    def _each_file(self, sql: str, params: Sequence[Any] = ()) -> Iterator[list[Any]]:
        """``sql``'s rows on every file, oldest file first (damaged parts left out)."""
        for path in list(self._files):
            rows = self._rows(path, sql, params)
            if rows is not None:
                yield rows

    # ------------------------------------------------------------- queries

    def devices(self) -> list[DeviceRow]:
        """Every stored device, in first-seen order."""
        merged: dict[str, DeviceRow] = {}
        for rows in self._each_file(
            "SELECT imei, alias, first_seen, last_seen, ccid, location, fw_type, fw_version"
            " FROM devices"
        ):
            for row in rows:
                device = DeviceRow(*row)
                old = merged.get(device.imei)
                merged[device.imei] = device if old is None else _merge_device(old, device)
        return sorted(merged.values(), key=lambda d: (d.first_seen, d.imei))

    def _device_id(self, path: Path, imei: str) -> int | None:
        """``imei``'s id in ``path`` (None when it has none or cannot be read)."""
        rows = self._rows(path, "SELECT id FROM device_ids WHERE imei = ?", (imei,))
        return int(rows[0][0]) if rows else None

    def latest_frames(self, imei: str) -> dict[int, FrameRow]:
        """The latest stored frame of each channel of ``imei`` (channels never seen are absent).

        From the device's newest packets; a channel not among them is looked up through
        its newest rollup minute (one backward seek), then that minute's packets.
        """
        out: dict[int, FrameRow] = {}
        for path in reversed(list(self._files)):  # the newest file first
            did = self._device_id(path, imei)
            if did is None:
                continue
            rows = self._rows(path, _PACKETS + _NEWEST, (did, LATEST_SCAN)) or []
            self._take_newest(imei, rows, out, range(9))
            for k in [k for k in range(9) if k not in out]:
                found = self._rows(path, _NEWEST_MINUTE.format(k=k), (did,))
                if found:
                    minute = found[0][0]
                    window = " AND received_at >= ? AND received_at < ?" + _NEWEST
                    found = self._rows(
                        path, _PACKETS + window, (did, minute * 60, minute * 60 + 60, -1)
                    )
                    self._take_newest(imei, found or [], out, (k,))
            if len(out) == 9:
                break
        return out

    @staticmethod
    def _take_newest(
        imei: str, rows: list[Any], out: dict[int, FrameRow], wanted: Sequence[int]
    ) -> None:
        """Newest-first packet rows: the first frame of each wanted channel not in ``out``."""
        for row in rows:
            for frame in _frames_of(imei, row):
                if frame.channel in wanted and frame.channel not in out:
                    out[frame.channel] = frame
            if all(k in out for k in wanted):
                return

    def frames(
        self,
        imei: str,
        since: float | None = None,
        until: float | None = None,
        damage: ReadDamage | None = None,
    ) -> Iterator[FrameRow]:
        """Stored frames with ``since <= received_at < until``, by received_at, packnum, channel.

        Streams from the database: rows are decoded as they are iterated. From a damaged
        file, every packet that can still be read; ``damage`` (if given) learns what
        could not.
        """
        for page in self.packet_pages(imei, since, until, damage):
            unpacked = decode_batch([r[6] for r in page], [r[7] for r in page])
            for row, decoded in zip(page, unpacked, strict=True):
                yield from _frames_of(imei, row, decoded)

    def packet_pages(
        self,
        imei: str,
        since: float | None = None,
        until: float | None = None,
        damage: ReadDamage | None = None,
    ) -> Iterator[list[Any]]:
        """The stored push_msg rows of :meth:`frames` (columns ``PACKET_COLUMNS``, samples
        still packed), in pages of up to ``STREAM_CHUNK`` packets, in the same order and
        with the same handling of damaged files: for columnar readers (the export)."""
        damage = ReadDamage() if damage is None else damage
        for path in list(self._files):
            if path in self._damaged:
                yield from self._salvage(path, imei, since, until, damage)
            else:
                yield from self._stream(path, imei, since, until, damage)

    def _stream(
        self, path: Path, imei: str, since: float | None, until: float | None, damage: ReadDamage
    ) -> Iterator[list[Any]]:
        where, params = _window("received_at", since, until)
        sql = _PACKETS + where + " ORDER BY received_at, packnum"
        last_at: float | None = None
        done_at_last: set[_Key] = set()  # packets yielded at last_at: not again on resuming
        before_last = 0  # packets yielded before last_at
        try:
            did = self._device_id(path, imei)
            if did is None:
                return
            cursor = self._conn(path).execute(sql, [did, *params])
            while chunk := cursor.fetchmany(STREAM_CHUNK):
                last_at, done_at_last, before_last = stream_tail(
                    chunk, last_at, done_at_last, before_last
                )
                yield chunk
        except sqlite3.Error as exc:
            if not is_corruption(exc):
                raise StoreError(f"cannot read database {path}: {exc}") from None
            self._damage_found(path, str(exc))
            resume = since if last_at is None else last_at  # rows come in received_at order
            damage.listed[path] += before_last  # read whole before the damage
            yield from self._salvage(path, imei, resume, until, damage, done_at_last)

    def _salvage(
        self,
        path: Path,
        imei: str,
        since: float | None,
        until: float | None,
        damage: ReadDamage,
        done: set[_Key] | None = None,
    ) -> Iterator[list[Any]]:
        """``_stream`` for a damaged file: the packets listed from an index, read one by
        one (a page each); ``done``: packets already yielded (when resuming a stream)."""
        damage.files.setdefault(path, self._damaged.get(path, ""))
        did = self._device_id(path, imei)
        keys = None if did is None else self._packet_keys(path, did, since, until)
        if keys is None:
            if did is None and self._rows(path, "SELECT count(*) FROM device_ids") is not None:
                return  # the device has nothing in this file
            damage.unlisted.add(path)
            return
        done = done or set()
        for key in keys:
            damage.listed[path] += 1
            if key in done:
                continue
            rows = self._rows(path, _ONE_PACKET, (did, *key))
            if not rows:
                damage.lost[path] += 1
                continue
            yield [rows[0]]

    def _packet_keys(
        self, path: Path, did: int, since: float | None, until: float | None
    ) -> list[_Key] | None:
        """Keys of a device's push_msgs in the window, in time order, from the index or
        else the table."""
        where, params = _window("received_at", since, until)
        for sql in (_LIST_KEYS, _LIST_KEYS_TABLE):
            rows = self._rows(path, sql + where, [did, *params])
            if rows is not None:
                return sorted((at, packnum, digest) for at, packnum, digest in rows)
        return None

    def _stats_rows(
        self, imei: str, since: float | None, until: float | None
    ) -> Iterator[tuple[float, bytes]]:
        """(received_at, stats blob) of ``imei``'s push_msgs in the window, file by file."""
        where, params = _window("received_at", since, until)
        sql = (
            "SELECT received_at, stats FROM push_msgs WHERE device_id = ?"
            + where
            + " ORDER BY received_at, packnum"
        )
        for path in list(self._files):
            did = self._device_id(path, imei)
            if did is None:
                continue
            rows = self._rows(path, sql, [did, *params])
            if rows is None:  # damaged: packet by packet, as frames() reads it
                keys = self._packet_keys(path, did, since, until) or []
                rows = []
                for key in keys:
                    one = self._rows(path, _ONE_PACKET, (did, *key))
                    if one:
                        rows.append((one[0][0], one[0][6]))
            yield from rows

    def calibration_history(self, imei: str | None = None) -> list[CalibrationChange]:
        """Every calibration change (of ``imei`` and the ``*`` row, or all), oldest first."""
        return changes_of(self._each_file(*history_query(imei)))

    def calibration(self) -> CalibrationTable:
        """The calibration in force (every module's own rows and the ``*`` rows)."""
        return table_of(self.calibration_history())

    def threshold_history(self, imei: str | None = None) -> list[ThresholdChange]:
        """Every threshold change (of ``imei`` and the ``*`` row, or all), oldest first."""
        return threshold_changes(self._each_file(*threshold_query(imei)))

    def thresholds(self) -> ThresholdTable:
        """The alarm thresholds in force (every module's own rows and the ``*`` rows)."""
        return thresholds_of(self.threshold_history())

    def max_samples(self, imei: str, since: float | None = None, until: float | None = None) -> int:
        """The largest sample count of the frames ``frames()`` would yield (0 when none)."""
        best = 0
        for _, stats in self._stats_rows(imei, since, until):
            for _, n, _, _, _ in stats_of(stats):
                best = max(best, n)
        return best

    def frame_stats(self, imei: str, since: float, until: float | None = None) -> dict[int, _Trend]:
        """Per channel: (received_at, mean, max) float64 arrays of the window, oldest first.

        Read from the packets' per-channel stats (no samples decoded); empty frames
        are skipped.
        """
        points: dict[int, list[tuple[float, float, float]]] = {}
        for at, stats in self._stats_rows(imei, since, until):
            for k, n, _, hi, total in stats_of(stats):
                if n:
                    points.setdefault(k, []).append((at, total / n, hi))
        out: dict[int, _Trend] = {}
        for k in sorted(points):
            table = np.array(points[k], dtype=np.float64)
            out[k] = (table[:, 0].copy(), table[:, 1].copy(), table[:, 2].copy())
        return out

    def trend(
        self,
        imei: str,
        since: float,
        until: float | None = None,
        max_points: int = 2000,
    ) -> dict[int, Trend]:
        """Per channel, the per-minute rollups of ``[since, until)`` (minutes that start
        in it): time of the minute's start, mean, min, max, samples counted. Ranges of
        more than ``max_points`` minutes are merged into buckets of equal minutes (min of
        mins, max of maxes, weighted mean), so a 30-day trend is at most that many points.
        """
        sql = "SELECT minute, stats FROM rollups WHERE device_id = ? AND minute >= ?"
        params: list[Any] = [int(since // 60) + (since % 60 > 0)]
        if until is not None:
            sql += " AND minute < ?"
            params.append(int(-(-until // 60)))
        minutes: list[int] = []
        blobs: list[bytes] = []
        for path in list(self._files):
            did = self._device_id(path, imei)
            if did is None:
                continue
            for minute, blob in self._rows(path, sql + " ORDER BY minute", [did, *params]) or []:
                minutes.append(minute)
                blobs.append(blob)
        return merge_rollups(minutes, blobs, max_points)

    def status_history(
        self, imei: str, since: float | None = None, until: float | None = None
    ) -> list[StatusRow]:
        """Stored push_online packets with ``since <= received_at < until``, oldest first."""
        where, params = _window("received_at", since, until)
        sql = (
            "SELECT packnum, received_at, st, dt FROM push_onlines WHERE device_id = ?"
            + where
            + " ORDER BY received_at, packnum"
        )
        out = []
        for path in list(self._files):
            did = self._device_id(path, imei)
            for packnum, at, st, dt in (self._rows(path, sql, [did, *params]) or []) if did else []:
                out.append(
                    StatusRow(
                        imei,
                        packnum,
                        at,
                        {int(k): v for k, v in json.loads(st).items()},
                        {int(k): v for k, v in json.loads(dt).items()},
                    )
                )
        return out

    def packet_count(self, imei: str | None = None) -> int:
        """Number of stored push_msg packets (duplicates stored once), of one device or all.

        From a damaged file, counted in the dedup index when the table cannot be read."""
        total = 0
        for path in list(self._files):
            if imei is None:
                sqls: tuple[tuple[str, tuple[Any, ...]], ...] = (
                    ("SELECT count(*) FROM push_msgs INDEXED BY push_msgs_dedup", ()),
                )
            else:
                did = self._device_id(path, imei)
                if did is None:
                    continue
                sqls = (
                    ("SELECT count(*) FROM push_msgs WHERE device_id = ?", (did,)),
                    (
                        "SELECT count(*) FROM push_msgs INDEXED BY push_msgs_dedup"
                        " WHERE device_id = ?",
                        (did,),
                    ),
                )
            for sql, params in sqls:
                rows = self._rows(path, sql, params)
                if rows is not None:
                    total += int(rows[0][0]) if rows else 0
                    break
        return total

    def _newest(self, sql: str, params: Sequence[Any], limit: int) -> list[Any]:
        """Up to ``limit`` rows of newest-first ``sql`` (ends in ``LIMIT ?``), newest file first."""
        out: list[Any] = []
        for path in reversed(list(self._files)):
            if len(out) >= limit:
                break
            out += self._rows(path, sql, [*params, limit - len(out)]) or []
        return out

    def command_history(self, imei: str, limit: int = 100) -> list[CommandRecord]:
        """The device's last ``limit`` commands, newest first."""
        rows = self._newest(
            "SELECT imei, kind, sent_at, done_at, status, detail FROM commands"
            " WHERE imei = ? ORDER BY sent_at DESC, id DESC LIMIT ?",
            (imei,),
            limit,
        )
        return [CommandRecord(*row) for row in rows]

    def quarantine(self, limit: int = 100) -> list[QuarantineRecord]:
        """The last ``limit`` quarantined inputs, newest first."""
        rows = self._newest(
            "SELECT at, peer, imei, reason, raw FROM quarantine ORDER BY at DESC, id DESC LIMIT ?",
            (),
            limit,
        )
        return [QuarantineRecord(*row) for row in rows]

    def connection_events(self, imei: str, limit: int = 100) -> list[ConnectionRecord]:
        """The device's last ``limit`` online/offline changes, newest first."""
        rows = self._newest(
            "SELECT imei, at, state, cause, peer FROM connection_events"
            " WHERE imei = ? ORDER BY at DESC, id DESC LIMIT ?",
            (imei,),
            limit,
        )
        return [ConnectionRecord(*row) for row in rows]
