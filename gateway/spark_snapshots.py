"""Snapshots read on Apache Spark, through Spark Connect (SESSIONLENS_ENGINE=spark).

Each snapshot gets a Spark Connect session of its own in which every mart is a temporary
view, of the mart's name, over the snapshot's Parquet folder: the compiled statements
name the marts exactly as on DuckDB, and a request that leased a snapshot keeps reading
it while a newer one is published. The session holds a `Lease` on the snapshot's files
until it closes, so the publisher keeps them while queries may open them.

A query runs under a tag of its own; `interrupt` cancels the Spark job through
`interruptTag`, from the event loop, while the worker thread waits for the answer.
Answers arrive as Arrow, with timestamps as UTC instants: they are handed on as naive
UTC datetimes, the form DuckDB gives.
"""

from __future__ import annotations

import threading
import uuid
from contextlib import ExitStack
from functools import partial
from typing import TYPE_CHECKING, Self

import pyarrow as pa

from gateway.warehouse import Engine, QueryInterrupted
from sessionlens.core.settings import Paths, Settings
from sessionlens.core.snapshots import Lease, Snapshot
from sessionlens.core.spark import CONNECT_PORT, connect_server, require_reachable

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

ENGINE_NAME = "spark"


class SparkCursor:
    """DuckDB's cursor shape over one Spark Connect session: one query at a time."""

    def __init__(self, session: SparkSession) -> None:
        self._session = session
        self._tag = f"sessionlens-{uuid.uuid4().hex}"
        self._interrupted = threading.Event()
        self._rows: list[tuple] = []
        self._position = 0

    def execute(self, sql: str, parameters: dict[str, object]) -> Self:
        from pyspark.errors import PySparkException

        self._session.addTag(self._tag)  # tags are per thread: this worker's query only
        try:
            table = self._session.sql(sql, args=parameters).toArrow()
        except PySparkException:
            if self._interrupted.is_set():
                raise QueryInterrupted from None
            raise
        finally:
            self._session.removeTag(self._tag)
        self._rows = _rows_of(table)
        self._position = 0
        return self

    def fetchall(self) -> list[tuple]:
        return self.fetchmany(len(self._rows) - self._position)

    def fetchmany(self, size: int) -> list[tuple]:
        rows = self._rows[self._position : self._position + size]
        self._position += len(rows)
        return rows

    def interrupt(self) -> None:
        self._interrupted.set()
        self._session.interruptTag(self._tag)

    def close(self) -> None:
        self._rows = []


class SparkSnapshotConnection:
    """One snapshot's Spark Connect session, its marts registered as views."""

    def __init__(self, remote: str, paths: Paths, snapshot: Snapshot) -> None:
        from pyspark.sql import SparkSession

        self._lease = Lease(paths, snapshot)
        try:
            self._session = SparkSession.builder.remote(remote).create()
            for mart, folder in snapshot.mart_files().items():
                self._session.read.parquet(str(folder)).createOrReplaceTempView(mart)
        except BaseException:
            self._lease.release()
            raise

    def cursor(self) -> SparkCursor:
        return SparkCursor(self._session)

    def close(self) -> None:
        try:
            self._session.stop()
        finally:
            self._lease.release()


def spark_engine(remote: str, paths: Paths) -> Engine:
    """The warehouse's engine for snapshots published by a Spark build, read through the
    Spark Connect server at `remote`."""
    from pyspark.errors import AnalysisException, PySparkException

    # A snapshot's folder gone before its views were made: CURRENT names a newer one.
    return Engine(
        ENGINE_NAME,
        partial(SparkSnapshotConnection, remote, paths),
        files_gone=(AnalysisException,),
        query_errors=(PySparkException,),
    )


def _rows_of(table: pa.Table) -> list[tuple]:
    columns = [_naive_utc(column).to_pylist() for column in table.columns]
    return list(zip(*columns, strict=True)) if columns else [() for _ in range(table.num_rows)]


def _naive_utc(column: pa.ChunkedArray) -> pa.ChunkedArray:
    if pa.types.is_timestamp(column.type) and column.type.tz is not None:
        return column.cast(pa.timestamp(column.type.unit))
    return column


def open_spark_engine(settings: Settings, stack: ExitStack) -> Engine:
    """The gateway's Spark engine: through SESSIONLENS_SPARK_REMOTE, or else a Connect
    server started on SESSIONLENS_SPARK_MASTER for as long as `stack` is open."""
    remote = settings.spark_remote
    if remote:
        require_reachable("SESSIONLENS_SPARK_REMOTE", remote, CONNECT_PORT)
    else:
        log = settings.paths.logs_dir / "spark-connect.log"
        remote = stack.enter_context(connect_server(settings, log))
    return spark_engine(remote, settings.paths)
