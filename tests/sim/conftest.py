"""A small real protocol server for the simulator tests, and a leaked-task check."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable

import pytest

from fourgmon.protocol import JsonSplitter, decode, encode
from fourgmon.protocol.messages import (
    Message,
    Ping,
    Pong,
    PushInfo,
    PushInfoAck,
    PushMsg,
    PushMsgAck,
    PushOnline,
    PushOnlineAck,
    TimeAck,
    TimeRequest,
)


class AckServer:
    """Accepts modules on 127.0.0.1, records every decoded message and acks like the server.

    ``ack_filter(msg)`` returning False withholds the ack of a push packet;
    ``refuse`` closes each new connection at once.
    """

    def __init__(self) -> None:
        self.messages: list[tuple[int, Message]] = []  # (connection number, message)
        self.connect_times: list[float] = []
        self.writers: list[asyncio.StreamWriter] = []
        self.ack_filter: Callable[[Message], bool] = lambda msg: True
        self.refuse = False
        self._server: asyncio.Server | None = None
        self._handlers: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)

    @property
    def port(self) -> int:
        assert self._server is not None
        return int(self._server.sockets[0].getsockname()[1])

    def of(self, cls: type[Message]) -> list[Message]:
        return [m for _, m in self.messages if isinstance(m, cls)]

    def send(self, msg: Message) -> None:
        """Write ``msg`` on the newest connection."""
        self.writers[-1].write(encode(msg))

    async def request(self, msg: Message, reply: type[Message], timeout: float = 3.0) -> Message:
        """Send a command on the newest connection and wait for its reply."""
        start = len(self.messages)
        self.send(msg)
        await self.wait_for(lambda: any(isinstance(m, reply) for _, m in self.messages[start:]))
        return next(m for _, m in self.messages[start:] if isinstance(m, reply))

    def drop_all(self) -> None:
        for writer in self.writers:
            writer.close()

    async def wait_for(self, predicate: Callable[[], bool], timeout: float = 5.0) -> None:
        async with asyncio.timeout(timeout):
            while not predicate():
                await asyncio.sleep(0.01)

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        self.drop_all()
        for task in list(self._handlers):
            task.cancel()
        if self._handlers:
            await asyncio.wait(self._handlers)

    def _reply(self, msg: Message) -> Message | None:
        match msg:
            case Ping():
                return Pong()
            case TimeRequest():
                return TimeAck(timestamp=int(time.time()))
            case PushInfo():
                return PushInfoAck()
            case PushMsg(packnum=n) if self.ack_filter(msg):
                return PushMsgAck(packnum=n)
            case PushOnline(packnum=n) if self.ack_filter(msg):
                return PushOnlineAck(packnum=n)
        return None

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._handlers.add(task)
        conn = len(self.connect_times)
        self.connect_times.append(asyncio.get_running_loop().time())
        self.writers.append(writer)
        splitter = JsonSplitter()
        try:
            while not self.refuse and (data := await reader.read(65536)):
                for raw in splitter.feed(data):
                    msg = decode(raw)
                    self.messages.append((conn, msg))
                    if (reply := self._reply(msg)) is not None:
                        writer.write(encode(reply))
        except OSError:
            pass
        finally:
            writer.close()
            self._handlers.discard(task)


@pytest.fixture(autouse=True)
async def no_leaked_tasks() -> AsyncIterator[None]:
    """Fail a test that leaves any task running (pymodbus' ``_check_system_health`` idea)."""
    yield
    await asyncio.sleep(0.01)
    me = asyncio.current_task()
    left = [t for t in asyncio.all_tasks() if t is not me and not t.done()]
    assert not left, f"leaked tasks: {[t.get_name() for t in left]}"


@pytest.fixture
async def server() -> AsyncIterator[AckServer]:
    srv = AckServer()
    await srv.start()
    yield srv
    await srv.close()
