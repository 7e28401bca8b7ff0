"""The Spark form of every statement of tests/gateway/test_dialects.py gives DuckDB's rows.

The hand-written marts of tests/gateway (exported as Parquet by DuckDB, read by Spark as
temp views of the same names) answer each dashboard query in UTC and Europe/Berlin, and
the `compare` / `fill` / `window` / grain queries over the DST changes, on a local classic
Spark session: `spark.sql(text, args=values)`, as Spark Connect runs them.
"""

from __future__ import annotations

import math
import shutil
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import duckdb
import pytest

from sessionlens.core.settings import Paths, Settings
from sessionlens.core.spark import classic_session
from tests.gateway.conftest import MARTS
from tests.gateway.marts import MART_COLUMNS, publish_snapshot
from tests.gateway.test_dialects import Compiled, compile_all, spark_functions

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

pytestmark = pytest.mark.spark


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> Paths:
    if shutil.which("java") is None:
        pytest.fail("the Spark tests need a JDK (Debian's openjdk-17-jre-headless): see .ci/run")
    paths = Paths(tmp_path_factory.mktemp("spark-dialect")).ensure()
    publish_snapshot(paths, "snap-1", MARTS)
    return paths


@pytest.fixture(scope="module")
def snapshot(paths: Paths) -> Iterator[duckdb.DuckDBPyConnection]:
    with duckdb.connect(str(paths.snapshots_dir / "snap-1.duckdb"), read_only=True) as opened:
        opened.execute("set TimeZone = 'UTC'")
        yield opened


@pytest.fixture(scope="module")
def spark(paths: Paths, snapshot: duckdb.DuckDBPyConnection) -> Iterator[SparkSession]:
    """A local classic session with every mart as a temp view of its name."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SESSIONLENS_HOME", str(paths.home))
        session = classic_session(Settings.from_env(), "sessionlens-dialect-tests")
    try:
        for mart in MART_COLUMNS:
            folder = paths.home / "parquet" / mart
            folder.mkdir(parents=True)
            snapshot.execute(f"copy {mart} to '{folder}/part-0.parquet' (format parquet)")
            session.read.parquet(str(folder)).createOrReplaceTempView(mart)
        yield session
    finally:
        session.stop()


@pytest.fixture(scope="module")
def compilations(paths: Paths) -> dict[str, list[Compiled]]:
    return compile_all(paths)


def same_value(duckdb_value: Any, spark_value: Any) -> bool:
    # The engines add up doubles in another order.
    if isinstance(duckdb_value, float) and isinstance(spark_value, int | float):
        return math.isclose(duckdb_value, spark_value, rel_tol=1e-9, abs_tol=1e-9)
    return duckdb_value == spark_value


def test_the_function_list_is_the_installed_sparks(spark: SparkSession) -> None:
    installed = {function.name.lower() for function in spark.catalog.listFunctions()}
    assert spark_functions() == installed


def test_spark_gives_duckdbs_rows(
    compilations: dict[str, list[Compiled]],
    snapshot: duckdb.DuckDBPyConnection,
    spark: SparkSession,
) -> None:
    differences: dict[str, Any] = {}
    checked = 0
    for name, runs in compilations.items():
        for compiled in runs:
            for statement in compiled.statements:
                expected = snapshot.execute(statement.sql, statement.parameters).fetchall()
                on_spark = statement.for_engine("spark")
                answer = spark.sql(on_spark.sql, args=on_spark.parameters).collect()
                found = [tuple(row) for row in answer]
                checked += 1
                same = len(expected) == len(found) and all(
                    len(e) == len(f) and all(map(same_value, e, f))
                    for e, f in zip(expected, found, strict=True)
                )
                if not same:
                    differences[f"{name}: {on_spark.sql}"] = {"duckdb": expected, "spark": found}
    assert checked > 60
    assert differences == {}
