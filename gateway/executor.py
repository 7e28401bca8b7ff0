"""Execute a CubeQuery: compile it (or reuse its compiled statements), run its statements,
key each value by response alias."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gateway.catalog.model import Cube
from gateway.compiled_queries import COMPILED_QUERIES
from gateway.errors import BadUserInput
from gateway.query import CubeQuery, PeriodPart
from gateway.warehouse import Reader


@dataclass(frozen=True)
class CubeResult:
    """Attribute names match the GraphQL result fields (rows, totals, rowCount, sql);
    `sources` names the marts read, reported in the response's `extensions`."""

    rows: list[dict[str, Any]]
    totals: dict[str, Any] | None
    row_count: int | None
    sql: str | None
    sources: tuple[str, ...] = ()


def _keyed(rows: list[tuple], aliases: tuple[tuple[str, ...], ...]) -> list[dict[str, Any]]:
    if not aliases:  # nothing selected but the rows themselves
        return [{} for _ in rows]
    keys = [alias for column_aliases in aliases for alias in column_aliases]
    if len(keys) == len(aliases):
        return [dict(zip(keys, row, strict=True)) for row in rows]
    # A column selected under several aliases fills each of them.
    positions = [index for index, column_aliases in enumerate(aliases) for _ in column_aliases]
    return [dict(zip(keys, (row[i] for i in positions), strict=True)) for row in rows]


def _nested(values: list[dict[str, Any]], parts: tuple[PeriodPart, ...]) -> list[dict[str, Any]]:
    """`previous` / `change` values (keyed `part.alias`) moved into their objects."""
    if not parts:
        return values
    for row in values:
        objects: dict[str, dict[str, Any]] = {part.key: {} for part in parts}
        for key in [key for key in row if "." in key]:
            part, alias = key.split(".", 1)
            objects[part][alias] = row.pop(key)
        row.update(objects)
    return values


async def execute_cube_query(reader: Reader, cube: Cube, query: CubeQuery) -> CubeResult:
    compiled = COMPILED_QUERIES.compiled(cube, query)
    parts = {"rows": compiled.rows, "totals": compiled.totals, "row_count": compiled.row_count}
    statements = {name: s for name, s in parts.items() if s is not None}
    fetched = dict(zip(statements, await reader.fetch(list(statements.values())), strict=True))

    row_count = fetched["row_count"][0][0] if "row_count" in fetched else None
    limit = compiled.filled_rows_limit
    if limit is not None and row_count is not None and row_count > limit:
        raise BadUserInput(
            f"`fill` makes {row_count} rows, more than `limit` ({limit}): raise `limit`, "
            "choose a coarser grain or a shorter window",
            argument="fill",
        )
    totals = None
    if query.totals is not None:
        totals_rows = _keyed(fetched.get("totals", [()]), compiled.totals_aliases)
        totals = _nested(totals_rows, query.totals_parts)[0]
    rows = _keyed(fetched["rows"], compiled.row_aliases) if "rows" in fetched else []
    return CubeResult(
        rows=_nested(rows, query.row_parts),
        totals=totals,
        row_count=row_count if query.row_count else None,
        sql=(
            ";\n\n".join(s.for_engine(reader.engine_name).sql for s in statements.values())
            if query.sql
            else None
        ),
        sources=compiled.sources,
    )
