"""`sessionlens live` as a person sees it: one line per run on stderr while it watches
`landing/`, Dagster's and dbt's lines in one log file for the process (unless verbose)."""

from __future__ import annotations

import signal
import sys
import threading
from contextlib import nullcontext, suppress
from datetime import UTC, datetime
from pathlib import Path

from orchestration.live import run_live
from orchestration.runner import PipelineRun
from sessionlens.console import summary
from sessionlens.console.logs import output_to_log, run_log_path
from sessionlens.console.materialize import CONSOLE_LOG_CONFIG
from sessionlens.core.settings import Paths

# How often the main thread wakes while the runs' thread works (signals are handled then).
JOIN_SECONDS = 0.5


def live(paths: Paths, interval_seconds: float, *, verbose: bool) -> int:
    """Materialize whatever lands until SIGTERM or Ctrl-C; a run in progress finishes
    first (a second Ctrl-C leaves at once, and the next start fails the abandoned run)."""
    log: Path | None = None if verbose else run_log_path(paths.logs_dir, "live")
    print(
        f"watching {paths.landing_dir} every {interval_seconds:g} s"
        + (f"; Dagster and dbt log to {log}" if log else ""),
        file=sys.stderr,
        flush=True,
    )
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    output = nullcontext(sys.stderr) if log is None else output_to_log(log)
    with output as stream:

        def report(arrived: list[str], run: PipelineRun) -> None:
            print(run_line(arrived, run), file=stream, flush=True)

        # The runs go on a thread of their own: on the main thread, Dagster's run
        # execution takes SIGTERM and SIGINT over and fails the run in progress.
        runs = threading.Thread(
            target=run_live,
            args=(paths.landing_dir, interval_seconds, report, stop, CONSOLE_LOG_CONFIG),
            name="live-runs",
            daemon=True,
        )
        runs.start()
        try:
            while runs.is_alive():
                runs.join(JOIN_SECONDS)
        except KeyboardInterrupt:
            print("stopping after the run in progress (Ctrl-C again to leave now)", file=stream)
            stop.set()
            with suppress(KeyboardInterrupt):
                runs.join()
    return 0


def run_line(arrived: list[str], run: PipelineRun) -> str:
    """One run in one line: when, what arrived, the outcome, what it ingested and published."""
    done = summary.as_dict(run, None)
    files = f"{len(arrived)} new file{'s' if len(arrived) != 1 else ''}"
    head = f"{datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC  {files}: "
    if failure := done["failure"]:
        return head + f"FAILED in {run.seconds:.1f} s at {failure['step']}: {failure['error']}"
    parts = [f"succeeded in {run.seconds:.1f} s (run {run.run_id})"]
    if ingestion := done["ingestion"]:
        parts.append(f"{ingestion['events_accepted']:,} events")
    if published := done["snapshot"]:
        shared = run.metadata.get("published_snapshot", {}).get("shared", [])
        marts = len(published["mart_rows"])
        parts.append(f"snapshot {published['snapshot_id']} ({len(shared)} of {marts} marts shared)")
    return head + ", ".join(parts)
