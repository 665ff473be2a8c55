"""``fourgmon serve``: the server without a window, until SIGINT/SIGTERM.

It holds the data dir's lock (:mod:`fourgmon.store.lock`) for its whole life: a data dir
the window or another ``serve`` uses is refused with one line, before anything starts.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

from fourgmon.server.config import ServerConfig
from fourgmon.server.server import Server
from fourgmon.store import DiskLimits, Store
from fourgmon.store.lock import DataDirLock

log = logging.getLogger("fourgmon.serve")


# Something run beside the server (the MQTT bridge, which the server cannot import):
# started once the server listens, given the server; returns how to stop it, which is
# awaited before the server stops.
Attachment = Callable[[Server], Awaitable[Callable[[], Awaitable[None]]]]


class ServeError(Exception):
    """A start-up failure worth one line on stderr (port in use, bad data dir...)."""


async def serve(
    config: ServerConfig,
    data_dir: Path,
    *,
    ready: asyncio.Event | None = None,
    disk: DiskLimits | None = None,
    started: Callable[[Server], object] | None = None,
    attach: Attachment | None = None,
) -> int:
    """Run until SIGINT/SIGTERM (or cancellation); flush the store; return the exit status.

    ``started(server)`` is called once the server listens (tests drive it from there).

    Raises :class:`~fourgmon.store.lock.DataDirInUse` (a StoreError) when another fourgmon
    uses ``data_dir``.
    """
    with DataDirLock.acquire(data_dir, "serve"):
        return await _serve_locked(config, data_dir, ready, disk, started, attach)


async def _serve_locked(
    config: ServerConfig,
    data_dir: Path,
    ready: asyncio.Event | None,
    disk: DiskLimits | None,
    started: Callable[[Server], object] | None,
    attach: Attachment | None,
) -> int:
    store = Store.open(data_dir, disk=disk)
    try:
        await store.start()
    except BaseException:
        await store.close()
        raise
    server = Server(config, store)
    detach: Callable[[], Awaitable[None]] | None = None
    try:
        try:
            await server.start()
        except OSError as exc:
            raise ServeError(
                f"cannot listen on {config.host}:{config.port}: {exc.strerror or exc}"
            ) from exc
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):  # Windows
                loop.add_signal_handler(sig, stop.set)
        if attach is not None:
            detach = await attach(server)
        log.info("data in %s", store.path)
        if started is not None:
            started(server)
        if ready is not None:
            ready.set()
        await stop.wait()
        log.info("stopping")
    finally:
        if detach is not None:
            await detach()
        await server.stop()
        await store.close()
    log.info("stopped cleanly")
    return 0


def run(
    config: ServerConfig,
    data_dir: Path,
    *,
    use_uvloop: bool = True,
    disk: DiskLimits | None = None,
    attach: Attachment | None = None,
) -> int:
    """Blocking entry point of ``fourgmon serve``; uses uvloop when it is installed."""
    if use_uvloop and sys.platform != "win32":
        try:
            import uvloop
        except ImportError:
            pass
        else:
            return uvloop.run(serve(config, data_dir, disk=disk, attach=attach))
    return asyncio.run(serve(config, data_dir, disk=disk, attach=attach))
