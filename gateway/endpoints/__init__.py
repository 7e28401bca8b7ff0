"""The HTTP endpoints beside `/graphql`: event ingestion, CSV export, export jobs and the
reference dashboard.

Each module exposes its Starlette routes for `gateway.app.create_app` to mount.
"""

from gateway.endpoints.dashboard import dashboard_routes
from gateway.endpoints.events import events_routes
from gateway.endpoints.export import export_routes
from gateway.endpoints.export_jobs import export_job_routes

__all__ = ["dashboard_routes", "events_routes", "export_job_routes", "export_routes"]
