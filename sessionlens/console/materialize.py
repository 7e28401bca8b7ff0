"""`sessionlens materialize` as a person sees it: progress while the pipeline runs, its
own log file for Dagster's and dbt's lines (unless verbose), and a summary at the end."""

from __future__ import annotations

import sys
from contextlib import nullcontext
from pathlib import Path

from orchestration.runner import PipelineRun, run_pipeline
from sessionlens.console import summary
from sessionlens.console.logs import output_to_log, run_log_path
from sessionlens.console.progress import console_progress
from sessionlens.core.progress import reporting
from sessionlens.core.settings import Paths

# Step-level lines from Dagster; its DEBUG events stay in the run's event log.
CONSOLE_LOG_CONFIG = {"loggers": {"console": {"config": {"log_level": "INFO"}}}}


def materialize(paths: Paths, *, as_json: bool, quiet: bool, verbose: bool) -> PipelineRun:
    """Run the pipeline once and print its summary (one JSON object with `as_json`) on
    stdout; progress goes to stderr."""
    log: Path | None = None if verbose else run_log_path(paths.logs_dir, "materialize")
    if log is not None and not quiet:
        print(f"Dagster and dbt log to {log}", file=sys.stderr, flush=True)
    # Verbose output interleaves log lines with progress: plain lines suit it, not a bar.
    output = nullcontext(sys.stderr) if log is None else output_to_log(log)
    with (
        output as stream,
        console_progress(stream, quiet=quiet, live=False if verbose else None) as progress,
        reporting(progress),
    ):
        run = run_pipeline(CONSOLE_LOG_CONFIG)
    print(summary.as_json(run, log) if as_json else summary.as_text(run, log), flush=True)
    return run
