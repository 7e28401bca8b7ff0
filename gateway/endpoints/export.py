"""`GET /export.csv?query=…&variables=…&headers=descriptive|system[&excel=true]` (role
`read`): every row of one cube query as CSV, streamed (see `gateway.exports.plan`).

A bad document, an export over the row ceiling or a refused key is a GraphQL-style JSON
error with its code and status: all of them are known before the first byte is sent.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import msgspec
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route
from strawberry import Schema

from gateway.auth import principal_for
from gateway.endpoints.errors import gateway_error_response, graphql_errors_response
from gateway.errors import AccessDenied, BadUserInput, GatewayError
from gateway.exports.plan import ExportRefused, counted_rows, csv_chunks, plan_export
from gateway.exports.request import ExportRequest
from gateway.warehouse import ReadSession
from sessionlens.core.settings import Settings

CSV_MEDIA_TYPE = "text/csv; charset=utf-8"


def _variables(raw: str | None) -> dict[str, Any]:
    if raw is None or not raw.strip():
        return {}
    try:
        return msgspec.json.decode(raw)
    except msgspec.DecodeError as error:
        raise BadUserInput(
            f"`variables` is not valid JSON: {error}", argument="variables"
        ) from None


def _flag(raw: str | None, name: str) -> bool:
    if raw is None or raw in ("", "false", "0"):
        return False
    if raw in ("true", "1"):
        return True
    raise BadUserInput(f"`{name}` must be true or false, got {raw!r}", argument=name)


def attachment(file_name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{file_name}"'}


def export_routes(schema: Schema, settings: Settings) -> list[Route]:
    """The `/export.csv` route, executing through the same schema as `/graphql`."""

    async def export_csv(request: Request) -> Response:
        try:
            principal = principal_for(request, "read")
        except AccessDenied as error:
            return gateway_error_response(error)
        params = request.query_params
        now = datetime.now(UTC)
        session = ReadSession(request.state.warehouse)
        streaming = False
        try:
            export = ExportRequest(
                params.get("query") or "",
                _variables(params.get("variables")),
                params.get("headers") or "system",
                _flag(params.get("excel"), "excel"),
            )
            planned = await plan_export(schema, settings, principal, export, session, now)
            await counted_rows(planned, session, settings.export_max_rows)
            streaming = True
        except GatewayError as error:
            return gateway_error_response(error)
        except ExportRefused as refused:
            return graphql_errors_response(refused.errors)
        finally:
            if not streaming:
                session.close()

        async def body() -> AsyncIterator[bytes]:
            # The snapshot lease lasts as long as the stream, however it ends.
            try:
                async with contextlib.aclosing(csv_chunks(planned, session)) as chunks:
                    async for chunk in chunks:
                        yield chunk
            finally:
                session.close()

        return StreamingResponse(
            body(), media_type=CSV_MEDIA_TYPE, headers=attachment(planned.file_name(now))
        )

    return [Route("/export.csv", export_csv, methods=["GET"])]
