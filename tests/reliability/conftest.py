"""Helpers for the reliability tests: a server with any config, RSS, percentiles."""

from __future__ import annotations

import logging

import pytest

from tests.server.conftest import TEST_CONFIG, Harness, running_server

__all__ = ["RELIABILITY_CONFIG", "Harness", "percentile", "rss_kib", "running_server"]

# The server tests' config (127.0.0.1:0, shrunk timeouts); each test changes what it probes.
RELIABILITY_CONFIG = TEST_CONFIG


def rss_kib(pid: int) -> int:
    """Resident set size of a process, from /proc/<pid>/status (Linux)."""
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for pid {pid}")


def percentile(values: list[float], q: float) -> float:
    """The ``q`` quantile (0..1) of ``values`` by the nearest-rank method."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(q * len(ordered) + 0.5)))
    return ordered[rank - 1]


@pytest.fixture
def server_log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Captures the server's log lines (INFO and up)."""
    caplog.set_level(logging.INFO, logger="fourgmon.server")
    return caplog
