"""The `/graphql` response cache and the direct value resolvers: same answers, fewer
warehouse queries, never shared across partners, roles, variables or snapshots."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import Any

import duckdb
import pytest
from starlette.testclient import TestClient

from gateway import schema as gateway_schema
from gateway import warehouse
from gateway.app import create_app
from gateway.keys import Principal
from gateway.response_cache import AnswerKey, ResponseCache, UncacheableRequest, answer_key
from sessionlens.core.settings import Paths, Settings
from tests.gateway.conftest import MARTS, SESSIONS, Api, partner_sessions
from tests.gateway.data import TIMELINE
from tests.gateway.marts import publish_snapshot

COUNT = "{ sessions { rows { sessionCount } } }"
SESSION_ROWS = """
query Sessions($limit: Int) {
  sessions(limit: $limit, orderBy: [{field: SESSION_ID}]) {
    rows { sessionId status hasRecording day: startTime(grain: DAY) startTime }
    totals { sessionCount durationMinutes }
    rowCount
  }
}
"""
# Every timeline value type: strings, a time under two aliases and grains, ints, rates.
TIMELINE_ROWS = """
{
  timeline(limit: 10000, timezone: "Europe/Berlin") {
    rows {
      sessionId userId name country device platform
      m: minute(grain: MINUTE) h: minute(grain: HOUR) minute
      liveUniqueViewers liveEngagementRate reactions chatMessages
    }
    totals { liveUniqueViewers reactions chatMessages }
    rowCount
  }
}
"""


@pytest.fixture
def statements(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The SQL of every statement the warehouse runs from now on."""
    ran: list[str] = []
    run = warehouse.run_statements

    def counting(
        cursor: duckdb.DuckDBPyConnection, batch: Sequence[Any], engine: str
    ) -> list[list[tuple]]:
        ran.extend(statement.sql for statement in batch)
        return run(cursor, batch, engine)

    monkeypatch.setattr(warehouse, "run_statements", counting)
    return ran


def _body(api: Api, query: str, variables: dict[str, Any] | None = None, as_: str = "A") -> bytes:
    response = api.client.post(
        "/graphql",
        json={"query": query, "variables": variables or {}},
        headers={"Authorization": f"Bearer {api.keys[as_]}"},
    )
    assert response.status_code == 200, response.text
    return response.content


@pytest.fixture
def uncached(settings: Settings, keys: dict[str, str], published: Paths) -> Iterator[Api]:
    with TestClient(create_app(replace(settings, response_cache_bytes=0))) as client:
        yield Api(client, keys)


def test_a_repeated_request_gets_the_uncached_body_without_querying(
    api: Api, uncached: Api, statements: list[str]
) -> None:
    expected = _body(uncached, SESSION_ROWS)
    assert len(statements) == 3
    assert b'"extensions":{"sources"' in expected
    assert _body(api, SESSION_ROWS) == expected
    assert len(statements) == 6
    assert _body(api, SESSION_ROWS) == expected
    assert len(statements) == 6


def test_get_reuses_the_answer_of_the_same_post(api: Api, statements: list[str]) -> None:
    posted = _body(api, SESSION_ROWS, {"limit": 2})
    ran = len(statements)
    response = api.client.get(
        "/graphql",
        params={"query": SESSION_ROWS, "variables": '{"limit": 2}'},
        headers={"Authorization": f"Bearer {api.keys['A']}"},
    )
    assert response.content == posted
    assert len(statements) == ran


@pytest.mark.parametrize("first", ["A", "B", "admin"])
def test_partners_and_admins_never_get_each_others_answers(api: Api, first: str) -> None:
    expected = {"A": len(partner_sessions("A")), "B": len(partner_sessions("B"))}
    expected["admin"] = len(SESSIONS)
    order = [first, *(who for who in expected if who != first)]
    for who in order * 2:
        rows = api.data(COUNT, as_=who)["sessions"]["rows"]
        assert rows == [{"sessionCount": expected[who]}], who


def test_variables_and_operation_names_are_part_of_the_key(api: Api) -> None:
    ids = sorted(s["session_id"] for s in partner_sessions("A"))
    for limit in (1, 2, 1, None):
        rows = api.data(SESSION_ROWS, {"limit": limit})["sessions"]["rows"]
        assert [row["sessionId"] for row in rows] == ids[:limit]
    two_operations = f"query Count {COUNT} query Ids {{ sessions {{ rows {{ sessionId }} }} }}"
    for name in ("Count", "Ids", "Count"):
        response = api.client.post(
            "/graphql",
            json={"query": two_operations, "operationName": name},
            headers={"Authorization": f"Bearer {api.keys['A']}"},
        )
        (row,) = response.json()["data"]["sessions"]["rows"][:1]
        assert set(row) == ({"sessionCount"} if name == "Count" else {"sessionId"})


def test_a_new_snapshot_is_answered_afresh(api: Api, published: Paths) -> None:
    before = len(partner_sessions("A"))
    assert api.data(COUNT)["sessions"]["rows"] == [{"sessionCount": before}]
    extra = {**SESSIONS[0], "session_id": "s-new"}
    publish_snapshot(published, "snap-2", {**MARTS, "sessions": [*SESSIONS, extra]})
    assert api.data(COUNT)["sessions"]["rows"] == [{"sessionCount": before + 1}]


def test_errors_are_not_cached(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    run = warehouse.run_statements
    calls = 0

    def interrupted_once(
        cursor: duckdb.DuckDBPyConnection, batch: Any, engine: str
    ) -> list[list[tuple]]:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise duckdb.InterruptException("interrupted")
        return run(cursor, batch, engine)

    monkeypatch.setattr(warehouse, "run_statements", interrupted_once)
    assert api.error(COUNT)["extensions"]["code"] == "TIMEOUT"
    assert api.data(COUNT)["sessions"]["rows"] == [{"sessionCount": len(partner_sessions("A"))}]


def test_answers_relative_to_the_clock_are_not_cached(api: Api, statements: list[str]) -> None:
    window = "where: {startTime: {inLast: {amount: 3650, unit: DAY}}}"
    for as_of, runs in (("", 2), ('asOf: "2026-10-26T12:00:00Z", ', 1)):
        query = f"{{ sessions({as_of}{window}) {{ rows {{ sessionCount }} }} }}"
        before = len(statements)
        first, second = api.data(query), api.data(query)
        assert first == second
        assert len(statements) - before == runs


def test_direct_value_resolvers_answer_like_strawberrys(
    settings: Settings,
    keys: dict[str, str],
    published: Paths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    uncached_settings = replace(settings, response_cache_bytes=0)
    bodies: list[bytes] = []
    for patch in (None, lambda schema, cubes: None):
        if patch is not None:
            monkeypatch.setattr(gateway_schema, "_resolve_values_directly", patch)
        with TestClient(create_app(uncached_settings)) as client:
            api = Api(client, keys)
            bodies.append(_body(api, TIMELINE_ROWS, as_="admin") + _body(api, SESSION_ROWS))
    assert bodies[0] == bodies[1]
    assert bodies[0].count(b'"sessionId"') == len(TIMELINE) + len(partner_sessions("A"))


def _key(n: int) -> AnswerKey:
    principal = Principal("k", "A", frozenset({"read"}))
    return answer_key(principal, "snap", {"query": f"{{ q{n} }}"})


def _cost(n: int, body: bytes) -> int:
    key = _key(n)
    return len(body) + len(key.document) + len(key.arguments)


def test_the_lru_keeps_within_its_byte_bound_and_evicts_the_least_recently_used() -> None:
    body = b"x" * 100
    cache = ResponseCache(max_bytes=3 * _cost(0, body))
    for n in range(3):
        cache.put(_key(n), body)
    assert cache.get(_key(0)) == body  # now the most recently used
    cache.put(_key(3), body)
    assert cache.get(_key(1)) is None
    assert [cache.get(_key(n)) for n in (0, 2, 3)] == [body] * 3
    assert len(cache) == 3 and cache.size_bytes == 3 * _cost(0, body)
    cache.put(_key(4), b"y" * (cache.max_bytes + 1))
    assert cache.get(_key(4)) is None and len(cache) == 3


def test_keys_separate_partners_roles_snapshots_and_arguments() -> None:
    reader = Principal("k1", "A", frozenset({"read"}))
    request = {"query": COUNT, "variables": {"b": 1, "a": [1, 2]}}
    key = answer_key(reader, "s1", request)
    same: list[Callable[[], AnswerKey]] = [
        lambda: answer_key(Principal("k2", "A", frozenset({"read", "write"})), "s1", request),
        lambda: answer_key(reader, "s1", {"query": COUNT, "variables": '{"a":[1,2],"b":1}'}),
    ]
    different = [
        answer_key(Principal("k1", "B", frozenset({"read"})), "s1", request),
        answer_key(Principal("k1", "A", frozenset({"read", "admin"})), "s1", request),
        answer_key(reader, "s2", request),
        answer_key(reader, "s1", {**request, "variables": {"b": 2, "a": [1, 2]}}),
        answer_key(reader, "s1", {**request, "operationName": "Count"}),
    ]
    assert all(make() == key for make in same)
    assert all(other != key for other in different)
    for malformed in ([request], {"variables": {}}, {"query": COUNT, "variables": "{"}):
        with pytest.raises(UncacheableRequest):
            answer_key(reader, "s1", malformed)
