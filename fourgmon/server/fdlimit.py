"""Open files: raise the soft limit, and keep the connection cap below it.

Each connection is one file descriptor. Most Linux desktops start a process with a
soft ``RLIMIT_NOFILE`` of 1024 and a much higher hard limit (systemd: 524288), which
any process may raise itself to; macOS starts at 256. Past the limit ``accept()``
fails with EMFILE, and so does everything else that opens a file: the database,
a log file, an export. So the server raises the soft limit to the hard one at start
and accepts at most the limit minus what it already uses minus a reserve.

Windows has no such limit for sockets (and no :mod:`resource`): nothing to do there.
"""

from __future__ import annotations

import os
from typing import NamedTuple

try:
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]

__all__ = ["FdLimits", "connection_cap", "open_fd_count", "raise_open_file_limit"]

# macOS refuses a soft limit above OPEN_MAX even when the hard limit is "unlimited".
_MACOS_OPEN_MAX = 10240


class FdLimits(NamedTuple):
    """The soft open-file limit before and after :func:`raise_open_file_limit`."""

    before: int
    now: int


def raise_open_file_limit() -> FdLimits | None:
    """Raise the soft open-file limit to the hard limit; None where there is none.

    Never lowers it; if the system refuses the hard limit (macOS), tries OPEN_MAX,
    and otherwise leaves the limit as it was.
    """
    if resource is None:
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return None
    wanted = [hard] if hard != resource.RLIM_INFINITY else []
    for target in [*wanted, _MACOS_OPEN_MAX]:
        if target <= soft:
            continue
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        except (ValueError, OSError):
            continue
        break
    return FdLimits(soft, resource.getrlimit(resource.RLIMIT_NOFILE)[0])


def open_fd_count() -> int | None:
    """File descriptors this process has open now (Linux, macOS); None when unknown."""
    for path in ("/proc/self/fd", "/dev/fd"):
        try:
            return max(0, len(os.listdir(path)) - 1)  # minus the one listdir itself used
        except OSError:
            continue
    return None


def fd_reserve(soft: int) -> int:
    """Descriptors kept free for everything but connections: the database and its
    writer, log files, exports, the MQTT bridge, DNS, Qt in the window."""
    return max(32, min(128, soft // 8))


def connection_cap(configured: int, soft: int | None, in_use: int | None) -> int:
    """How many connections may be open at once: ``configured``, or fewer when the
    open-file limit ``soft`` would not leave room for them (``in_use`` already open)."""
    if soft is None:
        return configured
    room = soft - (in_use or 0) - fd_reserve(soft)
    return max(1, min(configured, room))
