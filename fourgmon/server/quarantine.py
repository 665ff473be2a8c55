"""Which undecodable packets are quarantined: a capped sample, and a count of the rest.

Quarantine keeps what could not be decoded, so that a firmware quirk can be studied
and its data recovered. Kept without bound, it lets any peer turn a few bytes into
a row each (2 bytes of ``{}`` cost ~80 bytes of database). So, per interval, the
first ``per_connection`` packets of a connection, ``per_source`` of a source address
and ``total`` of all are kept whole (up to ``sample_max`` bytes each); the rest of a
source's are counted, and one summary row per source and interval says how many
were not kept and why.
"""

from __future__ import annotations

from dataclasses import dataclass

from fourgmon.server.ratelog import ANY_SOURCE, Sampler
from fourgmon.store.records import QuarantineRecord

__all__ = ["QuarantineSampler"]


@dataclass(frozen=True, slots=True)
class _Dropped:
    imei: str | None
    reason: str


class QuarantineSampler:
    """Decides which protocol errors become quarantine rows (see the module doc)."""

    def __init__(
        self,
        *,
        per_connection: int,
        per_source: int,
        total: int,
        interval: float,
        sample_max: int,
        max_keys: int = 4096,
    ) -> None:
        self.sample_max = sample_max
        self._connections = Sampler(per_connection, interval, max_keys=max_keys)
        self._sources = Sampler(per_source, interval, max_keys=max_keys)
        self._total = Sampler(total, interval, max_keys=1)
        self._rule = (
            f"quarantine keeps {per_connection} per connection, {per_source} per source"
            f" and {total} in all every {interval:g} s"
        )

    @property
    def pending(self) -> bool:
        """True while a summary row is owed."""
        return self._sources.pending

    def record(
        self,
        now: float,
        at: float,
        peer: str,
        source: str,
        imei: str | None,
        reason: str,
        raw: bytes,
    ) -> QuarantineRecord | None:
        """The row to write for one protocol error, or None when it is only counted.

        ``now`` is the sampler's clock (monotonic); ``at`` the row's Unix time.
        """
        if not (
            self._connections.room(peer, now)
            and self._sources.room(source, now)
            and self._total.room(ANY_SOURCE, now)
        ):
            self._sources.refuse(source, now, _Dropped(imei, reason))
            return None
        self._connections.take(peer, now)
        self._sources.take(source, now)
        self._total.take(ANY_SOURCE, now)
        if len(raw) > self.sample_max:
            reason = f"{reason} (first {self.sample_max} of {len(raw)} bytes kept)"
            raw = raw[: self.sample_max]
        return QuarantineRecord(at, peer, imei, reason, raw)

    def summaries(self, now: float, at: float, *, final: bool = False) -> list[QuarantineRecord]:
        """One row per source whose interval ended with packets not kept (all if ``final``)."""
        done, unnamed = self._sources.due(now, final=final)
        # The connection windows only need forgetting; their drops are counted per source.
        self._connections.due(now, final=final)
        # Bounded too: a flood from many sources must not become a summary row each.
        limit = self._total.burst
        unnamed += sum(s.dropped for s in done[limit:])
        rows = []
        for s in done[:limit]:
            last = s.note if isinstance(s.note, _Dropped) else _Dropped(None, "?")
            rows.append(
                QuarantineRecord(
                    at,
                    s.key,
                    last.imei,
                    f"{s.dropped} more like this in the last {s.seconds:.0f} s not kept"
                    f" ({self._rule}); last: {last.reason}",
                    b"",
                )
            )
        if unnamed:
            rows.append(
                QuarantineRecord(
                    at, "*", None, f"{unnamed} more from other sources not kept ({self._rule})", b""
                )
            )
        return rows
