"""The building blocks of the catalog: cubes made of dimensions and metrics over mart sources.

Everything the API exposes is declared here once; the GraphQL types, the SQL, the
field descriptions, the `catalog` root field and CSV labels all derive from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

import sqlglot
from sqlglot import exp

SQL_DIALECT = "duckdb"


class DataType(StrEnum):
    STRING = "STRING"
    INT = "INT"
    FLOAT = "FLOAT"
    BOOLEAN = "BOOLEAN"
    TIME = "TIME"
    ENUM = "ENUM"


def _parse_sql(sql: str) -> exp.Expression:
    return sqlglot.parse_one(sql, dialect=SQL_DIALECT)


def _table_aliases(expression: exp.Expression) -> frozenset[str]:
    return frozenset(column.table for column in expression.find_all(exp.Column))


def upper_snake(name: str) -> str:
    """`startTime` → `START_TIME` (GraphQL enum value spelling)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).upper()


@dataclass(frozen=True)
class Join:
    """A many-to-one join from a source's base table, on `partner_id` plus `keys`."""

    table: str
    keys: tuple[str, ...]
    alias: str = ""

    @property
    def name(self) -> str:
        return self.alias or self.table


@dataclass(frozen=True)
class Source:
    """A mart table (aliased by its name) plus optional many-to-one joins."""

    table: str
    joins: tuple[Join, ...] = ()

    @property
    def name(self) -> str:
        return self.table

    @cached_property
    def aliases(self) -> frozenset[str]:
        return frozenset({self.table, *(join.name for join in self.joins)})


@dataclass(frozen=True)
class Dimension:
    """A column (or SQL expression over qualified columns) a query may group and filter by."""

    name: str
    sql: str
    type: DataType
    description: str
    label: str
    enum_values: tuple[str, ...] = ()
    admin_only: bool = False

    def __post_init__(self) -> None:
        if (self.type is DataType.ENUM) != bool(self.enum_values):
            raise ValueError(f"dimension {self.name}: enum_values go with type ENUM only")

    @cached_property
    def expression(self) -> exp.Expression:
        return _parse_sql(self.sql)

    @cached_property
    def tables(self) -> frozenset[str]:
        return _table_aliases(self.expression)


@dataclass(frozen=True)
class Metric:
    """An aggregate over one source of the cube.

    `zero_when_empty` marks counts: a group the source has no rows for shows 0, not null.
    """

    name: str
    sql: str
    type: DataType
    description: str
    label: str
    source: str
    unit: str = ""
    zero_when_empty: bool = False

    @cached_property
    def expression(self) -> exp.Expression:
        return _parse_sql(self.sql)


@dataclass(frozen=True)
class Cube:
    """A set of dimensions and metrics over a grain; the first source is the primary one."""

    name: str
    description: str
    grain: str
    sources: tuple[Source, ...]
    dimensions: tuple[Dimension, ...]
    metrics: tuple[Metric, ...]
    all_dimensions: tuple[Dimension, ...] = field(init=False)

    def __post_init__(self) -> None:
        primary = self.sources[0]
        partner = Dimension(
            name="partnerId",
            sql=f"{primary.name}.partner_id",
            type=DataType.STRING,
            description="The partner owning the row (admin keys only).",
            label="Partner",
            admin_only=True,
        )
        object.__setattr__(self, "all_dimensions", (partner, *self.dimensions))
        self._check()

    def _check(self) -> None:
        names = [d.name for d in self.all_dimensions] + [m.name for m in self.metrics]
        duplicates = {name for name in names if names.count(name) > 1}
        if duplicates:
            raise ValueError(f"cube {self.name}: fields declared twice: {sorted(duplicates)}")
        for metric in self.metrics:
            if metric.source not in self.sources_by_name:
                raise ValueError(f"cube {self.name}: metric {metric.name} has unknown source")

    @cached_property
    def sources_by_name(self) -> dict[str, Source]:
        return {source.name: source for source in self.sources}

    @cached_property
    def dimensions_by_name(self) -> dict[str, Dimension]:
        return {dimension.name: dimension for dimension in self.all_dimensions}

    @cached_property
    def metrics_by_name(self) -> dict[str, Metric]:
        return {metric.name: metric for metric in self.metrics}

    @property
    def primary_source(self) -> Source:
        return self.sources[0]
