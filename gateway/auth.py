"""Bearer-key authentication for HTTP endpoints.

`principal_for(request, role)` is the one check every endpoint uses: no key or a bad
key is 401 UNAUTHENTICATED, a key without the role is 403 FORBIDDEN, both as a
GraphQL-style JSON error body.
"""

from __future__ import annotations

from starlette.requests import HTTPConnection
from starlette.responses import JSONResponse

from gateway.errors import Forbidden, GatewayError, Unauthenticated
from gateway.keys import KeyStore, Principal

_SCHEME = "bearer"


def principal_for(connection: HTTPConnection, role: str) -> Principal:
    """The caller's principal; raises Unauthenticated or Forbidden."""
    header = connection.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != _SCHEME or not token.strip():
        raise Unauthenticated("send an API key as `Authorization: Bearer <key>`")
    key_store: KeyStore = connection.state.key_store
    principal = key_store.authenticate(token.strip())
    if principal is None:
        raise Unauthenticated("the API key is not valid")
    if not principal.has_role(role):
        raise Forbidden(f"this API key lacks the `{role}` role")
    return principal


def error_response(error: GatewayError) -> JSONResponse:
    status = 401 if isinstance(error, Unauthenticated) else 403
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    body = {"data": None, "errors": [{"message": error.message, "extensions": error.extensions}]}
    return JSONResponse(body, status_code=status, headers=headers)
