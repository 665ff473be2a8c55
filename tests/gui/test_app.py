"""run() end to end in a subprocess: opens, serves a demo fleet, quits cleanly with 0."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from fourgmon.gui.app import effective_settings
from fourgmon.gui.settings_dialog import AppSettings, load_settings, save_settings

ROOT = Path(__file__).resolve().parents[2]


def test_run_opens_and_quits_cleanly(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import types
        from pathlib import Path
        from PySide6.QtCore import QSettings
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {str(tmp_path)!r})
        from fourgmon.gui.app import run
        args = types.SimpleNamespace(
            host="127.0.0.1", port=0, data_dir=Path({str(tmp_path / "d")!r}),
            heartbeat_timeout=180.0, demo=3, lang="zh", quit_after=2.5)
        raise SystemExit(run(args))
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, timeout=60
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    assert (tmp_path / "d").is_dir()


def test_cli_values_override_persisted_settings_only_when_not_default() -> None:
    class Args:
        host = "0.0.0.0"
        port = 51609
        heartbeat_timeout = 180.0
        data_dir = None
        reply_crlf = False

    persisted = AppSettings(host="10.0.0.2", port=6000, heartbeat_timeout=90, data_dir="/x")
    assert effective_settings(Args(), persisted) == persisted
    Args.port = 7000
    assert effective_settings(Args(), persisted).port == 7000


def test_settings_round_trip() -> None:
    s = AppSettings(host="127.0.0.1", port=6001, heartbeat_timeout=120.0, reply_terminator=b"\r\n")
    save_settings(s)
    assert load_settings() == s
