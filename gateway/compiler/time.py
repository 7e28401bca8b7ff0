"""Time in a query's timezone: grain truncation, ISO 8601 output, and `inLast` windows.

Stored timestamps are naive UTC. Truncation happens on the local wall time: sub-day
grains subtract the local remainder from the instant (so the two 02:30s of a DST fold
stay apart); day and coarser grains convert the truncated wall time back from local.
A zone whose offset never changes (UTC, `Etc/GMT-5`, ...) skips the time-zone
conversions: the wall time is the stored time plus a constant, so a plain `date_trunc`
of it is the same truncation at a fraction of the cost.
"""

from __future__ import annotations

import calendar
import functools
from dataclasses import dataclass
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
FIXED_UNITS = {
    TimeUnit.MINUTE: timedelta(minutes=1),
    TimeUnit.HOUR: timedelta(hours=1),
    TimeUnit.DAY: timedelta(days=1),
    TimeUnit.WEEK: timedelta(weeks=1),
}


# tzdb's names for UTC outside the `Etc` area, whose zones are all fixed offsets.
_UTC_NAMES = frozenset(
    {"UTC", "UCT", "Universal", "Zulu", "GMT", "GMT0", "GMT+0", "GMT-0", "Greenwich"}
)


@dataclass(frozen=True)
class Zone:
    """The query's time zone: its name as a bound parameter, and its UTC offset when the
    zone has only ever had that one (None: the exact per-instant conversion is needed)."""

    name: exp.Expression
    fixed_offset: timedelta | None


def fixed_offset(timezone: str) -> timedelta | None:
    """The constant UTC offset of `timezone`, or None when it has (or had) more than one."""
    if timezone not in _UTC_NAMES and not timezone.startswith("Etc/"):
        return None
    return ZoneInfo(timezone).utcoffset(datetime(2000, 1, 1))


@functools.cache
def _parsed(sql: str) -> exp.Expression:
    return sqlglot.parse_one(sql, dialect=SQL_DIALECT)


def template(sql: str, **parts: exp.Expression) -> exp.Expression:
    """A copy of `sql`'s tree with `parts` in place of its `$name` placeholders."""
    return _parsed(sql).transform(
        lambda node: (
            parts[node.name].copy()
            if isinstance(node, exp.Placeholder) and node.name in parts
            else node
        )
    )


def local_time(tz: exp.Expression, instant: exp.Expression) -> exp.Expression:
    """The wall time in `tz` of a TIMESTAMPTZ `instant`, as a naive TIMESTAMP. Spelled
    `instant AT TIME ZONE tz`, never `timezone(tz, instant)`: that spelling is kept for
    the way back (naive wall time → instant), so dialects.py can tell the two apart
    without types (Spark has a function for each)."""
    operand = instant.copy()
    if not isinstance(operand, exp.Column | exp.Placeholder | exp.Func | exp.Paren):
        operand = exp.paren(operand, copy=False)
    return exp.paren(exp.AtTimeZone(this=operand, zone=tz.copy()), copy=False)


def shifted(naive: exp.Expression, offset: timedelta) -> exp.Expression:
    """`naive` plus a constant offset (itself when the offset is zero)."""
    seconds = int(offset.total_seconds())
    if seconds == 0:
        return naive
    interval = exp.Interval(this=exp.Literal.string(str(seconds)), unit=exp.var("SECOND"))
    return exp.Add(this=naive, expression=interval)


def _fixed_time_value(
    column: exp.Expression, grain: TimeGrain | None, offset: timedelta
) -> exp.Expression:
    if grain is None:
        return column
    local = shifted(column, offset)
    if grain in _SUB_DAY_TRUNCATION:
        truncated = template(_SUB_DAY_TRUNCATION[grain], local=local)
    else:
        truncated = template(f"date_trunc('{_CALENDAR_UNITS[grain]}', $local)", local=local)
    return shifted(truncated, -offset)


def time_value(column: exp.Expression, grain: TimeGrain | None, zone: Zone) -> exp.Expression:
    """The grouped value of a naive-UTC column, truncated to `grain`: a TIMESTAMPTZ instant,
    or in a fixed-offset zone the naive UTC time itself (it groups and orders the same,
    without a conversion per row); `iso_text` formats either for the same zone."""
    if zone.fixed_offset is not None:
        return _fixed_time_value(column, grain, zone.fixed_offset)
    instant = template("timezone('UTC', $column)", column=column)
    if grain is None:
        return instant
    tz = zone.name
    local = local_time(tz, instant)
    if grain in _SUB_DAY_TRUNCATION:
        truncated = template(_SUB_DAY_TRUNCATION[grain], local=local)
        return template(
            "$instant - ($local - $truncated)", instant=instant, local=local, truncated=truncated
        )
    truncated = template(f"date_trunc('{_CALENDAR_UNITS[grain]}', $local)", local=local)
    return template("timezone($tz, $truncated)", tz=tz, truncated=truncated)


def _offset_text(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    return f"{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def iso_text(instant: exp.Expression, zone: Zone) -> exp.Expression:
    """A `time_value` as ISO 8601 text with its offset in `zone`, e.g.
    `2026-03-29T03:00:00+02:00` (microseconds only when there are any)."""
    if zone.fixed_offset is not None:
        local = shifted(instant, zone.fixed_offset)
        suffix: exp.Expression = exp.Literal.string(_offset_text(zone.fixed_offset))
    else:
        local = local_time(zone.name, instant)
        offset = template(
            "CAST(epoch($local) - epoch($instant) AS BIGINT)", local=local, instant=instant
        )
        suffix = template(
            "printf('%s%02d:%02d', CASE WHEN $offset < 0 THEN '-' ELSE '+' END, "
            "abs($offset) // 3600, abs($offset) % 3600 // 60)",
            offset=offset,
        )
    return template(
        "strftime($local, '%Y-%m-%dT%H:%M:%S') "
        "|| CASE WHEN epoch_us($local) % 1000000 = 0 THEN '' ELSE strftime($local, '.%f') END "
        "|| $suffix",
        local=local,
        suffix=suffix,
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
    return now.astimezone(UTC) - window.amount * FIXED_UNITS[window.unit]


def as_naive_utc(moment: datetime) -> datetime:
    """Stored timestamps are naive UTC; bound values must match."""
    return moment.astimezone(UTC).replace(tzinfo=None)
