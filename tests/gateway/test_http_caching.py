"""`GET /graphql` over a real socket: an ETag per (snapshot, partner, roles, document,
variables) with `Cache-Control: private, no-cache`, and 304 with no body for the current
tag; answers that must not be reused are `no-store` without a tag."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from gateway.keys import create_key
from sessionlens.core.settings import Paths
from sessionlens.core.snapshots import write_current
from tests.gateway.conftest import partner_sessions

SESSION_IDS = (
    "query Ids($limit: Int) "
    "{ sessions(limit: $limit, orderBy: [{field: SESSION_ID}]) { rows { sessionId } } }"
)


@pytest.fixture
def http(served: str, keys: dict[str, str]) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=served, timeout=30) as client:
        yield client


def _get(
    http: httpx.Client,
    key: str,
    variables: dict[str, Any] | None = None,
    query: str = SESSION_IDS,
    if_none_match: str | None = None,
) -> httpx.Response:
    params = {"query": query}
    if variables is not None:
        params["variables"] = json.dumps(variables)
    headers = {"Authorization": f"Bearer {key}"}
    if if_none_match is not None:
        headers["If-None-Match"] = if_none_match
    return http.get("/graphql", params=params, headers=headers)


def _expected_ids(partner: str, limit: int | None = None) -> list[dict[str, str]]:
    ids = sorted(s["session_id"] for s in partner_sessions(partner))
    return [{"sessionId": i} for i in ids[:limit]]


def test_a_get_answer_has_an_etag_and_revalidates_to_304(
    http: httpx.Client, keys: dict[str, str]
) -> None:
    first = _get(http, keys["A"])
    assert first.status_code == 200
    assert first.json()["data"]["sessions"]["rows"] == _expected_ids("A")
    tag = first.headers["etag"]
    assert tag.startswith('"') and tag.endswith('"') and len(tag) > 10
    assert first.headers["cache-control"] == "private, no-cache"

    again = _get(http, keys["A"], if_none_match=tag)
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == tag
    assert again.headers["cache-control"] == "private, no-cache"

    # A list and a weak comparison match as RFC 9110 says.
    for header in (f'"other", {tag}', f"W/{tag}"):
        assert _get(http, keys["A"], if_none_match=header).status_code == 304
    stale = _get(http, keys["A"], if_none_match='"not-the-tag"')
    assert stale.status_code == 200 and stale.headers["etag"] == tag


def test_the_tag_differs_by_partner_roles_document_and_variables(
    http: httpx.Client, keys: dict[str, str], published: Paths
) -> None:
    tag = _get(http, keys["A"]).headers["etag"]
    other_partner = _get(http, keys["B"], if_none_match=tag)
    assert other_partner.status_code == 200
    assert other_partner.json()["data"]["sessions"]["rows"] == _expected_ids("B")
    assert other_partner.headers["etag"] != tag

    admin = _get(http, keys["admin"], if_none_match=tag)
    assert admin.status_code == 200 and admin.headers["etag"] != tag

    limited = _get(http, keys["A"], {"limit": 1}, if_none_match=tag)
    assert limited.status_code == 200
    assert limited.json()["data"]["sessions"]["rows"] == _expected_ids("A", 1)
    assert limited.headers["etag"] != tag

    renamed = _get(http, keys["A"], query=SESSION_IDS.replace("Ids", "Named"), if_none_match=tag)
    assert renamed.status_code == 200 and renamed.headers["etag"] != tag

    # Another key of the same partner with the same roles shares the tag.
    same_partner = create_key(published, "A", ["read"])
    assert _get(http, same_partner, if_none_match=tag).status_code == 304


def test_a_new_snapshot_changes_the_tag(
    http: httpx.Client, keys: dict[str, str], published: Paths
) -> None:
    tag = _get(http, keys["A"]).headers["etag"]
    current = published.snapshots_dir / "snap-1.duckdb"
    shutil.copy(current, published.snapshots_dir / "snap-2.duckdb")
    write_current(published, "snap-2", ["snap-2.duckdb"])

    after = _get(http, keys["A"], if_none_match=tag)
    assert after.status_code == 200
    assert after.json()["data"]["sessions"]["rows"] == _expected_ids("A")
    assert after.headers["etag"] != tag
    assert _get(http, keys["A"], if_none_match=after.headers["etag"]).status_code == 304


@pytest.mark.parametrize(
    "query",
    [
        # Relative to the clock: the same request may answer differently a second later.
        "{ sessions(where: {startTime: {inLast: {amount: 3650, unit: DAY}}}) "
        "{ rows { sessionCount } } }",
        # An error is never worth keeping.
        '{ sessions(timezone: "Mars/Olympus") { rows { sessionCount } } }',
    ],
)
def test_answers_not_to_reuse_are_no_store_without_a_tag(
    http: httpx.Client, keys: dict[str, str], query: str
) -> None:
    response = _get(http, keys["A"], query=query)
    assert response.status_code == 200
    assert "etag" not in response.headers
    assert response.headers["cache-control"] == "no-store"
    assert _get(http, keys["A"], query=query, if_none_match="*").status_code == 200


def test_posts_and_mutations_over_get_get_no_tag(http: httpx.Client, keys: dict[str, str]) -> None:
    headers = {"Authorization": f"Bearer {keys['A']}"}
    posted = http.post("/graphql", json={"query": SESSION_IDS}, headers=headers)
    assert posted.status_code == 200 and "etag" not in posted.headers

    mutation = _get(http, keys["A"], query="mutation { sessions { rows { sessionId } } }")
    assert mutation.status_code == 405
    assert mutation.headers["allow"] == "POST"
    assert mutation.json()["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert "etag" not in mutation.headers


def test_no_key_is_401_before_any_tag_is_compared(http: httpx.Client) -> None:
    response = http.get("/graphql", params={"query": SESSION_IDS}, headers={"If-None-Match": "*"})
    assert response.status_code == 401
