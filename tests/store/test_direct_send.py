"""The loop writes frames into the writer's pipe itself (POSIX, DIRECT_SEND): a full pipe
never blocks it, and the order of records is kept across the loop and the sender thread."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest

import fourgmon.store.store as store_module
from fourgmon.store import Store, WriteResult

from .conftest import T0, push_msg

# ~3 KB of raw bytes a record (kept in the journal; each its own object, or pickle would
# send it once a frame): 1,200 of them overfill the 1 MiB pipe.
PAD = b"a" * 3000
COUNT = 1200


@pytest.fixture(params=["direct", "thread"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Store]:
    if request.param == "direct" and not store_module.DIRECT_SEND:
        pytest.skip("the loop writes into the pipe on POSIX only")
    mp = pytest.MonkeyPatch()
    mp.setattr(store_module, "DIRECT_SEND", request.param == "direct")
    s = Store.open(tmp_path / "data")
    mp.undo()
    await s.start()
    yield s
    await s.close()


async def test_a_stopped_writer_fills_the_pipe_and_the_loop_runs_on_in_order(
    store: Store,
) -> None:
    pid = store.writer_pid
    assert pid is not None
    order: list[int] = []
    outcomes: list[object] = []

    def settled(i: int) -> object:
        return lambda outcome: (order.append(i), outcomes.append(outcome))

    os.kill(pid, signal.SIGSTOP)
    try:
        for i in range(COUNT):
            raw = b'{"cmd":"push_msg","n":%d,"pad":"%s"}' % (i, PAD)
            record = replace(push_msg(i, at=T0 + i), raw=raw)
            store.submit_then(record, settled(i))
        started = time.perf_counter()
        for _ in range(5):  # the hand-over runs here; nothing may wait for the writer
            await asyncio.sleep(0.01)
        assert time.perf_counter() - started < 1.0
        assert order == []
        # What did not fit into the pipe waits in the sender thread, in order.
        assert store._sender_parts >= 1
    finally:
        os.kill(pid, signal.SIGCONT)
    # While the sender thread drains the backlog, the loop keeps handing over new
    # records: they must queue behind it, not go into the pipe beside it.
    total = COUNT
    deadline = time.monotonic() + 30
    while len(order) < total:
        assert time.monotonic() < deadline, f"{len(order)} of {total} settled"
        if total < 3 * COUNT:
            for i in range(total, total + 40):
                raw = b'{"cmd":"push_msg","n":%d,"pad":"%s"}' % (i, PAD)
                store.submit_then(replace(push_msg(i, at=T0 + i), raw=raw), settled(i))
            total += 40
        await asyncio.sleep(0.002)
    assert order == list(range(total))
    assert outcomes == [WriteResult()] * total
    # Written after the backlog, a record still goes through and in its place.
    assert await store.write(push_msg(total, at=T0 + total)) == WriteResult()
    assert store._sender_parts == 0


async def test_writes_after_an_idle_moment_go_straight_into_the_pipe(store: Store) -> None:
    for i in range(3):
        assert await store.write(push_msg(i, at=T0 + i)) == WriteResult()
    results = await asyncio.gather(*(store.submit(push_msg(i, at=T0 + i)) for i in range(3, 400)))
    assert results == [WriteResult()] * 397
    assert store._sender_parts == 0
