"""End-to-end check of the recording, audience, quality, error and app-session marts.

Hand-written raw events cover the subtle rules of docs/METRICS.md (completion midpoints,
plays without a start or without segments, live vs recording contexts, call-quality
thresholds, app-session timeout and conclusion, two partners sharing ids); the
expected mart rows below were worked out by hand from those events. The shared
harness loads no rejected lines, so `rejected_lines` is checked here for its
columns only and by its dbt unit test for its rows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.dbt.harness import EventRow, at, dbt_build, mart_columns, mart_rows, raw_events

MARTS = (
    "recordings", "viewer_contexts", "countries", "devices", "quality_samples",
    "errors", "app_sessions", "app_events", "rejected_lines",
)  # fmt: skip
BERLIN = {"country": "DE", "platform": "desktop", "device": "MacBook", "os": "macOS",
          "browser": "Chrome"}  # fmt: skip
PARIS_PHONE = {"country": "FR", "platform": "mobile", "device": "iPhone 15", "os": "iOS",
               "browser": "Safari", "region": "IDF", "city": "Paris"}  # fmt: skip
NO_CONTEXT = {"country": None, "platform": None, "device": None, "os": None, "browser": None}
MINUTE = 60.0


def recording_quality_app_events() -> list[EventRow]:
    """The raw events, in landing-file line order."""
    return [
        # p1/s1: u1 watches live from Berlin, then the recording from a Paris phone.
        ("e01", "session_started", at("10:00:00"), {"meeting_id": "m-1", "title": "Kickoff"}),
        ("e02", "participant_joined", at("10:00:30"),
         {"user_id": "u2", "name": "Bob", "connect_ms": 100}),
        ("e03", "view_heartbeat", at("10:01:00"),
         {"user_id": "u1", **BERLIN, "tab_in_focus": True, "fullscreen": False,
          "sound_on": True}),
        ("e04", "view_heartbeat", at("10:02:00"),
         {"user_id": "u2", "tab_in_focus": True, "fullscreen": False, "sound_on": True}),
        ("e05", "error", at("10:05:00"), {"user_id": "u2", "error_type": "network",
                                          "code": "1006", "message": "ICE failed"}),
        ("e06", "error", at("10:06:00"), {"user_id": "u3", "error_type": "device",
                                          "code": "NotAllowed", "message": "No camera"}),
        # Call quality: exactly at the GOOD limits; just above MODERATE; in between.
        ("e07", "quality_sample", at("10:07:00"),
         {"user_id": "u1", "media": "audio", "direction": "send", "jitter_ms": 30.0,
          "rtt_ms": 300.0, "bitrate_kbps": 64.0, "packet_loss_pct": 5.0}),
        ("e08", "quality_sample", at("10:07:00"),
         {"user_id": "u2", "media": "video", "direction": "receive", "peer_user_id": "u1",
          "jitter_ms": 61.0, "rtt_ms": 100.0, "bitrate_kbps": 900.0, "packet_loss_pct": 0.0,
          "fps": 30.0, "width": 1280, "height": 720}),
        ("e09", "quality_sample", at("10:07:10"),
         {"user_id": "u1", "media": "screen_share", "direction": "receive",
          "jitter_ms": 45.0, "rtt_ms": 600.0, "bitrate_kbps": 500.0,
          "packet_loss_pct": 10.0}),
        # Recordings.
        ("e10", "player_impression", at("10:29:50"), {"user_id": "u1", "recording_id": "rec-1",
                                                      **PARIS_PHONE}),
        ("e11", "play_started", at("10:30:00"),
         {"user_id": "u1", "recording_id": "rec-1", "play_id": "play-a", **PARIS_PHONE}),
        # [0, 30) and [20, 50) overlap; of 100 s: midpoints 0.5 … 49.5 → 50 percentiles.
        ("e12", "play_segment", at("10:30:30"),
         {"user_id": "u1", "recording_id": "rec-1", "play_id": "play-a",
          "start_s": 0.0, "end_s": 30.0, "duration_s": 100.0}),
        ("e13", "play_segment", at("10:31:00"),
         {"user_id": "u1", "recording_id": "rec-1", "play_id": "play-a",
          "start_s": 20.0, "end_s": 50.0, "duration_s": 100.0}),
        # Started, never watched.
        ("e14", "play_started", at("10:40:00"),
         {"user_id": "u3", "recording_id": "rec-1", "play_id": "play-b"}),
        # Seen only in a segment, which stops exactly at midpoint 10.5.
        ("e15", "play_segment", at("10:50:00"),
         {"user_id": "u4", "recording_id": "rec-1", "play_id": "play-c",
          "start_s": 0.0, "end_s": 10.5, "duration_s": 100.0}),
        # p1 app activity of u1: gaps of exactly 20:00 (same session) and 20:01 (new one);
        # the excluded and api events in between bridge nothing.
        ("a01", "app_event", at("12:00:00"), {"session_id": None, "user_id": "u1",
                                              "name": "App Launched", "platform": "mobile",
                                              "country": "DE"}),
        ("a02", "app_event", at("12:20:00"), {"session_id": None, "user_id": "u1",
                                              "name": "Product Viewed", "platform": "tv"}),
        ("a03", "app_event", at("12:30:00"), {"session_id": None, "user_id": "u1",
                                              "name": "App Installed"}),
        ("a04", "app_event", at("12:35:00"), {"session_id": None, "user_id": "u1",
                                              "name": "Product Viewed", "source": "api"}),
        ("a05", "app_event", at("12:40:01"), {"session_id": None, "user_id": "u1",
                                              "name": "Cart Viewed"}),
        ("a06", "app_event", at("12:40:02"), {"session_id": None, "user_id": "u1",
                                              "name": "Checkout", "platform": "tablet",
                                              "country": "FR"}),
        # Not counted, but it moves p1's watermark to 13:00:02: exactly 20 minutes past
        # u1's second session (still open), 40:02 past the first (concluded).
        ("a07", "app_event", at("13:00:02"), {"session_id": None, "user_id": "u9",
                                              "name": "Notification Sent"}),
        # p2 reuses session s1, user u1, play-a and event ids.
        ("e01", "view_heartbeat", at("08:00:00"),
         {"partner_id": "p2", "user_id": "u1", "country": "US", "tab_in_focus": True,
          "fullscreen": True, "sound_on": True}),
        ("e02", "play_started", at("08:05:00"),
         {"partner_id": "p2", "user_id": "u1", "recording_id": "rec-9", "play_id": "play-a",
          "country": "US"}),
        ("e03", "play_segment", at("08:06:00"),
         {"partner_id": "p2", "user_id": "u1", "recording_id": "rec-9", "play_id": "play-a",
          "start_s": 0.0, "end_s": 90.0, "duration_s": 90.0}),
        ("a01", "app_event", at("09:00:00"), {"partner_id": "p2", "session_id": None,
                                              "user_id": "u1", "name": "App Launched"}),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def build_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Run `dbt build` once on the hand-written events; return build.duckdb."""
    home = tmp_path_factory.mktemp("sessionlens_home")
    build_db, _ = dbt_build(home, raw_events(recording_quality_app_events(), "s1"))
    return build_db


def assert_rows(actual: dict[tuple, dict], expected: dict[tuple, dict]) -> None:
    """Same keys, and each expected column equal (every expected number is exact in binary)."""
    assert set(actual) == set(expected)
    for key, expected_row in expected.items():
        assert {column: actual[key][column] for column in expected_row} == expected_row, key


def test_recordings_mart(build_db: Path) -> None:
    recordings = mart_rows(
        build_db, "recordings", ("partner_id", "session_id", "activity", "play_id")
    )
    paris = {key: PARIS_PHONE[key] for key in ("country", "region", "city", "platform",
                                               "device", "os", "browser")}  # fmt: skip
    none = dict.fromkeys(paris)
    expected = {
        ("p1", "s1", "IMPRESSION", None): {
            "recording_id": "rec-1", "user_id": "u1", "activity_at": at("10:29:50"),
            "has_play_start": False, "duration_s": None, "minutes_viewed": 0.0,
            "completion_rate": None, **paris,
        },
        ("p1", "s1", "PLAY", "play-a"): {
            "recording_id": "rec-1", "user_id": "u1", "activity_at": at("10:30:00"),
            "has_play_start": True, "duration_s": 100.0, "minutes_viewed": 1.0,
            "completion_rate": 0.5, **paris,
        },
        ("p1", "s1", "PLAY", "play-b"): {
            "user_id": "u3", "activity_at": at("10:40:00"), "has_play_start": True,
            "duration_s": None, "minutes_viewed": 0.0, "completion_rate": 0.0, **none,
        },
        ("p1", "s1", "PLAY", "play-c"): {
            "user_id": "u4", "activity_at": at("10:50:00"), "has_play_start": False,
            "duration_s": 100.0, "minutes_viewed": 10.5 / MINUTE, "completion_rate": 0.1,
            **none,
        },
        ("p2", "s1", "PLAY", "play-a"): {
            "recording_id": "rec-9", "user_id": "u1", "activity_at": at("08:05:00"),
            "has_play_start": True, "duration_s": 90.0, "minutes_viewed": 1.5,
            "completion_rate": 1.0, **none, "country": "US",
        },
    }  # fmt: skip
    assert_rows(recordings, expected)


def test_viewer_contexts_mart(build_db: Path) -> None:
    contexts = mart_rows(
        build_db, "viewer_contexts", ("partner_id", "session_id", "user_id", "side")
    )
    assert_rows(contexts, {
        ("p1", "s1", "u1", "LIVE"): BERLIN,
        ("p1", "s1", "u2", "LIVE"): NO_CONTEXT,
        ("p1", "s1", "u1", "RECORDING"): {key: PARIS_PHONE[key] for key in NO_CONTEXT},
        ("p1", "s1", "u3", "RECORDING"): NO_CONTEXT,
        ("p2", "s1", "u1", "LIVE"): {**NO_CONTEXT, "country": "US"},
        ("p2", "s1", "u1", "RECORDING"): {**NO_CONTEXT, "country": "US"},
    })  # fmt: skip


def viewer_counts(live: int, recording: int, either: int) -> dict[str, int]:
    return {
        "live_unique_viewers": live,
        "recording_unique_viewers": recording,
        "unique_viewers": either,
    }


def test_countries_mart(build_db: Path) -> None:
    countries = mart_rows(build_db, "countries", ("partner_id", "session_id", "country"))
    assert_rows(countries, {
        ("p1", "s1", "DE"): viewer_counts(1, 0, 1),
        ("p1", "s1", "FR"): viewer_counts(0, 1, 1),
        # u2 (live, no context) and u3 (played, no context) share the null group.
        ("p1", "s1", None): viewer_counts(1, 1, 2),
        # u1 watched live and recorded from the US: one viewer.
        ("p2", "s1", "US"): viewer_counts(1, 1, 1),
    })  # fmt: skip


def test_devices_mart(build_db: Path) -> None:
    devices = mart_rows(
        build_db, "devices", ("partner_id", "session_id", "platform", "device", "os", "browser")
    )
    assert_rows(devices, {
        ("p1", "s1", "desktop", "MacBook", "macOS", "Chrome"): viewer_counts(1, 0, 1),
        ("p1", "s1", "mobile", "iPhone 15", "iOS", "Safari"): viewer_counts(0, 1, 1),
        ("p1", "s1", None, None, None, None): viewer_counts(1, 1, 2),
        ("p2", "s1", None, None, None, None): viewer_counts(1, 1, 1),
    })  # fmt: skip


def test_quality_samples_mart(build_db: Path) -> None:
    samples = mart_rows(build_db, "quality_samples", ("partner_id", "event_id"))
    berlin = {"country": "DE", "platform": "desktop", "browser": "Chrome"}
    assert_rows(samples, {
        ("p1", "e07"): {
            "session_id": "s1", "sampled_at": at("10:07:00"), "user_id": "u1",
            "sender_user_id": "u1", "receiver_user_id": None, "media": "AUDIO",
            "direction": "SEND", "jitter_ms": 30.0, "rtt_ms": 300.0, "bitrate_kbps": 64.0,
            "packet_loss_pct": 5.0, "fps": None, "width": None, "height": None,
            "category": "GOOD", **berlin,
        },
        ("p1", "e08"): {
            "user_id": "u2", "sender_user_id": "u1", "receiver_user_id": "u2",
            "media": "VIDEO", "direction": "RECEIVE", "fps": 30.0, "width": 1280,
            "height": 720, "category": "POOR", "country": None, "platform": None,
            "browser": None,
        },
        ("p1", "e09"): {
            "user_id": "u1", "sender_user_id": None, "receiver_user_id": "u1",
            "media": "SCREEN_SHARE", "direction": "RECEIVE", "category": "MODERATE", **berlin,
        },
    })  # fmt: skip


def test_errors_mart(build_db: Path) -> None:
    errors = mart_rows(build_db, "errors", ("partner_id", "event_id"))
    assert_rows(errors, {
        ("p1", "e05"): {"session_id": "s1", "user_id": "u2", "name": "Bob",
                        "error_type": "network", "code": "1006", "message": "ICE failed",
                        "occurred_at": at("10:05:00")},
        # u3 never joined: no name.
        ("p1", "e06"): {"session_id": "s1", "user_id": "u3", "name": None,
                        "error_type": "device", "code": "NotAllowed", "message": "No camera",
                        "occurred_at": at("10:06:00")},
    })  # fmt: skip


def test_app_sessions_mart(build_db: Path) -> None:
    sessions = mart_rows(build_db, "app_sessions", ("partner_id", "user_id", "started_at"))
    assert_rows(sessions, {
        ("p1", "u1", at("12:00:00")): {
            "ended_at": at("12:20:00"), "length_seconds": 1200.0, "event_count": 2,
            "status": "CONCLUDED", "concluded_at": at("12:20:00"), "length_bucket": "10-30m",
            "platform": "mobile", "country": "DE",
        },
        # Its earliest counted event has no context: the next one's is used.
        ("p1", "u1", at("12:40:01")): {
            "ended_at": at("12:40:02"), "length_seconds": 1.0, "event_count": 2,
            "status": "OPEN", "concluded_at": None, "length_bucket": "0-10s",
            "platform": "tablet", "country": "FR",
        },
        ("p2", "u1", at("09:00:00")): {
            "ended_at": at("09:00:00"), "length_seconds": 0.0, "event_count": 1,
            "status": "OPEN", "concluded_at": None, "length_bucket": "0-10s",
            "platform": None, "country": None,
        },
    })  # fmt: skip


def test_app_events_keep_every_event_and_carry_their_session_id(build_db: Path) -> None:
    events = mart_rows(build_db, "app_events", ("partner_id", "event_id"))
    sessions = mart_rows(build_db, "app_sessions", ("partner_id", "user_id", "started_at"))
    first_session = sessions["p1", "u1", at("12:00:00")]["app_session_id"]
    second_session = sessions["p1", "u1", at("12:40:01")]["app_session_id"]
    p2_session = sessions["p2", "u1", at("09:00:00")]["app_session_id"]
    assert len({first_session, second_session}) == 2

    def counted(session: str, **context: str | None) -> dict:
        return {"app_session_id": session, "is_counted": True, "excluded_reason": None,
                **context}  # fmt: skip

    def excluded(reason: str) -> dict:
        return {"app_session_id": None, "is_counted": False, "excluded_reason": reason}

    assert_rows(events, {
        ("p1", "a01"): {"user_id": "u1", "event_at": at("12:00:00"), "name": "App Launched",
                        **counted(first_session, platform="mobile", country="DE")},
        # Each event's own context, not its session's.
        ("p1", "a02"): {"name": "Product Viewed",
                        **counted(first_session, platform="tv", country=None)},
        ("p1", "a03"): {"name": "App Installed", **excluded("EXCLUDED_NAME")},
        ("p1", "a04"): {"name": "Product Viewed", **excluded("API_SOURCE")},
        ("p1", "a05"): {"name": "Cart Viewed", **counted(second_session)},
        ("p1", "a06"): {"name": "Checkout", **counted(second_session)},
        # A user with no counted event still has their events.
        ("p1", "a07"): {"user_id": "u9", "name": "Notification Sent",
                        **excluded("EXCLUDED_NAME")},
        ("p2", "a01"): {"user_id": "u1", **counted(p2_session)},
    })  # fmt: skip


def test_marts_have_exactly_the_gateway_columns(build_db: Path) -> None:
    context = ["country", "region", "city", "platform", "device", "os", "browser"]
    side_counts = ["live_unique_viewers", "recording_unique_viewers", "unique_viewers"]
    expected = {
        "recordings": ["partner_id", "session_id", "recording_id", "user_id", "activity",
                       "activity_at", "play_id", "has_play_start", "duration_s",
                       "minutes_viewed", "completion_rate", *context],
        "viewer_contexts": ["partner_id", "session_id", "user_id", "side", "country",
                            "platform", "device", "os", "browser"],
        "countries": ["partner_id", "session_id", "country", *side_counts],
        "devices": ["partner_id", "session_id", "platform", "device", "os", "browser",
                    *side_counts],
        "quality_samples": ["partner_id", "session_id", "event_id", "sampled_at", "user_id",
                            "sender_user_id", "receiver_user_id", "media", "direction",
                            "jitter_ms", "rtt_ms", "bitrate_kbps", "packet_loss_pct", "fps",
                            "width", "height", "category", "country", "platform", "browser"],
        "errors": ["partner_id", "session_id", "event_id", "user_id", "name", "error_type",
                   "code", "message", "occurred_at"],
        "app_sessions": ["partner_id", "app_session_id", "user_id", "started_at", "ended_at",
                         "length_seconds", "event_count", "status", "concluded_at",
                         "length_bucket", "platform", "country"],
        "app_events": ["partner_id", "event_id", "user_id", "event_at", "name",
                       "app_session_id", "is_counted", "excluded_reason", "platform",
                       "country"],
        "rejected_lines": ["partner_id", "file", "line_number", "reason", "event_type",
                           "rejected_at", "raw_line"],
    }  # fmt: skip
    assert {mart: mart_columns(build_db, mart) for mart in MARTS} == expected
