"""Run the dbt project on hand-written raw events, in a temporary SESSIONLENS_HOME.

Shared by the dbt test modules: each writes its own events, builds once per module
and compares the marts with values worked out by hand.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb

from sessionlens.core.contract import raw_tables_ddl

REPO_ROOT = Path(__file__).resolve().parents[2]
DBT_PROJECT_DIR = REPO_ROOT / "dbt_project"
DBT_EXECUTABLE = Path(sys.executable).parent / "dbt"
CONTEXT_KEYS = (
    "country", "region", "city", "platform", "device",
    "os", "os_version", "browser", "browser_version", "sdk_version",
)  # fmt: skip

# (event_id, event_type, event_at, column overrides) in landing-file line order.
EventRow = tuple[str, str, datetime, dict[str, Any]]


def at(clock: str) -> datetime:
    """A UTC time on the test day, e.g. at("10:01:00.250")."""
    return datetime.fromisoformat(f"2026-03-01T{clock}")


def raw_events(rows: list[EventRow], session_id: str) -> list[dict[str, Any]]:
    """Raw `events` rows of partner p1 and `session_id` unless a row overrides them."""
    events = []
    for line_number, (event_id, event_type, event_at, fields) in enumerate(rows, start=1):
        event = {
            "event_id": event_id,
            "event_type": event_type,
            "event_at": event_at,
            "partner_id": "p1",
            "session_id": session_id,
            "source": "sdk",
            "source_file": "events-1.jsonl",
            "line_number": line_number,
            "batch_id": "batch-1",
            **fields,
        }
        event["has_context"] = any(key in fields for key in CONTEXT_KEYS)
        events.append(event)
    return events


def create_raw_database(raw_db: Path, events: list[dict[str, Any]]) -> None:
    raw_db.parent.mkdir(parents=True)
    with duckdb.connect(str(raw_db)) as connection:
        connection.execute(raw_tables_ddl())
        for event in events:
            columns = ", ".join(event)
            placeholders = ", ".join("?" for _ in event)
            connection.execute(
                f"insert into events ({columns}) values ({placeholders})", list(event.values())
            )


def dbt_build(home: Path, events: list[dict[str, Any]]) -> tuple[Path, dict[str, Any]]:
    """Load `events` as the raw layer under `home`, run `dbt build`; return build.duckdb
    and the run results. Fails with dbt's own output when anything errors."""
    create_raw_database(home / "warehouse" / "raw.duckdb", events)
    return home / "warehouse" / "build.duckdb", run_dbt(home, "build")


def run_dbt(home: Path, *arguments: str, check: bool = True) -> dict[str, Any]:
    """Run dbt (e.g. `"build", "--full-refresh"`) on the raw layer already under `home`;
    return the run results. Fails with dbt's own output when anything errors, unless
    `check` is false."""
    completed = invoke_dbt(home, *arguments)
    if check:
        assert completed.returncode == 0, completed.stdout[-5000:] + completed.stderr[-2000:]
    return json.loads((home / "dbt_target" / "run_results.json").read_text())


def invoke_dbt(home: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """One dbt command on the project with `home` as SESSIONLENS_HOME, its output kept."""
    target_path = home / "dbt_target"
    return subprocess.run(
        [
            str(DBT_EXECUTABLE), *arguments,
            "--project-dir", str(DBT_PROJECT_DIR),
            "--profiles-dir", str(DBT_PROJECT_DIR),
            "--target-path", str(target_path),
            "--log-path", str(home / "dbt_logs"),
        ],
        env={**os.environ, "SESSIONLENS_HOME": str(home)},
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip


def mart_rows(build_db: Path, mart: str, key_columns: tuple[str, ...]) -> dict[tuple, dict]:
    """Every row of `marts.<mart>`, keyed by the values of `key_columns`."""
    with duckdb.connect(str(build_db), read_only=True) as connection:
        cursor = connection.execute(f"select * from marts.{mart}")
        names = [column[0] for column in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    return {tuple(row[key] for key in key_columns): row for row in rows}


def mart_columns(build_db: Path, mart: str) -> list[str]:
    """The column names of `marts.<mart>` in table order."""
    with duckdb.connect(str(build_db), read_only=True) as connection:
        return [
            name
            for (name,) in connection.execute(
                "select column_name from information_schema.columns"
                " where table_schema = 'marts' and table_name = ? order by ordinal_position",
                [mart],
            ).fetchall()
        ]
