"""A metric over a group of exactly one row, as a plain expression of that row.

When every group is one row, `sum(x)` is `x`, `count(DISTINCT x) FILTER (WHERE c)` is
1 or 0, and so on: the statement then needs no GROUP BY (DuckDB's distinct aggregates
cost a hash table and a join of their own). Only the aggregates below are rewritten;
a metric using any other keeps the grouping.
"""

from __future__ import annotations

from sqlglot import exp

_SAME = (exp.Sum, exp.Min, exp.Max)


class _NotRewritable(Exception):
    pass


def _when(
    condition: exp.Expression | None, value: exp.Expression, otherwise: exp.Expression
) -> exp.Expression:
    if condition is None:
        return value
    return exp.Case(ifs=[exp.If(this=condition, true=value)], default=otherwise)


def _one_row(aggregate: exp.Expression, condition: exp.Expression | None) -> exp.Expression:
    """`aggregate` (FILTER (WHERE `condition`) if given) over one row; a FILTER's false or
    null condition leaves no row, as does a CASE's."""
    if isinstance(aggregate, exp.Count):
        argument = aggregate.this
        if isinstance(argument, exp.Star):
            values = []
        elif isinstance(argument, exp.Distinct):
            values = argument.expressions
        else:
            values = [argument]
        tests = [exp.Is(this=v.copy(), expression=exp.null()).not_() for v in values]
        tests += [condition] if condition is not None else []
        if not tests:
            return exp.Literal.number(1)
        return _when(exp.and_(*tests), exp.Literal.number(1), exp.Literal.number(0))
    if isinstance(aggregate, _SAME):
        return _when(condition, aggregate.this.copy(), exp.null())
    if isinstance(aggregate, exp.Avg):
        return _when(condition, exp.cast(aggregate.this.copy(), "DOUBLE"), exp.null())
    raise _NotRewritable


def _rewrite(node: exp.Expression) -> exp.Expression:
    # Pre-order: a FILTER is met before its aggregate and replaced whole.
    if isinstance(node, exp.Filter):
        return _one_row(node.this, node.expression.this.copy())
    if isinstance(node, exp.AggFunc):
        return _one_row(node, None)
    return node


def one_row_value(metric: exp.Expression) -> exp.Expression | None:
    """`metric` over a single row, or None when it uses an aggregate not rewritten here."""
    try:
        return metric.transform(_rewrite)
    except _NotRewritable:
        return None
