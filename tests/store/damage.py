"""Damaging a real SQLite file the way a bad sector or a stray write does: one page of
garbage, the schema left intact."""

from __future__ import annotations

import contextlib
import hashlib
import random
import sqlite3
from pathlib import Path


def _connect_ro(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)


def pages_of(db: Path, btree: str, pagetype: str = "leaf") -> list[int]:
    """Page numbers of one b-tree (table or index) of ``db``, in key order."""
    with contextlib.closing(_connect_ro(db)) as conn:
        rows = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY path",
            (btree, pagetype),
        ).fetchall()
    return [pageno for (pageno,) in rows]


def overwrite_page(db: Path, pageno: int, seed: int = 1) -> None:
    """Overwrite page ``pageno`` (1-based) of ``db`` with garbage, in place."""
    assert pageno > 1, "page 1 holds the header and the schema"
    with open(db, "r+b") as f:
        header = f.read(100)
        size = int.from_bytes(header[16:18], "big")
        size = 65536 if size == 1 else size
        f.seek((pageno - 1) * size)
        f.write(random.Random(seed).randbytes(size))
        f.flush()


def digest(path: Path) -> str:
    """sha256 of a file: the damaged file must stay exactly as it was."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
