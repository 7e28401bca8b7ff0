"""The pipeline phases: generate the data set, a full materialization, then 1 % more
events and an incremental one. `sessionlens materialize` runs as a subprocess so its
memory is measured alone."""

from __future__ import annotations

import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import dagster as dg

from orchestration.runner import step_seconds
from sessionlens.bench.memory import MeasuredRun, run_measured
from sessionlens.core.settings import Paths
from sessionlens.generate import DEFAULT_END, generate

PARTNERS = 3
DAYS = 7
INCREMENT_SHARE = 0.01
# The increment is the day up to 6 hours after the base data set ends: new arrivals,
# some of them late for sessions the full build already saw.
INCREMENT_DAYS = 1
INCREMENT_DELAY = timedelta(hours=6)
# Dagster's and dbt's log lines go to the bench's own log of the run; its progress is the
# bench's phase.
MATERIALIZE = (sys.executable, "-m", "sessionlens.cli", "materialize", "--verbose", "--quiet")


@dataclass(frozen=True)
class Generated:
    events: int
    seconds: float


class MaterializeFailed(RuntimeError):
    pass


def _timed_generate(paths: Paths, events: int, seed: int, days: int, end: datetime) -> Generated:
    started = time.perf_counter()
    stats = generate(
        paths.landing_dir, events=events, seed=seed, partners=PARTNERS, days=days, end=end
    )
    return Generated(events=stats.events, seconds=time.perf_counter() - started)


def generate_base(paths: Paths, events: int, seed: int) -> Generated:
    return _timed_generate(paths, events, seed, DAYS, DEFAULT_END)


def generate_increment(paths: Paths, base_events: int, seed: int) -> Generated:
    """1 % of `base_events` more, from another seed so every event id is new."""
    events = max(1, round(base_events * INCREMENT_SHARE))
    return _timed_generate(paths, events, seed + 1, INCREMENT_DAYS, DEFAULT_END + INCREMENT_DELAY)


@dataclass(frozen=True)
class Materialized:
    run: MeasuredRun
    step_seconds: dict[str, float]  # per Dagster step, from the run's own records

    @property
    def outside_steps_seconds(self) -> float:
        """Process start-up, loading the definitions, and Dagster's own bookkeeping."""
        return self.run.seconds - sum(self.step_seconds.values())


def materialize(env: Mapping[str, str], log: Path, paths: Paths) -> Materialized:
    run = run_measured(MATERIALIZE, env, log)
    if run.exit_code != 0:
        raise MaterializeFailed(f"`sessionlens materialize` exited {run.exit_code}; see {log}")
    return Materialized(run, _latest_run_step_seconds(paths))


def _latest_run_step_seconds(paths: Paths) -> dict[str, float]:
    instance = dg.DagsterInstance.from_config(str(paths.dagster_home))
    try:
        (latest,) = instance.get_runs(limit=1)
        return step_seconds(instance, latest.run_id)
    finally:
        instance.dispose()
