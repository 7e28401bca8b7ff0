"""One export: the rows of one cube query as CSV, every row unless `limit`/`offset` are
given, streamed a batch at a time.

The document runs through the same schema, limits, partner isolation and error codes as
`/graphql`, with the cube field only planning its query (see `GatewayContext.planned`);
the export then counts the rows, refuses more than `SESSIONLENS_EXPORT_MAX_ROWS` before
sending any, and streams the rest from one snapshot. Columns are in selection order,
headed by the response keys (`system`, the default) or the catalog labels
(`descriptive`); values are the JSON API's, made spreadsheet-safe (`csv_text`).
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final

from graphql import GraphQLError, GraphQLObjectType, get_nullable_type
from strawberry import Schema

from gateway.catalog import CATALOG
from gateway.catalog.model import Cube
from gateway.compat import core_schema
from gateway.compiler import Statement, compile_cube_query
from gateway.context import GatewayContext
from gateway.errors import BadUserInput
from gateway.exports.csv_text import UTF8_BOM, csv_text
from gateway.exports.cube_selection import select_cube_rows
from gateway.exports.request import ExportRequest
from gateway.keys import Principal
from gateway.schema.cubes import value_type_names
from gateway.schema.rows import Serializer, leaf_serializer
from gateway.warehouse import ReadSession
from sessionlens.core.settings import Settings

# Rows fetched from DuckDB, and written as CSV, at a time.
BATCH_ROWS: Final = 2000
_CUBES: Final[Mapping[str, Cube]] = {cube.name: cube for cube in CATALOG}


class ExportRefused(Exception):
    """The document did not run: its GraphQL errors, already coded as `/graphql` codes them."""

    def __init__(self, errors: list[GraphQLError]) -> None:
        super().__init__(errors[0].message)
        self.errors = errors


@dataclass(frozen=True)
class PlannedExport:
    """`positions`: per CSV column, its column in the rows statement's result."""

    cube: Cube
    header: tuple[str, ...]
    rows: Statement
    row_count: Statement
    offset: int
    limit: int | None
    positions: tuple[int, ...]
    serializers: tuple[Serializer, ...]
    excel: bool

    def file_name(self, at: datetime) -> str:
        """`viewers-20261203T1500Z.csv`: the cube and the time of the export (UTC)."""
        return f"{self.cube.name}-{at.astimezone(UTC):%Y%m%dT%H%MZ}.csv"

    def exported_rows(self, row_count: int) -> int:
        """How many of the query's `row_count` rows the export holds once paged."""
        remaining = max(0, row_count - self.offset)
        return remaining if self.limit is None else min(remaining, self.limit)

    def csv_batch(self, rows: list[tuple]) -> bytes:
        """The CSV lines of a batch of result rows (run in the worker thread fetching it)."""
        pairs = tuple(zip(self.positions, self.serializers, strict=True))
        return csv_text(
            [None if row[i] is None else serialize(row[i]) for i, serialize in pairs]
            for row in rows
        ).encode()


async def plan_export(
    schema: Schema,
    settings: Settings,
    principal: Principal,
    request: ExportRequest,
    session: ReadSession,
    now: datetime,
) -> PlannedExport:
    """Check `request` as `/graphql` would and compile its rows and row count statements;
    `now` anchors `inLast` when the query has no `asOf`.

    Raises a GatewayError for a document that is not one cube's rows, ExportRefused when
    the document does not run."""
    selection = select_cube_rows(
        core_schema(schema), request.query, request.variables, _CUBES, settings.max_tokens
    )
    context = GatewayContext(principal, session, settings, planned={})
    result = await schema.execute(
        request.query, variable_values=request.variables, context_value=context
    )
    if result.errors:
        raise ExportRefused(list(result.errors))
    query = dataclasses.replace(
        context.planned[selection.response_key], rows=True, row_count=True, totals=None, sql=False
    )
    compiled = compile_cube_query(selection.cube, query, now)
    # Both were asked for: rows=True, row_count=True.
    assert compiled.rows is not None and compiled.row_count is not None
    position = {alias: i for i, aliases in enumerate(compiled.row_aliases) for alias in aliases}
    row_type = core_schema(schema).type_map[value_type_names(selection.cube)[0]]
    assert isinstance(row_type, GraphQLObjectType)
    columns = selection.columns()
    return PlannedExport(
        cube=selection.cube,
        header=tuple(c.key if request.headers == "system" else c.label for c in columns),
        rows=compiled.rows,
        row_count=compiled.row_count,
        offset=query.offset,
        limit=query.limit,
        positions=tuple(position[c.key] for c in columns),
        serializers=tuple(
            leaf_serializer(get_nullable_type(row_type.fields[c.field.name].type)) for c in columns
        ),
        excel=request.excel,
    )


async def counted_rows(planned: PlannedExport, session: ReadSession, max_rows: int) -> int:
    """The rows the export will hold; BadUserInput beyond `max_rows`, before any is sent."""
    ((row_count,),) = (await session.fetch([planned.row_count]))[0]
    rows = planned.exported_rows(row_count)
    if rows > max_rows:
        raise BadUserInput(
            f"the export would hold {rows} rows, more than the {max_rows} an export may hold"
            " (SESSIONLENS_EXPORT_MAX_ROWS); narrow `where`, or export it in parts with"
            " `limit` and `offset`",
            argument="limit",
        )
    return rows


async def csv_chunks(planned: PlannedExport, session: ReadSession) -> AsyncIterator[bytes]:
    """The export file, UTF-8 (with a BOM for `excel`), one chunk per batch of rows."""
    head = (UTF8_BOM if planned.excel else "") + csv_text([planned.header])
    yield head.encode()
    # Closed at once however the stream ends, so its cursor never outlives the session.
    async with contextlib.aclosing(
        session.stream(planned.rows, BATCH_ROWS, planned.csv_batch)
    ) as batches:
        async for chunk in batches:
            yield chunk
