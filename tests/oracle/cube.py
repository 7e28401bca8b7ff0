"""Group facts (rows at a cube's grain) by dimensions, as a GraphQL cube query would."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo


class Fact(Protocol):
    """One row at a cube's grain, with its dimension values under their API names."""

    @property
    def dims(self) -> Mapping[str, Any]: ...


Measure = Callable[[Sequence[Any]], dict[str, Any]]


@dataclass(frozen=True)
class CubeOracle:
    """A cube's facts and the function computing its metrics over any group of them."""

    facts: Sequence[Fact]
    measure: Measure

    def where(self, keep: Callable[[Mapping[str, Any]], bool]) -> CubeOracle:
        return CubeOracle([f for f in self.facts if keep(f.dims)], self.measure)

    def group_by(
        self,
        dimensions: Sequence[str],
        grains: Mapping[str, str] | None = None,
        timezone: str = "UTC",
    ) -> dict[tuple, dict[str, Any]]:
        """Metrics per distinct combination of the dimensions (time ones truncated to a grain
        in `timezone`)."""
        groups: dict[tuple, list[Fact]] = defaultdict(list)
        for fact in self.facts:
            key = tuple(
                truncate(fact.dims[name], (grains or {}).get(name), timezone) for name in dimensions
            )
            groups[key].append(fact)
        return {key: self.measure(members) for key, members in groups.items()}

    def totals(self) -> dict[str, Any]:
        return self.measure(self.facts)


def truncate(value: Any, grain: str | None, timezone: str = "UTC") -> Any:
    """A naive UTC timestamp truncated to a grain on the wall clock of `timezone`, given back
    as naive UTC."""
    if grain is None or value is None:
        return value
    local = _truncate_wall_clock(value.replace(tzinfo=UTC).astimezone(ZoneInfo(timezone)), grain)
    # Re-attach the zone so the offset is the one of the truncated wall time (DST).
    return local.replace(tzinfo=ZoneInfo(timezone)).astimezone(UTC).replace(tzinfo=None)


def _truncate_wall_clock(value: datetime, grain: str) -> datetime:
    if grain == "TEN_SECONDS":
        return value.replace(second=value.second // 10 * 10, microsecond=0)
    if grain == "MINUTE":
        return value.replace(second=0, microsecond=0)
    if grain == "TEN_MINUTES":
        return value.replace(minute=value.minute // 10 * 10, second=0, microsecond=0)
    if grain == "HOUR":
        return value.replace(minute=0, second=0, microsecond=0)
    day = value.replace(hour=0, minute=0, second=0, microsecond=0)
    if grain == "DAY":
        return day
    if grain == "WEEK":
        return day - timedelta(days=day.weekday())
    if grain == "MONTH":
        return day.replace(day=1)
    if grain == "QUARTER":
        return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
    if grain == "YEAR":
        return day.replace(month=1, day=1)
    raise ValueError(f"unknown grain {grain!r}")
