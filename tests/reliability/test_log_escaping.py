"""Wire text reaches log lines escaped: no control, bidi or line-breaking character raw."""

from __future__ import annotations

import re
import signal
import socket
from pathlib import Path

import pytest

from fourgmon.protocol import encode
from fourgmon.protocol.messages import Ping
from fourgmon.protocol.printable import escape_controls, excerpt
from tests.processes import ServeProcess
from tests.reliability.conftest import running_server

IMEI = "865501040783269"

# What must never reach a log line raw (issue 10 §3).
DANGEROUS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)

HOSTILE = [
    # raw UTF-8 on the wire, and JSON escapes the decoder turns into the characters
    '{"cmd":"ping","IMEI":"8655\u202e0104078\u20283269"}'.encode(),
    b'{"cmd":"ping","IMEI":"8655\\u202e01\\u001b[31m04078\\u2028FORGED ERROR\\u0085x"}',
    '{"cmd":"\u202egnip\u2066","IMEI":"865501040783269"}'.encode(),
    b'{"cmd":"\\u001b]0;owned\\u0007\\u2029x","IMEI":"865501040783269"}',
    b'{"cmd":"push_info","IMEI":"865501040783269","ccid":"\\u202e\\u200f8986","lbs":"\\r\\n"}',
    b'{"cmd":"ping","IMEI":"\\u061c\\u200e\\u2067\\u2069\\u202a\\u000d\\u0000x"}',
]


@pytest.mark.parametrize(
    "char",
    [
        "\x00",
        "\x1b",
        "\r",
        "\n",
        "\t",
        "\x7f",
        "\x85",
        "\x9b",
        "\u061c",
        "\u200e",
        "\u200f",
        "\u2028",
        "\u2029",
        *(chr(c) for c in range(0x202A, 0x202F)),
        *(chr(c) for c in range(0x2066, 0x206A)),
        "\ufeff",
        "\udcff",  # a lone surrogate, as surrogateescape makes them
        "\U000e0041",  # a tag character
    ],
)
def test_each_dangerous_character_is_escaped(char: str) -> None:
    out = escape_controls(f"a{char}b")
    assert DANGEROUS.search(out) is None and char not in out
    code = ord(char)
    assert out == (f"a\\u{code:04x}b" if code <= 0xFFFF else f"a\\U{code:08x}b")


def test_printable_text_of_any_script_is_left_alone() -> None:
    text = "压力 ¿qué? ΔP=3 kPa — ok [865501040783269]"
    assert escape_controls(text) is text


def test_excerpt_shows_utf8_as_text_and_counts_what_it_cut() -> None:
    assert excerpt("压力\u202e".encode() + b"\xff", 100) == "压力\\u202e\\xff"
    assert excerpt(b"x" * 10, 4) == "xxxx... (6 more bytes)"


def _assert_clean(lines: list[str]) -> None:
    bad = [ascii(line) for line in lines if DANGEROUS.search(line)]
    assert not bad, bad


async def test_hostile_imei_and_cmd_are_escaped_in_the_servers_log_lines(
    tmp_path: Path, server_log: pytest.LogCaptureFixture
) -> None:
    async with running_server(tmp_path) as h:
        module = await h.connect(IMEI)
        for raw in HOSTILE:
            module.send_raw(raw)
        module.send(Ping(IMEI))
        await module.expect("pong")  # everything before it was handled
    lines = [r.getMessage() for r in server_log.records]
    assert sum("protocol error" in line for line in lines) >= 4
    _assert_clean(lines)
    assert any("8655\\u202e0104078\\u20283269" in line for line in lines)


def test_serve_stderr_holds_no_raw_control_or_bidi_character(tmp_path: Path) -> None:
    serve = ServeProcess(tmp_path / "data")
    try:
        with socket.create_connection(("127.0.0.1", serve.port), timeout=10) as sock:
            for raw in HOSTILE:
                sock.sendall(raw)
            sock.sendall(encode(Ping(IMEI)))
            got = b""
            while b"pong" not in got:
                data = sock.recv(65536)
                assert data, "serve closed the connection"
                got += data
        serve.send_signal(signal.SIGINT)
        assert serve.wait() == 0
    finally:
        serve.kill()
    text = serve.stderr_path.read_text(encoding="utf-8")
    lines = text.split("\n")  # a terminal's lines (str.splitlines also splits at U+2028...)
    assert sum("protocol error" in line for line in lines) >= 4, text
    _assert_clean(lines)
    assert "\\u202e" in text and "\\u2028" in text
