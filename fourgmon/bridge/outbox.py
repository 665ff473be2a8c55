"""The bridge's outbox: what the store committed and the broker has not acknowledged yet.

Per module and packet kind, the key of the newest packet the broker acknowledged (the
cursor, kept in the store) and of the newest one handed out (in memory). ``take``
hands out the next packets round-robin over the modules that have some, a module's
packets in commit order; ``acknowledged`` moves the cursors once the broker's PUBACKs
came back, and the cursor records go through the writer process, coalesced (a crash
between a PUBACK and the cursor's commit resends those packets: at-least-once).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from fourgmon.store import Store, StoreError
from fourgmon.store.outbox import (
    ORIGIN,
    PUSH_MSG,
    PUSH_ONLINE,
    START,
    Key,
    OutboxStatus,
    count_after,
    cursors,
    frames_after,
    one_snapshot,
    statuses_after,
    telemetry_after,
)
from fourgmon.store.records import OutboxCursorRecord

log = logging.getLogger("fourgmon.bridge")

Stream = tuple[str, str]  # (imei, kind)
# Packets of one module read at once (a round of a module with a backlog).
CHUNK = 256


@dataclass(slots=True)
class Batch:
    """Packets handed out together; ``last`` is each stream's newest key in it.

    ``frames``: per module, its push_msgs in order: :class:`OutboxFrame` (``with_samples``)
    or :data:`TelemetryRow` (ThingsBoard)."""

    frames: list[tuple[str, list[Any]]] = field(default_factory=list)
    statuses: list[OutboxStatus] = field(default_factory=list)
    last: dict[Stream, Key] = field(default_factory=dict)
    count: int = 0

    def __len__(self) -> int:
        return self.count


class TokenBucket:
    """``rate`` a second, up to one second's worth saved up."""

    def __init__(self, rate: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self._clock = clock
        self._tokens = rate
        self._at = clock()

    def available(self) -> int:
        now = self._clock()
        self._tokens = min(self.rate, self._tokens + (now - self._at) * self.rate)
        self._at = now
        return int(self._tokens)

    def spend(self, n: int) -> None:
        self._tokens -= n

    def wait_for(self, n: int = 1) -> float:
        """Seconds until ``n`` tokens are there."""
        return max(0.0, (n - self._tokens) / self.rate)


class Outbox:
    """See the module docstring. All on the event loop; store reads are short and bounded."""

    def __init__(self, store: Store, target: str, *, with_samples: bool) -> None:
        self.store = store
        self.target = target
        self.with_samples = with_samples
        self._acked: dict[Stream, Key] = {}
        self._unsaved: dict[Stream, Key] = {}
        self._dirty: dict[Stream, None] = {}  # insertion-ordered set: round-robin order
        self._start: Key = ORIGIN
        self.backlog = 0  # packets stored and not acknowledged (estimate between recounts)
        self.sent = 0

    def load(self, now: float) -> bool:
        """Read the cursors; a new target starts at ``now``. True if that START must be saved."""
        found = cursors(self.store, self.target)
        start = found.pop((START, PUSH_MSG), None)
        self._acked = dict(found)
        if start is None:
            self._start = (now, -1, ORIGIN[2])
            self._unsaved[(START, PUSH_MSG)] = self._start
            return True
        self._start = start
        return False

    def cursor(self, stream: Stream) -> Key:
        return self._acked.get(stream, self._start)

    def mark(self, imei: str, kind: str, *, new: int = 0) -> None:
        """``imei`` has ``kind`` packets after its cursor (``new``: that many more to count)."""
        self._dirty[(imei, kind)] = None
        self.backlog += new

    def mark_all(self, imeis: Iterable[str]) -> None:
        for imei in imeis:
            self._dirty[(imei, PUSH_MSG)] = None
            self._dirty[(imei, PUSH_ONLINE)] = None

    @property
    def pending(self) -> bool:
        return bool(self._dirty)

    def count_backlog(self, imeis: Iterable[str]) -> int:
        """The backlog counted exactly: a range scan per module and kind, so it is run
        seldom and off the event loop (it only reads; set :attr:`backlog` from it)."""
        total = 0
        with one_snapshot(self.store):
            for imei in imeis:
                for kind in (PUSH_MSG, PUSH_ONLINE):
                    total += self._count(imei, kind)
        return total

    def _count(self, imei: str, kind: str) -> int:
        try:
            return count_after(self.store, imei, kind, self.cursor((imei, kind)))
        except StoreError:
            return 0

    def take(self, budget: int) -> Batch:
        """Up to ``budget`` packets, round-robin over the modules that have some (read
        in one snapshot: see :func:`~fourgmon.store.outbox.one_snapshot`)."""
        with one_snapshot(self.store):
            return self._take(budget)

    def _take(self, budget: int) -> Batch:
        batch = Batch()
        streams = list(self._dirty)
        while budget > 0 and streams:
            share = max(1, min(CHUNK, budget // len(streams)))
            for stream in list(streams):
                if budget <= 0:
                    break
                got = self._read(stream, min(share, budget))
                if got:
                    batch.last[stream] = self._key(stream, got[-1])
                    budget -= len(got)
                    batch.count += len(got)
                    if stream[1] == PUSH_MSG:
                        batch.frames.append((stream[0], got))
                    else:
                        batch.statuses.extend(got)
                if len(got) < share:  # drained: nothing more until its next packet
                    self._dirty.pop(stream, None)
                    streams.remove(stream)
            # Streams still dirty go to the back of the round-robin order.
            for stream in streams:
                if stream in self._dirty:
                    del self._dirty[stream]
                    self._dirty[stream] = None
            if batch.last:
                break  # one round per batch: the next batch starts where this stopped
        return batch

    def _key(self, stream: Stream, packet: Any) -> Key:
        if stream[1] == PUSH_MSG and not self.with_samples:
            return tuple(packet[:3])  # a TelemetryRow
        return packet.key  # type: ignore[no-any-return]  # an OutboxFrame or OutboxStatus

    def _read(self, stream: Stream, limit: int) -> list[Any]:
        imei, kind = stream
        after = self.cursor(stream)  # rounds wait for their PUBACKs: sent == acknowledged
        try:
            if kind != PUSH_MSG:
                return statuses_after(self.store, imei, after, limit)
            if self.with_samples:
                return frames_after(self.store, imei, after, limit, with_samples=True)
            return telemetry_after(self.store, imei, after, limit)
        except StoreError as exc:
            log.warning("bridge: cannot read %s's packets: %s", imei, exc)
            return []

    def acknowledged(self, batch: Batch) -> None:
        """The broker acknowledged every message of ``batch``: move the cursors."""
        for stream, key in batch.last.items():
            if key > self.cursor(stream):
                self._acked[stream] = key
                self._unsaved[stream] = key
        self.sent += len(batch)
        self.backlog = max(0, self.backlog - len(batch))

    def save(self) -> int:
        """Hand the moved cursors to the writer process; returns how many."""
        unsaved, self._unsaved = self._unsaved, {}
        for (imei, kind), key in unsaved.items():
            record = OutboxCursorRecord(self.target, imei, kind, *key)
            try:
                self.store.submit_then(record, _saved)
            except StoreError as exc:  # closing: the cursor lags, packets are resent
                log.debug("bridge: cursor not saved: %s", exc)
        return len(unsaved)

    @property
    def unsaved(self) -> bool:
        return bool(self._unsaved)


def _saved(outcome: object) -> None:
    if isinstance(outcome, StoreError):
        log.warning("bridge: cannot save the outbox cursor (%s); packets may be resent", outcome)
