"""The typed per-request context resolvers receive."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from gateway.keys import Principal
from gateway.query import CubeQuery
from gateway.warehouse import Reader
from sessionlens.core.settings import Settings

if TYPE_CHECKING:
    from gateway.live.hub import LiveHub


@dataclass
class GatewayContext:
    """`principal` is None only for the unauthenticated GraphiQL page request (and a
    WebSocket before its `connection_init`); `reader` runs the request's SQL (a
    `ReadSession`, so all its cubes read one snapshot).

    `sources` collects, per cube field response key, the marts its query read;
    `clock_dependent` the cube fields whose answer depends on the current time (`inLast`
    without `asOf`), which makes the response unfit for the response cache.

    Subscriptions (`gateway.live`) have `live`, the process's hub, and `token`, the key
    each new answer is checked against again (a revoked key stops its subscriptions);
    `connection_params` is the WebSocket's `connection_init` payload. Not frozen: a
    WebSocket's principal is known only once that payload has arrived.
    """

    principal: Principal | None
    reader: Reader
    settings: Settings
    sources: dict[str, list[str]] = field(default_factory=dict)
    clock_dependent: list[str] = field(default_factory=list)
    planned: dict[str, CubeQuery] | None = None
    live: LiveHub | None = None
    token: str | None = None
    connection_params: dict[str, Any] | None = None
