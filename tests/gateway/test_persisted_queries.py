"""Apollo's automatic persisted queries over a real socket, POST and GET: an unknown hash
is PERSISTED_QUERY_NOT_FOUND, hash + document stores it, then the hash alone answers; a
hash that is not the document's, or a malformed `persistedQuery`, is BAD_USER_INPUT. The
store is bounded and shared by every gateway process of one data directory."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import httpx
import pytest

from gateway.app import create_app
from sessionlens.core.settings import Settings
from tests.gateway.conftest import partner_sessions, serving

TITLES = "{ sessions(orderBy: [{field: SESSION_ID}]) { rows { sessionId title } } }"


def _sha256(document: str) -> str:
    return hashlib.sha256(document.encode()).hexdigest()


def _titles(partner: str) -> dict[str, Any]:
    rows = sorted(partner_sessions(partner), key=lambda s: s["session_id"])
    return {
        "sessions": {"rows": [{"sessionId": s["session_id"], "title": s["title"]} for s in rows]}
    }


def _persisted(sha256: str) -> dict[str, Any]:
    return {"persistedQuery": {"version": 1, "sha256Hash": sha256}}


class Client:
    """Requests as Apollo's persisted-query link sends them, with one key."""

    def __init__(self, url: str, key: str) -> None:
        self.http = httpx.Client(
            base_url=url, timeout=30, headers={"Authorization": f"Bearer {key}"}
        )

    def post(self, body: dict[str, Any], accept: str = "application/json") -> httpx.Response:
        return self.http.post("/graphql", json=body, headers={"Accept": accept})

    def get(
        self, extensions: dict[str, Any], query: str | None = None, if_none_match: str = ""
    ) -> httpx.Response:
        params = {"extensions": json.dumps(extensions)}
        if query is not None:
            params["query"] = query
        headers = {"If-None-Match": if_none_match} if if_none_match else {}
        return self.http.get("/graphql", params=params, headers=headers)


@pytest.fixture
def client(served: str, keys: dict[str, str]) -> Iterator[Client]:
    client = Client(served, keys["A"])
    yield client
    client.http.close()


def _not_found(response: httpx.Response) -> None:
    assert response.status_code == 200
    assert response.json() == {
        "errors": [
            {
                "message": "PersistedQueryNotFound",
                "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"},
            }
        ]
    }


def _bad_input(response: httpx.Response, *words: str) -> None:
    body = response.json()
    assert "data" not in body
    [error] = body["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    for word in words:
        assert word in error["message"]


def test_apollos_flow_over_post(client: Client) -> None:
    extensions = _persisted(_sha256(TITLES))
    _not_found(client.post({"extensions": extensions}))

    stored = client.post({"query": TITLES, "extensions": extensions})
    assert stored.status_code == 200
    assert stored.json()["data"] == _titles("A")

    by_hash = client.post({"extensions": extensions})
    assert by_hash.status_code == 200
    assert by_hash.json()["data"] == _titles("A")


def test_apollos_flow_over_get_with_etag(client: Client) -> None:
    extensions = _persisted(_sha256(TITLES))
    _not_found(client.get(extensions))
    # Apollo resends with the document as a POST.
    assert client.post({"query": TITLES, "extensions": extensions}).json()["data"] == _titles("A")

    by_hash = client.get(extensions)
    assert by_hash.status_code == 200
    assert by_hash.json()["data"] == _titles("A")
    assert by_hash.headers["cache-control"] == "private, no-cache"
    tag = by_hash.headers["etag"]
    revalidated = client.get(extensions, if_none_match=tag)
    assert revalidated.status_code == 304 and revalidated.content == b""
    # The same request with its document in full has the same tag.
    assert client.get(extensions, TITLES, if_none_match=tag).status_code == 304
    assert client.http.get("/graphql", params={"query": TITLES}).headers["etag"] == tag


def test_the_document_answers_every_partner_with_its_own_rows(
    served: str, keys: dict[str, str], client: Client
) -> None:
    extensions = _persisted(_sha256(TITLES))
    client.post({"query": TITLES, "extensions": extensions})
    other = Client(served, keys["B"])
    assert other.post({"extensions": extensions}).json()["data"] == _titles("B")


def test_a_hash_that_is_not_the_documents_is_bad_user_input(client: Client) -> None:
    wrong = _persisted(_sha256(TITLES + " "))
    _bad_input(client.post({"query": TITLES, "extensions": wrong}), "sha256Hash", "sha256")
    _bad_input(client.get(wrong, TITLES), "sha256Hash")
    # Nothing was stored under either hash.
    _not_found(client.post({"extensions": wrong}))
    _not_found(client.post({"extensions": _persisted(_sha256(TITLES))}))


@pytest.mark.parametrize(
    ("persisted", "named"),
    [
        ("yes", "`extensions.persistedQuery`"),
        ({"version": 2, "sha256Hash": "0" * 64}, "version"),
        ({"sha256Hash": "0" * 64}, "version"),
        ({"version": 1}, "sha256Hash"),
        ({"version": 1, "sha256Hash": "A" * 64}, "lower-case hex"),
        ({"version": 1, "sha256Hash": "0" * 63}, "64 characters"),
    ],
)
def test_a_malformed_persisted_query_is_bad_user_input(
    client: Client, persisted: Any, named: str
) -> None:
    response = client.post({"extensions": {"persistedQuery": persisted}})
    assert response.status_code == 200  # application/json: a request error is 200
    _bad_input(response, named)
    strict = client.post(
        {"extensions": {"persistedQuery": persisted}},
        accept="application/graphql-response+json",
    )
    assert strict.status_code == 400
    _bad_input(strict, named)


def test_a_document_that_does_not_validate_is_not_stored(client: Client) -> None:
    invalid = "{ sessions { rows { noSuchField } } }"
    extensions = _persisted(_sha256(invalid))
    response = client.post({"query": invalid, "extensions": extensions})
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    _not_found(client.post({"extensions": extensions}))


def test_a_mutation_by_hash_over_get_is_405(client: Client) -> None:
    mutation = "mutation { sessions { rows { title } } }"
    extensions = _persisted(_sha256(mutation))
    refused = client.get(extensions, mutation)
    assert refused.status_code == 405 and refused.headers["allow"] == "POST"


def test_every_worker_finds_what_one_stored(
    served: str, settings: Settings, keys: dict[str, str], client: Client
) -> None:
    extensions = _persisted(_sha256(TITLES))
    with serving(create_app(settings)) as second_worker:
        other = Client(second_worker, keys["A"])
        _not_found(other.post({"extensions": extensions}))
        client.post({"query": TITLES, "extensions": extensions})
        assert other.post({"extensions": extensions}).json()["data"] == _titles("A")


def test_the_store_keeps_the_most_recently_stored_documents(
    published: object, settings: Settings, keys: dict[str, str]
) -> None:
    bounded = replace(settings, persisted_query_entries=2)
    documents = [f"{{ sessions(limit: {n}) {{ rows {{ sessionId }} }} }}" for n in (1, 2, 3)]
    with serving(create_app(bounded)) as first, serving(create_app(bounded)) as second:
        writer, reader = Client(first, keys["A"]), Client(second, keys["A"])
        for document in documents:
            writer.post({"query": document, "extensions": _persisted(_sha256(document))})
        for worker in (writer, reader):
            _not_found(worker.post({"extensions": _persisted(_sha256(documents[0]))}))
            for document in documents[1:]:
                answer = worker.post({"extensions": _persisted(_sha256(document))})
                assert answer.json()["data"]["sessions"]["rows"], answer.json()


def test_turned_off_a_persisted_query_is_bad_user_input(
    published: object, settings: Settings, keys: dict[str, str]
) -> None:
    with serving(create_app(replace(settings, persisted_query_entries=0))) as url:
        response = Client(url, keys["A"]).post(
            {"query": TITLES, "extensions": _persisted(_sha256(TITLES))}
        )
    _bad_input(response, "turned off")


def test_a_document_answered_from_the_response_cache_is_stored_too(client: Client) -> None:
    assert client.http.get("/graphql", params={"query": TITLES}).status_code == 200
    extensions = _persisted(_sha256(TITLES))
    assert client.post({"query": TITLES, "extensions": extensions}).json()["data"] == _titles("A")
    assert client.post({"extensions": extensions}).json()["data"] == _titles("A")
