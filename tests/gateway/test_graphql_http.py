"""`/graphql` as GraphQL over HTTP: status codes, GET, logging of errors, timeouts."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

import duckdb
import httpx
import pytest
from starlette.testclient import TestClient

from gateway import warehouse
from gateway.app import create_app
from gateway.media_types import negotiate
from gateway.schema.operations import KnownOperationTypes
from sessionlens.core.settings import Paths, Settings
from tests.gateway.conftest import Api, partner_sessions

GRAPHQL_RESPONSE = "application/graphql-response+json"
GRAPHQL_RESPONSE_UTF8 = "application/graphql-response+json; charset=utf-8"
TITLES = "{ sessions(orderBy: [{field: SESSION_ID}]) { rows { sessionId title } } }"


def _titles(partner: str) -> list[dict[str, Any]]:
    return [
        {"sessionId": s["session_id"], "title": s["title"]}
        for s in sorted(partner_sessions(partner), key=lambda s: s["session_id"])
    ]


def _post(
    api: Api, query: str, variables: dict[str, Any] | None = None, accept: str = GRAPHQL_RESPONSE
) -> httpx.Response:
    return api.client.post(
        "/graphql",
        json={"query": query, "variables": variables or {}},
        headers={"Authorization": f"Bearer {api.keys['A']}", "Accept": accept},
    )


def _get(api: Api, **params: str) -> httpx.Response:
    return api.client.get(
        "/graphql", params=params, headers={"Authorization": f"Bearer {api.keys['A']}"}
    )


def _only_error(response: httpx.Response) -> dict[str, Any]:
    body = response.json()
    assert len(body["errors"]) == 1, body
    return body["errors"][0]


REQUEST_ERRORS = pytest.mark.parametrize(
    ("query", "variables", "mentions"),
    [
        ("{ sessions(", None, "Syntax Error"),
        ("{ sessions { rows { nope } } }", None, "nope"),
        ("{ sessions(where: {status: {eq: LIVE}}) { rows { title } } }", None, "LIVE"),
        ("query($l: Int) { sessions(limit: $l) { rows { title } } }", {"l": "x"}, "$l"),
        ("query($l: Int!) { sessions(limit: $l) { rows { title } } }", None, "$l"),
        ("mutation { sessions { rows { title } } }", None, "read-only"),
    ],
    ids=[
        "syntax",
        "unknown-field",
        "unknown-enum-value",
        "bad-variable",
        "missing-variable",
        "mutation",
    ],
)


@REQUEST_ERRORS
def test_request_errors_are_400_without_data_for_graphql_response_json(
    api: Api, query: str, variables: dict[str, Any] | None, mentions: str
) -> None:
    response = _post(api, query, variables)
    assert response.status_code == 400
    assert response.headers["content-type"] == GRAPHQL_RESPONSE_UTF8
    assert "data" not in response.json()
    error = _only_error(response)
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert mentions in error["message"]


@REQUEST_ERRORS
@pytest.mark.parametrize("accept", ["application/json", "*/*", "application/*", ""])
def test_request_errors_are_200_without_data_for_application_json(
    api: Api, query: str, variables: dict[str, Any] | None, mentions: str, accept: str
) -> None:
    """The legacy media type (also what a client gets that names neither) answers every
    well-formed GraphQL request with 200; the body is the same."""
    response = _post(api, query, variables, accept=accept)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == _post(api, query, variables).json()


def test_limit_violations_are_400_too_complex(settings, keys, published) -> None:
    with TestClient(create_app(replace(settings, max_aliases=2))) as client:
        api = Api(client, keys)
        query = "{ sessions { rows { a: title b: title c: title } } }"
        response = _post(api, query)
        legacy = _post(api, query, accept="application/json")
    assert response.status_code == 400
    assert _only_error(response)["extensions"]["code"] == "TOO_COMPLEX"
    assert legacy.status_code == 200
    assert _only_error(legacy)["extensions"]["code"] == "TOO_COMPLEX"


def test_execution_errors_are_200_with_null_data(api: Api) -> None:
    response = _post(api, "{ sessions(limit: 10001) { rows { title } } }")
    assert response.status_code == 200
    assert response.json()["data"] is None
    error = _only_error(response)
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "argument": "limit"}
    assert error["path"] == ["sessions"]


def test_bad_as_of_names_the_argument(api: Api) -> None:
    query = '{ sessions(asOf: "last tuesday") { rows { sessionCount } } }'
    response = _post(api, query)
    assert response.status_code == 200
    error = _only_error(response)
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "argument": "asOf"}
    assert "`asOf`" in error["message"] and "last tuesday" in error["message"]


def test_mutations_over_get_are_405(api: Api) -> None:
    for accept in (GRAPHQL_RESPONSE, "application/json"):
        over_get = api.client.get(
            "/graphql",
            params={"query": "mutation { sessions { rows { title } } }"},
            headers={"Authorization": f"Bearer {api.keys['A']}", "Accept": accept},
        )
        assert over_get.status_code == 405
        assert over_get.headers["allow"] == "POST"
        assert "POST" in _only_error(over_get)["message"]


def test_other_methods_and_bad_bodies_get_json_errors(api: Api) -> None:
    headers = {"Authorization": f"Bearer {api.keys['A']}"}
    put = api.client.put("/graphql", json={"query": TITLES}, headers=headers)
    assert put.status_code == 405
    assert put.headers["allow"] == "GET, POST"
    assert _only_error(put)["extensions"]["code"] == "BAD_USER_INPUT"

    bad_json = api.client.post(
        "/graphql", content=b"{not json", headers={**headers, "content-type": "application/json"}
    )
    assert bad_json.status_code == 400
    assert _only_error(bad_json)["extensions"]["code"] == "BAD_USER_INPUT"


@pytest.mark.parametrize("accept", [GRAPHQL_RESPONSE, "application/json"])
@pytest.mark.parametrize(
    ("body", "mentions"),
    [
        (b"{not json", "JSON"),
        (b'{"variables": {}}', "query"),
        (b'{"query": "{ __typename }", "operationName": 7}', "`operationName`"),
        (b'{"query": "{ __typename }", "operationName": {"a": 1}}', "`operationName`"),
    ],
    ids=["not-json", "no-query", "number-operation-name", "object-operation-name"],
)
def test_bodies_that_are_no_graphql_request_are_400_for_either_media_type(
    api: Api, accept: str, body: bytes, mentions: str
) -> None:
    response = api.client.post(
        "/graphql",
        content=body,
        headers={
            "Authorization": f"Bearer {api.keys['A']}",
            "Content-Type": "application/json",
            "Accept": accept,
        },
    )
    assert response.status_code == 400
    assert response.headers["content-type"].startswith(accept)
    error = _only_error(response)
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert mentions in error["message"]


def test_an_unknown_operation_name_is_a_request_error(api: Api) -> None:
    def send(accept: str) -> httpx.Response:
        return api.client.post(
            "/graphql",
            json={"query": "query A { __typename }", "operationName": "B"},
            headers={"Authorization": f"Bearer {api.keys['A']}", "Accept": accept},
        )

    preferred, legacy = send(GRAPHQL_RESPONSE), send("application/json")
    assert (preferred.status_code, legacy.status_code) == (400, 200)
    for response in (preferred, legacy):
        assert "data" not in response.json()
        assert '"B"' in _only_error(response)["message"]


@pytest.mark.parametrize(
    ("accept", "chosen"),
    [
        (None, "application/json"),
        ("", "application/json"),
        ("*/*", "application/json"),
        ("application/*", "application/json"),
        ("application/json", "application/json"),
        ("application/graphql-response+json", GRAPHQL_RESPONSE),
        ("application/graphql-response+json, application/json", GRAPHQL_RESPONSE),
        ("application/json, application/graphql-response+json", GRAPHQL_RESPONSE),
        ("application/json;q=0.9, application/graphql-response+json", GRAPHQL_RESPONSE),
        ("application/json, application/graphql-response+json;q=0.9", "application/json"),
        ("APPLICATION/GRAPHQL-RESPONSE+JSON", GRAPHQL_RESPONSE),
        ("application/graphql-response+json;q=0, */*", "application/json"),
        ("application/json;q=0, */*", GRAPHQL_RESPONSE),
        ("application/graphql-response+json;q=oops, application/json", "application/json"),
        ("text/html, */*;q=0.8", "application/json"),
        ("text/csv", None),
        ("application/json;q=0", None),
        ("application/xml, text/plain;q=0.5", None),
    ],
)
def test_the_media_type_follows_accept(accept: str | None, chosen: str | None) -> None:
    assert negotiate(accept) == chosen


def test_a_client_accepting_neither_media_type_gets_406(api: Api) -> None:
    headers = {"Authorization": f"Bearer {api.keys['A']}", "Accept": "text/csv"}
    response = api.client.post("/graphql", json={"query": TITLES}, headers=headers)
    assert response.status_code == 406
    error = _only_error(response)
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert "application/graphql-response+json" in error["message"]
    # A browser asking for HTML still gets GraphiQL.
    page = api.client.get("/graphql", headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")


def test_refusals_before_the_view_use_the_negotiated_media_type(api: Api) -> None:
    """401 and 413 come from the wrappers around the view, cached answers from before
    it: all in the type the client chose."""
    unauthenticated = api.client.post(
        "/graphql", json={"query": TITLES}, headers={"Accept": GRAPHQL_RESPONSE}
    )
    assert unauthenticated.status_code == 401
    assert unauthenticated.headers["content-type"] == GRAPHQL_RESPONSE_UTF8
    assert _only_error(unauthenticated)["extensions"]["code"] == "UNAUTHENTICATED"

    oversized = api.client.post(
        "/graphql",
        json={"query": TITLES, "variables": {"pad": "x" * 30_000}},
        headers={"Authorization": f"Bearer {api.keys['A']}", "Accept": GRAPHQL_RESPONSE},
    )
    assert oversized.status_code == 413
    assert oversized.headers["content-type"] == GRAPHQL_RESPONSE_UTF8

    # The second answer comes from the response cache, in the same media type.
    for _ in range(2):
        answered = _post(api, TITLES)
        assert answered.status_code == 200
        assert answered.headers["content-type"] == GRAPHQL_RESPONSE_UTF8
        assert answered.json()["data"]["sessions"]["rows"] == _titles("A")
    legacy = _post(api, TITLES, accept="application/json")
    assert legacy.headers["content-type"] == "application/json"
    assert legacy.content == answered.content


def test_get_queries_with_variables(api: Api) -> None:
    query = "query($id: String!) { sessions(where: {sessionId: {eq: $id}}) { rows { title } } }"
    response = _get(api, query=query, variables=json.dumps({"id": "s2"}))
    assert response.status_code == 200
    expected = [{"title": s["title"]} for s in partner_sessions("A") if s["session_id"] == "s2"]
    assert response.json()["data"] == {"sessions": {"rows": expected}}

    assert _get(api, query=TITLES).json()["data"]["sessions"]["rows"] == _titles("A")


# -- logging ----------------------------------------------------------------------------


def _records_with_traceback(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.exc_info]


def test_user_errors_are_logged_without_traceback(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    for query in (
        '{ sessions(timezone: "Mars/Olympus") { rows { title } } }',  # in a resolver
        "{ sessions { rows { sql } } }",  # validation
    ):
        caplog.clear()
        body = _post(api, query).json()
        assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
        assert _records_with_traceback(caplog) == []
        logged = [r for r in caplog.records if r.name.startswith(("gateway", "strawberry"))]
        assert [r.levelno for r in logged] == [logging.INFO]


def test_unexpected_errors_are_logged_with_traceback_and_masked(
    api: Api, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(*_: object) -> None:
        raise RuntimeError("Catalog Error: table /srv/snapshots/x.duckdb")

    monkeypatch.setattr("gateway.schema.cubes.execute_cube_query", broken)
    response = _post(api, "{ sessions { rows { title } } }")
    assert response.status_code == 200
    error = _only_error(response)
    assert error == {**error, "message": "Internal error.", "extensions": {"code": "INTERNAL"}}
    (record,) = _records_with_traceback(caplog)
    assert record.levelno == logging.ERROR
    assert "x.duckdb" in str(record.exc_info[1])


@pytest.mark.parametrize("accept", [GRAPHQL_RESPONSE, "application/json"])
def test_a_failure_before_execution_is_500_for_either_media_type(
    api: Api, monkeypatch: pytest.MonkeyPatch, accept: str
) -> None:
    """A fault of the server, not of the request: no media type turns it into a 200."""

    def broken(*_: object) -> None:
        raise RuntimeError("cannot read /srv/sessionlens/rules")

    monkeypatch.setattr(KnownOperationTypes, "enter_operation_definition", broken)
    response = _post(api, TITLES, accept=accept)
    assert response.status_code == 500
    assert response.headers["content-type"].startswith(accept)
    assert "data" not in response.json()
    error = _only_error(response)
    assert error["extensions"] == {"code": "INTERNAL"}
    assert "/srv" not in response.text


# -- timeout ----------------------------------------------------------------------------

# A timeline far too big to aggregate in time: a view over a generated range, so the
# snapshot stays small on disk.
SLOW_TIMELINE = """
create or replace view timeline as
select 'A' as partner_id, 's1' as session_id, 'u' || (i % 1000) as user_id,
       timestamp '2026-03-29 00:31:00' as minute_at, 1 as heartbeats,
       i % 2 as engaged_heartbeats, i % 3 as reactions, 0 as chat_messages,
       'Ada' as name, 'US' as country, 'iPhone 15' as device, 'ios' as platform
from range(1000000000000) as generated(i)
"""


@contextmanager
def _slow_warehouse(settings: Settings, published: Paths) -> Iterator[TestClient]:
    snapshot = published.snapshots_dir / "snap-1.duckdb"
    with duckdb.connect(str(snapshot)) as connection:
        connection.execute("drop table timeline")
        connection.execute(SLOW_TIMELINE)
    with TestClient(create_app(replace(settings, query_timeout_seconds=0.3))) as client:
        yield client


def _assert_times_out_then_recovers(api: Api) -> None:
    started = time.monotonic()
    response = _post(api, "{ timeline { totals { reactions liveEngagementRate } } }")
    elapsed = time.monotonic() - started
    assert response.status_code == 200
    error = _only_error(response)
    assert error["extensions"]["code"] == "TIMEOUT"
    assert "0.3 s" in error["message"]
    assert elapsed < 5
    # The warehouse is free right away: the next query on the same app is answered.
    assert api.data(TITLES)["sessions"]["rows"] == _titles("A")


@pytest.mark.timeout(30)
def test_a_slow_query_times_out_and_frees_the_warehouse(settings, keys, published) -> None:
    with _slow_warehouse(settings, published) as client:
        _assert_times_out_then_recovers(Api(client, keys))


@pytest.mark.timeout(30)
def test_a_query_whose_worker_starts_after_the_deadline_is_stopped(
    settings, keys, published, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = warehouse.run_statements
    calls = 0

    def late_run(cursor: duckdb.DuckDBPyConnection, statements: Any, engine: str) -> Any:
        nonlocal calls
        calls += 1
        if calls == 1:
            time.sleep(0.5)  # e.g. every worker thread was busy when the slow query came in
        return run(cursor, statements, engine)

    monkeypatch.setattr(warehouse, "run_statements", late_run)
    with _slow_warehouse(settings, published) as client:
        _assert_times_out_then_recovers(Api(client, keys))
