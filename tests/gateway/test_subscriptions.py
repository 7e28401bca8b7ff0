"""Subscriptions against a served gateway with real clients: `gql`'s graphql-transport-ws
client and a GraphQL over SSE stream, across real publishes (a new snapshot file named in
`snapshots/CURRENT`). Expectations come from the hand-written marts (`tests/gateway/data`)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import aclosing

import duckdb
import httpx
import pytest
from gql.transport.exceptions import TransportConnectionFailed, TransportQueryError
from websockets.exceptions import ConnectionClosed

from gateway.keys import create_key, revoke_key
from sessionlens.core.settings import Paths, Settings
from tests.gateway.conftest import partner_sessions
from tests.gateway.live import event_stream, republish, serving, subscribe, websocket_session
from tests.gateway.test_graphql_http import SLOW_TIMELINE

SESSION_IDS = "subscription { sessions { rows { sessionId } rowCount } }"
# Each step waits at most this long for a message that must come (no timing is asserted).
PATIENCE_SECONDS = 30


def session_ids(partner: str, removed: set[str] = frozenset()) -> list[str]:
    return sorted({s["session_id"] for s in partner_sessions(partner)} - removed)


def answered(data: dict) -> list[str]:
    sessions = data["sessions"]
    ids = [row["sessionId"] for row in sessions["rows"]]
    assert sessions["rowCount"] == len(ids)
    return sorted(ids)


def drop_session(partner: str, session_id: str) -> str:
    return f"delete from sessions where partner_id = '{partner}' and session_id = '{session_id}'"


async def next_of(stream: object) -> object:
    return await asyncio.wait_for(anext(stream), PATIENCE_SECONDS)  # type: ignore[call-overload]


@pytest.fixture
def live_settings(published: Paths) -> Settings:
    return Settings(paths=published, snapshot_poll_seconds=0.05, max_subscriptions_per_key=2)


@pytest.fixture
def url(live_settings: Settings) -> Iterator[str]:
    with serving(live_settings) as served:
        yield served


def test_a_websocket_subscriber_gets_the_answer_now_then_each_changed_one(
    url: str, published: Paths, keys: dict[str, str]
) -> None:
    async def scenario() -> None:
        async with (
            websocket_session(url, keys["A"]) as a_session,
            websocket_session(url, keys["B"]) as b_session,
            aclosing(subscribe(a_session, SESSION_IDS)) as a_answers,
            aclosing(subscribe(b_session, SESSION_IDS)) as b_answers,
        ):
            assert answered(await next_of(a_answers)) == session_ids("A")
            assert answered(await next_of(b_answers)) == session_ids("B")

            # Changes only B's answer: A's subscriber is sent nothing for this publish.
            republish(published, "snap-2", drop_session("B", "s1"))
            assert answered(await next_of(b_answers)) == session_ids("B", {"s1"})

            republish(published, "snap-3", drop_session("A", "s2"))
            assert answered(await next_of(a_answers)) == session_ids("A", {"s2"})

    asyncio.run(scenario())


def test_an_sse_subscriber_gets_the_same_answers(
    url: str, published: Paths, keys: dict[str, str]
) -> None:
    async def scenario() -> None:
        async with event_stream(url, keys["A"], SESSION_IDS) as events:
            event, body = await next_of(events)
            assert event == "next" and answered(body["data"]) == session_ids("A")
            republish(published, "snap-2", drop_session("B", "s1"))
            republish(published, "snap-3", drop_session("A", "s1"))
            event, body = await next_of(events)
            assert event == "next" and answered(body["data"]) == session_ids("A", {"s1"})

    asyncio.run(scenario())


@pytest.mark.parametrize("key", ["slk_nope_nope", None, "writer"])
def test_a_websocket_without_a_valid_read_key_is_closed_as_forbidden(
    url: str, keys: dict[str, str], key: str | None
) -> None:
    async def scenario() -> None:
        async with websocket_session(url, keys.get(key, key)):
            pass

    with pytest.raises(TransportConnectionFailed) as failed:
        asyncio.run(scenario())
    closed = failed.value.__cause__
    assert isinstance(closed, ConnectionClosed)
    assert closed.rcvd is not None and closed.rcvd.code == 4403


def test_an_event_stream_without_a_key_is_401(url: str) -> None:
    response = httpx.post(
        f"{url}/graphql", json={"query": SESSION_IDS}, headers={"Accept": "text/event-stream"}
    )
    assert response.status_code == 401
    assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


def test_a_revoked_key_s_subscription_ends_unauthenticated_at_its_next_answer(
    url: str, published: Paths
) -> None:
    key = create_key(published, "A", ["read"])

    async def scenario() -> None:
        async with (
            websocket_session(url, key) as session,
            aclosing(subscribe(session, SESSION_IDS)) as answers,
        ):
            assert answered(await next_of(answers)) == session_ids("A")
            revoke_key(published, key)
            republish(published, "snap-2", drop_session("A", "s1"))
            with pytest.raises(TransportQueryError) as refused:
                await next_of(answers)
            assert refused.value.errors[0]["extensions"]["code"] == "UNAUTHENTICATED"

    asyncio.run(scenario())


def test_a_key_holds_at_most_its_bound_across_both_transports(
    url: str, keys: dict[str, str]
) -> None:
    async def scenario() -> None:
        async with (
            event_stream(url, keys["A"], SESSION_IDS) as held,
            websocket_session(url, keys["A"]) as session,
        ):
            assert (await next_of(held))[0] == "next"
            async with aclosing(subscribe(session, SESSION_IDS)) as second:
                await next_of(second)
                async with aclosing(subscribe(session, SESSION_IDS)) as third:
                    with pytest.raises(TransportQueryError) as refused:
                        await next_of(third)
                assert refused.value.errors[0]["extensions"]["code"] == "RATE_LIMITED"
            # The second one completed: its place is free again.
            async with aclosing(subscribe(session, SESSION_IDS)) as again:
                assert answered(await next_of(again)) == session_ids("A")
            # Another key has its own bound.
            async with event_stream(url, keys["B"], SESSION_IDS) as other:
                event, body = await next_of(other)
                assert event == "next" and answered(body["data"]) == session_ids("B")

    asyncio.run(scenario())


@pytest.mark.parametrize(
    ("document", "code", "argument"),
    [
        (
            "subscription { sessions(limit: 10001) { rows { sessionId } } }",
            "BAD_USER_INPUT",
            "limit",
        ),
        (
            "subscription { sessions { rows { sessionId } } "
            + " ".join(f"a{n}: sessions {{ rowCount }}" for n in range(60))
            + " }",
            "TOO_COMPLEX",
            None,
        ),
    ],
    ids=["rows", "aliases"],
)
def test_each_subscription_obeys_the_query_limits(
    url: str, keys: dict[str, str], document: str, code: str, argument: str | None
) -> None:
    async def scenario() -> dict:
        async with (
            websocket_session(url, keys["A"]) as session,
            aclosing(subscribe(session, document)) as answers,
        ):
            with pytest.raises(TransportQueryError) as refused:
                await next_of(answers)
            return refused.value.errors[0]

    error = asyncio.run(scenario())
    assert error["extensions"]["code"] == code
    if argument:
        assert argument in error["message"]


def test_an_answer_over_the_timeout_is_an_error_event_and_the_subscription_goes_on(
    published: Paths, keys: dict[str, str]
) -> None:
    with duckdb.connect(str(published.snapshots_dir / "snap-1.duckdb")) as connection:
        connection.execute("drop table timeline")
        connection.execute(SLOW_TIMELINE)
    settings = Settings(paths=published, snapshot_poll_seconds=0.05, query_timeout_seconds=0.3)
    document = "subscription { timeline { totals { reactions } } }"

    async def scenario(url: str) -> None:
        async with event_stream(url, keys["A"], document) as events:
            for snapshot_id in ("snap-2", "snap-3"):
                event, body = await next_of(events)
                assert event == "next" and body["data"] is None
                assert body["errors"][0]["extensions"]["code"] == "TIMEOUT"
                republish(published, snapshot_id, drop_session("A", "s1"))

    with serving(settings) as url:
        asyncio.run(scenario(url))


def test_each_subscribe_counts_against_the_key_s_rate_limit(
    published: Paths, keys: dict[str, str]
) -> None:
    settings = Settings(paths=published, rate_limit_per_second=0.001, rate_limit_burst=1)

    async def scenario(url: str) -> dict:
        async with websocket_session(url, keys["A"]) as session:
            async with aclosing(subscribe(session, SESSION_IDS)) as first:
                assert answered(await next_of(first)) == session_ids("A")
            async with aclosing(subscribe(session, SESSION_IDS)) as second:
                with pytest.raises(TransportQueryError) as refused:
                    await next_of(second)
                return refused.value.errors[0]

    with serving(settings) as url:
        error = asyncio.run(scenario(url))
    assert error["extensions"]["code"] == "RATE_LIMITED"


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_subscription_over_plain_http_says_how_to_stream_it(
    url: str, keys: dict[str, str], method: str
) -> None:
    response = httpx.request(
        method,
        f"{url}/graphql",
        params={"query": SESSION_IDS} if method == "GET" else None,
        json={"query": SESSION_IDS} if method == "POST" else None,
        headers={"Authorization": f"Bearer {keys['A']}", "Accept": "application/json"},
    )
    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert "text/event-stream" in error["message"]
