"""The data dir's database files, and the checks that find a damaged one.

A data dir holds ``fourgmon.sqlite3`` and, once damage has been found in it,
``fourgmon-2.sqlite3``, ``fourgmon-3.sqlite3``, ...: the file with the highest
number is the active one (new data goes there); every older one was set aside
because it is damaged, and is kept untouched for recovery (it is only ever opened
read-only again: ``mode=ro`` never checkpoints, so not even its WAL is folded in).
Reads and export read every file, taking what is readable. Nothing else records
which file is active: the names are the state, so it survives any crash.

Damage is found three ways (:class:`fourgmon.store.Store` uses all of them):

- :func:`start_check` when the store opens: milliseconds on a multi-GB file. It reads
  the schema, checks the small tables whole and reads the pages new rows go to next
  (the right edge of the packets and frames b-trees, each device's place in the
  packets indexes). ``PRAGMA quick_check`` reads every page: ~10 s per GB from a cold
  disk (14.3 s for 1.5 GB here; 1.1 s from the page cache), too slow for a start.
- :func:`full_check` (``PRAGMA quick_check``) on a low-priority thread after the
  start, reporting later.
- any SQLITE_CORRUPT a read or a write meets (:func:`is_corruption`).
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from fourgmon.store.db import BUSY_TIMEOUT_MS, DB_FILENAME

_LATER = re.compile(r"fourgmon-([0-9]{1,9})\.sqlite3")
# SQLite's primary result codes for a damaged file.
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26
# The start check reads this many of the newest packets with their frames and status.
TAIL_PACKETS = 1000
# Tables small enough to check whole at every start (their size does not grow with time).
SMALL_TABLES = ("devices", "device_ids")
# ...and looks up this many of the most recently seen devices in the packets indexes.
TAIL_DEVICES = 1000


class NotADatabaseError(Exception):
    """The file is no SQLite database at all (not ours, or destroyed from its first page)."""


def data_files(data_dir: Path) -> list[Path]:
    """The database files of ``data_dir``, oldest first (the last one is the active one)."""
    numbered: list[tuple[int, Path]] = []
    first = data_dir / DB_FILENAME
    if first.exists():
        numbered.append((1, first))
    try:
        names = [p.name for p in data_dir.iterdir()]
    except OSError:
        names = []
    for name in names:
        match = _LATER.fullmatch(name)
        if match:
            numbered.append((int(match.group(1)), data_dir / name))
    return [path for _, path in sorted(numbered)]


def next_file(data_dir: Path) -> Path:
    """The name the next active file gets (one above the highest number in use)."""
    files = data_files(data_dir)
    last = files[-1].name if files else DB_FILENAME
    match = _LATER.fullmatch(last)
    number = int(match.group(1)) + 1 if match else 2
    return data_dir / f"fourgmon-{number}.sqlite3"


def is_corruption(exc: BaseException) -> bool:
    """Is this SQLite error a damaged file (SQLITE_CORRUPT, SQLITE_NOTADB)?"""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB)
    text = str(exc)
    return "malformed" in text or "not a database" in text


def connect_ro(path: Path) -> sqlite3.Connection:
    """A read-only connection (``mode=ro``: never writes the file, never checkpoints)."""
    conn = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
        check_same_thread=False,
    )  # fmt: skip
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def start_check(path: Path, tail: int = TAIL_PACKETS) -> str | None:
    """The cheap check at start: None when ``path`` looks healthy, else why not (one line).

    Raises :class:`NotADatabaseError` for a file that is no SQLite database at all and
    ``sqlite3.Error`` for other trouble (locked, unreadable).
    """
    with open(path, "rb") as f:
        head = f.read(16)
    if head and head != b"SQLite format 3\x00":
        raise NotADatabaseError("file is not a database")
    conn = connect_ro(path)
    try:
        return _start_check(conn, tail)
    except sqlite3.DatabaseError as exc:
        if is_corruption(exc):
            return str(exc)
        raise
    finally:
        conn.close()


def _start_check(conn: sqlite3.Connection, tail: int) -> str | None:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    for table in SMALL_TABLES:
        if table in tables:
            result = conn.execute(f"PRAGMA quick_check({table})").fetchone()[0]
            if result != "ok":
                return f"{table}: {one_line(result)}"
    if not {"push_msgs", "push_onlines", "device_ids"} <= tables:
        return None  # a file still being created (or of an older schema): migrate() completes it
    # The newest rows of each device: the right edge of its part of the tables and of
    # the dedup indexes, where its next rows go.
    devices = conn.execute(
        "SELECT i.id FROM devices d JOIN device_ids i ON i.imei = d.imei"
        " ORDER BY d.last_seen DESC LIMIT ?",
        (TAIL_DEVICES,),
    ).fetchall()
    each = max(2, tail // max(1, len(devices)))
    for (did,) in devices:
        conn.execute(
            "SELECT sum(length(samples)), sum(length(stats)) FROM (SELECT * FROM push_msgs"
            " WHERE device_id = ? ORDER BY received_at DESC LIMIT ?)",
            (did, each),
        ).fetchall()
        for table in ("push_msgs", "push_onlines"):
            conn.execute(
                f"SELECT max(received_at) FROM {table} WHERE device_id = ?", (did,)
            ).fetchall()
        conn.execute(
            "SELECT max(packnum) FROM push_onlines INDEXED BY push_onlines_dedup"
            " WHERE device_id = ?",
            (did,),
        ).fetchall()
    # The right edge of push_msgs_dedup (led by device time), where new entries go.
    conn.execute(
        "SELECT count(*) FROM (SELECT device_time FROM push_msgs INDEXED BY push_msgs_dedup"
        " ORDER BY device_time DESC LIMIT ?)",
        (tail,),
    ).fetchall()
    return None


def full_check(conn: sqlite3.Connection) -> str | None:
    """``PRAGMA quick_check`` of the whole file on ``conn`` (stops at the first error):
    None when healthy, else the first problem. ``conn.interrupt()`` cancels it
    (sqlite3.OperationalError "interrupted")."""
    try:
        result = str(conn.execute("PRAGMA quick_check(1)").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        if is_corruption(exc):
            return str(exc)
        raise
    return None if result == "ok" else one_line(result)


def one_line(text: str) -> str:
    """SQLite's check report (``*** in database main ***`` and a line per problem) as one line."""
    lines = [line.strip() for line in text.splitlines()]
    return "; ".join(line for line in lines if line and not line.startswith("***"))


def lower_thread_priority() -> None:
    """Make the calling thread yield the CPU to everything else (Linux: nice 19)."""
    setpriority: Callable[..., None] | None = getattr(os, "setpriority", None)
    if setpriority is None or not sys.platform.startswith("linux"):
        return
    # On Linux a thread is a task of its own: this lowers this thread only.
    with contextlib.suppress(OSError):
        setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
