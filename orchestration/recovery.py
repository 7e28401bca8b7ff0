"""Recover the Dagster instance from a `sessionlens materialize` process that died mid-run.

A run executed in-process records its status and its `warehouse` pool slot in the
instance; if the process is killed, the run stays STARTED and keeps the slot, and
every later run waits for that slot forever. Each run is therefore tagged with the
id of the process executing it, and the next run first fails the unfinished runs
whose process no longer exists and frees their slots.
"""

from __future__ import annotations

import os

import dagster as dg

from sessionlens.core.processes import process_exists

RUNNER_PID_TAG = "sessionlens/runner_pid"
UNFINISHED = [
    dg.DagsterRunStatus.NOT_STARTED,
    dg.DagsterRunStatus.STARTING,
    dg.DagsterRunStatus.STARTED,
    dg.DagsterRunStatus.CANCELING,
]


def runner_tags() -> dict[str, str]:
    """Tags naming this process as the executor of the run it starts."""
    return {RUNNER_PID_TAG: str(os.getpid())}


def fail_abandoned_runs(instance: dg.DagsterInstance) -> list[str]:
    """Mark as failed the unfinished in-process runs whose process is gone; their ids."""
    abandoned = [
        run
        for run in instance.get_runs(filters=dg.RunsFilter(statuses=UNFINISHED))
        if RUNNER_PID_TAG in run.tags and not process_exists(int(run.tags[RUNNER_PID_TAG]))
    ]
    for run in abandoned:
        instance.report_run_failed(
            run, message=f"the process {run.tags[RUNNER_PID_TAG]} executing this run died"
        )
        instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)
    return [run.run_id for run in abandoned]
