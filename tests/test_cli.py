"""The command line: bad options, a taken port or an unusable data dir are one line."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from fourgmon import __version__
from fourgmon.cli import build_parser, parse_time


def _run(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fourgmon", *args], capture_output=True, text=True, timeout=timeout
    )


def _one_clear_line(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0], lines[0]


def test_version() -> None:
    result = _run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"fourgmon {__version__}"


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["serve", "--port", "99999"], ["port out of range"]),
        (["serve", "--port", "abc"], ["not a port number"]),
        (["serve", "--heartbeat-timeout", "0"], ["greater than 0"]),
        (["serve", "--frobnicate"], ["unrecognized arguments"]),
        (["export"], ["--imei"]),
        (["export", "--imei", "1", "--since", "yesterday"], ["not a time"]),
        (["--lang", "fr"], ["invalid choice"]),
    ],
)
def test_bad_options_are_one_line(args: list[str], words: list[str]) -> None:
    _one_clear_line(_run(*args), *words)


def test_port_in_use_is_one_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = _run(
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--data-dir",
            str(tmp_path),
            "--log-level",
            "error",
        )
    _one_clear_line(result, "cannot listen", str(port))


def test_unwritable_data_dir_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    result = _run(
        "serve", "--port", "0", "--data-dir", str(blocker / "data"), "--log-level", "error"
    )
    _one_clear_line(result, str(blocker))


def test_export_of_a_missing_data_dir_is_one_line(tmp_path: Path) -> None:
    _one_clear_line(
        _run("export", "--data-dir", str(tmp_path / "none"), "--imei", "1"), "no data dir"
    )


def test_defaults_match_the_design() -> None:
    serve = build_parser().parse_args(["serve"])
    assert (serve.host, serve.port, serve.heartbeat_timeout) == ("0.0.0.0", 51609, 180.0)
    window = build_parser().parse_args([])
    # Omitted in window mode: unset, so that the values saved in Settings apply.
    assert not hasattr(window, "port") and not hasattr(window, "host")
    assert window.demo is None
    assert build_parser().parse_args(["--port", "51609"]).port == 51609
    assert build_parser().parse_args(["--demo"]).demo == 10
    assert build_parser().parse_args(["--demo", "3"]).demo == 3


def test_help_shows_every_default() -> None:
    result = _run("--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    assert "(default: 51609 or the value saved in Settings)" in text
    assert "(default: None)" not in text
    serve = " ".join(_run("serve", "--help").stdout.split())
    assert "(default: 51609)" in serve and "(default: 180.0)" in serve


def test_parse_time_accepts_iso_and_unix_seconds() -> None:
    assert parse_time("1700000000") == 1700000000.0
    assert parse_time("2023-11-14T22:13:20Z") == 1700000000.0


def test_export_into_a_reader_that_leaves_early_has_no_traceback(tmp_path: Path) -> None:
    # `fourgmon export ... | head -1`: the pipe closes long before the CSV ends.
    import asyncio

    from fourgmon.store import Store
    from tests.store.conftest import push_msg

    async def fill() -> None:
        store = Store.open(tmp_path)
        await store.start()
        await asyncio.gather(*(store.write(push_msg(i, at=1.0e9 + i)) for i in range(400)))
        await store.close()

    asyncio.run(fill())
    imei = push_msg(0).msg.imei
    export = subprocess.Popen(
        [sys.executable, "-m", "fourgmon", "export", "--data-dir", str(tmp_path), "--imei", imei],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert export.stdout is not None and export.stderr is not None
    assert export.stdout.readline().startswith("imei,packnum,")
    export.stdout.close()  # ~300 KB of CSV still to come
    assert export.wait(30) != 0
    err = export.stderr.read()
    export.stderr.close()
    assert "Traceback" not in err, err
