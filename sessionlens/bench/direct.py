"""The gateway's own SQL, run directly on DuckDB: the baseline for the GraphQL layer's overhead.

The statements are captured by executing the query in-process through the gateway's schema
with the same read principal an HTTP request would get, so they carry exactly the
gateway's SQL and bound parameter values (the `sql` field of an admin key shows neither
the values nor the partner scoping a read key gets).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import duckdb

from gateway.catalog import CATALOG
from gateway.compiler.parameters import Statement
from gateway.context import GatewayContext
from gateway.extensions import limit_extensions
from gateway.keys import Principal
from gateway.schema import build_schema
from gateway.warehouse import Warehouse
from sessionlens.bench.gateway import QueryFailed
from sessionlens.bench.queries import DashboardQuery
from sessionlens.bench.stats import median
from sessionlens.core.settings import Settings
from sessionlens.core.snapshots import Snapshot, connect


@dataclass
class _RecordingWarehouse(Warehouse):
    """The gateway's snapshot reader, remembering every statement it is asked to run."""

    recorded: list[Statement] = field(default_factory=list)

    async def fetch(self, statements: Sequence[Statement]) -> list[list[tuple]]:
        self.recorded.extend(statements)
        return await super().fetch(statements)


class GatewaySql:
    """Captures the statements the gateway runs for a query of `partner_id`'s read key."""

    def __init__(self, settings: Settings, partner_id: str) -> None:
        self.settings = settings
        self.schema = build_schema(CATALOG, extensions=limit_extensions(settings))
        self.principal = Principal("bench", partner_id, frozenset({"read"}))

    def statements(self, query: DashboardQuery) -> list[Statement]:
        return asyncio.run(self._capture(query))

    async def _capture(self, query: DashboardQuery) -> list[Statement]:
        warehouse = _RecordingWarehouse(self.settings.paths, 3600.0, 300.0)
        warehouse.refresh(force=True)
        try:
            context = GatewayContext(self.principal, warehouse, self.settings)
            result = await self.schema.execute(
                query.document, variable_values=query.variables, context_value=context
            )
        finally:
            warehouse.close()
        if result.errors:
            raise QueryFailed(f"in-process: {result.errors[0].message}")
        return warehouse.recorded


@dataclass(frozen=True)
class DirectTiming:
    cold_seconds: float
    warm_median_seconds: float


def _run_once(connection: duckdb.DuckDBPyConnection, statements: Sequence[Statement]) -> float:
    # One cursor per request and every row fetched, as the gateway does.
    started = time.perf_counter()
    cursor = connection.cursor()
    for statement in statements:
        cursor.execute(statement.sql, statement.parameters).fetchall()
    cursor.close()
    return time.perf_counter() - started


def time_direct(snapshot: Snapshot, statements: Sequence[Statement], repeats: int) -> DirectTiming:
    """Cold: the first run on a freshly opened snapshot; warm: the median of `repeats` more."""
    with connect(snapshot) as connection:
        cold = _run_once(connection, statements)
        warm = [_run_once(connection, statements) for _ in range(repeats)]
    return DirectTiming(cold_seconds=cold, warm_median_seconds=median(warm))
