"""SQLite store: a file in the data dir, WAL, synchronous=FULL, group commit.

CONTRACT (the server and the window are written against this; keep it):

    store = Store.open(data_dir)            # sync; creates/migrates; StoreError if unusable
    await store.start()                     # starts the writer process; StoreError if it cannot
    result = await store.write(record)      # returns once the record's batch is COMMITTED
    fut = store.submit(record)              # the same without a coroutine: a Future
    store.submit_then(record, on_done)      # the same without a Future: on_done(WriteResult
                                            # or StoreError) on the loop (the server's hot path)
    ...
    await store.close()                     # flush pending writes, stop the writer, close
    store.health                            # StoreHealth: active file, disk space, damage,
                                            # migration progress, what retention removed
    unwatch = store.watch_health(callback)  # callback(StoreHealth) on the loop when it changes
    store.journal(imei, since, until)       # the raw bytes clean packets came as (journal/)
    store.stats                             # WriterStats; close() logs "store stats {json}"

Storage (schema 3, :mod:`fourgmon.store.schema`): one compact row per packet, samples
bit-packed, per-minute rollups (``trend()``), raw traffic of clean packets in a capped
journal (:mod:`fourgmon.store.journal`); the writer migrates a schema-2 file and applies
retention in small steps between batches (:mod:`fourgmon.store.upkeep`).

Reads (:mod:`fourgmon.store.reads`) are synchronous, run on read-only connections of
their own (WAL lets them run beside the writer) and are cheap enough to call from the
event loop for a single device; the window may run them in a thread.

Damage (:mod:`fourgmon.store.files`): when the cheap check at open, the full check on
a low-priority thread after start, or any read or write meets a damaged file, the
store says so in one log line and in ``health``, and new data goes to a fresh file
beside the damaged one, which is kept untouched for recovery and still read. Disk
space (:mod:`fourgmon.store.disk`): below the warning threshold ``health`` says so;
below the reserve the writer refuses writes (StoreError: not acknowledged) until
space is freed.

Writer design: the write connection lives in a process of its own
(:mod:`fourgmon.store.writer`), so that building rows, SQLite and fsync never
take the GIL from the event loop (in one process they held it ~60 % of the time
under load: benchmarks/README.md). ``submit()`` puts ``(record, future)`` on a
queue; once per loop iteration what has queued up goes down the writer's stdin: on
POSIX written by the loop itself into the (non-blocking) pipe when the sender thread
has nothing queued, else (a full pipe, Windows) by the sender thread; the writer
commits in groups and answers every record, in order, on its stdout; a receiver
thread settles the batch's futures with one ``call_soon_threadsafe``.
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
import select
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, Any, cast

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

import fourgmon
from fourgmon.store.db import DB_FILENAME, WRITER_FLAG, connect
from fourgmon.store.disk import DiskLimits, DiskStatus, format_bytes, measure
from fourgmon.store.errors import StoreError
from fourgmon.store.files import (
    NotADatabaseError,
    connect_ro,
    data_files,
    full_check,
    lower_thread_priority,
    next_file,
    start_check,
)
from fourgmon.store.fleet import FleetReads
from fourgmon.store.journal import JOURNAL_DIR, Journal, JournalEntry, read_journal
from fourgmon.store.reads import ReadDamage, StoreReads
from fourgmon.store.records import DamagedFile, Record, StoreHealth, WriteResult
from fourgmon.store.schema import SchemaTooNewError, migrate
from fourgmon.store.upkeep import migrate_step, migration_status
from fourgmon.store.wire import (
    DEFAULT_BATCH_MAX,
    DUPLICATE,
    STORED,
    Outcome,
    Pragma,
    WriterStats,
    encode_frame,
    read_frame,
    to_wire,
)

__all__ = [
    "DB_FILENAME",
    "WRITER_FLAG",
    "ReadDamage",
    "Store",
    "StoreError",
    "StoreStats",
    "writer_command",
]

# Items per frame sent to the writer, about (the writer batches across frames).
SEND_MAX = 1024
# ... sent in frames of at most this many: the writer's input thread unpickles and
# prepares one while the next is being pickled, instead of waiting for all of them.
SEND_CHUNK = 128
# Pipe buffers to and from the writer (Linux; 64 KiB by default): a frame of 128
# push_msgs is ~170 KB, and a write into a full pipe waits for the other process.
PIPE_BYTES = 1 << 20
# The loop writes frames into the writer's pipe itself (non-blocking) when the sender
# thread is idle: no thread wake-up and GIL hand-over a frame (~5 us a record of the
# sender's CPU, ~4 ms of latency under load: benchmarks/README.md). POSIX only: a
# Windows pipe cannot be made non-blocking, so there the sender thread writes.
DIRECT_SEND = os.name == "posix"
# After the writer process died, at most one restart per this many seconds.
RESTART_BACKOFF = 1.0
# close(): how long the writer may take to finish what it has before it is killed.
STOP_TIMEOUT = 60.0

log = logging.getLogger(__name__)

StoreStats = WriterStats  # counters of the writer, as of its latest answer


_STOP = object()
_Waiter = Callable[[Any], Any]  # gets a record's outcome on the loop
_RESULTS = {STORED: WriteResult(duplicate=False), DUPLICATE: WriteResult(duplicate=True)}

# ------------------------------------------------------------------ helpers


def _widen_pipe(stream: Any) -> None:
    """Ask for PIPE_BYTES of pipe buffer where the system allows it (Linux); else keep
    the default (a smaller buffer only costs waiting, never data)."""
    setsize = getattr(fcntl, "F_SETPIPE_SZ", None) if fcntl is not None else None
    if setsize is None:
        return
    with contextlib.suppress(OSError, ValueError):
        fcntl.fcntl(stream.fileno(), setsize, PIPE_BYTES)


class _Tail:
    """The rest of a frame the loop could not write at once (the pipe was full): the
    sender thread writes it, before anything queued after it."""

    __slots__ = ("data", "proc")

    def __init__(self, proc: subprocess.Popen[bytes], data: memoryview) -> None:
        self.proc = proc
        self.data = data


def _write_all(stream: IO[bytes], data: bytes | memoryview) -> None:
    """All of ``data`` into the writer's stdin, waiting for room when its pipe is full
    (the pipe is non-blocking under DIRECT_SEND; its buffer object is never used)."""
    fd = stream.fileno()
    view = memoryview(data)
    while view:
        try:
            view = view[os.write(fd, view) :]
        except BlockingIOError:
            select.select([], [fd], [])


def writer_command(
    path: Path, batch_interval: float, batch_max: int, disk: DiskLimits | None = None
) -> list[str]:
    """The command line of the writer process for database ``path``."""
    disk = DiskLimits() if disk is None else disk
    args = [str(path), "--batch-interval", repr(batch_interval), "--batch-max", str(batch_max)]
    args += ["--disk-warn", str(disk.warn_bytes), "--disk-warn-percent", repr(disk.warn_percent)]
    args += ["--disk-reserve", str(disk.reserve_bytes)]
    args += ["--journal-max", str(disk.journal_max_bytes)]
    args += ["--retain-disk-percent", repr(disk.retain_disk_percent)]
    args += ["--retain-max-age", repr(disk.retain_max_age)]
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


def _start_check(path: Path) -> str | None:
    """files.start_check with its failures as StoreError."""
    try:
        return start_check(path)
    except NotADatabaseError as exc:
        raise StoreError(f"cannot use database {path}: {exc}") from None
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"cannot open database {path}: {exc}") from None


def _create_or_migrate(path: Path, *, copy_now: bool = False) -> None:
    """Create ``path`` (or bring it to the current schema); StoreError if it cannot.

    ``copy_now``: also copy a schema-2 file's packets over at once (a reader such as
    ``fourgmon export`` has no writer to do it in the background)."""
    try:
        conn = connect(path)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open database {path}: {exc}") from None
    try:
        migrate(conn)
        if copy_now:
            status = migration_status(conn)
            if status is not None and not status.done:
                log.warning(
                    "migrating %s to schema 3 (%d packets) before reading", path, status.total
                )
                journal = Journal(path.parent / JOURNAL_DIR)
                try:
                    while (step := migrate_step(conn, journal)) is not None and not step.done:
                        pass
                finally:
                    journal.close()
    except (sqlite3.Error, SchemaTooNewError) as exc:
        raise StoreError(f"cannot use database {path}: {exc}") from None
    finally:
        conn.close()


def _damage_line(path: Path, reason: str, fresh: Path) -> str:
    return (
        f"database {path} is damaged ({reason}); it is kept untouched for recovery,"
        f" new data goes to {fresh.name}"
    )


def _log_disk(disk: DiskStatus, old: str) -> None:
    """One log line for a change of the disk level."""
    free = f"{format_bytes(disk.free)} free on {disk.path}"
    if disk.level == "full":
        log.error(
            "disk almost full: %s; not storing (nor acknowledging) packets until space"
            " is freed (writes stop below %s)",
            free,
            format_bytes(disk.reserve),
        )
    elif disk.level == "low":
        again = "storing again; " if old == "full" else ""
        log.warning(
            "%sdisk space low: %s (warning below %s; writes stop below %s)",
            again,
            free,
            format_bytes(disk.warn_below),
            format_bytes(disk.reserve),
        )
    else:
        log.warning("disk space ok again: %s", free)


# ------------------------------------------------------------------ the store


class Store(StoreReads, FleetReads):
    """See the module docstring for the contract. Build it with :meth:`open`."""

    def __init__(
        self,
        data_dir: Path,
        files: list[Path],
        damaged: dict[Path, str],
        *,
        batch_interval: float = 0.005,
        batch_max: int = DEFAULT_BATCH_MAX,
        disk: DiskLimits | None = None,
        readonly: bool = False,
    ) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.path = files[-1]  # the active file: new data goes here
        self.readonly = readonly
        self.stats = StoreStats()
        self._files = files
        self._damaged = damaged
        self._disk_limits = DiskLimits() if disk is None else disk
        self._health = StoreHealth(
            self.path,
            measure(data_dir, self._disk_limits),
            tuple(DamagedFile(f, reason) for f, reason in damaged.items()),
        )
        self._watchers: list[Callable[[StoreHealth], Any]] = []
        self._batch_interval = batch_interval
        self._batch_max = max(1, batch_max)
        self._inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._direct = DIRECT_SEND
        self._loop: asyncio.AbstractEventLoop | None = None
        self._pending = 0  # submitted and not yet settled (touched on the loop only)
        self._outbox: list[tuple[Record | Pragma, _Waiter]] = []  # this loop iteration's
        # Shared by the sender and receiver threads (and readers meeting damage), under _lock:
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[bytes] | None = None
        self._alive = False  # _proc answers; futures may go into _inflight
        self._inflight: collections.deque[_Waiter] = collections.deque()
        self._sender_parts = 0  # put into _inbox, not yet done by the sender thread
        self._sender: threading.Thread | None = None
        self._receivers: list[threading.Thread] = []
        self._procs: list[subprocess.Popen[bytes]] = []
        self._file_of: dict[int, Path] = {}  # writer pid -> the file it writes
        self._move_on: str | None = None  # the active file is damaged: why (sender moves on)
        self._next_restart = 0.0
        self._closing = False
        self._closed: asyncio.Future[None] | None = None
        self._checker: threading.Thread | None = None
        self._checker_conn: sqlite3.Connection | None = None
        self._checker_stop = threading.Event()

    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        batch_interval: float = 0.005,
        batch_max: int = DEFAULT_BATCH_MAX,
        disk: DiskLimits | None = None,
        readonly: bool = False,
    ) -> Store:
        """Open (creating and migrating) the active database file of ``data_dir``.

        The active file (:mod:`fourgmon.store.files`) gets the cheap start check; if
        it is damaged it is kept as it is and a fresh file becomes the active one
        (``readonly``: for readers such as export, which only note the damage, create
        nothing and log nothing). Raises :class:`StoreError` with one human line when
        the dir or file is unusable, no database at all, or written by a newer fourgmon.
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
        files = data_files(data_dir) or [data_dir / DB_FILENAME]
        # Every file before the active one was set aside as damaged by an earlier run.
        damaged = {f: "" for f in files[:-1]}
        if damaged and not readonly:
            log.warning(
                "damaged database %s kept for recovery; storing into %s",
                ", ".join(f.name for f in damaged),
                files[-1].name,
            )
        path = files[-1]
        reason = _start_check(path) if path.exists() else None
        if reason is not None:
            damaged[path] = reason
            if not readonly:
                fresh = next_file(data_dir)
                log.error("%s", _damage_line(path, reason, fresh))
                files.append(fresh)
                path = fresh
        if path not in damaged:
            _create_or_migrate(path, copy_now=readonly)
        return cls(
            data_dir,
            files,
            damaged,
            batch_interval=batch_interval,
            batch_max=batch_max,
            disk=disk,
            readonly=readonly,
        )

    # ------------------------------------------------------------- health

    @property
    def health(self) -> StoreHealth:
        """The active file, the free space of the data dir, the damaged files."""
        return self._health

    def watch_health(self, callback: Callable[[StoreHealth], Any]) -> Callable[[], None]:
        """Call ``callback(health)`` on the loop whenever :attr:`health` changes; returns
        a function that stops it."""
        self._watchers.append(callback)

        def unwatch() -> None:
            if callback in self._watchers:
                self._watchers.remove(callback)

        return unwatch

    def _set_health(self, health: StoreHealth) -> None:
        """Any thread: store ``health`` and tell the watchers on the loop."""
        self._health = health
        if self._loop is not None:
            self._call_soon(self._tell_watchers, health)

    def _tell_watchers(self, health: StoreHealth) -> None:
        for callback in tuple(self._watchers):
            try:
                callback(health)
            except Exception:
                log.exception("store health watcher failed")

    def _disk_changed(self, disk: DiskStatus) -> None:
        """The writer measured a new disk level: log it once and update the health."""
        with self._lock:
            old = self._health.disk
            self._set_health(replace(self._health, disk=disk))
        if disk.level != old.level:
            _log_disk(disk, old.level)

    def _damage_found(self, path: Path, reason: str) -> None:
        """Any thread: a read, write or check met damage in ``path``.

        Recorded (once per file) in ``health``; if ``path`` is the active file, one
        line in the log and the sender moves writes to a fresh file."""
        with self._lock:
            if path in self._damaged:
                if not self._damaged[path]:  # set aside by an earlier run: now we know why
                    self._damaged[path] = reason
                    damaged = tuple(
                        DamagedFile(d.path, reason) if d.path == path else d
                        for d in self._health.damaged
                    )
                    self._set_health(replace(self._health, damaged=damaged))
                return
            self._damaged[path] = reason
            damaged = (*self._health.damaged, DamagedFile(path, reason))
            self._set_health(replace(self._health, damaged=damaged))
            active = path == self.path and not self.readonly
            if active:
                self._move_on = reason
        if active:
            log.error("%s", _damage_line(path, reason, next_file(self.data_dir)))
            self._to_sender([])  # wake the sender: it moves on even if nothing is written

    def journal(
        self, imei: str | None = None, since: float | None = None, until: float | None = None
    ) -> Iterator[JournalEntry]:
        """What modules sent (raw bytes of clean packets), oldest first: the journal."""
        return read_journal(self.data_dir / JOURNAL_DIR, imei, since, until)

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
        if self.readonly:
            raise StoreError("store is opened read-only")
        loop = asyncio.get_running_loop()
        await asyncio.to_thread(self._spawn)
        self._loop = loop  # only now: writes before a writer exists would wait forever
        if self._health.disk.level != "ok":
            _log_disk(self._health.disk, "ok")
        self._checker = threading.Thread(
            target=self._full_check, args=(self.path,), name="fourgmon-store-check", daemon=True
        )
        self._checker.start()
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
        loop = self._loop
        if loop is None or self._closing:  # once a packet: the checks without the call
            loop = self._writable_loop()
        self._pending += 1
        # Handed to the sender thread once per loop iteration, not once per record
        # (waking a thread per record costs the loop the GIL each time).
        if not self._outbox:
            loop.call_soon(self._hand_over)
        self._outbox.append((item, on_done))

    def _hand_over(self) -> None:
        if self._outbox:
            items, self._outbox = self._outbox, []
            if not (self._direct and self._send_direct(items)):
                self._to_sender(items)

    def _to_sender(self, part: Any) -> None:
        """Queue ``part`` for the sender thread (any thread)."""
        with self._lock:
            self._sender_parts += 1
        self._inbox.put(part)

    def _send_direct(self, items: list[tuple[Record | Pragma, _Waiter]]) -> bool:
        """On the loop: write ``items`` into the writer's pipe now, if the sender thread has
        nothing queued (else the order of frames would not be kept) and the writer is up.
        False: nothing was sent, the sender thread is to take them. What does not fit into
        the pipe goes to the sender thread, in order."""
        for start in range(0, len(items), SEND_CHUNK):
            chunk = items[start : start + SEND_CHUNK]
            try:
                records, waiters = map(list, zip(*chunk, strict=True))
                data = encode_frame(("items", list(map(to_wire, records))))
            except Exception:  # the sender sends them one by one: a bad record fails alone
                return self._rest_to_sender(items, start)
            with self._lock:
                proc = self._proc
                if (
                    self._sender_parts
                    or not self._alive
                    or self._move_on is not None
                    or proc is None
                    or proc.stdin is None
                ):
                    return self._rest_to_sender(items, start)
                self._inflight.extend(waiters)
                try:
                    written = os.write(proc.stdin.fileno(), data)
                except BlockingIOError:
                    written = 0
                except (OSError, ValueError):  # it died: its receiver fails these too
                    written = len(data)
            if written < len(data):
                self._to_sender(_Tail(proc, memoryview(data)[written:]))
                return self._rest_to_sender(items, start + len(chunk))
        return True

    def _rest_to_sender(self, items: list[tuple[Record | Pragma, _Waiter]], start: int) -> bool:
        """Queue ``items[start:]`` for the sender thread; False when that is all of them."""
        if start == 0:
            return False
        if start < len(items):
            self._to_sender(items[start:])
        return True

    async def close(self) -> None:
        """Flush everything queued, stop the writer and close all connections. Idempotent."""
        if self._closed is None:
            self._closing = True
            self._closed = asyncio.ensure_future(self._shutdown())
        await asyncio.shield(self._closed)

    async def _shutdown(self) -> None:
        if self._checker is not None:
            self._checker_stop.set()
            with self._lock:
                if self._checker_conn is not None:
                    self._checker_conn.interrupt()
            await asyncio.to_thread(self._checker.join)
        # Readers first (no new read starts once closing): the writer is then the last
        # connection to the active file, and folds the WAL in as it closes.
        self._close_readers()
        if self._sender is not None:
            self._hand_over()  # close() was called after the last submit(): nothing follows
            self._to_sender(_STOP)
            await asyncio.to_thread(self._sender.join)
        for proc in self._procs:  # the writer exits at the end of its input (or is killed)
            await asyncio.to_thread(self._reap, proc)
        for receiver in self._receivers:  # ...so each receiver reaches the end of its output
            await asyncio.to_thread(receiver.join)
        for proc in self._procs:
            self._close_pipes(proc)
        await asyncio.sleep(0)  # the receivers' last call_soon_threadsafe
        self._close_readers()  # any a thread opened meanwhile
        if self._procs:  # one line a benchmark can parse: what explains the throughput
            log.info("store stats %s", json.dumps(self.stats.summary(), separators=(",", ":")))

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

    # ------------------------------------------------------------- damage

    def _full_check(self, path: Path) -> None:
        """Checker thread: ``PRAGMA quick_check`` of the whole active file, at low priority.

        A multi-GB file takes tens of seconds from a cold disk; it holds one read
        snapshot meanwhile (the WAL grows by what is written in that time).
        """
        lower_thread_priority()
        try:
            conn = connect_ro(path)
        except sqlite3.Error:
            return  # the file is unusable: the writer reports that
        with self._lock:
            if self._checker_stop.is_set():
                conn.close()
                return
            self._checker_conn = conn
        try:
            reason = full_check(conn)
        except sqlite3.Error as exc:  # interrupted by close(), or busy: check next start
            if not self._checker_stop.is_set():
                log.warning("full check of %s not finished: %s", path, exc)
            reason = None
        finally:
            with self._lock:
                self._checker_conn = None
            conn.close()
        if reason is not None:
            self._damage_found(path, reason)

    def _move_to_fresh_file(self) -> None:
        """Sender thread: the active file is damaged; stop its writer, make a fresh file
        the active one (the next write starts a writer on it)."""
        with self._lock:
            proc = self._proc if self._alive else None
        if proc is not None:  # a reader or the checker found it: the writer does not know
            proc.kill()  # what it had is not acknowledged (modules resend it)
            self._receivers[self._procs.index(proc)].join()
        fresh = next_file(self.data_dir)
        try:
            _create_or_migrate(fresh)
        except StoreError as exc:
            log.error("%s", exc)
            return  # the next write tries again
        with self._lock:
            self._files = [*self._files, fresh]
            self.path = fresh
            self._move_on = None
            self._set_health(replace(self._health, active=fresh))

    # ------------------------------------------------------------- writer process

    def _spawn(self) -> None:
        """Start a writer process and wait for its "ready" (any thread; blocking)."""
        path = self.path
        cmd = writer_command(path, self._batch_interval, self._batch_max, self._disk_limits)
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
        _widen_pipe(proc.stdin)
        _widen_pipe(proc.stdout)
        if self._direct:
            os.set_blocking(proc.stdin.fileno(), False)
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
            self._file_of[proc.pid] = path
        receiver.start()

    def _send_loop(self) -> None:
        """Sender thread: what has queued up (lists of items, the tails of frames the loop
        could not finish), in order, as frames."""
        inbox = self._inbox
        while True:
            part, stop, taken = inbox.get(), False, 0
            items: list[tuple[Record | Pragma, _Waiter]] = []
            while True:
                taken += 1
                if part is _STOP:  # close() puts it after the last hand-over
                    stop = True
                    break
                if type(part) is _Tail:  # after what came before it, before what follows
                    self._send_chunks(items)
                    items = []
                    with contextlib.suppress(OSError, ValueError):  # died: receiver fails it
                        _write_all(cast(IO[bytes], part.proc.stdin), part.data)
                else:
                    items.extend(part)
                if len(items) >= SEND_MAX:
                    break
                try:
                    part = inbox.get_nowait()
                except queue.Empty:
                    break
            if items:
                self._send_chunks(items)
            elif self._move_on is not None and not stop:  # _damage_found woke us
                self._ensure_writer()
            with self._lock:  # only now may the loop write into the pipe again
                self._sender_parts -= taken
            if stop:
                with self._lock:
                    proc = self._proc if self._alive else None
                if proc is not None and proc.stdin is not None:
                    with contextlib.suppress(OSError, ValueError):
                        _write_all(proc.stdin, encode_frame(("stop",)))
                        proc.stdin.close()
                return

    def _send_chunks(self, items: list[tuple[Record | Pragma, _Waiter]]) -> None:
        for i in range(0, len(items), SEND_CHUNK):
            self._send(items[i : i + SEND_CHUNK])

    def _send(self, items: list[tuple[Record | Pragma, _Waiter]]) -> None:
        failed: list[tuple[_Waiter, Any]] = []
        try:  # the whole chunk at once: no Python loop a record
            records, waiters = map(list, zip(*items, strict=True))
            data = encode_frame(("items", list(map(to_wire, records))))
        except Exception:  # ...else one by one, so that a bad record fails alone
            data, waiters = self._wire_one_by_one(items, failed)
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
                _write_all(proc.stdin, data)
        if failed:
            self._call_soon(self._settle, failed)

    @staticmethod
    def _wire_one_by_one(
        items: list[tuple[Record | Pragma, _Waiter]], failed: list[tuple[_Waiter, Any]]
    ) -> tuple[bytes, list[_Waiter]]:
        """The frame of the items that can be sent, and their waiters; the others go
        to ``failed`` with their error (a bug; never seen)."""
        wire, waiters = [], []
        for item, waiter in items:
            try:
                one = to_wire(item)
                pickle.dumps(one)  # fail here, alone, not the whole frame later
            except Exception as exc:
                log.error("cannot send record to the storage process", exc_info=exc)
                failed.append((waiter, StoreError(f"cannot store: {exc!r}")))
                continue
            wire.append(one)
            waiters.append(waiter)
        return (encode_frame(("items", wire)) if wire else b""), waiters

    def _ensure_writer(self) -> None:
        """Sender thread: restart a writer that died (at most once per RESTART_BACKOFF),
        on a fresh file when the active one is damaged."""
        if self._move_on is not None and not self._closing:
            self._move_to_fresh_file()
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
                    popleft = self._inflight.popleft
                    # Nearly every outcome is an int (stored / duplicate): no call for those.
                    settled = [
                        (popleft(), _RESULTS[o] if type(o) is int else _result(o)) for o in outcomes
                    ]
                self._call_soon(self._settle, settled)
            elif frame[0] == "log":
                log.log(frame[1], "%s", frame[2])
            elif frame[0] == "disk":
                self._disk_changed(frame[1])
            elif frame[0] == "stats":
                self.stats = frame[1]
            elif frame[0] == "migration":
                with self._lock:
                    self._set_health(replace(self._health, migration=frame[1]))
            elif frame[0] == "retention":
                with self._lock:
                    self._set_health(replace(self._health, retention=frame[1]))
            elif frame[0] == "damaged":
                self._damage_found(self._file_of[proc.pid], frame[1])
        status = proc.wait()
        with self._lock:
            if self._proc is proc:
                self._alive = False
            lost = list(self._inflight)
            self._inflight.clear()
            damaged = self._file_of[proc.pid] in self._damaged
        if damaged:  # the damage line is in the log already; the next write moves on
            error = StoreError("cannot store: the database is damaged; moving to a fresh file")
        else:
            if lost or not self._closing:
                log.error("storage process stopped (exit status %s)", status)
            error = StoreError(f"cannot store: the storage process stopped (exit status {status})")
        if lost:
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
