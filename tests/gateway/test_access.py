"""Keys, roles and partner isolation over HTTP."""

from __future__ import annotations

import os
import time
from datetime import timedelta
from unittest.mock import patch

import pytest
from starlette.testclient import TestClient

from gateway.keys import create_key
from sessionlens import cli
from sessionlens.core.settings import Paths
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


def test_a_key_revoked_by_the_cli_is_refused_by_the_running_gateway_at_once(
    client: TestClient, published: Paths, keys: dict[str, str]
) -> None:
    headers = {"Authorization": f"Bearer {keys['A']}"}
    assert client.post("/graphql", json={"query": QUERY}, headers=headers).status_code == 200
    key_id = keys["A"].split("_")[1]

    with patch.dict(os.environ, {"SESSIONLENS_HOME": str(published.home)}):
        assert cli.main(["keys", "revoke", key_id]) == 0

    response = client.post("/graphql", json={"query": QUERY}, headers=headers)
    assert response.status_code == 401
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "UNAUTHENTICATED"
    assert "revoked" in error["message"]
    assert response.headers["WWW-Authenticate"] == "Bearer"


def test_an_expired_key_is_401(client: TestClient, published: Paths) -> None:
    token = create_key(published, "A", ["read"], expires_in=timedelta(milliseconds=1))
    time.sleep(0.01)

    response = client.post("/graphql", json={"query": QUERY}, headers=_bearer(token))

    assert response.status_code == 401
    assert "expired" in response.json()["errors"][0]["message"]


def test_keys_list_shows_every_key_without_its_secret(
    published: Paths, keys: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    with patch.dict(os.environ, {"SESSIONLENS_HOME": str(published.home)}):
        assert cli.main(["keys", "list"]) == 0

    listed = capsys.readouterr().out.splitlines()
    assert listed[0].split() == [
        "id",
        "partner",
        "roles",
        "state",
        "created",
        "expires",
        "last",
        "used",
    ]
    assert sorted(line.split()[0] for line in listed[1:]) == sorted(
        k.split("_")[1] for k in keys.values()
    )
    assert not any(key.split("_", 2)[2] in "\n".join(listed) for key in keys.values())


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
