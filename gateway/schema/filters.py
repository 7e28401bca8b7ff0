"""Shared GraphQL enums and the typed filter inputs of the query language, one per data type."""

from __future__ import annotations

from functools import cache
from typing import Any

from gateway.catalog.model import ClosedSet, DataType, Dimension, Metric
from gateway.query import Direction, TimeGrain, TimeUnit
from gateway.schema.building import FieldSpec, enum_type, input_type
from gateway.schema.scalars import DateTime

TimeGrainEnum = enum_type(
    "TimeGrain",
    "Truncation of a time dimension, in the query's timezone.",
    {grain.name: grain.value for grain in TimeGrain},
)
TimeUnitEnum = enum_type(
    "TimeUnit",
    "Unit of a span of time (`inLast`, `compare.offset`, `window.trailing`): MINUTE, HOUR, "
    "DAY and WEEK are fixed lengths (60 s, 1 h, 24 h, 7 x 24 h); MONTH is the calendar month "
    "in the query's timezone, the day clamped to the month's last.",
    {unit.name: unit.value for unit in TimeUnit},
)
SortDirectionEnum = enum_type(
    "SortDirection",
    "Sort order; nulls sort last either way.",
    {direction.name: direction.value for direction in Direction},
)

RelativeTimeRange = input_type(
    "RelativeTimeRange",
    "The window [now - amount units, now]; now is `asOf` when given.",
    {
        "amount": FieldSpec(int, "How many units back from now."),
        "unit": FieldSpec(TimeUnitEnum, "The unit of `amount`."),
    },
    required=("amount", "unit"),
)


def _operators(value: Any, names: tuple[str, ...]) -> dict[str, FieldSpec]:
    texts = {
        "eq": ("The value equals this.", value),
        "ne": ("The value differs from this (null values match).", value),
        "in": ("The value is one of these.", list[value]),
        "notIn": ("The value is none of these (null values match).", list[value]),
        "contains": ("The value contains this, ignoring case.", value),
        "startsWith": ("The value starts with this, ignoring case.", value),
        "endsWith": ("The value ends with this, ignoring case.", value),
        "gt": ("The value is greater than this.", value),
        "gte": ("The value is at least this.", value),
        "lt": ("The value is less than this.", value),
        "lte": ("The value is at most this.", value),
    }
    fields = {name: FieldSpec(texts[name][1], texts[name][0]) for name in names if name in texts}
    if "isNull" in names:
        fields["isNull"] = FieldSpec(bool, "true: the value is null; false: it is not.")
    return fields


_NUMBER_OPERATORS = ("eq", "ne", "gt", "gte", "lt", "lte", "in", "isNull")

StringFilter = input_type(
    "StringFilter",
    "Conditions on a text value.",
    _operators(str, ("eq", "ne", "in", "notIn", "contains", "startsWith", "endsWith", "isNull")),
)
IntFilter = input_type(
    "IntFilter", "Conditions on an integer value.", _operators(int, _NUMBER_OPERATORS)
)
FloatFilter = input_type(
    "FloatFilter", "Conditions on a number.", _operators(float, _NUMBER_OPERATORS)
)
BooleanFilter = input_type(
    "BooleanFilter", "Conditions on a true/false value.", _operators(bool, ("eq",))
)
TimeFilter = input_type(
    "TimeFilter",
    "Conditions on a time; values are ISO 8601 (without an offset: the query's timezone).",
    {
        **_operators(str, ("gte", "gt", "lte", "lt")),
        "inLast": FieldSpec(RelativeTimeRange, "The time lies in the last `amount` units."),
    },
)
_FILTERS = {
    DataType.STRING: StringFilter,
    DataType.INT: IntFilter,
    DataType.FLOAT: FloatFilter,
    DataType.BOOLEAN: BooleanFilter,
    DataType.TIME: TimeFilter,
}
SCALARS: dict[DataType, Any] = {
    DataType.STRING: str,
    DataType.INT: int,
    DataType.FLOAT: float,
    DataType.BOOLEAN: bool,
    DataType.TIME: DateTime,
}


@cache
def value_enum(values: ClosedSet) -> type:
    """The one enum type of a closed set, whichever cubes and fields use it."""
    descriptions = dict(zip(values.names, values.value_descriptions, strict=False))
    return enum_type(values.name, values.description, values.members, descriptions)


@cache
def _enum_filter(enum: type) -> type:
    name = enum.__strawberry_definition__.name  # type: ignore[attr-defined]
    return input_type(
        f"{name}Filter",
        f"Conditions on a {name} value.",
        _operators(enum, ("eq", "ne", "in", "notIn", "isNull")),
    )


def dimension_filter(dimension: Dimension, enum: type | None) -> type:
    return _enum_filter(enum) if enum is not None else _FILTERS[dimension.type]


def metric_filter(metric: Metric, enum: type | None) -> type:
    """Numbers filter as numbers; time and enum metrics (e.g. `health`) like dimensions."""
    if enum is not None:
        return _enum_filter(enum)
    return _FILTERS[metric.type]
