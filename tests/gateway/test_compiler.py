"""The compiler keeps user values out of SQL text and isolates partners in every source."""

from __future__ import annotations

import duckdb

from gateway.catalog import CATALOG
from gateway.compiler import compile_cube_query
from gateway.query import Comparison, CubeQuery, DimensionSelection, MetricSelection, Operator
from sessionlens.settings import Paths
from tests.gateway.conftest import publish_snapshot

INJECTION = "x' OR 1=1; DROP TABLE sessions; --"


def test_filter_values_are_bound_parameters(tmp_path: object) -> None:
    query = CubeQuery(
        cube="sessions",
        partner_id="A",
        dimensions=(DimensionSelection("t", "title"),),
        metrics=(MetricSelection("u", "uniqueParticipants"),),
        where=Comparison("title", Operator.CONTAINS, INJECTION),
        row_count=True,
    )
    compiled = compile_cube_query(CATALOG[0], query)
    for statement in (compiled.rows, compiled.row_count):
        assert statement is not None
        assert INJECTION not in statement.sql
        assert "DROP" not in statement.sql.upper()
        assert INJECTION in statement.parameters.values()
        # Both sources (sessions and participants) filter on the partner.
        assert statement.sql.count("partner_id = $") == 2
        assert "A" in statement.parameters.values()


def test_injection_string_matches_nothing_and_breaks_nothing(tmp_path) -> None:
    paths = Paths(tmp_path).ensure()
    from tests.gateway.conftest import PARTICIPANTS, SESSIONS

    publish_snapshot(paths, "x", SESSIONS, PARTICIPANTS)
    query = CubeQuery(
        cube="sessions",
        partner_id="A",
        metrics=(MetricSelection("n", "sessionCount"),),
        where=Comparison("title", Operator.EQ, INJECTION),
    )
    statement = compile_cube_query(CATALOG[0], query).rows
    assert statement is not None
    with duckdb.connect(str(paths.snapshots_dir / "x.duckdb"), read_only=True) as connection:
        assert connection.execute(statement.sql, statement.parameters).fetchall() == [(0,)]
        assert connection.execute("SELECT count(*) FROM sessions").fetchone() == (len(SESSIONS),)
