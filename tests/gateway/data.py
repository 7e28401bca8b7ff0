"""Hand-written mart rows for every cube (besides `sessions`, in conftest).

Hard cases on purpose: users in several sessions, a user id (u1) and a session id (s1)
in both partners, null context values, viewers who never joined, a poll nobody
answered, options nobody chose, ties in call health, an unreadable rejected line.
Expected answers are computed in the tests from these rows.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.gateway.marts import table


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _participant(
    partner: str,
    session: str,
    user: str,
    *,
    joined: str | None = None,
    left: str | None = None,
    heartbeats: int = 0,
    engaged: int = 0,
    plays: int = 0,
    recording_minutes: float = 0.0,
    **attributes: Any,
) -> dict[str, Any]:
    """A participants row; flags and minutes follow docs/METRICS.md from the counts given."""
    live_minutes = heartbeats * 10 / 60
    return {
        "partner_id": partner,
        "session_id": session,
        "user_id": user,
        "is_participant": joined is not None,
        "is_live_viewer": heartbeats > 0,
        "is_recording_viewer": plays > 0,
        "is_viewer": heartbeats > 0 or plays > 0,
        "joined_at": at(joined) if joined else None,
        "left_at": at(left) if left else None,
        "participant_minutes": attributes.pop("participant_minutes", 0.0),
        "heartbeats": heartbeats,
        "engaged_heartbeats": engaged,
        "live_minutes_viewed": live_minutes,
        "live_engagement_rate": engaged / heartbeats if heartbeats else None,
        "recording_plays": plays,
        "recording_minutes_viewed": recording_minutes,
        "minutes_viewed": live_minutes + recording_minutes,
        **{
            column: attributes.pop(column, 0)
            for column in (
                "reactions",
                "chat_messages",
                "polls_answered",
                "qa_threads",
                "attachment_downloads",
                "hands_raised",
            )
        },
        **attributes,
    }


ADA = {"name": "Ada Lovelace", "job_title": "Engineer", "company": "Acme", "industry": "Tech"}
GRACE = {"name": "Grace Hopper", "job_title": "Admiral", "company": "Navy", "industry": "Defense"}
IPHONE = {"country": "US", "platform": "ios", "device": "iPhone 15", "os": "iOS"}
DESKTOP = {"country": "DE", "platform": "web", "device": "Desktop", "os": "macOS"}

PARTICIPANTS = [
    _participant(
        "A",
        "s1",
        "u1",
        joined="2026-03-29 00:31",
        left="2026-03-29 01:10",
        heartbeats=12,
        engaged=6,
        reactions=3,
        chat_messages=2,
        polls_answered=1,
        attachment_downloads=1,
        hands_raised=1,
        role="ATTENDEE",
        connect_ms=120,
        participant_minutes=39.0,
        browser="Safari",
        sdk_version="1.2",
        city="Boston",
        region="MA",
        **ADA,
        **IPHONE,
    ),
    _participant(
        "A",
        "s1",
        "u2",
        joined="2026-03-29 00:35",
        left="2026-03-29 01:20",
        heartbeats=6,
        engaged=6,
        chat_messages=1,
        qa_threads=1,
        plays=1,
        recording_minutes=5.0,
        role="SPEAKER",
        connect_ms=200,
        participant_minutes=45.0,
        browser="Chrome",
        **GRACE,
        **DESKTOP,
    ),
    # Joined but never watched; no context at all.
    _participant(
        "A",
        "s1",
        "u3",
        joined="2026-03-29 00:40",
        left="2026-03-29 00:50",
        role="HOST",
        connect_ms=80,
        participant_minutes=10.0,
        name="Alan Turing",
    ),
    # Watched the recording only, never joined.
    _participant("A", "s1", "u6", plays=2, recording_minutes=12.5, **IPHONE),
    _participant(
        "A",
        "s2",
        "u1",
        joined="2026-03-29 01:31",
        left="2026-03-29 01:55",
        heartbeats=30,
        engaged=15,
        reactions=5,
        polls_answered=2,
        role="ATTENDEE",
        connect_ms=150,
        participant_minutes=24.0,
        **ADA,
        **IPHONE,
    ),
    _participant(
        "A",
        "s2",
        "u4",
        joined="2026-03-29 01:32",
        heartbeats=3,
        chat_messages=4,
        role="MODERATOR",
        connect_ms=None,
        participant_minutes=28.0,
        name="Edsger Dijkstra",
        country="FR",
        platform="android",
        device="Pixel 8",
        os="Android",
    ),
    # A live viewer who never joined.
    _participant("A", "s2", "u7", heartbeats=6, engaged=3, reactions=1, **DESKTOP),
    _participant(
        "A",
        "s3",
        "u2",
        joined="2026-10-25 00:31",
        role="SPEAKER",
        connect_ms=90,
        participant_minutes=5.0,
        **GRACE,
        **DESKTOP,
    ),
    _participant(
        "A",
        "s4",
        "u5",
        joined="2026-10-25 01:31",
        left="2026-10-25 01:44",
        heartbeats=6,
        role="ATTENDEE",
        connect_ms=60,
        participant_minutes=13.0,
        name="Barbara Liskov",
        **IPHONE,
    ),
    _participant(
        "A",
        "s4",
        "u1",
        joined="2026-10-25 01:35",
        left="2026-10-25 01:45",
        role="ATTENDEE",
        connect_ms=40,
        participant_minutes=10.0,
        **ADA,
        **IPHONE,
    ),
    # Partner B reuses session id s1 and user id u1.
    _participant(
        "B",
        "s1",
        "u1",
        joined="2026-03-29 00:46",
        left="2026-03-29 03:00",
        heartbeats=60,
        engaged=60,
        reactions=100,
        role="HOST",
        connect_ms=9,
        name="Bob",
        **IPHONE,
    ),
    _participant("B", "s1", "u9", joined="2026-03-29 00:50", heartbeats=6, role="ATTENDEE"),
    _participant("B", "b2", "u9", joined="2026-10-25 12:00", role="ATTENDEE"),
]

TIMELINE = table(
    "partner_id session_id user_id minute_at heartbeats engaged_heartbeats reactions "
    "chat_messages name country device platform",
    ("A", "s1", "u1", at("2026-03-29 00:31"), 6, 3, 1, 0, "Ada", "US", "iPhone 15", "ios"),
    ("A", "s1", "u1", at("2026-03-29 00:32"), 6, 3, 2, 1, "Ada", "US", "iPhone 15", "ios"),
    ("A", "s1", "u2", at("2026-03-29 00:31"), 6, 6, 0, 0, "Grace", "DE", "Desktop", "web"),
    # A chat message in a minute without a heartbeat: not a live viewer that minute.
    ("A", "s1", "u2", at("2026-03-29 00:33"), 0, 0, 0, 1, "Grace", "DE", "Desktop", "web"),
    ("A", "s2", "u1", at("2026-03-29 01:31"), 6, 6, 3, 0, "Ada", "US", "iPhone 15", "ios"),
    ("A", "s2", "u7", at("2026-03-29 01:31"), 6, 0, 1, 0, None, None, None, None),
    ("B", "s1", "u1", at("2026-03-29 00:31"), 6, 6, 50, 0, "Bob", "US", "iPhone 15", "ios"),
)


def _ten_second_buckets(minute: dict[str, Any]) -> list[dict[str, Any]]:
    """A minute's rows as 10-second buckets: one heartbeat per bucket from :00 on, the
    engaged ones first; reactions and chat messages in the first bucket."""
    buckets = []
    for index in range(max(minute["heartbeats"], 1)):
        start = minute["minute_at"].replace(second=10 * index)
        buckets.append(
            {
                **minute,
                "ten_seconds_at": start,
                "heartbeats": int(index < minute["heartbeats"]),
                "engaged_heartbeats": int(index < minute["engaged_heartbeats"]),
                "reactions": minute["reactions"] if index == 0 else 0,
                "chat_messages": minute["chat_messages"] if index == 0 else 0,
            }
        )
    return buckets


TIMELINE_TEN_SECONDS = [bucket for minute in TIMELINE for bucket in _ten_second_buckets(minute)]

POLLS = table(
    "partner_id session_id poll_id question poll_type options option_count launched_at",
    (
        "A",
        "s1",
        "p1",
        "Ship it?",
        "SINGLE_CHOICE",
        ["Yes", "No", "Maybe"],
        3,
        at("2026-03-29 00:40"),
    ),
    ("A", "s1", "p2", "Thoughts?", "OPEN_ENDED", None, None, at("2026-03-29 00:45")),
    (
        "A",
        "s1",
        "p3",
        "Colours?",
        "MULTIPLE_CHOICE",
        ["Red", "Green", "Blue"],
        3,
        at("2026-03-29 00:50"),
    ),
    ("A", "s2", "p4", "Rate us", "RATING", ["1", "2", "3", "4", "5"], 5, at("2026-03-29 01:40")),
    ("B", "s1", "p1", "Ship it?", "SINGLE_CHOICE", ["Yes", "No"], 2, at("2026-03-29 00:40")),
)


def _answers(
    partner: str, session: str, poll: str, answers: list[str], chosen: dict[str | None, set[str]]
) -> list[dict[str, Any]]:
    """Every answer x every respondent (`chosen`: user → answers in their last answer);
    a poll nobody answered gets one placeholder row per answer with a null user."""
    return [
        {
            "partner_id": partner,
            "session_id": session,
            "poll_id": poll,
            "answer": answer,
            "user_id": user,
            "is_chosen": answer in picks,
        }
        for answer in answers
        for user, picks in chosen.items()
    ]


POLL_ANSWERS = [
    *_answers("A", "s1", "p1", ["Yes", "No", "Maybe"], {"u1": {"Yes"}, "u2": {"Yes"}}),
    # Open-ended answers are grouped by their exact text.
    *_answers("A", "s1", "p2", ["Great", "great"], {"u1": {"Great"}, "u3": {"great"}}),
    *_answers("A", "s1", "p3", ["Red", "Green", "Blue"], {None: set()}),
    *_answers("A", "s2", "p4", ["1", "2", "3", "4", "5"], {"u1": {"4"}, "u4": {"5"}}),
    *_answers("B", "s1", "p1", ["Yes", "No"], {"u1": {"No"}}),
]
for poll in POLLS:
    poll["respondents"] = len(
        {
            a["user_id"]
            for a in POLL_ANSWERS
            if (a["partner_id"], a["poll_id"]) == (poll["partner_id"], poll["poll_id"])
            and a["user_id"] is not None
        }
    )

RECORDINGS = table(
    "partner_id session_id recording_id user_id activity activity_at play_id has_play_start "
    "minutes_viewed completion_rate country device platform os browser",
    (
        "A",
        "s1",
        "r1",
        "u6",
        "IMPRESSION",
        at("2026-03-29 01:40"),
        None,
        None,
        None,
        None,
        "US",
        "iPhone 15",
        "ios",
        "iOS",
        "Safari",
    ),
    (
        "A",
        "s1",
        "r1",
        "u6",
        "PLAY",
        at("2026-03-29 01:41"),
        "pl1",
        True,
        10.0,
        0.5,
        "US",
        "iPhone 15",
        "ios",
        "iOS",
        "Safari",
    ),
    # The same user plays again from another context.
    (
        "A",
        "s1",
        "r1",
        "u6",
        "PLAY",
        at("2026-03-30 09:00"),
        "pl2",
        True,
        2.5,
        0.1,
        "DE",
        "Desktop",
        "web",
        "Windows",
        "Edge",
    ),
    (
        "A",
        "s1",
        "r1",
        "u2",
        "PLAY",
        at("2026-03-30 10:00"),
        "pl3",
        True,
        5.0,
        0.25,
        "DE",
        "Desktop",
        "web",
        "macOS",
        "Chrome",
    ),
    # Segments without their play_started: minutes count, the play does not.
    (
        "A",
        "s1",
        "r1",
        "u2",
        "PLAY",
        at("2026-03-30 11:00"),
        "pl4",
        False,
        1.0,
        0.05,
        None,
        None,
        None,
        None,
        None,
    ),
    (
        "A",
        "s1",
        "r1",
        "u2",
        "IMPRESSION",
        at("2026-03-30 09:59"),
        None,
        None,
        None,
        None,
        "DE",
        "Desktop",
        "web",
        "macOS",
        "Chrome",
    ),
    (
        "A",
        "s2",
        "r2",
        "u7",
        "IMPRESSION",
        at("2026-03-30 12:00"),
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
    ),
    (
        "B",
        "s1",
        "r9",
        "u1",
        "PLAY",
        at("2026-03-30 10:00"),
        "pl9",
        True,
        3.0,
        1.0,
        "US",
        "iPhone 15",
        "ios",
        "iOS",
        "Safari",
    ),
)

_IOS = ("US", "ios", "iPhone 15", "iOS", "Safari")
_MAC = ("DE", "web", "Desktop", "macOS", "Chrome")
_WIN = ("DE", "web", "Desktop", "Windows", "Edge")
VIEWER_CONTEXTS = table(
    "partner_id session_id user_id side country platform device os browser",
    ("A", "s1", "u1", "LIVE", *_IOS),
    ("A", "s1", "u2", "LIVE", *_MAC),
    ("A", "s1", "u2", "RECORDING", *_MAC),
    ("A", "s1", "u6", "RECORDING", *_IOS),
    ("A", "s1", "u6", "RECORDING", *_WIN),
    ("A", "s2", "u1", "LIVE", *_IOS),
    ("A", "s2", "u4", "LIVE", "FR", "android", "Pixel 8", "Android", "Chrome"),
    ("A", "s2", "u7", "LIVE", *_WIN),
    ("A", "s2", "u8", "LIVE", None, "web", "Desktop", "Linux", "Firefox"),
    ("A", "s4", "u5", "LIVE", *_IOS),
    ("B", "s1", "u1", "LIVE", *_IOS),
    ("B", "s1", "u9", "LIVE", *_IOS),
)


def _preaggregate(keys: tuple[str, ...]) -> list[dict[str, Any]]:
    """What the dbt mart holds: viewer counts per partner x session x `keys`."""
    cells: dict[tuple, list[dict[str, Any]]] = {}
    for row in VIEWER_CONTEXTS:
        cell = (row["partner_id"], row["session_id"], *(row[k] for k in keys))
        cells.setdefault(cell, []).append(row)
    return [
        {
            **dict(zip(("partner_id", "session_id", *keys), cell, strict=True)),
            "live_unique_viewers": len({r["user_id"] for r in rows if r["side"] == "LIVE"}),
            "recording_unique_viewers": len(
                {r["user_id"] for r in rows if r["side"] == "RECORDING"}
            ),
            "unique_viewers": len({r["user_id"] for r in rows}),
        }
        for cell, rows in cells.items()
    ]


COUNTRIES = _preaggregate(("country",))
DEVICES = _preaggregate(("platform", "device", "os", "browser"))

QUALITY_SAMPLES = table(
    "partner_id session_id sampled_at user_id sender_user_id receiver_user_id media direction "
    "jitter_ms rtt_ms bitrate_kbps packet_loss_pct fps height category country platform browser",
    (
        "A",
        "s1",
        at("2026-03-29 00:40:05"),
        "u1",
        "u1",
        None,
        "AUDIO",
        "SEND",
        10.0,
        100.0,
        64.0,
        1.0,
        None,
        None,
        "GOOD",
        "US",
        "ios",
        "Safari",
    ),
    (
        "A",
        "s1",
        at("2026-03-29 00:40:15"),
        "u1",
        "u1",
        None,
        "AUDIO",
        "SEND",
        40.0,
        200.0,
        60.0,
        2.0,
        None,
        None,
        "MODERATE",
        "US",
        "ios",
        "Safari",
    ),
    (
        "A",
        "s1",
        at("2026-03-29 00:41:00"),
        "u2",
        "u1",
        "u2",
        "VIDEO",
        "RECEIVE",
        70.0,
        650.0,
        900.0,
        12.0,
        15.0,
        720,
        "POOR",
        "DE",
        "web",
        "Chrome",
    ),
    (
        "A",
        "s1",
        at("2026-03-29 00:42:00"),
        "u2",
        "u1",
        "u2",
        "VIDEO",
        "RECEIVE",
        20.0,
        100.0,
        2500.0,
        0.5,
        30.0,
        1080,
        "GOOD",
        "DE",
        "web",
        "Chrome",
    ),
    (
        "A",
        "s1",
        at("2026-03-29 01:10:00"),
        "u2",
        "u2",
        None,
        "SCREEN_SHARE",
        "SEND",
        5.0,
        50.0,
        1500.0,
        0.0,
        10.0,
        1080,
        "GOOD",
        "DE",
        "web",
        "Chrome",
    ),
    (
        "A",
        "s1",
        at("2026-03-29 01:20:00"),
        "u2",
        "u2",
        None,
        "SCREEN_SHARE",
        "SEND",
        35.0,
        80.0,
        1200.0,
        0.0,
        12.0,
        1080,
        "MODERATE",
        "DE",
        "web",
        "Chrome",
    ),
    (
        "A",
        "s2",
        at("2026-03-29 01:35:00"),
        "u4",
        "u4",
        None,
        "VIDEO",
        "SEND",
        90.0,
        700.0,
        300.0,
        15.0,
        24.0,
        480,
        "POOR",
        None,
        "android",
        None,
    ),
    (
        "B",
        "s1",
        at("2026-03-29 00:41:00"),
        "u1",
        "u1",
        None,
        "AUDIO",
        "SEND",
        100.0,
        900.0,
        30.0,
        20.0,
        None,
        None,
        "POOR",
        "US",
        "ios",
        "Safari",
    ),
)

ERRORS = table(
    "partner_id session_id event_id user_id name error_type code message occurred_at",
    ("A", "s1", "e1", "u1", "Ada", "NETWORK", "1001", "timeout", at("2026-03-29 00:40")),
    ("A", "s1", "e2", "u1", "Ada", "NETWORK", "1001", "timeout", at("2026-03-29 00:55")),
    ("A", "s1", "e3", "u2", "Grace", "MEDIA", "2001", "camera busy", at("2026-03-29 01:05")),
    ("A", "s2", "e4", "u1", "Ada", "NETWORK", "1002", "reconnect", at("2026-03-29 01:45")),
    ("A", "s2", "e5", None, None, "SDK", None, None, at("2026-03-29 01:50")),
    ("B", "s1", "e9", "u1", "Bob", "NETWORK", "1001", "timeout", at("2026-03-29 00:41")),
)

_APP_SESSION_ROWS = table(
    "partner_id app_session_id user_id started_at ended_at length_seconds event_count status "
    "length_bucket platform country",
    (
        "A",
        "as1",
        "u1",
        at("2026-10-01 10:00"),
        at("2026-10-01 10:02"),
        120.0,
        5,
        "CONCLUDED",
        "1-3m",
        "ios",
        "US",
    ),
    (
        "A",
        "as2",
        "u1",
        at("2026-10-01 12:00"),
        at("2026-10-01 12:00"),
        0.0,
        1,
        "CONCLUDED",
        "0-10s",
        "ios",
        "US",
    ),
    (
        "A",
        "as3",
        "u2",
        at("2026-10-02 09:00"),
        at("2026-10-02 09:11:40"),
        700.0,
        9,
        "OPEN",
        "10-30m",
        "web",
        "DE",
    ),
    (
        "A",
        "as4",
        "u3",
        at("2026-10-02 23:30"),
        at("2026-10-02 23:30:45"),
        45.0,
        3,
        "CONCLUDED",
        "30-60s",
        "web",
        None,
    ),
    (
        "B",
        "bs1",
        "u1",
        at("2026-10-01 10:00"),
        at("2026-10-01 10:00:10"),
        10.0,
        2,
        "OPEN",
        "10-30s",
        "ios",
        "US",
    ),
)
# A concluded session concluded at its last event; an open one has not concluded.
APP_SESSIONS = [
    {**row, "concluded_at": row["ended_at"] if row["status"] == "CONCLUDED" else None}
    for row in _APP_SESSION_ROWS
]

APP_EVENTS = table(
    "partner_id event_id user_id event_at name app_session_id is_counted excluded_reason "
    "platform country",
    ("A", "a1", "u1", at("2026-10-01 10:00"), "App Launched", "as1", True, None, "ios", "US"),
    ("A", "a2", "u1", at("2026-10-01 10:02"), "Cart Viewed", "as1", True, None, None, None),
    ("A", "a3", "u1", at("2026-10-01 10:05"), "Identity Set", None, False, "EXCLUDED_NAME",
     "ios", "US"),
    ("A", "a4", "u1", at("2026-10-01 12:00"), "App Launched", "as2", True, None, "ios", "US"),
    ("A", "a5", "u2", at("2026-10-02 09:00"), "Product Viewed", "as3", True, None, "web", "DE"),
    ("A", "a6", "u4", at("2026-10-02 09:30"), "Product Viewed", None, False, "API_SOURCE",
     None, None),
    ("A", "a7", "u4", at("2026-10-02 09:31"), "App Installed", None, False, "API_SOURCE",
     None, None),
    # Partner B reuses the user id and event id a1.
    ("B", "a1", "u1", at("2026-10-01 10:00"), "App Launched", "bs1", True, None, "ios", "US"),
)  # fmt: skip

REJECTED_LINES = table(
    "partner_id file line_number reason event_type rejected_at",
    ("A", "a.jsonl", 3, "unknown event_type", "bogus", at("2026-10-01 10:00")),
    ("A", "a.jsonl", 7, "missing user_id", "view_heartbeat", at("2026-10-01 10:00")),
    ("A", "c.jsonl", 1, "missing user_id", "view_heartbeat", at("2026-10-02 08:00")),
    ("B", "b.jsonl", 1, "missing session_id", "poll_answered", at("2026-10-01 11:00")),
    # Unreadable: no partner, so only admins see it.
    (None, "a.jsonl", 9, "not a JSON object", None, at("2026-10-01 10:00")),
)
