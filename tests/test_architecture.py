"""The layers of DESIGN.md, enforced: Qt only in fourgmon.gui, no I/O in fourgmon.protocol."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    found = str(exe) if exe.exists() else shutil.which(name)
    assert found, f"{name} is not installed (scripts/setup.sh installs it)"
    return found


def test_import_contracts_hold() -> None:
    result = subprocess.run(
        [_tool("lint-imports"), "--no-cache"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_is_clean() -> None:
    result = subprocess.run(
        [_tool("ruff"), "check", "fourgmon", "tests", "benchmarks", "tools", "fuzz", "packaging"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_on_the_core() -> None:
    """protocol, server and store type-check under --strict (files in pyproject.toml)."""
    result = subprocess.run([_tool("mypy")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_script_still_imports() -> None:
    """tools/ and benchmarks/ are outside the type-checked core: at least their imports of
    fourgmon must still resolve (a renamed helper broke tools/screenshots.py once)."""
    scripts = sorted([*ROOT.glob("tools/*.py"), *ROOT.glob("benchmarks/*.py")])
    assert len(scripts) > 10
    code = (
        "import importlib.util, sys\n"
        "for path in sys.argv[1:]:\n"
        "    spec = importlib.util.spec_from_file_location('script_under_test', path)\n"
        "    spec.loader.exec_module(importlib.util.module_from_spec(spec))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, *map(str, scripts)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
