"""Moved to :mod:`tests.processes` (one module for every test's child processes); this
name stays for tests written against it. Import from ``tests.processes``."""

from tests.processes import ROOT, WindowProcess, accepts, alive, children, cmdline, wait_gone

__all__ = ["ROOT", "WindowProcess", "accepts", "alive", "children", "cmdline", "wait_gone"]
