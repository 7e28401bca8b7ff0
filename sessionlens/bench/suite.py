"""One bench run: every phase in order, each turned into figures (BENCHMARKS.md)."""

from __future__ import annotations

import os
import platform
import shutil
import tempfile
import time
from collections.abc import Mapping
from contextlib import ExitStack
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from gateway.app import open_engine
from gateway.keys import create_key
from sessionlens.bench import report
from sessionlens.bench.direct import DirectSql
from sessionlens.bench.fanout import FanOutFailed, measure_fanout
from sessionlens.bench.features import feature_figures
from sessionlens.bench.floor import floor_seconds
from sessionlens.bench.freshness import NotSeen, new_session_id, running_live, seen_after_post
from sessionlens.bench.gateway import GatewayClient, QueryFailed, row_count
from sessionlens.bench.load import measure_throughput
from sessionlens.bench.options import BenchOptions
from sessionlens.bench.pipeline import (
    Materialized,
    generate_base,
    generate_increment,
    materialize,
)
from sessionlens.bench.queries import (
    DashboardQuery,
    Focus,
    QueryFileError,
    VariableValues,
    find_focus,
    load_query,
)
from sessionlens.bench.report import Figure
from sessionlens.bench.server import running_gateway
from sessionlens.bench.stats import median, ratio
from sessionlens.bench.workloads import (
    LARGE_RESULT_ROWS,
    DistinctRequests,
    RepeatedRequests,
    Workload,
    large_result_payload,
)
from sessionlens.core.landing import landing_files
from sessionlens.core.progress import Task, reporter
from sessionlens.core.settings import Paths, Settings
from sessionlens.core.snapshots import Snapshot, read_current
from sessionlens.core.spark import connect_server

MS = 1_000.0
RATIO = "x"
# The throughput targets are stated for this many concurrent clients.
TARGET_CLIENTS = 32
LARGE_RESULT_REPEATS = 10
# How often the live process looks at landing/ during the freshness phase, and how long
# one posted event may take to show before the phase gives up.
FRESHNESS_LOOK_SECONDS = 1.0
FRESHNESS_TIMEOUT_SECONDS = 600.0


@dataclass
class Outcome:
    """What a run produced: figures for the table, details for results.json."""

    figures: list[Figure] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)

    def add(self, *figures: Figure) -> None:
        self.figures.extend(figures)


def _pipeline(
    options: BenchOptions, paths: Paths, env: Mapping[str, str], logs: Path, outcome: Outcome
) -> None:
    base = generate_base(paths, options.events, options.seed)
    base_files = landing_files(paths.landing_dir)
    with _phase("bench: full materialization"):
        full_build = materialize(env, logs / "materialize-full.log", paths)
    full = full_build.run
    with _phase("bench: DuckDB floor scan"):
        floor = floor_seconds(base_files, options.floor_runs)
    increment = generate_increment(paths, options.events, options.seed)
    with _phase("bench: incremental materialization"):
        incremental_build = materialize(env, logs / "materialize-incremental.log", paths)
    incremental = incremental_build.run
    peak_tree = max(full.peak_tree_bytes, incremental.peak_tree_bytes)
    peak_process = max(full.peak_process_bytes, incremental.peak_process_bytes)
    outcome.add(
        Figure(
            "generate.events_per_second",
            "generate: events/s (not in pipeline)",
            base.events / base.seconds,
            "events/s",
        ),
        Figure("pipeline.full_seconds", "pipeline: full build", full.seconds, "s"),
        Figure(
            "pipeline.events_per_second",
            "pipeline: full build events/s",
            base.events / full.seconds,
            "events/s",
        ),
        Figure(
            "floor.events_per_second",
            "floor: DuckDB read_json + GROUP BY events/s",
            base.events / floor,
            "events/s",
        ),
        Figure(
            "pipeline.to_floor",
            "pipeline ÷ floor throughput",
            floor / full.seconds,
            RATIO,
            report.PIPELINE_TO_FLOOR,
        ),
        Figure(
            "pipeline.peak_memory_gib",
            "pipeline: peak memory (process tree)",
            peak_tree / report.GIB,
            "GiB",
            report.PEAK_MEMORY_GIB,
        ),
        Figure(
            "pipeline.peak_process_memory_gib",
            "pipeline: peak memory (largest process)",
            peak_process / report.GIB,
            "GiB",
        ),
        Figure(
            "pipeline.incremental_seconds",
            "pipeline: incremental after +1 % events",
            incremental.seconds,
            "s",
        ),
        Figure(
            "pipeline.incremental_to_full",
            "incremental ÷ full build",
            incremental.seconds / full.seconds,
            RATIO,
            report.INCREMENTAL_TO_FULL,
        ),
    )
    outcome.add(*_step_figures("full", "full build", full_build))
    outcome.add(*_step_figures("incremental", "incremental", incremental_build))
    outcome.details["pipeline"] = {
        "base_events": base.events,
        "base_files": len(base_files),
        "generate_seconds": base.seconds,
        "increment_events": increment.events,
        "floor_seconds_median": floor,
        "full": {**asdict(full), "step_seconds": full_build.step_seconds},
        "incremental": {**asdict(incremental), "step_seconds": incremental_build.step_seconds},
    }


def _phase(name: str) -> Task:
    """A bench phase as a task of unknown size: the progress shows its name and time."""
    return reporter().task(name, None, "")


def _step_figures(name: str, label: str, build: Materialized) -> list[Figure]:
    """Where a materialization's time went: each Dagster step, and the rest."""
    steps = [
        Figure(f"pipeline.{name}.step.{step}", f"{label}: step {step}", seconds, "s")
        for step, seconds in sorted(build.step_seconds.items())
    ]
    rest = Figure(
        f"pipeline.{name}.outside_steps_seconds",
        f"{label}: outside steps (start-up, Dagster)",
        build.outside_steps_seconds,
        "s",
    )
    return [*steps, rest]


@dataclass(frozen=True)
class _QueryFigures:
    http: dict[str, float]
    direct: dict[str, float]


def _query_figures(name: str, measured: _QueryFigures | None, error: str = "") -> list[Figure]:
    http = measured.http if measured else {}
    direct = measured.direct if measured else {}
    note = error

    def figure(
        metric: str,
        label: str,
        value: float | None,
        unit: str = "ms",
        target: report.Target | None = None,
    ) -> Figure:
        return Figure(f"query.{name}.{metric}", f"{name}: {label}", value, unit, target, note)

    return [
        figure("cold_ms", "cold", http.get("cold")),
        figure("warm_p50_ms", "warm p50", http.get("p50")),
        figure("warm_p95_ms", "warm p95", http.get("p95"), target=report.WARM_P95_MS),
        figure("warm_p99_ms", "warm p99", http.get("p99")),
        figure("uncached_p50_ms", "warm p50, caches bypassed", http.get("uncached_p50")),
        figure("uncached_p95_ms", "warm p95, caches bypassed", http.get("uncached_p95")),
        figure("sql_cold_ms", "direct SQL cold", direct.get("cold")),
        figure("sql_warm_ms", "direct SQL warm median", direct.get("warm")),
        figure(
            "http_to_sql_cold",
            "HTTP ÷ SQL cold",
            ratio(http.get("cold"), direct.get("cold")),
            RATIO,
        ),
        figure(
            "http_to_sql_warm",
            "HTTP (cached) ÷ SQL warm median",
            ratio(http.get("p50"), direct.get("warm")),
            RATIO,
        ),
        # The target holds the full GraphQL path to account: parse, validate, compile,
        # execute and serialize, with no cache answering for it.
        figure(
            "http_uncached_to_sql_warm",
            "HTTP (caches bypassed) ÷ SQL warm median",
            ratio(http.get("uncached_p50"), direct.get("warm")),
            RATIO,
            report.HTTP_TO_SQL,
        ),
    ]


def _dashboard_queries(
    options: BenchOptions,
    client: GatewayClient,
    sql: DirectSql,
    values: VariableValues,
    outcome: Outcome,
) -> list[DashboardQuery]:
    """Latency of every dashboard query and of its SQL run directly; the ones that work."""
    working: list[DashboardQuery] = []
    details: dict[str, Any] = {}
    files = options.query_files
    with reporter().task("bench: dashboard query latency", len(files), "queries") as progress:
        for done, path in enumerate(files, start=1):
            progress.update(done - 1, path.stem)
            try:
                query = load_query(path, values)
                latency = client.latency(query.payload(), options.repeats)
                uncached = client.uncached_latency(query.payload(), options.repeats)
                direct = sql.timing(query, options.repeats)
            except (QueryFileError, QueryFailed) as error:
                details[path.stem] = {"error": str(error)}
                outcome.add(*_query_figures(path.stem, None, str(error)))
                continue
            working.append(query)
            measured = _QueryFigures(
                http={
                    "cold": latency.cold_seconds * MS,
                    "p50": latency.p50_seconds * MS,
                    "p95": latency.p95_seconds * MS,
                    "p99": latency.p99_seconds * MS,
                    "uncached_p50": uncached.p50_seconds * MS,
                    "uncached_p95": uncached.p95_seconds * MS,
                },
                direct={
                    "cold": direct.cold_seconds * MS,
                    "warm": direct.warm_median_seconds * MS,
                },
            )
            details[path.stem] = {
                "variables": query.variables,
                "http_ms": measured.http,
                "direct_sql_ms": measured.direct,
            }
            outcome.add(*_query_figures(path.stem, measured))
        progress.update(len(files))
    outcome.details["queries"] = details
    _summarize_queries(outcome, [q.name for q in working])
    return working


def _summarize_queries(outcome: Outcome, names: list[str]) -> None:
    by_key = {figure.key: figure.value for figure in outcome.figures}
    p95 = [by_key[f"query.{name}.warm_p95_ms"] for name in names]
    ratios = sorted(r for name in names if (r := by_key[f"query.{name}.http_uncached_to_sql_warm"]))
    note = "" if names else "no dashboard query succeeded"
    outcome.add(
        Figure(
            "queries.worst_warm_p95_ms",
            "dashboard queries: worst warm p95",
            max(p95) if p95 else None,
            "ms",
            report.WARM_P95_MS,
            note,
        ),
        Figure(
            "queries.median_http_to_sql",
            "dashboard queries: median HTTP (caches bypassed) ÷ SQL",
            ratios[len(ratios) // 2] if ratios else None,
            RATIO,
            report.HTTP_TO_SQL,
            note,
        ),
        Figure(
            "queries.worst_http_to_sql",
            "dashboard queries: worst HTTP (caches bypassed) ÷ SQL",
            ratios[-1] if ratios else None,
            RATIO,
            report.HTTP_TO_SQL,
            note,
        ),
    )


def _large_result(client: GatewayClient, sql: DirectSql, outcome: Outcome) -> None:
    payload = large_result_payload()
    key, label = "large_result.uncached_p50_ms", "10 000-row result: p50, caches bypassed"
    query = DashboardQuery("large_result", payload["query"], payload["variables"])
    try:
        _, data = client.timed(payload)
        cached = client.latency(payload, LARGE_RESULT_REPEATS)
        uncached = client.uncached_latency(payload, LARGE_RESULT_REPEATS)
        direct = sql.timing(query, LARGE_RESULT_REPEATS)
    except QueryFailed as error:
        outcome.add(Figure(key, label, None, "ms", report.LARGE_RESULT_MS, str(error)))
        return
    rows = row_count(data)
    note = "" if rows == LARGE_RESULT_ROWS else f"only {rows} rows in this data set"
    outcome.add(
        Figure(key, label, uncached.p50_seconds * MS, "ms", report.LARGE_RESULT_MS, note),
        Figure(
            "large_result.cached_p50_ms",
            "10 000-row result: p50 from the response cache",
            cached.p50_seconds * MS,
            "ms",
            note=note,
        ),
        Figure(
            "large_result.sql_warm_ms",
            "10 000-row result: direct SQL warm median",
            direct.warm_median_seconds * MS,
            "ms",
            note=note,
        ),
        Figure(
            "large_result.http_uncached_to_sql_warm",
            "10 000-row result: HTTP (caches bypassed) ÷ SQL",
            ratio(uncached.p50_seconds, direct.warm_median_seconds),
            RATIO,
            report.HTTP_TO_SQL,
            note,
        ),
    )
    outcome.details["large_result"] = {
        "rows": rows,
        "cached": asdict(cached),
        "uncached": asdict(uncached),
        "direct_sql": asdict(direct),
    }


def _throughput(
    options: BenchOptions,
    url: str,
    key: str,
    name: str,
    label: str,
    workload: Workload | None,
    target: report.Target,
    note: str,
    outcome: Outcome,
) -> None:
    runs = {}
    levels = options.concurrency
    with reporter().task(f"bench: throughput, {label}", len(levels), "levels") as progress:
        for done, clients in enumerate(levels):
            progress.update(done, f"{clients} concurrent clients")
            measured = None
            if workload is not None:
                measured = measure_throughput(url, key, workload, clients, options.duration)
                runs[clients] = asdict(measured)
            failed = f"{measured.failed} failed requests" if measured and measured.failed else ""
            outcome.add(
                Figure(
                    f"throughput.{name}.{clients}_clients",
                    f"throughput, {label}: {clients} concurrent",
                    measured.requests_per_second if measured else None,
                    "req/s",
                    target if clients == TARGET_CLIENTS else None,
                    note or failed,
                )
            )
        progress.update(len(levels))
    outcome.details[f"throughput_{name}"] = runs


def _gateway(
    options: BenchOptions, paths: Paths, env: Mapping[str, str], logs: Path, outcome: Outcome
) -> None:
    snapshot = read_current(paths)
    if snapshot is None:
        raise RuntimeError("materialize succeeded but published no snapshot")
    focus: Focus = find_focus(snapshot)
    key = create_key(paths, focus.partner_id, ["read"])
    values = VariableValues(snapshot, focus)
    outcome.details["focus"] = asdict(focus)
    with ExitStack() as stack:
        env = _with_spark_connect(env, logs, stack)
        settings = Settings.from_env(env)
        sql = DirectSql(settings, open_engine(settings, stack), focus.partner_id)
        stack.callback(sql.close)
        url = stack.enter_context(running_gateway(env, logs / "gateway.log"))
        client = GatewayClient(url, key)
        try:
            client.connect()
            working = _dashboard_queries(options, client, sql, values, outcome)
            with _phase("bench: compare and window against plain queries"):
                outcome.add(*feature_figures(client, values, options.repeats))
            with _phase("bench: 10 000-row result"):
                _large_result(client, sql, outcome)
            distinct = DistinctRequests(focus.session_id)
            distinct_note = ""
            try:
                client.timed(distinct.payload(0))
            except QueryFailed as error:
                distinct_note = str(error)
        finally:
            client.close()
        repeated = RepeatedRequests(tuple(q.payload() for q in working)) if working else None
        _throughput(
            options,
            url,
            key,
            "repeated",
            "repeated dashboard queries",
            repeated,
            report.REPEATED_RPS_AT_32,
            "" if working else "no dashboard query succeeded",
            outcome,
        )
        _throughput(
            options,
            url,
            key,
            "distinct",
            "every request different",
            None if distinct_note else distinct,
            report.DISTINCT_RPS_AT_32,
            distinct_note,
            outcome,
        )
        # Last: it publishes a changed snapshot.
        _fanout(url, key, paths, focus, outcome)


def _with_spark_connect(env: Mapping[str, str], logs: Path, stack: ExitStack) -> dict[str, str]:
    """On Spark without SESSIONLENS_SPARK_REMOTE, one Spark Connect server (open while
    `stack` is) for the gateway and the direct-SQL baseline, so both run their SQL in
    the same Spark application; the environment naming it."""
    settings = Settings.from_env(env)
    if settings.engine != "spark" or settings.spark_remote:
        return dict(env)
    remote = stack.enter_context(connect_server(settings, logs / "spark-connect.log"))
    return {**env, "SESSIONLENS_SPARK_REMOTE": remote}


def _fanout(url: str, key: str, paths: Paths, focus: Focus, outcome: Outcome) -> None:
    key_name, label = "subscriptions.fanout_max_ms", "subscription fan-out: last of 100 subscribers"
    with _phase("bench: subscription fan-out"):
        try:
            measured = measure_fanout(url, key, paths, focus)
        except (FanOutFailed, OSError, TimeoutError) as error:
            outcome.add(Figure(key_name, label, None, "ms", report.FANOUT_MS, str(error)))
            return
    outcome.add(
        Figure(key_name, label, measured.max_seconds * MS, "ms", report.FANOUT_MS),
        Figure(
            "subscriptions.fanout_p50_ms",
            "subscription fan-out: median of 100 subscribers",
            measured.p50_seconds * MS,
            "ms",
        ),
    )
    outcome.details["fanout"] = asdict(measured)


def _freshness(
    options: BenchOptions, paths: Paths, env: Mapping[str, str], logs: Path, outcome: Outcome
) -> None:
    """Seconds from `POST /events` to the event in a cube's answer, with the gateway and
    `sessionlens live` running; measured once the live process's first run, which catches
    up with what the bench's materializations left, has published."""
    before = read_current(paths)
    if before is None:
        raise RuntimeError("materialize succeeded but published no snapshot")
    partner_id = find_focus(before).partner_id
    key = create_key(paths, partner_id, ["read", "write"])
    seconds: list[float] = []
    note = ""
    with (
        _phase("bench: freshness"),
        running_gateway(env, logs / "gateway-freshness.log") as url,
        running_live(env, logs / "live.log", FRESHNESS_LOOK_SECONDS),
    ):
        try:
            _wait_for_new_snapshot(paths, before, logs / "live.log")
            for _ in range(options.freshness_tries):
                seconds.append(
                    seen_after_post(
                        url, key, partner_id, new_session_id(), FRESHNESS_TIMEOUT_SECONDS
                    )
                )
        except NotSeen as error:
            note = str(error)
    outcome.add(
        Figure(
            "freshness.p50_seconds",
            "freshness: POST /events → in a cube, p50",
            median(seconds) if seconds else None,
            "s",
            report.FRESHNESS_P50_SECONDS,
            note,
        ),
        Figure(
            "freshness.max_seconds",
            "freshness: POST /events → in a cube, max",
            max(seconds) if seconds else None,
            "s",
            note=note,
        ),
    )
    outcome.details["freshness"] = {
        "look_seconds": FRESHNESS_LOOK_SECONDS,
        "tries_seconds": seconds,
        "error": note or None,
    }


def _wait_for_new_snapshot(paths: Paths, before: Snapshot, log: Path) -> None:
    deadline = time.monotonic() + FRESHNESS_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        current = read_current(paths)
        if current is not None and current.snapshot_id != before.snapshot_id:
            return
        time.sleep(FRESHNESS_LOOK_SECONDS)
    raise NotSeen(f"`sessionlens live` published nothing in its first run; see {log}")


def _run_facts(options: BenchOptions, home: Path) -> dict[str, Any]:
    return {
        "events": options.events,
        "engine": options.engine,
        "seed": options.seed,
        "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "duckdb": duckdb.__version__,
        "repeats": options.repeats,
        "duration_seconds": options.duration,
        "floor_runs": options.floor_runs,
        "concurrency": list(options.concurrency),
        "freshness_tries": options.freshness_tries,
        "skipped_phases": sorted(options.skip),
        "queries_dir": str(options.queries_dir),
        "home": str(home) if options.keep else None,
    }


def run_bench(options: BenchOptions) -> tuple[dict[str, Any], Outcome]:
    """Run every phase in a fresh data directory under `options.out`."""
    logs = options.out / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="home-", dir=options.out))
    paths = Paths(home).ensure()
    # The pipeline and the gateway see only this data directory (DAGSTER_HOME follows it).
    env = {key: value for key, value in os.environ.items() if key != "DAGSTER_HOME"}
    env["SESSIONLENS_HOME"] = str(home)
    env["SESSIONLENS_ENGINE"] = options.engine
    # The bench measures the gateway's own speed, not the per-key rate limit.
    env["SESSIONLENS_RATE_LIMIT_PER_SECOND"] = "0"
    # Nor the per-key bound: the fan-out's subscribers share one key.
    env["SESSIONLENS_MAX_SUBSCRIPTIONS_PER_KEY"] = "1000"
    facts = _run_facts(options, home)
    outcome = Outcome()
    try:
        _pipeline(options, paths, env, logs, outcome)
        if "gateway" not in options.skip:
            _gateway(options, paths, env, logs, outcome)
        if "freshness" not in options.skip:
            _freshness(options, paths, env, logs, outcome)
    finally:
        if not options.keep:
            shutil.rmtree(home, ignore_errors=True)
    return facts, outcome
