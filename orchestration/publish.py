"""Publish the marts as a new snapshot, sharing the files of the marts that did not change,
and switch readers to it atomically.

Each mart is published as its own immutable file, `snapshots/<mart>.<fingerprint>.duckdb`
(on Spark a Parquet folder `<mart>.<fingerprint>.parquet`), named by a fingerprint of its
content in the build (columns and types, rows, and the sum of a hash of every row). A
mart whose fingerprint names a file of the current snapshot is shared, not copied: a
wrong "unchanged" would need two different contents with the same row count and the same
64-bit hash sum. A changed mart is written under a dot-name, complete and closed, then
renamed into place; only then does the manifest `snapshots/CURRENT` name the new set of
files, so a reader that follows it always opens complete files of one snapshot. Files no
longer named are removed: a DuckDB reader still holding one open keeps reading it (POSIX
keeps the inode alive until the last handle closes), and a Parquet folder, which Spark
opens only while a query runs, is kept while a reader's lease names it; so a publish
never breaks a query in flight.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from orchestration.crash_points import pause_point
from sessionlens.core.progress import reporter
from sessionlens.core.settings import Paths
from sessionlens.core.snapshots import (
    POINTER_NAME,
    Snapshot,
    leased_files,
    parquet_relation,
    read_current,
    write_current,
)

MARTS_SCHEMA = "marts"
# Marts are laid out by tenant, then session and time, so that the gateway's
# partner and session filters prune row groups.
CLUSTER_COLUMNS = ("partner_id", "session_id", "started_at", "event_at", "minute_at")
FINGERPRINT_CHARS = 20


@dataclass(frozen=True)
class MartContent:
    """What a mart of the build holds, summed up cheaply (one scan, no copy)."""

    table: str
    columns: list[tuple[str, str]]
    rows: int
    fingerprint: str
    suffix: str

    @property
    def file_name(self) -> str:
        return f"{self.table}.{self.fingerprint}.{self.suffix}"


class _DuckDBMarts:
    """The marts as tables of dbt's DuckDB build database; each published as a database
    file of its own, clustered for the gateway's filters."""

    engine = "duckdb"
    suffix = "duckdb"

    def __init__(self, connection: duckdb.DuckDBPyConnection, paths: Paths) -> None:
        connection.execute("attach ? as build (read_only)", [str(paths.build_db)])
        self._connection = connection

    def tables(self) -> list[str]:
        return [
            row[0]
            for row in self._connection.execute(
                """
                select table_name from information_schema.tables
                where table_catalog = 'build' and table_schema = ?
                    and table_type = 'BASE TABLE'
                order by table_name
                """,
                [MARTS_SCHEMA],
            ).fetchall()
        ]

    def relation(self, table: str) -> str:
        # Identifiers come from the build database's catalog, never from users.
        return f'build.{MARTS_SCHEMA}."{table}"'

    def write(self, mart: MartContent, staging: Path) -> None:
        """Copy one mart into its own file at `staging`, complete and closed."""
        staging.unlink(missing_ok=True)  # left by a killed publish
        names = {name for name, _ in mart.columns}
        order = [column for column in CLUSTER_COLUMNS if column in names]
        order_by = f" order by {', '.join(order)}" if order else ""
        self._connection.execute("attach ? as mart_file", [str(staging)])
        try:
            self._connection.execute(
                f'create table mart_file.main."{mart.table}" as'
                f" select * from {self.relation(mart.table)}{order_by}"
            )
            self._connection.execute("checkpoint mart_file")
        finally:
            self._connection.execute("detach mart_file")


class _SparkMarts:
    """The marts as Spark's Parquet tables (`spark/warehouse/marts.db/<mart>/`); each is
    published as a copy of its Parquet files, which DuckDB reads to fingerprint it."""

    engine = "spark"
    suffix = "parquet"

    def __init__(self, connection: duckdb.DuckDBPyConnection, paths: Paths) -> None:
        self._connection = connection
        self._folder = paths.spark_warehouse_dir / f"{MARTS_SCHEMA}.db"

    def tables(self) -> list[str]:
        if not self._folder.is_dir():
            return []
        return sorted(table.name for table in self._folder.iterdir() if self._parts(table))

    def relation(self, table: str) -> str:
        return parquet_relation(self._folder / table)

    def write(self, mart: MartContent, staging: Path) -> None:
        shutil.rmtree(staging, ignore_errors=True)  # left by a killed publish
        staging.mkdir()
        for part in self._parts(self._folder / mart.table):
            shutil.copy2(part, staging / part.name)

    @staticmethod
    def _parts(table: Path) -> list[Path]:
        return sorted(table.glob("*.parquet"))


def publish_snapshot(paths: Paths, engine: str = "duckdb") -> Snapshot:
    """Publish every mart the `engine`'s build holds, copying only the marts whose content
    differs from the current snapshot's."""
    paths.ensure()
    current = read_current(paths)
    current_files = {path.name for path in current.files} if current else set()
    snapshot_id = f"{datetime.now(UTC):%Y%m%dT%H%M%S%f}-{uuid.uuid4().hex[:6]}"
    connection = duckdb.connect()
    try:
        source = (_SparkMarts if engine == "spark" else _DuckDBMarts)(connection, paths)
        tables = source.tables()
        if not tables:
            raise RuntimeError(f"the {engine} build holds no tables in schema `{MARTS_SCHEMA}`")
        marts: list[MartContent] = []
        staged: list[Path] = []
        with reporter().task("publish", len(tables), "tables") as progress:
            for table in tables:
                mart = _content_of(connection, table, source.relation(table), source.suffix)
                if mart.file_name not in current_files:
                    staging = paths.snapshots_dir / f".{mart.file_name}"
                    source.write(mart, staging)
                    staged.append(staging)
                marts.append(mart)
                progress.update(len(marts), table)
        pause_point("publish-copy")
    finally:
        connection.close()
    for staging in staged:
        staging.rename(staging.with_name(staging.name.removeprefix(".")))
    pause_point("publish-switch")
    snapshot = write_current(
        paths,
        snapshot_id,
        [mart.file_name for mart in marts],
        {mart.table: mart.rows for mart in marts},
        shared=[mart.table for mart in marts if mart.file_name in current_files],
        engine=source.engine,
    )
    _remove_unreferenced(paths, {path.name for path in snapshot.files} | leased_files(paths))
    return snapshot


def _content_of(
    connection: duckdb.DuckDBPyConnection, table: str, relation: str, suffix: str
) -> MartContent:
    """The mart's columns, rows and content fingerprint, from one scan of `relation`."""
    columns = [
        (name, data_type)
        for name, data_type, *_ in connection.execute(
            f"describe select * from {relation}"
        ).fetchall()
    ]
    # A sum (not a xor) of the row hashes, so that two equal rows do not cancel out.
    rows, hash_sum = connection.execute(
        f"select count(*), coalesce(sum(hash(mart)::hugeint), 0)::varchar from {relation} as mart"
    ).fetchone()
    summary = json.dumps([table, columns, rows, hash_sum]).encode()
    fingerprint = hashlib.sha256(summary).hexdigest()[:FINGERPRINT_CHARS]
    return MartContent(table, columns, rows, fingerprint, suffix)


def _remove_unreferenced(paths: Paths, referenced: set[str]) -> None:
    """Remove the files no snapshot names any more and what a killed publish left:
    `.<file>` and its WAL, and a pointer file staged but never renamed (only one publish
    runs at a time)."""
    for path in paths.snapshots_dir.glob("*.duckdb*"):
        if path.name not in referenced:
            path.unlink(missing_ok=True)
    for path in paths.snapshots_dir.glob("*.parquet"):
        if path.name not in referenced:
            shutil.rmtree(path, ignore_errors=True)
    for staged_pointer in paths.snapshots_dir.glob(f".{POINTER_NAME}.*.tmp"):
        staged_pointer.unlink(missing_ok=True)
