"""Issue 10 §3: what a hostile network and a damaged disk do to ``fourgmon serve``.

Each scenario starts ``fourgmon serve`` as a child process (stderr to a file), attacks
it from other processes over 127.0.0.1, and counts what it cost: log lines and bytes,
tracebacks, quarantine rows, database bytes, a good module's ping round trip. It
prints one JSON object. Run from the project root with ``.venv/bin/python``:

    python benchmarks/bench_hostile.py fd [--idle 6000] [--seconds 5] [--nofile 1024:20000]
    python benchmarks/bench_hostile.py junk [--bytes 40000]
    python benchmarks/bench_hostile.py refused [--cap 50] [--extra 2000] [--spread 0]
    python benchmarks/bench_hostile.py disk [--size-mb 8]     # root: mounts a tmpfs
    python benchmarks/bench_hostile.py bidi
    python benchmarks/bench_hostile.py all [--uvloop]

``fd``: serve runs under ``prlimit --nofile=SOFT:HARD`` (a desktop's 1024 soft limit);
a good module connects first and pings every 20 ms; a flood process then opens
``--idle`` idle connections and holds them. Counted over ``--seconds`` from the flood's
start: stderr lines, "Traceback" lines, pong RTT p50/p99/max, pings without a pong
within 3 s, and the fds serve has open at the end.

``junk``: one connection that never identifies sends ``--bytes`` of ``{}`` (then a
ping on the same connection, so its pong says everything before it was handled);
counted: warning lines, log bytes, quarantine rows, database bytes against a baseline
run that sends only the ping.

``refused``: serve with ``--max-connections CAP``; CAP idle connections are held, then
``--extra`` more connect one after another (spread over ``--spread`` s); counted: log
lines about refusals, through serve's stop (which writes the last summary).

``disk``: serve's data dir on a small tmpfs, nearly filled by a filler file; a module
pushes a fresh push_msg every 5 ms without waiting for acks; once the disk is full it
goes on for a few seconds, then the filler is removed and it goes on again. Counted:
ERROR lines against failed writes, and whether storage recovered.

``bidi``: a module sends an IMEI and a cmd holding control and bidi characters
(U+202E, U+2028, ESC, ...); counted: log lines that carry any of them raw.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import PY, Child, emit, machine, pct, raise_nofile, scratch, serve_argv

from fourgmon.protocol import JsonSplitter, decode, encode
from fourgmon.protocol.messages import Ping, PushMsgAck
from fourgmon.sim.scripted import make_push_msg

GOOD = "865501040783269"
JUNK_IMEI = "865501040783277"
PUSHER = "865501040783285"
PONG_LATE = 3.0  # a ping without its pong this long counts as "no pong"

# Characters that must never reach a log line raw (issue 10 §3, last bullet).
_DANGEROUS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)


def _lines(text: str) -> list[str]:
    """Log lines as a terminal shows them: split at \\n only (str.splitlines would also
    split at U+2028, U+0085, ... which is what a forged line break relies on)."""
    return [line for line in text.split("\n") if line]


def _count_lines(text: str) -> dict[str, int]:
    lines = _lines(text)
    return {
        "lines": len(lines),
        "bytes": len(text.encode()),
        "tracebacks": sum("Traceback" in line for line in lines),
        "warning": sum(" WARNING " in line for line in lines),
        "error": sum(" ERROR " in line for line in lines),
        "from_server": sum(" fourgmon.server: " in line for line in lines),
        "from_store": sum(" fourgmon.store" in line for line in lines),
    }


def _log_since(child: Child, offset: int) -> str:
    return child.stderr_path.read_bytes()[offset:].decode(errors="replace")


def _log_size(child: Child) -> int:
    return child.stderr_path.stat().st_size


def _open_fds(pid: int) -> int:
    try:
        return len(os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return -1


def _start(
    data_dir: Path,
    *,
    uvloop: bool,
    extra: list[str],
    nofile: str | None,
    log_dir: Path | None = None,
) -> Child:
    argv = serve_argv(data_dir, uvloop=uvloop) + extra
    if nofile is not None:
        argv = ["prlimit", f"--nofile={nofile}", "--", *argv]
    return Child(argv, name="serve", workdir=log_dir or data_dir.parent)


class Pinger(threading.Thread):
    """A good module: ping every ``interval`` s, record each pong's round trip."""

    def __init__(self, port: int, imei: str = GOOD, interval: float = 0.02) -> None:
        super().__init__(daemon=True)
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.imei, self.interval = imei, interval
        self.rtts: list[tuple[float, float]] = []  # (sent at, rtt or inf)
        self.stop_flag = threading.Event()
        self.splitter = JsonSplitter()
        self.ping_once()  # bound before the attack starts

    def ping_once(self) -> float:
        sent = time.monotonic()
        self.sock.sendall(encode(Ping(self.imei)))
        self.sock.settimeout(PONG_LATE)
        try:
            while True:
                data = self.sock.recv(65536)
                if not data:
                    return float("inf")
                if any(b"pong" in raw for raw in self.splitter.feed(data)):
                    return time.monotonic() - sent
        except TimeoutError:
            return float("inf")

    def run(self) -> None:
        while not self.stop_flag.is_set():
            sent = time.monotonic()
            self.rtts.append((sent, self.ping_once()))
            time.sleep(self.interval)

    def summary(self, since: float, until: float) -> dict[str, object]:
        rtts = [r for t, r in self.rtts if since <= t <= until]
        got = [r for r in rtts if r != float("inf")]
        ms = [r * 1000 for r in got]
        return {
            "pings": len(rtts),
            "no_pong_within_3s": len(rtts) - len(got),
            "rtt_ms_p50": round(pct(ms, 0.5) or 0, 2) if ms else None,
            "rtt_ms_p99": round(pct(ms, 0.99) or 0, 2) if ms else None,
            "rtt_ms_max": round(max(ms), 2) if ms else None,
        }

    def close(self) -> None:
        self.stop_flag.set()
        self.join(10)
        self.sock.close()


_FLOOD = r"""
import json, resource, socket, sys, time
n, port, hold = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
socks, errors = [], 0
for _ in range(n):
    s = socket.socket()
    s.setblocking(False)
    err = s.connect_ex(("127.0.0.1", port))
    if err not in (0, 115):  # EINPROGRESS
        errors += 1
        s.close()
        continue
    socks.append(s)
print(json.dumps({"opened": len(socks), "errors": errors}), flush=True)
time.sleep(hold)
for s in socks:
    s.close()
"""


def scenario_fd(args: argparse.Namespace) -> dict[str, object]:
    raise_nofile()
    work = scratch("hostile-fd-")
    data = work / "data"
    child = _start(data, uvloop=args.uvloop, extra=[], nofile=args.nofile)
    pinger = None
    flood = None
    try:
        time.sleep(0.5)
        pinger = Pinger(child.port)
        pinger.start()
        time.sleep(1.0)
        offset = _log_size(child)
        t0 = time.monotonic()
        flood = subprocess.Popen(
            [PY, "-c", _FLOOD, str(args.idle), str(child.port), str(args.seconds + 2)],
            stdout=subprocess.PIPE,
            text=True,
        )
        time.sleep(args.seconds)
        t1 = time.monotonic()
        fds = _open_fds(child.pid)
        text = _log_since(child, offset)
        pings = pinger.summary(t0, t1)
        out, _ = flood.communicate(timeout=60)
        flood_result = json.loads(out.strip().splitlines()[0]) if out.strip() else {}
        pinger.close()
        pinger = None
    finally:
        if flood is not None and flood.poll() is None:
            flood.kill()
            flood.wait()
        if pinger is not None:
            pinger.close()
        status, _ = child.stop()
    full = child.log()
    first_lines = [ln for ln in _lines(full) if "connection cap" in ln or "file" in ln][:3]
    shutil.rmtree(work, ignore_errors=True)
    return {
        "scenario": "fd",
        "nofile": args.nofile,
        "uvloop": args.uvloop,
        "idle": args.idle,
        "seconds": args.seconds,
        "flood": flood_result,
        "serve_fds_open_at_end": fds,
        "log_during_flood": _count_lines(text),
        "good_module": pings,
        "serve_exit": status,
        "log_lines_about_limits": first_lines,
    }


def _db_bytes(data: Path) -> int:
    return sum(p.stat().st_size for p in data.glob("fourgmon.sqlite3*"))


def _quarantine_rows(data: Path) -> tuple[int, int]:
    db = data / "fourgmon.sqlite3"
    conn = sqlite3.connect(db)
    try:
        count, raw = conn.execute(
            "SELECT count(*), coalesce(sum(length(raw)), 0) FROM quarantine"
        ).fetchone()
    finally:
        conn.close()
    return int(count), int(raw)


def _ping_on(sock: socket.socket, imei: str, timeout: float = 60.0) -> bool:
    sock.sendall(encode(Ping(imei)))
    splitter = JsonSplitter()
    sock.settimeout(timeout)
    with contextlib.suppress(TimeoutError):
        while True:
            data = sock.recv(65536)
            if not data:
                return False
            if any(b"pong" in raw for raw in splitter.feed(data)):
                return True
    return False


def _junk_run(nbytes: int, uvloop: bool) -> dict[str, object]:
    work = scratch("hostile-junk-")
    data = work / "data"
    child = _start(data, uvloop=uvloop, extra=[], nofile=None)
    try:
        offset = _log_size(child)
        sock = socket.create_connection(("127.0.0.1", child.port))
        t0 = time.monotonic()
        sock.sendall(b"{}" * (nbytes // 2))
        ponged = _ping_on(sock, JUNK_IMEI)
        took = time.monotonic() - t0
        sock.close()
        time.sleep(0.5)
    finally:
        status, _ = child.stop()
    text = _log_since(child, offset)
    rows, raw_bytes = _quarantine_rows(data)
    result = {
        "sent_bytes": nbytes,
        "handled": ponged,
        "seconds_to_handle": round(took, 2),
        "log": _count_lines(text),
        "quarantine_rows": rows,
        "quarantine_raw_bytes": raw_bytes,
        "db_bytes": _db_bytes(data),
        "serve_exit": status,
        "sample_lines": _lines(text)[:2] + _lines(text)[-3:],
    }
    shutil.rmtree(work, ignore_errors=True)
    return result


def scenario_junk(args: argparse.Namespace) -> dict[str, object]:
    baseline = _junk_run(0, args.uvloop)
    junk = _junk_run(args.bytes, args.uvloop)
    grown = int(junk["db_bytes"]) - int(baseline["db_bytes"])  # type: ignore[call-overload]
    log_grown = junk["log"]["bytes"] - baseline["log"]["bytes"]  # type: ignore[index]
    return {
        "scenario": "junk",
        "uvloop": args.uvloop,
        "baseline_ping_only": baseline,
        "junk": junk,
        "db_growth_bytes": grown,
        "log_growth_bytes": log_grown,
        "bytes_out_per_byte_in": round((grown + log_grown) / args.bytes, 3),
    }


def scenario_refused(args: argparse.Namespace) -> dict[str, object]:
    raise_nofile()
    work = scratch("hostile-refused-")
    data = work / "data"
    child = _start(
        data, uvloop=args.uvloop, extra=["--max-connections", str(args.cap)], nofile=None
    )
    held: list[socket.socket] = []
    try:
        for i in range(args.cap):  # identified, so that they stay past identify_timeout
            sock = socket.create_connection(("127.0.0.1", child.port))
            _ping_on(sock, f"8655010400{i:05d}")
            held.append(sock)
        time.sleep(0.5)
        offset = _log_size(child)
        t0 = time.monotonic()
        closed = 0
        for i in range(args.extra):
            s = socket.create_connection(("127.0.0.1", child.port))
            s.settimeout(5)
            with contextlib.suppress(OSError):
                if s.recv(1) == b"":
                    closed += 1
            s.close()
            if args.spread:
                time.sleep(max(0.0, t0 + args.spread * (i + 1) / args.extra - time.monotonic()))
        took = time.monotonic() - t0
        time.sleep(1.5)
    finally:
        for s in held:
            s.close()
        status, _ = child.stop()
    text = _log_since(child, offset)  # through the stop: its final summary counts
    lines = _lines(text)
    refusal_lines = [ln for ln in lines if "refus" in ln or "cap" in ln]
    shutil.rmtree(work, ignore_errors=True)
    return {
        "scenario": "refused",
        "uvloop": args.uvloop,
        "cap": args.cap,
        "extra_connections": args.extra,
        "closed_by_server": closed,
        "seconds": round(took, 2),
        "refusal_lines_per_minute": round(
            sum("refus" in ln for ln in _lines(text)) / max(took, 1.0) * 60, 1
        ),
        "log": _count_lines(text),
        "refusal_lines": len(refusal_lines),
        "sample_lines": refusal_lines[:2] + refusal_lines[-2:],
        "serve_exit": status,
    }


class Pusher(threading.Thread):
    """Sends a fresh push_msg every ``interval`` s without waiting; counts acks."""

    def __init__(self, port: int, interval: float = 0.005) -> None:
        super().__init__(daemon=True)
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.interval = interval
        self.sent = 0
        self.acked: set[int] = set()
        self.last_ack_at = time.monotonic()
        self.stop_flag = threading.Event()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        splitter = JsonSplitter()
        with contextlib.suppress(OSError):
            while data := self.sock.recv(65536):
                for raw in splitter.feed(data):
                    msg = decode(raw)
                    if isinstance(msg, PushMsgAck):
                        self.acked.add(msg.packnum)
                        self.last_ack_at = time.monotonic()

    def run(self) -> None:
        while not self.stop_flag.is_set():
            raw = encode(make_push_msg(PUSHER, self.sent, time="2026-11-24 08:00:00"))
            try:
                self.sock.sendall(raw)
            except OSError:
                return
            self.sent += 1
            time.sleep(self.interval)

    def close(self) -> None:
        self.stop_flag.set()
        self.join(10)
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()
        self.reader.join(10)


def scenario_disk(args: argparse.Namespace) -> dict[str, object]:
    if os.geteuid() != 0:
        return {"scenario": "disk", "skipped": "needs root to mount a tmpfs"}
    work = scratch("hostile-disk-")
    mnt = work / "tmpfs"
    mnt.mkdir()
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={args.size_mb}m", "tmpfs", str(mnt)], check=True
    )
    child = None
    pusher = None
    try:
        data = mnt / "data"
        # serve's stderr goes outside the small filesystem: it is what we count
        child = _start(data, uvloop=args.uvloop, extra=[], nofile=None, log_dir=work)
        filler = mnt / "filler"
        free = shutil.disk_usage(mnt).free
        with open(filler, "wb") as fh:
            fh.write(b"\0" * max(0, free - 512 * 1024))  # leave ~0.5 MB
        offset = _log_size(child)
        pusher = Pusher(child.port)
        pusher.start()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and time.monotonic() - pusher.last_ack_at < 1.0:
            time.sleep(0.1)
        acked_before_full = len(pusher.acked)
        time.sleep(args.full_seconds)
        failed_writes = pusher.sent - acked_before_full
        text_full = _log_since(child, offset)
        offset2 = _log_size(child)
        filler.unlink()
        acked_at_free = len(pusher.acked)
        time.sleep(3.0)
        recovered = len(pusher.acked) > acked_at_free
        text_after = _log_since(child, offset2)
        pusher.close()
        pusher = None
    finally:
        if pusher is not None:
            pusher.close()
        status = child.stop()[0] if child is not None else None
        subprocess.run(["umount", str(mnt)], check=False)
        shutil.rmtree(work, ignore_errors=True)
    return {
        "scenario": "disk",
        "uvloop": args.uvloop,
        "tmpfs_mb": args.size_mb,
        "acked_before_full": acked_before_full,
        "writes_not_stored": failed_writes,
        "seconds_full": args.full_seconds,
        "log_while_full": _count_lines(text_full),
        "sample_full": _lines(text_full)[:2],
        "log_after_freeing": _count_lines(text_after),
        "sample_after": _lines(text_after)[:3],
        "recovered": recovered,
        "serve_exit": status,
    }


def scenario_bidi(args: argparse.Namespace) -> dict[str, object]:
    work = scratch("hostile-bidi-")
    data = work / "data"
    child = _start(data, uvloop=args.uvloop, extra=[], nofile=None)
    hostile = [
        # raw UTF-8 on the wire and JSON escapes (decoded by the server) alike
        '{"cmd":"ping","IMEI":"8655\u202e0104078\u20283269"}'.encode(),
        b'{"cmd":"ping","IMEI":"8655\\u202e01\\u001b[31m04078\\u2028FORGED ERROR\\u0085x"}',
        '{"cmd":"\u202egnip\u2066","IMEI":"865501040783269"}'.encode(),
        b'{"cmd":"\\u001b]0;owned\\u0007\\u2029x","IMEI":"865501040783269"}',
        b'{"cmd":"push_info","IMEI":"865501040783269","ccid":"\\u202e\\u200f8986","lbs":"x"}',
    ]
    try:
        offset = _log_size(child)
        sock = socket.create_connection(("127.0.0.1", child.port))
        for raw in hostile:
            sock.sendall(raw)
        ok = _ping_on(sock, GOOD, timeout=10)
        sock.close()
        time.sleep(0.5)
        text = _log_since(child, offset)
    finally:
        status, _ = child.stop()
    shutil.rmtree(work, ignore_errors=True)
    lines = _lines(text)
    raw_lines = [ln for ln in lines if _DANGEROUS.search(ln)]
    return {
        "scenario": "bidi",
        "uvloop": args.uvloop,
        "hostile_messages": len(hostile),
        "handled": ok,
        "log": _count_lines(text),
        "lines_with_raw_control_or_bidi": len(raw_lines),
        "examples": [ascii(ln) for ln in raw_lines[:3]],
        "serve_exit": status,
    }


SCENARIOS = {
    "fd": scenario_fd,
    "junk": scenario_junk,
    "refused": scenario_refused,
    "disk": scenario_disk,
    "bidi": scenario_bidi,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenario", choices=[*SCENARIOS, "all"])
    parser.add_argument("--uvloop", action="store_true", help="serve on uvloop (its default)")
    parser.add_argument("--idle", type=int, default=6000)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--nofile", default="1024:20000", help="serve's SOFT:HARD fd limits")
    parser.add_argument("--bytes", type=int, default=40_000)
    parser.add_argument("--cap", type=int, default=50)
    parser.add_argument("--extra", type=int, default=2000)
    parser.add_argument(
        "--spread", type=float, default=0.0, help="refused: spread the extra connections over S s"
    )
    parser.add_argument("--size-mb", type=int, default=8)
    parser.add_argument("--full-seconds", type=float, default=5.0)
    args = parser.parse_args()
    names = list(SCENARIOS) if args.scenario == "all" else [args.scenario]
    result: dict[str, object] = {"machine": machine()}
    for name in names:
        result[name] = SCENARIOS[name](args)
    emit(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
