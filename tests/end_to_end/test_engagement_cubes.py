"""viewers, timeline, polls and pollAnswers over HTTP against the oracle (docs/METRICS.md)."""

from __future__ import annotations

import pytest

from tests.cube_checks import CubeQuery, check, close, oracle_of
from tests.deployment import Deployment

VIEWER_DIMENSIONS = (
    "sessionId",
    "meetingId",
    "sessionTitle",
    "sessionStart",
    "userId",
    "name",
    "jobTitle",
    "company",
    "industry",
    "role",
    "country",
    "region",
    "city",
    "platform",
    "device",
    "os",
    "browser",
    "sdkVersion",
)
VIEWER_METRICS = (
    "uniqueViewers",
    "liveUniqueViewers",
    "recordingUniqueViewers",
    "uniqueParticipants",
    "minutesViewed",
    "liveMinutesViewed",
    "recordingMinutesViewed",
    "avgMinutesViewed",
    "liveEngagementRate",
    "reactions",
    "reactingViewersRate",
    "chatMessages",
    "chattingViewersRate",
    "pollsAnswered",
    "pollParticipationRate",
    "qaThreads",
    "qaViewersRate",
    "attachmentDownloads",
    "downloadingViewersRate",
    "handsRaised",
    "recordingPlays",
    "participantMinutes",
    "avgConnectMs",
    "firstJoinedAt",
    "lastLeftAt",
)
TIMELINE_METRICS = ("liveUniqueViewers", "liveEngagementRate", "reactions", "chatMessages")
POLL_METRICS = ("pollCount", "optionCount", "respondents")
ANSWER_METRICS = ("respondents", "answerRate")


def busiest_session(deployment: Deployment, partner: str) -> str:
    """The partner's session with the most timeline minutes: the richest single-session case."""
    minutes = oracle_of(deployment, partner).cube("timeline").group_by(["sessionId"])
    return max(minutes, key=lambda key: (minutes[key]["liveUniqueViewers"], key))[0]


@pytest.fixture(scope="module")
def partners(deployment: Deployment) -> list[str]:
    return sorted(deployment.keys)


@pytest.mark.parametrize(
    "query",
    [
        CubeQuery("viewers", VIEWER_DIMENSIONS, VIEWER_METRICS),
        CubeQuery("viewers", (), VIEWER_METRICS),
        CubeQuery(
            "viewers",
            ("country",),
            ("liveUniqueViewers", "avgMinutesViewed", "reactingViewersRate", "uniqueViewers"),
        ),
        CubeQuery(
            "viewers",
            ("sessionStart",),
            ("uniqueParticipants", "participantMinutes", "avgConnectMs", "firstJoinedAt"),
            grains={"sessionStart": "DAY"},
        ),
        CubeQuery("viewers", ("country", "platform")),
        CubeQuery(
            "viewers",
            ("industry",),
            ("pollParticipationRate", "liveUniqueViewers", "pollsAnswered"),
            where="{ role: { eq: ATTENDEE } }",
            keep=lambda dims: dims["role"] == "ATTENDEE",
        ),
        CubeQuery(
            "viewers",
            ("platform", "device"),
            ("chattingViewersRate", "qaViewersRate", "downloadingViewersRate", "handsRaised"),
            where='{ OR: [{ country: { in: ["US", "IN"] } }, { platform: { eq: "mobile" } }] }',
            keep=lambda dims: dims["country"] in ("US", "IN") or dims["platform"] == "mobile",
        ),
    ],
    ids=[
        "per-user-everything",
        "no-dimension",
        "by-country",
        "by-day",
        "distinct",
        "attendees",
        "or-filter",
    ],
)
def test_viewers(deployment: Deployment, partners: list[str], query: CubeQuery) -> None:
    for partner in partners:
        check(deployment, partner, query)


def test_viewers_of_one_session_by_role(deployment: Deployment, partners: list[str]) -> None:
    for partner in partners:
        session = busiest_session(deployment, partner)
        check(
            deployment,
            partner,
            CubeQuery(
                "viewers",
                ("role",),
                VIEWER_METRICS,
                where=f'{{ sessionId: {{ eq: "{session}" }} }}',
                keep=lambda dims, session=session: dims["sessionId"] == session,
            ),
        )


def test_the_data_exercises_the_reaction_rate_limit(deployment: Deployment) -> None:
    """Guard: the generated set has reactions under 2 s apart, so the viewers checks test it."""
    raw = sum(e.event_type == "reaction" for e in deployment.events)
    counted = sum(
        oracle_of(deployment, partner).cube("viewers").totals()["reactions"]
        for partner in deployment.keys
    )
    assert 0 < counted < raw


@pytest.mark.parametrize(
    ("dimensions", "grains"),
    [
        (("minute",), {}),
        (("userId", "name", "minute", "country", "device", "platform"), {}),
        (("minute",), {"minute": "TEN_MINUTES"}),
        (("tenSeconds",), {}),
        (("userId", "name", "tenSeconds", "minute", "country"), {}),
        (("tenSeconds",), {"tenSeconds": "MINUTE"}),
    ],
    ids=[
        "per-minute",
        "per-user-minute",
        "ten-minutes",
        "per-10s",
        "per-user-10s",
        "10s-by-minute",
    ],
)
def test_timeline_of_one_session(
    deployment: Deployment, partners: list[str], dimensions: tuple[str, ...], grains: dict
) -> None:
    for partner in partners:
        session = busiest_session(deployment, partner)
        check(
            deployment,
            partner,
            CubeQuery(
                "timeline",
                dimensions,
                TIMELINE_METRICS,
                where=f'{{ sessionId: {{ eq: "{session}" }} }}',
                keep=lambda dims, session=session: dims["sessionId"] == session,
                grains=grains,
            ),
        )


def test_ten_second_buckets_split_minutes(deployment: Deployment, partners: list[str]) -> None:
    """Guard: the busiest sessions have minutes whose 10-second buckets differ in live
    viewers, so the per-10s checks above test more than the minute timeline does."""
    for partner in partners:
        session = busiest_session(deployment, partner)
        cube = (
            oracle_of(deployment, partner)
            .cube("timeline")
            .where(lambda dims, session=session: dims["sessionId"] == session)
        )
        buckets = cube.group_by(["minute", "tenSeconds"])
        minutes = cube.group_by(["minute"])
        assert any(
            metrics["liveUniqueViewers"] < minutes[(minute,)]["liveUniqueViewers"]
            for (minute, _), metrics in buckets.items()
        )


def test_ten_second_window_of_one_session(deployment: Deployment, partners: list[str]) -> None:
    """A `where` on tenSeconds (bounds inside a minute) reads the 10-second rows."""
    for partner in partners:
        session = busiest_session(deployment, partner)
        starts = sorted(
            dims["tenSeconds"]
            for fact in oracle_of(deployment, partner).cube("timeline").facts
            if (dims := fact.dims)["sessionId"] == session
        )
        low, high = starts[len(starts) // 3], starts[2 * len(starts) // 3]
        check(
            deployment,
            partner,
            CubeQuery(
                "timeline",
                ("minute",),
                TIMELINE_METRICS,
                where=f'{{ sessionId: {{ eq: "{session}" }}, tenSeconds: '
                f'{{ gte: "{low.isoformat()}Z", lt: "{high.isoformat()}Z" }} }}',
                keep=lambda dims, session=session, low=low, high=high: (
                    dims["sessionId"] == session and low <= dims["tenSeconds"] < high
                ),
            ),
        )


@pytest.mark.parametrize(
    "query",
    [
        CubeQuery("timeline", ("sessionId",), TIMELINE_METRICS),
        CubeQuery("timeline", ("country",), TIMELINE_METRICS),
        CubeQuery("timeline", ("minute",), ("reactions",), grains={"minute": "HOUR"}),
        CubeQuery(
            "timeline", ("tenSeconds",), TIMELINE_METRICS, grains={"tenSeconds": "TEN_MINUTES"}
        ),
    ],
    ids=["per-session", "by-country", "hourly-reactions", "10s-by-ten-minutes"],
)
def test_timeline_across_sessions(
    deployment: Deployment, partners: list[str], query: CubeQuery
) -> None:
    for partner in partners:
        check(deployment, partner, query)


@pytest.mark.parametrize(
    "query",
    [
        CubeQuery(
            "polls", ("sessionId", "pollId", "question", "pollType", "launchedAt"), POLL_METRICS
        ),
        CubeQuery("polls", (), POLL_METRICS),
        CubeQuery("polls", ("pollType",), POLL_METRICS),
        CubeQuery("polls", ("sessionId",), POLL_METRICS),
        CubeQuery(
            "polls",
            ("sessionId",),
            POLL_METRICS,
            where="{ pollType: { eq: OPEN_ENDED } }",
            keep=lambda dims: dims["pollType"] == "OPEN_ENDED",
        ),
        CubeQuery(
            "pollAnswers", ("sessionId", "pollId", "question", "pollType", "answer"), ANSWER_METRICS
        ),
        CubeQuery("pollAnswers", ("pollId",), ANSWER_METRICS),
        CubeQuery("pollAnswers", ("pollType", "answer"), ANSWER_METRICS),
        CubeQuery("pollAnswers", (), ANSWER_METRICS),
        CubeQuery(
            "pollAnswers",
            ("answer",),
            ANSWER_METRICS,
            where='{ answer: { contains: "e" } }',
            keep=lambda dims: "e" in dims["answer"].lower(),
        ),
    ],
    ids=[
        "per-poll",
        "all-polls",
        "by-type",
        "per-session",
        "open-ended",
        "per-answer",
        "per-poll-answers",
        "by-type-and-answer",
        "all-answers",
        "answer-contains",
    ],
)
def test_polls(deployment: Deployment, partners: list[str], query: CubeQuery) -> None:
    for partner in partners:
        check(deployment, partner, query)


def test_every_option_of_a_choice_poll_has_a_row(deployment: Deployment) -> None:
    """Options nobody chose still show, with 0 respondents (docs/METRICS.md "Precise readings")."""
    unchosen = 0
    for partner in deployment.keys:
        rows = check(
            deployment,
            partner,
            CubeQuery("pollAnswers", ("pollId", "answer"), ("respondents",)),
        )
        unchosen += sum(row["respondents"] == 0 for row in rows)
    assert unchosen > 0


def test_time_grains_truncate_in_the_query_timezone(deployment: Deployment) -> None:
    """Days start at local midnight and times come back with the zone's offset."""
    for partner in deployment.keys:
        rows = check(
            deployment,
            partner,
            CubeQuery(
                "viewers",
                ("sessionStart",),
                ("uniqueViewers", "firstJoinedAt"),
                grains={"sessionStart": "DAY"},
                timezone="Asia/Kolkata",
            ),
        )
        assert all(row["sessionStart"].endswith("+05:30") for row in rows)
        assert all(row["firstJoinedAt"].endswith("+05:30") for row in rows if row["firstJoinedAt"])


def test_having_keeps_groups_and_totals_ignore_it(deployment: Deployment) -> None:
    for partner in deployment.keys:
        cube = oracle_of(deployment, partner).cube("viewers")
        by_country = cube.group_by(["country"])
        kept = {key[0] for key, metrics in by_country.items() if metrics["liveUniqueViewers"] >= 2}
        data = deployment.query(
            partner,
            """{ viewers(having: { liveUniqueViewers: { gte: 2 } }, limit: 10000) {
                rows { country liveUniqueViewers } totals { liveUniqueViewers } rowCount } }""",
        )["viewers"]
        assert {row["country"] for row in data["rows"]} == kept
        assert data["rowCount"] == len(kept) < len(by_country)
        assert data["totals"]["liveUniqueViewers"] == cube.totals()["liveUniqueViewers"]


def test_sort_and_paginate_the_engagement_table(deployment: Deployment) -> None:
    """Page 2 of viewers by minutes viewed: the same values as the oracle's sorted list."""
    for partner in deployment.keys:
        per_user = oracle_of(deployment, partner).cube("viewers").group_by(["sessionId", "userId"])
        minutes = sorted((m["minutesViewed"] for m in per_user.values()), reverse=True)
        data = deployment.query(
            partner,
            """{ viewers(orderBy: [{ field: MINUTES_VIEWED, direction: DESC }],
                         limit: 5, offset: 5) {
                rows { sessionId userId minutesViewed } rowCount } }""",
        )["viewers"]
        assert data["rowCount"] == len(per_user)
        assert len(data["rows"]) == len(minutes[5:10])
        for row, expected in zip(data["rows"], minutes[5:10], strict=True):
            assert close(row["minutesViewed"], expected)
            assert close(per_user[(row["sessionId"], row["userId"])]["minutesViewed"], expected)
