"""The published-snapshot contract between the publisher and the gateway.

A snapshot is a set of immutable files under `snapshots/`, one per mart, named by a
fingerprint of its content, so consecutive snapshots share the files of the marts that
did not change: on DuckDB a database file holding the mart as a table of its `main`
schema, on Spark a Parquet folder `<mart>.<fingerprint>.parquet/`. The file
`snapshots/CURRENT` is the manifest readers follow: the snapshot's id, its engine, its
files and rows per mart. The publisher replaces it atomically (write a temporary file,
then `os.replace`), so a reader sees the old snapshot or the new one, never a mix, and
never writes a file once a manifest names it.

A DuckDB reader holds its files open, so the publisher may unlink a replaced one (POSIX
keeps it until the last handle closes). Spark opens files only while a query runs, so a
Spark reader holds a `Lease` on the files of the snapshot it reads instead; the
publisher removes a file only when neither CURRENT nor a live lease names it.
"""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from sessionlens.core.processes import process_exists
from sessionlens.core.settings import Paths

POINTER_NAME = "CURRENT"
LEASES_DIR = "leases"


@dataclass(frozen=True)
class Snapshot:
    snapshot_id: str
    files: tuple[Path, ...]
    published_at: datetime
    # Rows per mart table, as published (empty for a pointer written without them).
    tables: dict[str, int] = field(default_factory=dict)
    # The marts whose file this snapshot took over from the one it replaced.
    shared: tuple[str, ...] = ()
    # The engine that built and reads it: `duckdb` or `spark` (SESSIONLENS_ENGINE).
    engine: str = "duckdb"

    def mart_files(self) -> dict[str, Path]:
        """Each mart's file, by mart name (a file is named `<mart>.<fingerprint>.<kind>`)."""
        return {path.name.split(".", 1)[0]: path for path in self.files}


def pointer_path(paths: Paths) -> Path:
    return paths.snapshots_dir / POINTER_NAME


def read_current(paths: Paths) -> Snapshot | None:
    """The snapshot readers should use now, or None before the first publish."""
    try:
        record = json.loads(pointer_path(paths).read_text())
    except FileNotFoundError:
        return None
    return Snapshot(
        snapshot_id=record["snapshot_id"],
        files=tuple(paths.snapshots_dir / name for name in record["files"]),
        published_at=datetime.fromisoformat(record["published_at"]),
        tables=record.get("tables", {}),
        shared=tuple(record.get("shared", ())),
        engine=record.get("engine", "duckdb"),
    )


def write_current(
    paths: Paths,
    snapshot_id: str,
    file_names: Sequence[str],
    tables: Mapping[str, int] | None = None,
    shared: Sequence[str] = (),
    engine: str = "duckdb",
) -> Snapshot:
    """Atomically point readers at finished snapshot files holding `tables` (rows each)."""
    published_at = datetime.now(UTC)
    record = {
        "snapshot_id": snapshot_id,
        "engine": engine,
        "files": list(file_names),
        "published_at": published_at.isoformat(),
        "tables": dict(tables or {}),
        "shared": list(shared),
    }
    pointer = pointer_path(paths)
    staging = pointer.with_name(f".{POINTER_NAME}.{os.getpid()}.tmp")
    staging.write_text(json.dumps(record))
    os.replace(staging, pointer)
    return Snapshot(
        snapshot_id,
        tuple(paths.snapshots_dir / name for name in file_names),
        published_at,
        record["tables"],
        tuple(shared),
        engine,
    )


class Lease:
    """A reader's claim on the files of one snapshot, as a file under `snapshots/leases/`
    naming them and the process that holds it; `release` when no query uses them."""

    def __init__(self, paths: Paths, snapshot: Snapshot) -> None:
        folder = paths.snapshots_dir / LEASES_DIR
        folder.mkdir(exist_ok=True)
        owner = f"{socket.gethostname()}.{os.getpid()}"
        self._path = folder / f"{snapshot.snapshot_id}.{owner}.{id(self):x}.json"
        files = [path.name for path in snapshot.files]
        record = {"host": socket.gethostname(), "pid": os.getpid(), "files": files}
        staging = self._path.with_name(f".{self._path.name}")
        staging.write_text(json.dumps(record))
        os.replace(staging, self._path)

    def release(self) -> None:
        self._path.unlink(missing_ok=True)


def leased_files(paths: Paths) -> set[str]:
    """The file names live leases hold; a lease left by a process of this host that has
    ended is removed (a reader on another host is trusted until it releases)."""
    held: set[str] = set()
    for lease in (paths.snapshots_dir / LEASES_DIR).glob("*.json"):
        try:
            record = json.loads(lease.read_text())
        except (FileNotFoundError, json.JSONDecodeError):
            continue  # released meanwhile, or a staged one of an earlier crash
        if record["host"] == socket.gethostname() and not process_exists(record["pid"]):
            lease.unlink(missing_ok=True)
            continue
        held.update(record["files"])
    return held


def connect(snapshot: Snapshot) -> duckdb.DuckDBPyConnection:
    """An in-memory connection where every mart of `snapshot` is a view of the same name
    over its file, attached read-only: queries name the marts as if in one database.
    A Spark snapshot's Parquet folders are read the same way (by tools that inspect a
    snapshot, such as the bench; the gateway reads them on Spark).

    Raises `duckdb.IOException` when a file is gone (a newer snapshot replaced this one
    and its publisher removed it); the caller reads CURRENT again.
    """
    connection = duckdb.connect()
    try:
        attach(connection, snapshot)
    except BaseException:
        connection.close()
        raise
    return connection


def attach(
    connection: duckdb.DuckDBPyConnection, snapshot: Snapshot, schema: str = "main"
) -> list[str]:
    """Attach the files of `snapshot` read-only and make each of their tables a view in
    `schema` of the connection's own database; the views' names."""
    connection.execute(f'create schema if not exists "{schema}"')
    if snapshot.engine == "spark":
        return _view_parquet_folders(connection, snapshot, schema)
    views = []
    for number, path in enumerate(snapshot.files):
        alias = f"{schema}_snapshot_file_{number}"
        connection.execute(f"attach '{_quoted(path)}' as \"{alias}\" (read_only)")
        for (table,) in connection.execute(
            "select table_name from information_schema.tables"
            " where table_catalog = ? and table_schema = 'main'",
            [alias],
        ).fetchall():
            # Table names come from our own published files, never from users.
            connection.execute(
                f'create view "{schema}"."{table}" as select * from "{alias}".main."{table}"'
            )
            views.append(table)
    return views


def _view_parquet_folders(
    connection: duckdb.DuckDBPyConnection, snapshot: Snapshot, schema: str
) -> list[str]:
    marts = snapshot.mart_files()
    for mart, folder in marts.items():
        if not folder.is_dir():
            raise duckdb.IOException(f"the snapshot's folder {folder} is gone")
        source = parquet_relation(folder)
        # Spark writes instants (UTC-adjusted Parquet timestamps); a DuckDB-built mart
        # holds the same instants as UTC wall times.
        instants = [
            column
            for column, data_type, *_ in connection.execute(
                f"describe select * from {source}"
            ).fetchall()
            if data_type == "TIMESTAMP WITH TIME ZONE"
        ]
        as_wall_times = ", ".join(f'timezone(\'UTC\', "{c}") as "{c}"' for c in instants)
        columns = f"* replace ({as_wall_times})" if instants else "*"
        connection.execute(f'create view "{schema}"."{mart}" as select {columns} from {source}')
    return list(marts)


def parquet_relation(folder: Path) -> str:
    """DuckDB's relation over the Parquet parts of a Spark table or snapshot folder."""
    return f"read_parquet('{_quoted(folder / '*.parquet')}')"


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")
