"""Takeover races: one IMEI on many connections at once; late packets of a closed connection."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from fourgmon.protocol.messages import Ping, PushMsgAck
from fourgmon.server.events import DeviceOffline, DeviceOnline, FrameReceived
from fourgmon.sim.scripted import ScriptedModule, make_push_msg
from fourgmon.store import Store
from fourgmon.store.records import PushMsgRecord, Record
from tests.reliability.conftest import running_server

IMEI = "865501040783269"
RACERS = 50


async def _until(predicate: Callable[[], bool], timeout: float = 5.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        assert loop.time() < deadline, "condition not reached in time"
        await asyncio.sleep(0.01)


async def test_50_simultaneous_connections_with_one_imei_leave_exactly_one(
    tmp_path: Path,
) -> None:
    async with running_server(tmp_path) as h:
        racers = await asyncio.gather(
            *(ScriptedModule.connect("127.0.0.1", h.port, imei=IMEI) for _ in range(RACERS))
        )
        h.modules.extend(racers)
        for m in racers:  # all at once: the pings land in one burst of reads
            m.send(Ping(IMEI))
        await _until(lambda: len(h.of_type(DeviceOnline)) == RACERS)
        await _until(lambda: sum(m.is_closed for m in racers) == RACERS - 1)
        await asyncio.sleep(0.2)  # nothing else may happen after it settled
        survivors = [m for m in racers if not m.is_closed]
        assert len(survivors) == 1
        survivors[0].send(Ping(IMEI))
        await survivors[0].expect("pong")  # the answer to its first ping
        await survivors[0].expect("pong")
        stats = h.server.stats
        assert stats.connections == 1
        assert stats.messages_in == RACERS + 1
        assert len(h.server.registry) == 1
        assert h.server.is_online(IMEI)
        online = h.of_type(DeviceOnline)
        assert [e.takeover for e in online] == [False] + [True] * (RACERS - 1)
        assert h.of_type(DeviceOffline) == []  # taken over is not offline
        session = h.server.session_of(IMEI)
        assert session is not None and h.server.registry.get(IMEI).peer == session.peer  # type: ignore[union-attr]
    store = Store.open(tmp_path)
    try:
        assert [d.imei for d in store.devices()] == [IMEI]
        events = store.connection_events(IMEI, limit=1000)
        assert sum(e.state == "online" for e in events) == RACERS
        # 49 taken over, then the survivor closed at shutdown.
        assert sorted(e.cause for e in events if e.state == "offline") == (
            ["shutdown"] + ["takeover"] * (RACERS - 1)
        )
    finally:
        await store.close()


async def test_a_late_packet_of_a_closed_connection_never_overwrites_newer_state(
    tmp_path: Path,
) -> None:
    async with running_server(tmp_path) as h:
        # Hold packet 2's commit until the test says so: it is the old connection's late packet.
        release = asyncio.Event()
        real_submit_then = h.store.submit_then
        held: set[asyncio.Task[None]] = set()

        async def hold(record: Record, on_done: Callable[[object], object]) -> None:
            await release.wait()
            real_submit_then(record, on_done)

        def slow_submit_then(record: Record, on_done: Callable[[object], object]) -> None:
            if isinstance(record, PushMsgRecord) and record.msg.packnum == 2:
                task = asyncio.ensure_future(hold(record, on_done))
                held.add(task)
                task.add_done_callback(held.discard)
                return
            real_submit_then(record, on_done)

        h.store.submit_then = slow_submit_then  # type: ignore[method-assign]
        old = await h.connect()
        old.send(make_push_msg(IMEI, 1, temperature=10.0))
        await old.expect(PushMsgAck)
        old.send(make_push_msg(IMEI, 2, temperature=99.0))  # will commit after the takeover
        await _until(lambda: h.server.stats.messages_in == 2)
        new = await h.connect()
        new.send(make_push_msg(IMEI, 3, temperature=30.0))
        assert (await new.expect(PushMsgAck)).packnum == 3
        assert await old.closed(timeout=5)
        dev = h.server.registry.get(IMEI)
        assert dev is not None
        newer = (dev.temperature, dev.peer, dev.packet_count, dev.last_packet_at)
        assert dev.temperature == 30.0
        release.set()
        await _until(lambda: h.store.stats.records >= 4 and not h.server.writes_in_flight)
        assert (dev.temperature, dev.peer, dev.packet_count, dev.last_packet_at) == newer
        assert dev.online and h.server.session_of(IMEI) is not None
        assert [e.packnum for e in h.of_type(FrameReceived)] == [1, 3]
        assert h.server.stats.acks == 2  # the closed connection got no ack for packet 2
    store = Store.open(tmp_path)
    try:
        assert {row.packnum for row in store.frames(IMEI)} == {1, 2, 3}  # nothing lost
    finally:
        await store.close()
