"""The typed per-request context resolvers receive."""

from __future__ import annotations

from dataclasses import dataclass, field

from gateway.keys import Principal
from gateway.query import CubeQuery
from gateway.warehouse import Reader
from sessionlens.core.settings import Settings


@dataclass(frozen=True)
class GatewayContext:
    """`principal` is None only for the unauthenticated GraphiQL page request; `reader`
    runs the request's SQL (a `ReadSession`, so all its cubes read one snapshot).

    `sources` collects, per cube field response key, the marts its query read;
    `clock_dependent` the cube fields whose answer depends on the current time (`inLast`
    without `asOf`), which makes the response unfit for the response cache.
    """

    principal: Principal | None
    reader: Reader
    settings: Settings
    sources: dict[str, list[str]] = field(default_factory=dict)
    clock_dependent: list[str] = field(default_factory=list)
    planned: dict[str, CubeQuery] | None = None
