"""Live mode end to end: `sessionlens live` beside `sessionlens serve` materializes what
`POST /events` lands, through Dagster's asset graph, and the gateway serves it."""

from __future__ import annotations

import signal
import time
from pathlib import Path

import dagster as dg
import pytest

from orchestration.live import LIVE_TAG
from sessionlens.bench.freshness import new_session_id, running_live, seen_after_post
from sessionlens.core.snapshots import read_current
from tests.deployment import ask, run
from tests.reliability.harness import (
    MATERIALIZE_TIMEOUT,
    QUERY_PARTNER,
    base_home,
    copy_home,
    env_of,
    serving,
    wait_until,
)

SESSION_QUERY = """
query ($id: String!) { sessions(where: { sessionId: { eq: $id } }) { rows { sessionId title } } }
"""


def test_an_event_posted_is_served_after_the_run_it_triggers(
    tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    paths = copy_home(base_home(tmp_path_factory), tmp_path / "home")
    env = env_of(paths)
    printed = run("keys", "create", "--partner", QUERY_PARTNER, "--roles", "read,write", env=env)
    key = printed.strip().splitlines()[-1]
    before = read_current(paths)
    assert before is not None
    log = tmp_path / "live.log"
    session_ids = [new_session_id(), new_session_id()]
    with serving(paths) as url, running_live(env, log, interval_seconds=1):
        # Two posts in turn: the second lands after the first run, so it takes a run of
        # its own, triggered while the process already runs.
        for session_id in session_ids:
            seen_after_post(url, key, QUERY_PARTNER, session_id, MATERIALIZE_TIMEOUT)
        for session_id in session_ids:
            assert ask(url, key, SESSION_QUERY, {"id": session_id})["sessions"]["rows"] == [
                {"sessionId": session_id, "title": f"Freshness {session_id}"}
            ]

    lines = log.read_text()
    assert "succeeded in" in lines and "FAILED" not in lines
    # Every run was Dagster's, recorded with the live tag, and succeeded.
    instance = dg.DagsterInstance.from_config(str(paths.dagster_home))
    try:
        runs = instance.get_runs(filters=dg.RunsFilter(tags=LIVE_TAG))
    finally:
        instance.dispose()
    assert len(runs) >= 2
    assert {run.status for run in runs} == {dg.DagsterRunStatus.SUCCESS}
    # The last run changed `sessions` and shared the files of the marts no new session
    # touches.
    after = read_current(paths)
    assert after is not None and after.snapshot_id != before.snapshot_id
    assert "sessions" not in after.shared
    assert {"app_events", "app_sessions"} <= set(after.shared)


def test_sigterm_lets_the_run_in_progress_finish_then_stops(
    tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    paths = copy_home(base_home(tmp_path_factory), tmp_path / "home")
    log = tmp_path / "live.log"
    instance = dg.DagsterInstance.from_config(str(paths.dagster_home))
    try:

        def live_runs() -> list[dg.RunRecord]:
            return list(instance.get_run_records(filters=dg.RunsFilter(tags=LIVE_TAG)))

        # The first look runs at once, over the files the copied home already holds.
        with running_live(env_of(paths), log, interval_seconds=1) as live:
            wait_until(
                lambda: any(
                    r.dagster_run.status == dg.DagsterRunStatus.STARTED for r in live_runs()
                ),
                "a live run to start",
                MATERIALIZE_TIMEOUT,
            )
            signaled = time.time()
            live.send_signal(signal.SIGTERM)
            assert live.wait(timeout=MATERIALIZE_TIMEOUT) == 0

        (record,) = live_runs()
        assert record.dagster_run.status == dg.DagsterRunStatus.SUCCESS
        assert record.end_time is not None and record.end_time > signaled
    finally:
        instance.dispose()
    assert "succeeded in" in log.read_text()
