"""Errors the gateway reports to clients, each with its GraphQL `extensions.code`."""

from __future__ import annotations

from typing import Any


class GatewayError(Exception):
    """An error whose message is safe to show to any client."""

    code = "INTERNAL"

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


class BadUserInput(GatewayError):
    code = "BAD_USER_INPUT"


class AccessDenied(GatewayError):
    """The request is refused before it is looked at: who sends it, with which role, or
    how often (see `gateway.auth`)."""


class Unauthenticated(AccessDenied):
    code = "UNAUTHENTICATED"


class Forbidden(AccessDenied):
    code = "FORBIDDEN"


class RateLimited(AccessDenied):
    """The key is over its rate limit; it may retry after `retry_after_seconds`."""

    code = "RATE_LIMITED"

    def __init__(self, message: str, *, retry_after_seconds: int) -> None:
        super().__init__(message)
        self.retry_after_seconds = retry_after_seconds

    @property
    def extensions(self) -> dict[str, Any]:
        return {**super().extensions, "retryAfterSeconds": self.retry_after_seconds}


class TooComplex(GatewayError):
    code = "TOO_COMPLEX"


class QueryTimeout(GatewayError):
    code = "TIMEOUT"


class NotReady(GatewayError):
    """No snapshot has been published yet."""

    code = "NOT_READY"
