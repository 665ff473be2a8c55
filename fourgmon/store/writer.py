"""The store's writer process: owns the write connection, commits in groups.

Started by :class:`fourgmon.store.Store` (``python -m fourgmon.store.writer DB``, or
the frozen executable with ``fourgmon.store.db.WRITER_FLAG``); talks over stdin/stdout as
:mod:`fourgmon.store.wire` describes. Its own process, so that building rows,
SQLite and fsync never hold the GIL of the process that runs the event loop.

It takes what is queued (up to ``--batch-max``; a lone record waits at most
``--batch-interval`` for more), applies the batch in one transaction, commits, and answers with
one outcome per item. A batch that fails is retried item by item, so only the bad
ones fail. Before each commit it checks the free space of the data dir
(:mod:`fourgmon.store.disk`): below the reserve the batch is refused without touching
SQLite, so the disk never fills up in the middle of a transaction. When SQLite says
the file is damaged, it answers what it has, tells the parent and exits without
closing the file (a close would checkpoint into it): the parent moves on to a fresh
file and keeps the damaged one as it is. At end of input (the parent stopped it, or
died) it finishes what it has and exits; SIGINT is ignored: a Ctrl-C in the terminal
reaches the whole process group, and the parent decides when the writer stops.

With ``FOURGMON_WRITER_SYNC=thread`` (POSIX) the answers of a batch wait for an fsync
of the WAL on a thread of their own while the next batch is being written
(:mod:`fourgmon.store.walsync`: why that is as durable as ``synchronous=FULL``).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import logging
import os
import queue
import signal
import sqlite3
import sys
import threading
import time
from pathlib import Path
from typing import IO, Any

from fourgmon.store.db import CHECKPOINT_INTERVAL, connect, tune_writer
from fourgmon.store.disk import (
    DEFAULT_RESERVE_BYTES,
    DEFAULT_WARN_BYTES,
    DEFAULT_WARN_PERCENT,
    DiskGuard,
    DiskLimits,
)
from fourgmon.store.files import is_corruption
from fourgmon.store.journal import DEFAULT_MAX_BYTES, JOURNAL_DIR, Journal
from fourgmon.store.prepare import prepare_wire_items
from fourgmon.store.records import RetentionStatus
from fourgmon.store.rows import RollupCache, apply_records
from fourgmon.store.upkeep import (
    DEFAULT_DISK_PERCENT,
    RETENTION_SLICE,
    STEP_EVERY,
    STEP_PACKETS,
    migrate_step,
    oldest,
    retention_step,
)
from fourgmon.store.walsync import WalSync, wal_sync_wanted
from fourgmon.store.wire import (
    DEFAULT_BATCH_MAX,
    DUPLICATE,
    EXIT_DAMAGED,
    STORED,
    Item,
    Outcome,
    Pragma,
    WriterStats,
    read_frame,
    write_frame,
)

_STOP = object()
_EOF = object()
RETENTION_CHECK = 5.0  # seconds between looks at the budget while within it


class _Replies:
    """The parent's end of stdout; a parent that died is not an error (writes go on)."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._lock = threading.Lock()
        self.gone = False

    def send(self, obj: object) -> None:
        if self.gone:
            return
        with self._lock:
            try:
                write_frame(self._stream, obj)
            except (OSError, ValueError):
                self.gone = True

    def log(self, level: int, message: str) -> None:
        self.send(("log", level, message))


class Writer:
    """Applies items to the write connection in groups; answers every item in order."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        replies: _Replies,
        batch_interval: float,
        batch_max: int,
        disk: DiskGuard | None = None,
        journal: Journal | None = None,
    ) -> None:
        self.conn = conn
        self.journal = journal
        self.rollups = RollupCache()
        self.replies = replies
        self.disk = disk
        self.batch_interval = batch_interval
        self.batch_max = max(1, batch_max)
        self.stats = WriterStats()
        # Set by main() under synchronous=NORMAL: answers of committed batches wait for
        # its fsync of the WAL. None: COMMIT synced (FULL), answers go out at once.
        self.wal_sync: WalSync | None = None
        self.inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self.damaged: str | None = None  # set when SQLite found the file damaged: stop
        self.retain_disk_percent: float | None = None
        self.retain_max_age: float | None = None
        self._migrating = True  # until migrate_step says there is nothing (left)
        self._reported = -1.0  # migration progress last logged, percent
        self._last_upkeep = 0.0
        self._next_retention = 0.0
        self._retention_quiet_until = 0.0
        self._retention_logged = 0
        self._retention_reason = ""
        self._slice = RETENTION_SLICE
        self._kept_since: float | None = None

    # ------------------------------------------------------------- upkeep

    def _upkeep_due(self) -> bool:
        return self._migrating or time.monotonic() >= self._next_retention

    def upkeep(self, idle: bool) -> None:
        """One step of migration or retention (:mod:`fourgmon.store.upkeep`), if due."""
        now = time.monotonic()
        if self.damaged is not None or (not idle and now - self._last_upkeep < STEP_EVERY):
            return
        self._last_upkeep = now
        try:
            if self._migrating:
                self._migrate_step()
            elif now >= self._next_retention:
                self._retention_step(now)
        except sqlite3.Error as exc:
            if is_corruption(exc):
                self.damaged = str(exc)
                return
            self.replies.log(logging.WARNING, f"store upkeep paused for 30 s: {exc}")
            self._next_retention = now + 30
            self._migrating = False

    def _migrate_step(self) -> None:
        self.rollups = RollupCache()  # the copy writes rollups of its own
        status = migrate_step(self.conn, self.journal)
        if status is None:
            self._migrating = False
            return
        self.replies.send(("migration", status))
        percent = 100.0 * status.copied / status.total if status.total else 100.0
        if status.done or percent >= self._reported + 10 or self._reported < 0:
            first = self._reported < 0
            self._reported = percent
            if status.done:
                line = f"database migrated to schema 3: all {status.total} packets copied"
            else:
                line = (
                    f"migrating the database to schema 3: {status.copied} of {status.total}"
                    f" packets copied ({percent:.0f} %); history fills in as it goes"
                )
            level = logging.WARNING if first or status.done else logging.INFO
            self.replies.log(level, line)
        if status.done:
            self._migrating = False

    def _retention_step(self, now: float) -> None:
        path = Path(self.conn.execute("PRAGMA database_list").fetchone()[2]).parent
        result = retention_step(
            self.conn, path, self.retain_disk_percent, self.retain_max_age, slice_s=self._slice
        )
        if result is None:
            self._next_retention = now + RETENTION_CHECK
            if self._retention_logged:
                self._log_retention(self._retention_reason)
            return
        removed, reason = result
        # About STEP_PACKETS a step: wider slices for sparse data, narrower for dense.
        if removed < STEP_PACKETS // 2:
            self._slice = min(self._slice * 2, 86_400.0)
        elif removed > STEP_PACKETS:
            self._slice = max(self._slice / 2, 1.0)
        self._retention_reason = reason
        self.stats.retention_removed += removed
        self._retention_logged += removed
        self._kept_since = oldest(self.conn)
        self.replies.send(
            ("retention", RetentionStatus(self.stats.retention_removed, self._kept_since, reason))
        )
        if now >= self._retention_quiet_until:
            self._log_retention(reason)
            self._retention_quiet_until = now + 60

    def _log_retention(self, reason: str) -> None:
        why = {"disk": "disk budget", "age": "maximum age"}.get(reason, "budget")
        since = (
            time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(self._kept_since))
            if self._kept_since is not None
            else "nothing"
        )
        self.replies.log(
            logging.WARNING,
            f"retention ({why}) removed {self._retention_logged} of the oldest packets;"
            f" history kept since {since}",
        )
        self._retention_logged = 0

    def read_input(self, stream: IO[bytes]) -> None:
        """Reader thread: frames from the parent into the inbox, one list per frame (one
        wake-up of the main thread per frame, not one GIL hand-over per item)."""
        try:
            while True:
                frame = read_frame(stream)
                if frame is None or frame[0] == "stop":
                    break
                # The work a push_msg needs before its transaction is done here, on this
                # thread, while the main thread is in SQLite or an fsync (no GIL held).
                self.inbox.put(prepare_wire_items(frame[1]))
        except Exception as exc:  # a broken pipe or a garbled frame: stop like at EOF
            self.replies.log(logging.ERROR, f"store writer: input failed: {exc!r}")
        finally:
            self.inbox.put(_EOF)

    def run(self) -> None:
        """Main thread: batches until end of input."""
        inbox = self.inbox
        pending: collections.deque[Any] = collections.deque()  # taken, not yet batched

        def take(entry: Any) -> None:
            if type(entry) is list:
                pending.extend(entry)
            else:
                pending.append(entry)

        while True:
            if not pending:
                try:
                    take(inbox.get(timeout=0.05 if self._upkeep_due() else RETENTION_CHECK))
                except queue.Empty:
                    self.upkeep(idle=True)
                    continue
                continue
            item = pending[0]
            if item is _EOF:
                return
            if type(item) is Pragma:
                pending.popleft()
                self._pragma(item)
                continue
            batch: list[Item] = []
            # Under load, what queued up during the last commit is the batch: commit it
            # at once. A lone item waits up to batch_interval for company (fewer fsyncs).
            deadline = time.monotonic() + self.batch_interval
            waiting = False
            while True:
                while pending and len(batch) < self.batch_max:
                    item = pending[0]
                    if item is _EOF or type(item) is Pragma:
                        break  # after this batch
                    batch.append(pending.popleft())
                if pending or len(batch) >= self.batch_max:
                    break
                try:
                    if waiting:
                        take(inbox.get(timeout=max(0.0, deadline - time.monotonic())))
                    else:
                        take(inbox.get_nowait())
                except queue.Empty:
                    if waiting or len(batch) > 1:
                        break
                    waiting = True
            self._process(batch)
            if self.damaged is None:
                self.upkeep(idle=not pending and inbox.empty())
            if self.damaged is not None:  # nothing more goes into this file
                return

    def _process(self, batch: list[Item]) -> None:
        outcomes: list[Outcome]
        stats = self.stats
        refusal = self.disk.check().refusal() if self.disk is not None else None
        try:
            if refusal is not None:
                outcomes = [("error", f"cannot store: {refusal}")] * len(batch)
            else:
                outcomes = self._commit(batch)
        except Exception as exc:
            stats.failed_batches += 1
            if is_corruption(exc):  # retrying item by item would only meet it again
                self.damaged = str(exc)
                outcomes = [self._error(exc)] * len(batch)
            elif len(batch) == 1:
                outcomes = [self._error(exc)]
            else:
                self.replies.log(
                    logging.WARNING,
                    f"store batch of {len(batch)} failed ({exc}); retrying one by one",
                )
                outcomes = []
                for one in batch:
                    try:
                        if self.damaged is None:
                            outcomes.extend(self._commit([one]))
                        else:
                            outcomes.append(("error", f"cannot store: {self.damaged}"))
                    except Exception as exc1:
                        if is_corruption(exc1):
                            self.damaged = str(exc1)
                        outcomes.append(self._error(exc1))
        stats.count_batch(len(batch))
        stats.failed_records += sum(type(o) is tuple for o in outcomes)
        if self.wal_sync is not None:
            self.wal_sync.after_commit(("done", outcomes, stats))
        else:
            self.replies.send(("done", outcomes, stats))

    def _commit(self, batch: list[Any]) -> list[Outcome]:
        conn = self.conn
        stats = self.stats
        conn.execute("BEGIN IMMEDIATE")
        try:
            t0 = time.perf_counter()
            results = apply_records(conn, batch, self.journal, self.rollups)
            t1 = time.perf_counter()
            conn.execute("COMMIT")
            stats.apply_us += (t1 - t0) * 1e6
            stats.commit_us += (time.perf_counter() - t1) * 1e6
        except BaseException:
            self.rollups.rolled_back()
            if self.journal is not None:
                self.journal.rollback()
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error as exc:
                    self.replies.log(logging.ERROR, f"store rollback failed: {exc}")
            raise
        self.stats.commits += 1
        self.rollups.committed()
        if self.journal is not None:
            self.journal.commit()
            stats.journal_bytes = self.journal.written
        return [DUPLICATE if r.duplicate else STORED for r in results]

    def _error(self, exc: Exception) -> Outcome:
        if not isinstance(exc, sqlite3.Error):  # a bug, not the disk
            self.replies.log(logging.ERROR, f"cannot store record: {exc!r}")
        return ("error", f"cannot store: {exc}")

    def _pragma(self, pragma: Pragma) -> None:
        try:
            row = self.conn.execute(f"PRAGMA {pragma.statement}").fetchone()
            outcome: Outcome = ("value", row[0] if row else None)
        except sqlite3.Error as exc:
            outcome = ("error", f"PRAGMA {pragma.statement}: {exc}")
        if self.wal_sync is not None:  # after the answers before it
            self.wal_sync.in_order(("done", [outcome], self.stats))
        else:
            self.replies.send(("done", [outcome], self.stats))


def _checkpoint_loop(path: Path, stop: threading.Event, replies: _Replies, disk: DiskGuard) -> None:
    """Checkpoint the WAL in PASSIVE mode (never blocks the writer) until ``stop``; look
    at the free space each round too, so that its level is known while nothing is written."""
    try:
        conn = connect(path)
    except sqlite3.Error as exc:
        replies.log(logging.WARNING, f"no checkpoint thread ({exc}); the writer checkpoints")
        return
    try:
        while not stop.wait(CHECKPOINT_INTERVAL):
            disk.check()
            # Busy or I/O (a full disk): the next round (or the writer) retries.
            with contextlib.suppress(sqlite3.Error):
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    """Entry point of the writer process."""
    p = argparse.ArgumentParser(prog="fourgmon-store-writer")
    p.add_argument("database", type=Path)
    p.add_argument("--batch-interval", type=float, default=0.005)
    p.add_argument("--batch-max", type=int, default=DEFAULT_BATCH_MAX)
    p.add_argument("--disk-warn", type=int, default=DEFAULT_WARN_BYTES)
    p.add_argument("--disk-warn-percent", type=float, default=DEFAULT_WARN_PERCENT)
    p.add_argument("--disk-reserve", type=int, default=DEFAULT_RESERVE_BYTES)
    p.add_argument("--journal-max", type=int, default=DEFAULT_MAX_BYTES)
    p.add_argument("--retain-disk-percent", type=float, default=DEFAULT_DISK_PERCENT)
    p.add_argument("--retain-max-age", type=float, default=0.0)
    args = p.parse_args(argv)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # see the module docstring
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing else may write into the reply pipe
    replies = _Replies(stdout)
    try:
        conn = connect(args.database)
        tune_writer(conn)
        synced_here = wal_sync_wanted()
        if synced_here:  # the WAL's fsync moves from COMMIT to WalSync's thread
            conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.Error as exc:
        replies.send(("failed", f"cannot open database {args.database}: {exc}"))
        return 1
    limits = DiskLimits(args.disk_warn, args.disk_warn_percent, args.disk_reserve)
    disk = DiskGuard(args.database, limits, lambda status: replies.send(("disk", status)))
    journal = Journal(args.database.parent / JOURNAL_DIR, args.journal_max)
    writer = Writer(conn, replies, args.batch_interval, args.batch_max, disk, journal)
    writer.retain_disk_percent = args.retain_disk_percent or None
    writer.retain_max_age = args.retain_max_age or None
    if synced_here:
        writer.wal_sync = WalSync(args.database, replies.send, replies.log, writer.stats)
    stop = threading.Event()
    checkpointer = threading.Thread(
        target=_checkpoint_loop,
        args=(args.database, stop, replies, disk),
        name="fourgmon-checkpoint",
        daemon=True,
    )
    reader = threading.Thread(
        target=writer.read_input, args=(stdin,), name="fourgmon-writer-input", daemon=True
    )
    checkpointer.start()
    reader.start()
    replies.send(("ready", os.getpid()))
    try:
        writer.run()
    finally:
        if writer.wal_sync is not None:  # the last answers, after their fsync
            writer.wal_sync.close()
        stop.set()
        checkpointer.join()
        journal.close()
        writer.stats.journal_bytes = journal.written
        replies.send(("stats", writer.stats))  # the final counters (close() logs them)
        if writer.damaged is None:
            conn.close()
    if writer.damaged is not None:
        replies.send(("damaged", writer.damaged))
        sys.stderr.flush()
        os._exit(EXIT_DAMAGED)  # not conn.close(): closing would checkpoint into the file
    return 0


if __name__ == "__main__":
    sys.exit(main())
