"""Resolve a CubeQuery against its cube: which group columns and metric columns to compute.

Group columns are keyed by (dimension, grain), metric columns by metric, so two aliases
of the same field share one column, and metrics used only by `having` or `orderBy` are
computed without being returned.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from gateway.catalog.model import (
    PARTNER_DIMENSION,
    Cube,
    DataType,
    Dimension,
    Metric,
    Relation,
    Source,
)
from gateway.errors import BadUserInput
from gateway.query import (
    AllOf,
    AnyOf,
    Comparison,
    Condition,
    CubeQuery,
    DimensionSelection,
    MetricSelection,
    Negation,
    Operator,
    Period,
    TimeGrain,
    Window,
)


@dataclass(frozen=True)
class GroupColumn:
    name: str
    dimension: Dimension
    grain: TimeGrain | None


@dataclass(frozen=True)
class MetricColumn:
    name: str
    metric: Metric


@dataclass(frozen=True)
class WindowColumn:
    """A metric per time bucket over the rows of its `window` (see compiler/windows.py)."""

    name: str
    metric: Metric
    window: Window


@dataclass(frozen=True)
class PeriodColumn:
    """A metric's value in the previous period of `compare`, or its relative change."""

    column: MetricColumn
    period: Period


OutputColumn = GroupColumn | MetricColumn | WindowColumn | PeriodColumn


@dataclass
class Plan:
    """`filtered`: the dimensions `where` mentions (they decide which marts can answer)."""

    cube: Cube
    filtered: frozenset[str] = frozenset()
    groups: list[GroupColumn] = field(default_factory=list)
    metrics: list[MetricColumn] = field(default_factory=list)
    windows: list[WindowColumn] = field(default_factory=list)

    def group(self, selection: DimensionSelection) -> GroupColumn:
        dimension = dimension_named(self.cube, selection.dimension)
        if selection.grain is not None and dimension.type is not DataType.TIME:
            raise BadUserInput(
                f"`{dimension.name}` is not a time dimension and takes no grain",
                argument="grain",
            )
        for column in self.groups:
            if column.dimension is dimension and column.grain == selection.grain:
                return column
        column = GroupColumn(f"d{len(self.groups)}", dimension, selection.grain)
        self.groups.append(column)
        return column

    def metric(self, name: str) -> MetricColumn:
        metric = metric_named(self.cube, name)
        for column in self.metrics:
            if column.metric is metric:
                return column
        column = MetricColumn(f"m{len(self.metrics)}", metric)
        self.metrics.append(column)
        return column

    def window(self, name: str, window: Window) -> WindowColumn:
        metric = metric_named(self.cube, name)
        for column in self.windows:
            if column.metric is metric and column.window == window:
                return column
        column = WindowColumn(f"w{len(self.windows)}", metric, window)
        self.windows.append(column)
        return column

    def value(self, selection: MetricSelection) -> MetricColumn | WindowColumn | PeriodColumn:
        """The column a metric selection reads: plain, windowed, or of the previous period."""
        if selection.period is not None:
            return PeriodColumn(self.metric(selection.metric), selection.period)
        if selection.window is not None:
            return self.window(selection.metric, selection.window)
        return self.metric(selection.metric)

    def sources(self) -> list[Source]:
        """The primary source (it defines the groups: a session without participants is
        still a group) plus every source a metric needs, in cube order."""
        names = {column.metric.source for column in self.metrics} | {self.cube.primary_source.name}
        return [source for source in self.cube.sources if source.name in names]

    def relation(self, source: Source) -> Relation:
        """The first pre-aggregation of `source` that answers this plan exactly, else `source`."""
        grouped = {(column.dimension.name, column.grain is None) for column in self.groups}
        metrics = {c.metric.name for c in self.metrics if c.metric.source == source.name}
        for candidate in source.preaggregations:
            if candidate.answers(grouped, set(self.filtered), metrics):
                return candidate
        return source

    def one_row_per_group(self, relation: Relation, one_partner: bool) -> bool:
        """Whether each group is exactly one row of `relation`: its grain keys, plus the
        partner unless the query reads `one_partner`, are all grouped raw. The catalog
        checks that grain keys are plain columns, and a raw group value is the column or
        a one-to-one conversion of it, so rows with different keys fall apart."""
        raw = {column.dimension.name for column in self.groups if column.grain is None}
        keys = {*relation.grain, *(() if one_partner else (PARTNER_DIMENSION,))}
        return bool(relation.grain) and keys <= raw


def dimension_named(cube: Cube, name: str) -> Dimension:
    try:
        return cube.dimensions_by_name[name]
    except KeyError:
        raise BadUserInput(f"`{cube.name}` has no dimension `{name}`") from None


def metric_named(cube: Cube, name: str) -> Metric:
    try:
        return cube.metrics_by_name[name]
    except KeyError:
        raise BadUserInput(f"`{cube.name}` has no metric `{name}`") from None


def comparisons(condition: Condition | None) -> Iterator[Comparison]:
    """Every comparison of a where/having tree, in order."""
    match condition:
        case None:
            return
        case Comparison():
            yield condition
        case AllOf(items) | AnyOf(items):
            for item in items:
                yield from comparisons(item)
        case Negation(inner):
            yield from comparisons(inner)
        case _:
            raise TypeError(f"not a condition: {condition!r}")


def reads_clock(query: CubeQuery) -> bool:
    """Whether the answer depends on the current time: an `inLast` window without `asOf`."""
    if query.as_of is not None:
        return False
    return any(
        comparison.operator is Operator.IN_LAST
        for condition in (query.where, query.having)
        for comparison in comparisons(condition)
    )


def condition_fields(condition: Condition | None) -> list[str]:
    """Every field a where/having tree mentions, in order."""
    return [comparison.field for comparison in comparisons(condition)]


def _filtered_plan(cube: Cube, where: Condition | None) -> Plan:
    """An empty plan knowing the dimensions `where` filters on."""
    return Plan(cube, frozenset(condition_fields(where)))


def plan_rows(
    cube: Cube, query: CubeQuery
) -> tuple[Plan, list[GroupColumn], list[MetricColumn | WindowColumn | PeriodColumn]]:
    """The plan for `rows`/`rowCount`, with the group and metric column of each selection."""
    plan = _filtered_plan(cube, query.where)
    selected_groups = [plan.group(selection) for selection in query.dimensions]
    selected_metrics = [plan.value(selection) for selection in query.metrics]
    for name in condition_fields(query.having):
        plan.metric(name)
    for ordering in query.order_by:
        if ordering.field in cube.metrics_by_name:
            plan.metric(ordering.field)
    return plan, selected_groups, selected_metrics


def plan_totals(
    cube: Cube, query: CubeQuery
) -> tuple[Plan, list[MetricColumn | WindowColumn | PeriodColumn]]:
    """The plan for `totals`: no groups, the query's `where` (selections carry no window)."""
    plan = _filtered_plan(cube, query.where)
    return plan, [plan.value(selection) for selection in query.totals or ()]
