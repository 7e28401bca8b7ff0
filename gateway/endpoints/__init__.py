"""The HTTP endpoints beside `/graphql` (SPEC §4.4): event ingestion and CSV export.

Each module exposes its Starlette routes for `gateway.app.create_app` to mount.
"""

from gateway.endpoints.events import events_routes
from gateway.endpoints.export import export_routes

__all__ = ["events_routes", "export_routes"]
