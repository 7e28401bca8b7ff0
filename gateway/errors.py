"""Errors the gateway reports to clients, each with its GraphQL `extensions.code`."""

from __future__ import annotations


class GatewayError(Exception):
    """An error whose message is safe to show to any client."""

    code = "INTERNAL"

    def __init__(self, message: str, *, argument: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.argument = argument

    @property
    def extensions(self) -> dict[str, str]:
        extensions = {"code": self.code}
        if self.argument:
            extensions["argument"] = self.argument
        return extensions


class BadUserInput(GatewayError):
    code = "BAD_USER_INPUT"


class Unauthenticated(GatewayError):
    code = "UNAUTHENTICATED"


class Forbidden(GatewayError):
    code = "FORBIDDEN"


class TooComplex(GatewayError):
    code = "TOO_COMPLEX"


class QueryTimeout(GatewayError):
    code = "TIMEOUT"


class NotReady(GatewayError):
    """No snapshot has been published yet."""

    code = "NOT_READY"
