"""Live mode end to end: `sessionlens live` beside `sessionlens serve` materializes what
`POST /events` lands, through Dagster's asset graph, and the gateway serves it."""

from __future__ import annotations

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
