"""Every limit holds: the per-key rate limit, the query timeout, the row cap, the body size.

In-process apps over the hand-written snapshot of tests/gateway (expected rows come from
its MARTS, computed here in Python); counts come from the reliability budget and the
measured figures go to reliability-results.json.
"""

from __future__ import annotations

import csv
import io
import math
import shutil
import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import duckdb
import httpx
import pytest
from starlette.testclient import TestClient

from gateway.app import create_app
from gateway.keys import create_key
from sessionlens.core.settings import Paths, Settings
from sessionlens.core.snapshots import write_current
from tests.gateway.conftest import MARTS, SESSIONS
from tests.gateway.marts import publish_snapshot
from tests.gateway.test_graphql_http import SLOW_TIMELINE
from tests.reliability.budget import current
from tests.reliability.figures import record

RATE = 5.0
BURST = 10
SESSION_IDS = "{ sessions(orderBy: [{field: SESSION_ID}]) { rows { sessionId } } }"
SLOW_TOTALS = "{ timeline { totals { reactions liveEngagementRate } } }"
SLOW_EXPORT = "{ timeline { rows { userId reactions } } }"
PAGE = "query($l: Int, $o: Int) { sessions(limit: $l, offset: $o) { rows { sessionId } } }"
TIMEOUT_SECONDS = 0.3
TINY_TIMEOUT_SECONDS = 0.001


# -- fixtures ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def limits_snapshot(tmp_path_factory: pytest.TempPathFactory) -> Path:
    template = Paths(tmp_path_factory.mktemp("limits-template")).ensure()
    publish_snapshot(template, "snap-1", MARTS)
    return template.snapshots_dir / "snap-1.duckdb"


@pytest.fixture
def limits_paths(tmp_path: Path, limits_snapshot: Path) -> Paths:
    paths = Paths(tmp_path / "home").ensure()
    shutil.copy(limits_snapshot, paths.snapshots_dir / limits_snapshot.name)
    write_current(paths, "snap-1", [limits_snapshot.name])
    return paths


@pytest.fixture
def limits_keys(limits_paths: Paths) -> dict[str, str]:
    """`A` reads and writes, so one key reaches all three limited endpoints."""
    return {
        "A": create_key(limits_paths, "A", ["read", "write"]),
        "B": create_key(limits_paths, "B", ["read"]),
        "admin": create_key(limits_paths, "ops", ["read", "admin"]),
    }


@pytest.fixture
def limits_settings(limits_paths: Paths) -> Settings:
    """No rate limit unless a test sets one: the other checks send many requests too."""
    return Settings(paths=limits_paths, snapshot_poll_seconds=0, rate_limit_per_second=0)


@contextmanager
def serving(settings: Settings, **changes: Any) -> Iterator[TestClient]:
    with TestClient(create_app(replace(settings, **changes))) as client:
        yield client


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def graphql(client: TestClient, key: str, query: str, **variables: Any) -> httpx.Response:
    return client.post(
        "/graphql", json={"query": query, "variables": variables}, headers=bearer(key)
    )


def export(client: TestClient, key: str, query: str) -> httpx.Response:
    return client.get("/export.csv", params={"query": query}, headers=bearer(key))


def visible_sessions(partner: str | None) -> int:
    """How many rows grouped by session id a key of `partner` sees (None: an admin, who
    sees every partner's; partners may reuse an id, which is then one row)."""
    ids = {s["session_id"] for s in SESSIONS if partner is None or s["partner_id"] == partner}
    return len(ids)


def only_error(response: httpx.Response) -> dict[str, Any]:
    body = response.json()
    assert len(body["errors"]) == 1, body
    return body["errors"][0]


# -- rate limit -------------------------------------------------------------------------


def limited_request(client: TestClient, key: str, index: int) -> httpx.Response:
    """One of the three limited endpoints in turn; `/graphql` answers from the cache after
    the first time, and the empty `/events` body is refused (400) without landing a file."""
    match index % 3:
        case 0:
            return graphql(client, key, SESSION_IDS)
        case 1:
            return export(client, key, SESSION_IDS)
        case _:
            return client.post("/events", content=b"", headers=bearer(key))


@dataclass
class Tally:
    statuses: Counter[int]
    retry_after: list[int]
    elapsed: float

    @property
    def accepted(self) -> int:
        return sum(count for status, count in self.statuses.items() if status != 429)

    @property
    def allowed(self) -> float:
        """The most a token bucket may admit in `elapsed` seconds (+1 for clock edges)."""
        return BURST + RATE * self.elapsed + 1


def check_refusal(response: httpx.Response) -> int:
    """A 429 must say when to come back, in the header and in the body alike."""
    header = response.headers["Retry-After"]
    assert header.isdigit(), header
    seconds = int(header)
    # One token is at most 1/RATE seconds away.
    assert 1 <= seconds <= math.ceil(1 / RATE)
    body = response.json()
    assert "data" not in body  # refused before execution: no data entry
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "RATE_LIMITED", "retryAfterSeconds": seconds}
    assert error["message"].endswith(f"retry in {seconds} s")
    return seconds


def send(client: TestClient, key: str, count: int, threads: int) -> Tally:
    statuses: Counter[int] = Counter()
    retry_after: list[int] = []
    lock = threading.Lock()

    def one(index: int) -> None:
        response = limited_request(client, key, index)
        seconds = check_refusal(response) if response.status_code == 429 else None
        with lock:
            statuses[response.status_code] += 1
            if seconds is not None:
                retry_after.append(seconds)

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=threads) as pool:
        list(pool.map(one, range(count)))
    return Tally(statuses, retry_after, time.monotonic() - started)


def expected_statuses(tally: Tally) -> None:
    """Admitted requests were answered as usual: 200, or 400 for the empty event batch."""
    assert set(tally.statuses) <= {200, 400, 429}, tally.statuses


def test_rate_limit_holds_for_one_key_and_spares_the_others(limits_settings, limits_keys) -> None:
    budget = current()
    with serving(limits_settings, rate_limit_per_second=RATE, rate_limit_burst=BURST) as client:
        tally = send(client, limits_keys["A"], budget.rate_limit_requests, threads=1)
        expected_statuses(tally)
        # The burst is there at once; beyond it, no more than the rate.
        assert BURST <= tally.accepted <= tally.allowed, (tally.accepted, tally.elapsed)
        assert tally.statuses[429] == budget.rate_limit_requests - tally.accepted > 0

        other = graphql(client, limits_keys["B"], SESSION_IDS)
        assert other.status_code == 200
        assert other.json()["data"]["sessions"]["rows"] == [
            {"sessionId": s["session_id"]}
            for s in sorted(SESSIONS, key=lambda s: s["session_id"])
            if s["partner_id"] == "B"
        ]

        # The response cache holds this answer: the limit is checked before it all the same.
        refused = graphql(client, limits_keys["A"], SESSION_IDS)
        assert refused.status_code == 429
        time.sleep(check_refusal(refused))
        again = graphql(client, limits_keys["A"], SESSION_IDS)
        assert again.status_code == 200, again.text
    record(
        "rate_limit_sequential",
        {
            "requests": budget.rate_limit_requests,
            "accepted": tally.accepted,
            "refused": tally.statuses[429],
            "allowed_max": round(tally.allowed, 1),
            "elapsed_seconds": round(tally.elapsed, 2),
            "rate_per_second": RATE,
            "burst": BURST,
            "retry_after_seconds": sorted(set(tally.retry_after)),
        },
    )


def test_rate_limit_holds_under_concurrent_requests(limits_settings, limits_keys) -> None:
    budget = current()
    threads = budget.load_clients
    with serving(limits_settings, rate_limit_per_second=RATE, rate_limit_burst=BURST) as client:
        tally = send(client, limits_keys["A"], budget.rate_limit_requests, threads=threads)
    expected_statuses(tally)
    assert BURST <= tally.accepted <= tally.allowed, (tally.accepted, tally.elapsed)
    record(
        "rate_limit_concurrent",
        {
            "requests": budget.rate_limit_requests,
            "threads": threads,
            "accepted": tally.accepted,
            "refused": tally.statuses[429],
            "allowed_max": round(tally.allowed, 1),
            "elapsed_seconds": round(tally.elapsed, 2),
        },
    )


def test_rate_zero_turns_the_limit_off(limits_settings, limits_keys) -> None:
    """The benchmark's setting: nothing is ever refused."""
    budget = current()
    with serving(limits_settings, rate_limit_per_second=0, rate_limit_burst=0) as client:
        tally = send(client, limits_keys["A"], budget.rate_limit_requests, threads=1)
    expected_statuses(tally)
    assert tally.statuses[429] == 0
    assert tally.accepted == budget.rate_limit_requests


def test_unauthenticated_requests_are_401_not_rate_limited(limits_settings) -> None:
    with serving(limits_settings, rate_limit_per_second=RATE, rate_limit_burst=1) as client:
        statuses = {
            client.post("/graphql", json={"query": SESSION_IDS}).status_code for _ in range(5)
        }
    assert statuses == {401}


# -- query timeout ----------------------------------------------------------------------


@pytest.fixture
def limits_slow_paths(limits_paths: Paths) -> Paths:
    """The snapshot with `timeline` as a view over 10¹² generated rows: hours to aggregate."""
    with duckdb.connect(str(limits_paths.snapshots_dir / "snap-1.duckdb")) as connection:
        connection.execute("drop table timeline")
        connection.execute(SLOW_TIMELINE)
    return limits_paths


def assert_timed_out(error: dict[str, Any], seconds: float) -> None:
    assert error["extensions"] == {"code": "TIMEOUT"}, error
    assert f"longer than {seconds:g} s" in error["message"]


@pytest.mark.timeout(120)  # a query the timeout failed to stop would run for hours
def test_query_timeout_stops_slow_queries_and_the_server_keeps_serving(
    limits_settings, limits_keys, limits_slow_paths
) -> None:
    budget = current()
    a_rows = [
        {"sessionId": s["session_id"]}
        for s in sorted(SESSIONS, key=lambda s: s["session_id"])
        if s["partner_id"] == "A"
    ]
    with serving(
        limits_settings, query_timeout_seconds=TIMEOUT_SECONDS, response_cache_bytes=0
    ) as client:
        key = limits_keys["A"]

        def slow(index: int) -> tuple[int, dict[str, Any], float]:
            started = time.monotonic()
            if index % 2:
                response = export(client, key, SLOW_EXPORT)
            else:
                response = graphql(client, key, SLOW_TOTALS)
            return response.status_code, only_error(response), time.monotonic() - started

        # Concurrent slow queries, as many as the load clients: each one is stopped.
        with ThreadPoolExecutor(max_workers=budget.load_clients) as pool:
            answers = list(pool.map(slow, range(budget.load_clients * 2)))
        for index, (status, error, _) in enumerate(answers):
            # /graphql: the field failed after execution started (200); /export.csv: 504.
            assert status == (504 if index % 2 else 200)
            assert_timed_out(error, TIMEOUT_SECONDS)

        # The warehouse and its worker threads are free: fast queries are answered.
        for _ in range(5):
            response = graphql(client, key, SESSION_IDS)
            assert response.status_code == 200
            assert response.json()["data"]["sessions"]["rows"] == a_rows
        assert client.get("/readyz").json()["status"] == "ready"
    durations = [elapsed for _, _, elapsed in answers]
    record(
        "query_timeout",
        {
            "timeout_seconds": TIMEOUT_SECONDS,
            "slow_queries": len(answers),
            "concurrent": budget.load_clients,
            "all_stopped_with_TIMEOUT": True,
            "max_answer_seconds": round(max(durations), 2),
        },
    )


def test_a_tiny_timeout_gives_an_answer_or_timeout_never_a_500(
    limits_settings, limits_keys
) -> None:
    """1 ms races the interrupt against quick queries at every stage of their run."""
    budget = current()
    attempts = budget.rate_limit_requests // 4
    outcomes: Counter[str] = Counter()
    with serving(
        limits_settings, query_timeout_seconds=TINY_TIMEOUT_SECONDS, response_cache_bytes=0
    ) as client:
        for index in range(attempts):
            # A different limit each time, so no layer can reuse an earlier answer.
            response = graphql(
                client,
                limits_keys["admin"],
                PAGE,
                l=index % 7 + 1,
            )
            assert response.status_code == 200, response.text
            body = response.json()
            if body.get("errors"):
                assert_timed_out(only_error(response), TINY_TIMEOUT_SECONDS)
                outcomes["TIMEOUT"] += 1
            else:
                expected = min(index % 7 + 1, visible_sessions(None))
                assert len(body["data"]["sessions"]["rows"]) == expected
                outcomes["answered"] += 1
        assert graphql(client, limits_keys["A"], "{ catalog { name } }").status_code == 200
    record("query_timeout_tiny", {"attempts": attempts, **outcomes})


# -- row cap ----------------------------------------------------------------------------

MAX_LIMIT = 3


def test_row_cap_refuses_larger_limits_and_never_returns_more(limits_settings, limits_keys) -> None:
    assert visible_sessions("A") > MAX_LIMIT  # the cap really cuts
    with serving(
        limits_settings, max_limit=MAX_LIMIT, default_limit=MAX_LIMIT, export_max_rows=MAX_LIMIT
    ) as client:
        for who, partner in (("A", "A"), ("B", "B"), ("admin", None)):
            key = limits_keys[who]
            available = visible_sessions(partner)
            for limit in range(MAX_LIMIT + 1):
                for offset in (0, 1, available):
                    response = graphql(client, key, PAGE, l=limit, o=offset)
                    rows = response.json()["data"]["sessions"]["rows"]
                    assert len(rows) == max(0, min(limit, available - offset)), (who, limit)
            default = graphql(client, key, "{ sessions { rows { sessionId } } }")
            assert len(default.json()["data"]["sessions"]["rows"]) == min(MAX_LIMIT, available)

            for limit in (MAX_LIMIT + 1, 10_001, 2**31 - 1, -1):
                error = only_error(graphql(client, key, PAGE, l=limit))
                assert error["extensions"] == {"code": "BAD_USER_INPUT", "argument": "limit"}
                assert "`limit`" in error["message"] and str(MAX_LIMIT) in error["message"]

        key = limits_keys["admin"]
        capped = export(client, key, "{ sessions(limit: 3) { rows { sessionId } } }")
        assert capped.status_code == 200
        data_rows = list(csv.reader(io.StringIO(capped.text)))[1:]
        assert len(data_rows) == MAX_LIMIT
        # An export's cap is its own row ceiling, also when no `limit` is given.
        for query in (
            "{ sessions(limit: 4) { rows { sessionId } } }",
            "{ sessions { rows { sessionId } } }",
        ):
            refused = export(client, key, query)
            assert refused.status_code == 400
            assert only_error(refused)["extensions"] == {
                "code": "BAD_USER_INPUT",
                "argument": "limit",
            }


# -- body size --------------------------------------------------------------------------

GRAPHQL_BYTES = 4_000
EVENTS_BYTES = 2_000


def chunked(body: bytes, size: int = 512) -> Iterator[bytes]:
    """The body as a stream without Content-Length: its size is only known as it arrives."""
    for start in range(0, len(body), size):
        yield body[start : start + size]


def padded_query(total: int) -> bytes:
    """A JSON GraphQL request of exactly `total` bytes (padding inside the document)."""
    head, tail = b'{"query": "{ catalog { name } }', b'"}'
    return head + b" " * (total - len(head) - len(tail)) + tail


def test_body_size_is_413_on_graphql_and_events_also_when_chunked(
    limits_settings, limits_keys, limits_paths
) -> None:
    key = limits_keys["A"]
    json_headers = {**bearer(key), "Content-Type": "application/json"}
    ndjson_headers = {**bearer(key), "Content-Type": "application/x-ndjson"}
    with serving(
        limits_settings, max_request_bytes=GRAPHQL_BYTES, max_events_body_bytes=EVENTS_BYTES
    ) as client:
        at_limit = padded_query(GRAPHQL_BYTES)
        assert client.post("/graphql", content=at_limit, headers=json_headers).status_code == 200
        over = padded_query(GRAPHQL_BYTES + 1)
        for content in (over, chunked(over), padded_query(GRAPHQL_BYTES * 50)):
            response = client.post("/graphql", content=content, headers=json_headers)
            assert response.status_code == 413
            error = only_error(response)
            assert error["extensions"] == {"code": "TOO_COMPLEX"}
            assert str(GRAPHQL_BYTES) in error["message"]

        # Blank lines are skipped at ingestion: a body of newlines is valid but empty.
        events_over = b"\n" * (EVENTS_BYTES + 1)
        for content in (events_over, chunked(events_over)):
            response = client.post("/events", content=content, headers=ndjson_headers)
            assert response.status_code == 413
            error = only_error(response)
            assert error["extensions"] == {"code": "TOO_COMPLEX"}
            assert str(EVENTS_BYTES) in error["message"]
        under = client.post("/events", content=b"\n" * EVENTS_BYTES, headers=ndjson_headers)
        assert under.status_code == 400  # read in full, then found to hold no event
    assert list(limits_paths.landing_dir.iterdir()) == []
