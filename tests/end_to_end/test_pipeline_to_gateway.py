"""generate → materialize → serve → query the sessions cube over HTTP, against the oracle."""

from __future__ import annotations

import math
from datetime import UTC, datetime

import httpx
import pytest

from tests.deployment import BAD_LINES, Deployment, raw_tables


def iso(value: datetime | None) -> datetime | None:
    return value.replace(tzinfo=UTC) if value else None


def parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def close(actual: float | None, expected: float | None) -> bool:
    if expected is None:
        return actual is None
    return actual is not None and math.isclose(actual, expected, rel_tol=1e-9, abs_tol=1e-6)


def test_every_session_matches_the_specification(deployment: Deployment) -> None:
    for partner in deployment.keys:
        data = deployment.query(
            partner,
            """{ sessions(limit: 10000) {
                rows { sessionId meetingId title status startTime endTime
                       hasRecording hasHls hasRtmp sessionCount durationMinutes
                       avgInitiatingMs uniqueParticipants participantMinutes }
                rowCount } }""",
        )["sessions"]
        expected = {s.session_id: s for s in deployment.sessions_of(partner)}
        assert data["rowCount"] == len(expected) > 0
        assert {row["sessionId"] for row in data["rows"]} == set(expected)
        for row in data["rows"]:
            session = expected[row["sessionId"]]
            assert (row["meetingId"], row["title"], row["status"]) == (
                session.meeting_id,
                session.title,
                session.status,
            )
            assert parse(row["startTime"]) == iso(session.started_at)
            assert parse(row["endTime"]) == iso(session.ended_at)
            assert (row["hasRecording"], row["hasHls"], row["hasRtmp"]) == tuple(
                service in session.services for service in ("recording", "hls", "rtmp")
            )
            assert row["sessionCount"] == 1
            assert close(row["durationMinutes"], session.duration_minutes)
            assert close(row["avgInitiatingMs"], session.initiating_ms)
            assert row["uniqueParticipants"] == len(session.participants)
            assert close(row["participantMinutes"], session.participant_minutes)


def test_unique_participants_are_distinct_over_the_whole_group(deployment: Deployment) -> None:
    for partner in deployment.keys:
        data = deployment.query(
            partner,
            """{ sessions { rows { status sessionCount uniqueParticipants participantMinutes }
                            totals { sessionCount uniqueParticipants } } }""",
        )["sessions"]
        sessions = deployment.sessions_of(partner)
        for row in data["rows"]:
            group = [s for s in sessions if s.status == row["status"]]
            users = {user for s in group for user in s.participants}
            assert row["sessionCount"] == len(group)
            assert row["uniqueParticipants"] == len(users)
            assert close(row["participantMinutes"], sum(s.participant_minutes for s in group))
        all_users = {user for s in sessions for user in s.participants}
        assert data["totals"] == {
            "sessionCount": len(sessions),
            "uniqueParticipants": len(all_users),
        }
        # Users who joined several sessions make the sum of per-session counts larger.
        assert sum(len(s.participants) for s in sessions) >= len(all_users)


def test_filters_order_and_limit(deployment: Deployment) -> None:
    partner = next(iter(deployment.keys))
    ended = sorted(
        (s for s in deployment.sessions_of(partner) if s.status == "ENDED"),
        key=lambda s: (-len(s.participants), s.session_id),
    )
    data = deployment.query(
        partner,
        """{ sessions(where: { status: { eq: ENDED } },
                      orderBy: [{ field: UNIQUE_PARTICIPANTS, direction: DESC },
                                { field: SESSION_ID, direction: ASC }],
                      limit: 3) {
            rows { sessionId uniqueParticipants } rowCount } }""",
    )["sessions"]
    assert data["rowCount"] == len(ended)
    assert [(r["sessionId"], r["uniqueParticipants"]) for r in data["rows"]] == [
        (s.session_id, len(s.participants)) for s in ended[:3]
    ]


def test_a_partner_never_sees_another_partners_rows(deployment: Deployment) -> None:
    for partner in deployment.keys:
        data = deployment.query(
            partner, "{ sessions(limit: 10000) { rows { sessionId participantMinutes } } }"
        )
        seen = {
            (r["sessionId"], round(r["participantMinutes"], 6)) for r in data["sessions"]["rows"]
        }
        own = {
            (s.session_id, round(s.participant_minutes, 6)) for s in deployment.sessions_of(partner)
        }
        assert seen == own


@pytest.mark.parametrize("header", [None, "Bearer nope", "Bearer slk_unknown_secret", "Basic x"])
def test_requests_without_a_valid_key_are_refused(
    deployment: Deployment, header: str | None
) -> None:
    headers = {"Authorization": header} if header else {}
    response = httpx.post(
        f"{deployment.url}/graphql", json={"query": "{ sessions { rowCount } }"}, headers=headers
    )
    assert response.status_code == 401
    assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


def test_malformed_lines_are_kept_with_file_line_and_reason(deployment: Deployment) -> None:
    with raw_tables(deployment.paths) as connection:
        rows = connection.execute(
            "select line_number, raw_line, reason from rejected_lines "
            "where file = 'zz-bad.jsonl' order by line_number"
        ).fetchall()
    assert [(line, text) for line, text, _ in rows] == list(enumerate(BAD_LINES, start=1))
    assert all(reason for _, _, reason in rows)
