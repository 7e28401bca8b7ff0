"""Following published snapshots: readiness, switching while running, query timeouts."""

from __future__ import annotations

import asyncio

import pytest

from gateway.compiler.parameters import Statement
from gateway.errors import QueryTimeout
from gateway.warehouse import ReadSession, Warehouse
from sessionlens.core.settings import Paths
from tests.gateway.conftest import MARTS, SESSIONS, Api
from tests.gateway.marts import publish_snapshot

COUNT = "{ sessions { rows { sessionCount } } }"


def test_not_ready_before_the_first_snapshot(client, keys, paths: Paths) -> None:
    assert client.get("/healthz").status_code == 200
    assert client.get("/readyz").status_code == 503
    error = Api(client, keys).error(COUNT)
    assert error["extensions"]["code"] == "NOT_READY"
    assert "materialize" in error["message"]
    publish_snapshot(paths, "first", MARTS)
    assert client.get("/readyz").json() == {"status": "ready", "snapshot": "first"}


def test_a_new_snapshot_is_seen_by_the_next_query(api: Api, published: Paths) -> None:
    assert api.data(COUNT)["sessions"]["rows"] == [{"sessionCount": 5}]
    extra = {**SESSIONS[0], "session_id": "s6"}
    publish_snapshot(published, "snap-2", {**MARTS, "sessions": [*SESSIONS, extra]})
    assert api.data(COUNT)["sessions"]["rows"] == [{"sessionCount": 6}]
    assert api.client.get("/readyz").json()["snapshot"] == "snap-2"


def test_slow_queries_are_interrupted(published: Paths) -> None:
    warehouse = Warehouse(published, poll_seconds=0, query_timeout_seconds=0.2)
    slow = Statement("SELECT count(*) FROM range(100000000000) a", {})
    with pytest.raises(QueryTimeout):
        asyncio.run(warehouse.fetch([slow]))
    # The snapshot stays usable after the interrupt.
    quick = Statement("SELECT count(*) FROM sessions", {})
    assert asyncio.run(warehouse.fetch([quick])) == [[(len(SESSIONS),)]]
    warehouse.close()


def test_a_request_session_reads_one_snapshot_throughout(published: Paths) -> None:
    warehouse = Warehouse(published, poll_seconds=0, query_timeout_seconds=5)
    warehouse.refresh(force=True)
    count = [Statement("SELECT count(*) FROM sessions", {})]
    session = ReadSession(warehouse)
    try:
        assert asyncio.run(session.fetch(count)) == [[(len(SESSIONS),)]]
        extra = {**SESSIONS[0], "session_id": "s6"}
        publish_snapshot(published, "snap-2", {**MARTS, "sessions": [*SESSIONS, extra]})
        # New queries see the new snapshot; the session's later cubes still read its own.
        assert asyncio.run(warehouse.fetch(count)) == [[(len(SESSIONS) + 1,)]]
        assert asyncio.run(session.fetch(count)) == [[(len(SESSIONS),)]]
        assert session.snapshot_id == "snap-1"
    finally:
        session.close()
        warehouse.close()
