"""What `sessionlens materialize` and `sessionlens status` tell an operator, checked against
independent counts: the landing files read directly, the raw tables and the snapshot.

The deployment ran `materialize --json` with stderr captured (not a terminal), so its
progress is the plain-line kind; Dagster's and dbt's lines went to the log file.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
from datetime import UTC
from pathlib import Path

import duckdb

from sessionlens.core.settings import Paths
from sessionlens.core.snapshots import connect, read_current
from tests.deployment import BAD_LINES, SESSIONLENS, Deployment, run


def _lines(path: Path) -> int:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return sum(1 for line in handle if line.strip())


def test_the_summary_counts_equal_the_landing_files_and_the_raw_tables(
    deployment: Deployment,
) -> None:
    summary = deployment.summary
    ingestion = summary["ingestion"]
    landing = sorted(deployment.paths.landing_dir.iterdir())
    generated_lines = sum(_lines(path) for path in landing if path.suffix == ".gz")
    assert summary["success"] is True and summary["failure"] is None
    # From the files themselves: every line, the first copy of each event, the bad lines.
    assert ingestion["files_read"] == len(landing)
    assert ingestion["files_already_ingested"] == 0
    assert ingestion["lines_read"] == generated_lines + len(BAD_LINES)
    assert ingestion["events_accepted"] == len(deployment.events)
    assert ingestion["duplicates"] == generated_lines - len(deployment.events)
    assert ingestion["rejected_lines"] == len(BAD_LINES)
    # From the raw tables.
    with duckdb.connect(str(deployment.paths.raw_db), read_only=True) as raw:
        (events,) = raw.execute("select count(*) from events").fetchone()
        (rejected,) = raw.execute("select count(*) from rejected_lines").fetchone()
        reasons = raw.execute(
            "select reason, count(*) from rejected_lines group by 1 order by 2 desc, 1 limit 3"
        ).fetchall()
    assert ingestion["events_accepted"] == ingestion["events_in_warehouse"] == events
    assert ingestion["rejected_lines"] == ingestion["rejected_lines_in_warehouse"] == rejected
    assert [(r["reason"], r["lines"]) for r in ingestion["top_rejection_reasons"]] == reasons


def test_the_summary_names_the_published_snapshot_and_its_marts(deployment: Deployment) -> None:
    published = deployment.summary["snapshot"]
    current = read_current(deployment.paths)
    assert current is not None and published["snapshot_id"] == current.snapshot_id
    assert published["published_at"] == current.published_at.isoformat()
    with connect(current) as snapshot:
        tables = [row[0] for row in snapshot.execute("show tables").fetchall()]
        rows = {t: snapshot.execute(f'select count(*) from "{t}"').fetchone()[0] for t in tables}
    assert published["mart_rows"] == rows
    # The first publish: every mart with rows is a change from nothing.
    assert published["mart_row_changes"] == {t: n for t, n in rows.items() if n}
    steps = deployment.summary["step_seconds"]
    assert {"raw_tables", "sessionlens_dbt_models", "published_snapshot"} <= set(steps)
    assert all(seconds >= 0 for seconds in steps.values())


def test_progress_off_a_terminal_is_plain_lines_and_the_logs_go_to_their_file(
    deployment: Deployment,
) -> None:
    progress = deployment.progress
    assert "\x1b" not in progress and "\r" not in progress
    lines = progress.splitlines()
    log = Path(deployment.summary["log"])
    assert lines[0] == f"Dagster and dbt log to {log}"
    assert log.parent == deployment.paths.logs_dir and log.is_file()
    files = deployment.summary["ingestion"]["files_read"]
    assert f"ingest: started, {files} files" in lines
    assert any(
        re.fullmatch(rf"ingest: done {files} files in \S+ · [\d,]+ lines read", x) for x in lines
    )
    assert any(re.fullmatch(r"dbt build: started, \d+ nodes", line) for line in lines)
    assert any(line.startswith("dbt build: done ") for line in lines)
    assert any(line.startswith("publish: done ") for line in lines)
    # Dagster's own lines (such as the ingestion's report) are in the log, not on stderr.
    dagster_line = f"- raw_tables - batch {deployment.summary['ingestion']['batch_id']}: "
    assert dagster_line in log.read_text() and dagster_line not in progress


def test_status_reports_the_deployment(deployment: Deployment) -> None:
    env = {**os.environ, "SESSIONLENS_HOME": str(deployment.paths.home)}
    port = deployment.url.rsplit(":", 1)[1]
    status = json.loads(run("status", "--json", "--port", port, env=env))
    summary = deployment.summary
    assert status["snapshot"]["snapshot_id"] == summary["snapshot"]["snapshot_id"]
    assert status["snapshot"]["mart_rows"] == summary["snapshot"]["mart_rows"]
    assert status["last_run"]["status"] == "SUCCESS"
    assert status["last_run"]["run_id"] == summary["run_id"]
    assert status["running"]["materialization"] is None
    assert status["gateway"]["ready"] is True
    assert status["gateway"]["detail"] == "ready"
    ingestion = summary["ingestion"]
    assert status["ingestion"] == {
        "last_batch_id": ingestion["batch_id"],
        "last_batch_events": ingestion["events_accepted"],
        "last_batch_duplicates": ingestion["duplicates"],
        "last_batch_rejected_lines": ingestion["rejected_lines"],
        "total_events": ingestion["events_in_warehouse"],
        "total_rejected_lines": ingestion["rejected_lines_in_warehouse"],
    }
    latest = {}
    for event in deployment.events:
        latest[event.partner_id] = max(latest.get(event.partner_id, event.at), event.at)
    assert {p["partner_id"]: p["watermark_at"] for p in status["partners"]} == {
        partner: at.astimezone(UTC).isoformat() for partner, at in sorted(latest.items())
    }
    text = run("status", "--port", port, env=env)
    assert text.startswith(f"published    {summary['snapshot']['snapshot_id']} at ")
    assert f"gateway      {deployment.url}: ready (ready)" in text


def test_a_failed_materialization_names_its_step_its_error_and_its_log(tmp_path: Path) -> None:
    paths = Paths(tmp_path / "home").ensure()
    (paths.landing_dir / "events.jsonl").write_text('{"event_type": "reaction"}\n')
    paths.raw_db.write_bytes(b"not a DuckDB database, as a damaged disk would leave it")
    env = {**os.environ, "SESSIONLENS_HOME": str(paths.home)}
    done = subprocess.run(
        [SESSIONLENS, "materialize", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 1, done.stderr[-3000:]
    summary = json.loads(done.stdout)
    assert summary["success"] is False
    assert summary["failure"]["step"] == "raw_tables"
    error = summary["failure"]["error"]
    assert "\n" not in error and "raw.duckdb" in error
    assert summary["snapshot"] is None and read_current(paths) is None
    log = Path(summary["log"])
    assert log.is_file() and "STEP_FAILURE" in log.read_text()
