"""CubeQuery → DuckDB SQL (sqlglot trees, user values as bound parameters).

`compile_cube_query` returns up to three statements: the rows (grouped, filtered by
`having`, ordered, paged), the totals (selected metrics over everything `where`
matches) and the row count (groups after `having`, before paging).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from gateway.catalog.model import Cube
from gateway.compiler.analysis import Analysis
from gateway.compiler.compare import previous_period
from gateway.compiler.parameters import Statement
from gateway.compiler.plan import OutputColumn, plan_rows, plan_totals
from gateway.compiler.statements import StatementBuilder
from gateway.query import CubeQuery, MetricSelection

__all__ = ["CompiledQuery", "Statement", "compile_cube_query"]


@dataclass(frozen=True)
class CompiledQuery:
    """Statements plus, per result column, the response aliases it fills, and the marts
    the statements read (each source's chosen table, in order)."""

    rows: Statement | None
    row_aliases: tuple[tuple[str, ...], ...]
    totals: Statement | None
    totals_aliases: tuple[tuple[str, ...], ...]
    row_count: Statement | None
    sources: tuple[str, ...]
    # With `fill`: the most rows the answer may have (`limit`), checked after counting.
    filled_rows_limit: int | None = None


def response_key(selection: MetricSelection) -> str:
    """Where a metric's value goes: `part.alias` under a `previous` / `change` object (a
    GraphQL name has no dot, so the executor can split it)."""
    return f"{selection.part}.{selection.alias}" if selection.part else selection.alias


def _outputs(columns: Sequence[OutputColumn], aliases: list[str]) -> dict[OutputColumn, list[str]]:
    """Distinct columns in selection order, each with every alias that selected it."""
    outputs: dict[OutputColumn, list[str]] = {}
    for column, alias in zip(columns, aliases, strict=True):
        outputs.setdefault(column, []).append(alias)
    return outputs


def compile_cube_query(cube: Cube, query: CubeQuery, now: datetime | None = None) -> CompiledQuery:
    """Compile `query`; "now" for `inLast` is `query.as_of`, else `now`, else the clock."""
    builder = StatementBuilder(query, query.as_of or now or datetime.now(UTC))
    previous = previous_period(cube, query, builder.now)
    if previous is not None:
        builder.compared(previous.where, previous.span)
    plan, groups, metrics = plan_rows(cube, query)
    builder.analysis = Analysis.of(builder, plan, query)
    fills = builder.analysis is not None and builder.analysis.fills
    row_outputs = _outputs(groups, [s.alias for s in query.dimensions])
    row_outputs.update(_outputs(metrics, [response_key(s) for s in query.metrics]))

    rows = builder.rows(plan, list(row_outputs)) if query.rows else None
    # With `fill`, the rows are counted to refuse more than `limit` of them.
    row_count = builder.row_count(plan) if query.row_count or fills else None

    totals = None
    totals_outputs: dict[OutputColumn, list[str]] = {}
    if query.totals:
        totals_plan, totals_metrics = plan_totals(cube, query)
        totals_outputs = _outputs(totals_metrics, [response_key(s) for s in query.totals])
        totals = builder.totals(totals_plan, list(totals_outputs))

    return CompiledQuery(
        rows=builder.parameters.statement(rows) if rows is not None else None,
        row_aliases=tuple(tuple(aliases) for aliases in row_outputs.values()),
        totals=builder.parameters.statement(totals) if totals is not None else None,
        totals_aliases=tuple(tuple(aliases) for aliases in totals_outputs.values()),
        row_count=builder.parameters.statement(row_count) if row_count is not None else None,
        sources=tuple(builder.tables_read),
        filled_rows_limit=query.limit if fills else None,
    )
