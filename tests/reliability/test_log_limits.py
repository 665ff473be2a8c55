"""Bounded logging and quarantine on their own, with a stepped clock."""

from __future__ import annotations

import logging

import pytest

from fourgmon.server.quarantine import QuarantineSampler
from fourgmon.server.ratelog import ANY_SOURCE, EscapeWireText, LogLimiter, Sampler


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def logger() -> logging.Logger:
    return logging.getLogger("tests.ratelog")


def _messages(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "tests.ratelog"]


def test_sampler_lets_the_burst_through_then_counts_until_the_interval_ends() -> None:
    sampler = Sampler(burst=3, interval=10.0)
    assert [sampler.admit("a", 0.0) for _ in range(5)] == [True, True, True, False, False]
    assert sampler.admit("b", 1.0)  # another key has its own share
    assert sampler.due(9.9) == ([], 0)  # not over yet
    summaries, unnamed = sampler.due(10.0)
    assert [(s.key, s.dropped) for s in summaries] == [("a", 2)] and unnamed == 0
    assert sampler.admit("a", 10.5)  # a new interval
    assert sampler.due(100.0) == ([], 0)  # reported once, and b held nothing back


def test_sampler_memory_is_bounded_and_forgotten_keys_still_count() -> None:
    sampler = Sampler(burst=1, interval=60.0, max_keys=10)
    for i in range(1000):
        sampler.admit(f"k{i}", 0.0)
        sampler.admit(f"k{i}", 0.0)  # one held back each
    assert len(sampler) == 10
    summaries, unnamed = sampler.due(0.0, final=True)
    assert sum(s.dropped for s in summaries) + unnamed == 1000


def test_limiter_writes_the_burst_then_one_summary_per_interval(
    logger: logging.Logger, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="tests.ratelog")
    clock = Clock()
    limiter = LogLimiter(logger, "protocol errors", burst=2, interval=60.0, clock=clock)
    for i in range(10_000):
        limiter.log(logging.WARNING, "198.51.100.7", "bad packet %d from %s", i, "198.51.100.7")
    assert limiter.pending
    assert limiter.flush() == 0  # the interval is not over
    clock.now = 61.0
    assert limiter.flush() == 1
    lines = _messages(caplog)
    assert lines[0] == "bad packet 0 from 198.51.100.7"
    assert lines[1].startswith("bad packet 1 from 198.51.100.7; more like this from 198.51.100.7")
    assert lines[2] == (
        "9998 more protocol errors from 198.51.100.7 in the last 60 s"
        " (last: bad packet 9999 from 198.51.100.7)"
    )
    assert len(lines) == 3 and not limiter.pending
    # The storm goes on: each further interval is one summary, no more single lines.
    for t in range(62, 120):
        clock.now = float(t)
        limiter.log(logging.WARNING, "198.51.100.7", "bad packet at %d", t)
    clock.now = 125.0
    assert limiter.flush() == 1
    assert _messages(caplog)[3].startswith("58 more protocol errors from 198.51.100.7 in the last")
    # After a quiet interval the next line is written as it comes.
    clock.now = 190.0
    assert limiter.flush() == 0
    limiter.log(logging.WARNING, "198.51.100.7", "bad packet at %d", 190)
    assert _messages(caplog)[4:] == ["bad packet at 190"]


def test_sampler_without_carry_over_lets_a_burst_through_every_interval() -> None:
    sampler = Sampler(burst=2, interval=10.0)
    for start in (0.0, 10.0, 20.0):
        assert [sampler.admit("a", start + i / 10) for i in range(4)] == [True, True, False, False]


def test_limiter_total_bounds_a_flood_from_many_sources(
    logger: logging.Logger, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="tests.ratelog")
    clock = Clock()
    limiter = LogLimiter(logger, "errors", burst=5, interval=60.0, total=20, clock=clock)
    for i in range(5000):  # 5000 sources, 3 lines each
        for _ in range(3):
            limiter.log(logging.WARNING, f"10.0.{i // 256}.{i % 256}", "error")
    limiter.flush(final=True)
    lines = _messages(caplog)
    assert len(lines) <= 20 + 20 + 1  # the total, its summaries, one fold-up line
    counted = 0
    for line in lines:
        if " more errors " in line:
            counted += int(line.split()[0])
    assert counted == 15_000 - 20  # nothing lost from the count


def test_limiter_any_source_key_names_no_peer(
    logger: logging.Logger, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="tests.ratelog")
    limiter = LogLimiter(logger, "connections refused", burst=1, interval=5.0, clock=Clock())
    for _ in range(3):
        limiter.log(logging.WARNING, ANY_SOURCE, "cap reached")
    limiter.flush(final=True)
    last = _messages(caplog)[-1]
    assert last == "2 more connections refused in the last 0.0 s (last: cap reached)"


def test_quarantine_keeps_a_sample_per_connection_and_per_source() -> None:
    q = QuarantineSampler(per_connection=3, per_source=5, total=100, interval=60.0, sample_max=10)
    kept = [
        q.record(0.0, 1e9, f"192.0.2.1:{port}", "192.0.2.1", None, "bad", b"{}")
        for port in (1000, 1001, 1002)
        for _ in range(4)
    ]
    # 3 from the first connection, 2 from the second (the source's 5), none from the third.
    assert [r is not None for r in kept] == [True] * 3 + [False] + [True] * 2 + [False] * 6
    other = q.record(0.0, 1e9, "192.0.2.2:1", "192.0.2.2", None, "bad", b"x" * 50)
    assert other is not None and other.raw == b"x" * 10
    assert other.reason == "bad (first 10 of 50 bytes kept)"
    assert q.pending and q.summaries(59.0, 1e9) == []
    (summary,) = q.summaries(60.0, 1e9 + 60)
    assert summary.peer == "192.0.2.1" and summary.raw == b""
    assert summary.reason.startswith("7 more like this in the last 60 s not kept")
    assert summary.reason.endswith("last: bad")


def test_wire_text_filter_escapes_the_formatted_message(
    logger: logging.Logger, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="tests.ratelog")
    escaping = EscapeWireText()
    logger.addFilter(escaping)
    try:
        logger.warning("IMEI %s says %r", "8655\u202e0104", "a\u2028b")
    finally:
        logger.removeFilter(escaping)
    assert _messages(caplog) == ["IMEI 8655\\u202e0104 says 'a\\u2028b'"]
