"""The app entry point and its settings: launch-and-quit, command line over Settings."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

from fourgmon.cli import build_parser
from fourgmon.gui.app import effective_settings, server_config
from fourgmon.gui.settings_dialog import AppSettings, load_settings, parse_imeis, save_settings
from fourgmon.store import Store

ROOT = Path(__file__).resolve().parents[2]


def test_run_opens_and_quits_cleanly(tmp_path: Path) -> None:
    """The real entry point: ``fourgmon --demo 3 --lang zh --quit-after 2.5``."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),  # QSettings go here, not to ~/.config
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "fourgmon",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--data-dir",
            str(tmp_path / "d"),
            "--demo",
            "3",
            "--lang",
            "zh",
            "--quit-after",
            "2.5",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=60,
    )
    stderr = done.stderr.decode(errors="replace")
    assert done.returncode == 0, stderr[-2000:]
    assert "Traceback" not in stderr
    assert (tmp_path / "d" / "fourgmon.sqlite3").is_file()
    # The demo modules' packets were stored before the window closed.
    store = Store.open(tmp_path / "d")
    try:
        assert store.packet_count() > 0
    finally:
        asyncio.run(store.close())


def test_command_line_options_override_saved_settings_even_when_default() -> None:
    persisted = AppSettings(
        host="10.0.0.2",
        port=6000,
        heartbeat_timeout=90,
        data_dir="/x",
        allow_imeis=("865501040783269",),
        max_connections=50,
    )
    omitted = build_parser().parse_args([])
    assert effective_settings(omitted, persisted) == persisted
    given = build_parser().parse_args(
        ["--port", "51609", "--max-connections", "7", "--allow-imei", "865501040783277"]
    )
    chosen = effective_settings(given, persisted)
    assert chosen.port == 51609 and chosen.max_connections == 7
    assert chosen.allow_imeis == ("865501040783277",)
    assert chosen.host == "10.0.0.2"
    config = server_config(chosen, given)
    assert config.allow_imeis == frozenset({"865501040783277"}) and config.max_connections == 7


def test_imei_list_parsing() -> None:
    valid, rejected = parse_imeis("865501040783269, 865501040783277\n12345 865501040783269")
    assert valid == ("865501040783269", "865501040783277")
    assert rejected == ["12345"]


def test_settings_round_trip() -> None:
    s = AppSettings(
        host="127.0.0.1",
        port=6001,
        heartbeat_timeout=120.0,
        reply_terminator=b"\r\n",
        allow_imeis=("865501040783269",),
        max_connections=99,
    )
    save_settings(s)
    assert load_settings() == s
