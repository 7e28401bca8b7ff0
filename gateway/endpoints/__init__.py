"""The HTTP endpoints beside `/graphql` (the README's endpoints): event ingestion and CSV export.

Each module exposes its Starlette routes for `gateway.app.create_app` to mount.
"""

from gateway.endpoints.events import events_routes
from gateway.endpoints.export import export_routes

__all__ = ["events_routes", "export_routes"]
