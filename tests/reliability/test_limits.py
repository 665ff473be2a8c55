"""The rate limiters on their own, with a stepped clock."""

from __future__ import annotations

import pytest

from fourgmon.server.limits import ConnectRateLimiter, TokenBucket, address_key


def test_token_bucket_lets_a_burst_through_then_holds_the_average_rate() -> None:
    bucket = TokenBucket(rate=100.0, burst=100.0, now=0.0)
    assert bucket.charge(100, 0.0) == 0.0  # the whole burst at once
    assert bucket.charge(50, 0.0) == pytest.approx(0.5)  # in debt: pause 0.5 s
    assert bucket.charge(0, 0.5) == 0.0  # debt repaid after the pause
    assert bucket.charge(10, 0.6) == 0.0


def test_token_bucket_never_holds_more_than_its_burst() -> None:
    bucket = TokenBucket(rate=10.0, burst=5.0, now=0.0)
    assert bucket.charge(5, 1000.0) == 0.0
    assert bucket.charge(1, 1000.0) == pytest.approx(0.1)


def test_rate_zero_means_unlimited() -> None:
    bucket = TokenBucket(rate=0.0, burst=0.0, now=0.0)
    assert bucket.charge(10**9, 0.0) == 0.0
    assert all(bucket.take(0.0) for _ in range(1000))


def test_connect_limiter_allows_the_burst_then_the_rate() -> None:
    limiter = ConnectRateLimiter(rate=20.0, burst=50, exempt_loopback=False)
    assert all(limiter.allow("203.0.113.7", 0.0) for _ in range(50))
    assert not limiter.allow("203.0.113.7", 0.0)
    assert limiter.allow("198.51.100.1", 0.0)  # another address has its own bucket
    allowed = sum(limiter.allow("203.0.113.7", t / 1000) for t in range(1, 1001))
    assert 19 <= allowed <= 21  # one second later: ~20 more


def test_connect_limiter_exempts_loopback_unless_told_not_to() -> None:
    assert all(ConnectRateLimiter(1.0, 1).allow("127.0.0.1", 0.0) for _ in range(100))
    assert all(ConnectRateLimiter(1.0, 1).allow("::1", 0.0) for _ in range(100))
    strict = ConnectRateLimiter(1.0, 1, exempt_loopback=False)
    assert [strict.allow("127.0.0.1", 0.0) for _ in range(3)] == [True, False, False]


def test_connect_limiter_memory_is_bounded() -> None:
    limiter = ConnectRateLimiter(1.0, 2, exempt_loopback=False, max_tracked=100)
    for i in range(10_000):
        limiter.allow(f"10.{i // 65536}.{i // 256 % 256}.{i % 256}", 0.0)
    assert len(limiter) <= 100


def test_ipv6_peers_are_counted_per_64() -> None:
    assert address_key("2001:db8::1") == address_key("2001:db8::ffff:1") == "2001:db8::/64"
    assert address_key("2001:db8:0:1::1") != address_key("2001:db8::1")
    assert address_key("::ffff:198.51.100.1") == "198.51.100.1"
    assert address_key("fe80::1%eth0") == "fe80::/64"
    assert address_key("not an address") == "not an address"
