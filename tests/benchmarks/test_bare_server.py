"""The throughput benchmark's bare baseline (c) is a correct server, or its ratio says nothing."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from fourgmon.protocol import PushMsg, encode

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("mode", ["bare", "protocol"])
def test_bare_server_acks_every_packet_however_the_stream_is_cut(mode: str) -> None:
    proc = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "bare_server.py"),
            "--mode",
            mode,
            "--max-seconds",
            "30",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        port = int(re.search(r":(\d+)$", line.strip()).group(1))  # type: ignore[union-attr]
        samples = {k: np.arange(50, dtype=np.uint16) + k for k in (0, 1, 2)}
        packets = [
            encode(
                PushMsg(
                    imei="865501040000001", packnum=n, time="2026-12-01 08:00:00", channels=samples
                )
            )
            for n in range(5)
        ]
        # A '}' inside a string value must not end the object.
        tricky = b'{"cmd":"push_msg","IMEI":"865501040000001","packnum":"99","time":"a}b"}'
        stream = b"\r\n".join([packets[0], packets[1], b"\x00\xffAT", *packets[2:], tricky])
        stream += b'{"cmd":"ping","IMEI":"865501040000001"}'
        with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
            for i in range(0, len(stream), 7):  # split anywhere
                sock.sendall(stream[i : i + 7])
                time.sleep(0.0005)
            got = b""
            deadline = time.monotonic() + 5
            while got.count(b"}") < 7 and time.monotonic() < deadline:
                got += sock.recv(65536)
        replies = [json.loads(r + "}") for r in got.decode().split("}") if r]
        acks = [r["packnum"] for r in replies if r["cmd"] == "push_msg_ack"]
        assert acks == ["0", "1", "2", "3", "4", "99"]
        assert replies[-1] == {"cmd": "pong"}
    finally:
        proc.terminate()
        proc.communicate(timeout=10)
