"""GraphQL-style JSON error responses (`{"errors": [{message, extensions: {code}}]}`) for
the endpoints that are not GraphQL themselves, with an HTTP status per error code."""

from __future__ import annotations

from collections.abc import Sequence

from graphql import GraphQLError
from starlette.responses import JSONResponse

from gateway.errors import GatewayError

_STATUS_BY_CODE = {
    "BAD_USER_INPUT": 400,
    "TOO_COMPLEX": 400,
    "UNAUTHENTICATED": 401,
    "FORBIDDEN": 403,
    "NOT_READY": 503,
    "TIMEOUT": 504,
}


def graphql_errors_response(
    errors: Sequence[GraphQLError], status: int | None = None
) -> JSONResponse:
    """`errors` as a JSON body; the status follows the first error's code unless given."""
    code = (errors[0].extensions or {}).get("code", "INTERNAL")
    return JSONResponse(
        {"errors": [error.formatted for error in errors]},
        status_code=status or _STATUS_BY_CODE.get(code, 500),
    )


def gateway_error_response(error: GatewayError, status: int | None = None) -> JSONResponse:
    return graphql_errors_response(
        [GraphQLError(error.message, extensions=error.extensions)], status
    )
