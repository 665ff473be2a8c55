"""The second core for the CSV export: pages are formatted and written on a thread of
their own while the caller reads and unpacks the next ones.

Python's sqlite3 releases the GIL inside ``sqlite3_step``, numpy inside its array loops
and ``write`` while the kernel copies, so the reading of page N + 1 and the text of page
N overlap on two cores. At most :data:`QUEUED` pages wait (memory stays bounded); the
output is written by this one thread, in order.
"""

from __future__ import annotations

import queue
import threading
from types import TracebackType
from typing import BinaryIO

from fourgmon.store.export_page import Layout, Page, csv_page

QUEUED = 2  # pages read ahead of the writer: enough to keep both cores busy
_Item = tuple[Page, str, Layout] | bytes | None  # a page, ready bytes, or the end


class PageWriter:
    """``with PageWriter(out) as w: w.put(...)``: everything put is written to ``out`` in
    order by the writer's thread; leaving the block waits for it and raises its error
    (a full disk, say). Leaving by an exception drops what was not yet written."""

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._queue: queue.Queue[_Item] = queue.Queue(maxsize=QUEUED)
        self._error: BaseException | None = None
        self._drop = False
        self._thread = threading.Thread(target=self._run, name="export-writer", daemon=True)

    def __enter__(self) -> PageWriter:
        self._thread.start()
        return self

    def put(self, item: tuple[Page, str, Layout] | bytes) -> None:
        """Queue a page (its text is made on the writer's thread) or some bytes."""
        while True:
            if self._error is not None:
                raise self._error
            try:
                self._queue.put(item, timeout=0.05)
                return
            except queue.Full:
                continue

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._drop = kind is not None
        self._queue.put(None)  # the thread always drains the queue: this never blocks long
        self._thread.join()
        if kind is None and self._error is not None:
            raise self._error

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            if self._error is not None or self._drop:
                continue  # drain, so that put() and __exit__ never wait for ever
            try:
                self._out.write(item if isinstance(item, bytes) else csv_page(*item))
            except BaseException as exc:  # handed to the caller's thread
                self._error = exc
