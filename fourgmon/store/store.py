"""SQLite store: one file in the data dir, WAL, synchronous=FULL, group commit.

CONTRACT (the server and the window are written against this; keep it):

    store = Store.open(data_dir)            # sync; creates/migrates; StoreError if unusable
    await store.start()                     # starts the writer thread on the running loop
    result = await store.write(record)      # returns once the record's batch is COMMITTED
    ...
    await store.close()                     # flush pending writes, stop the writer, close

Reads are synchronous, run on their own read-only connection (WAL lets them run
beside the writer) and are cheap enough to call from the event loop for a
single device; the window may run them in a thread.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from fourgmon.store.records import DeviceRow, FrameRow, Record, StatusRow, WriteResult

DB_FILENAME = "fourgmon.sqlite3"


class StoreError(Exception):
    """The store cannot be opened or written (message is one human-readable line)."""


class Store:
    """See the module docstring for the contract."""

    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        batch_interval: float = 0.005,
        batch_max: int = 512,
    ) -> Store:
        raise NotImplementedError

    async def start(self) -> None:
        raise NotImplementedError

    async def write(self, record: Record) -> WriteResult:
        raise NotImplementedError

    async def close(self) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------- reads
    def devices(self) -> list[DeviceRow]:
        raise NotImplementedError

    def latest_frames(self, imei: str) -> dict[int, FrameRow]:
        raise NotImplementedError

    def frames(
        self, imei: str, since: float | None = None, until: float | None = None
    ) -> Iterator[FrameRow]:
        raise NotImplementedError

    def status_history(
        self, imei: str, since: float | None = None, until: float | None = None
    ) -> list[StatusRow]:
        raise NotImplementedError

    def packet_count(self, imei: str | None = None) -> int:
        raise NotImplementedError
