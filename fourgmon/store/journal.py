"""The raw-traffic journal: what clean packets looked like on the wire, kept for support.

The decoded packet is the record (the database); the bytes a module sent are kept here
so that support can still see exactly what it sent last week. It lives in ``journal/``
of the data dir as segment files ``raw-<first ms>.fgj``, each a sequence of chunks:

    chunk   = b"FGJ1" <I compressed length> <I crc32 of the compressed bytes>
              <d oldest received_at> <d newest received_at> compressed
    payload = zlib(level 1) of entries, entry = <d received_at> <B len(imei)> <I len(raw)>
              imei raw

A chunk is the committed batches of up to GATHER_SECONDS. The writer process appends (on
a thread of its own: zlib and the disk never hold a batch); every writer start opens a
new segment, and a
segment is closed when it reaches ``segment_bytes``; beyond ``max_bytes`` in all, the
oldest segments are deleted. A crash may lose the last chunks or leave a torn one at
the end of the segment being written: readers stop at the first chunk that does not
check out, and later segments are untouched. Losing journal entries is tolerable
(the journal is not the record); corrupting later ones is not.
"""

from __future__ import annotations

import contextlib
import os
import queue
import struct
import threading
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

JOURNAL_DIR = "journal"
DEFAULT_MAX_BYTES = 1 << 30  # 1 GiB
LEVEL = 1  # zlib level: 6 compresses ~8 % better at ~3x the CPU (benchmarks/README.md)
# Batches are gathered into one chunk for up to this long / this many bytes: a lone
# packet compresses ~3x worse than a chunk of many (a crash loses at most this much).
GATHER_SECONDS = 2.0
GATHER_BYTES = 256 << 10
_MAGIC = b"FGJ1"
_CHUNK = struct.Struct("<4sIIdd")
_ENTRY = struct.Struct("<dBI")
_SUFFIX = ".fgj"


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One packet as it came off the wire."""

    received_at: float
    imei: str
    raw: bytes


def segment_bytes(max_bytes: int) -> int:
    """The size at which a segment is closed: 1/16 of the cap, within 256 KiB..64 MiB."""
    return max(256 << 10, min(64 << 20, max_bytes // 16))


def _segments(directory: Path) -> list[Path]:
    """The segment files, oldest first."""
    try:
        names = [p for p in directory.iterdir() if p.suffix == _SUFFIX and p.is_file()]
    except OSError:
        return []
    return sorted(names, key=lambda p: p.name)


class Journal:
    """The writer's end: :meth:`add` entries of the open transaction, :meth:`commit`
    them as one chunk after the COMMIT (or :meth:`rollback`), :meth:`close` at exit."""

    def __init__(self, directory: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.directory = directory
        self.max_bytes = max_bytes
        self.written = 0  # compressed bytes appended so far
        self.error: str | None = None  # the last I/O problem (the journal then pauses)
        self._pending: list[bytes] = []
        self._times: list[float] = []
        self._names: dict[str, bytes] = {}  # imei -> its bytes in an entry
        self._queue: queue.SimpleQueue[tuple[list[bytes], float, float] | None] = (
            queue.SimpleQueue()
        )
        self._thread = threading.Thread(target=self._run, name="fourgmon-journal", daemon=True)
        self._thread.start()

    def add(self, received_at: float, imei: str, raw: bytes) -> None:
        """An entry of the transaction in progress."""
        name = imei.encode("utf-8", "replace")[:255]
        self._pending.append(_ENTRY.pack(received_at, len(name), len(raw)) + name + raw)
        self._times.append(received_at)

    def add_many(self, entries: list[tuple[float, str, bytes]]) -> None:
        """Entries ``(received_at, imei, raw)`` of the transaction in progress, as one
        piece (what :meth:`add` of each writes)."""
        pack = _ENTRY.pack
        names = self._names
        parts: list[bytes] = []
        for received_at, imei, raw in entries:
            name = names.get(imei)
            if name is None:
                if len(names) > 100_000:
                    names.clear()
                name = names[imei] = imei.encode("utf-8", "replace")[:255]
            parts += (pack(received_at, len(name), len(raw)), name, raw)
        self._pending.append(b"".join(parts))
        times = [e[0] for e in entries]
        self._times += (min(times), max(times))

    def commit(self) -> None:
        """The transaction committed: its entries go to disk (on the journal's thread)."""
        if self._pending:
            self._queue.put((self._pending, min(self._times), max(self._times)))
            self._pending, self._times = [], []

    def rollback(self) -> None:
        self._pending, self._times = [], []

    def close(self) -> None:
        """Write what is queued and close the segment."""
        self._queue.put(None)
        self._thread.join()

    # ------------------------------------------------------------- the thread

    def _run(self) -> None:
        out: BinaryIO | None = None
        size = 0
        entries: list[bytes] = []
        oldest, newest = float("inf"), float("-inf")
        due = float("inf")  # when what is gathered must be written
        stop = False
        try:
            while not stop:
                wait = None if due == float("inf") else max(0.0, due - time.monotonic())
                try:
                    item = self._queue.get(timeout=wait)
                except queue.Empty:
                    item = ([], oldest, newest)  # time to write what was gathered
                if item is None:
                    stop = True
                elif item[0]:
                    if not entries:
                        due = time.monotonic() + GATHER_SECONDS
                    entries += item[0]
                    oldest, newest = min(oldest, item[1]), max(newest, item[2])
                    if sum(map(len, entries)) < GATHER_BYTES:
                        continue
                if not entries:
                    continue
                out, size = self._write(out, size, entries, oldest, newest)
                entries, oldest, newest, due = [], float("inf"), float("-inf"), float("inf")
        finally:
            if out is not None:
                with contextlib.suppress(OSError):
                    out.close()

    def _write(
        self, out: BinaryIO | None, size: int, entries: list[bytes], oldest: float, newest: float
    ) -> tuple[BinaryIO | None, int]:
        """One chunk of ``entries`` at the end of the open segment (a new one when full)."""
        data = zlib.compress(b"".join(entries), LEVEL)
        chunk = _CHUNK.pack(_MAGIC, len(data), zlib.crc32(data), oldest, newest) + data
        try:
            if out is None or size >= segment_bytes(self.max_bytes):
                if out is not None:
                    out.close()
                out, size = self._open_segment(), 0
                self._trim()
            out.write(chunk)
            out.flush()
            self.written += len(chunk)
            self.error = None
            return out, size + len(chunk)
        except OSError as exc:  # a full disk: the record is safe; try a new segment
            self.error = str(exc)
            if out is not None:
                with contextlib.suppress(OSError):
                    out.close()
            return None, 0

    def _open_segment(self) -> BinaryIO:
        self.directory.mkdir(parents=True, exist_ok=True)
        stamp = int(time.time() * 1000)
        while True:
            path = self.directory / f"raw-{stamp:013d}{_SUFFIX}"
            try:
                return open(path, "xb")
            except FileExistsError:
                stamp += 1

    def _trim(self) -> None:
        """Delete the oldest segments while the journal is over its cap."""
        segments = _segments(self.directory)
        sizes = []
        for p in segments:
            try:
                sizes.append(p.stat().st_size)
            except OSError:
                sizes.append(0)
        total = sum(sizes)
        for p, s in zip(segments[:-1], sizes[:-1], strict=True):  # never the open one
            if total <= self.max_bytes:
                break
            with contextlib.suppress(OSError):
                os.unlink(p)
            total -= s


def read_journal(
    directory: Path,
    imei: str | None = None,
    since: float | None = None,
    until: float | None = None,
) -> Iterator[JournalEntry]:
    """The journal's entries (of ``imei``, with ``since <= received_at < until``), in the
    order they were written. A torn or damaged chunk ends its segment's part; chunks
    outside the window are skipped without being decompressed."""
    for path in _segments(directory):
        yield from _read_segment(path, imei, since, until)


def _read_segment(
    path: Path, imei: str | None, since: float | None, until: float | None
) -> Iterator[JournalEntry]:
    try:
        data = path.read_bytes()
    except OSError:
        return
    pos = 0
    while pos + _CHUNK.size <= len(data):
        magic, size, crc, oldest, newest = _CHUNK.unpack_from(data, pos)
        body = data[pos + _CHUNK.size : pos + _CHUNK.size + size]
        if magic != _MAGIC or len(body) != size or zlib.crc32(body) != crc:
            return
        pos += _CHUNK.size + size
        if (since is not None and newest < since) or (until is not None and oldest >= until):
            continue
        try:
            payload = zlib.decompress(body)
        except zlib.error:
            return
        at = 0
        while at + _ENTRY.size <= len(payload):
            t, n_imei, n_raw = _ENTRY.unpack_from(payload, at)
            at += _ENTRY.size
            who = payload[at : at + n_imei].decode("utf-8", "replace")
            raw = payload[at + n_imei : at + n_imei + n_raw]
            at += n_imei + n_raw
            if imei is not None and who != imei:
                continue
            if (since is not None and t < since) or (until is not None and t >= until):
                continue
            yield JournalEntry(t, who, raw)


def journal_size(directory: Path) -> int:
    """Bytes the journal takes on disk."""
    total = 0
    for p in _segments(directory):
        with contextlib.suppress(OSError):
            total += p.stat().st_size
    return total
