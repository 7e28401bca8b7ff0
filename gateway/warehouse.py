"""The snapshot reader: follows `snapshots/CURRENT` and runs queries on the named snapshot
through its engine's connection (DuckDB: its mart files attached read-only to one
in-memory connection; Spark: a Spark Connect session, `gateway/spark_snapshots.py`).

A new snapshot is opened read-only and swapped in for new queries; the previous one
stays open until the queries and request sessions already using it finish. Each query gets its own
cursor (DuckDB connections are not thread-safe), runs in a worker thread, and is
interrupted inside DuckDB when it exceeds the timeout. A streamed query (exports) is
fetched a batch at a time, each batch in a worker thread under the same timeout.
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, Self, TypeVar

import duckdb
from anyio import to_thread

from gateway.compiler.parameters import Statement
from gateway.errors import NotReady, QueryTimeout
from sessionlens.core.settings import Paths
from sessionlens.core.snapshots import Snapshot, connect, pointer_path, read_current

_INTERRUPT_REPEAT_SECONDS = 0.05
_OPEN_ATTEMPTS = 3
Batch = TypeVar("Batch")


class Cursor(Protocol):
    """One query at a time on an open snapshot (DuckDB's own cursor has this shape)."""

    def execute(self, sql: str, parameters: dict[str, object]) -> Self: ...
    def fetchall(self) -> list[tuple]: ...
    def fetchmany(self, size: int) -> list[tuple]: ...
    def interrupt(self) -> None: ...
    def close(self) -> None: ...


class SnapshotConnection(Protocol):
    def cursor(self) -> Cursor: ...
    def close(self) -> None: ...


class QueryInterrupted(Exception):
    """A cursor's query was stopped by `interrupt` (engines other than DuckDB raise it)."""


@dataclass(frozen=True)
class Engine:
    """How the warehouse reads one engine's snapshots."""

    name: str
    connect: Callable[[Snapshot], SnapshotConnection]
    # What `connect` raises when a file of the snapshot is gone (a newer one replaced it).
    files_gone: tuple[type[Exception], ...]
    # What a cursor raises for a statement the engine cannot run.
    query_errors: tuple[type[Exception], ...]


DUCKDB = Engine("duckdb", connect, (duckdb.IOException,), (duckdb.Error,))


@dataclass
class _OpenSnapshot:
    snapshot: Snapshot
    connection: SnapshotConnection
    in_flight: int = 0
    retired: bool = False

    def close_if_idle(self) -> None:
        if self.retired and self.in_flight == 0:
            self.connection.close()


@dataclass
class Warehouse:
    paths: Paths
    poll_seconds: float
    query_timeout_seconds: float
    engine: Engine = DUCKDB
    _current: _OpenSnapshot | None = None
    _pointer_stamp: tuple[int, int, int] | None = None
    _checked_at: float = float("-inf")
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def engine_name(self) -> str:
        return self.engine.name

    @property
    def snapshot(self) -> Snapshot | None:
        """The snapshot new queries use, after checking CURRENT if it is time to."""
        self.refresh()
        return self._current.snapshot if self._current else None

    def refresh(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._checked_at < self.poll_seconds:
            return
        self._checked_at = now
        # A publish removes the files of the snapshot it replaced only after switching
        # CURRENT, so a file gone between reading CURRENT and opening it means CURRENT
        # already names a newer snapshot: read it again.
        for _ in range(_OPEN_ATTEMPTS):
            try:
                self._open_current()
                return
            except self.engine.files_gone:
                continue

    def _open_current(self) -> None:
        try:
            stat = os.stat(pointer_path(self.paths))
        except FileNotFoundError:
            return
        stamp = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
        if stamp == self._pointer_stamp:
            return
        snapshot = read_current(self.paths)
        if snapshot is None or (self._current and self._current.snapshot == snapshot):
            self._pointer_stamp = stamp
            return
        if snapshot.engine != self.engine.name:
            raise NotReady(
                f"the published snapshot was built on {snapshot.engine}, and this gateway reads"
                f" {self.engine.name}: set SESSIONLENS_ENGINE={snapshot.engine} or run"
                " `sessionlens materialize` with this engine"
            )
        opened = _OpenSnapshot(snapshot, self.engine.connect(snapshot))
        with self._lock:
            previous, self._current = self._current, opened
            self._pointer_stamp = stamp
            if previous is not None:
                previous.retired = True
                previous.close_if_idle()

    def _acquire(self) -> _OpenSnapshot:
        self.refresh()
        with self._lock:
            opened = self._current
            if opened is None:
                raise NotReady(
                    "no snapshot has been published yet; run `sessionlens materialize` first"
                )
            opened.in_flight += 1
        return opened

    def _release(self, opened: _OpenSnapshot) -> None:
        with self._lock:
            opened.in_flight -= 1
            opened.close_if_idle()

    async def fetch(self, statements: Sequence[Statement]) -> list[list[tuple]]:
        """Run `statements` on one cursor of the current snapshot; all rows of each."""
        opened = self._acquire()
        try:
            return await self._fetch_on(opened, statements)
        finally:
            self._release(opened)

    async def _fetch_on(
        self, opened: _OpenSnapshot, statements: Sequence[Statement]
    ) -> list[list[tuple]]:
        cursor = opened.connection.cursor()
        try:
            return await self._interruptible(
                cursor, run_statements, cursor, statements, self.engine.name
            )
        finally:
            cursor.close()

    async def _stream_on(
        self,
        opened: _OpenSnapshot,
        statement: Statement,
        batch_rows: int,
        convert: Callable[[list[tuple]], Batch],
    ) -> AsyncIterator[Batch]:
        cursor = opened.connection.cursor()
        statement = statement.for_engine(self.engine.name)
        try:
            await self._interruptible(cursor, cursor.execute, statement.sql, statement.parameters)
            while True:
                batch = await self._interruptible(cursor, _next_batch, cursor, batch_rows, convert)
                if batch is None:
                    return
                yield batch
        finally:
            cursor.close()

    async def _interruptible(self, cursor: Cursor, function: Callable[..., Any], *args: Any) -> Any:
        """`function(*args)` in a worker thread, `cursor` interrupted past the timeout."""
        stopper = _Stopper(cursor, self.query_timeout_seconds)
        try:
            return await to_thread.run_sync(function, *args)
        except (duckdb.InterruptException, QueryInterrupted):
            raise QueryTimeout(
                f"the query took longer than {self.query_timeout_seconds:g} s and was stopped;"
                " narrow the filters or select fewer dimensions"
            ) from None
        finally:
            stopper.cancel()

    def close(self) -> None:
        with self._lock:
            if self._current is not None:
                self._current.retired = True
                self._current.close_if_idle()
                self._current = None


class _Stopper:
    """Interrupts `cursor` once `timeout` seconds have passed, then again every
    `_INTERRUPT_REPEAT_SECONDS` until cancelled: DuckDB drops an interrupt that arrives
    while no statement runs (the worker thread has not started yet, or is between two
    statements), and the next statement would then run unbounded."""

    def __init__(self, cursor: Cursor, timeout: float) -> None:
        self._cursor = cursor
        self._loop = asyncio.get_running_loop()
        self._handle = self._loop.call_later(timeout, self._interrupt)

    def _interrupt(self) -> None:
        self._cursor.interrupt()
        self._handle = self._loop.call_later(_INTERRUPT_REPEAT_SECONDS, self._interrupt)

    def cancel(self) -> None:
        self._handle.cancel()


def run_statements(
    cursor: Cursor, statements: Sequence[Statement], engine: str
) -> list[list[tuple]]:
    """Every row of each of `statements`, rendered for `engine`, run on `cursor` in turn."""
    rendered = [s.for_engine(engine) for s in statements]
    return [cursor.execute(s.sql, s.parameters).fetchall() for s in rendered]


def _next_batch(cursor: Cursor, size: int, convert: Callable[[list[tuple]], Batch]) -> Batch | None:
    rows = cursor.fetchmany(size)
    return convert(rows) if rows else None


class Reader(Protocol):
    """What resolvers query through: the warehouse itself, or one request's session."""

    @property
    def engine_name(self) -> str: ...

    async def fetch(self, statements: Sequence[Statement]) -> list[list[tuple]]: ...


class ReadSession:
    """The snapshot one request reads: leased at its first query and kept until `close`,
    so every cube of a request answers from the same snapshot even when a new one is
    published meanwhile."""

    def __init__(self, warehouse: Warehouse) -> None:
        self._warehouse = warehouse
        self._opened: _OpenSnapshot | None = None

    @property
    def engine_name(self) -> str:
        return self._warehouse.engine_name

    @property
    def snapshot_id(self) -> str | None:
        """The snapshot this session read, or None before its first query."""
        return self._opened.snapshot.snapshot_id if self._opened else None

    async def fetch(self, statements: Sequence[Statement]) -> list[list[tuple]]:
        if self._opened is None:
            self._opened = self._warehouse._acquire()
        return await self._warehouse._fetch_on(self._opened, statements)

    def stream(
        self, statement: Statement, batch_rows: int, convert: Callable[[list[tuple]], Batch]
    ) -> AsyncIterator[Batch]:
        """The rows of `statement`, `batch_rows` at a time, each batch turned by `convert`
        in the worker thread that fetched it: only one batch is ever held in memory, and
        the event loop neither fetches nor converts."""
        if self._opened is None:
            self._opened = self._warehouse._acquire()
        return self._warehouse._stream_on(self._opened, statement, batch_rows, convert)

    def close(self) -> None:
        if self._opened is not None:
            self._warehouse._release(self._opened)
            self._opened = None
