"""Publish the marts as a new snapshot, sharing the files of the marts that did not change,
and switch readers to it atomically.

Each mart is published as its own immutable file, `snapshots/<mart>.<fingerprint>.duckdb`,
named by a fingerprint of its content in the build database (columns and types, rows, and
the sum of a hash of every row). A mart whose fingerprint names a file of the current
snapshot is shared, not copied: a wrong "unchanged" would need two different contents
with the same row count and the same 64-bit hash sum. A changed mart is written under a
dot-name, checkpointed and closed, then renamed into place; only then does the manifest
`snapshots/CURRENT` name the new set of files, so a reader that follows it always opens
complete files of one snapshot. Files no longer named are unlinked: a reader still
holding one open keeps reading it (POSIX keeps the inode alive until the last handle
closes), so a publish never breaks a query in flight.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from orchestration.crash_points import pause_point
from sessionlens.core.progress import reporter
from sessionlens.core.settings import Paths
from sessionlens.core.snapshots import POINTER_NAME, Snapshot, read_current, write_current

MARTS_SCHEMA = "marts"
# Marts are laid out by tenant, then session and time, so that the gateway's
# partner and session filters prune row groups.
CLUSTER_COLUMNS = ("partner_id", "session_id", "started_at", "event_at", "minute_at")
FINGERPRINT_CHARS = 20


@dataclass(frozen=True)
class MartContent:
    """What a mart of the build database holds, summed up cheaply (one scan, no copy)."""

    table: str
    columns: list[tuple[str, str]]
    rows: int
    fingerprint: str

    @property
    def file_name(self) -> str:
        return f"{self.table}.{self.fingerprint}.duckdb"


def publish_snapshot(paths: Paths) -> Snapshot:
    """Publish every table of the `marts` schema of the build database, copying only the
    marts whose content differs from the current snapshot's."""
    paths.ensure()
    current = read_current(paths)
    current_files = {path.name for path in current.files} if current else set()
    snapshot_id = f"{datetime.now(UTC):%Y%m%dT%H%M%S%f}-{uuid.uuid4().hex[:6]}"
    connection = duckdb.connect()
    try:
        connection.execute("attach ? as build (read_only)", [str(paths.build_db)])
        tables = _mart_tables(connection)
        if not tables:
            raise RuntimeError(f"no tables in schema `{MARTS_SCHEMA}` of {paths.build_db.name}")
        marts: list[MartContent] = []
        staged: list[Path] = []
        with reporter().task("publish", len(tables), "tables") as progress:
            for table in tables:
                mart = _content_of(connection, table)
                if mart.file_name not in current_files:
                    staged.append(_write_mart(connection, paths, mart))
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
    )
    _remove_unreferenced(paths, {path.name for path in snapshot.files})
    return snapshot


def _mart_tables(connection: duckdb.DuckDBPyConnection) -> list[str]:
    return [
        row[0]
        for row in connection.execute(
            """
            select table_name from information_schema.tables
            where table_catalog = 'build' and table_schema = ? and table_type = 'BASE TABLE'
            order by table_name
            """,
            [MARTS_SCHEMA],
        ).fetchall()
    ]


def _content_of(connection: duckdb.DuckDBPyConnection, table: str) -> MartContent:
    """The mart's columns, rows and content fingerprint, from one scan of the build table."""
    columns = [
        (name, data_type)
        for name, data_type in connection.execute(
            """
            select column_name, data_type from information_schema.columns
            where table_catalog = 'build' and table_schema = ? and table_name = ?
            order by ordinal_position
            """,
            [MARTS_SCHEMA, table],
        ).fetchall()
    ]
    # Identifiers come from the build database's catalog, never from users. A sum (not
    # a xor) of the row hashes, so that two equal rows do not cancel out.
    rows, hash_sum = connection.execute(
        f"select count(*), coalesce(sum(hash(mart)::hugeint), 0)::varchar"
        f' from build.{MARTS_SCHEMA}."{table}" as mart'
    ).fetchone()
    summary = json.dumps([table, columns, rows, hash_sum]).encode()
    fingerprint = hashlib.sha256(summary).hexdigest()[:FINGERPRINT_CHARS]
    return MartContent(table, columns, rows, fingerprint)


def _write_mart(connection: duckdb.DuckDBPyConnection, paths: Paths, mart: MartContent) -> Path:
    """Copy one mart into its own staged file, `.<file name>`, complete and closed."""
    staging = paths.snapshots_dir / f".{mart.file_name}"
    staging.unlink(missing_ok=True)  # left by a killed publish
    names = {name for name, _ in mart.columns}
    order = [column for column in CLUSTER_COLUMNS if column in names]
    order_by = f" order by {', '.join(order)}" if order else ""
    connection.execute("attach ? as mart_file", [str(staging)])
    try:
        connection.execute(
            f'create table mart_file.main."{mart.table}" as'
            f' select * from build.{MARTS_SCHEMA}."{mart.table}"{order_by}'
        )
        connection.execute("checkpoint mart_file")
    finally:
        connection.execute("detach mart_file")
    return staging


def _remove_unreferenced(paths: Paths, referenced: set[str]) -> None:
    """Unlink the files no snapshot names any more and what a killed publish left:
    `.<file>` and its WAL, and a pointer file staged but never renamed (only one publish
    runs at a time)."""
    for path in paths.snapshots_dir.glob("*.duckdb*"):
        if path.name not in referenced:
            path.unlink(missing_ok=True)
    for staged_pointer in paths.snapshots_dir.glob(f".{POINTER_NAME}.*.tmp"):
        staged_pointer.unlink(missing_ok=True)
