"""``fourgmon --self-test``: a quick end-to-end check of an installed fourgmon.

A field engineer runs it right after installing (and CI runs it on every built
executable). It starts a real store and server on a free loopback port in a
temporary data dir, drives a few scripted modules through every message kind and
every command, checks the replies and what was stored, prints one line per check
and a final verdict, and returns the exit status (0 passed, 1 failed).

It uses only the package itself (no pytest, no source files), so it works in the
PyInstaller build. It never touches the user's data dir or port 51609.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import tempfile
import time
import traceback
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import TextIO, TypeVar

import numpy as np
import numpy.typing as npt

from fourgmon import __version__
from fourgmon.protocol.messages import (
    Ping,
    Pong,
    PushInfo,
    PushInfoAck,
    PushMsg,
    PushMsgAck,
    PushOnlineAck,
    TimeAck,
    TimeRequest,
)
from fourgmon.server import Server, ServerConfig
from fourgmon.sim.scripted import (
    DEFAULT_CCID,
    DEFAULT_LOCATION,
    FIRMWARE_VERSION,
    HARDWARE_TYPE,
    ScriptedModule,
    make_push_msg,
    make_push_online,
)
from fourgmon.store import Store

LOOPBACK = "127.0.0.1"
# A stuck step fails the check instead of hanging the whole run; the whole run
# normally takes well under a second.
STEP_TIMEOUT = 3.0
TOTAL_TIMEOUT = 9.0

IMEI_PUSH = "865501049990001"  # pushes every kind of packet
IMEI_CMD = "865501049990002"  # answers every command
IMEI_BAD = "865501049990003"  # sends a malformed packet

GROUPS: tuple[tuple[int, int, int], ...] = ((0, 1, 2), (3, 4, 5), (6, 7, 8))

Samples = npt.NDArray[np.uint16]
T = TypeVar("T")


class SelfTestFailure(Exception):
    """A check failed; the message says which and why."""


class Report:
    """Prints one line per check and remembers the failures."""

    def __init__(self, out: TextIO | None) -> None:
        self._out = out
        self.passed = 0
        self.failures: list[str] = []

    def say(self, text: str) -> None:
        """Print a line (silently nothing when there is no console, as in a windowed build)."""
        if self._out is not None:
            print(text, file=self._out, flush=True)

    def check(self, name: str, ok: bool, detail: str = "") -> bool:
        """Record and print one check; returns ``ok``."""
        if ok:
            self.passed += 1
            self.say(f"  ok    {name}")
        else:
            self.failures.append(f"{name}: {detail}" if detail else name)
            self.say(f"  FAIL  {name}" + (f": {detail}" if detail else ""))
        return ok

    def require(self, name: str, ok: bool, detail: str = "") -> None:
        """Like :meth:`check`, but a failure stops the run (later checks depend on it)."""
        if not self.check(name, ok, detail):
            raise SelfTestFailure(name)


def _group_samples(rng: np.random.Generator, group: tuple[int, ...]) -> dict[int, Samples]:
    """Random 16-bit samples for a group, with the extremes 0 and 0xFFFF in every channel."""
    channels: dict[int, Samples] = {}
    for k in group:
        samples = rng.integers(0, 0x10000, size=50, dtype=np.uint16)
        samples[0], samples[-1] = 0, 0xFFFF
        channels[k] = samples
    return channels


async def _step(name: str, aw: Awaitable[T]) -> T:
    """Await ``aw`` with the per-step timeout; a timeout names the step."""
    try:
        return await asyncio.wait_for(aw, STEP_TIMEOUT)
    except TimeoutError:
        raise SelfTestFailure(f"{name}: no reply within {STEP_TIMEOUT:g} s") from None


async def _push_module(port: int, store: Store, report: Report) -> None:
    """ping, time, push_info, push_online with faults, push_msg of each group, a duplicate."""
    rng = np.random.default_rng(20261124)
    async with await ScriptedModule.connect(LOOPBACK, port, imei=IMEI_PUSH) as sm:
        sm.send(Ping(IMEI_PUSH))
        pong = await _step("ping", sm.recv())
        report.check("ping is answered with pong", isinstance(pong, Pong), repr(pong))

        before = int(time.time())
        sm.send(TimeRequest(IMEI_PUSH))
        ack = await _step("time", sm.expect(TimeAck))
        assert isinstance(ack, TimeAck)
        report.check(
            "time is answered with the current time",
            before - 2 <= ack.timestamp <= time.time() + 2,
            f"timestamp {ack.timestamp}, now {time.time():.0f}",
        )

        sm.send(PushInfo(IMEI_PUSH, DEFAULT_CCID, DEFAULT_LOCATION))
        await _step("push_info", sm.expect(PushInfoAck))
        rows = [d for d in store.devices() if d.imei == IMEI_PUSH]
        report.check(
            "push_info is acked and its SIM and location stored",
            bool(rows) and rows[0].ccid == DEFAULT_CCID and rows[0].location == DEFAULT_LOCATION,
            repr(rows),
        )

        # Sensor 1 offline, 4 interference, 7 stuck, 8 a reserved railway code;
        # crystal faults on 2 and 5.
        st: Mapping[int, int | str] = {0: 1, 1: 0, 2: 1, 3: 1, 4: 2, 5: 1, 6: 1, 7: 3, 8: "10"}
        dt: Mapping[int, int] = {k: int(k in (2, 5)) for k in range(9)}
        sm.send(make_push_online(IMEI_PUSH, 41, st, dt))
        online_ack = await _step("push_online", sm.expect(PushOnlineAck))
        assert isinstance(online_ack, PushOnlineAck)
        history = store.status_history(IMEI_PUSH)
        report.check(
            "push_online with sensor faults is acked after it is stored",
            online_ack.packnum == 41 and len(history) == 1 and history[0].packnum == 41,
            f"ack {online_ack.packnum}, stored {[h.packnum for h in history]}",
        )

        sent: dict[tuple[int, int], Samples] = {}
        packets: dict[int, PushMsg] = {}
        for g, group in enumerate(GROUPS):
            packnum = 100 + g
            channels = _group_samples(rng, group)
            sent.update({(packnum, k): v for k, v in channels.items()})
            packets[packnum] = make_push_msg(IMEI_PUSH, packnum, channels)
            sm.send(packets[packnum])
            msg_ack = await _step(f"push_msg group {g}", sm.expect(PushMsgAck))
            assert isinstance(msg_ack, PushMsgAck)
            report.check(
                f"push_msg of group {g} (data{group[0]}-data{group[-1]}) is acked",
                msg_ack.packnum == packnum,
                f"ack for packnum {msg_ack.packnum}, expected {packnum}",
            )

        # The module resends packnum 101 byte for byte (its ack was "lost"): acked again,
        # stored once. (A rebuilt message could carry a later device time: a new packet.)
        sm.send(packets[101])
        dup_ack = await _step("duplicate push_msg", sm.expect(PushMsgAck))
        assert isinstance(dup_ack, PushMsgAck)
        report.check("a duplicate packnum is acked again", dup_ack.packnum == 101)

        frames = list(store.frames(IMEI_PUSH))
        got = {(f.packnum, f.channel): f.samples for f in frames}
        report.check(
            "the duplicate is stored once",
            store.packet_count(IMEI_PUSH) == 3 and len(frames) == 9,
            f"{store.packet_count(IMEI_PUSH)} packets, {len(frames)} frames (expected 3, 9)",
        )
        exact = got.keys() == sent.keys() and all(
            got[key].dtype == np.uint16 and np.array_equal(got[key], sent[key]) for key in sent
        )
        report.check("stored frames read back bit-exact (9 channels)", exact)


async def _command_module(port: int, server: Server, store: Store, report: Report) -> None:
    """Every command: time sync, info, version, query_msg, update (the module auto-replies)."""
    async with await ScriptedModule.connect(LOOPBACK, port, imei=IMEI_CMD, auto_reply=True) as sm:
        sm.send(Ping(IMEI_CMD))  # identifies the connection
        await _step("ping", sm.expect(Pong))

        result = await server.request(IMEI_CMD, "time")
        synced = await _step("time sync", sm.expect(TimeAck))
        assert isinstance(synced, TimeAck)
        report.check(
            "time sync sends the current time",
            result.status == "ok" and abs(synced.timestamp - time.time()) <= 2,
            f"{result.status} {result.detail}",
        )

        for kind in ("info", "version", "update"):
            result = await _step(kind, server.request(IMEI_CMD, kind))
            report.check(
                f"{kind} command gets its reply",
                result.status == "ok",
                f"{result.status} {result.detail}",
            )
        dev = server.registry.get(IMEI_CMD)
        report.check(
            "info and version replies update the device",
            dev is not None
            and dev.ccid == DEFAULT_CCID
            and (dev.fw_type, dev.fw_version) == (HARDWARE_TYPE, FIRMWARE_VERSION),
            "no device"
            if dev is None
            else f"CCID {dev.ccid}, type {dev.fw_type}, version {dev.fw_version}",
        )

        result = await _step("query_msg", server.request(IMEI_CMD, "query_msg"))
        fresh = await _step("query_msg push", sm.expect(PushMsgAck))
        report.check(
            "query_msg is accepted and the fresh push_msg (all 9 channels) is stored",
            result.status == "ok"
            and isinstance(fresh, PushMsgAck)
            and store.packet_count(IMEI_CMD) == 1
            and len(store.latest_frames(IMEI_CMD)) == 9,
            f"{result.status}, {store.packet_count(IMEI_CMD)} packets",
        )
        kinds = {type(m).__name__ for m in sm.auto_replied}
        report.check(
            "the module saw every command",
            kinds == {"InfoRequest", "VersionRequest", "UpdateRequest", "QueryMsgRequest"},
            ", ".join(sorted(kinds)),
        )
        await _wait_for(lambda: len(store.command_history(IMEI_CMD)) >= 5, "command history stored")
        recorded = {c.kind for c in store.command_history(IMEI_CMD)}
        report.check(
            "every command is recorded",
            recorded >= {"time", "info", "version", "update", "query_msg"},
            ", ".join(sorted(recorded)),
        )


async def _bad_module(port: int, store: Store, report: Report) -> None:
    """A push_msg whose samples are not hex: quarantined, not acked, the connection lives on."""
    bad = (
        b'{"cmd":"push_msg","IMEI":"' + IMEI_BAD.encode() + b'","packnum":"777",'
        b'"time":"2026-01-01 00:00:00","data0":"zzzz,0001"}'
    )
    async with await ScriptedModule.connect(LOOPBACK, port, imei=IMEI_BAD) as sm:
        sm.send(Ping(IMEI_BAD))
        await _step("ping", sm.expect(Pong))
        sm.send_raw(bad)
        # Acks follow commits in order: had the bad packet been stored and acked,
        # its ack (packnum 777) would come before the ack of this good one.
        sm.send(make_push_msg(IMEI_BAD, 778))
        ack = await _step("push_msg after a malformed one", sm.recv())
        report.check(
            "a malformed packet is not acked; the connection stays up",
            isinstance(ack, PushMsgAck) and ack.packnum == 778,
            f"first reply {ack!r}",
        )
        await _wait_for(
            lambda: any(q.raw == bad for q in store.quarantine()), "quarantine row stored"
        )
        rows = [q for q in store.quarantine() if q.raw == bad]
        report.check(
            "the malformed packet is quarantined byte for byte",
            len(rows) == 1 and rows[0].imei in (IMEI_BAD, None),
            f"{len(rows)} matching quarantine rows",
        )
        report.check(
            "only the good packet is stored",
            store.packet_count(IMEI_BAD) == 1,
            f"{store.packet_count(IMEI_BAD)} packets",
        )


async def _wait_for(predicate: Callable[[], bool], what: str) -> None:
    """Poll ``predicate`` (a background write) until true or the step timeout."""
    deadline = time.monotonic() + STEP_TIMEOUT
    while not predicate():
        if time.monotonic() > deadline:
            raise SelfTestFailure(f"{what}: not within {STEP_TIMEOUT:g} s")
        await asyncio.sleep(0.01)


async def _run(data_dir: Path, report: Report) -> None:
    store = Store.open(data_dir)
    await store.start()
    server = Server(
        ServerConfig(host=LOOPBACK, port=0, request_timeout=STEP_TIMEOUT, identify_timeout=5.0),
        store,
    )
    try:
        await server.start()
        assert server.address is not None
        port = server.address[1]
        report.say(f"self-test: server listening on {LOOPBACK}:{port}, data in {data_dir}")
        await _push_module(port, store, report)
        await _command_module(port, server, store, report)
        await _bad_module(port, store, report)
    finally:
        await server.stop()
        await store.close()
    # Everything acked survives a close and reopen (what a restart of the program sees).
    reopened = Store.open(data_dir)
    try:
        count = reopened.packet_count()
        report.check(
            "stored packets survive closing and reopening the store",
            count == 5,
            f"{count} packets after reopening (expected 5)",
        )
    finally:
        await reopened.close()


def run_self_test(out: TextIO | None = None) -> int:
    """Run the self-test; print to ``out`` (default stdout); 0 when it passed, else 1."""
    report = Report(sys.stdout if out is None else out)
    report.say(f"fourgmon {__version__} self-test")
    started = time.monotonic()
    # The malformed packet makes the server log a warning; without a configured
    # handler Python would print it to stderr, where it reads like a failure.
    quiet = logging.NullHandler()
    logger = logging.getLogger("fourgmon")
    logger.addHandler(quiet)
    try:
        error = _run_in_temp_dir(report)
    finally:
        logger.removeHandler(quiet)
    if error and error not in report.failures:
        report.failures.append(error)
    if report.failures:
        report.say(f"self-test FAILED: {'; '.join(report.failures)}")
        return 1
    report.say(f"self-test passed ({report.passed} checks in {time.monotonic() - started:.1f} s)")
    return 0


def _run_in_temp_dir(report: Report) -> str:
    """Run the checks in a fresh temp data dir; returns what stopped them early, or ''."""
    with tempfile.TemporaryDirectory(
        prefix="fourgmon-selftest-", ignore_cleanup_errors=True
    ) as tmp:
        try:
            asyncio.run(asyncio.wait_for(_run(Path(tmp), report), TOTAL_TIMEOUT))
        except SelfTestFailure as exc:
            return str(exc)
        except TimeoutError:
            return f"did not finish within {TOTAL_TIMEOUT:g} s"
        except Exception as exc:  # the verdict must name what broke, not just crash
            with contextlib.suppress(Exception):
                report.say(traceback.format_exc().rstrip())
            return f"{type(exc).__name__}: {exc}"
    return ""


if __name__ == "__main__":
    sys.exit(run_self_test())
