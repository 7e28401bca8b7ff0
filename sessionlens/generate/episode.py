"""What every generator produces: a batch of one producer's events, delivered together."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sessionlens.generate.people import Client

# (epoch ms, event_type, client, properties)
EventTuple = tuple[int, str, Client, dict[str, Any]]


@dataclass
class Batch:
    """Events of one session or one app visit, sorted by time when delivered."""

    partner_id: str
    session_id: str | None
    events: list[EventTuple]


@dataclass(frozen=True)
class Interval:
    start_ms: int
    end_ms: int

    def contains(self, moment_ms: int) -> bool:
        return self.start_ms <= moment_ms < self.end_ms


def overlap(left: list[Interval], right: list[Interval]) -> list[Interval]:
    """The stretches where both lists of (disjoint, sorted) intervals are open."""
    result = []
    for a in left:
        for b in right:
            start, end = max(a.start_ms, b.start_ms), min(a.end_ms, b.end_ms)
            if start < end:
                result.append(Interval(start, end))
    return result
