"""Moved to :mod:`tests.processes` (one module for every test's child processes); this
name stays for tests written against it. Import from ``tests.processes``."""

from tests.processes import IdleFlood, LimitedServe, hard_nofile

__all__ = ["IdleFlood", "LimitedServe", "hard_nofile"]
