"""Run the pipeline job once in this process, and read back what the run recorded.

`sessionlens materialize` and `sessionlens demo` run the job here; what it did (the
counts the assets put in their materialization metadata, each step's time, the failed
step and its error) comes back as a `PipelineRun` for the command line to summarize.
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import dagster as dg

from orchestration.recovery import fail_abandoned_runs, runner_tags

# A failure's error is given as one paragraph of at most this many characters; the log
# file has the whole traceback.
ERROR_PARAGRAPH_CHARS = 1_000


@dataclass(frozen=True)
class StepFailure:
    step: str
    error: str


@dataclass(frozen=True)
class PipelineRun:
    """One execution of the pipeline job: its outcome and what its steps recorded."""

    success: bool
    seconds: float
    run_id: str | None = None
    # Materialization metadata per asset key (`raw/events`, `published_snapshot`, …),
    # as plain values.
    metadata: dict[str, dict[str, Any]] = field(default_factory=dict)
    step_seconds: dict[str, float] = field(default_factory=dict)
    failure: StepFailure | None = None
    abandoned_runs: list[str] = field(default_factory=list)


def run_pipeline(
    run_config: Mapping[str, Any] | None = None, tags: Mapping[str, str] | None = None
) -> PipelineRun:
    """Ingest, build and publish once, in-process through Dagster; `tags` mark the run."""
    started = time.perf_counter()
    try:
        from orchestration.automation import pipeline_job
        from orchestration.definitions import defs

        job = defs.resolve_job_def(pipeline_job.name)
    except Exception as error:  # the dbt manifest or the definitions failed to load
        return PipelineRun(
            success=False,
            seconds=time.perf_counter() - started,
            failure=StepFailure(
                "load definitions", one_paragraph(f"{type(error).__name__}: {error}")
            ),
        )
    with dg.DagsterInstance.get() as instance:
        abandoned = fail_abandoned_runs(instance)
        result = job.execute_in_process(
            instance=instance,
            raise_on_error=False,
            run_config=dict(run_config or {}),
            tags={**(tags or {}), **runner_tags()},
        )
        seconds = step_seconds(instance, result.run_id)
    return PipelineRun(
        success=result.success,
        seconds=time.perf_counter() - started,
        run_id=result.run_id,
        metadata={
            event.asset_key.to_user_string(): {
                name: value.value for name, value in event.materialization.metadata.items()
            }
            for event in result.get_asset_materialization_events()
            if event.asset_key is not None
        },
        step_seconds=seconds,
        failure=None if result.success else failure_of(result),
        abandoned_runs=abandoned,
    )


def step_seconds(instance: dg.DagsterInstance, run_id: str) -> dict[str, float]:
    """How long each step of a run took, from the run's own records."""
    return {
        step.step_key: step.end_time - step.start_time
        for step in instance.get_run_step_stats(run_id)
        if step.start_time is not None and step.end_time is not None
    }


def failure_of(result: dg.ExecuteInProcessResult) -> StepFailure:
    """The failed step of a run and its error (with its causes) as one paragraph."""
    for event in result.get_step_failure_events():
        error = event.step_failure_data.error
        messages = []
        while error is not None:
            messages.append(error.message)
            error = error.cause
        return StepFailure(event.step_key or "run", one_paragraph(" ".join(messages)))
    failed = [event for event in result.all_events if event.is_run_failure]
    message = failed[-1].message if failed and failed[-1].message else "the run failed"
    return StepFailure("run", one_paragraph(message))


def one_paragraph(text: str) -> str:
    """`text` on one line, whitespace collapsed, cut at ERROR_PARAGRAPH_CHARS."""
    flat = re.sub(r"\s+", " ", text).strip()
    if len(flat) <= ERROR_PARAGRAPH_CHARS:
        return flat
    return flat[: ERROR_PARAGRAPH_CHARS - 1].rstrip() + "…"
