"""`fill` and `window` (SPEC 4.5): gap-filled buckets and cumulative or trailing metrics,
as parts of the rows statement that compiler/statements.py puts together.

Windowed metrics are computed from the rows, never added up from buckets: each kept
group (a bucket with its other dimension values) is joined to every row of the same
other dimensions whose bucket is at most its own (cumulative), or whose time lies in
`[bucket end - span, bucket end)` (trailing), and the metric is aggregated over those
rows. So a distinct count is the distinct values of the whole span, and a rate the
ratio over it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlglot import exp

from gateway.catalog.model import DataType
from gateway.compiler.bounds import time_window
from gateway.compiler.plan import GroupColumn, Plan, WindowColumn
from gateway.compiler.spans import Span, bucket_end, bucket_series, moved_value
from gateway.compiler.statements import KEPT, StatementBuilder
from gateway.compiler.time import as_naive_utc, time_value
from gateway.errors import BadUserInput
from gateway.query import CubeQuery, Window

MATCHED = "matched"
BUCKETS = "buckets"


def _time_group(plan: Plan, query: CubeQuery, argument: str, what: str) -> GroupColumn:
    """The first selected time dimension with a grain."""
    for selection in query.dimensions:
        column = plan.group(selection)
        if column.dimension.type is DataType.TIME and column.grain is not None:
            return column
    raise BadUserInput(
        f"`{argument}`: {what} needs a time dimension with a grain under `rows` "
        "(such as `sessionStart(grain: DAY)`)",
        argument=argument,
    )


def _filled_group(plan: Plan, query: CubeQuery) -> GroupColumn | None:
    filled = [selection for selection in query.dimensions if selection.fill]
    if not filled:
        return None
    if len({(s.dimension, s.grain) for s in filled}) > 1:
        raise BadUserInput("`fill`: fill one time dimension per query", argument="fill")
    selection = filled[0]
    column = plan.group(selection)
    if column.dimension.type is not DataType.TIME or column.grain is None:
        raise BadUserInput(
            f"`rows.{selection.alias}`: `fill` needs a time dimension with a grain",
            argument="fill",
        )
    return column


@dataclass
class Analysis:
    builder: StatementBuilder
    filled: GroupColumn | None
    window_group: GroupColumn | None
    # One subquery per (window, source) of the windowed metrics.
    window_aliases: dict[tuple[Window, str], str] = field(default_factory=dict)

    @classmethod
    def of(cls, builder: StatementBuilder, plan: Plan, query: CubeQuery) -> Analysis | None:
        """What `query` asks of fill and window, checked; None when neither."""
        filled = _filled_group(plan, query)
        window_group = None
        if plan.windows:
            alias = next(s.alias for s in query.metrics if s.window is not None)
            window_group = _time_group(plan, query, f"rows.{alias}.window", "`window`")
        if filled is None and window_group is None:
            return None
        analysis = cls(builder, filled, window_group)
        for column in plan.windows:
            key = (column.window, column.metric.source)
            analysis.window_aliases.setdefault(key, f"windowed{len(analysis.window_aliases)}")
        return analysis

    @property
    def fills(self) -> bool:
        return self.filled is not None

    # -- fill ----------------------------------------------------------------------------

    def kept(self, plan: Plan, matched: exp.Select) -> list[tuple[str, exp.Select]]:
        if self.filled is None:
            return [(KEPT, matched)]
        return [(MATCHED, matched), (KEPT, self._filled(plan, self.filled))]

    def _filled(self, plan: Plan, filled: GroupColumn) -> exp.Select:
        """Every bucket of the window for every combination of the other dimensions that
        the matched groups have; counts and sums 0 where no group matched, else null."""
        others = [g for g in plan.groups if g is not filled]
        series = self._series(filled).subquery("series", copy=False)
        if others:
            combos = exp.select(*(exp.column(g.name, MATCHED) for g in others), distinct=True)
            source: exp.Expression = combos.from_(MATCHED, copy=False).subquery("combos")
        else:
            source = series
        select = exp.select(
            *(exp.column(g.name, "series" if g is filled else "combos") for g in plan.groups),
            *(
                exp.alias_(_filled_metric(column.name, column.metric.empty_value), column.name)
                for column in plan.metrics
            ),
        ).from_(source, copy=False)
        if others:
            select = select.join(series, join_type="cross", copy=False)
        on = exp.and_(
            *(
                exp.NullSafeEQ(
                    this=exp.column(g.name, MATCHED),
                    expression=exp.column(g.name, "series" if g is filled else "combos"),
                )
                for g in plan.groups
            )
        )
        return select.join(exp.to_table(MATCHED), on=on, join_type="left", copy=False)

    def _series(self, filled: GroupColumn) -> exp.Select:
        """The buckets from the one holding the window's lower bound (else the first
        matched bucket) to the one holding its upper bound (else the last)."""
        assert filled.grain is not None
        builder = self.builder
        window = time_window(
            builder.query.where, filled.dimension.name, builder.now, builder.query.timezone
        )
        ends: list[exp.Expression] = []
        for bound, aggregate in ((window.lower, exp.Min), (window.last_instant, exp.Max)):
            if bound is None:
                ends.append(aggregate(this=exp.column(filled.name, MATCHED)))
                continue
            bound_value = builder.parameters.bind(as_naive_utc(bound))
            ends.append(time_value(bound_value, filled.grain, builder.zone))
        first, last = exp.column("first_bucket", "ends"), exp.column("last_bucket", "ends")
        series, element = bucket_series(first, last, filled.grain, builder.zone)
        # One row: the ends, the matched groups' first or last bucket where unbounded.
        bounds = exp.select(exp.alias_(ends[0], "first_bucket"), exp.alias_(ends[1], "last_bucket"))
        if None in (window.lower, window.last_instant):
            bounds = bounds.from_(MATCHED, copy=False)
        elements = exp.select(exp.alias_(exp.Unnest(expressions=[series]), "element")).from_(
            bounds.subquery("ends", copy=False), copy=False
        )
        value = element.transform(
            lambda node: (
                exp.column("element", "elements")
                if isinstance(node, exp.Placeholder) and node.name == "element"
                else node
            )
        )
        return exp.select(exp.alias_(value, filled.name)).from_(
            elements.subquery("elements", copy=False), copy=False
        )

    # -- window --------------------------------------------------------------------------

    def window_value(self, column: WindowColumn) -> exp.Expression:
        return exp.column(column.name, self.window_aliases[(column.window, column.metric.source)])

    def windowed(self, plan: Plan) -> list[tuple[exp.Select, str]]:
        return [
            (self._windowed(plan, window, source), alias)
            for (window, source), alias in self.window_aliases.items()
        ]

    def _windowed(self, plan: Plan, window: Window, source_name: str) -> exp.Select:
        """The windowed metrics of one source for every kept group."""
        assert self.window_group is not None and self.window_group.grain is not None
        builder = self.builder
        source = plan.cube.sources_by_name[source_name]
        relation = builder.relation_of(plan, source)
        columns = [c for c in plan.windows if (c.window, c.metric.source) == (window, source_name)]
        values = [builder.metric_value(c.metric, relation) for c in columns]
        conditions = []
        reads = list(values)
        for group in plan.groups:
            bucket = exp.column(group.name, BUCKETS)
            row_value = builder.group_value(group, relation)
            reads.append(row_value)
            if group is not self.window_group:
                conditions.append(exp.NullSafeEQ(this=row_value, expression=bucket))
                continue
            conditions.append(exp.LTE(this=row_value, expression=bucket.copy()))
            if window.trailing is not None:
                moment = time_value(
                    relation.dimension_expression(group.dimension).copy(), None, builder.zone
                )
                reads.append(moment)
                end = bucket_end(bucket.copy(), group.grain, builder.zone)  # type: ignore[arg-type]
                start = moved_value(end, Span.of(window.trailing), -1, builder.zone)
                conditions.append(exp.GTE(this=moment, expression=start))
        select = exp.select(
            *(exp.alias_(exp.column(g.name, BUCKETS), g.name) for g in plan.groups),
            *(exp.alias_(v, c.name, copy=False) for c, v in zip(columns, values, strict=True)),
        )
        select = builder.scan(select, relation, reads, builder.scope_condition(plan, relation))
        select = select.join(
            exp.to_table(KEPT).as_(BUCKETS),
            on=exp.and_(*conditions),
            join_type="inner",
            copy=False,
        )
        numbers = (exp.Literal.number(i + 1) for i in range(len(plan.groups)))
        return select.group_by(*numbers, copy=False)


def _filled_metric(name: str, empty_value: int | None) -> exp.Expression:
    value = exp.column(name, MATCHED)
    if empty_value is None:
        return value
    return exp.Coalesce(this=value, expressions=[exp.Literal.number(empty_value)])
