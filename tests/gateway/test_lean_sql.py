"""The compiler's fast paths: a join only when a field reads it, a plain `date_trunc` in
zones with one offset, and rows of one-row groups limited before grouping. Each renders
what it promises and answers what the rows of tests/gateway/data.py give when computed in
Python (or, for the joins, a hand-written join over the same snapshot)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import duckdb
import pytest
from sqlglot import exp

from gateway.catalog import CATALOG, CUBES_BY_NAME
from gateway.catalog.model import (
    Cube,
    DataType,
    Dimension,
    Metric,
    PreAggregation,
    Source,
    table_aliases,
)
from gateway.compiler import compile_cube_query
from gateway.compiler.one_row import one_row_value
from gateway.compiler.parameters import Statement
from gateway.compiler.time import fixed_offset
from gateway.query import (
    Comparison,
    CubeQuery,
    DimensionSelection,
    Direction,
    MetricSelection,
    Operator,
    Ordering,
    TimeGrain,
)
from sessionlens.core.settings import Paths
from tests.gateway import data
from tests.gateway.conftest import MARTS
from tests.gateway.marts import publish_snapshot

UTC_NAME = "UTC"


@pytest.fixture(scope="module")
def connection(tmp_path_factory: pytest.TempPathFactory) -> Iterator[duckdb.DuckDBPyConnection]:
    paths = Paths(tmp_path_factory.mktemp("lean")).ensure()
    publish_snapshot(paths, "lean", MARTS)
    with duckdb.connect(str(paths.snapshots_dir / "lean.duckdb"), read_only=True) as opened:
        yield opened


def _compiled(cube: str, **query: Any) -> Any:
    query.setdefault("partner_id", "A")
    return compile_cube_query(CUBES_BY_NAME[cube], CubeQuery(cube=cube, **query))


def _run(connection: duckdb.DuckDBPyConnection, statement: Statement | None) -> list[tuple]:
    assert statement is not None
    return connection.execute(statement.sql, statement.parameters).fetchall()


def _dimensions(*names: str) -> tuple[DimensionSelection, ...]:
    return tuple(DimensionSelection(name, name) for name in names)


def _metrics(*names: str) -> tuple[MetricSelection, ...]:
    return tuple(MetricSelection(name, name) for name in names)


# -- joins --------------------------------------------------------------------------------


def test_a_query_reading_no_joined_column_renders_no_join(connection) -> None:
    compiled = _compiled(
        "viewers",
        dimensions=_dimensions("country", "device"),
        metrics=_metrics("uniqueViewers"),
        row_count=True,
        totals=_metrics("uniqueViewers"),
    )
    for statement in (compiled.rows, compiled.row_count, compiled.totals):
        assert "JOIN" not in statement.sql
    reference = connection.execute(
        "SELECT p.country, p.device, count(DISTINCT p.user_id) FILTER (WHERE p.is_viewer) "
        "FROM participants p JOIN sessions s USING (partner_id, session_id) "
        "WHERE p.partner_id = 'A' GROUP BY ALL"
    ).fetchall()
    assert sorted(_run(connection, compiled.rows), key=repr) == sorted(reference, key=repr)
    assert _run(connection, compiled.row_count) == [(len(reference),)]


@pytest.mark.parametrize(
    ("cube", "query"),
    [
        ("viewers", {"dimensions": _dimensions("sessionTitle")}),
        ("viewers", {"where": Comparison("meetingId", Operator.EQ, "m1")}),
        ("sessions", {"dimensions": _dimensions("status")}),
    ],
    ids=["dimension", "filter", "other-source-dimension"],
)
def test_a_field_reading_a_joined_column_keeps_the_join(cube: str, query: dict) -> None:
    metric = "uniqueViewers" if cube == "viewers" else "uniqueParticipants"
    compiled = _compiled(cube, metrics=_metrics(metric), **query)
    assert "JOIN sessions AS sessions" in compiled.rows.sql


def test_a_filter_on_a_joined_column_answers_as_the_join_does(connection) -> None:
    where = Comparison("meetingId", Operator.EQ, "m1")
    compiled = _compiled(
        "viewers", dimensions=_dimensions("userId"), metrics=_metrics("reactions"), where=where
    )
    reference = connection.execute(
        "SELECT p.user_id, sum(p.reactions) FROM participants p "
        "JOIN sessions s USING (partner_id, session_id) "
        "WHERE p.partner_id = 'A' AND s.meeting_id = 'm1' GROUP BY ALL"
    ).fetchall()
    assert reference
    assert sorted(_run(connection, compiled.rows), key=repr) == sorted(reference, key=repr)


# -- time zones ---------------------------------------------------------------------------


def test_only_zones_that_never_changed_offset_count_as_fixed() -> None:
    assert fixed_offset("UTC") == timedelta(0)
    assert fixed_offset("Etc/UTC") == timedelta(0)
    assert fixed_offset("Etc/GMT-5") == timedelta(hours=5)  # POSIX sign: east is minus
    assert fixed_offset("Etc/GMT+3") == timedelta(hours=-3)
    # Constant today but not always: Tokyo had summer time until 1951, Kolkata moved.
    for zone in ("Europe/Berlin", "Asia/Tokyo", "Asia/Kolkata", "Africa/Abidjan"):
        assert fixed_offset(zone) is None


def _truncated(moment: datetime, grain: TimeGrain) -> datetime:
    """Wall-time truncation in `moment`'s zone, computed independently of the compiler."""
    if grain is TimeGrain.TEN_SECONDS:
        return moment.replace(second=moment.second // 10 * 10, microsecond=0)
    if grain is TimeGrain.MINUTE:
        return moment.replace(second=0, microsecond=0)
    if grain is TimeGrain.TEN_MINUTES:
        return moment.replace(minute=moment.minute // 10 * 10, second=0, microsecond=0)
    if grain is TimeGrain.HOUR:
        return moment.replace(minute=0, second=0, microsecond=0)
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    calendar = {
        TimeGrain.DAY: day,
        TimeGrain.WEEK: day - timedelta(days=day.weekday()),
        TimeGrain.MONTH: day.replace(day=1),
        TimeGrain.QUARTER: day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1),
        TimeGrain.YEAR: day.replace(month=1, day=1),
    }
    return calendar[grain]


def _expected_live_viewers(zone: str, grain: TimeGrain) -> dict[str, int]:
    viewers: dict[str, set[str]] = {}
    for row in data.TIMELINE:
        if row["partner_id"] == "A":
            local = row["minute_at"].replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(zone))
            bucket = _truncated(local, grain)
            # Re-resolve the wall time's offset (a day bucket can start before a DST change).
            bucket = bucket.replace(tzinfo=None).replace(tzinfo=ZoneInfo(zone))
            users = viewers.setdefault(bucket.isoformat(), set())
            if row["heartbeats"] > 0:
                users.add(row["user_id"])
    return {bucket: len(users) for bucket, users in viewers.items()}


@pytest.mark.parametrize(
    ("zone", "plain"),
    [
        ("UTC", True),
        ("Etc/GMT-5", True),
        ("Etc/GMT+3", True),
        # The data sit on 2026-03-29, the night Berlin moves from +01:00 to +02:00.
        ("Europe/Berlin", False),
        ("Asia/Kathmandu", False),  # +05:45: ten-minute buckets are not UTC ones
    ],
)
@pytest.mark.parametrize("grain", list(TimeGrain))
def test_time_grains_are_exact_on_the_plain_and_the_zoned_path(
    connection, zone: str, plain: bool, grain: TimeGrain
) -> None:
    compiled = _compiled(
        "timeline",
        dimensions=(DimensionSelection("t", "minute", grain),),
        metrics=_metrics("liveUniqueViewers"),
        timezone=zone,
    )
    sql = compiled.rows.sql
    assert ("TIMEZONE(" not in sql) is plain
    if plain:
        assert "DATE_TRUNC(" in sql or "TIME_BUCKET(" in sql
        assert zone not in compiled.rows.parameters.values()
    assert dict(_run(connection, compiled.rows)) == _expected_live_viewers(zone, grain)


def test_a_utc_query_renders_a_plain_date_trunc() -> None:
    compiled = _compiled(
        "timeline",
        dimensions=(DimensionSelection("t", "minute", TimeGrain.HOUR),),
        metrics=_metrics("reactions"),
    )
    assert "DATE_TRUNC('HOUR', timeline.minute_at) AS d0" in compiled.rows.sql
    assert "TIMEZONE(" not in compiled.rows.sql


@pytest.mark.parametrize("zone", ["Etc/GMT+3", "America/Sao_Paulo"])
def test_time_metrics_print_in_the_zone_on_either_path(connection, zone: str) -> None:
    # Sao Paulo has had -03:00 all year since 2019: the zoned path, the same answers.
    compiled = _compiled(
        "viewers",
        dimensions=_dimensions("sessionId"),
        metrics=_metrics("firstJoinedAt"),
        timezone=zone,
    )
    first: dict[str, datetime] = {}
    for row in data.PARTICIPANTS:
        if row["partner_id"] == "A" and row["joined_at"] is not None:
            joined = row["joined_at"]
            first[row["session_id"]] = min(first.get(row["session_id"], joined), joined)
    three_hours_west = ZoneInfo("Etc/GMT+3")
    expected = {
        session: moment.replace(tzinfo=ZoneInfo("UTC")).astimezone(three_hours_west).isoformat()
        for session, moment in first.items()
    }
    answered = {session: text for session, text in _run(connection, compiled.rows) if text}
    assert answered == expected


# -- one row per group ----------------------------------------------------------------------

_GRAIN = _dimensions("sessionId", "userId", "minute")
_TIMELINE_METRICS = _metrics("liveUniqueViewers", "liveEngagementRate", "reactions", "chatMessages")


def _timeline_rows(partners: set[str]) -> list[dict[str, Any]]:
    return [row for row in data.TIMELINE if row["partner_id"] in partners]


def _as_result(row: dict[str, Any], with_partner: bool) -> tuple:
    """The row as its own group: dimensions (then the partner, if grouped), metrics."""
    rate = row["engaged_heartbeats"] / row["heartbeats"] if row["heartbeats"] else None
    dimensions = (row["session_id"], row["user_id"], row["minute_at"].isoformat() + "+00:00")
    partner = (row["partner_id"],) if with_partner else ()
    metrics = (int(row["heartbeats"] > 0), rate, row["reactions"], row["chat_messages"])
    return (*dimensions, *partner, *metrics)


def _sorted(rows: list[dict[str, Any]], keys: list[tuple[str, bool]]) -> list[dict[str, Any]]:
    for column, descending in reversed(keys):  # stable sorts, least significant first
        rows = sorted(rows, key=lambda row: row[column], reverse=descending)
    return rows


_DEFAULT_ORDER = [("minute_at", False), ("session_id", False), ("user_id", False)]


@pytest.mark.parametrize(
    ("order_by", "keys"),
    [
        ((), _DEFAULT_ORDER),
        (
            (Ordering("userId", Direction.DESC),),
            [("user_id", True), ("session_id", False), ("minute_at", False)],
        ),
        (
            (Ordering("minute", Direction.DESC), Ordering("sessionId", Direction.DESC)),
            [("minute_at", True), ("session_id", True), ("user_id", False)],
        ),
    ],
    ids=["default", "user-desc", "minute-session-desc"],
)
@pytest.mark.parametrize(("limit", "offset"), [(2, 0), (2, 1), (3, 2), (100, 0), (4, 5), (1, 9)])
def test_rows_of_one_row_groups_are_limited_before_grouping_and_exact(
    connection, order_by: tuple, keys: list, limit: int, offset: int
) -> None:
    compiled = _compiled(
        "timeline",
        dimensions=_GRAIN,
        metrics=_TIMELINE_METRICS,
        order_by=order_by,
        limit=limit,
        offset=offset,
        row_count=True,
    )
    assert compiled.rows.sql.count("LIMIT") == 2  # the mart's rows, then the groups
    assert "GROUP BY" not in compiled.rows.sql
    assert "AS grouped" not in compiled.row_count.sql
    rows = _sorted(_timeline_rows({"A"}), keys)[offset : offset + limit]
    assert _run(connection, compiled.rows) == [_as_result(row, False) for row in rows]
    assert _run(connection, compiled.row_count) == [(len(_timeline_rows({"A"})),)]


def test_a_filter_applies_before_the_rows_are_limited(connection) -> None:
    compiled = _compiled(
        "timeline",
        dimensions=_GRAIN,
        metrics=_TIMELINE_METRICS,
        where=Comparison("userId", Operator.EQ, "u1"),
        limit=2,
        row_count=True,
    )
    rows = _sorted([r for r in _timeline_rows({"A"}) if r["user_id"] == "u1"], _DEFAULT_ORDER)
    assert _run(connection, compiled.rows) == [_as_result(row, False) for row in rows[:2]]
    assert _run(connection, compiled.row_count) == [(3,)]


def test_across_partners_rows_are_one_per_group_only_with_the_partner_grouped(connection) -> None:
    partner = DimensionSelection("partnerId", "partnerId")
    by_partner = _compiled(
        "timeline", partner_id=None, dimensions=(*_GRAIN, partner), metrics=_TIMELINE_METRICS
    )
    assert by_partner.rows.sql.count("LIMIT") == 2
    keys = [*_DEFAULT_ORDER, ("partner_id", False)]
    expected = [_as_result(row, True) for row in _sorted(_timeline_rows({"A", "B"}), keys)]
    assert _run(connection, by_partner.rows) == expected

    # Without it, partner B's (s1, u1, 00:31) shares a group with partner A's.
    merged = _compiled(
        "timeline", partner_id=None, dimensions=_GRAIN, metrics=_metrics("reactions")
    )
    assert merged.rows.sql.count("LIMIT") == 1
    assert _run(connection, merged.rows)[0] == ("s1", "u1", "2026-03-29T00:31:00+00:00", 51)


def _reactions_by(columns: tuple[str, ...], at_least: int) -> list[dict[str, Any]]:
    """Partner A's reactions summed per `columns`, groups with at least `at_least` kept."""
    sums: dict[tuple, int] = {}
    for row in _timeline_rows({"A"}):
        key = tuple(row[column] for column in columns)
        sums[key] = sums.get(key, 0) + row["reactions"]
    return [
        {**dict(zip(columns, key, strict=True)), "reactions": total}
        for key, total in sums.items()
        if total >= at_least
    ]


def _as_reactions_row(group: dict[str, Any]) -> tuple:
    values = [group[c] for c in ("session_id", "user_id", "minute_at") if c in group]
    texts = [v.isoformat() + "+00:00" if isinstance(v, datetime) else v for v in values]
    return (*texts, group["reactions"])


_ALL_KEYS = ("session_id", "user_id", "minute_at")


@pytest.mark.parametrize(
    ("query", "columns", "at_least", "keys", "groups_are_rows"),
    [
        (
            {"having": Comparison("reactions", Operator.GT, 0)},
            _ALL_KEYS,
            1,
            _DEFAULT_ORDER,
            False,
        ),
        # Groups are still rows, so the count counts rows; only the page needs the metric.
        (
            {"order_by": (Ordering("reactions", Direction.DESC),)},
            _ALL_KEYS,
            0,
            [("reactions", True), ("session_id", False), ("user_id", False), ("minute_at", False)],
            True,
        ),
        (
            {"dimensions": _dimensions("sessionId", "minute")},
            ("session_id", "minute_at"),
            0,
            [("minute_at", False), ("session_id", False)],
            False,
        ),
        (
            {"dimensions": (*_GRAIN[:2], DimensionSelection("m", "minute", TimeGrain.MINUTE))},
            _ALL_KEYS,  # the rows' minutes are whole minutes already
            0,
            _DEFAULT_ORDER,
            False,
        ),
    ],
    ids=["having", "metric-order", "grain-key-missing", "grain-key-truncated"],
)
def test_the_page_is_cut_after_grouping_when_the_first_rows_may_not_be_the_first_groups(
    connection, query: dict, columns: tuple, at_least: int, keys: list, groups_are_rows: bool
) -> None:
    query.setdefault("dimensions", _GRAIN)
    compiled = _compiled(
        "timeline", metrics=_metrics("reactions"), row_count=True, limit=3, offset=1, **query
    )
    assert compiled.rows.sql.count("LIMIT") == 1
    assert ("AS grouped" not in compiled.row_count.sql) is groups_are_rows
    groups = _sorted(_reactions_by(columns, at_least), keys)
    assert _run(connection, compiled.rows) == [_as_reactions_row(g) for g in groups[1:4]]
    assert _run(connection, compiled.row_count) == [(len(groups),)]


def test_a_join_read_by_one_row_groups_keeps_the_whole_grouping(connection) -> None:
    compiled = _compiled(
        "viewers",
        dimensions=_dimensions("sessionId", "userId", "sessionTitle"),
        metrics=_metrics("reactions"),
        limit=2,
    )
    assert "JOIN" in compiled.rows.sql
    assert compiled.rows.sql.count("LIMIT") == 1
    assert len(_run(connection, compiled.rows)) == 2


def _cube_with_grain(key: str, rollup_key: str = "lower(minutes.session_id)") -> Cube:
    rollup = PreAggregation(
        table="minutes",
        grain=("session",),
        dimensions={"session": rollup_key},
        metrics={"n": "sum(minutes.n)"},
    )
    return Cube(
        name="t",
        description="test",
        grain="test",
        sources=(Source("timeline", grain=(key,), preaggregations=(rollup,)),),
        dimensions=(
            Dimension("minute", "timeline.minute_at", DataType.TIME, "m", "M"),
            Dimension("hour", "date_trunc('hour', timeline.minute_at)", DataType.TIME, "h", "H"),
            Dimension("meeting", "sessions.meeting_id", DataType.STRING, "m", "M"),
            Dimension("session", "timeline.session_id", DataType.STRING, "s", "S"),
        ),
        metrics=(Metric("n", "count(*)", DataType.INT, "n", "N"),),
    )


def test_a_grain_key_must_be_a_column_of_its_table() -> None:
    assert _cube_with_grain("minute", "minutes.session_id").sources[0].grain == ("minute",)
    with pytest.raises(ValueError, match="grain key session of minutes"):
        _cube_with_grain("minute")
    for key in ("hour", "meeting", "unknown"):
        with pytest.raises(ValueError, match=f"grain key {key} of timeline"):
            _cube_with_grain(key, "minutes.session_id")


def _catalog_metrics_over_their_own_table() -> Iterator[tuple[str, Metric]]:
    for cube in CATALOG:
        for metric in cube.metrics:
            if table_aliases(metric.expression) <= {metric.source}:
                yield cube.name, metric


@pytest.mark.parametrize(
    ("cube", "metric"),
    list(_catalog_metrics_over_their_own_table()),
    ids=lambda value: value.name if isinstance(value, Metric) else value,
)
def test_every_rewritten_metric_equals_its_aggregate_over_each_single_row(
    connection, cube: str, metric: Metric
) -> None:
    rewritten = one_row_value(metric.expression)
    if rewritten is None:
        assert metric.expression.find(exp.AggFunc) is not None
        return
    assert rewritten.find(exp.AggFunc) is None
    table = metric.source
    (count,) = connection.execute(f"SELECT count(*) FROM {table}").fetchone()
    for index in range(count):
        one = f"(SELECT * FROM {table} ORDER BY ALL LIMIT 1 OFFSET {index}) AS {table}"
        aggregated = connection.execute(f"SELECT {metric.sql} FROM {one}").fetchone()
        per_row = connection.execute(f"SELECT {rewritten.sql('duckdb')} FROM {one}").fetchone()
        assert per_row == aggregated
        assert type(per_row[0]) is type(aggregated[0])


def test_the_metrics_of_the_ten_thousand_row_query_are_all_rewritten() -> None:
    for name in ("liveUniqueViewers", "liveEngagementRate", "reactions", "chatMessages"):
        assert one_row_value(CUBES_BY_NAME["timeline"].metrics_by_name[name].expression)
