"""Opening the SQLite file: the settings every connection of the store shares."""

from __future__ import annotations

import sqlite3
from pathlib import Path

DB_FILENAME = "fourgmon.sqlite3"
# The frozen executable runs the store's writer when its first argument is this
# (fourgmon.cli.main; a source install runs ``python -m fourgmon.store.writer``).
WRITER_FLAG = "--store-writer"
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
# The WAL file keeps its largest size (SQLite reuses it); past this, SQLite cuts it back
# when it starts over after a checkpoint. It counts against free space (store/disk.py):
# a burst (a long read pinning old pages) must not cost that space until the next start.
WAL_SIZE_LIMIT = 64 * 1024 * 1024


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode (we issue BEGIN/COMMIT), WAL, synchronous=FULL."""
    # check_same_thread=False: connections are created here but used by (and closed
    # from) other threads, one at a time.
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


def tune_writer(conn: sqlite3.Connection) -> None:
    """Settings of the one write connection (see the constants above)."""
    conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
    conn.execute(f"PRAGMA wal_autocheckpoint = {WRITER_AUTOCHECKPOINT_PAGES}")
    conn.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}")
