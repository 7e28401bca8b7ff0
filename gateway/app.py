"""The Starlette application: `/graphql` (POST, GET, GraphiQL; subscriptions over WebSocket
and SSE), `/graphiql/` (its assets),
`/events`, `/export.csv`, `/exports`, `/healthz`, `/readyz`, `/dashboard`."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import ExitStack, asynccontextmanager
from typing import Any

from anyio import to_thread
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.types import ASGIApp, Receive, Scope, Send

from gateway.auth import principal_for
from gateway.catalog import CATALOG
from gateway.endpoints import dashboard_routes, events_routes, export_job_routes, export_routes
from gateway.endpoints.errors import gateway_error_response
from gateway.errors import AccessDenied, GatewayError, NotReady
from gateway.exports.runner import ExportJobs
from gateway.extensions import limit_extensions
from gateway.graphiql import graphiql_assets
from gateway.graphql_view import GatewayGraphQL
from gateway.keys import KeyStore
from gateway.limits import MaxBodySize
from gateway.live.hub import LiveHub
from gateway.live.view import EventStreamOr, LiveGraphQL
from gateway.media_types import NegotiatedMediaType
from gateway.persisted_queries import PersistedQueries
from gateway.rate_limit import RateLimiter
from gateway.schema import build_schema
from gateway.warehouse import DUCKDB, Engine, Warehouse
from sessionlens.core.settings import Settings


class RequireRole:
    """ASGI wrapper: the request must carry a key with `role` and within its rate limit
    (the GraphiQL page itself is served to browsers without one; its queries send the key
    as a header). It runs before the response cache: cached answers count too."""

    def __init__(self, app: ASGIApp, role: str) -> None:
        self.app = app
        self.role = role

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        wants_ide = request.method == "GET" and "text/html" in request.headers.get("accept", "")
        if not wants_ide:
            try:
                request.state.principal = principal_for(request, self.role)
            except AccessDenied as error:
                await gateway_error_response(error)(scope, receive, send)
                return
        await self.app(scope, receive, send)


async def unexpected_error(request: Request, error: Exception) -> Response:
    """Last resort for a failure outside any endpoint's own handling (the server logs the
    traceback): the client gets a coded error and nothing of the internals."""
    return gateway_error_response(GatewayError("internal error; the request was not completed"))


async def healthz(request: Request) -> Response:
    return JSONResponse({"status": "ok"})


async def readyz(request: Request) -> Response:
    warehouse: Warehouse = request.state.warehouse
    try:
        snapshot = warehouse.snapshot
    except NotReady as error:  # e.g. a snapshot of the other engine
        return JSONResponse({"status": error.message}, status_code=503)
    if snapshot is None:
        return JSONResponse({"status": "no snapshot published yet"}, status_code=503)
    return JSONResponse({"status": "ready", "snapshot": snapshot.snapshot_id})


def open_engine(settings: Settings, resources: ExitStack) -> Engine:
    """The engine the warehouse reads snapshots with; Spark's resources join `resources`."""
    if settings.engine != "spark":
        return DUCKDB
    from gateway.spark_snapshots import open_spark_engine

    return open_spark_engine(settings, resources)


def create_app(settings: Settings | None = None) -> Starlette:
    """The gateway app; settings default to `Settings.from_env()`."""
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[dict[str, Any]]:
        engine_resources = ExitStack()
        warehouse = Warehouse(
            settings.paths,
            settings.snapshot_poll_seconds,
            settings.query_timeout_seconds,
            engine=await to_thread.run_sync(open_engine, settings, engine_resources),
        )
        key_store = KeyStore(settings.paths)
        persisted_queries = PersistedQueries(
            settings.paths.persisted_queries_db, settings.persisted_query_entries
        )
        rate_limiter = RateLimiter(settings.rate_limit_per_second, settings.rate_limit_burst)
        warehouse.refresh(force=True)
        export_jobs = ExportJobs(schema, settings, warehouse)
        live_hub = LiveHub(
            warehouse,
            key_store,
            rate_limiter,
            max_per_key=settings.max_subscriptions_per_key,
            watch_seconds=settings.snapshot_poll_seconds,
        )
        try:
            await export_jobs.start()
            live_hub.start()
            yield {
                "warehouse": warehouse,
                "key_store": key_store,
                "persisted_queries": persisted_queries,
                "rate_limiter": rate_limiter,
                "settings": settings,
                "export_jobs": export_jobs,
                "live_hub": live_hub,
            }
        finally:
            await live_hub.close()
            await export_jobs.close()
            warehouse.close()
            engine_resources.close()
            key_store.close()
            persisted_queries.close()

    schema = build_schema(CATALOG, extensions=limit_extensions(settings))
    graphql = RequireRole(GatewayGraphQL(schema, settings), "read")
    live = LiveGraphQL(schema, settings)
    event_streams = MaxBodySize(RequireRole(live, "read"), max_bytes=settings.max_request_bytes)
    return Starlette(
        routes=[
            Route(
                "/graphql",
                EventStreamOr(
                    NegotiatedMediaType(MaxBodySize(graphql, max_bytes=settings.max_request_bytes)),
                    event_streams,
                ),
            ),
            WebSocketRoute("/graphql", live),
            Route("/healthz", healthz),
            Route("/readyz", readyz),
            graphiql_assets(),
            *events_routes(settings),
            *export_routes(schema, settings),
            *export_job_routes(settings),
            *dashboard_routes(),
        ],
        lifespan=lifespan,
        exception_handlers={Exception: unexpected_error},
    )
