"""Every bad use of `compare`, `fill` and `window` is a BAD_USER_INPUT naming the argument,
and the month arithmetic of `compare` clamps as SPEC 4.2 says."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from gateway.catalog import CUBES_BY_NAME
from gateway.compiler.compare import previous_period
from gateway.query import AllOf, Compare, Comparison, CubeQuery, Operator, TimeSpan, TimeUnit
from tests.gateway.conftest import Api

WINDOW = '{ startTime: { gte: "2026-10-25T00:00:00Z", lt: "2026-10-27T00:00:00Z" } }'


@pytest.mark.parametrize(
    ("arguments", "selection", "argument", "words"),
    [
        ("compare: { previousPeriod: true }", "sessionCount", "compare", "exactly one time"),
        (
            'compare: { previousPeriod: true }, where: { startTime: { gte: "2026-10-25" } }',
            "sessionCount",
            "compare",
            "a lower and an upper bound",
        ),
        (
            "compare: { previousPeriod: true }, where: { startTime: "
            '{ gte: "2026-10-25", lt: "2026-10-25" } }',
            "sessionCount",
            "compare",
            "empty",
        ),
        (
            "compare: { offset: { amount: 1, unit: DAY } }, where: { startTime: "
            '{ gte: "2026-10-25" }, endTime: { lt: "2026-10-27" } }',
            "sessionCount",
            "compare",
            "`endTime`, `startTime`",
        ),
        (
            f"compare: {{ previousPeriod: true, offset: {{ amount: 1, unit: DAY }} }}, "
            f"where: {WINDOW}",
            "sessionCount",
            "compare",
            "exactly one of",
        ),
        (f"compare: {{}}, where: {WINDOW}", "sessionCount", "compare", "exactly one of"),
        (
            f"compare: {{ offset: {{ amount: 0, unit: DAY }} }}, where: {WINDOW}",
            "sessionCount",
            "compare.offset",
            "positive",
        ),
        (f"where: {WINDOW}", "previous { sessionCount }", "compare", "needs the cube's"),
        ("", "change { sessionCount }", "compare", "needs the cube's"),
        ("", "status c: sessionCount(window: { cumulative: true })", "rows.c.window", "grain"),
        (
            "",
            "startTime c: sessionCount(window: { cumulative: true })",
            "rows.c.window",
            "grain",
        ),
        (
            "",
            "startTime(grain: DAY) c: sessionCount(window: { cumulative: true, trailing: "
            "{ amount: 1, unit: DAY } })",
            "rows.c.window",
            "exactly one of",
        ),
        (
            "",
            "startTime(grain: DAY) c: sessionCount(window: {})",
            "rows.c.window",
            "exactly one of",
        ),
        (
            "",
            "startTime(grain: DAY) "
            "c: sessionCount(window: { trailing: { amount: -1, unit: DAY } })",
            "rows.c.window.trailing",
            "positive",
        ),
        ("", "startTime(fill: true) sessionCount", "fill", "grain"),
        (
            "",
            "startTime(grain: DAY, fill: true) endTime(grain: DAY, fill: true) sessionCount",
            "fill",
            "one time dimension",
        ),
        ("limit: 3", "startTime(grain: DAY, fill: true) sessionCount", "fill", "more than"),
    ],
)
def test_bad_input_names_the_argument(
    api: Api, arguments: str, selection: str, argument: str, words: str
) -> None:
    query = f"{{ sessions{f'({arguments})' if arguments else ''} {{ rows {{ {selection} }} }} }}"
    error = api.error(query)
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "argument": argument}, error
    assert words in error["message"]
    assert "SELECT" not in error["message"].upper()


def test_fill_only_exists_on_time_dimensions(api: Api) -> None:
    error = api.error("{ sessions { rows { status(fill: true) sessionCount } } }")
    assert "fill" in error["message"]


def test_change_has_numeric_metrics_only(api: Api) -> None:
    error = api.error(
        "{ viewers(compare: { previousPeriod: true }, where: { sessionStart: "
        "{ inLast: { amount: 1, unit: DAY } } }) { rows { change { firstJoinedAt } } } }"
    )
    assert "firstJoinedAt" in error["message"]


def _moved_bounds(offset: TimeSpan | None, *bounds: Comparison) -> list[object]:
    query = CubeQuery(
        cube="sessions",
        partner_id="A",
        where=bounds[0] if len(bounds) == 1 else AllOf(bounds),
        compare=Compare(offset),
        timezone="Europe/Berlin",
    )
    now = datetime(2026, 3, 31, 12, tzinfo=UTC)
    previous = previous_period(CUBES_BY_NAME["sessions"], query, now)
    assert previous is not None
    where = previous.where
    parts = getattr(where, "conditions", (where,))
    return [(c.operator, c.value.isoformat()) for c in parts]  # type: ignore[union-attr]


def test_a_month_back_clamps_the_day_and_keeps_the_operators() -> None:
    berlin = datetime.fromisoformat("2026-03-31T10:00:00+02:00")
    end = datetime.fromisoformat("2026-05-31T10:00:00+02:00")
    moved = _moved_bounds(
        TimeSpan(1, TimeUnit.MONTH),
        Comparison("startTime", Operator.GT, berlin),
        Comparison("startTime", Operator.LT, end),
    )
    # 03-31 - 1 month = 02-28 on the Berlin wall clock (+01:00 in winter).
    assert moved == [
        (Operator.GT, "2026-02-28T10:00:00+01:00"),
        (Operator.LT, "2026-04-30T10:00:00+02:00"),
    ]
