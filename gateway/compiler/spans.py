"""Spans of time on a query's clock: how far `compare` moves a window, where a bucket ends,
where a trailing window starts, and every bucket between two others (for `fill`).

A span is a fixed length (MINUTE, HOUR, DAY, WEEK: 60 s, 1 h, 24 h, 7 x 24 h) or calendar
months on the wall clock of the query's timezone, the day clamped to the month's last
(DuckDB's month arithmetic clamps the same way as `months_before`). Bucket values come
in the representation of `time_value`: naive UTC in a fixed-offset zone, else an instant.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlglot import exp

from gateway.compiler.time import (
    FIXED_UNITS,
    Zone,
    local_time,
    months_before,
    shifted,
    template,
)
from gateway.query import TimeGrain, TimeSpan, TimeUnit

_SUB_DAY_STEPS = {
    TimeGrain.TEN_SECONDS: timedelta(seconds=10),
    TimeGrain.MINUTE: timedelta(minutes=1),
    TimeGrain.TEN_MINUTES: timedelta(minutes=10),
    TimeGrain.HOUR: timedelta(hours=1),
}
# Calendar steps of day and coarser grains, on the wall clock.
_CALENDAR_STEPS = {
    TimeGrain.DAY: (1, "DAY"),
    TimeGrain.WEEK: (7, "DAY"),
    TimeGrain.MONTH: (1, "MONTH"),
    TimeGrain.QUARTER: (3, "MONTH"),
    TimeGrain.YEAR: (1, "YEAR"),
}


@dataclass(frozen=True)
class Span:
    """A fixed length, or (when `months`) that many calendar months."""

    fixed: timedelta = timedelta(0)
    months: int = 0

    @classmethod
    def of(cls, span: TimeSpan) -> Span:
        if span.unit is TimeUnit.MONTH:
            return cls(months=span.amount)
        return cls(fixed=span.amount * FIXED_UNITS[span.unit])

    def before(self, moment: datetime, timezone: str) -> datetime:
        """`moment` moved back by the span (months on the wall clock of `timezone`)."""
        if self.months:
            return months_before(moment.astimezone(ZoneInfo(timezone)), self.months)
        return moment.astimezone(UTC) - self.fixed


def _interval(amount: int, unit: str) -> exp.Interval:
    return exp.Interval(this=exp.Literal.string(str(amount)), unit=exp.var(unit))


def _fixed(length: timedelta) -> exp.Interval:
    return _interval(length // timedelta(microseconds=1), "MICROSECOND")


def _plus(value: exp.Expression, interval: exp.Interval, sign: int) -> exp.Expression:
    if sign < 0:
        return exp.Sub(this=value, expression=interval)
    return exp.Add(this=value, expression=interval)


def _on_wall_clock(
    value: exp.Expression, interval: exp.Interval, sign: int, zone: Zone
) -> exp.Expression:
    """A bucket value moved by a calendar interval on the zone's wall clock."""
    if zone.fixed_offset is not None:
        local = shifted(value, zone.fixed_offset)
        return shifted(_plus(local, interval, sign), -zone.fixed_offset)
    local = local_time(zone.name, value)
    return template("timezone($tz, $moved)", tz=zone.name, moved=_plus(local, interval, sign))


def moved_value(value: exp.Expression, span: Span, sign: int, zone: Zone) -> exp.Expression:
    """A bucket value (or raw `time_value`) moved forward (`sign` 1) or back by `span`."""
    if span.months:
        return _on_wall_clock(value, _interval(span.months, "MONTH"), sign, zone)
    return _plus(value, _fixed(span.fixed), sign)


def moved_stored(column: exp.Expression, span: Span, zone: Zone) -> exp.Expression:
    """A stored naive-UTC time moved forward by `span`, still naive UTC: what puts a row of
    the previous period into the bucket it pairs with."""
    if not span.months or zone.fixed_offset is not None:
        return moved_value(column, span, 1, zone)
    instant = template("timezone('UTC', $column)", column=column)
    return local_time(exp.Literal.string("UTC"), moved_value(instant, span, 1, zone))


def bucket_end(value: exp.Expression, grain: TimeGrain, zone: Zone) -> exp.Expression:
    """Where the bucket starting at `value` ends: the start of the next one."""
    if grain in _SUB_DAY_STEPS:
        return _plus(value, _fixed(_SUB_DAY_STEPS[grain]), 1)
    amount, unit = _CALENDAR_STEPS[grain]
    return _on_wall_clock(value, _interval(amount, unit), 1, zone)


def bucket_series(
    first: exp.Expression, last: exp.Expression, grain: TimeGrain, zone: Zone
) -> tuple[exp.Expression, exp.Expression]:
    """Every bucket from `first` to `last` (bucket values): a list expression to unnest
    into a column, and the bucket value of one element of it (`$element` placeholder).
    Sub-day buckets step by a fixed length; day and coarser ones on the wall clock, so a
    DST day is one bucket of 23 or 25 hours."""
    element = exp.Placeholder(this="element")
    if grain in _SUB_DAY_STEPS:
        step = _fixed(_SUB_DAY_STEPS[grain])
        return exp.func("generate_series", first, last, step), element
    amount, unit = _CALENDAR_STEPS[grain]
    step = _interval(amount, unit)
    if zone.fixed_offset is not None:
        offset = zone.fixed_offset
        series = exp.func("generate_series", shifted(first, offset), shifted(last, offset), step)
        return series, shifted(element, -offset)
    series = exp.func(
        "generate_series", local_time(zone.name, first), local_time(zone.name, last), step
    )
    return series, template("timezone($tz, $element)", tz=zone.name, element=element)
