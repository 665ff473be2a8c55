"""`fourgmon calibration import/export` (DESIGN.md): round trip, one-line errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from fourgmon.store.lock import DataDirLock

CSV = "imei,channel,gain,offset,unit\n*,0,0.0001,-0.4,MPa\n866123456789012,8,0.5,2.0,米水柱\n"


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fourgmon", "calibration", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=60,
    )


def test_import_then_export_gives_the_rows_back(tmp_path: Path) -> None:
    source = tmp_path / "site.csv"
    source.write_text("\ufeff" + CSV, encoding="utf-8")  # as Excel saves it
    data = str(tmp_path / "data")
    done = _run("--data-dir", data, "import", str(source))
    assert done.returncode == 0, done.stderr
    assert "2 calibration rows changed" in done.stderr
    out = _run("--data-dir", data, "export")
    assert out.returncode == 0 and out.stdout == CSV
    target = tmp_path / "out.csv"
    assert _run("--data-dir", data, "export", str(target)).returncode == 0
    assert target.read_text(encoding="utf-8") == CSV
    replaced = _run("--data-dir", data, "import", "--replace", "-", stdin="*,0,1,0,bar\n")
    assert replaced.returncode == 0, replaced.stderr
    assert _run("--data-dir", data, "export").stdout.splitlines()[1:] == ["*,0,1.0,0.0,bar"]


def test_a_bad_file_is_one_line_and_changes_nothing(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    _run("--data-dir", data, "import", "-", stdin=CSV)
    bad = _run("--data-dir", data, "import", "-", stdin="*,1,2,0,kPa\n*,9,1,0,kPa\n")
    assert bad.returncode != 0
    assert bad.stderr.strip() == "fourgmon: error: -: line 2: channel must be 0-8, not 9"
    assert _run("--data-dir", data, "export").stdout == CSV  # line 1 was not applied either
    missing = _run("--data-dir", data, "import", str(tmp_path / "nope.csv"))
    assert missing.returncode != 0 and len(missing.stderr.strip().splitlines()) == 1
    assert "nope.csv" in missing.stderr


def test_import_while_the_data_dir_is_in_use_says_so(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    with DataDirLock.acquire(data, "serve"):
        busy = _run("--data-dir", str(data), "import", "-", stdin=CSV)
    assert busy.returncode != 0
    lines = busy.stderr.strip().splitlines()
    assert len(lines) == 1 and "stop it first" in lines[0], busy.stderr
