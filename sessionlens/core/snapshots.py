"""The published-snapshot contract between the publisher and the gateway.

A snapshot is an immutable DuckDB file `snapshots/<snapshot_id>.duckdb` holding
every mart as a table in its `main` schema. The file `snapshots/CURRENT` names the
snapshot readers should use; the publisher replaces it atomically (write a
temporary file, then `os.replace`), so a reader sees the old snapshot or the new
one, never a mix. Readers open snapshots read-only; the publisher never writes a
file once it is named in CURRENT.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sessionlens.core.settings import Paths

POINTER_NAME = "CURRENT"


@dataclass(frozen=True)
class Snapshot:
    snapshot_id: str
    path: Path
    published_at: datetime
    # Rows per mart table, as published (empty for a pointer written without them).
    tables: dict[str, int] = field(default_factory=dict)


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
        path=paths.snapshots_dir / record["file"],
        published_at=datetime.fromisoformat(record["published_at"]),
        tables=record.get("tables", {}),
    )


def write_current(
    paths: Paths, snapshot_id: str, file_name: str, tables: Mapping[str, int] | None = None
) -> Snapshot:
    """Atomically point readers at a finished snapshot file holding `tables` (rows each)."""
    published_at = datetime.now(UTC)
    record = {
        "snapshot_id": snapshot_id,
        "file": file_name,
        "published_at": published_at.isoformat(),
        "tables": dict(tables or {}),
    }
    pointer = pointer_path(paths)
    staging = pointer.with_name(f".{POINTER_NAME}.{os.getpid()}.tmp")
    staging.write_text(json.dumps(record))
    os.replace(staging, pointer)
    return Snapshot(snapshot_id, paths.snapshots_dir / file_name, published_at, record["tables"])
