"""How hard the reliability suite pushes: a bounded short mode for CI, a full mode by hand.

`SESSIONLENS_RELIABILITY=full` selects the figures RELIABILITY.md reports; anything
else (the default) runs the same checks with smaller counts so CI stays quick.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Budget:
    mode: str
    load_clients: int
    load_seconds: float
    rebuilds: int
    crash_points: int
    fuzz_cases: int
    isolation_queries_per_cube: int
    rate_limit_requests: int


SHORT = Budget(
    mode="short",
    load_clients=8,
    load_seconds=10,
    rebuilds=2,
    crash_points=3,
    fuzz_cases=150,
    isolation_queries_per_cube=5,
    rate_limit_requests=200,
)
FULL = Budget(
    mode="full",
    load_clients=32,
    load_seconds=60,
    rebuilds=5,
    crash_points=6,
    fuzz_cases=1_500,
    isolation_queries_per_cube=60,
    rate_limit_requests=2_000,
)


def current() -> Budget:
    return FULL if os.environ.get("SESSIONLENS_RELIABILITY") == "full" else SHORT
