"""`compare`: the previous query's `where` and the span its rows move by to pair with the
current query's time buckets (SPEC 4.5 "Period over period").

The previous query is the current one with every bound on the compared time dimension
moved back by the span (an exclusive bound stays exclusive); `inLast` keeps
`[asOf - 2L, asOf - L]`. A row of the previous period at time `t` pairs with the current
bucket holding `t + span`, so the current bucket `[b, b')` pairs with `[b - span, b' - span)`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from gateway.catalog.model import Cube, DataType
from gateway.compiler.bounds import BOUNDS, in_last_start, time_window
from gateway.compiler.plan import comparisons
from gateway.compiler.spans import Span
from gateway.errors import BadUserInput
from gateway.query import (
    AllOf,
    AnyOf,
    Comparison,
    Condition,
    CubeQuery,
    InLast,
    Negation,
    Operator,
    TimeSpan,
    TimeUnit,
)


@dataclass(frozen=True)
class PreviousPeriod:
    where: Condition
    span: Span


def previous_period(cube: Cube, query: CubeQuery, now: datetime) -> PreviousPeriod | None:
    """The previous period of `query.compare`, None without `compare`."""
    if query.compare is None:
        return None
    bounded = sorted(
        {
            c.field
            for c in comparisons(query.where)
            if c.operator in BOUNDS and cube.dimensions_by_name[c.field].type is DataType.TIME
        }
    )
    if len(bounded) != 1:
        found = f"it bounds {', '.join(f'`{f}`' for f in bounded)}" if bounded else "it has none"
        raise BadUserInput(
            "`compare` needs `where` to bound exactly one time dimension (`gte`/`gt`, "
            f"`lte`/`lt` or `inLast`); {found}",
            argument="compare",
        )
    (field,) = bounded
    span = _span(query, field, now)
    assert query.where is not None
    moved = _moved_back(query.where, field, span, now, query.timezone)
    return PreviousPeriod(moved, span)


def _span(query: CubeQuery, field: str, now: datetime) -> Span:
    assert query.compare is not None
    if query.compare.offset is not None:
        return Span.of(query.compare.offset)
    window = time_window(query.where, field, now, query.timezone)
    if window.in_last is not None:
        span = Span.of(TimeSpan(window.in_last.amount, window.in_last.unit))
    elif window.lower is None or window.upper is None:
        raise BadUserInput(
            f"`compare.previousPeriod` needs a window on `{field}`: an `inLast`, or a lower "
            "and an upper bound in `where` (or give `compare.offset`)",
            argument="compare",
        )
    else:
        span = Span(fixed=window.upper - window.lower)
    if span.months <= 0 and span.fixed.total_seconds() <= 0:
        raise BadUserInput(
            f"`compare.previousPeriod`: the window on `{field}` is empty, so it has no length "
            "to move back by",
            argument="compare",
        )
    return span


def _moved_back(
    condition: Condition, field: str, span: Span, now: datetime, timezone: str
) -> Condition:
    match condition:
        case AllOf(parts) | AnyOf(parts):
            moved = tuple(_moved_back(part, field, span, now, timezone) for part in parts)
            return type(condition)(moved)
        case Negation(inner):
            return Negation(_moved_back(inner, field, span, now, timezone))
        case Comparison() if condition.field == field and condition.operator in BOUNDS:
            return _moved_comparison(condition, span, now, timezone)
    return condition


def _moved_comparison(
    comparison: Comparison, span: Span, now: datetime, timezone: str
) -> Condition:
    value = comparison.value
    if not isinstance(value, InLast):
        assert isinstance(value, datetime)
        return replace(comparison, value=span.before(value, timezone))
    argument = f"where.{comparison.field}.inLast"
    if value.unit is TimeUnit.MONTH and span.months:
        # [asOf - 2L, asOf - L] in calendar months: counted from asOf, clamped once.
        start = in_last_start(
            InLast(value.amount + span.months, value.unit), now, timezone, argument
        )
    else:
        start = span.before(in_last_start(value, now, timezone, argument), timezone)
    return AllOf(
        (
            Comparison(comparison.field, Operator.GTE, start),
            Comparison(comparison.field, Operator.LTE, span.before(now, timezone)),
        )
    )
