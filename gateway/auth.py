"""Bearer-key authentication and the per-key rate limit for HTTP endpoints.

`principal_for(request, role)` is the one check every endpoint uses: no key or a bad
key is 401 UNAUTHENTICATED, a key without the role is 403 FORBIDDEN, a key over its
rate limit is 429 RATE_LIMITED with `Retry-After`; the endpoints answer each with
`gateway.endpoints.errors.gateway_error_response`, which takes status and headers from the
error's class.
"""

from __future__ import annotations

from starlette.requests import HTTPConnection

from gateway.errors import Forbidden, Unauthenticated
from gateway.keys import KeyStore, Principal
from gateway.rate_limit import RateLimiter

_SCHEME = "bearer"


def bearer_token(authorization: str) -> str:
    """The key in an `Authorization: Bearer <key>` value; raises Unauthenticated."""
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != _SCHEME or not token.strip():
        raise Unauthenticated("send an API key as `Authorization: Bearer <key>`")
    return token.strip()


def principal_with_role(key_store: KeyStore, token: str, role: str) -> Principal:
    """The principal of a valid key that has `role`; raises Unauthenticated or Forbidden."""
    principal = key_store.authenticate(token)
    if not principal.has_role(role):
        raise Forbidden(f"this API key lacks the `{role}` role")
    return principal


def principal_for(connection: HTTPConnection, role: str) -> Principal:
    """The caller's principal, with this request charged to its key's rate limit.

    Raises Unauthenticated, Forbidden or RateLimited (all AccessDenied).
    """
    token = bearer_token(connection.headers.get("authorization", ""))
    principal = principal_with_role(connection.state.key_store, token, role)
    rate_limiter: RateLimiter = connection.state.rate_limiter
    rate_limiter.check(principal.key_id)
    return principal
