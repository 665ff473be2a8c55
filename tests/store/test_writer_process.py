"""The writer is a process of its own: what happens when it dies, is interrupted, or
outlives its parent."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from pathlib import Path

import pytest

import fourgmon.store.store as store_module
from fourgmon.store import DB_FILENAME, Store, StoreError, WriteResult

from .conftest import push_msg, samples


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    # A zombie child is gone too (its parent has not reaped it yet).
    with open(f"/proc/{pid}/stat") as f:
        return f.read().rsplit(")", 1)[1].split()[0] == "Z"


async def test_the_writer_is_another_process_with_the_write_connection(store: Store) -> None:
    pid = store.writer_pid
    assert pid is not None and pid != os.getpid()
    assert await store.write(push_msg(1)) == WriteResult()
    assert store.stats.commits >= 1


async def test_a_killed_writer_fails_its_writes_then_a_new_one_takes_over(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = Store.open(tmp_path)
    await store.start()
    blocker = sqlite3.connect(tmp_path / DB_FILENAME, isolation_level=None)
    try:
        await store.write(push_msg(0))
        first = store.writer_pid
        assert first is not None
        blocker.execute("BEGIN EXCLUSIVE")  # the writer waits for the lock with these 49
        waiting = [store.submit(push_msg(i)) for i in range(1, 50)]
        await asyncio.sleep(0.3)
        os.kill(first, signal.SIGKILL)
        outcomes = await asyncio.gather(*waiting, return_exceptions=True)
        blocker.execute("ROLLBACK")
        assert all(isinstance(o, StoreError) for o in outcomes), outcomes
        assert "storage process stopped" in str(outcomes[0])
        assert any("storage process stopped" in r.message for r in caplog.records)
        # Whatever is written next goes to a new writer (within the restart backoff).
        deadline = time.monotonic() + 10
        while True:
            try:
                assert await store.write(push_msg(100)) == WriteResult()
                break
            except StoreError:
                assert time.monotonic() < deadline, "no new writer within 10 s"
                await asyncio.sleep(0.1)
        assert store.writer_pid not in (None, first)
        assert store.packet_count() == 2  # nothing of the killed batch half-stored
        assert await store.write(push_msg(1)) == WriteResult()  # the resend is welcome
    finally:
        blocker.close()
        await store.close()


async def test_ctrl_c_reaches_the_writer_and_changes_nothing(store: Store) -> None:
    # In a terminal, Ctrl-C sends SIGINT to the whole process group, writer included.
    pid = store.writer_pid
    assert pid is not None
    os.kill(pid, signal.SIGINT)
    await asyncio.sleep(0.2)
    assert await store.write(push_msg(1)) == WriteResult()
    assert store.writer_pid == pid


async def test_a_writer_that_cannot_start_is_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object) -> list[str]:
        return [sys.executable, "-c", "import sys; sys.exit(3)"]

    monkeypatch.setattr(store_module, "writer_command", broken)
    store = Store.open(tmp_path)
    with pytest.raises(StoreError, match=r"cannot start the storage process: .*status 3"):
        await store.start()
    with pytest.raises(RuntimeError, match="start"):  # refused, not queued for nobody
        store.submit(push_msg(1))
    await store.close()


async def test_the_writer_finishes_and_exits_when_its_parent_is_killed(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import asyncio, os, signal, sys
        sys.path.insert(0, {str(Path(__file__).resolve().parents[2])!r})
        from fourgmon.store import Store
        from tests.store.conftest import push_msg

        async def main():
            store = Store.open({str(tmp_path)!r}, batch_interval=0.3)
            await store.start()
            await asyncio.gather(*(store.write(push_msg(i)) for i in range(100)))
            for i in range(100, 150):  # queued, not awaited: the writer still has them
                store.submit(push_msg(i))
            await asyncio.sleep(0.05)
            print(store.writer_pid, flush=True)
            os.kill(os.getpid(), signal.SIGKILL)

        asyncio.run(main())
        """
    )
    parent = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert parent.returncode == -signal.SIGKILL, parent.stderr
    writer = int(parent.stdout.split()[0])
    deadline = time.monotonic() + 10
    while not _gone(writer):
        assert time.monotonic() < deadline, "the orphaned writer did not exit"
        await asyncio.sleep(0.05)
    with sqlite3.connect(tmp_path / DB_FILENAME) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # The 100 acknowledged ones for sure; the 50 it had queued were committed too.
        assert conn.execute("SELECT count(*) FROM push_msgs").fetchone()[0] == 150


async def test_the_writers_log_lines_reach_the_parents_log(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = Store.open(tmp_path, batch_interval=0.2)
    await store.start()
    try:
        records = [push_msg(i) for i in range(10)]
        records[3] = push_msg(3, channels={9: samples(0)})  # channel 9 breaks a CHECK
        with caplog.at_level(logging.WARNING, logger="fourgmon.store"):
            await asyncio.gather(*(store.write(r) for r in records), return_exceptions=True)
        lines = [r for r in caplog.records if r.name == "fourgmon.store.store"]
        assert any("batch of 10 failed" in r.message for r in lines)
    finally:
        await store.close()


def test_the_frozen_executable_runs_the_writer_through_its_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fourgmon.store.db import WRITER_FLAG
    from fourgmon.store.wire import read_frame, write_frame

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/fourgmon/fourgmon")
    cmd = store_module.writer_command(tmp_path / DB_FILENAME, 0.005, 256)
    assert cmd[:3] == ["/opt/fourgmon/fourgmon", WRITER_FLAG, str(tmp_path / DB_FILENAME)]
    monkeypatch.undo()

    Store.open(tmp_path)  # creates the schema
    # What the frozen executable does with those arguments: fourgmon.cli.main.
    writer = subprocess.Popen(
        [sys.executable, "-m", "fourgmon", *cmd[1:]],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert writer.stdin is not None and writer.stdout is not None
    try:
        assert read_frame(writer.stdout)[0] == "ready"
        write_frame(writer.stdin, ("items", [push_msg(7)]))
        frame = read_frame(writer.stdout)
        while frame[0] == "disk":  # the free-space level, measured before the commit
            frame = read_frame(writer.stdout)
        kind, outcomes, stats = frame
        assert (kind, outcomes, stats.commits) == ("done", [0], 1)
        write_frame(writer.stdin, ("stop",))
        assert writer.wait(10) == 0
    finally:
        writer.kill()
        writer.wait()
        writer.stdin.close()
        writer.stdout.close()


def test_a_program_that_never_closes_its_store_still_exits(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import asyncio, sys
        sys.path.insert(0, {str(Path(__file__).resolve().parents[2])!r})
        from fourgmon.store import Store
        from tests.store.conftest import push_msg

        async def main():
            store = Store.open({str(tmp_path)!r})
            await store.start()
            await store.write(push_msg(1))
            print(store.writer_pid, flush=True)

        asyncio.run(main())  # no store.close()
        """
    )
    argv = [sys.executable, "-c", script]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    writer = int(done.stdout.split()[0])
    deadline = time.monotonic() + 10
    while not _gone(writer):
        assert time.monotonic() < deadline, "the writer outlived its program"
        time.sleep(0.05)


async def test_a_record_that_cannot_be_sent_fails_alone_its_chunk_is_stored(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    """The sender pickles a chunk at once; a record that breaks it (a bug) fails alone and
    the rest of the chunk, before and after it, is stored and answered in order."""
    bad = push_msg(5, channels={0: object()})  # type: ignore[dict-item]
    unpicklable = replace(push_msg(6), raw=lambda: None)  # type: ignore[arg-type]
    records = [push_msg(i) for i in range(5)] + [bad, unpicklable]
    records += [push_msg(i) for i in range(7, 12)]
    outcomes = await asyncio.gather(*(store.submit(r) for r in records), return_exceptions=True)
    assert outcomes[:5] == [WriteResult()] * 5 and outcomes[7:] == [WriteResult()] * 5
    for failed in outcomes[5:7]:
        assert isinstance(failed, StoreError) and str(failed).startswith("cannot store: ")
    assert sum("cannot send record" in r.message for r in caplog.records) == 2
