"""A real small filesystem (a tmpfs; mounting needs root, as in CI) and ways to fill it."""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

_fillers = itertools.count()


@contextlib.contextmanager
def tmpfs(path: Path, size: str = "16m") -> Iterator[Path]:
    """A tmpfs of ``size`` mounted at ``path`` for the block; skips the test when it cannot."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("needs root to mount a tmpfs (the real small disk this test fills)")
    path.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(path)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {done.stderr.strip()}")
    try:
        yield path
    finally:
        if subprocess.run(["umount", str(path)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(path)], check=True)  # still busy: detach


def free_bytes(path: Path) -> int:
    return shutil.disk_usage(path).free


def fill_until(path: Path, free: int) -> Path:
    """A file in ``path`` that leaves about ``free`` bytes free; delete it to free them."""
    filler = path / f"filler-{next(_fillers)}"
    size = free_bytes(path) - free
    assert size > 0, f"only {free_bytes(path)} bytes free, wanted {free}"
    with open(filler, "wb") as f:
        os.posix_fallocate(f.fileno(), 0, size)
    return filler
