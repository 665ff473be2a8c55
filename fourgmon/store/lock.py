"""One fourgmon process per data dir: an OS lock on ``<data_dir>/fourgmon.lock``.

The window and ``fourgmon serve`` each start a server and a writer process on the
data dir's database; two of them on one database would fight over it. Each takes
this lock first and holds it for the life of the process::

    lock = DataDirLock.acquire(data_dir, "window")   # DataDirInUse if another holds it
    ...
    lock.release()

The lock is ``flock`` (POSIX) or ``msvcrt.locking`` (Windows): the OS drops it when
the process ends, however it ends, so a ``kill -9`` leaves no stale lock behind.
Readers (``fourgmon export``) take no lock: SQLite's WAL lets them read beside the
writer. The file also says who holds it (pid and kind) for the error message.
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from fourgmon.store.store import StoreError

LOCK_FILENAME = "fourgmon.lock"
# Windows locks byte ranges and then refuses reads of them: lock one byte far past the
# text (allowed beyond the end of the file) so that a second instance can still read who
# holds the lock.
_WINDOWS_LOCK_OFFSET = 1 << 20
_KINDS = {"window": "the fourgmon window", "serve": "fourgmon serve"}


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds a data dir: a pid and ``"window"`` or ``"serve"`` (as the file says)."""

    pid: int
    kind: str

    def describe(self) -> str:
        return f"{_KINDS.get(self.kind, 'another fourgmon')} (pid {self.pid})"


class DataDirInUse(StoreError):
    """Another process holds the data dir's lock; ``holder`` is None if it did not say."""

    def __init__(self, data_dir: Path, holder: LockHolder | None) -> None:
        self.data_dir = data_dir
        self.holder = holder
        who = holder.describe() if holder is not None else "another fourgmon"
        super().__init__(f"data dir {data_dir} is in use by {who}")


class DataDirLock:
    """The held lock of one data dir; build it with :meth:`acquire`."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, data_dir: Path, kind: str) -> DataDirLock:
        """Take the lock of ``data_dir`` (created if missing) for this process.

        Raises :class:`DataDirInUse` if another process holds it and :class:`StoreError`
        (one line) if the dir cannot be used at all.
        """
        data_dir = Path(data_dir)
        path = data_dir / LOCK_FILENAME
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        except FileExistsError:
            raise StoreError(f"cannot use data dir {data_dir}: not a directory") from None
        except OSError as exc:
            raise StoreError(f"cannot use data dir {data_dir}: {exc.strerror or exc}") from None
        try:
            locked = _try_lock(fd)
        except OSError as exc:
            os.close(fd)
            raise StoreError(f"cannot lock {path}: {exc.strerror or exc}") from None
        if not locked:
            holder = _read_holder(fd)
            os.close(fd)
            raise DataDirInUse(data_dir, holder)
        with contextlib.suppress(OSError):  # only the message needs it
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, f"{os.getpid()} {kind}\n".encode())
        return cls(path, fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Let go of the lock (idempotent). The file stays: removing it would race."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        _unlock(fd)
        os.close(fd)

    def __enter__(self) -> DataDirLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def read_holder(data_dir: Path) -> LockHolder | None:
    """Who the lock file of ``data_dir`` names (None if nobody or unreadable).

    The file may name a process that has ended: only a failed :meth:`DataDirLock.acquire`
    says that the lock is really held.
    """
    try:
        fd = os.open(Path(data_dir) / LOCK_FILENAME, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    try:
        return _read_holder(fd)
    finally:
        os.close(fd)


def _read_holder(fd: int) -> LockHolder | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 200).decode("ascii", "replace").split()
    except OSError:
        return None
    if len(text) >= 2 and text[0].isdigit():
        return LockHolder(int(text[0]), text[1])
    return None


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except PermissionError:  # EACCES: the region is locked by another process
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)
