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
from datetime import datetime

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
from gateway.compiler.plan import GroupColumn, MetricColumn, Plan, dimension_named, metric_named
from gateway.compiler.time import Zone, fixed_offset, iso_text, time_value
from gateway.errors import BadUserInput
from gateway.query import Condition, CubeQuery, Direction, Ordering

GROUPED = "grouped"


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

    # -- the grouped relation ------------------------------------------------------------

    def grouped(self, plan: Plan, top: exp.Expression | None = None) -> exp.Select:
        """`top`: the statement keeps only its first `top` groups in its order, which
        `_pages_rows` allows to apply to the mart's rows."""
        sources = plan.sources()
        if len(sources) == 1:
            rows_are_groups = self._groups_are_rows(plan)
            return self._source_select(plan, sources[0], plan.metrics, top, rows_are_groups)
        return self._joined(plan, sources)

    def _group_value(self, column: GroupColumn, relation: Relation) -> exp.Expression:
        expression = relation.dimension_expression(column.dimension).copy()
        if column.dimension.type is DataType.TIME:
            return time_value(expression, column.grain, self.zone)
        return expression

    def _order_value(self, column: GroupColumn, relation: Relation) -> exp.Expression:
        """What orders rows as `column` orders groups: a raw time's instant rises with the
        stored time, so the stored column orders the same without a conversion."""
        if column.grain is None:
            return relation.dimension_expression(column.dimension).copy()
        return self._group_value(column, relation)

    def _metric_value(self, metric: Metric, relation: Relation) -> exp.Expression:
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
        relation = self._relation(plan, source)
        values = [self._metric_value(m.metric, relation) for m in metrics]
        per_row = [one_row_value(v) for v in values] if rows_are_groups else []
        ungrouped = rows_are_groups and None not in per_row
        projections = [
            exp.alias_(self._group_value(g, relation), g.name, copy=False) for g in plan.groups
        ]
        projections += [
            exp.alias_(value, m.name, copy=False)
            for m, value in zip(metrics, per_row if ungrouped else values, strict=True)
        ]
        if not projections:
            projections = [exp.alias_(exp.Count(this=exp.Star()), "n", copy=False)]
        condition = self._condition(plan, relation)
        if top is not None and not _joins_read(relation, [*projections, condition]):
            select = exp.select(*projections).from_(
                self._first_rows(plan, relation, projections, condition, top), copy=False
            )
        else:
            select = self._scan(exp.select(*projections), relation, projections, condition)
        if plan.groups and not ungrouped:
            numbers = (exp.Literal.number(i + 1) for i in range(len(plan.groups)))
            select = select.group_by(*numbers, copy=False)
        return select

    def _relation(self, plan: Plan, source: Source) -> Relation:
        """The relation `source` is read from, recorded, and checked to reach every group."""
        relation = plan.relation(source)
        if relation.table not in self.tables_read:
            self.tables_read.append(relation.table)
        for column in plan.groups:
            _require_reachable(column.dimension, relation)
        return relation

    def _condition(self, plan: Plan, relation: Relation) -> exp.Expression | None:
        """The partner scope and `where` over `relation`, if any."""
        predicates = []
        if self.partner is not None:
            predicates.append(exp.column("partner_id", relation.name).eq(self.partner.copy()))
        if self.query.where is not None:
            predicates.append(self._where(self.query.where, plan, relation))
        return exp.and_(*predicates, copy=False) if predicates else None

    def _scan(
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
        select = self._scan(select, relation, [], condition).order_by(*order, copy=False)
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

    def rows(self, plan: Plan, outputs: Sequence[GroupColumn | MetricColumn]) -> exp.Select:
        columns = [
            exp.alias_(self._output(column), f"o{i}", copy=False)
            for i, column in enumerate(outputs)
        ]
        top = None
        if self.query.limit is not None and self._pages_rows(plan):
            top = self.parameters.bind(self.query.limit + self.query.offset)
        # Rows with no value selected (only their `id`): one empty row per group.
        select = self._filtered_groups(plan, top).select(
            *(columns or [exp.Literal.number(1)]), copy=False
        )
        ordering = self._ordering(plan)
        if ordering:
            select = select.order_by(*ordering, copy=False)
        if self.query.limit is not None:
            select = select.limit(self.parameters.bind(self.query.limit), copy=False)
        return select.offset(self.parameters.bind(self.query.offset), copy=False)

    def row_count(self, plan: Plan) -> exp.Select:
        if self.query.having is None and self._groups_are_rows(plan):
            (source,) = plan.sources()
            relation = self._relation(plan, source)
            count = exp.select(exp.Count(this=exp.Star()))
            return self._scan(count, relation, [], self._condition(plan, relation))
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

    def totals(self, plan: Plan, metrics: Sequence[MetricColumn]) -> exp.Select:
        return exp.select(*(self._output(m) for m in metrics)).from_(
            self.grouped(plan).subquery(GROUPED, copy=False), copy=False
        )

    def _output(self, column: GroupColumn | MetricColumn) -> exp.Expression:
        value = exp.column(column.name, GROUPED)
        if isinstance(column, GroupColumn) and column.dimension.type is DataType.TIME:
            return iso_text(value, self.zone)
        if isinstance(column, MetricColumn) and column.metric.type is DataType.TIME:
            # Time metrics aggregate the stored naive-UTC column; make it an instant first.
            instant = time_value(value, None, self.zone)
            return iso_text(instant, self.zone)
        if isinstance(column, MetricColumn) and column.metric.zero_when_empty:
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
