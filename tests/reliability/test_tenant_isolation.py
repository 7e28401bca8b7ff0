"""Tenant isolation: a partner key sees its own rows only, whatever it asks for.

For every cube and partner, seeded random queries (dimensions, grains, metrics, filters,
order and paging drawn from the catalog, filter values from every partner's data) run
with the partner's key. Expectations come from outside the gateway's partner scoping:

- every returned session id is one of the partner's own, from the generated events;
- the same query from an admin key, filtered to the partner by `partnerId`, gives the
  same rows, totals and row count (the admin path scopes by a user filter, not the key);
- filtering on another partner's ids gives nothing; `partnerId` is refused to partner keys.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from typing import Any

import pytest

from gateway.catalog import CATALOG, CUBES_BY_NAME, Cube, DataType, Dimension, Metric, upper_snake
from gateway.query import TimeGrain
from tests.deployment import BAD_LINES, Deployment
from tests.oracle.app_sessions import app_sessions
from tests.reliability import budget, figures
from tests.reliability.live_api import admin_key, answer, post

IDENTITY = "sessionId"
TIMES = ("2026-02-28T12:00:00", "2026-03-01T00:00:00", "2026-03-01T18:30:00", "2026-03-02T06:00")
STRING_OPERATORS = ("eq", "ne", "in", "notIn", "contains", "startsWith")


def pascal(name: str) -> str:
    return name[:1].upper() + name[1:]


def visible_dimensions(cube: Cube) -> list[Dimension]:
    return [d for d in cube.all_dimensions if not d.admin_only]


class QueryMaker:
    """Random cube queries for one (cube, partner, index), reproducible from the seed."""

    def __init__(self, cube: Cube, values: dict[str, list[str]], seed: str) -> None:
        self.cube = cube
        self.values = values
        self.rng = random.Random(seed)

    def document(self) -> tuple[str, dict[str, Any]]:
        rng, cube = self.rng, self.cube
        others = [d for d in visible_dimensions(cube) if d.name != IDENTITY]
        dimensions = [d for d in visible_dimensions(cube) if d.name == IDENTITY]
        dimensions += rng.sample(others, k=rng.randint(0, min(2, len(others))))
        metrics = rng.sample(cube.metrics, k=rng.randint(1, min(3, len(cube.metrics))))
        fields = [self._dimension_field(d) for d in dimensions] + [m.name for m in metrics]
        sortable: list[Dimension | Metric] = [*dimensions, *metrics]
        order_by = [
            {"field": upper_snake(f.name), "direction": rng.choice(["ASC", "DESC"])}
            for f in rng.sample(sortable, k=rng.randint(0, min(2, len(sortable))))
        ]
        variables = {
            "where": self.condition(depth=2),
            "orderBy": order_by,
            "limit": rng.choice([1, 5, 50, 1000]),
            "offset": rng.choice([0, 0, 3]),
        }
        prefix = pascal(cube.name)
        document = (
            f"query($where: {prefix}Where, $orderBy: [{prefix}OrderBy!], $limit: Int, "
            f"$offset: Int) {{ {cube.name}(where: $where, orderBy: $orderBy, limit: $limit, "
            f"offset: $offset) {{ rows {{ {' '.join(fields)} }} "
            f"totals {{ {' '.join(m.name for m in metrics)} }} rowCount }} }}"
        )
        return document, variables

    def _dimension_field(self, dimension: Dimension) -> str:
        if dimension.type is DataType.TIME and self.rng.random() < 0.7:
            return f"{dimension.name}(grain: {self.rng.choice(list(TimeGrain)).value})"
        return dimension.name

    def condition(self, depth: int) -> dict[str, Any] | None:
        rng = self.rng
        shape = rng.choice(["none", "leaf", "leaf", "AND", "OR", "NOT"] if depth else ["leaf"])
        if shape == "none":
            return None
        if shape == "leaf":
            return self.comparison(rng.choice(visible_dimensions(self.cube)))
        if shape == "NOT":
            return {"NOT": self.condition(depth - 1) or {}}
        return {shape: [self.condition(depth - 1) or {} for _ in range(rng.randint(1, 3))]}

    def comparison(self, dimension: Dimension) -> dict[str, Any]:
        rng = self.rng
        if dimension.type is DataType.BOOLEAN:
            return {dimension.name: {"eq": rng.choice([True, False])}}
        if dimension.type is DataType.ENUM:
            names = [upper_snake(value) for value in dimension.enum_values]
            operator = rng.choice(["eq", "ne", "in", "notIn"])
            chosen = rng.sample(names, k=rng.randint(1, len(names)))
            listed = operator in ("in", "notIn")
            return {dimension.name: {operator: chosen if listed else chosen[0]}}
        if dimension.type is DataType.TIME:
            return {dimension.name: {rng.choice(["gte", "gt", "lt", "lte"]): rng.choice(TIMES)}}
        if dimension.type is not DataType.STRING:
            return {dimension.name: {"isNull": rng.choice([True, False])}}
        pool = self.values.get(dimension.name) or ["none"]
        operator = rng.choice(STRING_OPERATORS)
        if operator in ("in", "notIn"):
            return {
                dimension.name: {operator: rng.sample(pool, k=rng.randint(1, min(4, len(pool))))}
            }
        value = rng.choice(pool)
        if operator in ("contains", "startsWith"):
            value = value[:3] if len(value) >= 3 else "zzz"
        return {dimension.name: {operator: value}}


def admin_values(deployment: Deployment, admin: str, cube: Cube) -> dict[str, list[str]]:
    """Every partner's values of each string dimension: filters mix all tenants' data."""
    strings = [d for d in visible_dimensions(cube) if d.type is DataType.STRING]
    fields = " ".join(
        f"{d.name}: {cube.name}(limit: 10000) {{ rows {{ {d.name} }} }}" for d in strings
    )
    data = answer(post(deployment, admin, f"{{ {fields} }}")).body["data"]
    return {
        name: [row[name] for row in result["rows"] if row[name] is not None]
        for name, result in data.items()
    }


def scoped_to(where: dict[str, Any] | None, partner: str) -> dict[str, Any]:
    own = {"partnerId": {"eq": partner}}
    return {"AND": [where, own]} if where else own


def rounded(value: Any) -> Any:
    """Floats to 9 significant digits: sums over the same rows in another order may differ
    in the last bits."""
    if isinstance(value, float):
        return float(f"{value:.9g}") if math.isfinite(value) else value
    if isinstance(value, dict):
        return {key: rounded(item) for key, item in value.items()}
    if isinstance(value, list):
        return [rounded(item) for item in value]
    return value


def cube_partner_pairs(deployment: Deployment) -> Iterator[tuple[Cube, str]]:
    for cube in CATALOG:
        for partner in sorted(deployment.keys):
            yield cube, partner


@pytest.mark.timeout(900)
def test_random_partner_queries_return_only_the_partners_rows(deployment: Deployment) -> None:
    admin = admin_key(deployment)
    per_cube = budget.current().isolation_queries_per_cube
    own_sessions = {p: {s.session_id for s in deployment.sessions_of(p)} for p in deployment.keys}
    values = {cube.name: admin_values(deployment, admin, cube) for cube in CATALOG}
    queries = rows_checked = 0
    for cube, partner in cube_partner_pairs(deployment):
        for index in range(per_cube):
            maker = QueryMaker(cube, values[cube.name], f"{cube.name}/{partner}/{index}")
            document, variables = maker.document()
            seen = answer(post(deployment, deployment.keys[partner], document, variables))
            assert seen.status == 200 and not seen.errors, (document, variables, seen.body)
            result = seen.body["data"][cube.name]
            for row in result["rows"]:
                rows_checked += 1
                if IDENTITY in row:
                    assert row[IDENTITY] in own_sessions[partner], (cube.name, partner, row)
            scoped = {**variables, "where": scoped_to(variables["where"], partner)}
            reference = answer(post(deployment, admin, document, scoped))
            assert reference.status == 200 and not reference.errors, reference.body
            expected = reference.body["data"][cube.name]
            assert rounded(result) == rounded(expected), (document, variables)
            queries += 1
    figures.record(
        "tenant_isolation_random_queries",
        {
            "cubes": len(CATALOG),
            "partners": len(deployment.keys),
            "queries_per_cube_and_partner": per_cube,
            "queries": queries,
            "rows_checked": rows_checked,
            "foreign_rows": 0,
        },
    )


def test_same_document_from_each_partner_returns_its_own_sessions(deployment: Deployment) -> None:
    """One document for every partner in turn (a shared response cache must not mix them)."""
    document = "{ sessions(limit: 10000) { rows { sessionId } } }"
    for partner in sorted(deployment.keys):
        rows = deployment.query(partner, document)["sessions"]["rows"]
        expected = {s.session_id for s in deployment.sessions_of(partner)}
        assert {row["sessionId"] for row in rows} == expected


def foreign_ids_document(cube: Cube) -> str:
    return (
        f"query($ids: [String!]) {{ {cube.name}(where: {{ {IDENTITY}: {{ in: $ids }} }}) "
        f"{{ rows {{ {IDENTITY} }} rowCount }} }}"
    )


def test_asking_for_another_partners_ids_returns_nothing(deployment: Deployment) -> None:
    admin = admin_key(deployment)
    session_cubes = [c for c in CATALOG if IDENTITY in c.dimensions_by_name]
    for partner in sorted(deployment.keys):
        foreign = [
            s.session_id for p in deployment.keys if p != partner for s in deployment.sessions_of(p)
        ]
        for cube in session_cubes:
            data = deployment.query(partner, foreign_ids_document(cube), {"ids": foreign})
            assert data[cube.name] == {"rows": [], "rowCount": 0}, (cube.name, partner)
        # The ids are real: the admin key finds every one of them.
        sessions = foreign_ids_document(CUBES_BY_NAME["sessions"])
        reply = answer(post(deployment, admin, sessions, {"ids": foreign}))
        assert reply.body["data"]["sessions"]["rowCount"] == len(foreign)


@pytest.mark.parametrize(
    "document",
    [
        "{ sessions { rows { partnerId sessionCount } } }",
        '{ sessions(where: { partnerId: { eq: "p-globex" } }) { rowCount } }',
        "{ sessions(orderBy: [{ field: PARTNER_ID }]) { rows { sessionId } } }",
        "{ sessions { sql } }",
    ],
)
def test_partner_keys_cannot_reach_across_partners(deployment: Deployment, document: str) -> None:
    reply = answer(post(deployment, deployment.keys[sorted(deployment.keys)[0]], document))
    assert reply.body.get("data") is None
    assert reply.error_codes == ["FORBIDDEN"], reply.body


def test_partner_totals_match_the_generated_data(deployment: Deployment) -> None:
    """Totals without filters, per partner key, against counts from the generated events:
    app sessions (not keyed by session id) and rejected lines (the deployment's bad lines
    belong to no partner of its keys, so no partner sees them; an admin sees them all)."""
    by_partner: dict[str, int] = {}
    for session in app_sessions(deployment.events):
        partner = session.events[0].partner_id
        by_partner[partner] = by_partner.get(partner, 0) + 1
    document = "{ appSessions { totals { sessionCount } } ingestion { totals { rejectedLines } } }"
    for partner in sorted(deployment.keys):
        data = deployment.query(partner, document)
        assert data["appSessions"]["totals"]["sessionCount"] == by_partner.get(partner, 0)
        assert data["ingestion"]["totals"]["rejectedLines"] == 0
    everything = answer(post(deployment, admin_key(deployment), document)).body["data"]
    assert everything["appSessions"]["totals"]["sessionCount"] == sum(by_partner.values())
    assert everything["ingestion"]["totals"]["rejectedLines"] == len(BAD_LINES)
