"""Frame statistics: n, mean, min and max of a channel's samples (the store's frame rows
and the live trend plot use this one definition)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np
import numpy.typing as npt


class FrameStats(NamedTuple):
    n: int
    mean: float | None  # None for an empty frame
    min: int | None
    max: int | None


def frame_stats(frames: Sequence[bytes | npt.NDArray[np.uint16]]) -> list[FrameStats]:
    """Statistics of each frame (little-endian uint16 bytes or a uint16 array).

    Computed over all frames at once: per-frame numpy calls cost ~20 us a frame.
    """
    arrays = [np.frombuffer(f, dtype="<u2") if isinstance(f, bytes) else f for f in frames]
    counts = np.array([len(a) for a in arrays], dtype=np.int64)
    nonempty = counts > 0
    starts = (np.cumsum(counts) - counts)[nonempty]
    if not starts.size:
        return [FrameStats(0, None, None, None) for _ in arrays]
    values = np.concatenate([a for a in arrays if len(a)])
    means = (np.add.reduceat(values, starts, dtype=np.float64) / counts[nonempty]).tolist()
    mins = np.minimum.reduceat(values, starts).tolist()
    maxs = np.maximum.reduceat(values, starts).tolist()
    stats = iter(zip(means, mins, maxs, strict=True))
    return [
        FrameStats(n, *next(stats)) if n else FrameStats(0, None, None, None)
        for n in counts.tolist()
    ]
