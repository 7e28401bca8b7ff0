"""End-to-end check of the dbt project: raw events in, `marts.sessions` / `marts.participants` out.

A hand-written set of raw events covers the subtle rules of docs/METRICS.md (join interval
pairing, ties, session end vs watermark, contexts, two partners sharing ids); the
expected mart rows below were worked out by hand from those events.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.dbt.harness import (
    CONTEXT_KEYS,
    EventRow,
    at,
    dbt_build,
    mart_columns,
    mart_rows,
    raw_events,
)


def session_events() -> list[EventRow]:
    """The raw events, in landing-file line order."""
    berlin = {
        "country": "DE", "region": "BE", "city": "Berlin", "platform": "desktop",
        "device": "MacBook", "os": "macOS", "os_version": "14.4", "browser": "Chrome",
        "browser_version": "124", "sdk_version": "2.1.0",
    }  # fmt: skip
    ann = {"name": "Ann", "job_title": "CTO", "company": "Acme", "industry": "Tech"}
    return [
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


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """Run `dbt build` once on the hand-written events; return build.duckdb and run results."""
    home = tmp_path_factory.mktemp("sessionlens_home")
    return dbt_build(home, raw_events(session_events(), session_id="s1"))


def test_build_runs_unit_and_data_tests_successfully(built: tuple[Path, dict]) -> None:
    _, run_results = built
    statuses = {result["unique_id"]: result["status"] for result in run_results["results"]}
    unit_tests = [node for node in statuses if node.startswith("unit_test.")]
    data_tests = [node for node in statuses if node.startswith("test.")]
    assert len(unit_tests) >= 6
    assert len(data_tests) >= 20
    assert set(statuses.values()) <= {"success", "pass"}


def test_sessions_mart(built: tuple[Path, dict]) -> None:
    build_db, _ = built
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


def test_participants_mart(built: tuple[Path, dict]) -> None:
    build_db, _ = built
    participants = mart_rows(build_db, "participants", ("partner_id", "session_id", "user_id"))
    no_context = dict.fromkeys(CONTEXT_KEYS)
    expected = {
        ("p1", "s1", "u1"): {
            "name": "Ann", "job_title": "CTO", "company": "Acme", "industry": "Tech",
            "role": "HOST", "joined_at": at("10:01:00.250"),
            # The 10:12 leave closed nothing, but it is the last leave.
            "left_at": at("10:12:00"),
            # [10:01:00.25, 10:10:00.25] + [10:20, session end 10:40]
            "participant_minutes": 29.0, "connect_ms": 120, "join_count": 2,
            "is_participant": True, "is_live_viewer": True, "heartbeats": 1, "chat_messages": 1,
            # From the heartbeat (the join carried no context); the later FR chat is ignored.
            "country": "DE", "region": "BE", "city": "Berlin", "platform": "desktop",
            "device": "MacBook", "os": "macOS", "os_version": "14.4", "browser": "Chrome",
            "browser_version": "124", "sdk_version": "2.1.0",
        },
        ("p1", "s1", "u2"): {
            "name": "Bob", "job_title": None, "company": None, "industry": None,
            "role": "ATTENDEE", "joined_at": at("10:00:30"), "left_at": at("10:30:00"),
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
            "is_live_viewer": True, "heartbeats": 1, "chat_messages": 0,
            **no_context, "country": "GB",
        },
        ("p2", "s1", "u1"): {
            "name": "Other Ann", "joined_at": at("09:00:10"), "left_at": at("09:05:10"),
            "participant_minutes": 5.0, "connect_ms": 40, "join_count": 1, **no_context,
            "is_live_viewer": False, "is_viewer": False, "reactions": 1,
        },
    }  # fmt: skip
    assert set(participants) == set(expected)
    for key, expected_row in expected.items():
        actual = {column: participants[key][column] for column in expected_row}
        assert actual == expected_row, key


def test_marts_have_exactly_the_gateway_columns(built: tuple[Path, dict]) -> None:
    build_db, _ = built
    assert mart_columns(build_db, "sessions") == [
        "partner_id", "session_id", "meeting_id", "title", "recording_id", "status",
        "started_at", "ended_at", "duration_minutes", "initiating_ms", "unique_participants",
        "participant_minutes", "has_recording", "has_hls", "has_rtmp", "watermark_at",
    ]  # fmt: skip
    assert mart_columns(build_db, "participants") == [
        "partner_id", "session_id", "user_id", "name", "job_title", "company", "industry",
        "role", "is_participant", "is_live_viewer", "is_recording_viewer", "is_viewer",
        "joined_at", "left_at", "participant_minutes", "connect_ms", "join_count",
        "heartbeats", "engaged_heartbeats", "live_minutes_viewed", "live_engagement_rate",
        "recording_plays", "recording_minutes_viewed", "minutes_viewed", "reactions",
        "chat_messages", "polls_answered", "qa_threads", "attachment_downloads",
        "hands_raised", *CONTEXT_KEYS,
    ]  # fmt: skip
