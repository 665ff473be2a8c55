"""Trends from the per-minute rollups: merged into at most N points per channel."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import numpy.typing as npt

# n, min, max, sum of one channel in a rollup row (fourgmon.store.rows.ROLLUP).
_ROLLUP_DTYPE = np.dtype([("n", "<u4"), ("min", "<u2"), ("max", "<u2"), ("sum", "<u8")])


class Trend(NamedTuple):
    """One channel's trend: per point, its start time, mean, min, max, samples counted."""

    at: npt.NDArray[np.float64]
    mean: npt.NDArray[np.float64]
    min: npt.NDArray[np.float64]
    max: npt.NDArray[np.float64]
    n: npt.NDArray[np.int64]


def merge_rollups(minutes: list[int], blobs: list[bytes], max_points: int) -> dict[int, Trend]:
    """Per channel, the rollup rows (minute, ROLLUP blob; minutes ascending) merged into
    buckets of equal minutes so that there are at most ``max_points``."""
    if not minutes:
        return {}
    order = np.argsort(np.array(minutes, dtype=np.int64), kind="stable")  # files: any order
    table = np.frombuffer(b"".join(blobs), dtype=_ROLLUP_DTYPE).reshape(len(blobs), 9)[order]
    at = np.array(minutes, dtype=np.int64)[order]
    step = max(1, -(-(int(at.max()) - int(at.min()) + 1) // max(1, max_points)))
    bucket = (at - at.min()) // step
    starts = np.flatnonzero(np.r_[True, bucket[1:] != bucket[:-1]])
    t = (at.min() + bucket[starts] * step).astype(np.float64) * 60
    out: dict[int, Trend] = {}
    for k in range(9):
        col = table[:, k]
        n = col["n"].astype(np.int64)
        if not n.any():
            continue
        count = np.add.reduceat(n, starts)
        total = np.add.reduceat(col["sum"].astype(np.float64), starts)
        big = np.where(n > 0, col["min"], 0xFFFF).astype(np.int64)
        lo = np.minimum.reduceat(big, starts)
        hi = np.maximum.reduceat(np.where(n > 0, col["max"], 0).astype(np.int64), starts)
        keep = count > 0
        out[k] = Trend(
            t[keep],
            total[keep] / count[keep],
            lo[keep].astype(np.float64),
            hi[keep].astype(np.float64),
            count[keep],
        )
    return out
