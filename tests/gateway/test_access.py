"""Keys, roles and partner isolation over HTTP."""

from __future__ import annotations

from starlette.testclient import TestClient

from tests.gateway.conftest import Api, partner_sessions

QUERY = "{ sessions(orderBy: [{field: SESSION_ID}]) { rows { sessionId title } } }"


def test_each_partner_sees_only_its_own_rows(api: Api) -> None:
    for partner in ("A", "B"):
        rows = api.data(QUERY, as_=partner)["sessions"]["rows"]
        assert rows == sorted(
            (
                {"sessionId": s["session_id"], "title": s["title"]}
                for s in partner_sessions(partner)
            ),
            key=lambda r: r["sessionId"],
        )


def test_partner_a_never_sees_partner_b_participants(api: Api) -> None:
    # B's session s1 shares its id with A's; A's counts must not include B's users (u9).
    rows = api.data(
        '{ sessions(where: {sessionId: {eq: "s1"}}) { rows { uniqueParticipants '
        "durationMinutes } } }"
    )["sessions"]["rows"]
    assert rows == [{"uniqueParticipants": 3, "durationMinutes": 60.0}]


def test_missing_or_bad_key_is_401(client: TestClient, published: object) -> None:
    for headers in ({}, {"Authorization": "Bearer slk_nope_nope"}, {"Authorization": "Basic x"}):
        response = client.post("/graphql", json={"query": QUERY}, headers=headers)
        assert response.status_code == 401
        assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


def test_key_without_read_role_is_forbidden(api: Api) -> None:
    response = api.client.post(
        "/graphql", json={"query": QUERY}, headers={"Authorization": f"Bearer {api.keys['writer']}"}
    )
    assert response.status_code == 403
    assert response.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"


def test_sql_and_partner_id_are_admin_only(api: Api) -> None:
    for query in (
        "{ sessions { rows { sessionCount } sql } }",
        "{ sessions { rows { partnerId sessionCount } } }",
        '{ sessions(where: {partnerId: {eq: "B"}}) { rows { sessionCount } } }',
        "{ sessions(orderBy: [{field: PARTNER_ID}]) { rows { sessionId } } }",
    ):
        error = api.error(query)
        assert error["extensions"]["code"] == "FORBIDDEN"
        assert "SELECT" not in error["message"]


def test_admin_queries_across_partners_and_reads_sql(api: Api) -> None:
    data = api.data("{ sessions { rows { partnerId sessionCount } sql } }", as_="admin")
    rows = data["sessions"]["rows"]
    assert {r["partnerId"]: r["sessionCount"] for r in rows} == {
        p: len(partner_sessions(p)) for p in ("A", "B")
    }
    assert data["sessions"]["sql"].startswith("SELECT")
    filtered = api.data(
        '{ sessions(where: {partnerId: {eq: "B"}}) { rows { sessionCount } } }', as_="admin"
    )["sessions"]["rows"]
    assert filtered == [{"sessionCount": len(partner_sessions("B"))}]
