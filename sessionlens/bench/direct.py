"""The gateway's own SQL, run directly on its engine (DuckDB, or Spark through Spark
Connect): the baseline for the GraphQL layer's overhead.

The statements are captured by executing the query in-process through the gateway's schema
with the same read principal an HTTP request would get, so they carry exactly the
gateway's SQL and bound parameter values (the `sql` field of an admin key shows neither
the values nor the partner scoping a read key gets). They are then run on a connection
of their own to the same snapshot, rendered for the engine as the gateway renders them.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from gateway.catalog import CATALOG
from gateway.compiler.parameters import Statement
from gateway.context import GatewayContext
from gateway.extensions import limit_extensions
from gateway.keys import Principal
from gateway.schema import build_schema
from gateway.warehouse import Engine, SnapshotConnection, Warehouse, run_statements
from sessionlens.bench.gateway import QueryFailed
from sessionlens.bench.queries import DashboardQuery
from sessionlens.bench.stats import median
from sessionlens.core.settings import Settings
from sessionlens.core.snapshots import Snapshot


@dataclass
class _RecordingWarehouse(Warehouse):
    """The gateway's snapshot reader, remembering every statement it is asked to run."""

    recorded: list[Statement] = field(default_factory=list)

    async def fetch(self, statements: Sequence[Statement]) -> list[list[tuple]]:
        self.recorded.extend(statements)
        return await super().fetch(statements)


@dataclass(frozen=True)
class DirectTiming:
    cold_seconds: float
    warm_median_seconds: float


class DirectSql:
    """The statements the gateway runs for a query of `partner_id`'s read key, and their
    time when run directly on `engine`; reads the snapshot current when it opened. `close`
    when done."""

    def __init__(self, settings: Settings, engine: Engine, partner_id: str) -> None:
        self.settings = settings
        self.engine = engine
        self.schema = build_schema(CATALOG, extensions=limit_extensions(settings))
        self.principal = Principal("bench", partner_id, frozenset({"read"}))
        self._warehouse = _RecordingWarehouse(settings.paths, 3600.0, 300.0, engine=engine)
        self._warehouse.refresh(force=True)

    @property
    def snapshot(self) -> Snapshot | None:
        return self._warehouse.snapshot

    def statements(self, query: DashboardQuery) -> list[Statement]:
        return asyncio.run(self._capture(query))

    async def _capture(self, query: DashboardQuery) -> list[Statement]:
        self._warehouse.recorded = []
        context = GatewayContext(self.principal, self._warehouse, self.settings)
        result = await self.schema.execute(
            query.document, variable_values=query.variables, context_value=context
        )
        if result.errors:
            raise QueryFailed(f"in-process: {result.errors[0].message}")
        return self._warehouse.recorded

    def timing(self, query: DashboardQuery, repeats: int) -> DirectTiming:
        """Cold: the first run on a freshly opened connection to the snapshot; warm: the
        median of `repeats` more. QueryFailed when the engine rejects a statement."""
        statements = self.statements(query)
        snapshot = self.snapshot
        if snapshot is None:
            raise QueryFailed("direct SQL: no snapshot is published")
        connection = self.engine.connect(snapshot)
        try:
            cold = self._run_once(connection, statements)
            warm = [self._run_once(connection, statements) for _ in range(repeats)]
        except self.engine.query_errors as error:
            raise QueryFailed(f"direct SQL on {self.engine.name}: {error}") from None
        finally:
            connection.close()
        return DirectTiming(cold_seconds=cold, warm_median_seconds=median(warm))

    def _run_once(self, connection: SnapshotConnection, statements: Sequence[Statement]) -> float:
        # One cursor per request and every row fetched, as the gateway does.
        started = time.perf_counter()
        cursor = connection.cursor()
        try:
            run_statements(cursor, statements, self.engine.name)
        finally:
            cursor.close()
        return time.perf_counter() - started

    def close(self) -> None:
        self._warehouse.close()
