"""The HTTP endpoints beside `/graphql`: event ingestion, CSV export and export jobs.

Each module exposes its Starlette routes for `gateway.app.create_app` to mount.
"""

from gateway.endpoints.events import events_routes
from gateway.endpoints.export import export_routes
from gateway.endpoints.export_jobs import export_job_routes

__all__ = ["events_routes", "export_job_routes", "export_routes"]
