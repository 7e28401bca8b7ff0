"""The HTTP endpoints beside `/graphql` (the README's endpoints): event ingestion, CSV export
and the reference dashboard.

Each module exposes its Starlette routes for `gateway.app.create_app` to mount.
"""

from gateway.endpoints.dashboard import dashboard_routes
from gateway.endpoints.events import events_routes
from gateway.endpoints.export import export_routes

__all__ = ["dashboard_routes", "events_routes", "export_routes"]
