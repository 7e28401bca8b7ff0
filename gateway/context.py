"""The typed per-request context resolvers receive."""

from __future__ import annotations

from dataclasses import dataclass

from gateway.keys import Principal
from gateway.settings import GatewaySettings
from gateway.warehouse import Warehouse


@dataclass(frozen=True)
class GatewayContext:
    """`principal` is None only for the unauthenticated GraphiQL page request."""

    principal: Principal | None
    warehouse: Warehouse
    settings: GatewaySettings
