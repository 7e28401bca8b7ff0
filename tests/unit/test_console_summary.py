"""The materialize summary, rendered from what a run recorded: counts, the top rejection
reasons and how to query them, mart row changes, step times; on failure the step, its
error in one paragraph and the log."""

from __future__ import annotations

import json
from pathlib import Path

from orchestration.runner import ERROR_PARAGRAPH_CHARS, PipelineRun, StepFailure, one_paragraph
from sessionlens.console import summary

LOG = Path("/data/logs/materialize-20261204T120000Z.log")
SUCCEEDED = PipelineRun(
    success=True,
    seconds=42.25,
    run_id="run-1",
    metadata={
        "raw/events": {
            "batch_id": "b-1",
            "lines": 1_010,
            "accepted": 990,
            "duplicates": 7,
            "total_events": 5_990,
            "watermarks": {"p-acme": "2026-03-02T11:59:00+00:00"},
        },
        "raw/rejected_lines": {
            "rejected": 13,
            "total_rejected": 40,
            "top_reasons": [
                {"reason": "not valid JSON: truncated", "lines": 9},
                {"reason": "missing required field `event_type`", "lines": 3},
                {"reason": "an event must be a JSON object, got array", "lines": 1},
            ],
        },
        "raw/ingested_files": {"files": 2, "skipped_files": 10},
        "published_snapshot": {
            "snapshot_id": "snap-2",
            "published_at": "2026-12-04T12:01:00+00:00",
            "rows": {"sessions": 12, "timeline": 900, "errors": 2},
            "row_changes": {"sessions": 2, "timeline": 150, "errors": 0},
        },
    },
    step_seconds={"raw_tables": 3.04, "sessionlens_dbt_models": 30.5, "published_snapshot": 1.0},
)


def test_the_summary_of_a_run_lists_what_it_read_kept_rejected_and_published() -> None:
    text = summary.as_text(SUCCEEDED, LOG)
    assert text.splitlines() == [
        "materialize succeeded in 42.2 s (run run-1)",
        "  read        2 new files (10 already ingested), 1,010 lines",
        "  events      990 accepted · 7 duplicates dropped · 13 lines rejected",
        "  rejected    most common reasons:",
        "                    9  not valid JSON: truncated",
        "                    3  missing required field `event_type`",
        "                    1  an event must be a JSON object, got array",
        f"              query them (admin key): {summary.REJECTS_QUERY}",
        "  warehouse   5,990 events and 40 rejected lines in all",
        "  snapshot    snap-2 published at 2026-12-04 12:01:00 UTC",
        "  marts       sessions 12 (+2) · timeline 900 (+150) · 1 unchanged",
        "  steps       raw_tables 3.0 s · sessionlens_dbt_models 30.5 s · published_snapshot 1.0 s",
        f"  log         {LOG}",
    ]


def test_the_json_summary_is_one_object_with_the_same_figures() -> None:
    (line,) = summary.as_json(SUCCEEDED, LOG).splitlines()
    data = json.loads(line)
    assert data["success"] is True and data["failure"] is None
    assert data["ingestion"] == {
        "batch_id": "b-1",
        "files_read": 2,
        "files_already_ingested": 10,
        "lines_read": 1_010,
        "events_accepted": 990,
        "duplicates": 7,
        "rejected_lines": 13,
        "top_rejection_reasons": SUCCEEDED.metadata["raw/rejected_lines"]["top_reasons"],
        "events_in_warehouse": 5_990,
        "rejected_lines_in_warehouse": 40,
    }
    assert data["snapshot"]["mart_row_changes"] == {"sessions": 2, "timeline": 150}
    assert data["step_seconds"]["sessionlens_dbt_models"] == 30.5
    assert data["log"] == str(LOG)


def test_a_failed_run_names_the_step_its_error_and_the_log() -> None:
    failed = PipelineRun(
        success=False,
        seconds=5.0,
        run_id="run-2",
        metadata={},
        step_seconds={"raw_tables": 2.0},
        failure=StepFailure("raw_tables", "IOException: raw.duckdb is not a database file"),
    )
    lines = summary.as_text(failed, LOG).splitlines()
    assert lines == [
        "materialize FAILED at step raw_tables after 5.0 s",
        "  error       IOException: raw.duckdb is not a database file",
        "  steps       raw_tables 2.0 s",
        f"  log         {LOG}",
    ]
    data = json.loads(summary.as_json(failed, LOG))
    assert data["failure"] == {
        "step": "raw_tables",
        "error": "IOException: raw.duckdb is not a database file",
    }
    assert data["ingestion"] is None and data["snapshot"] is None


def test_an_error_becomes_one_bounded_paragraph() -> None:
    assert (
        one_paragraph("Error in step:\n\n  File 'x'\tline 3\n") == "Error in step: File 'x' line 3"
    )
    long = one_paragraph("word " * 1_000)
    assert len(long) == ERROR_PARAGRAPH_CHARS and long.endswith("…")
