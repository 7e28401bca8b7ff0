"""Plans → sqlglot trees: per-source aggregation, the null-safe join of sources, and the
rows / totals / rowCount statements over the grouped result.

Metrics from several sources are aggregated per source over the same group expressions
and WHERE, then FULL JOINed on the group columns with `IS NOT DISTINCT FROM`, so a
distinct count is taken over the whole group and never summed from finer groups.
Each source reads the relation its plan picks (a pre-aggregation when one is exact).
Across partners (admin queries) distinct counts count (partner_id, value) pairs, so two
partners' users sharing an id stay apart.

A source reads only the joins its expressions need (joins are total and many-to-one).
When every group is one row of the mart (its grain grouped raw), metrics are computed
per row without a GROUP BY, the rows statement orders and limits the mart's rows first,
and the row count counts rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from sqlglot import exp

from gateway.catalog.model import (
    DataType,
    Dimension,
    Join,
    Metric,
    Relation,
    Source,
    table_aliases,
)
from gateway.compiler.filters import FilterContext, compile_condition
from gateway.compiler.one_row import one_row_value
from gateway.compiler.parameters import Parameters
from gateway.compiler.plan import (
    GroupColumn,
    MetricColumn,
    OutputColumn,
    PeriodColumn,
    Plan,
    WindowColumn,
    dimension_named,
    metric_named,
)
from gateway.compiler.spans import Span, moved_stored
from gateway.compiler.time import Zone, fixed_offset, iso_text, time_value
from gateway.errors import BadUserInput
from gateway.query import Condition, CubeQuery, Direction, Ordering, Period

if TYPE_CHECKING:
    from gateway.compiler.analysis import Analysis

GROUPED = "grouped"
PREVIOUS = "previous"
# The groups the rows show (after `having`, gap-filled with `fill`), as a CTE.
KEPT = "kept"


class StatementBuilder:
    """Builds the statements of one CubeQuery, sharing its parameters.

    Every tree is built afresh for one statement, so the sqlglot builder calls pass
    `copy=False`: by default each call deep-copies the whole tree built so far, which
    made compiling cost more than running most queries.
    """

    def __init__(self, query: CubeQuery, now: datetime) -> None:
        self.query = query
        self.now = now
        self.parameters = Parameters()
        self.zone = Zone(self.parameters.bind(query.timezone), fixed_offset(query.timezone))
        self.partner = None if query.partner_id is None else self.parameters.bind(query.partner_id)
        self.tables_read: list[str] = []
        # Set on the builder of a previous period: how far its rows move forward in time.
        self.shift: Span | None = None
        self.previous: StatementBuilder | None = None
        # Parts of `rows` built by compiler/analysis.py when `fill` or `window` is asked.
        self.analysis: Analysis | None = None

    def compared(self, where: Condition | None, shift: Span) -> None:
        """Also build the previous period of `compare`: `where` moved back, rows moved
        forward by `shift` into the buckets they pair with; same parameters and tables."""
        previous = StatementBuilder.__new__(StatementBuilder)
        previous.__dict__.update(self.__dict__)
        previous.query = replace(self.query, where=where)
        previous.shift = shift
        self.previous = previous

    # -- the grouped relation ------------------------------------------------------------

    def grouped(self, plan: Plan, top: exp.Expression | None = None) -> exp.Select:
        """`top`: the statement keeps only its first `top` groups in its order, which
        `_pages_rows` allows to apply to the mart's rows."""
        sources = plan.sources()
        if len(sources) == 1:
            rows_are_groups = self._groups_are_rows(plan)
            return self._source_select(plan, sources[0], plan.metrics, top, rows_are_groups)
        return self._joined(plan, sources)

    def group_value(self, column: GroupColumn, relation: Relation) -> exp.Expression:
        expression = relation.dimension_expression(column.dimension).copy()
        if column.dimension.type is DataType.TIME:
            if self.shift is not None:
                expression = moved_stored(expression, self.shift, self.zone)
            return time_value(expression, column.grain, self.zone)
        return expression

    def _order_value(self, column: GroupColumn, relation: Relation) -> exp.Expression:
        """What orders rows as `column` orders groups: a raw time's instant rises with the
        stored time, so the stored column orders the same without a conversion."""
        if column.grain is None:
            return relation.dimension_expression(column.dimension).copy()
        return self.group_value(column, relation)

    def metric_value(self, metric: Metric, relation: Relation) -> exp.Expression:
        expression = relation.metric_expression(metric).copy()
        if self.partner is not None:
            return expression
        partner = exp.column("partner_id", relation.name)
        return expression.transform(lambda node: _per_partner(node, partner))

    def _source_select(
        self,
        plan: Plan,
        source: Source,
        metrics: Sequence[MetricColumn],
        top: exp.Expression | None = None,
        rows_are_groups: bool = False,
    ) -> exp.Select:
        """`rows_are_groups`: each group is one row, so metrics that `one_row_value`
        rewrites are computed per row and the statement has no GROUP BY."""
        relation = self.relation_of(plan, source)
        values = [self.metric_value(m.metric, relation) for m in metrics]
        per_row = [one_row_value(v) for v in values] if rows_are_groups else []
        ungrouped = rows_are_groups and None not in per_row
        projections = [
            exp.alias_(self.group_value(g, relation), g.name, copy=False) for g in plan.groups
        ]
        projections += [
            exp.alias_(value, m.name, copy=False)
            for m, value in zip(metrics, per_row if ungrouped else values, strict=True)
        ]
        if not projections:
            projections = [exp.alias_(exp.Count(this=exp.Star()), "n", copy=False)]
        condition = self.scope_condition(plan, relation)
        if top is not None and not _joins_read(relation, [*projections, condition]):
            select = exp.select(*projections).from_(
                self._first_rows(plan, relation, projections, condition, top), copy=False
            )
        else:
            select = self.scan(exp.select(*projections), relation, projections, condition)
        if plan.groups and not ungrouped:
            numbers = (exp.Literal.number(i + 1) for i in range(len(plan.groups)))
            select = select.group_by(*numbers, copy=False)
        return select

    def relation_of(self, plan: Plan, source: Source) -> Relation:
        """The relation `source` is read from, recorded, and checked to reach every group."""
        relation = plan.relation(source)
        if relation.table not in self.tables_read:
            self.tables_read.append(relation.table)
        for column in plan.groups:
            _require_reachable(column.dimension, relation)
        return relation

    def scope_condition(self, plan: Plan, relation: Relation) -> exp.Expression | None:
        """The partner scope and `where` over `relation`, if any."""
        predicates = []
        if self.partner is not None:
            predicates.append(exp.column("partner_id", relation.name).eq(self.partner.copy()))
        if self.query.where is not None:
            predicates.append(self._where(self.query.where, plan, relation))
        return exp.and_(*predicates, copy=False) if predicates else None

    def scan(
        self,
        select: exp.Select,
        relation: Relation,
        reads: Sequence[exp.Expression],
        condition: exp.Expression | None,
    ) -> exp.Select:
        """`select` FROM `relation`, joined to what `reads` or `condition` reads, filtered."""
        select = select.from_(exp.to_table(relation.table).as_(relation.name), copy=False)
        for join in _joins_read(relation, [*reads, condition]):
            keys = [
                exp.column(key, relation.name).eq(exp.column(key, join.name))
                for key in ("partner_id", *join.keys)
            ]
            select = select.join(
                exp.to_table(join.table).as_(join.name),
                on=exp.and_(*keys, copy=False),
                join_type="inner",
                copy=False,
            )
        if condition is not None:
            select = select.where(condition, copy=False)
        return select

    def _first_rows(
        self,
        plan: Plan,
        relation: Relation,
        reads: Sequence[exp.Expression],
        condition: exp.Expression | None,
        top: exp.Expression,
    ) -> exp.Subquery:
        """The first `top` matching rows of `relation` in the rows statement's order, as
        `relation` (with the columns `reads` reads): each is one group, so they are the
        first `top` groups."""
        columns = sorted({c.name for r in reads for c in r.find_all(exp.Column)})
        groups = {g.name: g for g in plan.groups}
        order = [
            exp.Ordered(
                this=self._order_value(groups[key.this.name], relation),
                desc=key.args.get("desc"),
                nulls_first=False,
            )
            for key in self._ordering(plan)
        ]
        select = exp.select(*(exp.column(name, relation.name) for name in columns))
        select = self.scan(select, relation, [], condition).order_by(*order, copy=False)
        return select.limit(top, copy=False).subquery(relation.name, copy=False)

    def _where(self, condition: Condition, plan: Plan, relation: Relation) -> exp.Expression:
        def resolve(name: str) -> exp.Expression:
            dimension = dimension_named(plan.cube, name)
            _require_reachable(dimension, relation)
            return relation.dimension_expression(dimension).copy()

        return compile_condition(condition, self._filter_context(resolve, "where"))

    def _joined(self, plan: Plan, sources: list[Source]) -> exp.Select:
        aliases = [f"s{i}" for i in range(len(sources))]
        relations = [
            self._source_select(plan, source, _metrics_of(plan, source)).subquery(alias, copy=False)
            for source, alias in zip(sources, aliases, strict=True)
        ]

        def merged(group: GroupColumn, upto: int) -> exp.Expression:
            values = [exp.column(group.name, alias) for alias in aliases[:upto]]
            if len(values) == 1:
                return values[0]
            return exp.Coalesce(this=values[0], expressions=values[1:])

        select = exp.select(
            *(exp.alias_(merged(g, len(aliases)), g.name, copy=False) for g in plan.groups)
        )
        for metric in plan.metrics:
            alias = aliases[[s.name for s in sources].index(metric.metric.source)]
            value: exp.Expression = exp.column(metric.name, alias)
            if metric.metric.zero_when_empty:
                value = exp.Coalesce(this=value, expressions=[exp.Literal.number(0)])
            select = select.select(exp.alias_(value, metric.name, copy=False), copy=False)
        select = select.from_(relations[0], copy=False)
        for index, relation in enumerate(relations[1:], start=1):
            if not plan.groups:
                select = select.join(relation, join_type="cross", copy=False)
                continue
            on = exp.and_(
                *(
                    exp.NullSafeEQ(
                        this=merged(g, index), expression=exp.column(g.name, aliases[index])
                    )
                    for g in plan.groups
                )
            )
            select = select.join(relation, on=on, join_type="full", copy=False)
        return select

    # -- statements over the grouped relation ----------------------------------------------

    def _filtered_groups(self, plan: Plan, top: exp.Expression | None = None) -> exp.Select:
        grouped = self.grouped(plan, top).subquery(GROUPED, copy=False)
        select = exp.select().from_(grouped, copy=False)
        if self.query.having is not None:

            def resolve(name: str) -> exp.Expression:
                return exp.column(plan.metric(name).name, GROUPED)

            select = select.where(
                compile_condition(self.query.having, self._filter_context(resolve, "having")),
                copy=False,
            )
        return select

    def rows(self, plan: Plan, outputs: Sequence[OutputColumn]) -> exp.Select:
        columns = [
            exp.alias_(self._output(column), f"o{i}", copy=False)
            for i, column in enumerate(outputs)
        ]
        # Rows with no value selected (only their `id`): one empty row per group.
        columns = columns or [exp.Literal.number(1)]
        if self._analysed(plan):
            select = self._analysed_rows(plan, columns)
        else:
            top = None
            if self.query.limit is not None and self._pages_rows(plan):
                top = self.parameters.bind(self.query.limit + self.query.offset)
            select = self._filtered_groups(plan, top).select(*columns, copy=False)
        ordering = self._ordering(plan)
        if ordering:
            select = select.order_by(*ordering, copy=False)
        if self.query.limit is not None:
            select = select.limit(self.parameters.bind(self.query.limit), copy=False)
        return select.offset(self.parameters.bind(self.query.offset), copy=False)

    def _analysed(self, plan: Plan) -> bool:
        return self.previous is not None or self.analysis is not None

    def kept_groups(self, plan: Plan) -> list[tuple[str, exp.Select]]:
        """The CTEs ending in KEPT: the groups after `having`, gap-filled with `fill`."""
        kept = self._filtered_groups(plan).select(exp.Star(), copy=False)
        if self.analysis is None:
            return [(KEPT, kept)]
        return self.analysis.kept(plan, kept)

    def _analysed_rows(self, plan: Plan, columns: list[exp.Expression]) -> exp.Select:
        """The kept groups, joined to the previous period and to windowed metrics."""
        select = exp.select(*columns).from_(exp.to_table(KEPT).as_(GROUPED), copy=False)
        joined = []
        if self.previous is not None:
            joined.append((self.previous.grouped(plan), PREVIOUS))
        if self.analysis is not None:
            joined += self.analysis.windowed(plan)
        for relation, alias in joined:
            on = exp.and_(
                exp.true(),
                *(
                    exp.NullSafeEQ(
                        this=exp.column(g.name, GROUPED), expression=exp.column(g.name, alias)
                    )
                    for g in plan.groups
                ),
            )
            select = select.join(
                relation.subquery(alias, copy=False), on=on, join_type="left", copy=False
            )
        return _with(select, self.kept_groups(plan))

    def row_count(self, plan: Plan) -> exp.Select:
        if self.analysis is not None and self.analysis.fills:
            count = exp.select(exp.Count(this=exp.Star())).from_(KEPT, copy=False)
            return _with(count, self.kept_groups(plan))
        if self.query.having is None and self._groups_are_rows(plan):
            (source,) = plan.sources()
            relation = self.relation_of(plan, source)
            count = exp.select(exp.Count(this=exp.Star()))
            return self.scan(count, relation, [], self.scope_condition(plan, relation))
        return self._filtered_groups(plan).select(exp.Count(this=exp.Star()), copy=False)

    def _groups_are_rows(self, plan: Plan) -> bool:
        """Every group is one row of the single source read."""
        sources = plan.sources()
        return len(sources) == 1 and plan.one_row_per_group(
            plan.relation(sources[0]), self.partner is not None
        )

    def _pages_rows(self, plan: Plan) -> bool:
        """`having` drops no group and the rows' order is over groups only, so the first
        rows are the first groups."""
        if self.query.having is not None or not self._groups_are_rows(plan):
            return False
        groups = {g.name for g in plan.groups}
        return all(key.this.name in groups for key in self._ordering(plan))

    def totals(self, plan: Plan, metrics: Sequence[OutputColumn]) -> exp.Select:
        select = exp.select(*(self._output(m) for m in metrics)).from_(
            self.grouped(plan).subquery(GROUPED, copy=False), copy=False
        )
        if self.previous is None or not any(isinstance(m, PeriodColumn) for m in metrics):
            return select
        previous = self.previous.grouped(plan).subquery(PREVIOUS, copy=False)
        return select.join(previous, join_type="cross", copy=False)

    def _output(self, column: OutputColumn) -> exp.Expression:
        if isinstance(column, GroupColumn):
            value = exp.column(column.name, GROUPED)
            if column.dimension.type is DataType.TIME:
                return iso_text(value, self.zone)
            return value
        if isinstance(column, WindowColumn):
            assert self.analysis is not None
            return self._metric_output(column.metric, self.analysis.window_value(column))
        if isinstance(column, PeriodColumn):
            current = exp.column(column.column.name, GROUPED)
            previous = exp.column(column.column.name, PREVIOUS)
            if column.period is Period.PREVIOUS:
                # Null when the group has no rows in the previous period, counts included.
                return self._metric_output(column.column.metric, previous, counts_zero=False)
            return _relative_change(current, previous)
        return self._metric_output(column.metric, exp.column(column.name, GROUPED))

    def _metric_output(
        self, metric: Metric, value: exp.Expression, counts_zero: bool = True
    ) -> exp.Expression:
        if metric.type is DataType.TIME:
            # Time metrics aggregate the stored naive-UTC column; make it an instant first.
            instant = time_value(value, None, self.zone)
            return iso_text(instant, self.zone)
        if counts_zero and metric.zero_when_empty:
            # A count over no rows (totals of a filter that matches nothing) is 0, not null.
            return exp.Coalesce(this=value, expressions=[exp.Literal.number(0)])
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


def _relative_change(current: exp.Expression, previous: exp.Expression) -> exp.Expression:
    """(current - previous) / previous; null when either is null or previous is 0."""
    difference = exp.cast(exp.Sub(this=current, expression=previous.copy()), "DOUBLE")
    return exp.Case(
        ifs=[
            exp.If(
                this=exp.EQ(this=previous.copy(), expression=exp.Literal.number(0)), true=exp.null()
            )
        ],
        default=exp.Div(this=difference, expression=previous),
    )


def _with(select: exp.Select, ctes: list[tuple[str, exp.Select]]) -> exp.Select:
    for name, cte in ctes:
        select = select.with_(name, as_=cte, copy=False)
    return select


def _require_reachable(dimension: Dimension, relation: Relation) -> None:
    # A pre-aggregation is only picked when it can express every dimension the query uses.
    if isinstance(relation, Source) and not dimension.tables <= relation.aliases:
        raise BadUserInput(
            f"`{dimension.name}` cannot be combined with metrics from `{relation.name}`"
        )


def _joins_read(relation: Relation, reads: Sequence[exp.Expression | None]) -> list[Join]:
    """The joins of `relation` whose columns `reads` mention, in declared order."""
    aliases = set().union(*(table_aliases(r) for r in reads if r is not None))
    return [join for join in relation.joins if join.name in aliases]


def _per_partner(node: exp.Expression, partner: exp.Column) -> exp.Expression:
    """`count(DISTINCT x)` → `count(DISTINCT CASE WHEN x IS NOT NULL THEN (partner, x) END)`:
    distinct over (partner, value) pairs, nulls still not counted."""
    if not (isinstance(node, exp.Count) and isinstance(node.this, exp.Distinct)):
        return node
    values = node.this.expressions
    present = exp.and_(*(exp.Is(this=v.copy(), expression=exp.null()).not_() for v in values))
    pair = exp.Tuple(expressions=[partner.copy(), *(v.copy() for v in values)])
    keyed = exp.Case(ifs=[exp.If(this=present, true=pair)])
    return exp.Count(this=exp.Distinct(expressions=[keyed]), big_int=node.args.get("big_int"))


def _metrics_of(plan: Plan, source: Source) -> list[MetricColumn]:
    return [column for column in plan.metrics if column.metric.source == source.name]
