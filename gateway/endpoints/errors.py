"""GraphQL-style JSON error responses (`{"errors": [{message, extensions: {code}}]}`) for
the endpoints that are not GraphQL themselves, with the HTTP status of the error."""

from __future__ import annotations

from collections.abc import Sequence

from graphql import GraphQLError
from starlette.responses import JSONResponse

from gateway.errors import STATUS_BY_CODE, GatewayError


def graphql_errors_response(
    errors: Sequence[GraphQLError], status: int | None = None
) -> JSONResponse:
    """`errors` as a JSON body; the status follows the first error's code unless given."""
    code = (errors[0].extensions or {}).get("code", GatewayError.code)
    return JSONResponse(
        {"errors": [error.formatted for error in errors]},
        status_code=status or STATUS_BY_CODE.get(code, GatewayError.http_status),
    )


def gateway_error_response(error: GatewayError, status: int | None = None) -> JSONResponse:
    """`error` as a JSON body with its own status (unless given) and headers."""
    response = graphql_errors_response(
        [GraphQLError(error.message, extensions=error.extensions)],
        status or error.http_status,
    )
    response.headers.update(error.headers)
    return response
