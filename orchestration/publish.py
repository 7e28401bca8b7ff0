"""Publish the marts as a new immutable snapshot and switch readers to it atomically.

The snapshot is written under a dot-name, checkpointed and closed, then renamed
into place, and only then named in `snapshots/CURRENT`: a reader that follows
the pointer always opens a complete file. Older snapshot files are unlinked;
a reader still holding one open keeps reading it (POSIX keeps the inode alive
until the last handle closes), so a publish never breaks a query in flight.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import duckdb

from orchestration.crash_points import pause_point
from sessionlens.core.progress import reporter
from sessionlens.core.settings import Paths
from sessionlens.core.snapshots import POINTER_NAME, Snapshot, read_current, write_current

MARTS_SCHEMA = "marts"
# Marts are laid out by tenant, then session and time, so that the gateway's
# partner and session filters prune row groups.
CLUSTER_COLUMNS = ("partner_id", "session_id", "started_at", "event_at", "minute_at")


def publish_snapshot(paths: Paths) -> Snapshot:
    """Copy every table of the `marts` schema of the build database into a new snapshot."""
    paths.ensure()
    snapshot_id = f"{datetime.now(UTC):%Y%m%dT%H%M%S%f}-{uuid.uuid4().hex[:6]}"
    file_name = f"{snapshot_id}.duckdb"
    staging = paths.snapshots_dir / f".{file_name}"
    connection = duckdb.connect(str(staging))
    try:
        connection.execute("attach ? as build (read_only)", [str(paths.build_db)])
        tables = [
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
        if not tables:
            raise RuntimeError(f"no tables in schema `{MARTS_SCHEMA}` of {paths.build_db.name}")
        rows: dict[str, int] = {}
        with reporter().task("publish", len(tables), "tables") as progress:
            for table in tables:
                rows[table] = _copy_table(connection, table)
                progress.update(len(rows), table)
        pause_point("publish-copy")
        connection.execute("detach build")
        connection.execute("checkpoint")
    finally:
        connection.close()
    staging.rename(paths.snapshots_dir / file_name)
    pause_point("publish-switch")
    snapshot = write_current(paths, snapshot_id, file_name, rows)
    _remove_old_snapshots(paths, keep=file_name)
    return snapshot


def _copy_table(connection: duckdb.DuckDBPyConnection, table: str) -> int:
    """Copy one mart into the snapshot; its number of rows."""
    columns = {
        row[0]
        for row in connection.execute(
            """
            select column_name from information_schema.columns
            where table_catalog = 'build' and table_schema = ? and table_name = ?
            """,
            [MARTS_SCHEMA, table],
        ).fetchall()
    }
    order = [column for column in CLUSTER_COLUMNS if column in columns]
    order_by = f" order by {', '.join(order)}" if order else ""
    # Identifiers come from the build database's catalog, never from users.
    connection.execute(
        f'create table main."{table}" as select * from build.{MARTS_SCHEMA}."{table}"{order_by}'
    )
    (rows,) = connection.execute(f'select count(*) from main."{table}"').fetchone()
    return rows


def _remove_old_snapshots(paths: Paths, keep: str) -> None:
    """Unlink older snapshots and what a killed publish left: `.<id>.duckdb` and its WAL,
    and a pointer file staged but never renamed (only one publish runs at a time)."""
    current = read_current(paths)
    kept = {keep} if current is None else {keep, current.path.name}
    for path in paths.snapshots_dir.glob("*.duckdb*"):
        if path.name not in kept:
            path.unlink(missing_ok=True)
    for staged_pointer in paths.snapshots_dir.glob(f".{POINTER_NAME}.*.tmp"):
        staged_pointer.unlink(missing_ok=True)
