"""End-to-end check of the dbt project: raw events in, `marts.sessions` / `marts.participants` out.

A hand-written set of raw events covers the subtle rules of SPEC §3 (join interval
pairing, ties, session end vs watermark, contexts, two partners sharing ids); the
expected mart rows below were worked out by hand from those events.
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
import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
DBT_PROJECT_DIR = REPO_ROOT / "dbt_project"
RAW_TABLES_SQL = REPO_ROOT / "orchestration" / "sql" / "raw_tables.sql"
DBT_EXECUTABLE = Path(sys.executable).parent / "dbt"
CONTEXT_KEYS = (
    "country", "region", "city", "platform", "device",
    "os", "os_version", "browser", "browser_version", "sdk_version",
)  # fmt: skip


def at(clock: str) -> datetime:
    """A UTC time on the test day, e.g. at("10:01:00.250")."""
    return datetime.fromisoformat(f"2026-03-01T{clock}")


def raw_events() -> list[dict[str, Any]]:
    """The raw `events` rows, in landing-file line order."""
    berlin = {
        "country": "DE", "region": "BE", "city": "Berlin", "platform": "desktop",
        "device": "MacBook", "os": "macOS", "os_version": "14.4", "browser": "Chrome",
        "browser_version": "124", "sdk_version": "2.1.0",
    }  # fmt: skip
    ann = {"name": "Ann", "job_title": "CTO", "company": "Acme", "industry": "Tech"}
    rows: list[tuple[str, str, datetime, dict[str, Any]]] = [
        # p1/s1: ended at 10:40; a second session_ended is later and ignored.
        ("e01", "session_started", at("10:00:00"),
         {"meeting_id": "m-1", "title": "Kickoff", "recording_id": "rec-1"}),
        ("e02", "service_started", at("10:00:05"), {"service": "recording"}),
        ("e03", "service_started", at("10:00:06"), {"service": "rtmp"}),
        ("e04", "participant_joined", at("10:00:30"),
         {"user_id": "u2", "name": "Bob", "role": "attendee", "connect_ms": 300, "country": "US"}),
        ("e05", "participant_joined", at("10:01:00.250"),
         {"user_id": "u1", **ann, "role": "host", "connect_ms": 120}),
        ("e06", "view_heartbeat", at("10:01:05"), {"user_id": "u1", **berlin}),
        ("e07", "chat_message", at("10:02:00"), {"user_id": "u1", "country": "FR"}),
        ("e08", "participant_joined", at("10:03:00"),
         {"user_id": "u1", "name": "Ann Dup", "role": "attendee", "connect_ms": 999}),
        ("e09", "participant_left", at("10:10:00.250"), {"user_id": "u1"}),
        ("e10", "participant_left", at("10:12:00"), {"user_id": "u1"}),
        ("e11", "participant_joined", at("10:15:00"),
         {"user_id": "u3", "name": "Cy", "connect_ms": 70}),
        ("e12", "participant_left", at("10:15:00"), {"user_id": "u3"}),
        ("e13", "participant_joined", at("10:20:00"),
         {"user_id": "u1", "name": "Ann", "role": "speaker", "connect_ms": 80}),
        ("e14", "participant_left", at("10:30:00"), {"user_id": "u2"}),
        ("e15", "session_ended", at("10:40:00"), {}),
        ("e16", "session_ended", at("10:45:00"), {}),
        # p1/s2: no session_started, never ended; p1's watermark is the app event.
        ("e17", "view_heartbeat", at("11:00:00"), {"session_id": "s2", "user_id": "u1",
                                                   "country": "GB"}),
        ("e18", "participant_joined", at("11:02:00"),
         {"session_id": "s2", "user_id": "u1", "name": "Ann", "connect_ms": 50}),
        ("e19", "service_started", at("11:05:00"), {"session_id": "s2", "service": "hls"}),
        ("e20", "app_event", at("11:30:00"), {"session_id": None, "user_id": "u1",
                                              "name": "App Launched"}),
        # p2 reuses session s1, user u1 and event ids; its watermark is 09:30.
        ("e01", "session_started", at("09:00:00"),
         {"partner_id": "p2", "meeting_id": "m-9", "title": "Other"}),
        ("e02", "participant_joined", at("09:00:10"),
         {"partner_id": "p2", "user_id": "u1", "name": "Other Ann", "connect_ms": 40}),
        ("e03", "participant_left", at("09:05:10"), {"partner_id": "p2", "user_id": "u1"}),
        ("e04", "reaction", at("09:30:00"),
         {"partner_id": "p2", "user_id": "u1", "reaction": "clap"}),
    ]  # fmt: skip
    events = []
    for line_number, (event_id, event_type, event_at, fields) in enumerate(rows, start=1):
        event = {
            "event_id": event_id,
            "event_type": event_type,
            "event_at": event_at,
            "partner_id": "p1",
            "session_id": "s1",
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
        connection.execute(RAW_TABLES_SQL.read_text())
        for event in events:
            columns = ", ".join(event)
            placeholders = ", ".join("?" for _ in event)
            connection.execute(
                f"insert into events ({columns}) values ({placeholders})", list(event.values())
            )


@pytest.fixture(scope="module")
def dbt_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """Run `dbt build` once on the hand-written events; return build.duckdb and run results."""
    home = tmp_path_factory.mktemp("sessionlens_home")
    create_raw_database(home / "warehouse" / "raw.duckdb", raw_events())
    target_path = home / "dbt_target"
    completed = subprocess.run(
        [
            str(DBT_EXECUTABLE), "build",
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
    assert completed.returncode == 0, completed.stdout[-5000:] + completed.stderr[-2000:]
    run_results = json.loads((target_path / "run_results.json").read_text())
    return home / "warehouse" / "build.duckdb", run_results


def mart_rows(build_db: Path, mart: str, key_columns: tuple[str, ...]) -> dict[tuple, dict]:
    with duckdb.connect(str(build_db), read_only=True) as connection:
        cursor = connection.execute(f"select * from marts.{mart}")
        names = [column[0] for column in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    return {tuple(row[key] for key in key_columns): row for row in rows}


def test_build_runs_unit_and_data_tests_successfully(dbt_build: tuple[Path, dict]) -> None:
    _, run_results = dbt_build
    statuses = {result["unique_id"]: result["status"] for result in run_results["results"]}
    unit_tests = [node for node in statuses if node.startswith("unit_test.")]
    data_tests = [node for node in statuses if node.startswith("test.")]
    assert len(unit_tests) >= 6
    assert len(data_tests) >= 20
    assert set(statuses.values()) <= {"success", "pass"}


def test_sessions_mart(dbt_build: tuple[Path, dict]) -> None:
    build_db, _ = dbt_build
    sessions = mart_rows(build_db, "sessions", ("partner_id", "session_id"))
    assert set(sessions) == {("p1", "s1"), ("p1", "s2"), ("p2", "s1")}
    expected = {
        ("p1", "s1"): {
            "meeting_id": "m-1", "title": "Kickoff", "recording_id": "rec-1",
            "status": "ENDED", "started_at": at("10:00:00"), "ended_at": at("10:40:00"),
            "duration_minutes": 40.0, "initiating_ms": 300, "unique_participants": 3,
            # u1: 9 + 20, u2: 29.5, u3: 0 (joined and left at the same instant)
            "participant_minutes": 58.5,
            "has_recording": True, "has_hls": False, "has_rtmp": True,
            "watermark_at": at("11:30:00"),
        },
        ("p1", "s2"): {
            "meeting_id": None, "title": None, "recording_id": None,
            "status": "ONGOING", "started_at": at("11:00:00"), "ended_at": None,
            "duration_minutes": 30.0, "initiating_ms": 50, "unique_participants": 1,
            "participant_minutes": 28.0,
            "has_recording": False, "has_hls": True, "has_rtmp": False,
            "watermark_at": at("11:30:00"),
        },
        ("p2", "s1"): {
            "meeting_id": "m-9", "title": "Other", "recording_id": None,
            "status": "ONGOING", "started_at": at("09:00:00"), "ended_at": None,
            "duration_minutes": 30.0, "initiating_ms": 40, "unique_participants": 1,
            "participant_minutes": 5.0,
            "has_recording": False, "has_hls": False, "has_rtmp": False,
            "watermark_at": at("09:30:00"),
        },
    }  # fmt: skip
    # Every expected minute value is an exact binary fraction, so plain equality is right.
    for key, expected_row in expected.items():
        actual = {column: sessions[key][column] for column in expected_row}
        assert actual == expected_row, key


def test_participants_mart(dbt_build: tuple[Path, dict]) -> None:
    build_db, _ = dbt_build
    participants = mart_rows(build_db, "participants", ("partner_id", "session_id", "user_id"))
    no_context = dict.fromkeys(CONTEXT_KEYS)
    expected = {
        ("p1", "s1", "u1"): {
            "name": "Ann", "job_title": "CTO", "company": "Acme", "industry": "Tech",
            "role": "host", "joined_at": at("10:01:00.250"),
            # The 10:12 leave closed nothing, but it is the last leave.
            "left_at": at("10:12:00"),
            # [10:01:00.25, 10:10:00.25] + [10:20, session end 10:40]
            "participant_minutes": 29.0, "connect_ms": 120, "join_count": 2,
            # From the heartbeat (the join carried no context); the later FR chat is ignored.
            "country": "DE", "region": "BE", "city": "Berlin", "platform": "desktop",
            "device": "MacBook", "os": "macOS", "os_version": "14.4", "browser": "Chrome",
            "browser_version": "124", "sdk_version": "2.1.0",
        },
        ("p1", "s1", "u2"): {
            "name": "Bob", "job_title": None, "company": None, "industry": None,
            "role": "attendee", "joined_at": at("10:00:30"), "left_at": at("10:30:00"),
            "participant_minutes": 29.5, "connect_ms": 300, "join_count": 1,
            **no_context, "country": "US",
        },
        ("p1", "s1", "u3"): {
            "name": "Cy", "role": None, "joined_at": at("10:15:00"), "left_at": at("10:15:00"),
            "participant_minutes": 0.0, "connect_ms": 70, "join_count": 1, **no_context,
        },
        ("p1", "s2", "u1"): {
            "name": "Ann", "joined_at": at("11:02:00"), "left_at": None,
            # Still joined: closed at p1's watermark (11:30).
            "participant_minutes": 28.0, "connect_ms": 50, "join_count": 1,
            **no_context, "country": "GB",
        },
        ("p2", "s1", "u1"): {
            "name": "Other Ann", "joined_at": at("09:00:10"), "left_at": at("09:05:10"),
            "participant_minutes": 5.0, "connect_ms": 40, "join_count": 1, **no_context,
        },
    }  # fmt: skip
    assert set(participants) == set(expected)
    for key, expected_row in expected.items():
        actual = {column: participants[key][column] for column in expected_row}
        assert actual == expected_row, key


def test_marts_have_exactly_the_gateway_columns(dbt_build: tuple[Path, dict]) -> None:
    build_db, _ = dbt_build
    with duckdb.connect(str(build_db), read_only=True) as connection:
        columns = {
            table: [name for (name,) in connection.execute(
                "select column_name from information_schema.columns"
                " where table_schema = 'marts' and table_name = ? order by ordinal_position",
                [table],
            ).fetchall()]
            for table in ("sessions", "participants")
        }  # fmt: skip
    assert columns["sessions"] == [
        "partner_id", "session_id", "meeting_id", "title", "recording_id", "status",
        "started_at", "ended_at", "duration_minutes", "initiating_ms", "unique_participants",
        "participant_minutes", "has_recording", "has_hls", "has_rtmp", "watermark_at",
    ]  # fmt: skip
    assert columns["participants"] == [
        "partner_id", "session_id", "user_id", "name", "job_title", "company", "industry",
        "role", "joined_at", "left_at", "participant_minutes", "connect_ms", "join_count",
        *CONTEXT_KEYS,
    ]  # fmt: skip
