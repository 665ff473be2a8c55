"""Store reads from Qt pool threads reuse their thread's read connection."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRunnable, QThreadPool

from fourgmon.store import Store


class _Read(QRunnable):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store

    def run(self) -> None:
        self.store.devices()


async def test_jobs_on_one_pool_thread_share_one_connection(tmp_path: Path) -> None:
    # A pool thread gets a fresh Python thread state per job: with threading.local()
    # each job opened (and kept until close) a connection of its own.
    store = Store.open(tmp_path)
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    pool.setExpiryTimeout(-1)
    try:
        for _ in range(3):
            pool.start(_Read(store))
            pool.waitForDone()
        opened = len(store._readers)
        for _ in range(6):
            pool.start(_Read(store))
            pool.waitForDone()
        assert len(store._readers) == opened <= 2  # more jobs, no more connections
    finally:
        pool.clear()
        await store.close()
