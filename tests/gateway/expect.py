"""Expected answers computed in plain Python over the hand-written rows."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import pytest

Row = dict[str, Any]


def where(rows: Iterable[Row], predicate: Callable[[Row], bool] = lambda _: True) -> list[Row]:
    return [row for row in rows if predicate(row)]


def of_partner(rows: Iterable[Row], partner: str) -> list[Row]:
    return [row for row in rows if row["partner_id"] == partner]


def users(rows: Iterable[Row], predicate: Callable[[Row], bool] = lambda _: True) -> int:
    """Distinct (partner, user) pairs: the same user id in two partners is two users."""
    return len(
        {(r["partner_id"], r["user_id"]) for r in rows if r["user_id"] is not None and predicate(r)}
    )


def ratio(numerator: float, denominator: float) -> float | None:
    return None if denominator == 0 else numerator / denominator


def mean(values: Iterable[float | None]) -> float | None:
    present = [value for value in values if value is not None]
    return sum(present) / len(present) if present else None


def quantile(values: Iterable[float | None], q: float) -> float | None:
    """Continuous quantile (linear interpolation between closest ranks)."""
    ordered = sorted(value for value in values if value is not None)
    if not ordered:
        return None
    position = q * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def groups(rows: Iterable[Row], *columns: str) -> dict[tuple, list[Row]]:
    grouped: dict[tuple, list[Row]] = {}
    for row in rows:
        grouped.setdefault(tuple(row.get(c) for c in columns), []).append(row)
    return grouped


def approx(value: Any) -> Any:
    """Floats compare approximately (sums are taken in another order), nested too."""
    if isinstance(value, dict):
        return {key: approx(item) for key, item in value.items()}
    if isinstance(value, float):
        return pytest.approx(value)
    return value


def keyed(rows: list[Row], *dimensions: str) -> dict[tuple, Row]:
    """API rows by their dimension values, metrics only."""
    return {
        tuple(row[d] for d in dimensions): {k: v for k, v in row.items() if k not in dimensions}
        for row in rows
    }
