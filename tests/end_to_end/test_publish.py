"""Publishing copies the marts into a new immutable snapshot and cleans up after killed runs."""

from __future__ import annotations

import duckdb

from orchestration.publish import MARTS_SCHEMA, publish_snapshot
from sessionlens.core.settings import Paths
from sessionlens.core.snapshots import read_current


def test_publish_copies_the_marts_and_removes_what_killed_runs_left(tmp_path) -> None:
    paths = Paths(tmp_path).ensure()
    with duckdb.connect(str(paths.build_db)) as build:
        build.execute(f"create schema {MARTS_SCHEMA}")
        build.execute(f"create table {MARTS_SCHEMA}.sessions as select range as n from range(3)")
    leftovers = [".20260101-staged.duckdb", "20250101-old.duckdb", "20250101-old.duckdb.wal"]
    for name in [*leftovers, ".CURRENT.4242.tmp"]:
        (paths.snapshots_dir / name).write_bytes(b"left by a killed run")

    snapshot = publish_snapshot(paths)

    assert read_current(paths) == snapshot
    with duckdb.connect(str(snapshot.path), read_only=True) as published:
        assert published.execute("select sum(n) from sessions").fetchone() == (3,)
    remaining = sorted(path.name for path in paths.snapshots_dir.iterdir())
    assert remaining == sorted(["CURRENT", snapshot.path.name])
