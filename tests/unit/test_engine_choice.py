"""SESSIONLENS_ENGINE: its settings, the start-up checks that name the setting to fix, and
the Spark snapshot layout (Parquet folders shared between snapshots, kept while a reader
leases them, read by DuckDB tools as a DuckDB snapshot), all without starting a JVM."""

from __future__ import annotations

import asyncio
import json
import re
import shutil
from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from gateway.errors import NotReady
from gateway.warehouse import Warehouse
from orchestration.publish import publish_snapshot
from sessionlens import cli
from sessionlens.bench.fanout import stage_changed_copy
from sessionlens.bench.queries import Focus
from sessionlens.core.network import free_port
from sessionlens.core.settings import Paths, Settings, SettingsError
from sessionlens.core.snapshots import LEASES_DIR, Lease, connect, leased_files, read_current

SESSIONS = [("p-1", "s1", 3), ("p-1", "s2", 5), ("p-2", "s3", 7)]


def test_the_engine_defaults_to_duckdb_and_spark_is_chosen_by_one_setting(tmp_path: Path) -> None:
    home = {"SESSIONLENS_HOME": str(tmp_path)}
    assert Settings.from_env(home).engine == "duckdb"
    spark = Settings.from_env({**home, "SESSIONLENS_ENGINE": "Spark"})
    assert (spark.engine, spark.spark_master, spark.spark_remote) == ("spark", "local[2]", "")


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("SESSIONLENS_ENGINE", "postgres", "='postgres' must be one of: duckdb, spark"),
        ("SESSIONLENS_SPARK_REMOTE", "http://x:15002", "='http://x:15002' is not a Spark Connect"),
    ],
)
def test_a_bad_engine_setting_names_its_variable(variable: str, value: str, message: str) -> None:
    with pytest.raises(SettingsError, match=re.escape(variable + message)):
        Settings.from_env({variable: value})


@pytest.fixture
def spark_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SESSIONLENS_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home" / "dagster"))
    monkeypatch.setenv("SESSIONLENS_ENGINE", "spark")
    return tmp_path / "home"


def test_a_missing_jdk_is_one_line_naming_the_engine_setting(
    spark_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", str(spark_home))  # no `java` on it

    assert cli.main(["materialize"]) == 2
    error = capsys.readouterr().err
    assert error.startswith("error: SESSIONLENS_ENGINE=spark needs a Java runtime")
    assert "openjdk-17-jre-headless" in error and "Traceback" not in error


@pytest.mark.parametrize(
    ("command", "variable"),
    [(["materialize"], "SESSIONLENS_SPARK_MASTER"), (["serve"], "SESSIONLENS_SPARK_REMOTE")],
)
def test_an_unreachable_cluster_is_one_line_naming_its_setting(
    spark_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
    variable: str,
) -> None:
    nothing_listens = free_port()
    monkeypatch.setenv("SESSIONLENS_SPARK_MASTER", f"spark://127.0.0.1:{nothing_listens}")
    monkeypatch.setenv("SESSIONLENS_SPARK_REMOTE", f"sc://127.0.0.1:{nothing_listens}")

    assert cli.main(command) == 2
    error = capsys.readouterr().err.strip()
    assert error == (
        f"error: {variable}={'spark' if 'MASTER' in variable else 'sc'}://127.0.0.1:"
        f"{nothing_listens} accepts no connection within 5 s: start the cluster or correct"
        f" {variable}"
    )


def _spark_build(paths: Paths, sessions: list[tuple[str, str, int]]) -> None:
    """What dbt's Spark build leaves: each mart a folder of Parquet parts (Spark's names)."""
    for mart, rows in {"sessions": sessions, "countries": [("p-1", "NL", 2)]}.items():
        folder = paths.spark_warehouse_dir / "marts.db" / mart
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.iterdir():
            stale.unlink()
        (folder / "_SUCCESS").touch()
        with duckdb.connect() as connection:
            connection.execute("create table mart (partner_id varchar, key varchar, n bigint)")
            connection.executemany("insert into mart values (?, ?, ?)", rows)
            connection.execute(f"copy mart to '{folder}/part-00000-x.snappy.parquet'")


def test_a_spark_publish_shares_unchanged_marts_and_keeps_leased_folders(tmp_path: Path) -> None:
    paths = Paths(tmp_path).ensure()
    _spark_build(paths, SESSIONS)
    first = publish_snapshot(paths, "spark")
    assert (first.engine, first.tables) == ("spark", {"countries": 1, "sessions": 3})
    assert all(path.is_dir() and path.suffix == ".parquet" for path in first.files)
    assert read_current(paths) == first

    lease = Lease(paths, first)  # a reader still uses the first snapshot
    _spark_build(paths, [*SESSIONS, ("p-2", "s4", 1)])
    second = publish_snapshot(paths, "spark")
    assert second.shared == ("countries",)
    replaced = first.mart_files()["sessions"]
    assert replaced != second.mart_files()["sessions"]
    assert replaced.is_dir(), "a leased folder stays while its reader may open it"

    lease.release()
    third = publish_snapshot(paths, "spark")
    assert third.shared == ("countries", "sessions")
    assert not replaced.exists()
    assert sorted(p.name for p in paths.snapshots_dir.glob("*.parquet")) == sorted(
        p.name for p in third.files
    )


def test_a_lease_of_a_process_that_ended_is_dropped(tmp_path: Path) -> None:
    paths = Paths(tmp_path).ensure()
    _spark_build(paths, SESSIONS)
    snapshot = publish_snapshot(paths, "spark")
    lease = Lease(paths, snapshot)
    (held,) = (paths.snapshots_dir / LEASES_DIR).glob("*.json")
    record = json.loads(held.read_text())
    assert leased_files(paths) == {path.name for path in snapshot.files}

    held.write_text(json.dumps({**record, "pid": 2**22 + 1}))  # above Linux's pid_max
    assert leased_files(paths) == set()
    assert not held.exists()
    lease.release()


def test_a_gateway_of_the_other_engine_is_not_ready_and_says_which_setting(
    tmp_path: Path,
) -> None:
    paths = Paths(tmp_path).ensure()
    _spark_build(paths, SESSIONS)
    publish_snapshot(paths, "spark")
    warehouse = Warehouse(paths, poll_seconds=0, query_timeout_seconds=5)

    with pytest.raises(NotReady, match=r"built on spark.*set SESSIONLENS_ENGINE=spark"):
        asyncio.run(warehouse.fetch([]))


def _spark_sessions_mart(paths: Paths) -> None:
    """A `sessions` mart as Spark writes it: instants as UTC-adjusted Parquet timestamps."""
    folder = paths.spark_warehouse_dir / "marts.db" / "sessions"
    folder.mkdir(parents=True)
    with duckdb.connect() as connection:
        connection.execute("set TimeZone = 'Europe/Berlin'")  # the writer's zone is no factor
        connection.execute(
            "create table mart as select * from (values"
            " ('p-1', 's1', 'Kickoff', timestamptz '2026-03-29 01:30:00+00'),"
            " ('p-1', 's2', null, timestamptz '2026-03-29 00:59:59.123456+00'))"
            " as t(partner_id, session_id, title, started_at)"
        )
        connection.execute(f"copy mart to '{folder}/part-00000-x.snappy.parquet'")


def test_a_spark_snapshot_reads_in_duckdb_as_a_duckdb_snapshot_would(tmp_path: Path) -> None:
    paths = Paths(tmp_path).ensure()
    _spark_sessions_mart(paths)
    snapshot = publish_snapshot(paths, "spark")

    with connect(snapshot) as connection:
        rows = connection.execute(
            "select session_id, started_at, typeof(started_at) from sessions order by 1"
        ).fetchall()
    assert rows == [
        ("s1", datetime(2026, 3, 29, 1, 30), "TIMESTAMP"),
        ("s2", datetime(2026, 3, 29, 0, 59, 59, 123456), "TIMESTAMP"),
    ]

    shutil.rmtree(snapshot.mart_files()["sessions"])  # a newer publish removed it
    with pytest.raises(duckdb.IOException, match="is gone"):
        connect(snapshot)


def test_the_fanout_edits_a_copy_of_a_spark_mart_in_spark_s_own_types(tmp_path: Path) -> None:
    paths = Paths(tmp_path).ensure()
    _spark_sessions_mart(paths)
    current = publish_snapshot(paths, "spark")

    staged = stage_changed_copy(paths, Focus("p-1", "s2"))

    assert read_current(paths) == current, "staged, not yet published"
    original, copy = current.mart_files()["sessions"], staged.mart_files()["sessions"]
    assert copy != original and staged.engine == "spark"
    (original_part,), (copied_part,) = (sorted(f.glob("*.parquet")) for f in (original, copy))
    assert pq.read_schema(copied_part).types == pq.read_schema(original_part).types
    table = pq.read_table(copied_part).to_pydict()
    assert dict(zip(table["session_id"], table["title"], strict=True)) == {
        "s1": "Kickoff",
        "s2": " (edited)",
    }
    assert table["started_at"] == pq.read_table(original_part).to_pydict()["started_at"]
