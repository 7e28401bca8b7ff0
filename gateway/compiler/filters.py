"""`where` / `having` trees → SQL predicates with two-valued logic.

Every predicate compiles to a value that is never null (a comparison with null is
false), so `ne`, `notIn` and `NOT {eq}` keep null rows, as the README's query language requires.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlglot import exp

from gateway.compiler.parameters import Parameters
from gateway.compiler.time import as_naive_utc, window_start
from gateway.errors import BadUserInput
from gateway.query import AllOf, AnyOf, Comparison, Condition, InLast, Negation, Operator

_ORDERING = {
    Operator.GT: exp.GT,
    Operator.GTE: exp.GTE,
    Operator.LT: exp.LT,
    Operator.LTE: exp.LTE,
}


@dataclass(frozen=True)
class FilterContext:
    """What predicates need besides the tree: field lookup, parameters and "now"."""

    resolve: Callable[[str], exp.Expression]
    parameters: Parameters
    now: datetime
    timezone: str
    argument: str


def compile_condition(condition: Condition, context: FilterContext) -> exp.Expression:
    match condition:
        case AllOf(conditions):
            return _connect(exp.and_, conditions, context)
        case AnyOf(conditions):
            return _connect(exp.or_, conditions, context)
        case Negation(inner):
            return exp.not_(compile_condition(inner, context))
        case Comparison():
            return _comparison(condition, context)
    raise TypeError(f"not a condition: {condition!r}")


def _connect(
    connective: Callable[..., exp.Expression],
    conditions: Sequence[Condition],
    context: FilterContext,
) -> exp.Expression:
    # An empty AND / OR list sets no constraint, so a UI can send `OR: []` safely.
    if not conditions:
        return exp.true()
    return connective(*(compile_condition(item, context) for item in conditions))


def _never_null(predicate: exp.Expression) -> exp.Expression:
    return exp.Coalesce(this=predicate, expressions=[exp.false()])


def _bind(context: FilterContext, value: object) -> exp.Placeholder:
    if isinstance(value, datetime):
        value = as_naive_utc(value)
    return context.parameters.bind(value)


def _membership(column: exp.Expression, values: object, context: FilterContext) -> exp.Expression:
    assert isinstance(values, Sequence)
    if not values:
        return exp.false()
    return _never_null(exp.In(this=column, expressions=[_bind(context, v) for v in values]))


def _text_match(
    operator: Operator, column: exp.Expression, needle: exp.Expression
) -> exp.Expression:
    # String functions, not LIKE: `%`, `_` and `\` in the needle are plain characters,
    # and the empty needle matches every non-null value.
    haystack = exp.Lower(this=column)
    needle = exp.Lower(this=needle)
    if operator is Operator.CONTAINS:
        position = exp.StrPosition(this=haystack, substr=needle)
        return exp.GT(this=position, expression=exp.Literal.number(0))
    if operator is Operator.STARTS_WITH:
        return exp.StartsWith(this=haystack, expression=needle)
    return exp.EndsWith(this=haystack, expression=needle)


def _window_start(field: str, window: InLast, context: FilterContext) -> datetime:
    try:
        return window_start(window, context.now, context.timezone)
    except (OverflowError, ValueError):
        raise BadUserInput(
            f"`{context.argument}.{field}.inLast`: {window.amount} {window.unit.lower()}s "
            "before now is before the year 1",
            argument=context.argument,
        ) from None


def _comparison(comparison: Comparison, context: FilterContext) -> exp.Expression:
    column = context.resolve(comparison.field)
    operator, value = comparison.operator, comparison.value
    if value is None:
        raise BadUserInput(
            f"`{context.argument}.{comparison.field}.{operator}` must not be null; "
            "use `isNull` to test for nulls",
            argument=context.argument,
        )
    match operator:
        case Operator.EQ:
            return _never_null(exp.EQ(this=column, expression=_bind(context, value)))
        case Operator.NE:
            return exp.NullSafeNEQ(this=column, expression=_bind(context, value))
        case Operator.IN:
            return _membership(column, value, context)
        case Operator.NOT_IN:
            return exp.not_(_membership(column, value, context))
        case Operator.CONTAINS | Operator.STARTS_WITH | Operator.ENDS_WITH:
            return _never_null(_text_match(operator, column, _bind(context, value)))
        case Operator.IS_NULL:
            is_null = exp.Is(this=column, expression=exp.null())
            return is_null if value else exp.not_(is_null)
        case Operator.IN_LAST:
            assert isinstance(value, InLast)
            start = _window_start(comparison.field, value, context)
            return _never_null(
                exp.and_(
                    exp.GTE(this=column, expression=_bind(context, start)),
                    exp.LTE(this=column.copy(), expression=_bind(context, context.now)),
                )
            )
    comparison_class = _ORDERING[operator]
    return _never_null(comparison_class(this=column, expression=_bind(context, value)))
