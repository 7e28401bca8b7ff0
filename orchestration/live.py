"""Live mode: one long-lived process that materializes as soon as landing files arrive.

It does what the landing sensor does under the Dagster daemon — look at `landing/`, and
run the pipeline job through Dagster's asset graph when new files are there, each run
recorded in the instance like any other — but it pays the start-up (importing Dagster
and dbt, loading the definitions) once, not once per run. A file that lands while a run
is going is picked up by the next look.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from orchestration.runner import PipelineRun, run_pipeline
from sessionlens.core.landing import landing_files

LIVE_TAG = {"sessionlens/trigger": "live"}


class LandingWatch:
    """New landing files since the last look, by name (not by time: a file moved into
    `landing/` keeps its older modification time)."""

    def __init__(self, landing_dir: Path) -> None:
        self._landing_dir = landing_dir
        self._seen: set[str] = set()

    def arrivals(self) -> list[str]:
        """The files that landed since the last call (every file, at the first)."""
        names = {path.name for path in landing_files(self._landing_dir)}
        new = sorted(names - self._seen)
        self._seen = names
        return new


def run_live(
    landing_dir: Path,
    interval_seconds: float,
    on_run: Callable[[list[str], PipelineRun], None],
    stop: threading.Event,
    run_config: Mapping[str, Any] | None = None,
) -> None:
    """Look at `landing_dir` every `interval_seconds` until `stop` is set; run the
    pipeline once for whatever arrived and hand each run to `on_run`. Ingestion skips
    the files it already has, so the first look's run (over every file) only catches up."""
    watch = LandingWatch(landing_dir)
    while not stop.is_set():
        if arrived := watch.arrivals():
            on_run(arrived, run_pipeline(run_config, tags=LIVE_TAG))
        stop.wait(interval_seconds)
