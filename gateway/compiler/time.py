"""Time in a query's timezone: grain truncation, ISO 8601 output, and `inLast` windows.

Stored timestamps are naive UTC. Truncation happens on the local wall time: sub-day
grains subtract the local remainder from the instant (so the two 02:30s of a DST fold
stay apart); day and coarser grains convert the truncated wall time back from local.
"""

from __future__ import annotations

import calendar
import functools
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import sqlglot
from sqlglot import exp

from gateway.catalog.model import SQL_DIALECT
from gateway.query import InLast, TimeGrain, TimeUnit

_SUB_DAY_TRUNCATION = {
    TimeGrain.TEN_SECONDS: "time_bucket(INTERVAL 10 SECOND, $local)",
    TimeGrain.MINUTE: "date_trunc('minute', $local)",
    TimeGrain.TEN_MINUTES: "time_bucket(INTERVAL 10 MINUTE, $local)",
    TimeGrain.HOUR: "date_trunc('hour', $local)",
}
_CALENDAR_UNITS = {
    TimeGrain.DAY: "day",
    TimeGrain.WEEK: "week",
    TimeGrain.MONTH: "month",
    TimeGrain.QUARTER: "quarter",
    TimeGrain.YEAR: "year",
}
_FIXED_UNITS = {
    TimeUnit.MINUTE: timedelta(minutes=1),
    TimeUnit.HOUR: timedelta(hours=1),
    TimeUnit.DAY: timedelta(days=1),
    TimeUnit.WEEK: timedelta(weeks=1),
}


@functools.cache
def _parsed(sql: str) -> exp.Expression:
    return sqlglot.parse_one(sql, dialect=SQL_DIALECT)


def _template(sql: str, **parts: exp.Expression) -> exp.Expression:
    """A copy of `sql`'s tree with `parts` in place of its `$name` placeholders."""
    return _parsed(sql).transform(
        lambda node: (
            parts[node.name].copy()
            if isinstance(node, exp.Placeholder) and node.name in parts
            else node
        )
    )


def time_value(
    column: exp.Expression, grain: TimeGrain | None, tz: exp.Expression
) -> exp.Expression:
    """The grouped value of a naive-UTC column: a TIMESTAMPTZ instant, truncated to `grain`."""
    instant = _template("timezone('UTC', $column)", column=column)
    if grain is None:
        return instant
    local = _template("timezone($tz, $instant)", tz=tz, instant=instant)
    if grain in _SUB_DAY_TRUNCATION:
        truncated = _template(_SUB_DAY_TRUNCATION[grain], local=local)
        return _template(
            "$instant - ($local - $truncated)", instant=instant, local=local, truncated=truncated
        )
    truncated = _template(f"date_trunc('{_CALENDAR_UNITS[grain]}', $local)", local=local)
    return _template("timezone($tz, $truncated)", tz=tz, truncated=truncated)


def iso_text(instant: exp.Expression, tz: exp.Expression) -> exp.Expression:
    """An instant as ISO 8601 text with its offset in `tz`, e.g. `2026-03-29T03:00:00+02:00`
    (microseconds only when there are any)."""
    local = _template("timezone($tz, $instant)", tz=tz, instant=instant)
    offset = _template(
        "CAST(epoch($local) - epoch($instant) AS BIGINT)", local=local, instant=instant
    )
    return _template(
        "strftime($local, '%Y-%m-%dT%H:%M:%S') "
        "|| CASE WHEN epoch_us($local) % 1000000 = 0 THEN '' ELSE strftime($local, '.%f') END "
        "|| printf('%s%02d:%02d', "
        "CASE WHEN $offset < 0 THEN '-' ELSE '+' END, abs($offset) // 3600, "
        "abs($offset) % 3600 // 60)",
        local=local,
        offset=offset,
    )


def months_before(moment: datetime, months: int) -> datetime:
    """Same wall time `months` calendar months earlier, the day clamped (03-31 → 02-28)."""
    year, month_index = divmod(moment.year * 12 + moment.month - 1 - months, 12)
    day = min(moment.day, calendar.monthrange(year, month_index + 1)[1])
    return moment.replace(year=year, month=month_index + 1, day=day)


def window_start(window: InLast, now: datetime, timezone: str) -> datetime:
    """The start of `[now - amount units, now]`; MONTH is calendar months in `timezone`."""
    if window.unit is TimeUnit.MONTH:
        return months_before(now.astimezone(ZoneInfo(timezone)), window.amount)
    # In UTC: Python subtracts wall-clock time within one tzinfo, so across a DST change a
    # DAY back from a zoned "now" would be 23 or 25 hours.
    return now.astimezone(UTC) - window.amount * _FIXED_UNITS[window.unit]


def as_naive_utc(moment: datetime) -> datetime:
    """Stored timestamps are naive UTC; bound values must match."""
    return moment.astimezone(UTC).replace(tzinfo=None)
