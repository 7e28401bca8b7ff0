"""The live-session marts of docs/METRICS.md (`participants` viewing side, `timeline`, `polls`,
`poll_answers`), built by dbt from hand-written raw events.

One ended webinar of partner p1 exercises the 2-second reaction rule, engaged
heartbeats, viewers who never joined, a changed poll answer, a relaunched poll, an
unoffered chosen value, open-ended texts and a poll nobody answered; partner p2
reuses the same session, user and poll ids. Every expected value below was worked
out by hand from these events.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.dbt.harness import EventRow, at, dbt_build, mart_columns, mart_rows, raw_events

DESKTOP_DE = {
    "country": "DE", "platform": "desktop", "device": "MacBook", "os": "macOS",
    "browser": "Chrome",
}  # fmt: skip
MOBILE_US = {"country": "US", "platform": "mobile", "device": "iPhone 15"}


def heartbeat(user_id: str, flags: str, **fields: Any) -> dict[str, Any]:
    """A view_heartbeat's columns; `flags` spells tab_in_focus, fullscreen, sound_on as T/F."""
    tab_in_focus, fullscreen, sound_on = (flag == "T" for flag in flags)
    return {
        "user_id": user_id, "tab_in_focus": tab_in_focus, "fullscreen": fullscreen,
        "sound_on": sound_on, **fields,
    }  # fmt: skip


def webinar_events() -> list[EventRow]:
    """The raw events, in landing-file line order (default partner p1, session w1)."""
    p2 = {"partner_id": "p2"}
    return [
        ("e01", "session_started", at("10:00:00"), {"title": "Webinar"}),
        ("e02", "participant_joined", at("10:00:00"),
         {"user_id": "u1", "name": "Ann", "job_title": "CTO", "company": "Acme",
          "industry": "Tech", "role": "host", "connect_ms": 150}),
        # u1's context comes from this heartbeat (the join had none); FR is later.
        ("e03", "view_heartbeat", at("10:00:20"), heartbeat("u1", "TFT", **DESKTOP_DE)),
        ("e04", "view_heartbeat", at("10:00:30"), heartbeat("u1", "TFF", country="FR")),
        ("e05", "view_heartbeat", at("10:00:40"), heartbeat("u1", "FTT")),
        ("e06", "view_heartbeat", at("10:01:00"), heartbeat("u1", "FFT")),
        # Reactions: counted, 1.9 s (no), 2.0 s after that (yes), then a burst 1 s
        # apart: none counted, although 10:00:57 is 3.1 s after the last counted one.
        ("e07", "reaction", at("10:00:50"), {"user_id": "u1", "reaction": "clap"}),
        ("e08", "reaction", at("10:00:51.9"), {"user_id": "u1", "reaction": "clap"}),
        ("e09", "reaction", at("10:00:53.9"), {"user_id": "u1", "reaction": "heart"}),
        ("e10", "reaction", at("10:00:55"), {"user_id": "u1", "reaction": "heart"}),
        ("e11", "reaction", at("10:00:56"), {"user_id": "u1", "reaction": "wow"}),
        ("e12", "reaction", at("10:00:57"), {"user_id": "u1", "reaction": "wow"}),
        ("e13", "chat_message", at("10:01:05"), {"user_id": "u1", "message_id": "m1"}),
        ("e14", "chat_message", at("10:02:10"), {"user_id": "u1", "message_id": "m2"}),
        ("e15", "poll_launched", at("10:03:00"),
         {"poll_id": "q1", "question": "Which topics?", "poll_type": "multiple_choice",
          "options": ["AI", "Data", "Cloud"]}),
        ("e16", "poll_answered", at("10:03:10"), {"user_id": "u1", "poll_id": "q1",
                                                  "answers": ["AI"]}),
        ("e17", "poll_answered", at("10:03:20"), {"user_id": "u1", "poll_id": "q1",
                                                  "answers": ["AI", "Data"]}),
        ("e18", "poll_answered", at("10:03:30"), {"user_id": "u2", "poll_id": "q1",
                                                  "answers": ["Data", "Other"]}),
        ("e19", "poll_launched", at("10:04:00"),
         {"poll_id": "q1", "question": "Relaunched?", "poll_type": "rating",
          "options": ["1", "2"]}),
        ("e20", "poll_launched", at("10:05:00"),
         {"poll_id": "q2", "question": "Feedback?", "poll_type": "open_ended", "options": []}),
        ("e21", "poll_answered", at("10:05:10"), {"user_id": "u1", "poll_id": "q2",
                                                  "answers": ["Great"]}),
        ("e22", "poll_answered", at("10:05:20"), {"user_id": "u2", "poll_id": "q2",
                                                  "answers": ["great"]}),
        ("e23", "poll_answered", at("10:05:30"), {"user_id": "u3", "poll_id": "q2",
                                                  "answers": ["Great"]}),
        ("e24", "poll_launched", at("10:06:00"),
         {"poll_id": "q3", "question": "Rate us", "poll_type": "rating",
          "options": ["1", "2", "3"]}),
        # u1's only activity in minute 10:06 is an uncounted reaction: no timeline row.
        ("e25", "reaction", at("10:05:59.5"), {"user_id": "u1", "reaction": "like"}),
        ("e26", "reaction", at("10:06:00.5"), {"user_id": "u1", "reaction": "like"}),
        ("e27", "qa_thread_created", at("10:06:10"), {"user_id": "u1", "thread_id": "t1"}),
        ("e28", "attachment_downloaded", at("10:06:20"), {"user_id": "u1",
                                                          "attachment_id": "a1"}),
        ("e29", "attachment_downloaded", at("10:06:30"), {"user_id": "u1",
                                                          "attachment_id": "a2"}),
        ("e30", "hand_raised", at("10:06:40"), {"user_id": "u1"}),
        # u2 watches live without ever joining; the heartbeats land after the poll
        # answer in the file but happened earlier, so they give u2's context.
        ("e31", "view_heartbeat", at("10:01:10"), heartbeat("u2", "TTT", **MOBILE_US)),
        ("e32", "view_heartbeat", at("10:01:20"), heartbeat("u2", "TTT")),
        # u3 only plays the recording (90 s in two segments).
        ("e33", "play_started", at("10:10:00"),
         {"user_id": "u3", "recording_id": "rec-1", "play_id": "pl1", "country": "GB",
          "platform": "tablet"}),
        ("e34", "play_segment", at("10:11:00"),
         {"user_id": "u3", "recording_id": "rec-1", "play_id": "pl1", "start_s": 0.0,
          "end_s": 60.0, "duration_s": 600.0}),
        ("e35", "play_segment", at("10:12:00"),
         {"user_id": "u3", "recording_id": "rec-1", "play_id": "pl1", "start_s": 120.0,
          "end_s": 150.0, "duration_s": 600.0}),
        # u4 only chats: on the timeline, not a participant.
        ("e36", "chat_message", at("10:02:30"), {"user_id": "u4", "message_id": "m3"}),
        # u5 joins for two minutes and never watches.
        ("e37", "participant_joined", at("10:07:00"),
         {"user_id": "u5", "name": "Eve", "role": "attendee", "connect_ms": 90}),
        ("e38", "participant_left", at("10:09:00"), {"user_id": "u5"}),
        ("e39", "session_ended", at("10:30:00"), {}),
        # p2 reuses the session, user, poll and event ids; its q1 was never launched.
        ("e01", "view_heartbeat", at("10:00:20"), heartbeat("u1", "FFT", country="JP", **p2)),
        ("e02", "reaction", at("10:00:21"), {"user_id": "u1", "reaction": "clap", **p2}),
        ("e03", "poll_answered", at("10:00:30"),
         {"user_id": "u1", "poll_id": "q1", "answers": ["Yes"], **p2}),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def build_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Run `dbt build` once on the webinar events; return build.duckdb."""
    home = tmp_path_factory.mktemp("sessionlens_home")
    database, _ = dbt_build(home, raw_events(webinar_events(), session_id="w1"))
    return database


def assert_rows(actual: dict[tuple, dict], expected: dict[tuple, dict[str, Any]]) -> None:
    """The mart holds exactly the expected keys, each with the expected column values."""
    assert set(actual) == set(expected)
    for key, expected_row in expected.items():
        assert {column: actual[key][column] for column in expected_row} == expected_row, key


def test_participants_viewing_and_engagement(build_db: Path) -> None:
    participants = mart_rows(build_db, "participants", ("partner_id", "session_id", "user_id"))
    nothing_done = {
        "reactions": 0, "chat_messages": 0, "qa_threads": 0, "attachment_downloads": 0,
        "hands_raised": 0,
    }  # fmt: skip
    no_join = {
        "name": None, "role": None, "is_participant": False, "joined_at": None,
        "participant_minutes": 0.0, "connect_ms": None, "join_count": 0,
    }  # fmt: skip
    not_live = {"is_live_viewer": False, "heartbeats": 0, "engaged_heartbeats": 0,
                "live_minutes_viewed": 0.0, "live_engagement_rate": None}  # fmt: skip
    no_recording = {"is_recording_viewer": False, "recording_plays": 0,
                    "recording_minutes_viewed": 0.0}  # fmt: skip
    expected = {
        ("p1", "w1", "u1"): {
            "name": "Ann", "job_title": "CTO", "company": "Acme", "industry": "Tech",
            "role": "HOST", "is_participant": True, "is_live_viewer": True, "is_viewer": True,
            "joined_at": at("10:00:00"), "left_at": None,
            # Never left: closed at the session end, 10:30.
            "participant_minutes": 30.0, "connect_ms": 150, "join_count": 1,
            # TFT and FTT are engaged; TFF and FFT are not.
            "heartbeats": 4, "engaged_heartbeats": 2, "live_minutes_viewed": 40 / 60,
            "live_engagement_rate": 0.5, **no_recording, "minutes_viewed": 40 / 60,
            # 10:00:50, 10:00:53.9 and 10:05:59.5.
            "reactions": 3, "chat_messages": 2, "polls_answered": 2, "qa_threads": 1,
            "attachment_downloads": 2, "hands_raised": 1,
            **DESKTOP_DE, "region": None, "sdk_version": None,
        },
        ("p1", "w1", "u2"): {
            **no_join, "is_live_viewer": True, "is_viewer": True,
            "heartbeats": 2, "engaged_heartbeats": 2, "live_minutes_viewed": 20 / 60,
            "live_engagement_rate": 1.0, **no_recording, "minutes_viewed": 20 / 60,
            **nothing_done, "polls_answered": 2, **MOBILE_US,
        },
        ("p1", "w1", "u3"): {
            **no_join, **not_live, "is_recording_viewer": True, "is_viewer": True,
            "recording_plays": 1, "recording_minutes_viewed": 1.5, "minutes_viewed": 1.5,
            **nothing_done, "polls_answered": 1,
            # The earlier poll answer had no context: the play_started's.
            "country": "GB", "platform": "tablet", "device": None,
        },
        ("p1", "w1", "u5"): {
            "name": "Eve", "role": "ATTENDEE", "is_participant": True,
            "joined_at": at("10:07:00"), "left_at": at("10:09:00"),
            "participant_minutes": 2.0, "connect_ms": 90, "join_count": 1,
            **not_live, **no_recording, "is_viewer": False, "minutes_viewed": 0.0,
            **nothing_done, "polls_answered": 0, "country": None,
        },
        ("p2", "w1", "u1"): {
            **no_join, "is_live_viewer": True, "is_viewer": True,
            "heartbeats": 1, "engaged_heartbeats": 0, "live_minutes_viewed": 10 / 60,
            "live_engagement_rate": 0.0, "reactions": 1, "polls_answered": 1,
            "country": "JP",
        },
    }  # fmt: skip
    for row in participants.values():  # minutes are sums of non-binary fractions
        for column in ("live_minutes_viewed", "minutes_viewed"):
            row[column] = pytest.approx(row[column])
    assert_rows(participants, expected)


def test_sessions_count_only_joiners_as_participants(build_db: Path) -> None:
    sessions = mart_rows(build_db, "sessions", ("partner_id", "session_id"))
    assert sessions["p1", "w1"]["unique_participants"] == 2
    assert sessions["p1", "w1"]["participant_minutes"] == 32.0
    assert sessions["p2", "w1"]["unique_participants"] == 0


def test_timeline_minutes(build_db: Path) -> None:
    timeline = mart_rows(build_db, "timeline", ("partner_id", "session_id", "user_id", "minute_at"))
    ann = {"name": "Ann", "country": "DE", "device": "MacBook", "platform": "desktop"}
    nobody = {"name": None, "country": None, "device": None, "platform": None}
    expected = {
        ("p1", "w1", "u1", at("10:00:00")): {
            "heartbeats": 3, "engaged_heartbeats": 2, "reactions": 2, "chat_messages": 0, **ann,
        },
        ("p1", "w1", "u1", at("10:01:00")): {
            "heartbeats": 1, "engaged_heartbeats": 0, "reactions": 0, "chat_messages": 1, **ann,
        },
        ("p1", "w1", "u1", at("10:02:00")): {
            "heartbeats": 0, "engaged_heartbeats": 0, "reactions": 0, "chat_messages": 1, **ann,
        },
        ("p1", "w1", "u1", at("10:05:00")): {
            "heartbeats": 0, "engaged_heartbeats": 0, "reactions": 1, "chat_messages": 0, **ann,
        },
        ("p1", "w1", "u2", at("10:01:00")): {
            "heartbeats": 2, "engaged_heartbeats": 2, "reactions": 0, "chat_messages": 0,
            **nobody, "country": "US", "device": "iPhone 15", "platform": "mobile",
        },
        ("p1", "w1", "u4", at("10:02:00")): {
            "heartbeats": 0, "engaged_heartbeats": 0, "reactions": 0, "chat_messages": 1,
            **nobody,
        },
        ("p2", "w1", "u1", at("10:00:00")): {
            "heartbeats": 1, "engaged_heartbeats": 0, "reactions": 1, "chat_messages": 0,
            **nobody, "country": "JP",
        },
    }  # fmt: skip
    assert_rows(timeline, expected)


def test_timeline_ten_seconds(build_db: Path) -> None:
    """Each heartbeat in its own 10-second bucket; the reactions at 10:00:50 and 10:00:53.9
    share one; every bucket knows its minute, and the minutes above are their sums."""
    timeline = mart_rows(
        build_db, "timeline_ten_seconds", ("partner_id", "session_id", "user_id", "ten_seconds_at")
    )
    ann = {"name": "Ann", "country": "DE", "device": "MacBook", "platform": "desktop"}
    nobody = {"name": None, "country": None, "device": None, "platform": None}

    def bucket(clock: str, heartbeats: int, engaged: int, reactions: int, chats: int) -> dict:
        moment = at(clock)
        return {
            "minute_at": moment.replace(second=0), "heartbeats": heartbeats,
            "engaged_heartbeats": engaged, "reactions": reactions, "chat_messages": chats,
        }  # fmt: skip

    expected = {
        ("p1", "w1", "u1", at("10:00:20")): {**bucket("10:00:20", 1, 1, 0, 0), **ann},
        ("p1", "w1", "u1", at("10:00:30")): {**bucket("10:00:30", 1, 0, 0, 0), **ann},
        ("p1", "w1", "u1", at("10:00:40")): {**bucket("10:00:40", 1, 1, 0, 0), **ann},
        ("p1", "w1", "u1", at("10:00:50")): {**bucket("10:00:50", 0, 0, 2, 0), **ann},
        ("p1", "w1", "u1", at("10:01:00")): {**bucket("10:01:00", 1, 0, 0, 1), **ann},
        ("p1", "w1", "u1", at("10:02:10")): {**bucket("10:02:10", 0, 0, 0, 1), **ann},
        ("p1", "w1", "u1", at("10:05:50")): {**bucket("10:05:50", 0, 0, 1, 0), **ann},
        ("p1", "w1", "u2", at("10:01:10")): {
            **bucket("10:01:10", 1, 1, 0, 0), **nobody,
            "country": "US", "device": "iPhone 15", "platform": "mobile",
        },
        ("p1", "w1", "u2", at("10:01:20")): {
            **bucket("10:01:20", 1, 1, 0, 0), **nobody,
            "country": "US", "device": "iPhone 15", "platform": "mobile",
        },
        ("p1", "w1", "u4", at("10:02:30")): {**bucket("10:02:30", 0, 0, 0, 1), **nobody},
        ("p2", "w1", "u1", at("10:00:20")): {
            **bucket("10:00:20", 1, 0, 1, 0), **nobody, "country": "JP",
        },
    }  # fmt: skip
    assert_rows(timeline, expected)


def test_polls(build_db: Path) -> None:
    polls = mart_rows(build_db, "polls", ("partner_id", "session_id", "poll_id"))
    expected = {
        # The relaunch as a rating poll changes nothing.
        ("p1", "w1", "q1"): {
            "question": "Which topics?", "poll_type": "MULTIPLE_CHOICE",
            "options": ["AI", "Data", "Cloud"], "option_count": 3,
            "launched_at": at("10:03:00"), "respondents": 2,
        },
        ("p1", "w1", "q2"): {
            "question": "Feedback?", "poll_type": "OPEN_ENDED", "options": [],
            "option_count": None, "launched_at": at("10:05:00"), "respondents": 3,
        },
        ("p1", "w1", "q3"): {
            "question": "Rate us", "poll_type": "RATING", "options": ["1", "2", "3"],
            "option_count": 3, "launched_at": at("10:06:00"), "respondents": 0,
        },
        ("p2", "w1", "q1"): {
            "question": None, "poll_type": None, "options": None, "option_count": None,
            "launched_at": None, "respondents": 1,
        },
    }  # fmt: skip
    assert_rows(polls, expected)


def test_poll_answers(build_db: Path) -> None:
    poll_answers = mart_rows(
        build_db, "poll_answers", ("partner_id", "session_id", "poll_id", "answer", "user_id")
    )
    chosen = {  # (poll, user): (answered_at, the answers of the user's last poll_answered)
        ("q1", "u1"): (at("10:03:20"), {"AI", "Data"}),  # changed from AI alone
        ("q1", "u2"): (at("10:03:30"), {"Data", "Other"}),
        ("q2", "u1"): (at("10:05:10"), {"Great"}),
        ("q2", "u2"): (at("10:05:20"), {"great"}),
        ("q2", "u3"): (at("10:05:30"), {"Great"}),
    }
    answers = {"q1": ("AI", "Data", "Cloud", "Other"), "q2": ("Great", "great")}
    expected: dict[tuple, dict[str, Any]] = {
        ("p1", "w1", poll_id, answer, user_id): {
            "is_chosen": answer in chosen_answers, "answered_at": answered_at,
        }
        for (poll_id, user_id), (answered_at, chosen_answers) in chosen.items()
        for answer in answers[poll_id]
    }  # fmt: skip
    for option in ("1", "2", "3"):  # q3: nobody answered
        expected["p1", "w1", "q3", option, None] = {"is_chosen": False, "answered_at": None}
    expected["p2", "w1", "q1", "Yes", "u1"] = {"is_chosen": True, "answered_at": at("10:00:30")}
    assert_rows(poll_answers, expected)


def test_answer_rate_reading_from_poll_answers(build_db: Path) -> None:
    """What the gateway computes: respondents(a) ÷ distinct users who answered."""
    rows = mart_rows(
        build_db, "poll_answers", ("partner_id", "session_id", "poll_id", "answer", "user_id")
    ).values()
    q1 = [row for row in rows if row["partner_id"] == "p1" and row["poll_id"] == "q1"]
    respondents = {row["user_id"] for row in q1}
    data_choosers = {row["user_id"] for row in q1 if row["answer"] == "Data" and row["is_chosen"]}
    cloud_choosers = {row["user_id"] for row in q1 if row["answer"] == "Cloud" and row["is_chosen"]}
    assert respondents == {"u1", "u2"}
    assert len(data_choosers) / len(respondents) == 1.0
    assert cloud_choosers == set()


def test_live_marts_have_exactly_the_gateway_columns(build_db: Path) -> None:
    assert mart_columns(build_db, "timeline") == [
        "partner_id", "session_id", "user_id", "minute_at", "heartbeats", "engaged_heartbeats",
        "reactions", "chat_messages", "name", "country", "device", "platform",
    ]  # fmt: skip
    assert mart_columns(build_db, "timeline_ten_seconds") == [
        "partner_id", "session_id", "user_id", "ten_seconds_at", "minute_at", "heartbeats",
        "engaged_heartbeats", "reactions", "chat_messages", "name", "country", "device",
        "platform",
    ]  # fmt: skip
    assert mart_columns(build_db, "polls") == [
        "partner_id", "session_id", "poll_id", "question", "poll_type", "options",
        "option_count", "launched_at", "respondents",
    ]  # fmt: skip
    assert mart_columns(build_db, "poll_answers") == [
        "partner_id", "session_id", "poll_id", "answer", "user_id", "is_chosen", "answered_at",
    ]  # fmt: skip
