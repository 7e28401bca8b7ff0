"""`GET /export.csv?query=…&variables=…&headers=descriptive|system` (role `read`).

The document runs through the same schema, limits, partner isolation and error codes as
`/graphql`; the `rows` of its one cube field are streamed as CSV, columns in selection
order, headed by the response keys (`system`, the default) or the catalog labels
(`descriptive`). Values are as in the JSON API; booleans are `true`/`false`, nulls empty.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any, Final

import msgspec
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route
from strawberry import Schema

from gateway.auth import principal_for
from gateway.catalog import CATALOG
from gateway.context import GatewayContext
from gateway.endpoints.cube_selection import Column, select_cube_rows
from gateway.endpoints.errors import gateway_error_response, graphql_errors_response
from gateway.errors import AccessDenied, BadUserInput, GatewayError
from gateway.warehouse import ReadSession
from sessionlens.core.settings import Settings

HEADER_STYLES: Final = ("system", "descriptive")
# Rows per chunk handed to the response stream.
_ROWS_PER_CHUNK: Final = 1000


def _variables(raw: str | None) -> dict[str, Any]:
    if raw is None or not raw.strip():
        return {}
    try:
        variables = msgspec.json.decode(raw)
    except msgspec.DecodeError as error:
        raise BadUserInput(
            f"`variables` is not valid JSON: {error}", argument="variables"
        ) from None
    if not isinstance(variables, dict):
        raise BadUserInput("`variables` must be a JSON object", argument="variables")
    return variables


def _header_style(raw: str | None) -> str:
    style = raw or HEADER_STYLES[0]
    if style not in HEADER_STYLES:
        raise BadUserInput(
            f"`headers` must be one of {', '.join(HEADER_STYLES)}, got {style!r}",
            argument="headers",
        )
    return style


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def csv_chunks(header: list[str], records: Iterable[list[Any]]) -> Iterator[str]:
    """RFC 4180 CSV text (quoted by the csv module), a chunk of rows at a time."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for count, record in enumerate(records, start=1):
        writer.writerow([_cell(value) for value in record])
        if count % _ROWS_PER_CHUNK == 0:
            yield _drain(buffer)
    yield _drain(buffer)


def _records(rows: list[dict[str, Any]], columns: tuple[Column, ...]) -> Iterator[list[Any]]:
    return ([row[column.key] for column in columns] for row in rows)


def export_routes(schema: Schema, settings: Settings) -> list[Route]:
    """The `/export.csv` route, executing through the same schema as `/graphql`."""
    cubes = {cube.name: cube for cube in CATALOG}

    async def export_csv(request: Request) -> Response:
        try:
            principal = principal_for(request, "read")
        except AccessDenied as error:
            return gateway_error_response(error)
        params = request.query_params
        try:
            query = params.get("query")
            if not query:
                raise BadUserInput(
                    "give the GraphQL query whose rows to export as the `query` parameter",
                    argument="query",
                )
            variables = _variables(params.get("variables"))
            style = _header_style(params.get("headers"))
            selection = select_cube_rows(query, variables, cubes, settings.max_tokens)
        except GatewayError as error:
            return gateway_error_response(error)

        session = ReadSession(request.state.warehouse)
        try:
            context = GatewayContext(principal, session, settings)
            result = await schema.execute(query, variable_values=variables, context_value=context)
        finally:
            session.close()
        if result.errors:
            return graphql_errors_response(result.errors)
        rows = result.data[selection.response_key][selection.rows_key]
        columns = selection.columns()
        header = [column.key if style == "system" else column.label for column in columns]
        return StreamingResponse(
            csv_chunks(header, _records(rows, columns)),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{selection.cube.name}.csv"'},
        )

    return [Route("/export.csv", export_csv, methods=["GET"])]
