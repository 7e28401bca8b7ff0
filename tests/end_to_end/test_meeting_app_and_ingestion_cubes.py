"""quality, errors, appSessions and ingestion over HTTP against the oracle (docs/METRICS.md)."""

from __future__ import annotations

import os
import subprocess
from collections import Counter
from datetime import timedelta

import httpx
import pytest

from tests import oracle
from tests.cube_checks import CubeQuery, check, from_api, oracle_of
from tests.deployment import BAD_LINES, SESSIONLENS, Deployment

QUALITY_STATS = tuple(
    f"{kind}{stem}"
    for stem in ("JitterMs", "RttMs", "BitrateKbps", "PacketLossPct", "Fps", "Height")
    for kind in ("avg", "p95", "max")
)
QUALITY_METRICS = ("samples", "goodRate", "moderateRate", "poorRate", "health", *QUALITY_STATS)
APP_METRICS = (
    "sessionCount",
    "uniqueUsers",
    "totalLengthSeconds",
    "avgLengthSeconds",
    "medianLengthSeconds",
    "eventsPerSession",
)
APP_EVENT_METRICS = ("events", "uniqueUsers", "appSessions")

# Small groups (six samples a minute per stream), some of them tied between two categories.
SENDER_MINUTES = CubeQuery(
    "quality",
    ("sessionId", "senderUserId", "receiverUserId", "media", "direction", "time"),
    ("health", "samples", "goodRate", "moderateRate", "poorRate"),
    grains={"time": "MINUTE"},
)


@pytest.mark.parametrize(
    "query",
    [
        SENDER_MINUTES,
        CubeQuery(
            "quality", ("media", "direction"), ("samples", "health", "p95JitterMs", "poorRate")
        ),
        CubeQuery("quality", ("sessionId",), QUALITY_METRICS),
        CubeQuery("quality", (), QUALITY_METRICS),
        CubeQuery(
            "quality",
            ("sessionId", "senderUserId", "receiverUserId", "media"),
            QUALITY_METRICS,
            where="{ direction: { eq: RECEIVE } }",
            keep=lambda dims: dims["direction"] == "RECEIVE",
        ),
        CubeQuery(
            "quality",
            ("browser", "time"),
            ("p95JitterMs", "samples"),
            grains={"time": "HOUR"},
        ),
        CubeQuery("quality", ("country", "platform"), ("health", "avgRttMs", "maxPacketLossPct")),
        CubeQuery(
            "quality",
            ("senderUserId", "media"),
            ("health", "goodRate", "p95RttMs", "avgFps", "p95Height"),
            where="{ media: { in: [VIDEO, SCREEN_SHARE] }, direction: { eq: SEND } }",
            keep=lambda dims: (
                dims["media"] in ("VIDEO", "SCREEN_SHARE") and dims["direction"] == "SEND"
            ),
        ),
    ],
    ids=[
        "per-sender-minute",
        "media-direction",
        "per-session",
        "no-dimension",
        "receivers",
        "browser-per-hour",
        "country-platform",
        "video-senders",
    ],
)
def test_quality(deployment: Deployment, query: CubeQuery) -> None:
    for partner in deployment.keys:
        check(deployment, partner, query)


def test_the_data_has_health_ties(deployment: Deployment) -> None:
    """Guard: some per-minute groups tie between categories, so the worse-wins rule is tested."""

    def is_tie(metrics: dict) -> bool:
        shares = [metrics[rate] for rate in ("goodRate", "moderateRate", "poorRate")]
        return shares.count(max(shares)) > 1

    assert any(
        is_tie(metrics)
        for partner in deployment.keys
        for metrics in oracle_of(deployment, partner)
        .cube("quality")
        .group_by(SENDER_MINUTES.dimensions, SENDER_MINUTES.grains)
        .values()
    )


@pytest.mark.parametrize(
    "query",
    [
        CubeQuery("errors", ("errorType",), ("errors", "affectedParticipants")),
        CubeQuery(
            "errors",
            ("sessionId", "userId", "name", "errorType", "code", "message", "time"),
            ("errors", "affectedParticipants"),
        ),
        CubeQuery("errors", ("sessionId",), ("errors", "affectedParticipants")),
        CubeQuery("errors", (), ("errors", "affectedParticipants")),
        CubeQuery(
            "errors",
            ("code",),
            ("errors",),
            where='{ errorType: { eq: "network" } }',
            keep=lambda dims: dims["errorType"] == "network",
        ),
    ],
    ids=["by-type", "per-error", "per-session", "no-dimension", "network-codes"],
)
def test_errors(deployment: Deployment, query: CubeQuery) -> None:
    for partner in deployment.keys:
        check(deployment, partner, query)


@pytest.mark.parametrize(
    "query",
    [
        CubeQuery("appSessions", ("lengthBucket",), APP_METRICS),
        CubeQuery(
            "appSessions",
            ("startTime",),
            ("totalLengthSeconds", "sessionCount"),
            grains={"startTime": "DAY"},
        ),
        CubeQuery("appSessions", (), APP_METRICS),
        CubeQuery(
            "appSessions",
            ("startTime",),
            ("sessionCount", "medianLengthSeconds"),
            grains={"startTime": "DAY"},
            timezone="Asia/Kolkata",
        ),
        CubeQuery("appSessions", ("status",), ("medianLengthSeconds", "sessionCount")),
        CubeQuery("appSessions", ("platform", "country"), APP_METRICS),
        CubeQuery(
            "appSessions",
            (
                "userId",
                "startTime",
                "endTime",
                "concludedAt",
                "status",
                "lengthBucket",
                "platform",
                "country",
            ),
            ("sessionCount", "totalLengthSeconds", "eventsPerSession"),
        ),
        CubeQuery(
            "appSessions",
            ("lengthBucket",),
            ("sessionCount", "medianLengthSeconds"),
            where="{ status: { eq: CONCLUDED } }",
            keep=lambda dims: dims["status"] == "CONCLUDED",
        ),
    ],
    ids=[
        "by-bucket",
        "per-day",
        "no-dimension",
        "per-local-day",
        "by-status",
        "platform-country",
        "per-session",
        "concluded",
    ],
)
def test_app_sessions(deployment: Deployment, query: CubeQuery) -> None:
    for partner in deployment.keys:
        check(deployment, partner, query)


@pytest.mark.parametrize(
    "query",
    [
        CubeQuery("appEvents", ("counted", "excludedReason"), APP_EVENT_METRICS),
        CubeQuery("appEvents", (), APP_EVENT_METRICS),
        CubeQuery("appEvents", ("name",), APP_EVENT_METRICS),
        CubeQuery("appEvents", ("time",), APP_EVENT_METRICS, grains={"time": "DAY"}),
        CubeQuery(
            "appEvents",
            ("platform", "country"),
            APP_EVENT_METRICS,
            where="{ counted: { eq: true } }",
            keep=lambda dims: dims["counted"],
        ),
        CubeQuery(
            "appEvents",
            ("userId", "name"),
            ("events",),
            where="{ excludedReason: { eq: API_SOURCE } }",
            keep=lambda dims: dims["excludedReason"] == "API_SOURCE",
        ),
        CubeQuery(
            "appEvents",
            ("eventId", "userId", "name", "time", "counted", "excludedReason", "platform"),
            APP_EVENT_METRICS,
        ),
    ],
    ids=["by-reason", "no-dimension", "by-name", "per-day", "counted-contexts", "api", "per-event"],
)
def test_app_events(deployment: Deployment, query: CubeQuery) -> None:
    for partner in deployment.keys:
        check(deployment, partner, query)


def test_counted_app_events_carry_their_app_session_id(deployment: Deployment) -> None:
    """Each counted event's appSessionId is the id of the appSessions row it belongs to
    (named here by user and start time); an uncounted event has none."""
    for partner in deployment.keys:
        sessions = deployment.query(
            partner, "{ appSessions(limit: 10000) { rows { appSessionId userId startTime } } }"
        )["appSessions"]["rows"]
        name_of = {
            row["appSessionId"]: (row["userId"], from_api("startTime", row["startTime"]))
            for row in sessions
        }
        events = deployment.query(
            partner,
            "{ appEvents(limit: 10000) { rows { eventId appSessionId counted } rowCount } }",
        )["appEvents"]
        assert events["rowCount"] == len(events["rows"])
        expected = {
            fact.dims["eventId"]: fact.dims["appSessionId"]
            for fact in oracle_of(deployment, partner).cube("appEvents").facts
        }
        actual = {
            row["eventId"]: name_of[row["appSessionId"]] if row["counted"] else row["appSessionId"]
            for row in events["rows"]
        }
        assert actual == expected


def test_app_events_include_every_exclusion(deployment: Deployment) -> None:
    """Guard: the data has counted events and both reasons for not counting one."""
    reasons = {
        fact.dims["excludedReason"]
        for partner in deployment.keys
        for fact in oracle_of(deployment, partner).cube("appEvents").facts
    }
    assert reasons == {None, "API_SOURCE", "EXCLUDED_NAME"}


def test_every_app_session_has_its_own_id(deployment: Deployment) -> None:
    for partner in deployment.keys:
        sessions = oracle_of(deployment, partner).cube("appSessions").facts
        data = deployment.query(
            partner,
            "{ appSessions(limit: 10000) { rows { appSessionId userId startTime } rowCount } }",
        )["appSessions"]
        assert data["rowCount"] == len(data["rows"]) == len(sessions)
        assert len({row["appSessionId"] for row in data["rows"]}) == len(sessions)
        assert {
            (row["userId"], from_api("startTime", row["startTime"])) for row in data["rows"]
        } == {(s.user_id, s.started_at) for s in sessions}


def test_app_sessions_include_open_and_timeout_edge_cases(deployment: Deployment) -> None:
    """Guard: the data has open sessions and gaps just around the timeout."""
    facts = [
        fact
        for partner in deployment.keys
        for fact in oracle_of(deployment, partner).cube("appSessions").facts
    ]
    assert {fact.status for fact in facts} == {"OPEN", "CONCLUDED"}
    assert len({fact.dims["lengthBucket"] for fact in facts}) >= 5


def test_read_keys_see_no_rejected_line_of_other_partners(deployment: Deployment) -> None:
    """The bad lines belong to no partner or to one without a key here (see docs/METRICS.md)."""
    owners = {oracle.partner_of(line) for line in BAD_LINES}
    assert not owners & set(deployment.keys)
    for partner in deployment.keys:
        data = deployment.query(
            partner, "{ ingestion { rows { file rejectedLines } totals { rejectedLines } } }"
        )["ingestion"]
        assert data["totals"]["rejectedLines"] == 0
        assert all(row["rejectedLines"] == 0 for row in data["rows"])


@pytest.fixture(scope="module")
def admin_key(deployment: Deployment) -> str:
    """An admin key, made with the CLI as an operator would."""
    done = subprocess.run(
        [SESSIONLENS, "keys", "create", "--partner", "p-admin", "--roles", "read,admin"],
        env={**os.environ, "SESSIONLENS_HOME": str(deployment.paths.home)},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.strip().splitlines()[-1]


def test_admins_see_every_rejected_line(deployment: Deployment, admin_key: str) -> None:
    response = httpx.post(
        f"{deployment.url}/graphql",
        json={
            "query": "{ ingestion(limit: 10000) { rows { partnerId file rejectedLines } "
            "totals { rejectedLines } } }"
        },
        headers={"Authorization": f"Bearer {admin_key}"},
        timeout=30,
    )
    body = response.json()
    assert "errors" not in body, body
    data = body["data"]["ingestion"]
    expected = Counter(oracle.partner_of(line) for line in BAD_LINES)
    assert data["totals"]["rejectedLines"] == len(BAD_LINES)
    assert {(row["partnerId"], row["file"]): row["rejectedLines"] for row in data["rows"]} == {
        (partner, "zz-bad.jsonl"): count for partner, count in expected.items()
    }


@pytest.mark.parametrize("days", [1, 30])
def test_app_sessions_in_the_last_days(deployment: Deployment, days: int) -> None:
    """`inLast` keeps start times in [asOf - days, asOf] (the README's query language)."""
    for partner in deployment.keys:
        now = max(event.at for event in oracle_of(deployment, partner).events)
        since = now - timedelta(days=days)
        check(
            deployment,
            partner,
            CubeQuery(
                "appSessions",
                ("startTime",),
                ("sessionCount", "totalLengthSeconds"),
                where=f"{{ startTime: {{ inLast: {{ amount: {days}, unit: DAY }} }} }}",
                keep=lambda dims, since=since, now=now: since <= dims["startTime"] <= now,
                grains={"startTime": "HOUR"},
                as_of=now.isoformat() + "Z",
            ),
        )
