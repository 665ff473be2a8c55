"""One frame-statistics definition: frame_aggregates, and the store and the plot built on it."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from fourgmon.domain.frames import FrameStats, frame_aggregates, frame_stats

frames_strategy = st.lists(st.lists(st.integers(0, 65535), max_size=70), max_size=15)


@given(frames_strategy)
def test_aggregates_match_numpy_per_frame_for_bytes_and_arrays(frames: list[list[int]]) -> None:
    arrays = [np.array(f, dtype=np.uint16) for f in frames]
    as_bytes = [a.astype("<u2").tobytes() for a in arrays]
    for got in (frame_aggregates(arrays), frame_aggregates(as_bytes)):
        assert got.n.tolist() == [len(a) for a in arrays]
        assert got.min.tolist() == [int(a.min()) if len(a) else 0 for a in arrays]
        assert got.max.tolist() == [int(a.max()) if len(a) else 0 for a in arrays]
        assert got.sum.tolist() == [int(a.astype(np.int64).sum()) for a in arrays]


def test_sums_do_not_overflow_and_mixed_inputs_work() -> None:
    big = np.full(40_000, 65535, dtype=np.uint16)  # 2.6e9: past uint32
    got = frame_aggregates([big, b"", big[:3].tobytes()])
    assert got.sum.tolist() == [40_000 * 65535, 0, 3 * 65535]
    assert frame_aggregates([]).n.size == 0


def test_frame_stats_is_the_mean_of_the_aggregates() -> None:
    frames = [np.array([1, 2, 4], np.uint16), np.zeros(0, np.uint16), np.array([7], np.uint16)]
    assert frame_stats(frames) == [
        FrameStats(3, 7 / 3, 1, 4),
        FrameStats(0, None, None, None),
        FrameStats(1, 7.0, 7, 7),
    ]


@given(frames_strategy)
def test_the_store_keeps_what_frame_aggregates_says(frames: list[list[int]]) -> None:
    """The writer's per-frame stats (the stats blob and the rollups' input) are the
    domain's aggregates, not a second computation that could drift."""
    from fourgmon.store.samples import encode_batch, stats_of

    blobs = [np.array(f, dtype="<u2").tobytes() for f in frames]
    packets = [[(k % 9, blob)] for k, blob in enumerate(blobs)]
    stats, _, parts = encode_batch(packets)
    agg = frame_aggregates(blobs)
    for i, (blob_stats, part) in enumerate(zip(stats, parts, strict=True)):
        ((k, n, lo, hi, total),) = stats_of(blob_stats)
        assert part == [(k, n, lo, hi, total)]
        assert (n, total) == (int(agg.n[i]), int(agg.sum[i]))
        if n:
            assert (lo, hi) == (int(agg.min[i]), int(agg.max[i]))
            assert total / n == pytest.approx(frame_stats([blobs[i]])[0].mean)
