"""The token bucket on its own, with a hand-driven clock (no sleeps)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from gateway.errors import RateLimited
from gateway.rate_limit import RateLimiter
from sessionlens.core.settings import Settings


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_a_full_bucket_admits_the_burst_then_refuses(clock: FakeClock) -> None:
    limiter = RateLimiter(per_second=5, burst=10, clock=clock)
    assert [limiter.acquire("k") for _ in range(10)] == [0.0] * 10
    # Empty: one token takes 1/5 s to come back.
    assert limiter.acquire("k") == pytest.approx(0.2)
    # A refused request takes nothing: asking again at once gives the same wait.
    assert limiter.acquire("k") == pytest.approx(0.2)


def test_tokens_refill_at_the_rate_and_never_beyond_the_burst(clock: FakeClock) -> None:
    limiter = RateLimiter(per_second=5, burst=10, clock=clock)
    for _ in range(10):
        limiter.acquire("k")
    clock.now += 0.5  # 2.5 tokens
    assert [limiter.acquire("k") for _ in range(2)] == [0.0, 0.0]
    assert limiter.acquire("k") == pytest.approx(0.1)  # 0.5 token left, 0.5 missing
    clock.now += 3600  # refilled to the burst, not to 5 * 3600
    admitted = sum(limiter.acquire("k") == 0.0 for _ in range(100))
    assert admitted == 10


def test_sustained_rate_over_a_long_run(clock: FakeClock) -> None:
    """One request every 1/20 s for 100 s at 5/s with burst 10: the burst plus 5 a second."""
    limiter = RateLimiter(per_second=5, burst=10, clock=clock)
    admitted = 0
    for _ in range(2000):
        admitted += limiter.acquire("k") == 0.0
        clock.now += 0.05
    # Tokens at the last request: 10 + 5 * 99.95 = 509.75 → 509 whole requests.
    assert admitted == 509


def test_keys_have_their_own_buckets(clock: FakeClock) -> None:
    limiter = RateLimiter(per_second=1, burst=2, clock=clock)
    assert [limiter.acquire("a") for _ in range(2)] == [0.0, 0.0]
    assert limiter.acquire("a") > 0
    assert [limiter.acquire("b") for _ in range(2)] == [0.0, 0.0]


def test_check_raises_rate_limited_with_whole_retry_seconds(clock: FakeClock) -> None:
    limiter = RateLimiter(per_second=0.4, burst=1, clock=clock)
    limiter.check("k")
    with pytest.raises(RateLimited) as raised:
        limiter.check("k")
    # 1 token at 0.4/s is 2.5 s away: rounded up, never down.
    assert raised.value.retry_after_seconds == 3
    assert raised.value.extensions == {"code": "RATE_LIMITED", "retryAfterSeconds": 3}
    assert "(1 requests at once, then 0.4 a second); retry in 3 s" in raised.value.message
    fast = RateLimiter(per_second=1000, burst=1, clock=clock)
    fast.check("k")
    with pytest.raises(RateLimited) as raised:
        fast.check("k")
    assert raised.value.retry_after_seconds == 1  # 1 ms away, but never 0


def test_rate_zero_turns_the_limit_off(clock: FakeClock) -> None:
    limiter = RateLimiter(per_second=0, burst=0, clock=clock)
    assert not limiter.enabled
    assert all(limiter.acquire("k") == 0.0 for _ in range(10_000))
    assert len(limiter) == 0


def test_refilled_buckets_are_dropped(clock: FakeClock) -> None:
    limiter = RateLimiter(per_second=10, burst=5, clock=clock)
    for key in ("a", "b", "c"):
        limiter.acquire(key)
    assert len(limiter) == 3
    clock.now += 0.5  # burst / rate: every bucket is full again
    limiter.acquire("d")
    assert len(limiter) == 1


def test_at_most_max_keys_buckets_least_recently_used_evicted(clock: FakeClock) -> None:
    limiter = RateLimiter(per_second=1, burst=1, max_keys=3, clock=clock)
    for key in ("a", "b", "c"):
        limiter.acquire(key)
    limiter.acquire("a")  # refused, but now the most recently used
    limiter.acquire("d")  # evicts b
    assert len(limiter) == 3
    assert limiter.acquire("a") > 0  # a kept its empty bucket
    assert limiter.acquire("c") > 0  # so did c
    assert limiter.acquire("b") == 0.0  # b was evicted: a fresh bucket
    for index in range(10_000):
        limiter.acquire(f"key-{index}")
    assert len(limiter) == 3


def test_concurrent_callers_never_share_out_more_than_the_burst(clock: FakeClock) -> None:
    limiter = RateLimiter(per_second=1, burst=50, clock=clock)
    start = threading.Barrier(8)

    def hammer(_: int) -> int:
        start.wait()
        return sum(limiter.acquire("k") == 0.0 for _ in range(500))

    with ThreadPoolExecutor(max_workers=8) as pool:
        admitted = sum(pool.map(hammer, range(8)))
    assert admitted == 50  # the clock stood still: exactly the burst


@pytest.mark.parametrize(
    ("per_second", "burst", "max_keys", "message"),
    [(-1, 10, 10, "negative"), (5, 0, 10, "burst"), (5, 10, 0, "max_keys")],
)
def test_bad_arguments_are_refused(per_second: float, burst: int, max_keys: int, message: str):
    with pytest.raises(ValueError, match=message):
        RateLimiter(per_second, burst, max_keys=max_keys)


def test_settings_read_the_rate_limit_from_the_environment() -> None:
    defaults = Settings.from_env({})
    assert (defaults.rate_limit_per_second, defaults.rate_limit_burst) == (100.0, 200)
    tuned = Settings.from_env(
        {"SESSIONLENS_RATE_LIMIT_PER_SECOND": "2.5", "SESSIONLENS_RATE_LIMIT_BURST": "4"}
    )
    assert (tuned.rate_limit_per_second, tuned.rate_limit_burst) == (2.5, 4)
    off = Settings.from_env(
        {"SESSIONLENS_RATE_LIMIT_PER_SECOND": "0", "SESSIONLENS_RATE_LIMIT_BURST": "0"}
    )
    assert not RateLimiter(off.rate_limit_per_second, off.rate_limit_burst).enabled
    with pytest.raises(ValueError, match="SESSIONLENS_RATE_LIMIT_BURST=0 must be at least 1"):
        Settings.from_env({"SESSIONLENS_RATE_LIMIT_BURST": "0"})
    with pytest.raises(ValueError, match="SESSIONLENS_RATE_LIMIT_PER_SECOND"):
        Settings.from_env({"SESSIONLENS_RATE_LIMIT_PER_SECOND": "-1"})
