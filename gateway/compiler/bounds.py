"""The window `where` sets on one time dimension: its bounds at the top level of `where`
(an `inLast`, lower and upper bounds), which `compare` and `fill` build on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from gateway.compiler.time import window_start
from gateway.errors import BadUserInput
from gateway.query import AllOf, Comparison, Condition, InLast, Operator

LOWER = (Operator.GT, Operator.GTE)
UPPER = (Operator.LT, Operator.LTE)
BOUNDS = (*LOWER, *UPPER, Operator.IN_LAST)


@dataclass(frozen=True)
class TimeWindow:
    """`lower` / `upper`: the tightest bounds (None: unbounded); `upper_exclusive` for `lt`;
    `in_last`: the window is exactly one `inLast`."""

    lower: datetime | None = None
    upper: datetime | None = None
    upper_exclusive: bool = False
    in_last: InLast | None = None

    @property
    def last_instant(self) -> datetime | None:
        """The latest time inside the window (a stored time has microseconds at most)."""
        if self.upper is None or not self.upper_exclusive:
            return self.upper
        return self.upper - timedelta(microseconds=1)


def _conjuncts(condition: Condition | None) -> list[Comparison]:
    match condition:
        case Comparison():
            return [condition]
        case AllOf(parts):
            return [c for part in parts for c in _conjuncts(part)]
    return []


def in_last_start(window: InLast, now: datetime, timezone: str, argument: str) -> datetime:
    try:
        return window_start(window, now, timezone)
    except (OverflowError, ValueError):
        raise BadUserInput(
            f"`{argument}`: {window.amount} {window.unit.lower()}s before now is before the year 1",
            argument=argument,
        ) from None


def time_window(where: Condition | None, field: str, now: datetime, timezone: str) -> TimeWindow:
    """The window the top-level conditions of `where` set on `field`."""
    bounds = [c for c in _conjuncts(where) if c.field == field and c.operator in BOUNDS]
    lowers: list[datetime] = []
    uppers: list[tuple[datetime, bool]] = []
    for comparison in bounds:
        value = comparison.value
        if isinstance(value, InLast):
            lowers.append(in_last_start(value, now, timezone, f"where.{field}.inLast"))
            uppers.append((now, False))
        elif isinstance(value, datetime) and comparison.operator in LOWER:
            lowers.append(value)
        elif isinstance(value, datetime):
            uppers.append((value, comparison.operator is Operator.LT))
    # The tightest upper bound; at equal times an exclusive one is tighter.
    upper = min(uppers, key=lambda bound: (bound[0], not bound[1]), default=None)
    only = bounds[0].value if len(bounds) == 1 else None
    return TimeWindow(
        lower=max(lowers, default=None),
        upper=upper[0] if upper else None,
        upper_exclusive=bool(upper and upper[1]),
        in_last=only if isinstance(only, InLast) else None,
    )
