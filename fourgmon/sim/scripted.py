"""A module driven step by step by a test or a benchmark, plus message builders.

:class:`ScriptedModule` sends exactly what it is told and queues every message the
server sends, so a test can assert on the conversation::

    sm = await ScriptedModule.connect(host, port, imei="865501040000001")
    sm.send(make_push_msg(sm.imei, 7))
    ack = await sm.expect(PushMsgAck)
    assert ack.packnum == 7
    await sm.aclose()
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time as _time
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Self, TypeVar, overload

import numpy as np
import numpy.typing as npt

from fourgmon.protocol import (
    InfoAck,
    InfoRequest,
    JsonSplitter,
    Message,
    ProtocolError,
    PushMsg,
    PushOnline,
    QueryMsgAck,
    QueryMsgRequest,
    UpdateAck,
    UpdateRequest,
    VersionAck,
    VersionRequest,
    crystal_state,
    decode,
    encode,
    sensor_state,
)

log = logging.getLogger("fourgmon.sim")

HARDWARE_TYPE = "0001"
FIRMWARE_VERSION = "1.0.3"
DEFAULT_CCID = "89860317045714788688"  # the vendor document's sample
DEFAULT_LOCATION = "113.584312,22.283756"

M = TypeVar("M", bound=Message)

_CLOSED = object()  # queued once the connection is closed


def device_time(t: float | None = None) -> str:
    """``t`` (Unix seconds, default now) as the module's local time text."""
    return _time.strftime("%Y-%m-%d %H:%M:%S", _time.localtime(_time.time() if t is None else t))


def make_push_msg(
    imei: str,
    packnum: int,
    channels: Mapping[int, npt.ArrayLike] | None = None,
    *,
    time: str | None = None,
    temperature: float | None = 25.5,
    humidity: float | None = 30.3,
) -> PushMsg:
    """A ``push_msg``; ``channels`` defaults to group 0 carrying the ramp 0..49."""
    if channels is None:
        channels = {k: np.arange(50) for k in (0, 1, 2)}
    arrays = {k: np.asarray(v, dtype=np.uint16) for k, v in channels.items()}
    return PushMsg(
        imei=imei,
        packnum=packnum,
        time=device_time() if time is None else time,
        channels=arrays,
        temperature=temperature,
        humidity=humidity,
    )


def make_push_online(
    imei: str,
    packnum: int,
    st: Mapping[int, int | str] | None = None,
    dt: Mapping[int, int | bool] | None = None,
) -> PushOnline:
    """A ``push_online``; by default all nine sensors online and no crystal fault."""
    st = {k: 1 for k in range(9)} if st is None else st
    dt = {k: 0 for k in range(9)} if dt is None else dt
    return PushOnline(
        imei=imei,
        packnum=packnum,
        st={k: sensor_state([v]) for k, v in st.items()},  # the firmware's "st0": [1]
        dt={k: crystal_state([int(v)]) for k, v in dt.items()},
    )


class ScriptedModule:
    """One TCP connection that behaves only as the caller says.

    Every message from the server is decoded and queued for :meth:`recv`; a
    message that does not decode is queued as its :class:`ProtocolError` and
    raised by :meth:`recv`. With ``auto_reply=True`` the requests ``info``,
    ``version``, ``update`` and ``query_msg`` are answered as the simulator
    would and are not queued (they are listed in :attr:`auto_replied`); unlike the
    simulator it stays connected after ``update``.
    """

    def __init__(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        *,
        imei: str,
        auto_reply: bool = False,
    ) -> None:
        self.imei = imei
        self.auto_reply = auto_reply
        self.auto_replied: list[Message] = []
        self._reader = reader
        self._writer = writer
        self._queue: asyncio.Queue[Message | ProtocolError | object] = asyncio.Queue()
        self._closed = asyncio.Event()
        self._packnum = 1_000_000
        self._task = asyncio.create_task(self._read_loop(), name=f"scripted-{imei}-reader")

    @classmethod
    async def connect(
        cls, host: str, port: int, *, imei: str = "865501040783269", auto_reply: bool = False
    ) -> Self:
        """Open a connection to the server; sends nothing yet."""
        reader, writer = await asyncio.open_connection(host, port)
        return cls(reader, writer, imei=imei, auto_reply=auto_reply)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    # ------------------------------------------------------------------ sending

    def send(self, msg: Message) -> None:
        """Encode ``msg`` and write it (no terminator)."""
        self.send_raw(encode(msg))

    def send_raw(self, data: bytes) -> None:
        """Write ``data`` as it is: use it for garbage, split or merged objects."""
        self._writer.write(data)

    async def drain(self) -> None:
        """Wait until the write buffer is flushed (flow control for benchmarks)."""
        await self._writer.drain()

    def next_packnum(self) -> int:
        """A fresh packnum (from 1000001 up, clear of the small numbers tests pick)."""
        self._packnum += 1
        return self._packnum

    # ---------------------------------------------------------------- receiving

    async def recv(self, timeout: float = 5.0) -> Message:
        """The next message from the server.

        Raises :class:`TimeoutError` when none arrives in time, :class:`ConnectionError`
        when the server closed the connection and nothing is left, or the
        :class:`ProtocolError` of a message that did not decode.
        """
        async with asyncio.timeout(timeout):
            item = await self._queue.get()
        if item is _CLOSED:
            self._queue.put_nowait(_CLOSED)  # later calls see it too
            raise ConnectionError(f"{self.imei}: connection closed")
        if isinstance(item, ProtocolError):
            raise item
        assert isinstance(item, Message)
        return item

    @overload
    async def expect(
        self, cmd_or_class: type[M], timeout: float = ..., *, skip_other: bool = ...
    ) -> M: ...

    @overload
    async def expect(
        self, cmd_or_class: str, timeout: float = ..., *, skip_other: bool = ...
    ) -> Message: ...

    async def expect(
        self,
        cmd_or_class: str | type[Message],
        timeout: float = 5.0,
        *,
        skip_other: bool = False,
    ) -> Message:
        """The next message, which must be of the given kind (class or ``cmd`` string).

        A different message raises :class:`AssertionError`, unless ``skip_other`` is
        true, in which case it is dropped and the wait goes on (within ``timeout``).
        """
        cmd = cmd_or_class if isinstance(cmd_or_class, str) else cmd_or_class.CMD
        async with asyncio.timeout(timeout):
            while True:
                msg = await self.recv(timeout=timeout)
                if cmd == msg.CMD:
                    return msg
                if not skip_other:
                    raise AssertionError(f"{self.imei}: expected {cmd!r}, got {msg!r}")

    async def closed(self, timeout: float = 5.0) -> bool:
        """Wait until the server has closed the connection; False if it did not in time."""
        try:
            async with asyncio.timeout(timeout):
                await self._closed.wait()
        except TimeoutError:
            return False
        return True

    @property
    def is_closed(self) -> bool:
        """True once the connection is closed, by either side."""
        return self._closed.is_set()

    def close(self) -> None:
        """Close the connection and stop reading (use :meth:`aclose` to also wait)."""
        self._task.cancel()
        self._writer.close()
        self._mark_closed()

    async def aclose(self) -> None:
        """Close the connection and wait until the reader task and socket are gone."""
        self.close()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        with contextlib.suppress(OSError):
            await self._writer.wait_closed()

    # ---------------------------------------------------------------- internals

    async def _read_loop(self) -> None:
        splitter = JsonSplitter()
        try:
            while data := await self._reader.read(65536):
                for raw in splitter.feed(data):
                    self._dispatch(raw)
        except ProtocolError as exc:  # the splitter's size cap: give up on this stream
            self._queue.put_nowait(exc)
        except OSError:
            pass
        finally:
            self._mark_closed()

    def _mark_closed(self) -> None:
        if not self._closed.is_set():
            self._closed.set()
            self._queue.put_nowait(_CLOSED)

    def _dispatch(self, raw: bytes) -> None:
        try:
            msg = decode(raw)
        except ProtocolError as exc:
            self._queue.put_nowait(exc)
            return
        if self.auto_reply and self._answer(msg):
            self.auto_replied.append(msg)
            return
        self._queue.put_nowait(msg)

    def _answer(self, msg: Message) -> bool:
        replies: Iterable[Message]
        match msg:
            case InfoRequest():
                replies = [
                    InfoAck(ccid=DEFAULT_CCID, location=DEFAULT_LOCATION, err_counts=(0, 0, 0))
                ]
            case VersionRequest():
                replies = [VersionAck(imei=self.imei, type=HARDWARE_TYPE, version=FIRMWARE_VERSION)]
            case UpdateRequest():
                replies = [UpdateAck(result=True)]
            case QueryMsgRequest():
                replies = [
                    QueryMsgAck(result=True),
                    make_push_msg(
                        self.imei, self.next_packnum(), {k: np.arange(50) for k in range(9)}
                    ),
                ]
            case _:
                return False
        for reply in replies:
            self.send(reply)
        return True
