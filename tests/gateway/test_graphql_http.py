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
from sessionlens.core.settings import Paths, Settings
from tests.gateway.conftest import Api, partner_sessions

TITLES = "{ sessions(orderBy: [{field: SESSION_ID}]) { rows { sessionId title } } }"


def _titles(partner: str) -> list[dict[str, Any]]:
    return [
        {"sessionId": s["session_id"], "title": s["title"]}
        for s in sorted(partner_sessions(partner), key=lambda s: s["session_id"])
    ]


def _post(api: Api, query: str, variables: dict[str, Any] | None = None) -> httpx.Response:
    return api.client.post(
        "/graphql",
        json={"query": query, "variables": variables or {}},
        headers={"Authorization": f"Bearer {api.keys['A']}"},
    )


def _get(api: Api, **params: str) -> httpx.Response:
    return api.client.get(
        "/graphql", params=params, headers={"Authorization": f"Bearer {api.keys['A']}"}
    )


def _only_error(response: httpx.Response) -> dict[str, Any]:
    body = response.json()
    assert len(body["errors"]) == 1, body
    return body["errors"][0]


@pytest.mark.parametrize(
    ("query", "variables", "mentions"),
    [
        ("{ sessions(", None, "Syntax Error"),
        ("{ sessions { rows { nope } } }", None, "nope"),
        ("{ sessions(where: {status: {eq: LIVE}}) { rows { title } } }", None, "LIVE"),
        ("query($l: Int) { sessions(limit: $l) { rows { title } } }", {"l": "x"}, "$l"),
        ("query($l: Int!) { sessions(limit: $l) { rows { title } } }", None, "$l"),
    ],
    ids=["syntax", "unknown-field", "unknown-enum-value", "bad-variable", "missing-variable"],
)
def test_request_errors_are_400_without_data(
    api: Api, query: str, variables: dict[str, Any] | None, mentions: str
) -> None:
    response = _post(api, query, variables)
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/json"
    assert "data" not in response.json()
    error = _only_error(response)
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert mentions in error["message"]


def test_limit_violations_are_400_too_complex(settings, keys, published) -> None:
    with TestClient(create_app(replace(settings, max_aliases=2))) as client:
        response = _post(Api(client, keys), "{ sessions { rows { a: title b: title c: title } } }")
    assert response.status_code == 400
    assert _only_error(response)["extensions"]["code"] == "TOO_COMPLEX"


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


def test_mutations_are_refused(api: Api) -> None:
    over_post = _post(api, "mutation { sessions { rows { title } } }")
    assert over_post.status_code == 400
    error = _only_error(over_post)
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert "read-only" in error["message"] and "mutation" in error["message"]

    over_get = _get(api, query="mutation { sessions { rows { title } } }")
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
    run = warehouse._run
    calls = 0

    def late_run(cursor: duckdb.DuckDBPyConnection, statements: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 1:
            time.sleep(0.5)  # e.g. every worker thread was busy when the slow query came in
        return run(cursor, statements)

    monkeypatch.setattr(warehouse, "_run", late_run)
    with _slow_warehouse(settings, published) as client:
        _assert_times_out_then_recovers(Api(client, keys))
