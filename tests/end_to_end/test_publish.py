"""Publishing writes one file per mart, shares the files of unchanged marts with the
snapshot it replaces, and cleans up after killed runs."""

from __future__ import annotations

import asyncio

import duckdb
import pytest

from gateway.compiler.parameters import Statement
from gateway.warehouse import ReadSession, Warehouse
from orchestration.publish import MARTS_SCHEMA, publish_snapshot
from sessionlens.core.settings import Paths
from sessionlens.core.snapshots import Snapshot, connect, read_current

GENERATION_OF_BOTH = Statement(
    "select (select max(generation) from sessions), (select max(generation) from timeline)", {}
)


def _build(paths: Paths, *statements: str) -> None:
    with duckdb.connect(str(paths.build_db)) as build:
        for statement in statements:
            build.execute(statement)


@pytest.fixture
def paths(tmp_path) -> Paths:
    paths = Paths(tmp_path).ensure()
    _build(
        paths,
        f"create schema {MARTS_SCHEMA}",
        f"create table {MARTS_SCHEMA}.sessions as"
        " select 'A' as partner_id, 's' || range as session_id, range as n, 1 as generation"
        " from range(3)",
        f"create table {MARTS_SCHEMA}.timeline as"
        " select 'A' as partner_id, 's1' as session_id, range as minute, 1 as generation"
        " from range(5)",
        f"create table {MARTS_SCHEMA}.countries as select 'DE' as country, 2 as viewers",
    )
    return paths


def _files(snapshot: Snapshot) -> dict[str, str]:
    """The file of each mart, by the mart's name (the part before the fingerprint)."""
    return {path.name.split(".")[0]: path.name for path in snapshot.files}


def _snapshot_dir(paths: Paths) -> list[str]:
    return sorted(path.name for path in paths.snapshots_dir.iterdir())


def test_publish_writes_one_file_per_mart_and_removes_what_killed_runs_left(paths) -> None:
    leftovers = [".sessions.0123.duckdb", "20250101-old.duckdb", "20250101-old.duckdb.wal"]
    for name in [*leftovers, ".CURRENT.4242.tmp"]:
        (paths.snapshots_dir / name).write_bytes(b"left by a killed run")

    snapshot = publish_snapshot(paths)

    assert read_current(paths) == snapshot
    assert sorted(_files(snapshot)) == ["countries", "sessions", "timeline"]
    assert snapshot.tables == {"countries": 1, "sessions": 3, "timeline": 5}
    assert snapshot.shared == ()
    with connect(snapshot) as published:
        assert published.execute("select sum(n) from sessions").fetchone() == (3,)
        assert published.execute("select sum(minute) from timeline").fetchone() == (10,)
    assert _snapshot_dir(paths) == sorted(["CURRENT", *_files(snapshot).values()])


def test_unchanged_marts_are_shared_and_changed_ones_get_a_new_file(paths) -> None:
    first = publish_snapshot(paths)
    again = publish_snapshot(paths)
    assert again.snapshot_id != first.snapshot_id
    assert _files(again) == _files(first)
    assert again.shared == ("countries", "sessions", "timeline")

    # Rebuilt whole with the same rows (as a full refresh does): still shared.
    _build(
        paths,
        f"create or replace table {MARTS_SCHEMA}.countries as select 'DE' as country, 2 as viewers",
    )
    # Same row count and the same values, moved between rows: a change.
    _build(paths, f"update {MARTS_SCHEMA}.sessions set n = 2 - n")
    changed = publish_snapshot(paths)

    assert changed.shared == ("countries", "timeline")
    assert _files(changed)["sessions"] != _files(first)["sessions"]
    assert {m: f for m, f in _files(changed).items() if m != "sessions"} == {
        m: f for m, f in _files(first).items() if m != "sessions"
    }
    with connect(changed) as published:
        assert published.execute("select n from sessions order by session_id").fetchall() == [
            (2,),
            (1,),
            (0,),
        ]
    # The replaced file of `sessions` is gone; nothing else is left behind.
    assert _snapshot_dir(paths) == sorted(["CURRENT", *_files(changed).values()])


@pytest.mark.parametrize(
    "change",
    [
        "alter table {marts}.countries add column region varchar",
        "alter table {marts}.countries alter viewers type bigint",
        "insert into {marts}.countries values ('FR', 0)",
        "delete from {marts}.countries",
        "update {marts}.countries set country = null",
    ],
)
def test_any_change_of_content_or_columns_publishes_a_new_file(paths, change: str) -> None:
    first = publish_snapshot(paths)
    _build(paths, change.format(marts=MARTS_SCHEMA))
    changed = publish_snapshot(paths)
    assert "countries" not in changed.shared
    assert _files(changed)["countries"] != _files(first)["countries"]
    with duckdb.connect(str(paths.build_db), read_only=True) as build:
        expected = build.execute(f"select * from {MARTS_SCHEMA}.countries").fetchall()
    with connect(changed) as published:
        assert published.execute("select * from countries").fetchall() == expected


def test_a_reader_sees_one_whole_snapshot_across_a_publish(paths) -> None:
    publish_snapshot(paths)
    warehouse = Warehouse(paths, poll_seconds=0, query_timeout_seconds=30)
    session = ReadSession(warehouse)
    try:
        assert asyncio.run(session.fetch([GENERATION_OF_BOTH])) == [[(1, 1)]]
        # Both marts change (one row each); `countries` stays as it was.
        _build(
            paths,
            f"update {MARTS_SCHEMA}.sessions set generation = 2 where session_id = 's0'",
            f"update {MARTS_SCHEMA}.timeline set generation = 2 where minute = 4",
        )
        second = publish_snapshot(paths)
        assert second.shared == ("countries",)
        # The request that began before keeps reading the files it opened, though the
        # publish unlinked them …
        assert asyncio.run(session.fetch([GENERATION_OF_BOTH])) == [[(1, 1)]]
        # … while a new one reads the new snapshot whole.
        assert asyncio.run(warehouse.fetch([GENERATION_OF_BOTH])) == [[(2, 2)]]
        assert warehouse.snapshot == second
    finally:
        session.close()
        warehouse.close()
