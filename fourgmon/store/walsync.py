"""The writer's answers, released once the commits they report are on disk.

Opt-in (``FOURGMON_WRITER_SYNC=thread``; :data:`DEFAULT_SYNC` says why). The write
connection then runs ``synchronous=NORMAL`` in WAL mode: ``COMMIT`` writes the
transaction's frames into the ``-wal`` file and returns without an fsync. A thread of
its own (:class:`WalSync`) then fsyncs the ``-wal`` file and only after that sends the
answers ("done") of the batches committed before the fsync began; meanwhile the
writer's main thread already builds and commits the next batch. One fsync covers every
batch that committed since the previous one (group fsync).

Why an answer (an ack to a module) still means "on disk" after a power loss:

- In WAL mode a commit only appends frames to the ``-wal`` file; the database file is
  written by checkpoints alone. The last frame of a transaction is its commit frame.
  Every frame carries the WAL header's salts and a checksum chained over all frames
  before it: recovery replays frames from the start of the file and stops at the first
  frame that does not match, keeping every transaction up to the last valid commit
  frame before it (sqlite.org/wal.html, sqlite.org/fileformat2.html "WAL file format").
- ``os.fsync`` makes the whole file durable, whichever descriptor wrote it (Linux and
  the BSDs flush the inode). The frames of commit N were written before ``COMMIT``
  returned, hence before the fsync began: once it returns, the chain up to commit N is
  on disk and recovery reaches it. Frames of commit N+1 being written meanwhile can
  only add to it, and a torn one ends the chain after N.
- With ``synchronous=NORMAL`` SQLite still syncs the WAL before each checkpoint and
  the database file after it, and syncs the WAL header when the WAL starts over after
  a complete checkpoint (new salts; a restart only happens once every frame is in the
  database file and that file was synced): frames left from before the restart carry
  the old salts and are never replayed (sqlite.org/pragma.html#pragma_synchronous).
  The SQLite developers give the same recipe for durability under NORMAL: flush the
  WAL file after the commit (sqlite.org/forum/forumpost/d1a6bc7c4cd2baca).
- The ``-wal`` file is reopened when its inode changed (it is deleted when the last
  connection closes, and a later one creates a new file).

A process crash (kill -9) loses nothing either way: committed frames are in the OS's
page cache. ``FOURGMON_WRITER_SYNC=full`` keeps SQLite's ``synchronous=FULL`` (the
fsync inside COMMIT), ``=thread`` asks for this thread; unset, :data:`DEFAULT_SYNC`.
Platforms other than POSIX ones always keep FULL (flushing another handle of the file
is untested there).

Test hook: while the file named by ``FOURGMON_WRITER_SYNC_HOLD`` exists, the thread
waits before each fsync (tests show that no answer leaves before it).
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fourgmon.store.wire import WriterStats

SYNC_ENV = "FOURGMON_WRITER_SYNC"
HOLD_ENV = "FOURGMON_WRITER_SYNC_HOLD"
_STOP = object()


# Where the WAL's fsync runs unless FOURGMON_WRITER_SYNC says otherwise: "thread"
# (WalSync, after COMMIT) or "full" (inside COMMIT). "full": on the 2-core machine of
# the fifth session the thread did not raise throughput (the writer is CPU- and
# GIL-bound there, not fsync-bound) and its smaller batches cost ~5 % more CPU a record
# (benchmarks/README.md, bench_commit.py). Worth "thread" where cores are to spare.
DEFAULT_SYNC = "full"


def wal_sync_wanted() -> bool:
    """Whether the writer fsyncs the WAL on a thread (else SQLite's FULL does it in COMMIT)."""
    choice = os.environ.get(SYNC_ENV, "").strip().lower() or DEFAULT_SYNC
    return os.name == "posix" and choice == "thread"


class WalSync:
    """Sends the writer's "done" answers in order, each after its commit is on disk."""

    def __init__(
        self,
        database: Path,
        send: Callable[[object], None],
        log: Callable[[int, str], None],
        stats: WriterStats,
    ) -> None:
        self._wal = Path(f"{database}-wal")
        self._send = send
        self._log = log
        self._stats = stats
        self._hold = os.environ.get(HOLD_ENV) or None
        self._fd: int | None = None
        self._inode: tuple[int, int] | None = None
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="fourgmon-wal-sync", daemon=True)
        self._thread.start()

    def after_commit(self, reply: tuple[Any, ...]) -> None:
        """Send ``reply`` once the WAL is on disk up to the commit that just returned."""
        self._queue.put((True, reply))

    def in_order(self, reply: tuple[Any, ...]) -> None:
        """Send ``reply`` after the answers before it (no commit of its own to wait for)."""
        self._queue.put((False, reply))

    def close(self) -> None:
        """Sync and send what is queued, then stop the thread."""
        self._queue.put(_STOP)
        self._thread.join()
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    # ------------------------------------------------------------- the thread

    def _run(self) -> None:
        q = self._queue
        stop = False
        while not stop:
            entries = [q.get()]
            while True:  # everything queued meanwhile shares one fsync
                try:
                    entries.append(q.get_nowait())
                except queue.Empty:
                    break
            if entries[-1] is _STOP:
                entries.pop()
                stop = True
            error = None
            if any(needs_sync for needs_sync, _ in entries):
                error = self._sync(sum(needs_sync for needs_sync, _ in entries))
            for needs_sync, reply in entries:
                self._send(_failed(reply, error) if needs_sync and error else reply)

    def _sync(self, batches: int) -> str | None:
        """fsync the WAL; None, or why it failed (the batches are then not acknowledged)."""
        self._wait_while_held()
        t0 = time.perf_counter()
        try:
            os.fsync(self._wal_fd())
        except OSError as exc:
            self._close_fd()
            self._log(logging.ERROR, f"store: cannot sync the write-ahead log {self._wal}: {exc}")
            return f"cannot store: syncing the write-ahead log failed: {exc}"
        self._stats.syncs += 1
        self._stats.synced_batches += batches
        self._stats.sync_us += (time.perf_counter() - t0) * 1e6
        return None

    def _wal_fd(self) -> int:
        st = os.stat(self._wal)
        if self._fd is None or self._inode != (st.st_dev, st.st_ino):
            self._close_fd()
            self._fd = os.open(self._wal, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
            st = os.fstat(self._fd)
            self._inode = (st.st_dev, st.st_ino)
        return self._fd

    def _close_fd(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
        self._fd, self._inode = None, None

    def _wait_while_held(self) -> None:
        while self._hold is not None and os.path.exists(self._hold):
            time.sleep(0.01)


def _failed(reply: tuple[Any, ...], error: str) -> tuple[Any, ...]:
    """A "done" answer whose items are refused: their commit may not be on disk."""
    kind, outcomes, stats = reply
    return (kind, [("error", error)] * len(outcomes), stats)
