"""Fast weighted sampling from fixed tables, driven by a caller-owned `random.Random`."""

from __future__ import annotations

from bisect import bisect
from collections.abc import Sequence
from itertools import accumulate
from random import Random
from typing import Generic, TypeVar

T = TypeVar("T")


class Weighted(Generic[T]):
    """A table of `(value, weight)` pairs; `pick` costs one `random()` and one bisect."""

    __slots__ = ("_cumulative", "_total", "values")

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        if not pairs or any(weight <= 0 for _, weight in pairs):
            raise ValueError("a weighted table needs at least one entry, all weights > 0")
        self.values: tuple[T, ...] = tuple(value for value, _ in pairs)
        self._cumulative = list(accumulate(weight for _, weight in pairs))
        self._total = self._cumulative[-1]

    def pick(self, rng: Random) -> T:
        return self.values[bisect(self._cumulative, rng.random() * self._total)]
