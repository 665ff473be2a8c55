"""How the store and its writer process talk: length-prefixed pickles over two pipes.

Parent -> writer, in order (the writer answers every item in the order it came):

    ("items", [item, ...])   item: a Record, or for push_msg (the hot path) the fields of
                             a PushMsgRow as a plain tuple (half the pickling time)
    ("stop",)                finish what came before, then exit

    An item may also be a :class:`Pragma` (run on the write connection, e.g. by tests
    simulating a full disk with ``max_page_count``).

Writer -> parent:

    ("ready", pid)                     the database is open; items are welcome
    ("failed", message)                the database cannot be opened; the writer exits
    ("done", [outcome, ...], stats)    one outcome per item, in order; stats: WriterStats
    ("log", levelno, message)          a line for the parent's log
    ("disk", DiskStatus)               the level of free space changed (and once at first)
    ("migration", MigrationStatus)     progress of copying schema 2's packets (upkeep)
    ("retention", RetentionStatus)     retention removed packets (upkeep)
    ("stats", WriterStats)             the final counters, at exit
    ("damaged", message)               the database is damaged: the writer has answered
                                       what it had and exits (EXIT_DAMAGED) without
                                       closing the file, so nothing more is written to it

An outcome is :data:`STORED`, :data:`DUPLICATE`, ``("error", message)`` or, for a
Pragma, ``("value", first column of its first row)``.

Only the parent's side knows about asyncio; both sides are plain blocking I/O.
"""

from __future__ import annotations

import pickle
import struct
from dataclasses import dataclass, field
from typing import IO, Any

from fourgmon.store.prepare import push_msg_fields
from fourgmon.store.records import PushMsgRecord, PushMsgRow, Record

_HEADER = struct.Struct("<I")
STORED = 0
DUPLICATE = 1
EXIT_DAMAGED = 3  # the writer's exit status after it met a damaged database
Outcome = int | tuple[str, Any]


@dataclass(frozen=True, slots=True)
class Pragma:
    """``PRAGMA <statement>`` on the write connection, between the items around it."""

    statement: str


# The writer takes what is queued, up to this many records, as one transaction. Under load
# a COMMIT (its fsync) costs ~8 ms whatever the batch: at 256 that was ~30 us a record, a
# quarter of the writer's time; records only wait for it when the writer is behind.
DEFAULT_BATCH_MAX = 4096

# Upper bounds of the batch-size histogram's buckets: 1, 2-3, 4-7, ..., 1024-2047, 2048+.
BATCH_BUCKETS = (1, 3, 7, 15, 31, 63, 127, 255, 511, 1023, 2047)


def _bucket_labels() -> tuple[str, ...]:
    lows = (1, *(b + 1 for b in BATCH_BUCKETS[:-1]))
    labels = [
        str(lo) if lo == hi else f"{lo}-{hi}" for lo, hi in zip(lows, BATCH_BUCKETS, strict=True)
    ]
    return (*labels, f"{BATCH_BUCKETS[-1] + 1}+")


BATCH_LABELS = _bucket_labels()


@dataclass(slots=True)
class WriterStats:
    """Counters kept by the writer (monotonic): what explains its throughput.

    ``apply_us`` is the time spent building and executing rows (``apply_records``),
    ``commit_us`` the time of ``COMMIT`` (with its fsync under ``synchronous=FULL``); their
    sum is the writer's busy time. ``sync_us`` is the time of the WAL's fsyncs on their
    own thread (:mod:`fourgmon.store.walsync`), beside the busy time. ``batch_hist[i]``
    counts batches whose size falls in bucket ``BATCH_LABELS[i]``.
    """

    records: int = 0  # records settled (stored, duplicate or failed)
    batches: int = 0  # batches taken off the queue
    commits: int = 0  # transactions committed
    failed_batches: int = 0  # batches whose transaction failed (then retried one by one)
    failed_records: int = 0  # records that got an error
    max_batch: int = 0  # largest batch so far
    apply_us: float = 0.0  # total time in apply_records, microseconds
    commit_us: float = 0.0  # total time in COMMIT, microseconds
    batch_hist: list[int] = field(default_factory=lambda: [0] * len(BATCH_LABELS))
    retention_removed: int = 0  # packets removed by retention
    journal_bytes: int = 0  # compressed bytes appended to the raw-traffic journal
    syncs: int = 0  # fsyncs of the WAL on the sync thread (0 under synchronous=FULL)
    synced_batches: int = 0  # answers those fsyncs released
    sync_us: float = 0.0  # total time in those fsyncs, microseconds

    def count_batch(self, size: int) -> None:
        """Note a batch of ``size`` items in the histogram."""
        i = 0
        while i < len(BATCH_BUCKETS) and size > BATCH_BUCKETS[i]:
            i += 1
        self.batch_hist[i] += 1
        self.batches += 1
        self.records += size
        self.max_batch = max(self.max_batch, size)

    def summary(self) -> dict[str, Any]:
        """A JSON-ready summary (``fourgmon serve`` logs it at shutdown as ``store stats``)."""
        busy = self.apply_us + self.commit_us
        per = (lambda us: round(us / self.records, 2)) if self.records else (lambda us: None)
        return {
            "records": self.records,
            "batches": self.batches,
            "commits": self.commits,
            "failed_records": self.failed_records,
            "max_batch": self.max_batch,
            "mean_batch": round(self.records / self.batches, 1) if self.batches else None,
            "batch_hist": dict(zip(BATCH_LABELS, self.batch_hist, strict=True)),
            "busy_s": round(busy / 1e6, 3),
            "apply_s": round(self.apply_us / 1e6, 3),
            "commit_s": round(self.commit_us / 1e6, 3),
            "us_per_record": per(busy),
            "apply_us_per_record": per(self.apply_us),
            "commit_us_per_record": per(self.commit_us),
            "retention_removed": self.retention_removed,
            "journal_bytes": self.journal_bytes,
            "syncs": self.syncs,
            "batches_per_sync": round(self.synced_batches / self.syncs, 2) if self.syncs else None,
            "sync_s": round(self.sync_us / 1e6, 3),
            "sync_ms_mean": round(self.sync_us / self.syncs / 1e3, 2) if self.syncs else None,
        }


Item = Record | PushMsgRow | tuple[Any, ...] | Pragma


def to_wire(record: Record | Pragma) -> Item:
    """What goes down the pipe for ``record``: push_msg as a flat tuple of PushMsgRow's
    fields (cheap to pickle, no numpy on the way), everything else as it is."""
    return push_msg_fields(record) if type(record) is PushMsgRecord else record


def encode_frame(obj: object) -> bytes:
    """One object as a frame (pickling errors surface here, before anything is sent)."""
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    return _HEADER.pack(len(data)) + data


def send_frame(stream: IO[bytes], frame: bytes) -> None:
    """Write one encoded frame (raises OSError or ValueError when the other side is gone)."""
    stream.write(frame)
    stream.flush()


def write_frame(stream: IO[bytes], obj: object) -> None:
    """Encode and send one object."""
    send_frame(stream, encode_frame(obj))


def read_frame(stream: IO[bytes]) -> Any:
    """The next object, or None at end of stream (the other side closed or died)."""
    header = _read_exact(stream, _HEADER.size)
    if header is None:
        return None
    (size,) = _HEADER.unpack(header)
    data = _read_exact(stream, size)
    if data is None:
        return None
    return pickle.loads(data)


def _read_exact(stream: IO[bytes], size: int) -> bytes | None:
    # A buffered stream's read(size) returns short only at the end of the stream.
    data = stream.read(size)
    return data if len(data) == size else None
