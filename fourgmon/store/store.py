"""SQLite store: one file in the data dir, WAL, synchronous=FULL, group commit.

CONTRACT (the server and the window are written against this; keep it):

    store = Store.open(data_dir)            # sync; creates/migrates; StoreError if unusable
    await store.start()                     # starts the writer thread on the running loop
    result = await store.write(record)      # returns once the record's batch is COMMITTED
    fut = store.submit(record)              # the same without a coroutine: a Future to await
                                            # or add_done_callback to (the server's hot path)
    ...
    await store.close()                     # flush pending writes, stop the writer, close

Reads are synchronous, run on their own read-only connection (WAL lets them run
beside the writer) and are cheap enough to call from the event loop for a
single device; the window may run them in a thread.

Writer design: ``write()`` puts ``(record, future)`` on a queue. One thread owns
the write connection; it takes what is queued, waits at most ``batch_interval``
for more (up to ``batch_max``), applies the batch in one transaction, commits,
and settles the whole batch's futures with one ``call_soon_threadsafe``. A batch
that fails is retried record by record, so only the bad records fail.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import queue
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from fourgmon.store.records import (
    CommandRecord,
    ConnectionRecord,
    DeviceRow,
    FrameRow,
    QuarantineRecord,
    Record,
    StatusRow,
    WriteResult,
)
from fourgmon.store.schema import SchemaTooNewError, apply_records, decode_samples, migrate

DB_FILENAME = "fourgmon.sqlite3"
BUSY_TIMEOUT_MS = 5000
# Page cache of the write connection (KiB): SQLite's default 2 MB stops holding the
# index pages new rows land in once the file grows (apply_records ~20 % slower in
# benchmarks/README.md, "store"). Bounded: it is resident memory once filled.
WRITER_CACHE_KIB = 16 * 1024
# Checkpoints (WAL -> database file, with their fsync) run on their own thread every
# CHECKPOINT_INTERVAL s, beside the writer, instead of inside whichever COMMIT crosses
# SQLite's 1000-page threshold: that took ~25 % of the writer's time under load. The
# writer keeps a much higher threshold as a safety net should the checkpointer lag.
CHECKPOINT_INTERVAL = 0.25
WRITER_AUTOCHECKPOINT_PAGES = 10_000

log = logging.getLogger(__name__)


class StoreError(Exception):
    """The store cannot be opened or written (message is one human-readable line)."""


@dataclass(slots=True)
class StoreStats:
    """Counters kept by the writer thread (monotonic; read them from any thread)."""

    records: int = 0  # records settled (stored, duplicate or failed)
    batches: int = 0  # batches taken off the queue
    commits: int = 0  # transactions committed
    failed_batches: int = 0  # batches whose transaction failed (then retried one by one)
    failed_records: int = 0  # records whose future got a StoreError
    max_batch: int = 0  # largest batch so far


_STOP = object()
_Pending = tuple[Record, "asyncio.Future[WriteResult]"]
_Outcome = WriteResult | StoreError
_Trend = tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], npt.NDArray[np.float64]]

# ------------------------------------------------------------------ SQL

_FRAME_SELECT = """
SELECT f.imei, p.packnum, p.device_time, f.received_at, f.channel,
       p.temperature, p.humidity, f.samples
FROM frames f JOIN packets p ON p.id = f.packet_id
"""


# ------------------------------------------------------------------ helpers


def _connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN/COMMIT ourselves. check_same_thread=False:
    # connections are created here but used by (and closed from) other threads, one at a time.
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if readonly:
            conn.execute("PRAGMA query_only = ON")
        else:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise sqlite3.OperationalError(f"cannot switch to WAL (journal mode is {mode})")
            conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


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


def _settle(pending: list[tuple[asyncio.Future[WriteResult], _Outcome]]) -> None:
    """Runs on the event loop: resolve a batch's futures (skip those already cancelled)."""
    for fut, outcome in pending:
        if fut.done():
            continue
        if isinstance(outcome, StoreError):
            fut.set_exception(outcome)
        else:
            fut.set_result(outcome)


# ------------------------------------------------------------------ the store


class Store:
    """See the module docstring for the contract. Build it with :meth:`open`."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, batch_interval: float, batch_max: int
    ) -> None:
        self.path = path
        self.stats = StoreStats()
        self._conn = conn  # the write connection; owned by the writer thread once started
        self._batch_interval = batch_interval
        self._batch_max = max(1, batch_max)
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._closing = False
        self._closed: asyncio.Future[None] | None = None
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()
        self._checkpointer: threading.Thread | None = None
        self._checkpoint_stop = threading.Event()

    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        batch_interval: float = 0.005,
        batch_max: int = 512,
    ) -> Store:
        """Open (creating and migrating) ``<data_dir>/fourgmon.sqlite3``.

        Raises :class:`StoreError` with one human line when the dir or file is unusable
        or the database was written by a newer fourgmon.
        """
        data_dir = Path(data_dir)
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except FileExistsError:
            raise StoreError(f"cannot use data dir {data_dir}: not a directory") from None
        except OSError as exc:
            raise StoreError(f"cannot use data dir {data_dir}: {exc.strerror or exc}") from None
        if not os.access(data_dir, os.W_OK | os.X_OK):
            raise StoreError(f"cannot use data dir {data_dir}: Permission denied")
        path = data_dir / DB_FILENAME
        try:
            conn = _connect(path)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open database {path}: {exc}") from None
        try:
            migrate(conn)
            conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
            conn.execute(f"PRAGMA wal_autocheckpoint = {WRITER_AUTOCHECKPOINT_PAGES}")
        except (sqlite3.Error, SchemaTooNewError) as exc:
            conn.close()
            raise StoreError(f"cannot use database {path}: {exc}") from None
        return cls(path, conn, batch_interval, batch_max)

    async def start(self) -> None:
        """Start the writer thread; futures are settled on the running loop."""
        if self._closing:
            raise StoreError("store is closed")
        if self._thread is not None:
            return
        self._loop = asyncio.get_running_loop()
        self._thread = threading.Thread(target=self._run, name="fourgmon-store", daemon=True)
        self._thread.start()
        self._checkpointer = threading.Thread(
            target=self._checkpoint_loop, name="fourgmon-checkpoint", daemon=True
        )
        self._checkpointer.start()

    async def write(self, record: Record) -> WriteResult:
        """Queue ``record``; return once the transaction holding it has committed.

        Raises :class:`StoreError` when it could not be stored or the store is closed.
        Call it on the loop that ran :meth:`start`.
        """
        return await self.submit(record)

    def submit(self, record: Record) -> asyncio.Future[WriteResult]:
        """Queue ``record`` and return the future that :meth:`write` awaits.

        The same contract as :meth:`write` without a coroutine and a Task per record
        (about 5 us each on the event loop): for the server's hot path, which only adds
        a done-callback. Raises :class:`StoreError` at once when the store is closed.
        Call it on the loop that ran :meth:`start`.
        """
        if self._closing:
            raise StoreError("store is closed")
        if self._loop is None:
            raise RuntimeError("Store.start() must be awaited before Store.write()")
        fut: asyncio.Future[WriteResult] = self._loop.create_future()
        # No await between the _closing check and put(): close() puts _STOP after this.
        self._queue.put((record, fut))
        return fut

    async def close(self) -> None:
        """Flush everything queued, stop the writer and close all connections. Idempotent."""
        if self._closed is None:
            self._closing = True
            self._closed = asyncio.ensure_future(self._shutdown())
        await asyncio.shield(self._closed)

    async def _shutdown(self) -> None:
        if self._thread is not None:
            self._queue.put(_STOP)
            await asyncio.to_thread(self._thread.join)
        if self._checkpointer is not None:
            self._checkpoint_stop.set()
            await asyncio.to_thread(self._checkpointer.join)
        self._conn.close()
        with self._readers_lock:
            for conn in self._readers:
                conn.close()
            self._readers.clear()

    # ------------------------------------------------------------- writer thread

    def _run(self) -> None:
        stop = False
        while not stop:
            item = self._queue.get()
            if item is _STOP:
                break
            batch: list[_Pending] = [item]
            deadline = time.monotonic() + self._batch_interval
            while len(batch) < self._batch_max:
                try:  # timeout 0 still takes what is already queued
                    item = self._queue.get(timeout=max(0.0, deadline - time.monotonic()))
                except queue.Empty:
                    break
                if item is _STOP:
                    stop = True  # close() put it after every write: finish this batch, then stop
                    break
                batch.append(item)
            self._process(batch)

    def _checkpoint_loop(self) -> None:
        """Checkpoint the WAL in PASSIVE mode (never blocks the writer) until close()."""
        try:
            conn = _connect(self.path)
        except sqlite3.Error as exc:
            log.warning("no checkpoint thread (%s); the writer checkpoints instead", exc)
            return
        try:
            while not self._checkpoint_stop.wait(CHECKPOINT_INTERVAL):
                try:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                except sqlite3.Error as exc:  # busy or I/O: the next round (or the writer) retries
                    log.debug("checkpoint failed: %s", exc)
        finally:
            conn.close()

    def _process(self, batch: list[_Pending]) -> None:
        records = [record for record, _ in batch]
        outcomes: list[_Outcome]
        try:
            outcomes = [*self._commit(records)]
        except Exception as exc:
            self.stats.failed_batches += 1
            if len(records) == 1:
                outcomes = [self._error(exc)]
            else:
                log.warning("store batch of %d failed (%s); retrying one by one", len(batch), exc)
                outcomes = []
                for record in records:
                    try:
                        outcomes.extend(self._commit([record]))
                    except Exception as exc1:
                        outcomes.append(self._error(exc1))
        stats = self.stats
        stats.batches += 1
        stats.records += len(batch)
        stats.max_batch = max(stats.max_batch, len(batch))
        stats.failed_records += sum(isinstance(o, StoreError) for o in outcomes)
        assert self._loop is not None
        settle = [(fut, o) for (_, fut), o in zip(batch, outcomes, strict=True)]
        with contextlib.suppress(RuntimeError):  # the loop is closed: nobody waits any more
            self._loop.call_soon_threadsafe(_settle, settle)

    def _commit(self, records: Sequence[Record]) -> list[WriteResult]:
        """Apply ``records`` in one transaction and commit it."""
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            results = apply_records(conn, records)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    log.exception("store rollback failed")
            raise
        self.stats.commits += 1
        return results

    @staticmethod
    def _error(exc: Exception) -> StoreError:
        if not isinstance(exc, sqlite3.Error):
            log.error("cannot store record", exc_info=exc)  # a bug, not the disk
        return StoreError(f"cannot store: {exc}")

    # ------------------------------------------------------------- reads

    def _reader(self) -> sqlite3.Connection:
        """This thread's read connection (opened on first use)."""
        if self._closing:
            raise StoreError("store is closed")
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = _connect(self.path, readonly=True)
            except sqlite3.Error as exc:
                raise StoreError(f"cannot read database {self.path}: {exc}") from None
            with self._readers_lock:
                self._readers.append(conn)
            self._local.conn = conn
        return conn

    def _fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        try:
            return self._reader().execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read database {self.path}: {exc}") from None

    @staticmethod
    def _frame_row(row: Any) -> FrameRow:
        imei, packnum, device_time, at, channel, temp, hum, blob = row
        return FrameRow(
            imei, packnum, device_time or "", at, channel, temp, hum, decode_samples(blob)
        )

    def devices(self) -> list[DeviceRow]:
        """Every stored device, in first-seen order."""
        rows = self._fetchall(
            "SELECT imei, alias, first_seen, last_seen, ccid, location, fw_type, fw_version"
            " FROM devices ORDER BY first_seen, imei"
        )
        return [DeviceRow(*row) for row in rows]

    def latest_frames(self, imei: str) -> dict[int, FrameRow]:
        """The latest stored frame of each channel of ``imei`` (channels never seen are absent)."""
        latest: dict[int, FrameRow] = {}
        for channel in range(9):
            rows = self._fetchall(
                _FRAME_SELECT + " WHERE f.imei = ? AND f.channel = ?"
                " ORDER BY f.received_at DESC, f.rowid DESC LIMIT 1",
                (imei, channel),
            )
            if rows:
                latest[channel] = self._frame_row(rows[0])
        return latest

    def frames(
        self, imei: str, since: float | None = None, until: float | None = None
    ) -> Iterator[FrameRow]:
        """Stored frames with ``since <= received_at < until``, by received_at, packnum, channel.

        Streams from the database: rows are decoded as they are iterated.
        """
        where, params = _window("f.received_at", since, until)
        sql = (
            _FRAME_SELECT
            + " WHERE f.imei = ?"
            + where
            + " ORDER BY f.received_at, p.packnum, f.channel"
        )
        try:
            cursor = self._reader().execute(sql, [imei, *params])
            for row in cursor:
                yield self._frame_row(row)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read database {self.path}: {exc}") from None

    def max_samples(self, imei: str, since: float | None = None, until: float | None = None) -> int:
        """The largest sample count of the frames ``frames()`` would yield (0 when none)."""
        where, params = _window("received_at", since, until)
        rows = self._fetchall("SELECT max(n) FROM frames WHERE imei = ?" + where, [imei, *params])
        return int(rows[0][0] or 0)

    def frame_stats(self, imei: str, since: float, until: float | None = None) -> dict[int, _Trend]:
        """Per channel: (received_at, mean, max) float64 arrays of the window, oldest first.

        Read from the mean/max columns (no sample blobs); empty frames are skipped.
        """
        where, params = _window("received_at", since, until)
        rows = self._fetchall(
            "SELECT channel, received_at, mean, max FROM frames WHERE imei = ?"
            + where
            + " AND n > 0 ORDER BY received_at, rowid",
            [imei, *params],
        )
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
        rows = self._fetchall(
            "SELECT s.imei, p.packnum, s.received_at, s.st, s.dt"
            " FROM status s JOIN packets p ON p.id = s.packet_id WHERE s.imei = ?"
            + where
            + " ORDER BY s.received_at, s.packet_id",
            [imei, *params],
        )
        return [
            StatusRow(
                imei,
                packnum,
                at,
                {int(k): v for k, v in json.loads(st).items()},
                {int(k): v for k, v in json.loads(dt).items()},
            )
            for imei, packnum, at, st, dt in rows
        ]

    def packet_count(self, imei: str | None = None) -> int:
        """Number of stored push_msg packets (duplicates stored once), of one device or all."""
        if imei is None:
            rows = self._fetchall("SELECT count(*) FROM packets WHERE kind = 'push_msg'")
        else:
            rows = self._fetchall(
                "SELECT count(*) FROM packets WHERE kind = 'push_msg' AND imei = ?", (imei,)
            )
        return int(rows[0][0])

    def command_history(self, imei: str, limit: int = 100) -> list[CommandRecord]:
        """The device's last ``limit`` commands, newest first."""
        rows = self._fetchall(
            "SELECT imei, kind, sent_at, done_at, status, detail FROM commands"
            " WHERE imei = ? ORDER BY sent_at DESC, id DESC LIMIT ?",
            (imei, limit),
        )
        return [CommandRecord(*row) for row in rows]

    def quarantine(self, limit: int = 100) -> list[QuarantineRecord]:
        """The last ``limit`` quarantined inputs, newest first."""
        rows = self._fetchall(
            "SELECT at, peer, imei, reason, raw FROM quarantine ORDER BY at DESC, id DESC LIMIT ?",
            (limit,),
        )
        return [QuarantineRecord(*row) for row in rows]

    def connection_events(self, imei: str, limit: int = 100) -> list[ConnectionRecord]:
        """The device's last ``limit`` online/offline changes, newest first."""
        rows = self._fetchall(
            "SELECT imei, at, state, cause, peer FROM connection_events"
            " WHERE imei = ? ORDER BY at DESC, id DESC LIMIT ?",
            (imei, limit),
        )
        return [ConnectionRecord(*row) for row in rows]
