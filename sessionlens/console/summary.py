"""The summary that ends `sessionlens materialize`: what the run read, kept, rejected and
published, and how long each step took; on failure, which step failed and why.

Every figure comes from the run itself (the assets' materialization metadata and the
step records, `orchestration.runner.PipelineRun`); `as_dict` is what `--json` prints.
"""

from __future__ import annotations

import json
import textwrap
from datetime import datetime
from pathlib import Path
from typing import Any

from orchestration.runner import PipelineRun

# How to look at rejected lines: the `ingestion` cube, with an admin key (lines whose
# partner is unreadable belong to no partner).
REJECTS_QUERY = "{ ingestion { rows { reason file rejectedLines } } }"
WIDTH = 100


def as_dict(run: PipelineRun, log: Path | None) -> dict[str, Any]:
    events = run.metadata.get("raw/events", {})
    rejected = run.metadata.get("raw/rejected_lines", {})
    files = run.metadata.get("raw/ingested_files", {})
    snapshot = run.metadata.get("published_snapshot")
    ingestion = None
    if events:
        ingestion = {
            "batch_id": events.get("batch_id"),
            "files_read": files.get("files", 0),
            "files_already_ingested": files.get("skipped_files", 0),
            "lines_read": events.get("lines", 0),
            "events_accepted": events.get("accepted", 0),
            "duplicates": events.get("duplicates", 0),
            "rejected_lines": rejected.get("rejected", 0),
            "top_rejection_reasons": rejected.get("top_reasons", []),
            "events_in_warehouse": events.get("total_events"),
            "rejected_lines_in_warehouse": rejected.get("total_rejected"),
        }
    published = None
    if snapshot:
        changes = snapshot.get("row_changes", {})
        published = {
            "snapshot_id": snapshot["snapshot_id"],
            "published_at": snapshot.get("published_at"),
            "mart_rows": snapshot.get("rows", {}),
            "mart_row_changes": {table: n for table, n in changes.items() if n},
        }
    return {
        "success": run.success,
        "run_id": run.run_id,
        "seconds": round(run.seconds, 3),
        "step_seconds": {step: round(s, 3) for step, s in run.step_seconds.items()},
        "ingestion": ingestion,
        "snapshot": published,
        "failure": (
            {"step": run.failure.step, "error": run.failure.error} if run.failure else None
        ),
        "log": str(log) if log else None,
        "abandoned_runs_marked_failed": run.abandoned_runs,
    }


def as_json(run: PipelineRun, log: Path | None) -> str:
    return json.dumps(as_dict(run, log))


def as_text(run: PipelineRun, log: Path | None) -> str:
    summary = as_dict(run, log)
    lines: list[str] = []
    if run.success:
        lines.append(f"materialize succeeded in {run.seconds:.1f} s (run {run.run_id})")
    else:
        step = run.failure.step if run.failure else "?"
        lines.append(f"materialize FAILED at step {step} after {run.seconds:.1f} s")
        if run.failure:
            lines += _field("error", run.failure.error)
    for run_id in run.abandoned_runs:
        lines += _field("recovered", f"marked run {run_id} failed: its process died")
    if ingestion := summary["ingestion"]:
        lines += _ingestion(ingestion)
    if published := summary["snapshot"]:
        lines += _published(published)
    if summary["step_seconds"]:
        steps = " · ".join(f"{step} {s:.1f} s" for step, s in summary["step_seconds"].items())
        lines += _field("steps", steps)
    if log:
        lines += _field("log", str(log))
    return "\n".join(lines)


def _field(label: str, text: str) -> list[str]:
    """`label` then `text` wrapped in the column after it."""
    indent = " " * 14
    wrapped = textwrap.wrap(text, WIDTH - len(indent), break_on_hyphens=False) or [""]
    return [f"  {label:<11} {wrapped[0]}", *(indent + line for line in wrapped[1:])]


def _ingestion(ingestion: dict[str, Any]) -> list[str]:
    lines = _field(
        "read",
        f"{ingestion['files_read']:,} new files ({ingestion['files_already_ingested']:,} "
        f"already ingested), {ingestion['lines_read']:,} lines",
    )
    lines += _field(
        "events",
        f"{ingestion['events_accepted']:,} accepted · {ingestion['duplicates']:,} duplicates "
        f"dropped · {ingestion['rejected_lines']:,} lines rejected",
    )
    if ingestion["top_rejection_reasons"]:
        lines += _field("rejected", "most common reasons:")
        for reason in ingestion["top_rejection_reasons"]:
            lines += _field("", f"{reason['lines']:>7,}  {reason['reason']}")
        lines += _field("", f"query them (admin key): {REJECTS_QUERY}")
    if ingestion["events_in_warehouse"] is not None:
        lines += _field(
            "warehouse",
            f"{ingestion['events_in_warehouse']:,} events and "
            f"{ingestion['rejected_lines_in_warehouse']:,} rejected lines in all",
        )
    return lines


def _published(published: dict[str, Any]) -> list[str]:
    published_at = datetime.fromisoformat(published["published_at"])
    lines = _field(
        "snapshot", f"{published['snapshot_id']} published at {published_at:%Y-%m-%d %H:%M:%S} UTC"
    )
    changes = published["mart_row_changes"]
    rows = published["mart_rows"]
    if changes:
        changed = " · ".join(
            f"{table} {rows[table]:,} ({n:+,})" for table, n in sorted(changes.items())
        )
        unchanged = len(rows) - len(changes)
        lines += _field("marts", changed + (f" · {unchanged} unchanged" if unchanged else ""))
    else:
        lines += _field("marts", f"no row count changed in the {len(rows)} marts")
    return lines
