"""Time arithmetic of `compare`, `fill` and `window` (SPEC 4.5), in plain Python on naive
UTC timestamps: spans moved on a time zone's wall clock, bucket ends, bucket series."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

FIXED = {
    "MINUTE": timedelta(minutes=1),
    "HOUR": timedelta(hours=1),
    "DAY": timedelta(days=1),
    "WEEK": timedelta(weeks=1),
}
_SUB_DAY = {
    "TEN_SECONDS": timedelta(seconds=10),
    "MINUTE": timedelta(minutes=1),
    "TEN_MINUTES": timedelta(minutes=10),
    "HOUR": timedelta(hours=1),
}
_MONTHS_PER_GRAIN = {"MONTH": 1, "QUARTER": 3, "YEAR": 12}


def _wall(moment: datetime, timezone: str) -> datetime:
    """The naive wall-clock time of a naive UTC moment in `timezone`."""
    return moment.replace(tzinfo=UTC).astimezone(ZoneInfo(timezone)).replace(tzinfo=None)


def _from_wall(wall: datetime, timezone: str) -> datetime:
    return wall.replace(tzinfo=ZoneInfo(timezone)).astimezone(UTC).replace(tzinfo=None)


def add_months(wall: datetime, months: int) -> datetime:
    """Calendar months later (earlier when negative), the day clamped to the month's last."""
    year, index = divmod(wall.year * 12 + wall.month - 1 + months, 12)
    day = min(wall.day, calendar.monthrange(year, index + 1)[1])
    return wall.replace(year=year, month=index + 1, day=day)


def moved(moment: datetime, amount: int, unit: str, timezone: str) -> datetime:
    """A naive UTC moment moved by `amount` units (negative: back); MONTH on the wall clock."""
    if unit == "MONTH":
        return _from_wall(add_months(_wall(moment, timezone), amount), timezone)
    return moment + amount * FIXED[unit]


def bucket_end(start: datetime, grain: str, timezone: str) -> datetime:
    """The start of the bucket after the one starting at `start` (naive UTC)."""
    if grain in _SUB_DAY:
        return start + _SUB_DAY[grain]
    wall = _wall(start, timezone)
    if grain == "DAY":
        wall += timedelta(days=1)
    elif grain == "WEEK":
        wall += timedelta(days=7)
    else:
        wall = add_months(wall, _MONTHS_PER_GRAIN[grain])
    return _from_wall(wall, timezone)


def buckets(first: datetime, last: datetime, grain: str, timezone: str) -> Iterator[datetime]:
    """Every bucket start from `first` through `last`."""
    start = first
    while start <= last:
        yield start
        start = bucket_end(start, grain, timezone)
