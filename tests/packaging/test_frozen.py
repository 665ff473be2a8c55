"""The frozen Linux build and the .deb, built from a clean copy of the checkout.

Slow (a few minutes: a fresh build venv, PyInstaller, xz), so it runs only when
``FOURGMON_PACKAGING=1`` is set (``.ci/run`` sets it after the fast suite).

"Clean checkout": the files git would commit (tracked, plus untracked files that are not
ignored; ``git ls-files --cached --others --exclude-standard``) are copied to a temp dir,
so the test sees exactly the tree the lead is about to commit, without .venv, build/, dist/
or caches. ``packaging/build_all.sh`` then creates its own venv there (build/venv) and
installs ``.[build]`` from PyPI. Set ``FOURGMON_BUILD_PYTHON`` to an interpreter with
fourgmon's dependencies and PyInstaller (e.g. .venv/bin/python) to skip the fresh venv.

The window test launches the frozen window with ``QT_QPA_PLATFORM=offscreen``, a temp
data dir, port 0 and ``--demo 2`` (two simulated modules), waits until the demo modules'
packets are stored (the window's server and store work), then sends SIGINT, which the
window handles by closing itself; it must exit 0 without a traceback. The real-display
test runs the frozen window the way a desktop does: on an Xvfb with ``QT_QPA_PLATFORM``
unset, so Qt loads the bundled xcb plugin and the system libraries the .deb declares
(``tests/xdisplay.py``: mapped, drawn, closed through the window system, exit 0).
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.packaging.sysdeps import elf_files, needed, read_list, system_needs
from tests.xdisplay import assert_window_ran, run_window, xvfb_missing

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("FOURGMON_PACKAGING") != "1",
        reason="set FOURGMON_PACKAGING=1 to build and test the frozen executable and the .deb",
    ),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux build only"),
    pytest.mark.timeout(1800),
]


def _version() -> str:
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def _clean_copy(dest: Path) -> None:
    files = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout.split(b"\0")
    for name in filter(None, files):
        src = ROOT / os.fsdecode(name)
        if src.is_file():  # a tracked file deleted in the working tree is not copied
            target = dest / os.fsdecode(name)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A clean copy of the checkout with dist/fourgmon and dist/fourgmon_<v>_amd64.deb built."""
    tree = tmp_path_factory.mktemp("checkout")
    _clean_copy(tree)
    env = dict(os.environ)
    env.pop("PYTHON", None)
    if os.environ.get("FOURGMON_BUILD_PYTHON"):
        env["PYTHON"] = os.environ["FOURGMON_BUILD_PYTHON"]
    log = tree / "build_all.log"
    with open(log, "wb") as out:
        proc = subprocess.run(
            ["bash", "packaging/build_all.sh"], cwd=tree, env=env, stdout=out, stderr=out
        )
    assert proc.returncode == 0, log.read_text(errors="replace")[-5000:]
    yield tree


def test_frozen_self_test_passes(built: Path) -> None:
    exe = built / "dist" / "fourgmon" / "fourgmon"
    proc = subprocess.run([exe, "--self-test"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.splitlines()[-1].startswith("self-test passed")
    version = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=60)
    assert version.stdout.strip() == f"fourgmon {_version()}"


def test_frozen_window_launches_offscreen_and_quits(built: Path, tmp_path: Path) -> None:
    exe = built / "dist" / "fourgmon" / "fourgmon"
    data = tmp_path / "data"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),  # QSettings and platformdirs stay in tmp
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "share"),
    )
    argv = [exe, "--host", "127.0.0.1", "--port", "0", "--data-dir", data, "--demo", "2"]
    log = tmp_path / "window.log"
    with open(log, "w+b") as out:
        proc = subprocess.Popen(argv, env=env, stdout=out, stderr=out)
        try:
            deadline = time.monotonic() + 60
            stored = 0
            while time.monotonic() < deadline and proc.poll() is None and stored == 0:
                time.sleep(0.5)
                stored = _stored_packets(data)
            assert proc.poll() is None, f"window exited early:\n{log.read_text()}"
            assert stored > 0, f"the demo modules' packets were never stored:\n{log.read_text()}"
            proc.send_signal(signal.SIGINT)
            status = proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    output = log.read_text(errors="replace")
    assert status == 0, output
    assert "Traceback" not in output, output


@pytest.mark.skipif(xvfb_missing() is not None, reason=str(xvfb_missing()))
@pytest.mark.timeout(300)
def test_frozen_window_maps_draws_and_closes_on_a_real_x_server(
    built: Path, tmp_path: Path
) -> None:
    exe = built / "dist" / "fourgmon" / "fourgmon"
    data = tmp_path / "data"
    argv = [exe, "--demo", "3", "--host", "127.0.0.1", "--port", "0", "--data-dir", data]
    assert_window_ran(run_window(argv, tmp_path, data, "frozen-demo3"))


def test_the_deb_declares_every_library_the_bundle_links_and_lacks(built: Path) -> None:
    """What the onedir's ELF files link and do not carry is in the .deb's Depends (base, run)."""
    onedir = built / "dist" / "fourgmon"
    shipped = elf_files([onedir])
    files = [p for p in shipped.values() if needed(p) is not None]
    files.append(onedir / "fourgmon")
    declared = {so for e in read_list() if e.role in ("base", "run") for so in e.sonames}
    forgotten = {
        so: sorted(by)[:3] for so, by in system_needs(files, shipped).items() if so not in declared
    }
    assert not forgotten, f"the bundle links these and the .deb does not declare them: {forgotten}"


def _stored_packets(data_dir: Path) -> int:
    db = data_dir / "fourgmon.sqlite3"
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM push_msgs").fetchone()[0])
    except sqlite3.Error:
        return 0


@pytest.mark.skipif(os.geteuid() != 0, reason="installing a .deb needs root")
@pytest.mark.skipif(shutil.which("apt-get") is None, reason="needs apt-get")
def test_deb_installs_self_tests_and_removes(built: Path) -> None:
    deb = built / "dist" / f"fourgmon_{_version()}_amd64.deb"
    assert deb.is_file()
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = subprocess.run(
        ["apt-get", "install", "-y", str(deb)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    try:
        assert Path("/usr/share/applications/fourgmon.desktop").is_file()
        assert Path("/usr/share/icons/hicolor/256x256/apps/fourgmon.png").is_file()
        proc = subprocess.run(
            ["/usr/bin/fourgmon", "--self-test"], capture_output=True, text=True, timeout=120
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert proc.stdout.splitlines()[-1].startswith("self-test passed")
    finally:
        remove = subprocess.run(
            ["apt-get", "remove", "-y", "fourgmon"],
            capture_output=True,
            text=True,
            env=env,
            timeout=600,
        )
    assert remove.returncode == 0, remove.stdout + remove.stderr
    assert not Path("/usr/bin/fourgmon").exists()
    assert not Path("/opt/fourgmon").exists()
