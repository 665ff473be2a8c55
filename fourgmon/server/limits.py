"""Rate limits: a token bucket per connection, and new connections per source address.

Both are plain objects driven by the caller's clock (``loop.time()``), so tests can
step them without sleeping.
"""

from __future__ import annotations

import ipaddress
from collections import OrderedDict

__all__ = ["ConnectRateLimiter", "TokenBucket", "address_key"]

_NEGLIGIBLE = 1e-6  # seconds


class TokenBucket:
    """``rate`` tokens per second, holding at most ``burst``; ``rate <= 0`` means unlimited.

    :meth:`charge` takes what was used even when the bucket runs dry (the bytes have
    already arrived) and returns how long the caller should pause until the debt is
    repaid: the average rate never exceeds ``rate``, and nothing is dropped.
    """

    __slots__ = ("_at", "_tokens", "burst", "rate")

    def __init__(self, rate: float, burst: float, now: float) -> None:
        self.rate = rate
        self.burst = max(burst, 1.0)
        self._tokens = self.burst
        self._at = now

    def _refill(self, now: float) -> None:
        if now > self._at:
            self._tokens = min(self.burst, self._tokens + (now - self._at) * self.rate)
        self._at = now

    def charge(self, amount: float, now: float) -> float:
        """Use ``amount`` tokens; return the seconds until the bucket is no longer in debt."""
        rate = self.rate
        if rate <= 0:
            return 0.0
        # _refill, inlined: two charges for every read of every connection.
        if now > self._at:
            self._tokens = min(self.burst, self._tokens + (now - self._at) * rate)
        self._at = now
        tokens = self._tokens = self._tokens - amount
        delay = -tokens / rate
        return delay if delay > _NEGLIGIBLE else 0.0  # float dust is not worth a pause

    def take(self, now: float) -> bool:
        """Use one token if there is one; False (and nothing used) when the bucket is empty."""
        if self.rate <= 0:
            return True
        self._refill(now)
        if self._tokens < 1.0:
            return False
        self._tokens -= 1.0
        return True

    def full(self, now: float) -> bool:
        """True when the bucket has refilled completely (its state can be forgotten)."""
        return self._tokens + (now - self._at) * self.rate >= self.burst


def address_key(host: str) -> str:
    """The unit a connection rate is counted per: the IPv4 address, or the IPv6 /64.

    One IPv6 subscriber usually holds a whole /64, so counting single addresses
    would let one peer hop between 2**64 of them.
    """
    try:
        addr = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return host
    if isinstance(addr, ipaddress.IPv6Address):
        if addr.ipv4_mapped is not None:
            return str(addr.ipv4_mapped)
        return str(ipaddress.IPv6Network((addr, 64), strict=False))
    return str(addr)


def _is_loopback(host: str) -> bool:
    try:
        addr = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return addr.is_loopback


class ConnectRateLimiter:
    """New connections per second per source address (a token bucket each).

    ``rate <= 0`` disables it. Loopback peers are exempt when ``exempt_loopback``:
    they are this machine (simulators, benchmarks), which can do anything anyway.
    At most ``max_tracked`` addresses are remembered (least recently seen go first),
    so a flood from many addresses costs bounded memory.
    """

    def __init__(
        self,
        rate: float,
        burst: float,
        *,
        exempt_loopback: bool = True,
        max_tracked: int = 65_536,
    ) -> None:
        self.rate = rate
        self.burst = burst
        self.exempt_loopback = exempt_loopback
        self.max_tracked = max_tracked
        self._buckets: OrderedDict[str, TokenBucket] = OrderedDict()

    def configure(self, rate: float, burst: float, *, exempt_loopback: bool = True) -> None:
        """Change the limits; what was counted so far is forgotten if they changed."""
        if (rate, burst, exempt_loopback) != (self.rate, self.burst, self.exempt_loopback):
            self.rate, self.burst, self.exempt_loopback = rate, burst, exempt_loopback
            self._buckets.clear()

    def __len__(self) -> int:
        return len(self._buckets)

    def allow(self, host: str, now: float) -> bool:
        """Count a new connection from ``host``; False when it exceeds the rate."""
        if self.rate <= 0 or (self.exempt_loopback and _is_loopback(host)):
            return True
        key = address_key(host)
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= self.max_tracked:
                self._prune(now)
            bucket = self._buckets[key] = TokenBucket(self.rate, self.burst, now)
        else:
            self._buckets.move_to_end(key)
        return bucket.take(now)

    def _prune(self, now: float) -> None:
        # Forget refilled buckets first (no state lost), then the least recently seen.
        for key in [k for k, b in self._buckets.items() if b.full(now)]:
            del self._buckets[key]
        while len(self._buckets) >= self.max_tracked:
            self._buckets.popitem(last=False)
