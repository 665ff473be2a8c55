"""Bounded logging: what a peer makes us write is counted, not copied line by line.

A peer chooses how often it misbehaves; the log must not grow with it. A
:class:`Sampler` lets the first few events per key (a source address, a connection)
through in each interval and counts the rest; a :class:`LogLimiter` writes the lines
a sampler lets through and, once the interval is over, one summary line, "N more
like this from <peer> in the last T s", for what it held back. Summaries themselves
are bounded: past ``total`` lines an interval, the rest fold into one line.

:class:`EscapeWireText` is a logging filter that escapes control and bidi
characters in every message of the logger it is attached to (wire text such as an
IMEI or a ``cmd`` reaches log lines; see :mod:`fourgmon.protocol.printable`).

Everything here is driven by the caller's clock (``time.monotonic`` by default),
so tests can step it.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from fourgmon.protocol.printable import escape_controls

__all__ = ["ANY_SOURCE", "EscapeWireText", "LogLimiter", "Sampler", "Summary"]

ANY_SOURCE = ""  # the key of events counted across all sources (e.g. the connection cap)


@dataclass(slots=True)
class _Window:
    start: float
    passed: int = 0
    dropped: int = 0
    note: object = None  # what the caller said about the last dropped event


@dataclass(frozen=True, slots=True)
class Summary:
    """Events of one key held back during one interval."""

    key: str
    dropped: int
    seconds: float  # how long the interval ran before it was summarised
    note: object  # the caller's note on the last dropped event


class Sampler:
    """The first ``burst`` events per key in each ``interval`` pass; the rest are counted.

    An interval starts with a key's first event. With ``carry_over``, an interval
    that ended with events held back is followed at once by one that lets none
    through: while a storm lasts it costs one summary an interval, and the next
    burst passes only after a quiet interval. At most ``max_keys`` keys are
    remembered (the least recently seen go first, their counts kept for
    :meth:`due`), so a flood from many sources costs bounded memory.
    """

    def __init__(
        self, burst: int, interval: float, *, max_keys: int = 4096, carry_over: bool = False
    ) -> None:
        self.burst = burst
        self.interval = interval
        self.max_keys = max_keys
        self.carry_over = carry_over
        self._windows: OrderedDict[str, _Window] = OrderedDict()
        self._closed: list[Summary] = []  # intervals that ended with drops, not reported yet
        self._closed_overflow = 0  # drops of closed intervals beyond what _closed keeps

    def __len__(self) -> int:
        return len(self._windows)

    @property
    def pending(self) -> bool:
        """True while some held-back events have not been reported by :meth:`due`."""
        return bool(self._closed or self._closed_overflow) or any(
            w.dropped for w in self._windows.values()
        )

    def _window(self, key: str, now: float) -> _Window:
        window = self._windows.get(key)
        if window is not None and now - window.start < self.interval:
            self._windows.move_to_end(key)
            return window
        storm = False
        if window is not None:
            del self._windows[key]
            self._close(key, window, now)
            storm = self.carry_over and window.dropped > 0
        elif len(self._windows) >= self.max_keys:
            old_key, old = self._windows.popitem(last=False)
            self._close(old_key, old, now)
        window = self._windows[key] = _Window(now, self.burst if storm else 0)
        return window

    def _close(self, key: str, window: _Window, now: float) -> None:
        if not window.dropped:
            return
        if len(self._closed) < self.max_keys:
            seconds = min(now - window.start, self.interval)
            self._closed.append(Summary(key, window.dropped, seconds, window.note))
        else:
            self._closed_overflow += window.dropped

    def room(self, key: str, now: float) -> bool:
        """Whether ``key`` may have one more event now (nothing is counted)."""
        return self._window(key, now).passed < self.burst

    def take(self, key: str, now: float) -> int:
        """Count one event of ``key`` as let through; returns how many passed this interval."""
        window = self._window(key, now)
        window.passed += 1
        return window.passed

    def refuse(self, key: str, now: float, note: object = None) -> None:
        """Count one event of ``key`` as held back."""
        window = self._window(key, now)
        window.dropped += 1
        window.note = note

    def admit(self, key: str, now: float, note: object = None) -> bool:
        """:meth:`take` if there is room, else :meth:`refuse`; True when let through."""
        window = self._window(key, now)
        if window.passed < self.burst:
            window.passed += 1
            return True
        window.dropped += 1
        window.note = note
        return False

    def due(self, now: float, *, final: bool = False) -> tuple[list[Summary], int]:
        """Intervals that ended with held-back events (all of them when ``final``).

        Returns the summaries and the count of held-back events that no summary
        names (keys forgotten under a flood of sources); each is reported once.
        """
        out, self._closed = self._closed, []
        overflow, self._closed_overflow = self._closed_overflow, 0
        for key in [k for k, w in self._windows.items() if final or now - w.start >= self.interval]:
            window = self._windows.pop(key)
            if window.dropped:
                seconds = min(now - window.start, self.interval)
                out.append(Summary(key, window.dropped, seconds, window.note))
                if self.carry_over and not final:
                    self._windows[key] = _Window(now, self.burst)  # the storm may go on
        return out, overflow


def _seconds(seconds: float) -> str:
    return f"{seconds:.1f}" if seconds < 10 else f"{seconds:.0f}"


def _format(note: object) -> str:
    """The last held-back line of a summary, formatted now (not when it was held back)."""
    if isinstance(note, tuple) and note and isinstance(note[0], str):
        try:
            return note[0] % note[1:] if len(note) > 1 else note[0]
        except (TypeError, ValueError):
            return repr(note)
    return "" if note is None else str(note)


class LogLimiter:
    """At most ``burst`` lines of one kind per key per interval, then a summary.

    While a key's storm goes on, each further interval is one summary line only
    (see ``carry_over`` in :class:`Sampler`).

    ``what`` names the kind in summaries ("protocol errors"). ``total`` bounds the
    lines of this kind an interval across all keys; lines past it are held back and
    summarised like the others, and summaries past it fold into one line.
    """

    def __init__(
        self,
        logger: logging.Logger,
        what: str,
        *,
        burst: int = 5,
        interval: float = 60.0,
        total: int = 50,
        max_keys: int = 1024,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.logger = logger
        self.what = what
        self._per_key = Sampler(burst, interval, max_keys=max_keys, carry_over=True)
        self._total = Sampler(total, interval, max_keys=1)
        self._clock = clock
        self._level = logging.WARNING  # of the last held-back line: summaries use it

    @property
    def interval(self) -> float:
        return self._per_key.interval

    @property
    def pending(self) -> bool:
        """True while a summary is owed (the caller should :meth:`flush` later)."""
        return self._per_key.pending

    def log(self, level: int, key: str, msg: str, *args: object) -> bool:
        """Log ``msg % args`` unless ``key`` (or everyone) has had its share; True if logged."""
        now = self._clock()
        if not (self._per_key.room(key, now) and self._total.room(ANY_SOURCE, now)):
            self._per_key.refuse(key, now, (msg, *args))
            self._level = level
            return False
        self._total.take(ANY_SOURCE, now)
        if self._per_key.take(key, now) == self._per_key.burst:
            msg += "; more like this%s are counted and summarised every %g s"
            args = (*args, f" from {key}" if key else "", self.interval)
        self.logger.log(level, msg, *args, stacklevel=2)  # the caller's file and line
        return True

    def flush(self, *, final: bool = False) -> int:
        """Write the summaries that are due (all of them when ``final``); returns how many."""
        summaries, unnamed = self._per_key.due(self._clock(), final=final)
        limit = self._total.burst
        shown, folded = summaries[:limit], summaries[limit:]
        for s in shown:
            self.logger.log(
                self._level,
                "%d more %s%s in the last %s s (last: %s)",
                s.dropped,
                self.what,
                f" from {s.key}" if s.key else "",
                _seconds(s.seconds),
                _format(s.note),
            )
        rest = unnamed + sum(s.dropped for s in folded)
        if rest:
            self.logger.log(
                self._level,
                "%d more %s from %s other sources in the last %s s",
                rest,
                self.what,
                len(folded) or "many",
                _seconds(self.interval),
            )
        return len(shown) + bool(rest)


class EscapeWireText(logging.Filter):
    """Escapes control and bidi characters in each record's message (see module doc).

    Attached to a logger, it sees the records logged on that logger itself (a
    logger's filters do not apply to records of its children).
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format: let the handler report it as usual
            return True
        record.msg, record.args = escape_controls(message), None
        return True
