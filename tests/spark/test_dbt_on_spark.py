"""The dbt project on Apache Spark gives the marts it gives on DuckDB, row for row, late
data included.

One generated data set is ingested by each engine: into raw.duckdb by `ingest_landing`,
built by `dbt build` on DuckDB, and into the Spark raw layer by `ingest_landing_on_spark`
on a real standalone cluster (a master and a worker on 127.0.0.1). Then a later batch
brings events of days already built: DuckDB builds it incrementally (itself equal to a
full refresh, tests/dbt/test_incremental.py), and Spark ingests it as a second batch.
`dbt build --target spark` (dbt-spark's `session` method as the driver, on the cluster)
then builds both batches, and its marts must equal DuckDB's. Spark writes its tables as
Parquet, which DuckDB reads back for the comparison.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import duckdb
import pytest

from orchestration.ingestion import ingest_landing
from orchestration.spark_ingestion import ingest_landing_on_spark
from sessionlens.core.settings import Paths, Settings
from sessionlens.generate import generate
from sessionlens.generate.runner import DEFAULT_END
from tests.dbt.harness import invoke_dbt, run_dbt
from tests.spark.cluster import Cluster

GENERATED_EVENTS = 20_000
LATE_EVENTS = 2_000
SEED = 13
# As the pipeline builds: the unit tests run on DuckDB in tests/dbt.
PRODUCTION_BUILD = ("--exclude-resource-type", "unit_test")
# Written at build time by each engine's clock.
IGNORED_COLUMNS = {"rejected_lines": ("rejected_at",)}


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory, cluster: Cluster) -> Path:
    home = tmp_path_factory.mktemp("spark-home")
    paths = Paths(home).ensure()
    on_cluster = Settings(paths=paths, spark_master=cluster.master_url)
    generate(paths.landing_dir, events=GENERATED_EVENTS, seed=SEED)
    ingest_landing(paths)
    run_dbt(home, "build", *PRODUCTION_BUILD)
    # Its own application, stopped before dbt's takes the cluster's cores.
    ingest_landing_on_spark(on_cluster)
    generate(
        paths.landing_dir, events=LATE_EVENTS, seed=SEED + 1, days=3,
        end=DEFAULT_END - timedelta(days=2),
    )  # fmt: skip
    assert ingest_landing(paths).accepted > 0
    assert ingest_landing_on_spark(on_cluster).accepted > 0
    run_dbt(home, "build", *PRODUCTION_BUILD)  # incremental: the late batch's keys
    return home


@pytest.fixture(scope="module")
def spark_results(home: Path, cluster: Cluster) -> dict[str, Any]:
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SESSIONLENS_SPARK_MASTER", cluster.master_url)
        results = run_dbt(home, "build", "--target", "spark", *PRODUCTION_BUILD)
        # dbt's Spark session was an application of the cluster, not a local one.
        assert "sessionlens-dbt" in cluster.applications()
        return results


def marts(connection: duckdb.DuckDBPyConnection) -> list[str]:
    return [
        name
        for (name,) in connection.execute(
            "select table_name from information_schema.tables"
            " where table_catalog = 'build' and table_schema = 'marts' order by 1"
        ).fetchall()
    ]


def comparable(connection: duckdb.DuckDBPyConnection, relation: str, mart: str) -> str:
    """Every column of `relation` but the clock's, doubles rounded (the engines sum floats
    in another order), timestamps as UTC wall clock (Spark's are instants)."""
    columns = connection.execute(f"describe select * from {relation}").fetchall()
    expressions = []
    for name, data_type, *_ in columns:
        if name in IGNORED_COLUMNS.get(mart, ()):
            continue
        if data_type == "DOUBLE":
            expressions.append(f'round("{name}", 9) as "{name}"')
        elif data_type == "TIMESTAMP WITH TIME ZONE":
            expressions.append(f"""timezone('UTC', "{name}") as "{name}\"""")
        else:
            expressions.append(f'"{name}"')
    return f"select {', '.join(expressions)} from {relation}"


def test_the_spark_build_passes_every_model_and_test(spark_results: dict[str, Any]) -> None:
    statuses = {result["unique_id"]: result["status"] for result in spark_results["results"]}
    assert statuses and all(status in ("success", "pass") for status in statuses.values()), {
        node: status for node, status in statuses.items() if status not in ("success", "pass")
    }


def mart_differences(home: Path) -> dict[str, dict[str, int]]:
    """Per mart whose rows differ between the engines' builds in `home`: its rows on
    DuckDB and the rows missing from and extra on Spark's."""
    warehouse = home / "spark" / "warehouse" / "marts.db"
    with duckdb.connect() as connection:
        connection.execute("set TimeZone = 'UTC'")
        connection.execute(f"attach '{Paths(home).build_db}' as build (read_only)")
        names = marts(connection)
        assert len(names) >= 14
        differences = {}
        for mart in names:
            on_duckdb = comparable(connection, f"build.marts.{mart}", mart)
            on_spark = comparable(connection, f"read_parquet('{warehouse / mart}/*.parquet')", mart)
            rows = connection.execute(f"select count(*) from ({on_duckdb})").fetchone()[0]
            (missing,) = connection.execute(
                f"select count(*) from ({on_duckdb} except all {on_spark})"
            ).fetchone()
            (extra,) = connection.execute(
                f"select count(*) from ({on_spark} except all {on_duckdb})"
            ).fetchone()
            assert rows > 0, mart
            if missing or extra:
                differences[mart] = {"rows": rows, "missing": missing, "extra": extra}
    return differences


def test_every_mart_is_the_same_on_both_engines_late_data_included(
    home: Path, spark_results: dict[str, Any]
) -> None:
    assert len(list((Paths(home).spark_raw_dir / "batches").iterdir())) == 2
    assert mart_differences(home) == {}


@pytest.mark.parametrize(
    ("rows", "failing"),
    [
        ("select 's1' as session_id, 'p1' as partner_id", None),
        (
            "select 's1' as session_id, 'p1' as partner_id union all select null, 'p1'"
            " union all select null, null",
            "session_id (2 rows), partner_id (1 rows)",
        ),
    ],
)
def test_a_null_breaks_the_not_null_constraints_on_spark(
    home: Path, rows: str, failing: str | None
) -> None:
    """Spark's Parquet tables cannot declare NOT NULL: the check the Spark build runs
    after each write in its place fails on a null, naming each column and its nulls."""
    not_null = {"constraints": [{"type": "not_null"}], "quote": False}
    arguments = json.dumps(
        {"relation": f"({rows})", "column_dict": {"session_id": not_null, "partner_id": not_null}}
    )
    completed = invoke_dbt(
        home, "run-operation", "spark__alter_column_set_constraints",
        "--target", "spark", "--args", arguments,
    )  # fmt: skip
    if failing is None:
        assert completed.returncode == 0, completed.stdout[-3000:]
    else:
        assert completed.returncode != 0
        assert f"breaks its not_null constraints: {failing}" in completed.stdout
