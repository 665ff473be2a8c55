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
from fourgmon.store.schema import decode_samples

_Trend = tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], npt.NDArray[np.float64]]

_FRAME_SELECT = """
SELECT p.imei, p.packnum, p.device_time, p.received_at, f.channel,
       p.temperature, p.humidity, f.samples
FROM frames f JOIN packets p ON p.id = f.packet_id
"""
# A device's frames are found through its packets (index packets_kind_imei_at).
_OF_DEVICE = " WHERE p.kind = 'push_msg' AND p.imei = ?"
# Reading a damaged file: its packets are listed from an index (covering, no table
# pages), then read one by one, so that one bad page costs only the packets on it.
_LIST_PACKETS = "SELECT p.id FROM packets p" + _OF_DEVICE
_LIST_PACKETS_OTHER_INDEX = (
    "SELECT id FROM packets INDEXED BY sqlite_autoindex_packets_1"
    " WHERE imei = ? AND kind = 'push_msg'"
)
_ONE_PACKET = _FRAME_SELECT + " WHERE p.id = ? ORDER BY f.channel"
_ONE_PACKET_WIDTH = "SELECT max(n) FROM frames WHERE packet_id = ?"


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


def _frame_row(row: Any) -> FrameRow:
    imei, packnum, device_time, at, channel, temp, hum, blob = row
    return FrameRow(imei, packnum, device_time or "", at, channel, temp, hum, decode_samples(blob))


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
        self._local = threading.local()
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

    # ------------------------------------------------------------- plumbing

    def _conn(self, path: Path) -> sqlite3.Connection:
        """This thread's read connection to ``path`` (opened on first use)."""
        if self._closing:
            raise StoreError("store is closed")
        conns: dict[Path, sqlite3.Connection] | None = getattr(self._local, "conns", None)
        if conns is None:
            conns = self._local.conns = {}
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

    def latest_frames(self, imei: str) -> dict[int, FrameRow]:
        """The latest stored frame of each channel of ``imei`` (channels never seen are absent)."""
        sql = (
            _FRAME_SELECT
            + " JOIN latest_frames l ON l.packet_id = f.packet_id AND l.channel = f.channel"
            " WHERE l.imei = ?"
        )
        out: dict[int, FrameRow] = {}
        for rows in reversed(list(self._each_file(sql, (imei,)))):  # the newest file first
            for row in rows:
                out.setdefault(row[4], _frame_row(row))
        return out

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
        damage = ReadDamage() if damage is None else damage
        for path in list(self._files):
            if path in self._damaged:
                yield from self._salvage(path, imei, since, until, damage)
            else:
                yield from self._stream(path, imei, since, until, damage)

    def _stream(
        self, path: Path, imei: str, since: float | None, until: float | None, damage: ReadDamage
    ) -> Iterator[FrameRow]:
        where, params = _window("p.received_at", since, until)
        sql = (
            _FRAME_SELECT.replace("SELECT ", "SELECT p.id, ", 1)
            + _OF_DEVICE
            + where
            + " ORDER BY p.received_at, p.packnum, f.channel"
        )
        last_at: float | None = None
        # Channels yielded of the packets at last_at: not again when resuming there.
        done_at_last: dict[int, set[int]] = {}
        before_last = 0  # packets yielded before last_at
        try:
            cursor = self._conn(path).execute(sql, [imei, *params])
            for row in cursor:
                if row[4] != last_at:
                    before_last += len(done_at_last)
                    last_at, done_at_last = row[4], {}
                done_at_last.setdefault(row[0], set()).add(row[5])
                yield _frame_row(row[1:])
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
        done: dict[int, set[int]] | None = None,
    ) -> Iterator[FrameRow]:
        """``_stream`` for a damaged file: the packets listed from an index, read one by
        one; ``done``: channels already yielded, by packet id (when resuming a stream)."""
        damage.files.setdefault(path, self._damaged.get(path, ""))
        ids = self._packet_ids(path, imei, since, until)
        if ids is None:
            damage.unlisted.add(path)
            return
        done = done or {}
        for pid in ids:
            damage.listed[path] += 1
            rows = self._rows(path, _ONE_PACKET, (pid,))
            if rows is None:
                damage.lost[path] += 1
                continue
            skip = done.get(pid, ())
            for row in rows:
                if row[4] not in skip:
                    yield _frame_row(row)

    def _packet_ids(
        self, path: Path, imei: str, since: float | None, until: float | None
    ) -> list[int] | None:
        """Ids of ``imei``'s push_msg packets in the window, in time order, from either index."""
        where, params = _window("p.received_at", since, until)
        rows = self._rows(
            path, _LIST_PACKETS + where + " ORDER BY p.received_at, p.id", [imei, *params]
        )
        if rows is not None:
            return [pid for (pid,) in rows]
        rows = self._rows(path, _LIST_PACKETS_OTHER_INDEX, (imei,))
        if rows is None:
            return None
        timed = []  # this index has no times: each packet's own row has them
        for (pid,) in rows:
            at = self._rows(path, "SELECT received_at FROM packets WHERE id = ?", (pid,))
            if at is None or not at:
                timed.append((float("inf"), pid))  # unreadable: still counted as lost
            elif (since is None or at[0][0] >= since) and (until is None or at[0][0] < until):
                timed.append((at[0][0], pid))
        return [pid for _, pid in sorted(timed)]

    def max_samples(self, imei: str, since: float | None = None, until: float | None = None) -> int:
        """The largest sample count of the frames ``frames()`` would yield (0 when none)."""
        where, params = _window("p.received_at", since, until)
        sql = (
            "SELECT max(f.n) FROM frames f JOIN packets p ON p.id = f.packet_id"
            + _OF_DEVICE
            + where
        )
        best = 0
        for path in list(self._files):
            rows = None if path in self._damaged else self._rows(path, sql, [imei, *params])
            if rows is None:  # damaged: packet by packet, as frames() reads it
                ids = self._packet_ids(path, imei, since, until) or []
                counts = (self._rows(path, _ONE_PACKET_WIDTH, (pid,)) for pid in ids)
                rows = [(max((c[0][0] or 0 for c in counts if c), default=0),)]
            best = max(best, int(rows[0][0] or 0))
        return best

    def frame_stats(self, imei: str, since: float, until: float | None = None) -> dict[int, _Trend]:
        """Per channel: (received_at, mean, max) float64 arrays of the window, oldest first.

        Read from the mean/max columns (no sample blobs); empty frames are skipped.
        """
        where, params = _window("p.received_at", since, until)
        rows = [
            row
            for part in self._each_file(
                "SELECT f.channel, p.received_at, f.mean, f.max"
                " FROM frames f JOIN packets p ON p.id = f.packet_id"
                + _OF_DEVICE
                + where
                + " AND f.n > 0 ORDER BY p.received_at, p.id",
                [imei, *params],
            )
            for row in part
        ]
        if not rows:
            return {}
        table = np.array(rows, dtype=np.float64)
        channels = table[:, 0].astype(np.int64)
        out: dict[int, _Trend] = {}
        for channel in np.unique(channels).tolist():
            sel = table[channels == channel]
            out[channel] = (sel[:, 1].copy(), sel[:, 2].copy(), sel[:, 3].copy())
        return out

    def status_history(
        self, imei: str, since: float | None = None, until: float | None = None
    ) -> list[StatusRow]:
        """Stored push_online packets with ``since <= received_at < until``, oldest first."""
        where, params = _window("s.received_at", since, until)
        sql = (
            "SELECT s.imei, p.packnum, s.received_at, s.st, s.dt"
            " FROM status s JOIN packets p ON p.id = s.packet_id WHERE s.imei = ?"
            + where
            + " ORDER BY s.received_at, s.packet_id"
        )
        return [
            StatusRow(
                imei,
                packnum,
                at,
                {int(k): v for k, v in json.loads(st).items()},
                {int(k): v for k, v in json.loads(dt).items()},
            )
            for rows in self._each_file(sql, [imei, *params])
            for imei, packnum, at, st, dt in rows
        ]

    def packet_count(self, imei: str | None = None) -> int:
        """Number of stored push_msg packets (duplicates stored once), of one device or all."""
        if imei is None:
            parts = self._each_file("SELECT count(*) FROM packets WHERE kind = 'push_msg'")
        else:
            parts = self._each_file(
                "SELECT count(*) FROM packets WHERE kind = 'push_msg' AND imei = ?", (imei,)
            )
        return sum(int(rows[0][0]) for rows in parts)

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
