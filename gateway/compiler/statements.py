"""Plans → sqlglot trees: per-source aggregation, the null-safe join of sources, and the
rows / totals / rowCount statements over the grouped result.

Metrics from several sources are aggregated per source over the same group expressions
and WHERE, then FULL JOINed on the group columns with `IS NOT DISTINCT FROM`, so a
distinct count is taken over the whole group and never summed from finer groups.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from sqlglot import exp

from gateway.catalog.model import DataType, Dimension, Source
from gateway.compiler.filters import FilterContext, compile_condition
from gateway.compiler.parameters import Parameters
from gateway.compiler.plan import GroupColumn, MetricColumn, Plan, dimension_named, metric_named
from gateway.compiler.time import iso_text, time_value
from gateway.errors import BadUserInput
from gateway.query import Condition, CubeQuery, Direction, Ordering

GROUPED = "grouped"


class StatementBuilder:
    """Builds the statements of one CubeQuery, sharing its parameters."""

    def __init__(self, query: CubeQuery, now: datetime) -> None:
        self.query = query
        self.now = now
        self.parameters = Parameters()
        self.timezone = self.parameters.bind(query.timezone)
        self.partner = None if query.partner_id is None else self.parameters.bind(query.partner_id)

    # -- the grouped relation ------------------------------------------------------------

    def grouped(self, plan: Plan) -> exp.Select:
        sources = plan.sources()
        if len(sources) == 1:
            return self._source_select(plan, sources[0], plan.metrics)
        return self._joined(plan, sources)

    def _group_value(self, column: GroupColumn) -> exp.Expression:
        expression = column.dimension.expression.copy()
        if column.dimension.type is DataType.TIME:
            return time_value(expression, column.grain, self.timezone)
        return expression

    def _source_select(
        self, plan: Plan, source: Source, metrics: Sequence[MetricColumn]
    ) -> exp.Select:
        projections = [exp.alias_(self._group_value(g), g.name) for g in plan.groups]
        projections += [exp.alias_(m.metric.expression.copy(), m.name) for m in metrics]
        if not projections:
            projections = [exp.alias_(exp.Count(this=exp.Star()), "n")]
        for column in plan.groups:
            _require_reachable(column.dimension, source)

        select = exp.select(*projections).from_(exp.to_table(source.table).as_(source.name))
        for join in source.joins:
            keys = [
                exp.column(key, source.name).eq(exp.column(key, join.name))
                for key in ("partner_id", *join.keys)
            ]
            select = select.join(
                exp.to_table(join.table).as_(join.name), on=exp.and_(*keys), join_type="inner"
            )
        predicates = []
        if self.partner is not None:
            predicates.append(exp.column("partner_id", source.name).eq(self.partner.copy()))
        if self.query.where is not None:
            predicates.append(self._where(self.query.where, plan, source))
        if predicates:
            select = select.where(exp.and_(*predicates))
        if plan.groups:
            select = select.group_by(*(exp.Literal.number(i + 1) for i in range(len(plan.groups))))
        return select

    def _where(self, condition: Condition, plan: Plan, source: Source) -> exp.Expression:
        def resolve(name: str) -> exp.Expression:
            dimension = dimension_named(plan.cube, name)
            _require_reachable(dimension, source)
            return dimension.expression.copy()

        return compile_condition(condition, self._filter_context(resolve, "where"))

    def _joined(self, plan: Plan, sources: list[Source]) -> exp.Select:
        aliases = [f"s{i}" for i in range(len(sources))]
        relations = [
            self._source_select(plan, source, _metrics_of(plan, source)).subquery(alias)
            for source, alias in zip(sources, aliases, strict=True)
        ]

        def merged(group: GroupColumn, upto: int) -> exp.Expression:
            values = [exp.column(group.name, alias) for alias in aliases[:upto]]
            if len(values) == 1:
                return values[0]
            return exp.Coalesce(this=values[0], expressions=values[1:])

        select = exp.select(*(exp.alias_(merged(g, len(aliases)), g.name) for g in plan.groups))
        for metric in plan.metrics:
            alias = aliases[[s.name for s in sources].index(metric.metric.source)]
            value: exp.Expression = exp.column(metric.name, alias)
            if metric.metric.zero_when_empty:
                value = exp.Coalesce(this=value, expressions=[exp.Literal.number(0)])
            select = select.select(exp.alias_(value, metric.name))
        select = select.from_(relations[0])
        for index, relation in enumerate(relations[1:], start=1):
            if not plan.groups:
                select = select.join(relation, join_type="cross")
                continue
            on = exp.and_(
                *(
                    exp.NullSafeEQ(
                        this=merged(g, index), expression=exp.column(g.name, aliases[index])
                    )
                    for g in plan.groups
                )
            )
            select = select.join(relation, on=on, join_type="full")
        return select

    # -- statements over the grouped relation ----------------------------------------------

    def _filtered_groups(self, plan: Plan) -> exp.Select:
        select = exp.select().from_(self.grouped(plan).subquery(GROUPED))
        if self.query.having is not None:

            def resolve(name: str) -> exp.Expression:
                return exp.column(plan.metric(name).name, GROUPED)

            select = select.where(
                compile_condition(self.query.having, self._filter_context(resolve, "having"))
            )
        return select

    def rows(self, plan: Plan, outputs: Sequence[GroupColumn | MetricColumn]) -> exp.Select:
        select = self._filtered_groups(plan).select(
            *(exp.alias_(self._output(column), f"o{i}") for i, column in enumerate(outputs))
        )
        select = select.order_by(*self._ordering(plan))
        return select.limit(self.parameters.bind(self.query.limit)).offset(
            self.parameters.bind(self.query.offset)
        )

    def row_count(self, plan: Plan) -> exp.Select:
        return self._filtered_groups(plan).select(exp.Count(this=exp.Star()))

    def totals(self, plan: Plan, metrics: Sequence[MetricColumn]) -> exp.Select:
        return exp.select(*(exp.column(m.name, GROUPED) for m in metrics)).from_(
            self.grouped(plan).subquery(GROUPED)
        )

    def _output(self, column: GroupColumn | MetricColumn) -> exp.Expression:
        value = exp.column(column.name, GROUPED)
        if isinstance(column, GroupColumn) and column.dimension.type is DataType.TIME:
            return iso_text(value, self.timezone.copy())
        return value

    def _ordering(self, plan: Plan) -> list[exp.Ordered]:
        selected = [plan.group(selection) for selection in self.query.dimensions]
        keys: list[tuple[str, bool]] = []
        for ordering in self.query.order_by or self._default_order(selected):
            name = self._order_column(plan, selected, ordering.field)
            if name not in (key for key, _ in keys):
                keys.append((name, ordering.direction is Direction.DESC))
        # Ties are broken by every selected dimension, so pages are deterministic.
        keys += [(g.name, False) for g in selected if g.name not in (key for key, _ in keys)]
        return [
            exp.Ordered(this=exp.column(name, GROUPED), desc=desc, nulls_first=False)
            for name, desc in keys
        ]

    def _default_order(self, selected: list[GroupColumn]) -> list[Ordering]:
        times = [g for g in selected if g.dimension.type is DataType.TIME]
        if times:
            return [Ordering(times[0].dimension.name)]
        if self.query.metrics:
            return [Ordering(self.query.metrics[0].metric, Direction.DESC)]
        return [Ordering(selected[0].dimension.name)] if selected else []

    def _order_column(self, plan: Plan, selected: list[GroupColumn], field: str) -> str:
        if field in plan.cube.metrics_by_name:
            return plan.metric(metric_named(plan.cube, field).name).name
        dimension = dimension_named(plan.cube, field)
        for column in selected:
            if column.dimension is dimension:
                return column.name
        raise BadUserInput(
            f"orderBy `{field}`: select the dimension under `rows` to sort by it",
            argument="orderBy",
        )

    def _filter_context(
        self, resolve: Callable[[str], exp.Expression], argument: str
    ) -> FilterContext:
        return FilterContext(resolve, self.parameters, self.now, self.query.timezone, argument)


def _require_reachable(dimension: Dimension, source: Source) -> None:
    if not dimension.tables <= source.aliases:
        raise BadUserInput(
            f"`{dimension.name}` cannot be combined with metrics from `{source.name}`"
        )


def _metrics_of(plan: Plan, source: Source) -> list[MetricColumn]:
    return [column for column in plan.metrics if column.metric.source == source.name]
