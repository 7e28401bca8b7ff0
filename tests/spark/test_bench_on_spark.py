"""The bench's gateway phase on Spark, against the Spark deployment: it finds its focus
and fills every dashboard query's variables from the Spark snapshot (read by DuckDB),
captures the gateway's statements for each and runs them directly through Spark Connect,
where they give the rows DuckDB gives on the same snapshot."""

from __future__ import annotations

import multiprocessing
from typing import Any

import pytest

from gateway.spark_snapshots import spark_engine
from gateway.warehouse import run_statements
from sessionlens.bench.direct import DirectSql, DirectTiming
from sessionlens.bench.options import REPO_QUERIES_DIR
from sessionlens.bench.queries import VariableValues, find_focus, load_query
from sessionlens.core.settings import Settings
from sessionlens.core.snapshots import connect, read_current
from tests.deployment import Deployment
from tests.spark.cluster import Cluster
from tests.spark.conftest import spark_settings
from tests.spark.test_spark_dialect import same_value

pytestmark = pytest.mark.spark


def _same_rows(expected: list[tuple], found: list[tuple]) -> bool:
    return len(expected) == len(found) and all(
        len(e) == len(f) and all(map(same_value, e, f))
        for e, f in zip(expected, found, strict=True)
    )


def _direct_sql_on_both_engines(
    environment: dict[str, str],
) -> tuple[int, dict[str, Any], DirectTiming]:
    """Statements run, the queries whose rows differ, and one query's timing. Run in a
    process of its own: pyspark keeps one mode per process, and a Spark Connect session
    here would turn the classic sessions of the other modules' tests into Connect ones."""
    settings = Settings.from_env(environment)
    snapshot = read_current(settings.paths)
    assert snapshot is not None and snapshot.engine == "spark"
    focus = find_focus(snapshot)
    values = VariableValues(snapshot, focus)
    engine = spark_engine(settings.spark_remote, settings.paths)
    direct = DirectSql(settings, engine, focus.partner_id)
    on_spark, on_duckdb = engine.connect(snapshot), connect(snapshot)
    differences, checked = {}, 0
    try:
        queries = [load_query(path, values) for path in sorted(REPO_QUERIES_DIR.glob("*.graphql"))]
        for query in queries:
            statements = direct.statements(query)
            expected = run_statements(on_duckdb.cursor(), statements, "duckdb")
            found = run_statements(on_spark.cursor(), statements, "spark")
            checked += len(statements)
            if not all(map(_same_rows, expected, found)):
                differences[query.name] = {"duckdb": expected, "spark": found}
        timing = direct.timing(queries[0], repeats=1)
    finally:
        on_spark.close()
        on_duckdb.close()
        direct.close()
    return checked, differences, timing


def test_the_direct_baseline_runs_the_gateways_statements_on_spark(
    deployment: Deployment, cluster: Cluster
) -> None:
    snapshot = read_current(deployment.paths)
    assert snapshot is not None
    focus = find_focus(snapshot)
    assert (focus.partner_id, focus.session_id) in deployment.sessions
    environment = {"SESSIONLENS_HOME": str(deployment.paths.home), **spark_settings(cluster)}

    with multiprocessing.get_context("spawn").Pool(1) as pool:
        checked, differences, timing = pool.apply(_direct_sql_on_both_engines, (environment,))

    assert checked >= len(list(REPO_QUERIES_DIR.glob("*.graphql")))
    assert differences == {}
    assert timing.cold_seconds > 0 and timing.warm_median_seconds > 0
