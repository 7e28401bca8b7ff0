"""The viewers cube against expectations computed from the participants rows."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from tests.gateway.conftest import SESSIONS, Api
from tests.gateway.data import PARTICIPANTS
from tests.gateway.expect import (
    Row,
    approx,
    groups,
    keyed,
    mean,
    of_partner,
    ratio,
    users,
    where,
)

_SUMS = {
    "minutesViewed": "minutes_viewed",
    "liveMinutesViewed": "live_minutes_viewed",
    "recordingMinutesViewed": "recording_minutes_viewed",
    "reactions": "reactions",
    "chatMessages": "chat_messages",
    "pollsAnswered": "polls_answered",
    "qaThreads": "qa_threads",
    "attachmentDownloads": "attachment_downloads",
    "handsRaised": "hands_raised",
    "recordingPlays": "recording_plays",
    "participantMinutes": "participant_minutes",
}
_RATES = {
    "reactingViewersRate": "reactions",
    "chattingViewersRate": "chat_messages",
    "pollParticipationRate": "polls_answered",
    "qaViewersRate": "qa_threads",
    "downloadingViewersRate": "attachment_downloads",
}


def _iso(moment: datetime | None, timezone: str) -> str | None:
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC).astimezone(ZoneInfo(timezone)).isoformat()


def expected(rows: list[Row], timezone: str = "UTC") -> dict[str, object]:
    viewers = users(rows, lambda r: r["is_viewer"])
    live_viewers = users(rows, lambda r: r["is_live_viewer"])
    joined = [r for r in rows if r["joined_at"] is not None]
    return {
        "uniqueViewers": viewers,
        "liveUniqueViewers": live_viewers,
        "recordingUniqueViewers": users(rows, lambda r: r["is_recording_viewer"]),
        "uniqueParticipants": users(rows, lambda r: r["is_participant"]),
        **{metric: sum(r[column] for r in rows) for metric, column in _SUMS.items()},
        "avgMinutesViewed": ratio(sum(r["minutes_viewed"] for r in rows), viewers),
        "liveEngagementRate": mean(r["live_engagement_rate"] for r in rows if r["is_live_viewer"]),
        **{
            metric: ratio(
                users(rows, lambda r, c=column: r["is_live_viewer"] and r[c] > 0), live_viewers
            )
            for metric, column in _RATES.items()
        },
        "avgConnectMs": mean(r.get("connect_ms") for r in joined),
        "firstJoinedAt": _iso(min((r["joined_at"] for r in joined), default=None), timezone),
        "lastLeftAt": _iso(
            max((r["left_at"] for r in rows if r["left_at"] is not None), default=None), timezone
        ),
    }


ALL_METRICS = " ".join(expected(PARTICIPANTS))


def test_whole_set_every_metric(api: Api) -> None:
    rows = api.rows("viewers", ALL_METRICS, 'timezone: "Europe/Berlin"')
    assert rows == [approx(expected(of_partner(PARTICIPANTS, "A"), "Europe/Berlin"))]


def test_by_session_and_country_with_a_null_country_group(api: Api) -> None:
    rows = api.rows("viewers", f"sessionId country {ALL_METRICS}")
    expected_groups = {
        key: approx(expected(group))
        for key, group in groups(of_partner(PARTICIPANTS, "A"), "session_id", "country").items()
    }
    assert ("s1", None) in expected_groups
    assert keyed(rows, "sessionId", "country") == expected_groups


def test_a_user_in_several_sessions_counts_once_per_group(api: Api) -> None:
    rows = api.rows("viewers", "meetingId uniqueViewers liveUniqueViewers reactingViewersRate")
    meeting_of = {s["session_id"]: s["meeting_id"] for s in SESSIONS if s["partner_id"] == "A"}
    by_meeting: dict[str, list[Row]] = {}
    for row in of_partner(PARTICIPANTS, "A"):
        by_meeting.setdefault(meeting_of[row["session_id"]], []).append(row)
    assert keyed(rows, "meetingId") == {
        (meeting,): approx(
            {k: expected(group)[k] for k in ("uniqueViewers", "liveUniqueViewers")}
            | {"reactingViewersRate": expected(group)["reactingViewersRate"]}
        )
        for meeting, group in by_meeting.items()
    }
    # u1 watched live in s1 and s2 (meeting m1): one viewer, not two.
    assert keyed(rows, "meetingId")[("m1",)]["liveUniqueViewers"] == 4


def test_filters_on_joined_session_fields_roles_and_names(api: Api) -> None:
    arguments = (
        'where: {sessionTitle: {contains: "launch"}, role: {in: [ATTENDEE, MODERATOR]}, '
        'sessionStart: {gte: "2026-03-29T00:00:00Z"}}'
    )
    rows = api.rows("viewers", "userId role name minutesViewed avgConnectMs", arguments)
    launch = {s["session_id"] for s in SESSIONS if "launch" in (s["title"] or "").lower()}
    matching = where(
        of_partner(PARTICIPANTS, "A"),
        lambda r: r["session_id"] in launch and r.get("role") in {"ATTENDEE", "MODERATOR"},
    )
    assert keyed(rows, "userId", "role", "name") == {
        key: approx({k: expected(group)[k] for k in ("minutesViewed", "avgConnectMs")})
        for key, group in groups(matching, "user_id", "role", "name").items()
    }
    # u4 joined without a connect time: the mean over rows with a join skips it.
    assert keyed(rows, "userId", "role", "name")[("u4", "MODERATOR", "Edsger Dijkstra")] == {
        "minutesViewed": 0.5,
        "avgConnectMs": None,
    }


def test_session_start_grain_and_time_metrics_in_the_query_timezone(api: Api) -> None:
    rows = api.rows(
        "viewers",
        "day: sessionStart(grain: DAY) firstJoinedAt lastLeftAt",
        'timezone: "America/New_York"',
    )
    start_of = {s["session_id"]: s["started_at"] for s in SESSIONS if s["partner_id"] == "A"}
    zone = ZoneInfo("America/New_York")
    by_day: dict[str, list[Row]] = {}
    for row in of_partner(PARTICIPANTS, "A"):
        local = start_of[row["session_id"]].replace(tzinfo=UTC).astimezone(zone)
        day = local.replace(hour=0, minute=0, second=0, microsecond=0).isoformat()
        by_day.setdefault(day, []).append(row)
    assert rows == [
        {
            "day": day,
            "firstJoinedAt": expected(group, "America/New_York")["firstJoinedAt"],
            "lastLeftAt": expected(group, "America/New_York")["lastLeftAt"],
        }
        for day, group in sorted(by_day.items())
    ]


def test_having_and_no_metric_queries(api: Api) -> None:
    rows = api.rows("viewers", "sessionId", "having: {liveUniqueViewers: {gte: 2}}")
    per_session = groups(of_partner(PARTICIPANTS, "A"), "session_id")
    assert sorted(r["sessionId"] for r in rows) == sorted(
        key[0] for key, group in per_session.items() if users(group, lambda r: r["heartbeats"]) >= 2
    )
    roles = api.rows("viewers", "role", "orderBy: [{field: ROLE}]")
    assert [r["role"] for r in roles] == [
        *sorted({r["role"] for r in of_partner(PARTICIPANTS, "A") if r.get("role")}),
        None,
    ]


def test_admin_counts_the_same_user_id_in_two_partners_twice(api: Api) -> None:
    rows = api.rows("viewers", "uniqueViewers uniqueParticipants reactions", as_="admin")
    assert rows == [
        {k: expected(PARTICIPANTS)[k] for k in ("uniqueViewers", "uniqueParticipants", "reactions")}
    ]
    by_session = api.rows("viewers", "sessionId liveUniqueViewers", as_="admin")
    # Session id s1 exists in both partners; u1 of A and u1 of B are different people.
    assert keyed(by_session, "sessionId") == {
        key: {"liveUniqueViewers": users(group, lambda r: r["is_live_viewer"])}
        for key, group in groups(PARTICIPANTS, "session_id").items()
    }
    assert keyed(by_session, "sessionId")[("s1",)]["liveUniqueViewers"] == 4
