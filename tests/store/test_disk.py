"""Free-space levels and their options: thresholds, hysteresis, sizes on the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from fourgmon.cli import build_parser, disk_limits, parse_size
from fourgmon.store import DiskLimits
from fourgmon.store.disk import DEFAULT_RESERVE_BYTES, format_bytes, measure

GB = 10**9
MB = 10**6


def test_warning_threshold_is_1_gb_and_5_percent_never_below_twice_the_reserve() -> None:
    limits = DiskLimits()
    assert limits.warn_below(1000 * GB) == 1 * GB  # a big disk: 1 GB
    assert limits.warn_below(16 * GB) == 800 * MB  # a small one: 5 %
    assert limits.warn_below(1 * GB) == 2 * DEFAULT_RESERVE_BYTES  # a warning before the stop
    assert DiskLimits(8 * MB, 100, 3 * MB).warn_below(16 * MB) == 8 * MB


def test_levels_with_hysteresis(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    free = {"now": 0}
    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(
        shutil, "disk_usage", lambda _p: type(usage)(100 * MB, 100 * MB - free["now"], free["now"])
    )
    limits = DiskLimits(10 * MB, 100, 2 * MB)  # warn below 10 MB, stop below 2 MB

    def level(now: int, previous: str = "ok") -> str:
        free["now"] = now
        return measure(tmp_path, limits, previous).level  # type: ignore[arg-type]

    assert level(50 * MB) == "ok"
    assert level(9 * MB) == "low"
    assert level(int(1.9 * MB)) == "full"
    assert level(int(2.1 * MB), "full") == "full"  # not out until 10 % above the reserve
    assert level(int(2.3 * MB), "full") == "low"
    assert level(int(10.5 * MB), "low") == "low"
    assert level(11 * MB, "low") == "ok"
    free["now"] = 1 * MB
    refusal = measure(tmp_path, limits).refusal()
    assert refusal is not None and "1.0 MB free" in refusal and "stop below 2.0 MB" in refusal
    assert measure(tmp_path, limits, "ok").refusal() is not None
    free["now"] = 5 * MB
    assert measure(tmp_path, limits).refusal() is None  # low: still stored


def test_sizes_read_like_a_human_writes_them() -> None:
    assert [parse_size(t) for t in ("64M", "1G", "1.5GB", "512MiB", "100", "4k")] == [
        64 * MB,
        GB,
        1500 * MB,
        512 * 2**20,
        100,
        4000,
    ]
    assert [format_bytes(n) for n in (999, 6 * MB, 1_500 * MB, 64 * MB)] == [
        "999 B",
        "6.0 MB",
        "1.5 GB",
        "64 MB",
    ]


def test_the_options_default_to_the_store_defaults() -> None:
    for argv in (["serve"], []):
        assert disk_limits(build_parser().parse_args(argv)) == DiskLimits()
    args = build_parser().parse_args(["serve", "--disk-warn", "2G", "--disk-reserve", "100M"])
    assert disk_limits(args) == DiskLimits(2 * GB, 5.0, 100 * MB)


@pytest.mark.parametrize(
    ("args", "word"),
    [
        (["serve", "--disk-reserve", "lots"], "not a size"),
        (["serve", "--disk-warn-percent", "150"], "0-100"),
    ],
)
def test_bad_disk_options_are_one_line(args: list[str], word: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "fourgmon", *args], capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 2 and len(done.stderr.splitlines()) == 1, done.stderr
    assert word in done.stderr


def test_help_shows_the_disk_defaults() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "fourgmon", "serve", "--help"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    text = " ".join(done.stdout.split())
    assert "(default: 1G)" in text and "(default: 64M)" in text and "(default: 5)" in text
