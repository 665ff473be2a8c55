"""Free space of the data dir: when to warn, and when to stop writing before SQLite
hits ENOSPC.

Three levels: ``ok``; ``low`` (free below the warning threshold: say so, keep
storing); ``full`` (free below the reserve: refuse writes, which are then not
acknowledged, so the modules keep their data and resend it). The writer process asks
before every commit (``statvfs``: ~2 us, against the ms of a commit's fsync) and
4 times a second when idle, so a change shows even when nothing is written.

"Free" is what the filesystem has left less the size of the WAL: what is committed
there is copied into the database file at the next checkpoint, and the database file
grows by as much (measured: 16 packets acked on a tmpfs with 918 kB left, then a
checkpoint took the disk to 0 bytes).
"""

from __future__ import annotations

import contextlib
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

# Warn when free space is below BOTH 1 GB and 5 % of the disk (GNOME's disk-space
# warning works the same way: 5 %, but never while more than a few GB are free). On a
# big disk 1 GB is hours of a large site's data; on a small one 5 % is the earlier
# sign. The threshold never goes below twice the reserve, so a warning always comes
# before writes stop.
DEFAULT_WARN_BYTES = 1_000_000_000
DEFAULT_WARN_PERCENT = 5.0
# Writes stop below this. Free space already counts what the WAL owes the database
# file (see above); at the check before a commit, the commit still needs its own WAL
# frames (a batch of 256 typical packets: ~3 MB; of maximum-size 64 KiB packets: ~32 MB)
# and the checkpoint after it as much again in the database file. 64 MB covers a
# worst-case batch and its checkpoint, and leaves the rest of the system some room.
DEFAULT_RESERVE_BYTES = 64_000_000
# A level is left upwards only once free space is this much (relative) above its
# threshold: the WAL and checkpoints make free space wobble, and each change is logged.
HYSTERESIS = 0.1

DiskLevel = Literal["ok", "low", "full"]


@dataclass(frozen=True, slots=True)
class DiskLimits:
    """Thresholds in bytes (``warn_percent`` of the disk's size, 0-100)."""

    warn_bytes: int = DEFAULT_WARN_BYTES
    warn_percent: float = DEFAULT_WARN_PERCENT
    reserve_bytes: int = DEFAULT_RESERVE_BYTES
    # Retention (fourgmon.store.upkeep): the oldest packets go while the disk is fuller
    # than this (0: never for space) or older than retain_max_age seconds (0: no limit).
    retain_disk_percent: float = 80.0
    retain_max_age: float = 0.0
    journal_max_bytes: int = 1 << 30  # cap of the raw-traffic journal (store.journal)

    @classmethod
    def from_options(cls, options: object) -> DiskLimits:
        """The limits that parsed command-line options give (``--disk-warn``, ...,
        ``--journal-max``); the defaults for any option ``options`` lacks. One place for
        ``serve``, ``export`` and the window alike."""
        default = cls()

        def given(name: str, fallback: Any) -> Any:
            value = getattr(options, name, None)
            return fallback if value is None else value

        return cls(
            given("disk_warn", default.warn_bytes),
            given("disk_warn_percent", default.warn_percent),
            given("disk_reserve", default.reserve_bytes),
            retain_disk_percent=given("retain_disk_percent", default.retain_disk_percent),
            retain_max_age=given("retain_days", default.retain_max_age / 86_400) * 86_400,
            journal_max_bytes=given("journal_max", default.journal_max_bytes),
        )

    def warn_below(self, total: int) -> int:
        """The warning threshold on a disk of ``total`` bytes (see the constants above)."""
        by_size = min(self.warn_bytes, int(total * self.warn_percent / 100))
        return max(by_size, 2 * self.reserve_bytes)


@dataclass(frozen=True, slots=True)
class DiskStatus:
    """Free space of the data dir and the level it puts the store in."""

    level: DiskLevel
    free: int  # bytes available to this user
    total: int  # size of the filesystem
    warn_below: int
    reserve: int
    path: str = ""  # the data dir

    def refusal(self) -> str | None:
        """Why writes are refused (one line), or None when they are not."""
        if self.level != "full":
            return None
        return (
            f"disk almost full ({format_bytes(self.free)} free on {self.path}; "
            f"writes stop below {format_bytes(self.reserve)} until space is freed)"
        )


def format_bytes(n: int) -> str:
    """``n`` bytes for a human, in decimal units: ``812 MB``, ``1.5 GB``."""
    for unit, size in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if abs(n) >= size:
            value = n / size
            return f"{value:.1f} {unit}" if value < 10 else f"{value:.0f} {unit}"
    return f"{n} B"


def measure(
    path: Path, limits: DiskLimits, previous: DiskLevel = "ok", wal: Path | None = None
) -> DiskStatus:
    """Free space at ``path`` (less the size of ``wal``) and its level; ``previous``
    gives the hysteresis.

    When the filesystem cannot be asked (the dir vanished), the level stays as it was:
    SQLite then reports the real error.
    """
    try:
        usage = shutil.disk_usage(path)  # statvfs: f_bavail, what this user may use
    except OSError:
        return DiskStatus(previous, 0, 0, 0, limits.reserve_bytes, str(path))
    free, total = usage.free, usage.total
    if wal is not None:
        with contextlib.suppress(OSError):  # no WAL (yet)
            free = max(0, free - wal.stat().st_size)
    warn = limits.warn_below(total)
    reserve = limits.reserve_bytes
    up = 1 + HYSTERESIS
    level: DiskLevel
    if free < reserve or (previous == "full" and free < reserve * up):
        level = "full"
    elif free < warn or (previous != "ok" and free < warn * up):
        level = "low"
    else:
        level = "ok"
    return DiskStatus(level, free, total, warn, reserve, str(path))


class DiskGuard:
    """The writer's view of the disk holding database ``db``: ``check()`` measures
    (thread-safe) and calls ``on_change(status)`` when the level changes."""

    def __init__(
        self, db: Path, limits: DiskLimits, on_change: Callable[[DiskStatus], None]
    ) -> None:
        self._path = db.parent
        self._wal = db.with_name(db.name + "-wal")
        self._limits = limits
        self._on_change = on_change
        self._lock = threading.Lock()
        self._level: DiskLevel | None = None  # None: not measured yet

    def check(self) -> DiskStatus:
        with self._lock:
            status = measure(self._path, self._limits, self._level or "ok", self._wal)
            changed = status.level != self._level
            self._level = status.level
        if changed:
            self._on_change(status)
        return status
