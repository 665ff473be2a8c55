"""The listening sockets and an accept loop that asks before it opens a connection.

Why not ``loop.create_server``: when ``accept()`` fails with EMFILE (out of file
descriptors), asyncio's accept loop (CPython 3.11, ``selector_events``) logs a
traceback and schedules a retry *for each of the ``backlog`` iterations of the
same call*, so a full process wrote ~20,000 tracebacks in 5 s (benchmarks/
bench_hostile.py, scenario ``fd``); uvloop refuses silently instead. And neither
lets the server refuse a connection before a transport and a protocol are built.

Here each accepted socket goes to ``admit(host, port)`` first: refused ones are
closed at once (the peer sees an orderly close, not a hang), admitted ones get a
transport and a :class:`~fourgmon.server.session.Session` through
``loop.connect_accepted_socket`` (plain asyncio, uvloop and qasync alike). When
``accept()`` itself runs out of resources the loop stops accepting for a while
(doubling from 50 ms to 1 s) and says so once per episode, through ``on_exhausted``
and ``on_recovered``.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import functools
import ipaddress
import socket
import sys
from collections.abc import Callable

__all__ = ["Listener", "bind_sockets"]

# accept() failures that mean "this process or system is out of something".
_EXHAUSTED = {errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM}
# accept() failures of one connection only (it went away before we took it).
_TRANSIENT = {errno.ECONNABORTED, errno.EPROTO, errno.EPERM, errno.EAGAIN, errno.EINTR}
BACKOFF_MIN = 0.05
BACKOFF_MAX = 1.0
# Accept this many in a row, then let the rest of the loop run. Draining the kernel's
# queue fast matters under a connect storm: what does not fit in it is dropped and
# comes back only after the peer's SYN retransmission (1 s, 3 s, 7 s, ...).
ACCEPT_BATCH = 128


async def bind_sockets(host: str, port: int, backlog: int) -> list[socket.socket]:
    """Listening, non-blocking sockets for ``host`` (an address, a name, or "" for all).

    OSError as ``loop.create_server`` raises it when an address cannot be bound.
    """
    infos: list[tuple[int, tuple[object, ...]]]
    try:
        addr = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        loop = asyncio.get_running_loop()
        found = await loop.getaddrinfo(
            host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )
        infos = list(dict.fromkeys((family, sockaddr) for family, _, _, _, sockaddr in found))
    else:
        infos = [(socket.AF_INET6 if addr.version == 6 else socket.AF_INET, (host, port))]
    sockets: list[socket.socket] = []
    try:
        for family, sockaddr in infos:
            sock = socket.socket(family, socket.SOCK_STREAM)
            sockets.append(sock)
            if sys.platform != "win32":  # on Windows it would let another process steal the port
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if family == socket.AF_INET6 and hasattr(socket, "IPPROTO_IPV6"):
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            try:
                sock.bind(sockaddr)
            except OSError as exc:
                raise OSError(
                    exc.errno,
                    f"error while attempting to bind on address {sockaddr!r}: "
                    f"{(exc.strerror or str(exc)).lower()}",
                ) from None
            sock.listen(backlog)
            sock.setblocking(False)
    except BaseException:
        for sock in sockets:
            sock.close()
        raise
    return sockets


class Listener:
    """Accepts on ``sockets`` until :meth:`close` (see the module doc)."""

    def __init__(
        self,
        sockets: list[socket.socket],
        protocol_factory: Callable[[], asyncio.Protocol],
        admit: Callable[[str, int], bool],
        *,
        on_exhausted: Callable[[OSError], None],
        on_recovered: Callable[[], None],
    ) -> None:
        self.sockets = sockets
        self._factory = protocol_factory
        self._admit = admit
        self._on_exhausted = on_exhausted
        self._on_recovered = on_recovered
        self._accepting: list[asyncio.Task[None]] = []
        self._opening: set[asyncio.Task[object]] = set()
        self.pending = 0  # admitted, their Session not made yet

    def start(self) -> None:
        loop = asyncio.get_running_loop()
        for sock in self.sockets:
            name = f"accept {sock.getsockname()!r}"
            self._accepting.append(loop.create_task(self._accept_loop(sock), name=name))

    def close(self) -> None:
        """Stop accepting now; connections being opened are dropped. See :meth:`wait_closed`."""
        for task in (*self._accepting, *self._opening):
            task.cancel()

    async def wait_closed(self) -> None:
        """After :meth:`close`: wait for the accept loops to end, then close the sockets."""
        for task in (*self._accepting, *self._opening):
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._accepting.clear()
        for sock in self.sockets:
            sock.close()

    async def _accept_loop(self, sock: socket.socket) -> None:
        loop = asyncio.get_running_loop()
        backoff = 0.0
        in_a_row = 0
        while True:
            try:
                try:  # what is queued already, without a trip through the loop
                    conn, addr = sock.accept()
                except BlockingIOError:
                    in_a_row = 0
                    conn, addr = await loop.sock_accept(sock)  # wait for the next one
            except OSError as exc:
                if exc.errno in _TRANSIENT:
                    continue
                # Out of descriptors (or anything else unexpected): do not spin on it.
                # The kernel keeps the waiting connections in the backlog meanwhile.
                if not backoff:
                    self._on_exhausted(exc)
                backoff = min(max(backoff * 2, BACKOFF_MIN), BACKOFF_MAX)
                await asyncio.sleep(backoff)
                continue
            if backoff:
                backoff = 0.0
                self._on_recovered()
            self._open(conn, addr)
            in_a_row += 1
            if in_a_row >= ACCEPT_BATCH:
                in_a_row = 0
                await asyncio.sleep(0)

    def _open(self, conn: socket.socket, addr: object) -> None:
        host, port = (str(addr[0]), int(addr[1])) if isinstance(addr, tuple) else ("", 0)
        if not self._admit(host, port):
            conn.close()  # an orderly close: the peer reads end-of-file at once
            return
        conn.setblocking(False)
        loop = asyncio.get_running_loop()
        self.pending += 1
        task: asyncio.Task[object] = loop.create_task(
            loop.connect_accepted_socket(self._factory, conn)
        )
        self._opening.add(task)
        task.add_done_callback(functools.partial(self._opened, conn))

    def _opened(self, conn: socket.socket, task: asyncio.Task[object]) -> None:
        # A done callback, not a finally: a task cancelled before it ran runs no code.
        self._opening.discard(task)
        self.pending -= 1
        if task.cancelled():
            conn.close()
            return
        exc = task.exception()
        if exc is None:
            return
        conn.close()  # the peer left before its transport was made, or a bug
        if not isinstance(exc, OSError):
            task.get_loop().call_exception_handler(
                {"message": "opening an accepted connection failed", "exception": exc}
            )
