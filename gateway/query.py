"""The engine-level query: what to group, compute, filter and sort, independent of GraphQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class TimeGrain(StrEnum):
    TEN_SECONDS = "TEN_SECONDS"
    MINUTE = "MINUTE"
    TEN_MINUTES = "TEN_MINUTES"
    HOUR = "HOUR"
    DAY = "DAY"
    WEEK = "WEEK"
    MONTH = "MONTH"
    QUARTER = "QUARTER"
    YEAR = "YEAR"


class TimeUnit(StrEnum):
    MINUTE = "MINUTE"
    HOUR = "HOUR"
    DAY = "DAY"
    WEEK = "WEEK"
    MONTH = "MONTH"


class Operator(StrEnum):
    """Filter operators, spelled as in the GraphQL API."""

    EQ = "eq"
    NE = "ne"
    IN = "in"
    NOT_IN = "notIn"
    CONTAINS = "contains"
    STARTS_WITH = "startsWith"
    ENDS_WITH = "endsWith"
    IS_NULL = "isNull"
    GT = "gt"
    GTE = "gte"
    LT = "lt"
    LTE = "lte"
    IN_LAST = "inLast"


class Direction(StrEnum):
    ASC = "ASC"
    DESC = "DESC"


@dataclass(frozen=True)
class InLast:
    """A window ending at the query's "now" (its `asOf`, else the current time)."""

    amount: int
    unit: TimeUnit


@dataclass(frozen=True)
class TimeSpan:
    """`amount` units: a `compare` offset or a `trailing` window."""

    amount: int
    unit: TimeUnit


@dataclass(frozen=True)
class Compare:
    """`compare`: the previous period (`offset` None) or a fixed offset back."""

    offset: TimeSpan | None = None


class Period(StrEnum):
    """The objects a compared query adds to each row and to totals."""

    PREVIOUS = "previous"
    CHANGE = "change"


@dataclass(frozen=True)
class Window:
    """A metric's `window`: cumulative (`trailing` None) or over a trailing span."""

    trailing: TimeSpan | None = None


@dataclass(frozen=True)
class Comparison:
    """`field <operator> value`; time values are aware datetimes, enum values their names."""

    field: str
    operator: Operator
    value: object


@dataclass(frozen=True)
class AllOf:
    conditions: tuple[Condition, ...]


@dataclass(frozen=True)
class AnyOf:
    conditions: tuple[Condition, ...]


@dataclass(frozen=True)
class Negation:
    condition: Condition


Condition = Comparison | AllOf | AnyOf | Negation


@dataclass(frozen=True)
class DimensionSelection:
    alias: str
    dimension: str
    grain: TimeGrain | None = None
    fill: bool = False


@dataclass(frozen=True)
class MetricSelection:
    """`part`: the response key of the `previous` / `change` object it is selected under
    (empty: the row or totals itself)."""

    alias: str
    metric: str
    window: Window | None = None
    period: Period | None = None
    part: str = ""


@dataclass(frozen=True)
class PeriodPart:
    """A `previous` or `change` object selected under rows or totals, by response key."""

    key: str
    period: Period


@dataclass(frozen=True)
class Ordering:
    field: str
    direction: Direction = Direction.ASC


@dataclass(frozen=True)
class CubeQuery:
    """One cube query. `partner_id` None means every partner (admins only).

    `totals` None means totals were not asked for; `limit` None means every row (exports);
    `row_parts` / `totals_parts`: the `previous` / `change` objects selected (with `compare`);
    `rows`/`row_count`/`sql` say which parts of the result the caller wants.
    """

    cube: str
    partner_id: str | None
    dimensions: tuple[DimensionSelection, ...] = ()
    metrics: tuple[MetricSelection, ...] = ()
    totals: tuple[MetricSelection, ...] | None = None
    where: Condition | None = None
    having: Condition | None = None
    order_by: tuple[Ordering, ...] = ()
    limit: int | None = 100
    offset: int = 0
    timezone: str = "UTC"
    as_of: datetime | None = None
    compare: Compare | None = None
    row_parts: tuple[PeriodPart, ...] = ()
    totals_parts: tuple[PeriodPart, ...] = ()
    rows: bool = True
    row_count: bool = False
    sql: bool = False
