"""The response media type of `/graphql`, chosen from the request's `Accept` header as
GraphQL over HTTP says.

- `application/graphql-response+json` when the client names it (at a quality no lower
  than `application/json`'s): its status codes tell request errors (4xx) from executed
  queries (200).
- `application/json` otherwise — no `Accept`, `*/*`, `application/*` or
  `application/json` — the legacy type, whose request errors are 200 as well.
- Neither acceptable (e.g. `Accept: text/csv`): 406, unless it is a browser asking for
  the GraphiQL page.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from gateway.endpoints.errors import gateway_error_response
from gateway.errors import NotAcceptable

GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
JSON = "application/json"
_CANDIDATES = (GRAPHQL_RESPONSE_JSON, JSON)


def _quality(parameters: list[str]) -> float | None:
    """The `q` of a media range (1 without one); None when it is not a number in [0, 1]."""
    for parameter in parameters:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "q":
            try:
                quality = float(value)
            except ValueError:
                return None
            return quality if 0 <= quality <= 1 else None
    return 1.0


def _specificity(media_range: str, media_type: str) -> int | None:
    """How closely `media_range` names `media_type`: 2 exactly, 1 `application/*`,
    0 `*/*`; None when it does not match."""
    if media_range == media_type:
        return 2
    if media_range == media_type.split("/")[0] + "/*":
        return 1
    return 0 if media_range == "*/*" else None


def negotiate(accept: str | None) -> str | None:
    """The response media type for an `Accept` header; None when neither is acceptable."""
    if not accept or not accept.strip():
        return JSON
    # Per candidate: the quality given by the most specific range that matches it.
    best: dict[str, tuple[int, float]] = {}
    for item in accept.split(","):
        media_range, *parameters = (part.strip() for part in item.split(";"))
        quality = _quality(parameters)
        if quality is None:
            continue
        for candidate in _CANDIDATES:
            specificity = _specificity(media_range.lower(), candidate)
            if specificity is not None and specificity >= best.get(candidate, (-1, 0.0))[0]:
                best[candidate] = (specificity, quality)
    acceptable = {media_type: found for media_type, found in best.items() if found[1] > 0}
    if not acceptable:
        return None
    preferred = acceptable.get(GRAPHQL_RESPONSE_JSON)
    # The newer type only when named: a wildcard keeps legacy clients on application/json.
    if preferred and preferred[0] == 2 and preferred[1] >= acceptable.get(JSON, (0, 0.0))[1]:
        return GRAPHQL_RESPONSE_JSON
    return JSON if JSON in acceptable else GRAPHQL_RESPONSE_JSON


def response_media_type(request: Request) -> str:
    """The media type `NegotiatedMediaType` chose for this request."""
    return getattr(request.state, "response_media_type", JSON)


class NegotiatedMediaType:
    """ASGI wrapper for `/graphql`: chooses the media type (kept in `request.state` for
    the status codes) and gives it to every JSON answer, the refusals of the wrappers
    inside it (401, 413, 429, …) included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        accept = request.headers.get("accept")
        media_type = negotiate(accept)
        if media_type is None:
            if request.method == "GET" and "text/html" in (accept or ""):
                await self.app(scope, receive, send)  # the GraphiQL page
                return
            error = NotAcceptable(f"accept {GRAPHQL_RESPONSE_JSON} or {JSON}; got {accept}")
            await gateway_error_response(error)(scope, receive, send)
            return
        request.state.response_media_type = media_type
        if media_type == JSON:
            await self.app(scope, receive, send)
            return

        async def send_as_negotiated(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                if headers.get("content-type", "").startswith(JSON):
                    headers["content-type"] = f"{media_type}; charset=utf-8"
            await send(message)

        await self.app(scope, receive, send_as_negotiated)
