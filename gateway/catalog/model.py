"""The building blocks of the catalog: cubes made of dimensions and metrics over mart sources.

Everything the API exposes is declared here once; the GraphQL types, the SQL, the
field descriptions, the `catalog` root field and CSV labels all derive from it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cached_property

import sqlglot
from sqlglot import exp

SQL_DIALECT = "duckdb"
PARTNER_DIMENSION = "partnerId"
# Every result, row and totals type has this field: the object's id for client caches.
ID_FIELD = "id"


class DataType(StrEnum):
    STRING = "STRING"
    INT = "INT"
    FLOAT = "FLOAT"
    BOOLEAN = "BOOLEAN"
    TIME = "TIME"
    ENUM = "ENUM"


class Format(StrEnum):
    """How a frontend should render a value."""

    TEXT = "TEXT"
    INTEGER = "INTEGER"
    DECIMAL = "DECIMAL"
    PERCENT = "PERCENT"  # a fraction in [0, 1], shown as a percentage
    DATETIME = "DATETIME"
    BOOLEAN = "BOOLEAN"
    CATEGORY = "CATEGORY"


_DEFAULT_FORMATS = {
    DataType.STRING: Format.TEXT,
    DataType.INT: Format.INTEGER,
    DataType.FLOAT: Format.DECIMAL,
    DataType.BOOLEAN: Format.BOOLEAN,
    DataType.TIME: Format.DATETIME,
    DataType.ENUM: Format.CATEGORY,
}


def parse_sql(sql: str) -> exp.Expression:
    return sqlglot.parse_one(sql, dialect=SQL_DIALECT)


def table_aliases(expression: exp.Expression) -> frozenset[str]:
    return frozenset(column.table for column in expression.find_all(exp.Column))


def upper_snake(name: str) -> str:
    """`startTime` → `START_TIME` (GraphQL enum value spelling)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).upper()


@dataclass(frozen=True)
class Join:
    """A many-to-one join from a source's base table, on `partner_id` plus `keys`.

    Declare only total joins: every base row has its one joined row (the mart's
    `relationships_on_columns` test, and a unique key on the joined mart), so a query that
    reads none of the joined columns skips the join without changing a row.
    """

    table: str
    keys: tuple[str, ...]
    alias: str = ""

    @property
    def name(self) -> str:
        return self.alias or self.table


@dataclass(frozen=True)
class ClosedSet:
    """A closed set of values: one GraphQL enum type, shared by every field that uses it.

    `values` are the stored values in order; each GraphQL name is the value in
    UPPER_SNAKE_CASE unless `names` gives them (for labels such as `1-3m`, which are no
    GraphQL names). `value_descriptions` describe the values in the same order.
    """

    name: str
    description: str
    values: tuple[str, ...]
    names: tuple[str, ...] = ()
    value_descriptions: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.names:
            object.__setattr__(self, "names", tuple(upper_snake(v) for v in self.values))
        for given in (self.names, self.value_descriptions):
            if given and len(given) != len(self.values):
                raise ValueError(f"closed set {self.name}: one name and description per value")

    @property
    def members(self) -> dict[str, str]:
        """GraphQL name → stored value."""
        return dict(zip(self.names, self.values, strict=True))


@dataclass(frozen=True)
class Field:
    """What dimensions and metrics share: a name, its SQL, its type and how to show it.

    `format` defaults from the type (e.g. FLOAT → DECIMAL); rates set PERCENT.
    """

    name: str
    sql: str
    type: DataType
    description: str
    label: str
    values: ClosedSet | None = field(default=None, kw_only=True)
    unit: str = field(default="", kw_only=True)
    format: Format | None = field(default=None, kw_only=True)

    def __post_init__(self) -> None:
        if (self.type is DataType.ENUM) != (self.values is not None):
            raise ValueError(f"field {self.name}: a closed set of values goes with ENUM only")
        if self.format is None:
            object.__setattr__(self, "format", _DEFAULT_FORMATS[self.type])

    @property
    def enum_values(self) -> tuple[str, ...]:
        """The GraphQL names of an ENUM's values (empty for other types)."""
        return self.values.names if self.values else ()

    @cached_property
    def expression(self) -> exp.Expression:
        return parse_sql(self.sql)


@dataclass(frozen=True)
class Dimension(Field):
    """A column (or SQL expression over qualified columns) a query may group and filter by.

    `min_search_length`: a hint for user interfaces, published in the `catalog`: how many
    characters a search box waits for before it sends `contains`, `startsWith` or
    `endsWith` (0: no hint). The API itself takes a search of any length.
    """

    admin_only: bool = field(default=False, kw_only=True)
    min_search_length: int = field(default=0, kw_only=True)

    @cached_property
    def tables(self) -> frozenset[str]:
        return table_aliases(self.expression)


@dataclass(frozen=True)
class Metric(Field):
    """An aggregate over one source of the cube (empty `source`: the cube's primary one).

    `zero_when_empty` marks counts: a group the source has no rows for shows 0, not null.
    """

    source: str = field(default="", kw_only=True)
    zero_when_empty: bool = field(default=False, kw_only=True)

    @cached_property
    def empty_value(self) -> int | None:
        """The value over no rows where a gap-filled series adds a bucket: 0 for counts and
        sums, null for everything else (averages, medians, rates, times)."""
        return 0 if self.zero_when_empty or isinstance(self.expression, exp.Sum) else None


@dataclass(frozen=True, eq=False)
class PreAggregation:
    """A mart holding one row per (partner, `grain`) of its source, pre-aggregated.

    `dimensions` maps every dimension it can answer to SQL over it: the grain keys plus
    dimensions functionally determined by them (e.g. through a many-to-one join).
    `metrics` maps metrics to a re-aggregation that is exact over whole grain cells
    (distinct counts of disjoint cells add up). The planner uses it only when every
    group is whole cells: see `answers`. `any_group`: its metrics are exact over any
    set of its rows (distinct counts taken from row-level ids, never added up), so it
    answers any query over its dimensions, e.g. a finer mart rolled up to minutes.
    """

    table: str
    grain: tuple[str, ...]
    dimensions: Mapping[str, str]
    metrics: Mapping[str, str]
    joins: tuple[Join, ...] = ()
    any_group: bool = False

    @property
    def name(self) -> str:
        return self.table

    @cached_property
    def aliases(self) -> frozenset[str]:
        return frozenset({self.table, *(join.name for join in self.joins)})

    @cached_property
    def _dimension_expressions(self) -> dict[str, exp.Expression]:
        expressions = {name: parse_sql(sql) for name, sql in self.dimensions.items()}
        expressions[PARTNER_DIMENSION] = exp.column("partner_id", self.table)
        return expressions

    @cached_property
    def _metric_expressions(self) -> dict[str, exp.Expression]:
        return {name: parse_sql(sql) for name, sql in self.metrics.items()}

    def answers(
        self, grouped: set[tuple[str, bool]], filtered: set[str], metrics: set[str]
    ) -> bool:
        """Exact for this query: every grouped (dimension, is_raw) and filtered dimension is
        determined by the grain, every grain key is grouped raw (so each group is one cell
        per partner) unless any group will do, and every metric can be re-aggregated."""
        used = {name for name, _ in grouped} | filtered
        raw = {name for name, is_raw in grouped if is_raw}
        return (
            used <= self._dimension_expressions.keys()
            and (self.any_group or set(self.grain) <= raw)
            and metrics <= self._metric_expressions.keys()
        )

    def dimension_expression(self, dimension: Dimension) -> exp.Expression:
        return self._dimension_expressions[dimension.name]

    def metric_expression(self, metric: Metric) -> exp.Expression:
        return self._metric_expressions[metric.name]


@dataclass(frozen=True)
class Source:
    """A mart table (aliased by its name) plus optional many-to-one joins.

    `preaggregations` are coarser marts of the same rows, ordered coarse → fine; the
    planner reads the first that answers a query exactly, else this table.
    `grain`: the dimensions that, with `partner_id`, are the mart's unique key (its
    `unique_combination_of_columns` test, every key not null), each a plain column;
    empty when undeclared. A query grouping all of them raw has one row per group.
    """

    table: str
    joins: tuple[Join, ...] = ()
    preaggregations: tuple[PreAggregation, ...] = ()
    grain: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.table

    @cached_property
    def aliases(self) -> frozenset[str]:
        return frozenset({self.table, *(join.name for join in self.joins)})

    def dimension_expression(self, dimension: Dimension) -> exp.Expression:
        return dimension.expression

    def metric_expression(self, metric: Metric) -> exp.Expression:
        return metric.expression


Relation = Source | PreAggregation


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
            PARTNER_DIMENSION,
            f"{primary.name}.partner_id",
            DataType.STRING,
            "The partner owning the row (admin keys only).",
            "Partner",
            admin_only=True,
        )
        object.__setattr__(self, "all_dimensions", (partner, *self.dimensions))
        metrics = tuple(replace(m, source=m.source or primary.name) for m in self.metrics)
        object.__setattr__(self, "metrics", metrics)
        self._check()

    def _check(self) -> None:
        names = [d.name for d in self.all_dimensions] + [m.name for m in self.metrics]
        duplicates = {name for name in names if names.count(name) > 1}
        if duplicates:
            raise ValueError(f"cube {self.name}: fields declared twice: {sorted(duplicates)}")
        if ID_FIELD in names:
            raise ValueError(f"cube {self.name}: `{ID_FIELD}` is the cache id, not a field")
        for metric in self.metrics:
            if metric.source not in self.sources_by_name:
                raise ValueError(f"cube {self.name}: metric {metric.name} has unknown source")
        for source in self.sources:
            expressions = {d.name: d.expression for d in self.all_dimensions}
            self._check_key_columns(source.name, source.grain, expressions)
            for preaggregation in source.preaggregations:
                self._check_key_columns(
                    preaggregation.table,
                    preaggregation.grain,
                    {name: parse_sql(sql) for name, sql in preaggregation.dimensions.items()},
                )
                unknown = (set(preaggregation.dimensions) | set(preaggregation.grain)) - set(
                    self.dimensions_by_name
                )
                unknown |= set(preaggregation.metrics) - set(self.metrics_by_name)
                if unknown:
                    raise ValueError(
                        f"cube {self.name}: {preaggregation.table} names unknown fields "
                        f"{sorted(unknown)}"
                    )

    def _check_key_columns(
        self, table: str, keys: tuple[str, ...], expressions: Mapping[str, exp.Expression]
    ) -> None:
        """Grain keys are plain columns of their table, so grouping by them raw is
        grouping by the key (the planner relies on it for one row per group)."""
        for key in keys:
            expression = expressions.get(key)
            if not (isinstance(expression, exp.Column) and expression.table == table):
                raise ValueError(
                    f"cube {self.name}: grain key {key} of {table} is not one of its columns"
                )

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
