"""`sessionlens bench`: the measuring helpers against hand-computed values, and one
short run of the whole suite (it runs two real materializations, so it takes a minute or
two) checking only that it completes and reports every figure; timings are never asserted."""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import pytest

from sessionlens import bench
from sessionlens.bench.memory import run_measured
from sessionlens.bench.report import Figure, Target, markdown_table
from sessionlens.bench.stats import percentile, ratio
from sessionlens.bench.workloads import DistinctRequests

GOOD_QUERIES = {
    "overview": """
        query Overview($sessionId: String!) {
          sessions(where: { sessionId: { eq: $sessionId } }) {
            rows { sessionId uniqueParticipants durationMinutes }
          }
        }""",
    "by-where": """
        query ByWhere($where: ViewersWhere!, $limit: Int = 5) {
          viewers(where: $where, limit: $limit) { rows { country uniqueViewers } }
        }""",
}
# The bench cannot invent a value for this variable: the query fails, the run goes on.
# The job's steps (orchestration/assets.py): ingestion, dbt, publish.
PIPELINE_STEPS = ("raw_tables", "sessionlens_dbt_models", "published_snapshot")
UNFILLABLE_QUERY = "query Unfillable($galaxy: String!) { sessions { rows { sessionId } } }"


def _parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    bench.add_arguments(parser)
    return parser.parse_args(argv)


def test_percentile_interpolates_between_closest_ranks() -> None:
    samples = [40.0, 10.0, 30.0, 20.0, 50.0]
    assert percentile(samples, 0.5) == 30.0
    assert percentile(samples, 0.0) == 10.0
    assert percentile(samples, 1.0) == 50.0
    # rank 0.95 * 4 = 3.8: 40 + 0.8 * (50 - 40)
    assert math.isclose(percentile(samples, 0.95), 48.0)
    assert ratio(3.0, 0.0) is None and ratio(None, 2.0) is None and ratio(3.0, 2.0) == 1.5


def test_run_measured_sees_memory_of_a_grandchild(tmp_path: Path) -> None:
    # A child that starts a grandchild holding 300 MB, as materialize starts dbt.
    grandchild = "import time; held = b'x' * (300 * 2**20); time.sleep(0.5)"
    child = f"import subprocess, sys; subprocess.run([sys.executable, '-c', {grandchild!r}])"
    run = run_measured([sys.executable, "-c", child], {}, tmp_path / "log")
    assert run.exit_code == 0
    assert run.peak_tree_bytes >= 300 * 2**20
    assert run.peak_process_bytes >= 300 * 2**20
    assert run.seconds >= 0.5


def test_distinct_requests_never_repeat() -> None:
    workload = DistinctRequests("s-1")
    payloads = [json.dumps(workload.payload(i)["variables"]) for i in range(20_000)]
    assert len(set(payloads)) == len(payloads)


def test_figures_are_judged_against_their_targets() -> None:
    fast = Figure("a", "fast", 20.0, "ms", Target(30.0, at_least=False))
    slow = Figure("b", "slow", 45.0, "ms", Target(30.0, at_least=False))
    busy = Figure("c", "busy", 250.0, "req/s", Target(200.0, at_least=True))
    missing = Figure("d", "missing", None, "ms", Target(30.0, at_least=False), "it failed")
    assert (fast.meets_target, slow.meets_target, busy.meets_target) == (True, False, True)
    assert slow.ratio_to_target == 1.5 and missing.meets_target is None
    table = markdown_table([fast, slow, busy, missing])
    assert "| slow | 45 ms | ≤ 30 ms | 1.50 | NO |" in table
    assert "| missing | n/a | ≤ 30 ms |  |  | it failed |" in table


def test_a_figure_is_judged_by_its_must_and_shows_its_goal() -> None:
    between = Figure("e", "fresh", 20.0, "s", Target(30.0, at_least=False, goal=10.0))
    assert between.meets_target is True
    assert "| fresh | 20 s | ≤ 30 s (goal ≤ 10 s) | 0.67 | yes |" in markdown_table([between])


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--events", "10"], "--events must be at least 1000"),
        (["--duration", "0"], "--duration must be a positive"),
        (["--concurrency", "1,x"], "--concurrency '1,x'"),
        (["--queries", "/nonexistent"], "no dashboard queries"),
        (["--freshness-tries", "0"], "--freshness-tries must be at least 1"),
        (["--skip", "gateway,floor"], "--skip floor: the phases are gateway, freshness"),
    ],
)
def test_bad_options_are_refused_before_anything_runs(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench.run(_parse("--out", str(tmp_path), *argv)) == 2
    assert message in capsys.readouterr().err
    assert not any(tmp_path.iterdir())


def test_short_bench_reports_every_figure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    queries = tmp_path / "queries"
    queries.mkdir()
    for name, document in GOOD_QUERIES.items():
        (queries / f"{name}.graphql").write_text(document)
    (queries / "unfillable.graphql").write_text(UNFILLABLE_QUERY)
    out = tmp_path / "out"
    argv = ["--events", "20000", "--out", str(out), "--queries", str(queries)]
    argv += ["--repeats", "2", "--duration", "0.3", "--floor-runs", "1", "--concurrency", "1,32"]
    argv += ["--freshness-tries", "2"]

    assert bench.run(_parse(*argv)) == 0

    # Its progress, off a terminal: plain lines naming each phase as it starts and ends.
    progress = capsys.readouterr().err.splitlines()
    for phase in (
        "generate",
        "bench: full materialization",
        "bench: DuckDB floor scan",
        "bench: incremental materialization",
        "bench: dashboard query latency",
        "bench: 10 000-row result",
        "bench: throughput, repeated dashboard queries",
        "bench: throughput, every request different",
        "bench: subscription fan-out",
        "bench: freshness",
    ):
        assert any(line.startswith(f"{phase}: started") for line in progress), phase
        assert any(line.startswith(f"{phase}: done") for line in progress), phase
    assert not any("\x1b" in line for line in progress)

    results = json.loads((out / "results.json").read_text())
    figures = {figure["key"]: figure for figure in results["figures"]}
    assert len(figures) == len(results["figures"])
    for figure in figures.values():
        assert figure["value"] is None or isinstance(figure["value"], float), figure
    measured = [
        "pipeline.events_per_second",
        "floor.events_per_second",
        "pipeline.to_floor",
        "pipeline.peak_memory_gib",
        "pipeline.incremental_to_full",
        "queries.worst_warm_p95_ms",
        "queries.median_http_to_sql",
        "queries.worst_http_to_sql",
        "large_result.uncached_p50_ms",
        "large_result.cached_p50_ms",
        "large_result.sql_warm_ms",
        "subscriptions.fanout_max_ms",
        "subscriptions.fanout_p50_ms",
        "freshness.p50_seconds",
        "freshness.max_seconds",
        *(f"throughput.{kind}.{n}_clients" for kind in ("repeated", "distinct") for n in (1, 32)),
        *(
            f"query.{name}.{metric}"
            for name in GOOD_QUERIES
            for metric in (
                "cold_ms",
                "warm_p95_ms",
                "uncached_p50_ms",
                "sql_warm_ms",
                "http_to_sql_warm",
                "http_uncached_to_sql_warm",
            )
        ),
    ]
    for key in measured:
        assert figures[key]["value"] > 0, key
    for build in ("full", "incremental"):
        steps = [f"pipeline.{build}.step.{step}" for step in PIPELINE_STEPS]
        assert all(figures[key]["value"] > 0 for key in steps), build
        # The steps run inside the measured process, after its start-up.
        assert figures[f"pipeline.{build}.outside_steps_seconds"]["value"] > 0, build
    assert figures["throughput.repeated.32_clients"]["target"] == "≥ 1,000 req/s"
    failed = figures["query.unfillable.warm_p95_ms"]
    assert failed["value"] is None and "$galaxy" in failed["note"]
    assert results["details"]["pipeline"]["increment_events"] == 200
    assert len(results["details"]["freshness"]["tries_seconds"]) == 2
    table = (out / "BENCHMARKS-table.md").read_text()
    assert all(figure["label"] in table for figure in figures.values())
    assert not list(out.glob("home-*")), "the temporary data directory is removed"
