"""Crashes: `kill -9` a materialization at distinct points, then let the next one recover.

Each attempt first lands a new batch, so every point is hit while the run has something to
ingest, build and publish. Points the outside world can see are watched for (a parts
directory, a dbt log line); the two too brief to catch that way stop on a crash point
(orchestration/crash_points.py) and are killed there. While a run is down, the live
gateway must keep giving the answers of the last good snapshot. After one normal run,
every count must equal the landing files' (events, rejects, ledger) and every mart a
from-scratch build of the same files.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import pytest

from sessionlens.core.landing import landing_files
from sessionlens.core.settings import Paths
from sessionlens.core.snapshots import read_current
from tests.deployment import SESSIONLENS, ask
from tests.reliability import figures
from tests.reliability.budget import current
from tests.reliability.harness import (
    BAD_LINES,
    MATERIALIZE_TIMEOUT,
    SESSIONS_QUERY,
    base_home,
    copy_home,
    create_key,
    deliver,
    distinct_event_keys,
    env_of,
    expectation,
    files_of,
    generated_files,
    marts_except_all,
    materialize,
    materialize_until,
    pending_batches,
    served_snapshot,
    serving,
    snapshot_files,
    table_rows,
    wait_until,
)

Watch = Callable[[list[str]], bool]
# The shared base home, each killed run and the recovery may each take a materialization's bound.
pytestmark = pytest.mark.timeout((current().crash_points + 2) * MATERIALIZE_TIMEOUT)
ALL_SESSIONS = {"limit": 10_000}


@dataclass(frozen=True)
class CrashPoint:
    name: str
    # Given the home at the start of a run, a test of its new output lines (and files).
    watch: Callable[[Paths], Watch]
    # Whether the run's batch is in the raw tables when the run is killed here.
    ingested: bool
    pause_at: str | None = None


def output_line(text: str) -> Callable[[Paths], Watch]:
    return lambda _paths: lambda new_lines: any(text in line for line in new_lines)


def new_ingest_parts(paths: Paths) -> Watch:
    """True once this run made its `.ingest-*` directory (a killed run's may still be there)."""
    stale = set(paths.warehouse_dir.glob(".ingest-*"))
    return lambda _lines: bool(set(paths.warehouse_dir.glob(".ingest-*")) - stale)


def paused(name: str, ingested: bool) -> CrashPoint:
    return CrashPoint(name, output_line(f"paused at crash point {name}"), ingested, name)


# In pipeline order. The dbt lines name models of dbt_project/: `marts.sessions` is built
# half-way through; the processed-batches log is the last model, and only tests follow it.
CRASH_POINTS = (
    CrashPoint("ingest-validate", new_ingest_parts, ingested=False),
    paused("ingest-append", ingested=False),
    CrashPoint("dbt-start", output_line("Running dbt command"), ingested=True),
    CrashPoint("dbt-models", output_line("OK created sql incremental model marts.sessions"), True),
    CrashPoint("dbt-tests", output_line("START test unique_int_processed_batches_logged"), True),
    paused("publish-copy", ingested=True),
    paused("publish-switch", ingested=True),
)


def spread(points: tuple[CrashPoint, ...], count: int) -> list[CrashPoint]:
    """`count` points spread evenly over the pipeline (all of them if count is larger)."""
    if count >= len(points):
        return list(points)
    return [points[int((i + 0.5) * len(points) / count)] for i in range(count)]


def ledger(paths: Paths) -> list[tuple[str, int]]:
    return table_rows(paths, "select file_name, count(*) from ingested_files group by 1 order by 1")


def test_kill_9_at_each_point_then_recover_exact_counts(
    tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    points = spread(CRASH_POINTS, current().crash_points)
    paths = copy_home(base_home(tmp_path_factory), tmp_path / "home")
    batches = pending_batches(paths, tmp_path / "pending", len(points))
    bad_file = tmp_path / "zz-bad.jsonl"
    bad_file.write_text("\n".join(BAD_LINES) + "\n")
    batches[0].append(bad_file)
    # The reference: the same landing files materialized once, from scratch.
    scratch = Paths(tmp_path / "scratch").ensure()
    for path in [*landing_files(paths.landing_dir), *(f for batch in batches for f in batch)]:
        shutil.copy(path, scratch.landing_dir)
    reference = subprocess.Popen(
        [SESSIONLENS, "materialize"],
        env=env_of(scratch),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    attempt_seconds: dict[str, float] = {}
    answers_checked = 0
    try:
        with serving(paths) as url:
            key = create_key(paths)
            good = read_current(paths)
            last_good = ask(url, key, SESSIONS_QUERY, ALL_SESSIONS)
            assert expectation(generated_files(paths.landing_dir)).agrees_with(
                last_good, ALL_SESSIONS["limit"]
            )
            for point, batch in zip(points, batches, strict=True):
                ingested_before = ledger(paths)
                deliver(paths, batch)
                began = time.monotonic()
                with materialize_until(paths, point.watch(paths), point.name, point.pause_at):
                    # Readers keep the last good snapshot while the run is at this point …
                    assert ask(url, key, SESSIONS_QUERY, ALL_SESSIONS) == last_good
                attempt_seconds[point.name] = round(time.monotonic() - began, 1)
                # … and once it is dead.
                assert ask(url, key, SESSIONS_QUERY, ALL_SESSIONS) == last_good
                assert read_current(paths) == good
                answers_checked += 2
                # A batch is in the raw tables wholly or not at all.
                delivered = sorted((p.name, 1) for p in landing_files(paths.landing_dir))
                assert ledger(paths) == (delivered if point.ingested else ingested_before)

            began = time.monotonic()
            materialize(paths)
            recovery_seconds = time.monotonic() - began
            recovered = read_current(paths)
            assert recovered is not None and recovered != good
            wait_until(lambda: served_snapshot(url) == recovered.snapshot_id, "the publish", 30)
            assert expectation(generated_files(paths.landing_dir)).agrees_with(
                ask(url, key, SESSIONS_QUERY, ALL_SESSIONS), ALL_SESSIONS["limit"]
            )
        assert reference.wait(timeout=MATERIALIZE_TIMEOUT) == 0
    finally:
        if reference.poll() is None:
            reference.send_signal(signal.SIGKILL)
            reference.wait()

    events = distinct_event_keys(generated_files(paths.landing_dir))
    assert table_rows(paths, "select count(*) from events") == [(len(events),)]
    assert table_rows(
        paths, "select count(*) from (select distinct partner_id, event_id from events)"
    ) == [(len(events),)]
    assert table_rows(paths, "select count(*) from rejected_lines") == [(len(BAD_LINES),)]
    files = landing_files(paths.landing_dir)
    assert ledger(paths) == [(path.name, 1) for path in files]

    fresh = read_current(scratch)
    assert fresh is not None
    differences = marts_except_all(recovered, fresh)
    assert {"sessions", "participants"} <= set(differences)
    assert {table: n for table, n in differences.items() if n} == {}

    # Nothing a killed run left behind survives the next run.
    assert not list(paths.warehouse_dir.glob(".ingest-*"))
    assert snapshot_files(paths) == files_of(recovered)
    instance = dg.DagsterInstance.from_config(str(paths.dagster_home))
    try:
        statuses = [run.status for run in instance.get_runs()]
        slots = instance.event_log_storage.get_concurrency_info("warehouse").claimed_slots
    finally:
        instance.dispose()
    assert dg.DagsterRunStatus.STARTED not in statuses
    assert slots == []

    figures.record(
        "kill_9_recovery",
        {
            "crash_points": [point.name for point in points],
            "seconds_to_each_kill": attempt_seconds,
            "recovery_seconds": round(recovery_seconds, 1),
            "gateway_answers_checked_while_down": answers_checked,
            "raw_events": len(events),
            "rejected_lines": len(BAD_LINES),
            "ledger_files": len(files),
            "mart_tables_compared": len(differences),
            "mart_rows_differing_from_scratch": sum(differences.values()),
        },
    )
