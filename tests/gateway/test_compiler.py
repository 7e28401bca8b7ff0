"""The compiler keeps user values out of SQL text and isolates partners in every source."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import duckdb

from gateway.catalog import CATALOG, CUBES_BY_NAME
from gateway.catalog.model import Cube, DataType, Dimension, Metric, PreAggregation, Source
from gateway.compiler import compile_cube_query
from gateway.compiler.time import window_start
from gateway.query import (
    Comparison,
    CubeQuery,
    DimensionSelection,
    InLast,
    MetricSelection,
    Operator,
    TimeGrain,
    TimeUnit,
)
from sessionlens.core.settings import Paths
from tests.gateway.conftest import MARTS, SESSIONS
from tests.gateway.marts import publish_snapshot

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
    publish_snapshot(paths, "x", MARTS)
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


def _per_minute_cube() -> Cube:
    """A cube whose source has a pre-aggregation by session x minute (raw time grain key)."""
    rollup = PreAggregation(
        table="minutes",
        grain=("sessionId", "minute"),
        dimensions={"sessionId": "minutes.session_id", "minute": "minutes.minute_at"},
        metrics={"heartbeats": "sum(minutes.heartbeats)"},
    )
    return Cube(
        name="perMinute",
        description="test",
        grain="test",
        sources=(Source("timeline", preaggregations=(rollup,)),),
        dimensions=(
            Dimension("sessionId", "timeline.session_id", DataType.STRING, "s", "S"),
            Dimension("minute", "timeline.minute_at", DataType.TIME, "m", "M"),
            Dimension("userId", "timeline.user_id", DataType.STRING, "u", "U"),
        ),
        metrics=(
            Metric("heartbeats", "sum(timeline.heartbeats)", DataType.INT, "h", "H"),
            Metric("viewers", "count(DISTINCT timeline.user_id)", DataType.INT, "v", "V"),
        ),
    )


def test_the_first_exact_preaggregation_is_picked() -> None:
    cube = _per_minute_cube()

    def sources(partner: str | None = "A", **query: object) -> tuple[str, ...]:
        compiled = compile_cube_query(
            cube,
            CubeQuery(cube="perMinute", partner_id=partner, **query),  # type: ignore[arg-type]
        )
        return compiled.sources

    grain = (DimensionSelection("s", "sessionId"), DimensionSelection("m", "minute"))
    heartbeats = (MetricSelection("h", "heartbeats"),)
    assert sources(dimensions=grain, metrics=heartbeats) == ("minutes",)
    # The partner is part of every mart's key: grouping by it keeps groups whole cells.
    partner = (DimensionSelection("p", "partnerId"),)
    assert sources(None, dimensions=grain + partner, metrics=heartbeats) == ("minutes",)
    # A truncated grain key merges cells; a missing key, a finer dimension, a filter on
    # a dimension the mart lacks or a metric it cannot re-aggregate all need the source.
    hourly = (grain[0], DimensionSelection("h", "minute", TimeGrain.HOUR))
    assert sources(dimensions=hourly, metrics=heartbeats) == ("timeline",)
    assert sources(dimensions=grain[:1], metrics=heartbeats) == ("timeline",)
    finer = (*grain, DimensionSelection("u", "userId"))
    assert sources(dimensions=finer, metrics=heartbeats) == ("timeline",)
    user_filter = Comparison("userId", Operator.EQ, "u1")
    assert sources(dimensions=grain, metrics=heartbeats, where=user_filter) == ("timeline",)
    assert sources(dimensions=grain, metrics=(MetricSelection("v", "viewers"),)) == ("timeline",)
    # Totals have no groups: rows from the mart, totals from the source.
    assert sources(dimensions=grain, metrics=heartbeats, totals=heartbeats) == (
        "minutes",
        "timeline",
    )


def test_admin_distinct_counts_key_users_by_partner() -> None:
    metrics = (MetricSelection("u", "uniqueViewers"),)
    query = CubeQuery(cube="viewers", partner_id=None, metrics=metrics)
    admin = compile_cube_query(CUBES_BY_NAME["viewers"], query).rows
    partner = compile_cube_query(
        CUBES_BY_NAME["viewers"], CubeQuery(cube="viewers", partner_id="A", metrics=query.metrics)
    ).rows
    assert admin is not None and partner is not None
    assert "(participants.partner_id, participants.user_id)" in admin.sql
    assert "partner_id, participants.user_id" not in partner.sql


def test_in_last_months_are_calendar_months_in_the_timezone_day_clamped() -> None:
    def month_window(now: datetime, timezone: str, amount: int = 1) -> datetime:
        return window_start(InLast(amount, TimeUnit.MONTH), now, timezone)

    # 2026-03-31 00:30 in Berlin (+02:00) is 03-30 22:30 UTC.
    now = datetime(2026, 3, 31, 0, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    # Berlin: 03-31 minus 1 month = 02-28 00:30 (+01:00, winter time) = 02-27 23:30 UTC.
    assert month_window(now, "Europe/Berlin") == datetime(2026, 2, 27, 23, 30, tzinfo=UTC)
    # UTC: 03-30 minus 1 month = 02-28 (clamped from 30) 22:30.
    assert month_window(now, "UTC") == datetime(2026, 2, 28, 22, 30, tzinfo=UTC)
    leap = datetime(2028, 3, 31, 12, tzinfo=UTC)
    assert month_window(leap, "UTC") == datetime(2028, 2, 29, 12, tzinfo=UTC)
    assert month_window(leap, "UTC", amount=15) == datetime(2026, 12, 31, 12, tzinfo=UTC)
    assert month_window(leap, "UTC", amount=0) == leap
    # A DAY is 24 hours, not a calendar day: from 03-29 12:00 (+02:00) it reaches back to
    # 03-28 11:00 (+01:00), across the spring DST change.
    summer = datetime(2026, 3, 29, 12, tzinfo=ZoneInfo("Europe/Berlin"))
    day = window_start(InLast(1, TimeUnit.DAY), summer, "Europe/Berlin")
    assert day == datetime(2026, 3, 28, 10, tzinfo=UTC)
