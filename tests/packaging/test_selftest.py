"""``fourgmon --self-test``: passes on a healthy build, names what broke otherwise."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time

import pytest

from fourgmon import selftest
from fourgmon.selftest import run_self_test


def _run() -> tuple[int, list[str]]:
    out = io.StringIO()
    status = run_self_test(out)
    return status, out.getvalue().splitlines()


def test_self_test_passes_and_prints_one_line_per_check() -> None:
    started = time.monotonic()
    status, lines = _run()
    assert time.monotonic() - started < 10
    assert status == 0, "\n".join(lines)
    assert lines[-1].startswith("self-test passed")
    checks = [line for line in lines if line.startswith("  ok ")]
    assert len(checks) >= 20
    assert not [line for line in lines if "FAIL" in line]
    # every message kind and every command shows up in the report
    text = "\n".join(lines)
    for word in (
        "ping",
        "time",
        "push_info",
        "push_online",
        "group 0",
        "group 1",
        "group 2",
        "duplicate",
        "malformed",
        "quarantined",
        "info",
        "version",
        "update",
        "query_msg",
        "time sync",
        "bit-exact",
    ):
        assert word in text, word


def test_a_failed_check_gives_exit_1_and_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest, "FIRMWARE_VERSION", "9.9.9")  # what the check expects
    status, lines = _run()
    assert status == 1
    assert lines[-1].startswith("self-test FAILED: info and version replies update the device")
    failed = [line for line in lines if line.startswith("  FAIL")]
    assert failed == [
        "  FAIL  info and version replies update the device:"
        " CCID 89860317045714788688, type 0001, version 1.0.3"
    ]


def test_an_unexpected_error_is_a_verdict_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken:
        @staticmethod
        def open(data_dir: object) -> None:
            raise OSError("disk on fire")

    monkeypatch.setattr(selftest, "Store", Broken)
    status, lines = _run()
    assert status == 1
    assert lines[-1] == "self-test FAILED: OSError: disk on fire"


def test_a_step_that_hangs_fails_within_the_step_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest, "STEP_TIMEOUT", 0.2)

    async def never(*args: object, **kwargs: object) -> None:
        await selftest.asyncio.sleep(3600)

    monkeypatch.setattr(selftest.ScriptedModule, "expect", never)
    started = time.monotonic()
    status, lines = _run()
    assert status == 1
    assert "no reply within 0.2 s" in lines[-1]
    assert time.monotonic() - started < 5


def test_self_test_from_the_command_line() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "fourgmon", "--self-test"],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ, PYTHONUNBUFFERED="1"),
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.splitlines()[-1].startswith("self-test passed")
    assert proc.stderr == ""  # the malformed packet's warning does not leak out
