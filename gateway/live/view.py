"""Subscriptions at `/graphql`: Strawberry's graphql-transport-ws (WebSocket) and GraphQL
over SSE (distinct connections: a POST with `Accept: text/event-stream`) transports, with
the gateway's keys.

- WebSocket: the key goes in `connection_init`'s payload, `{"Authorization": "Bearer …"}`;
  no key, a bad, revoked or expired one, or one without the `read` role closes the socket
  with 4403 Forbidden, as the protocol says. Each `subscribe` is charged to the key's rate
  limit (over it: an `error` message with code RATE_LIMITED).
- SSE: the request passes the same checks as any `/graphql` request (`RequireRole`).
- Either way a key holds at most `SESSIONLENS_MAX_SUBSCRIPTIONS_PER_KEY` subscriptions,
  and every answer is checked against the key again: a revoked key's subscriptions end
  with UNAUTHENTICATED at their next answer.
"""

from __future__ import annotations

from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry import UNSET, Schema
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.subscriptions import GRAPHQL_SSE_PROTOCOL, GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import (
    BaseGraphQLTransportWSHandler,
)
from strawberry.subscriptions.protocols.graphql_transport_ws.types import SubscribeMessage

from gateway.auth import bearer_token, principal_with_role
from gateway.compat import HTTPException
from gateway.context import GatewayContext
from gateway.endpoints.errors import gateway_error_response
from gateway.errors import AccessDenied, BadUserInput, RateLimited
from sessionlens.core.settings import Settings

EVENT_STREAM = "text/event-stream"


class _KeyedTransportWS(BaseGraphQLTransportWSHandler[GatewayContext, None]):
    """graphql-transport-ws with each `subscribe` charged to the key's rate limit."""

    async def handle_subscribe(self, message: SubscribeMessage) -> None:
        context = self.context
        if self.connection_acknowledged and context.principal is not None:
            assert context.live is not None
            try:
                context.live.rate_limiter.check(context.principal.key_id)
            except RateLimited as error:
                refusal = {"message": error.message, "extensions": error.extensions}
                await self.send_message(
                    {"id": message["id"], "type": "error", "payload": [refusal]}
                )
                return
        await super().handle_subscribe(message)


class LiveGraphQL(GraphQL):
    """The subscription transports; plain HTTP requests go to `GatewayGraphQL`."""

    graphql_transport_ws_handler_class = _KeyedTransportWS

    def __init__(self, schema: Schema, settings: Settings) -> None:
        super().__init__(
            schema,
            graphql_ide=None,
            subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL, GRAPHQL_SSE_PROTOCOL),
            # The per-key bound applies across connections (see LiveHub).
            max_subscriptions_per_connection=None,
        )
        self.settings = settings

    def encode_json(self, data: object) -> str:
        # On one line, as SSE carries each answer as one `data:` line; text, as
        # graphql-transport-ws sends text frames.
        return orjson.dumps(data).decode()

    async def get_context(self, request: Any, response: Any) -> GatewayContext:
        token = None
        if isinstance(request, Request):
            token = bearer_token(request.headers.get("authorization", ""))
        return GatewayContext(
            principal=getattr(request.state, "principal", None),
            # Queries sent over these transports read the current snapshot per cube.
            reader=request.state.warehouse,
            settings=self.settings,
            live=request.state.live_hub,
            token=token,
        )

    async def on_ws_connect(self, context: GatewayContext) -> None:
        params = context.connection_params or {}
        assert context.live is not None
        try:
            token = bearer_token(str(params.get("Authorization", "")))
            context.principal = principal_with_role(context.live.key_store, token, "read")
        except AccessDenied as error:
            raise ConnectionRejectionError({"message": error.message}) from error
        context.token = token

    async def run(
        self, request: Request | WebSocket, context: Any = UNSET, root_value: Any = UNSET
    ) -> Response | WebSocket:
        try:
            return await super().run(request, context, root_value)
        except HTTPException as error:
            # Strawberry's transport errors (bad JSON, no query, …) as GraphQL JSON.
            return gateway_error_response(BadUserInput(error.reason), error.status_code)


def wants_event_stream(scope: Scope) -> bool:
    if scope["type"] != "http" or scope["method"] != "POST":
        return False
    accept = dict(scope["headers"]).get(b"accept", b"").decode("latin-1")
    return any(part.split(";", 1)[0].strip().lower() == EVENT_STREAM for part in accept.split(","))


class EventStreamOr:
    """ASGI: a POST asking for `text/event-stream` goes to `streams`, any other request to
    `app`."""

    def __init__(self, app: ASGIApp, streams: ASGIApp) -> None:
        self.app = app
        self.streams = streams

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        target = self.streams if wants_event_stream(scope) else self.app
        await target(scope, receive, send)
