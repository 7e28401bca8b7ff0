"""Ask a cube over HTTP and compare its answer with the oracle's, group by group."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from tests import oracle
from tests.deployment import Deployment

# Fields whose values are timestamps (dimensions and metrics alike), across every cube.
TIME_FIELDS = frozenset(
    {
        "sessionStart",
        "minute",
        "tenSeconds",
        "launchedAt",
        "playedAt",
        "time",
        "startTime",
        "endTime",
        "concludedAt",
        "firstJoinedAt",
        "lastLeftAt",
        "rejectedAt",
    }
)
LIMIT = 10_000

_oracles: dict[int, dict[str, oracle.PartnerOracle]] = {}


def oracle_of(deployment: Deployment, partner: str) -> oracle.PartnerOracle:
    """The oracle of one partner's events, computed once per deployment."""
    if id(deployment.events) not in _oracles:
        _oracles[id(deployment.events)] = oracle.by_partner(deployment.events)
    return _oracles[id(deployment.events)][partner]


def close(actual: Any, expected: Any) -> bool:
    """Equal, with floats compared at rel 1e-9 / abs 1e-6."""
    if isinstance(expected, float) and isinstance(actual, int | float):
        return math.isclose(actual, expected, rel_tol=1e-9, abs_tol=1e-6)
    return actual == expected


def from_api(name: str, value: Any) -> Any:
    """An API value as the oracle writes it: timestamps as naive UTC datetimes."""
    if name in TIME_FIELDS and value is not None:
        return datetime.fromisoformat(value).astimezone(UTC).replace(tzinfo=None)
    return value


@dataclass(frozen=True)
class CubeQuery:
    """One cube query: grouped by `dimensions`, computing `metrics`, filtered both ways."""

    cube: str
    dimensions: Sequence[str] = ()
    metrics: Sequence[str] = ()
    where: str = ""
    # The same filter as `where`, applied to the oracle's facts.
    keep: Callable[[Mapping[str, Any]], bool] | None = None
    grains: Mapping[str, str] = field(default_factory=dict)
    timezone: str = "UTC"
    # ISO 8601 "now" for `inLast` filters.
    as_of: str | None = None

    def document(self) -> str:
        fields = [
            f"{d}(grain: {self.grains[d]})" if d in self.grains else d for d in self.dimensions
        ]
        arguments = f'limit: {LIMIT}, timezone: "{self.timezone}"'
        if self.where:
            arguments += f", where: {self.where}"
        if self.as_of:
            arguments += f', asOf: "{self.as_of}"'
        totals = f"totals {{ {' '.join(self.metrics)} }}" if self.metrics else ""
        return (
            f"{{ {self.cube}({arguments}) {{ rows {{ {' '.join([*fields, *self.metrics])} }} "
            f"{totals} rowCount }} }}"
        )

    def expected(self, partner_oracle: oracle.PartnerOracle) -> oracle.CubeOracle:
        cube = partner_oracle.cube(self.cube)
        return cube.where(self.keep) if self.keep else cube


def check(deployment: Deployment, partner: str, query: CubeQuery) -> list[dict[str, Any]]:
    """Assert the cube's rows, rowCount and totals equal the oracle's; return the rows."""
    answer = deployment.query(partner, query.document())[query.cube]
    expected = query.expected(oracle_of(deployment, partner))
    groups = expected.group_by(query.dimensions, query.grains, query.timezone)
    rows = answer["rows"]
    assert groups, f"{query.cube}: the oracle expects no rows, so this query tests nothing"
    assert answer["rowCount"] == len(groups) == len(rows), (answer["rowCount"], len(groups))
    for row in rows:
        key = tuple(from_api(d, row[d]) for d in query.dimensions)
        assert key in groups, f"{query.cube}: unexpected group {key}"
        _assert_metrics(query, key, row, groups[key])
    assert len({tuple(row[d] for d in query.dimensions) for row in rows}) == len(rows)
    if query.metrics:
        _assert_metrics(query, "totals", answer["totals"], expected.totals())
    return rows


def _assert_metrics(
    query: CubeQuery, where: object, actual: Mapping[str, Any], expected: Mapping[str, Any]
) -> None:
    wrong = {
        name: (actual[name], expected[name])
        for name in query.metrics
        if not close(from_api(name, actual[name]), expected[name])
    }
    assert not wrong, f"{query.cube} {where}: (actual, expected) {wrong}"
