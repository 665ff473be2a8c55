"""SQLite store: one file in the data dir, WAL, synchronous=FULL, group commit.

CONTRACT (the server and the window are written against this; keep it):

    store = Store.open(data_dir)            # sync; creates/migrates; StoreError if unusable
    await store.start()                     # starts the writer process; StoreError if it cannot
    result = await store.write(record)      # returns once the record's batch is COMMITTED
    fut = store.submit(record)              # the same without a coroutine: a Future
    store.submit_then(record, on_done)      # the same without a Future: on_done(WriteResult
                                            # or StoreError) on the loop (the server's hot path)
    ...
    await store.close()                     # flush pending writes, stop the writer, close

Reads are synchronous, run on their own read-only connection (WAL lets them run
beside the writer) and are cheap enough to call from the event loop for a
single device; the window may run them in a thread.

Writer design: the write connection lives in a process of its own
(:mod:`fourgmon.store.writer`), so that building rows, SQLite and fsync never
take the GIL from the event loop (in one process they held it ~60 % of the time
under load: benchmarks/README.md). ``submit()`` puts ``(record, future)`` on a
queue; a sender thread sends what has queued up down the writer's stdin; the
writer commits in groups and answers every record, in order, on its stdout; a
receiver thread settles the batch's futures with one ``call_soon_threadsafe``.
If the writer process dies, the writes it had are failed (not acknowledged: the
modules resend them) and the next write starts a new one.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import functools
import json
import logging
import os
import pickle
import queue
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

import fourgmon
from fourgmon.store.db import DB_FILENAME, WRITER_FLAG, connect
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
from fourgmon.store.schema import SchemaTooNewError, decode_samples, migrate
from fourgmon.store.wire import (
    DUPLICATE,
    STORED,
    Outcome,
    Pragma,
    WriterStats,
    encode_frame,
    read_frame,
    send_frame,
    to_wire,
)

__all__ = ["DB_FILENAME", "WRITER_FLAG", "Store", "StoreError", "StoreStats", "writer_command"]

# Items per frame sent to the writer, about (the writer batches across frames).
SEND_MAX = 1024
# After the writer process died, at most one restart per this many seconds.
RESTART_BACKOFF = 1.0
# close(): how long the writer may take to finish what it has before it is killed.
STOP_TIMEOUT = 60.0

log = logging.getLogger(__name__)

StoreStats = WriterStats  # counters of the writer, as of its latest answer


class StoreError(Exception):
    """The store cannot be opened or written (message is one human-readable line)."""


_STOP = object()
_Waiter = Callable[[Any], Any]  # gets a record's outcome on the loop
_Trend = tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], npt.NDArray[np.float64]]
_RESULTS = {STORED: WriteResult(duplicate=False), DUPLICATE: WriteResult(duplicate=True)}

# ------------------------------------------------------------------ SQL

_FRAME_SELECT = """
SELECT p.imei, p.packnum, p.device_time, p.received_at, f.channel,
       p.temperature, p.humidity, f.samples
FROM frames f JOIN packets p ON p.id = f.packet_id
"""
# A device's frames are found through its packets (index packets_kind_imei_at).
_OF_DEVICE = " WHERE p.kind = 'push_msg' AND p.imei = ?"


# ------------------------------------------------------------------ helpers


def writer_command(path: Path, batch_interval: float, batch_max: int) -> list[str]:
    """The command line of the writer process for database ``path``."""
    args = [str(path), "--batch-interval", repr(batch_interval), "--batch-max", str(batch_max)]
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable)
        console = exe.with_name("fourgmon-cli.exe")  # Windows: the console twin has real stdio
        if sys.platform == "win32" and console.exists():
            exe = console
        return [str(exe), WRITER_FLAG, *args]
    return [sys.executable, "-m", "fourgmon.store.writer", *args]


def _writer_env() -> dict[str, str]:
    env = dict(os.environ)
    if not getattr(sys, "frozen", False):  # the child must import this very fourgmon
        root = str(Path(fourgmon.__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    return env


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


def _resolve(fut: asyncio.Future[Any], outcome: Any) -> None:
    """A waiter that settles ``fut`` (unless it was cancelled)."""
    if fut.done():
        return
    if isinstance(outcome, StoreError):
        fut.set_exception(outcome)
    else:
        fut.set_result(outcome)


def _result(outcome: Outcome) -> Any:
    """A writer's outcome as what the future gets: a WriteResult, a value, or StoreError."""
    if type(outcome) is int:
        return _RESULTS[outcome]
    kind, value = outcome  # type: ignore[misc]
    return value if kind == "value" else StoreError(str(value))


# ------------------------------------------------------------------ the store


class Store:
    """See the module docstring for the contract. Build it with :meth:`open`."""

    def __init__(self, path: Path, batch_interval: float, batch_max: int) -> None:
        self.path = path
        self.stats = StoreStats()
        self._batch_interval = batch_interval
        self._batch_max = max(1, batch_max)
        self._inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._pending = 0  # submitted and not yet settled (touched on the loop only)
        self._outbox: list[tuple[Record | Pragma, _Waiter]] = []  # this loop iteration's
        # Shared by the sender and receiver threads, under _lock:
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[bytes] | None = None
        self._alive = False  # _proc answers; futures may go into _inflight
        self._inflight: collections.deque[_Waiter] = collections.deque()
        self._sender: threading.Thread | None = None
        self._receivers: list[threading.Thread] = []
        self._procs: list[subprocess.Popen[bytes]] = []
        self._next_restart = 0.0
        self._closing = False
        self._closed: asyncio.Future[None] | None = None
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()

    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        batch_interval: float = 0.005,
        batch_max: int = 256,
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
            conn = connect(path)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open database {path}: {exc}") from None
        try:
            migrate(conn)
        except (sqlite3.Error, SchemaTooNewError) as exc:
            raise StoreError(f"cannot use database {path}: {exc}") from None
        finally:
            conn.close()
        return cls(path, batch_interval, batch_max)

    @property
    def pending(self) -> int:
        """Writes submitted and not settled yet (read it on the loop)."""
        return self._pending

    @property
    def writer_pid(self) -> int | None:
        """The writer process's pid while it runs."""
        with self._lock:
            return self._proc.pid if self._proc is not None and self._alive else None

    async def start(self) -> None:
        """Start the writer process (StoreError if it cannot open the database)."""
        if self._closing:
            raise StoreError("store is closed")
        if self._sender is not None:
            return
        loop = asyncio.get_running_loop()
        await asyncio.to_thread(self._spawn)
        self._loop = loop  # only now: writes before a writer exists would wait forever
        # A daemon: a program that dies without close() must still exit (the writer then
        # sees the end of its input, commits what it has and exits too).
        self._sender = threading.Thread(
            target=self._send_loop, name="fourgmon-store-send", daemon=True
        )
        self._sender.start()

    async def write(self, record: Record) -> WriteResult:
        """Queue ``record``; return once the transaction holding it has committed.

        Raises :class:`StoreError` when it could not be stored or the store is closed.
        Call it on the loop that ran :meth:`start`.
        """
        return await self.submit(record)

    def submit(self, record: Record) -> asyncio.Future[WriteResult]:
        """Queue ``record`` and return the future that :meth:`write` awaits.

        The same contract as :meth:`write` without a coroutine and a Task per record.
        Raises :class:`StoreError` at once when the store is closed. Call it on the loop
        that ran :meth:`start`.
        """
        return self._future_of(record)

    def submit_then(
        self, record: Record, on_done: Callable[[WriteResult | StoreError], Any]
    ) -> None:
        """Queue ``record``; once its batch has committed (or failed), call ``on_done`` on
        the loop with its WriteResult (or the StoreError it failed with).

        Records are settled in the order they were submitted. No Future and no Task: for
        the server's hot path (a Future, its done-callback and its call_soon cost ~2 us a
        packet on the loop). Raises :class:`StoreError` at once when the store is closed.
        """
        self._enqueue(record, on_done)

    async def pragma(self, statement: str) -> Any:
        """``PRAGMA <statement>`` on the write connection, after the writes queued before
        it; returns the first column of its first row (None if none). For tests and
        diagnostics, e.g. ``max_page_count = N`` to make writes fail as on a full disk."""
        return await self._future_of(Pragma(statement))

    def _future_of(self, item: Record | Pragma) -> asyncio.Future[Any]:
        fut: asyncio.Future[Any] = self._writable_loop().create_future()
        self._enqueue(item, functools.partial(_resolve, fut))
        return fut

    def _writable_loop(self) -> asyncio.AbstractEventLoop:
        if self._closing:
            raise StoreError("store is closed")
        if self._loop is None:
            raise RuntimeError("Store.start() must be awaited before Store.write()")
        return self._loop

    def _enqueue(self, item: Record | Pragma, on_done: Callable[[Any], Any]) -> None:
        loop = self._writable_loop()
        self._pending += 1
        # Handed to the sender thread once per loop iteration, not once per record
        # (waking a thread per record costs the loop the GIL each time).
        if not self._outbox:
            loop.call_soon(self._hand_over)
        self._outbox.append((item, on_done))

    def _hand_over(self) -> None:
        if self._outbox:
            self._inbox.put(self._outbox)
            self._outbox = []

    async def close(self) -> None:
        """Flush everything queued, stop the writer and close all connections. Idempotent."""
        if self._closed is None:
            self._closing = True
            self._closed = asyncio.ensure_future(self._shutdown())
        await asyncio.shield(self._closed)

    async def _shutdown(self) -> None:
        if self._sender is not None:
            self._hand_over()  # close() was called after the last submit(): nothing follows
            self._inbox.put(_STOP)
            await asyncio.to_thread(self._sender.join)
        for proc in self._procs:  # the writer exits at the end of its input (or is killed)
            await asyncio.to_thread(self._reap, proc)
        for receiver in self._receivers:  # ...so each receiver reaches the end of its output
            await asyncio.to_thread(receiver.join)
        for proc in self._procs:
            self._close_pipes(proc)
        await asyncio.sleep(0)  # the receivers' last call_soon_threadsafe
        with self._readers_lock:
            for conn in self._readers:
                conn.close()
            self._readers.clear()

    @staticmethod
    def _reap(proc: subprocess.Popen[bytes]) -> None:
        try:
            proc.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            log.error("storage process %d did not stop; killing it", proc.pid)
            proc.kill()
            proc.wait()

    @staticmethod
    def _close_pipes(proc: subprocess.Popen[bytes]) -> None:
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()

    # ------------------------------------------------------------- writer process

    def _spawn(self) -> None:
        """Start a writer process and wait for its "ready" (any thread; blocking)."""
        cmd = writer_command(self.path, self._batch_interval, self._batch_max)
        try:
            proc = subprocess.Popen(
                cmd,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                env=_writer_env(),
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        except OSError as exc:
            raise StoreError(f"cannot start the storage process: {exc}") from None
        assert proc.stdin is not None and proc.stdout is not None
        try:
            first = read_frame(proc.stdout)
        except Exception as exc:  # garbage on its stdout: not our writer
            first = ("failed", f"the storage process answered nonsense ({exc!r})")
        if first is None or first[0] != "ready":
            proc.stdin.close()
            self._reap(proc)
            self._close_pipes(proc)
            reason = first[1] if first else f"it exited with status {proc.returncode}"
            raise StoreError(f"cannot start the storage process: {reason}")
        receiver = threading.Thread(
            target=self._receive_loop, args=(proc,), name="fourgmon-store-receive", daemon=True
        )
        with self._lock:
            self._proc, self._alive = proc, True
            self._procs.append(proc)
            self._receivers.append(receiver)
        receiver.start()

    def _send_loop(self) -> None:
        """Sender thread: what has queued up (lists of items), as one frame."""
        inbox = self._inbox
        while True:
            part, items, stop = inbox.get(), [], False
            while True:
                if part is _STOP:  # close() puts it after the last hand-over
                    stop = True
                    break
                items.extend(part)
                if len(items) >= SEND_MAX:
                    break
                try:
                    part = inbox.get_nowait()
                except queue.Empty:
                    break
            if items:
                self._send(items)
            if stop:
                with self._lock:
                    proc = self._proc if self._alive else None
                if proc is not None and proc.stdin is not None:
                    with contextlib.suppress(OSError, ValueError):
                        send_frame(proc.stdin, encode_frame(("stop",)))
                        proc.stdin.close()
                return

    def _send(self, items: list[tuple[Record | Pragma, _Waiter]]) -> None:
        failed: list[tuple[_Waiter, Any]] = []
        wire, waiters = [], []
        for item, waiter in items:
            try:  # a record that cannot be sent fails alone (a bug; never seen)
                one = to_wire(item)
                if type(one) is not tuple:
                    pickle.dumps(one)  # fail here, alone, not the whole frame later
            except Exception as exc:
                log.error("cannot send record to the storage process", exc_info=exc)
                failed.append((waiter, StoreError(f"cannot store: {exc!r}")))
                continue
            wire.append(one)
            waiters.append(waiter)
        data = encode_frame(("items", wire)) if wire else b""
        self._ensure_writer()
        with self._lock:
            proc = self._proc if self._alive else None
            if proc is not None:
                self._inflight.extend(waiters)
        if proc is None:
            error = StoreError("cannot store: the storage process is not running")
            failed += [(waiter, error) for waiter in waiters]
        elif data:
            assert proc.stdin is not None
            # If it died, its receiver fails everything in flight, these included.
            with contextlib.suppress(OSError, ValueError):
                send_frame(proc.stdin, data)
        if failed:
            self._call_soon(self._settle, failed)

    def _ensure_writer(self) -> None:
        """Sender thread: restart a writer that died (at most once per RESTART_BACKOFF)."""
        with self._lock:
            if self._alive or self._closing:
                return
        now = time.monotonic()
        if now < self._next_restart:
            return
        self._next_restart = now + RESTART_BACKOFF
        try:
            self._spawn()
            log.warning("storage process restarted")
        except StoreError as exc:
            log.error("%s", exc)

    def _receive_loop(self, proc: subprocess.Popen[bytes]) -> None:
        """Receiver thread of one writer process: outcomes -> futures, in order."""
        assert proc.stdout is not None
        while True:
            try:
                frame = read_frame(proc.stdout)
            except Exception as exc:
                log.error("garbled answer from the storage process: %r", exc)
                frame = None
            if frame is None:
                break
            if frame[0] == "done":
                outcomes, self.stats = frame[1], frame[2]
                with self._lock:
                    waiters = [self._inflight.popleft() for _ in outcomes]
                self._call_soon(
                    self._settle, [(w, _result(o)) for w, o in zip(waiters, outcomes, strict=True)]
                )
            elif frame[0] == "log":
                log.log(frame[1], "%s", frame[2])
        status = proc.wait()
        with self._lock:
            if self._proc is proc:
                self._alive = False
            lost = list(self._inflight)
            self._inflight.clear()
        if lost or not self._closing:
            log.error("storage process stopped (exit status %s)", status)
        if lost:
            error = StoreError(f"cannot store: the storage process stopped (exit status {status})")
            self._call_soon(self._settle, [(waiter, error) for waiter in lost])

    def _call_soon(self, callback: Any, arg: Any) -> None:
        assert self._loop is not None
        with contextlib.suppress(RuntimeError):  # the loop is closed: nobody waits any more
            self._loop.call_soon_threadsafe(callback, arg)

    def _settle(self, settled: list[tuple[_Waiter, Any]]) -> None:
        """On the loop: hand every outcome to its waiter, in order."""
        self._pending -= len(settled)
        for waiter, outcome in settled:
            try:
                waiter(outcome)
            except Exception:  # one waiter's bug must not lose the others' outcomes
                log.exception("store callback failed")

    # ------------------------------------------------------------- reads

    def _reader(self) -> sqlite3.Connection:
        """This thread's read connection (opened on first use)."""
        if self._closing:
            raise StoreError("store is closed")
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = connect(self.path, readonly=True)
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
        rows = self._fetchall(
            _FRAME_SELECT
            + " JOIN latest_frames l ON l.packet_id = f.packet_id AND l.channel = f.channel"
            " WHERE l.imei = ?",
            (imei,),
        )
        return {row[4]: self._frame_row(row) for row in rows}

    def frames(
        self, imei: str, since: float | None = None, until: float | None = None
    ) -> Iterator[FrameRow]:
        """Stored frames with ``since <= received_at < until``, by received_at, packnum, channel.

        Streams from the database: rows are decoded as they are iterated.
        """
        where, params = _window("p.received_at", since, until)
        sql = _FRAME_SELECT + _OF_DEVICE + where + " ORDER BY p.received_at, p.packnum, f.channel"
        try:
            cursor = self._reader().execute(sql, [imei, *params])
            for row in cursor:
                yield self._frame_row(row)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read database {self.path}: {exc}") from None

    def max_samples(self, imei: str, since: float | None = None, until: float | None = None) -> int:
        """The largest sample count of the frames ``frames()`` would yield (0 when none)."""
        where, params = _window("p.received_at", since, until)
        rows = self._fetchall(
            "SELECT max(f.n) FROM frames f JOIN packets p ON p.id = f.packet_id"
            + _OF_DEVICE
            + where,
            [imei, *params],
        )
        return int(rows[0][0] or 0)

    def frame_stats(self, imei: str, since: float, until: float | None = None) -> dict[int, _Trend]:
        """Per channel: (received_at, mean, max) float64 arrays of the window, oldest first.

        Read from the mean/max columns (no sample blobs); empty frames are skipped.
        """
        where, params = _window("p.received_at", since, until)
        rows = self._fetchall(
            "SELECT f.channel, p.received_at, f.mean, f.max"
            " FROM frames f JOIN packets p ON p.id = f.packet_id"
            + _OF_DEVICE
            + where
            + " AND f.n > 0 ORDER BY p.received_at, p.id",
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
