"""Errors the gateway reports to clients: each class carries its GraphQL `extensions.code`
and the HTTP status it gets where the status follows the error (endpoints other than
`/graphql`, and refusals before a GraphQL request is looked at)."""

from __future__ import annotations

from typing import Any, ClassVar


class GatewayError(Exception):
    """An error whose message is safe to show to any client."""

    code: ClassVar[str] = "INTERNAL"
    http_status: ClassVar[int] = 500

    def __init__(self, message: str, *, argument: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.argument = argument

    @property
    def extensions(self) -> dict[str, Any]:
        extensions: dict[str, Any] = {"code": self.code}
        if self.argument:
            extensions["argument"] = self.argument
        return extensions

    @property
    def headers(self) -> dict[str, str]:
        """HTTP headers that go with the error's status."""
        return {}


class BadUserInput(GatewayError):
    code = "BAD_USER_INPUT"
    http_status = 400


class UnsupportedContentEncoding(BadUserInput):
    """The body is compressed: it is read as sent, so that its size limit is the size of
    what is validated and no small upload can expand into a large one."""

    http_status = 415


class NotAcceptable(BadUserInput):
    """The client accepts none of the media types the endpoint answers in."""

    http_status = 406


class TooComplex(GatewayError):
    code = "TOO_COMPLEX"
    http_status = 400


class BodyTooLarge(TooComplex):
    """The body is larger than the endpoint accepts."""

    http_status = 413

    @property
    def headers(self) -> dict[str, str]:
        # What is left of the body is not read: the connection cannot carry another request.
        return {"Connection": "close"}


class AccessDenied(GatewayError):
    """The request is refused before it is looked at: who sends it, with which role, or
    how often (see `gateway.auth`)."""

    http_status = 403


class Unauthenticated(AccessDenied):
    code = "UNAUTHENTICATED"
    http_status = 401

    @property
    def headers(self) -> dict[str, str]:
        return {"WWW-Authenticate": "Bearer"}


class Forbidden(AccessDenied):
    code = "FORBIDDEN"
    http_status = 403


class RateLimited(AccessDenied):
    """The key is over its rate limit; it may retry after `retry_after_seconds`."""

    code = "RATE_LIMITED"
    http_status = 429

    def __init__(self, message: str, *, retry_after_seconds: int) -> None:
        super().__init__(message)
        self.retry_after_seconds = retry_after_seconds

    @property
    def extensions(self) -> dict[str, Any]:
        return {**super().extensions, "retryAfterSeconds": self.retry_after_seconds}

    @property
    def headers(self) -> dict[str, str]:
        return {"Retry-After": str(self.retry_after_seconds)}


class TooManySubscriptions(AccessDenied):
    """The key holds as many subscriptions as it may (`SESSIONLENS_MAX_SUBSCRIPTIONS_PER_KEY`)."""

    code = RateLimited.code
    http_status = RateLimited.http_status


class QueryTimeout(GatewayError):
    code = "TIMEOUT"
    http_status = 504


class NotFound(GatewayError):
    """No such thing for this key (another partner's is not found either)."""

    code = "NOT_FOUND"
    http_status = 404


class Gone(NotFound):
    """It existed and has expired."""

    code = "GONE"
    http_status = 410


class PersistedQueryNotFound(GatewayError):
    """A request named its document by hash only, and the hash is not (or no longer) stored.

    Apollo Client and urql recognise the exact message and code and resend the request with
    its document; the status is 200 because older Apollo Clients turn persisted queries off
    for good on a 400."""

    code = "PERSISTED_QUERY_NOT_FOUND"
    http_status = 200

    def __init__(self) -> None:
        super().__init__("PersistedQueryNotFound")


class NotReady(GatewayError):
    """No snapshot this gateway can read has been published yet."""

    code = "NOT_READY"
    http_status = 503


# The status of a GraphQL error by its code, for errors that reach an endpoint as GraphQL
# errors rather than as the classes above (the first class declaring a code gives it).
_CODED = (
    BadUserInput,
    TooComplex,
    Unauthenticated,
    Forbidden,
    RateLimited,
    QueryTimeout,
    NotFound,
    Gone,
    NotReady,
    PersistedQueryNotFound,
    GatewayError,
)
STATUS_BY_CODE: dict[str, int] = {error.code: error.http_status for error in _CODED}
