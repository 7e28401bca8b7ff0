"""Load during rebuilds: concurrent clients query while materializations publish back to back.

`budget.load_clients` clients (a separate process, asyncio + httpx) query one partner's
sessions and viewers for at least `budget.load_seconds` while `budget.rebuilds`
materializations each ingest a new batch and publish. Every answer must be a 200 without
GraphQL errors and agree, rows, totals and rowCount together, with exactly one of the
states the gateway may serve, each computed independently from the landing files it was
built from; and no client may ever see an older state after a newer one.

The gateway runs with `SESSIONLENS_RATE_LIMIT_PER_SECOND=0`: all clients share one key
and send far more than the default 100 requests a second on purpose.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from sessionlens.core.snapshots import read_current
from tests.reliability import figures
from tests.reliability.budget import current
from tests.reliability.harness import (
    MATERIALIZE_TIMEOUT,
    LoadPlan,
    base_home,
    copy_home,
    create_key,
    deliver,
    expectation,
    files_of,
    generated_files,
    load_running,
    materialize,
    pending_batches,
    served_snapshot,
    serving,
    snapshot_files,
    wait_until,
)

# Time for every client to finish a request on the last snapshot after it is published.
SETTLE_SECONDS = 2.0
# The shared base home's materialization, then each rebuild, may each take their bound.
pytestmark = pytest.mark.timeout((current().rebuilds + 1) * MATERIALIZE_TIMEOUT)


def test_answers_stay_whole_and_consistent_while_rebuilds_publish(
    tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    budget = current()
    paths = copy_home(base_home(tmp_path_factory), tmp_path / "home")
    batches = pending_batches(paths, tmp_path / "pending", budget.rebuilds)
    states = [generated_files(paths.landing_dir)]
    for batch in batches:
        states.append([*states[-1], *batch])
    expectations = tuple(expectation(files) for files in states)
    # Each state must be told apart from the others by both queries' answers.
    assert len({len(e.session_ids) for e in expectations}) == len(expectations)
    assert len({tuple(e.viewer_totals.values()) for e in expectations}) == len(expectations)

    rebuild_seconds: list[float] = []
    with serving(paths) as url:
        plan = LoadPlan(
            url=url,
            key=create_key(paths),
            clients=budget.load_clients,
            # The load cannot outlast the rebuilds, each bounded by the CLI's timeout.
            max_seconds=budget.load_seconds + budget.rebuilds * MATERIALIZE_TIMEOUT,
            expectations=expectations,
        )
        started = time.monotonic()
        with load_running(plan, tmp_path) as stop_load:
            for batch in batches:
                deliver(paths, batch)
                began = time.monotonic()
                materialize(paths)
                rebuild_seconds.append(time.monotonic() - began)
            published = read_current(paths)
            assert published is not None
            wait_until(
                lambda: served_snapshot(url) == published.snapshot_id, "the last publish", 30
            )
            time.sleep(max(SETTLE_SECONDS, budget.load_seconds - (time.monotonic() - started)))
            report = stop_load()
        load_seconds = time.monotonic() - started

    figures.record(
        "load_during_rebuilds",
        {
            "clients": plan.clients,
            "rebuilds": len(batches),
            "seconds": round(load_seconds, 1),
            "requests": report.requests,
            "requests_per_second": round(report.requests / load_seconds, 1),
            "failed_requests": report.failure_count,
            "p50_ms": round(report.percentile_ms(0.50), 1),
            "p99_ms": round(report.percentile_ms(0.99), 1),
            "snapshots_published": len(expectations),
            "snapshots_seen": len(report.snapshots_seen),
            "rebuild_seconds": [round(seconds, 1) for seconds in rebuild_seconds],
        },
    )
    assert report.failures == [] and report.failure_count == 0
    assert report.requests > 0
    # Every state was served (each lasted a whole rebuild), none that never existed.
    assert report.snapshots_seen == set(range(len(expectations)))
    for seen in report.snapshots_by_client:
        assert seen == sorted(seen), "a client saw an older snapshot after a newer one"
    # Older snapshot files are gone once nobody reads them.
    assert snapshot_files(paths) == files_of(published)
