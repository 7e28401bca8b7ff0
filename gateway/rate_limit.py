"""Per-API-key rate limit: a token bucket per key id (a sustained rate plus a burst).

A key may send `burst` requests at once and `per_second` requests a second after that.
Buckets live in an LRU keyed by key id: a bucket idle long enough to be full again is
dropped (a fresh one is the same), and at most `max_keys` are kept, so memory stays
bounded whatever the number of keys.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from gateway.errors import RateLimited

DEFAULT_MAX_KEYS = 10_000


@dataclass
class _Bucket:
    tokens: float
    updated_at: float


class RateLimiter:
    """Token buckets per key id; safe to call from the event loop and from threads.

    `per_second` 0 turns the limit off. `clock` (seconds, monotonic) is injectable for tests.
    """

    def __init__(
        self,
        per_second: float,
        burst: int,
        *,
        max_keys: int = DEFAULT_MAX_KEYS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if per_second < 0:
            raise ValueError(f"the rate must not be negative, got {per_second}")
        if per_second > 0 and burst < 1:
            raise ValueError(f"the burst must be at least 1 while the rate is on, got {burst}")
        if max_keys < 1:
            raise ValueError(f"max_keys must be at least 1, got {max_keys}")
        self.per_second = per_second
        self.burst = burst
        self.max_keys = max_keys
        self._clock = clock
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.per_second > 0

    def __len__(self) -> int:
        """How many buckets are kept (keys seen recently and not yet refilled)."""
        return len(self._buckets)

    def acquire(self, key_id: str) -> float:
        """Take one token from `key_id`'s bucket: 0.0 when the request may go ahead, else
        the seconds until the bucket holds a whole token again (nothing is taken then)."""
        if not self.enabled:
            return 0.0
        with self._lock:
            now = self._clock()
            bucket = self._buckets.pop(key_id, None)
            self._drop_refilled(now)
            if bucket is None:
                bucket = _Bucket(float(self.burst), now)
            else:
                elapsed = max(0.0, now - bucket.updated_at)
                bucket.tokens = min(float(self.burst), bucket.tokens + elapsed * self.per_second)
                bucket.updated_at = now
            self._buckets[key_id] = bucket
            while len(self._buckets) > self.max_keys:
                # Evicting a bucket that is not full yet grants its key a fresh burst; only
                # more than `max_keys` keys active at once can cause that.
                self._buckets.popitem(last=False)
            if bucket.tokens >= 1:
                bucket.tokens -= 1
                return 0.0
            return (1 - bucket.tokens) / self.per_second

    def check(self, key_id: str) -> None:
        """Charge one request to `key_id`; raises RateLimited when its bucket is empty."""
        wait = self.acquire(key_id)
        if wait > 0:
            seconds = max(1, math.ceil(wait))
            raise RateLimited(
                f"this API key is over its rate limit ({self.burst} requests at once, then "
                f"{self.per_second:g} a second); retry in {seconds} s",
                retry_after_seconds=seconds,
            )

    def _drop_refilled(self, now: float) -> None:
        """Drop least recently used buckets that have refilled since their last use."""
        refill_seconds = self.burst / self.per_second
        while self._buckets:
            oldest = next(iter(self._buckets.values()))
            if now - oldest.updated_at < refill_seconds:
                return
            self._buckets.popitem(last=False)
