"""A 50 000-row viewer export: every row exactly once, formula cells neutralized, accents
intact through the BOM, and the stream's memory bounded by a batch, not the result."""

from __future__ import annotations

import asyncio
import csv
import io
import tracemalloc
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import duckdb
import pytest
from starlette.testclient import TestClient

from gateway.app import create_app
from gateway.catalog import CATALOG
from gateway.exports.csv_text import FORMULA_STARTS
from gateway.exports.plan import counted_rows, csv_chunks, plan_export
from gateway.exports.request import ExportRequest
from gateway.extensions import limit_extensions
from gateway.keys import Principal, create_key
from gateway.schema import build_schema
from gateway.warehouse import ReadSession, Warehouse
from sessionlens.core.settings import Paths, Settings
from tests.gateway.conftest import SESSIONS
from tests.gateway.data import _participant
from tests.gateway.marts import publish_snapshot

VIEWERS = 50_000
# Accented names, and names a spreadsheet would run as formulas.
NAMES = (
    "José Núñez",
    "Zoë Ångström",
    '=HYPERLINK("http://example.invalid","click")',
    "+49 Müller",
    "-Ørsted",
    "@Çelik",
    "\tTabée",
    "\rRetour à la ligne",
    'Chloé "Cloé", Ü',
)
QUERY = (
    '{ viewers(where: {sessionId: {eq: "big"}}) '
    "{ rows { userId name minutesViewed chatMessages } } }"
)


def _viewer(partner: str, i: int) -> dict[str, Any]:
    return _participant(
        partner,
        "big",
        f"u{i:05d}",
        joined="2026-03-29 00:31",
        heartbeats=i % 7,
        chat_messages=i % 5,
        name=f"{NAMES[i % len(NAMES)]} {i}",
    )


PARTICIPANTS = [_viewer("A", i) for i in range(VIEWERS)] + [_viewer("B", i) for i in range(100)]


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> Paths:
    paths = Paths(tmp_path_factory.mktemp("volume")).ensure()
    sessions = [{**s, "session_id": "big"} for s in SESSIONS if s["session_id"] == "s1"]
    publish_snapshot(paths, "snap-big", {"sessions": sessions, "participants": PARTICIPANTS})
    return paths


@pytest.fixture(scope="module")
def client(paths: Paths) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(paths=paths, snapshot_poll_seconds=0))) as test_client:
        yield test_client


def expected_cell(name: str) -> str:
    return "'" + name if name.startswith(FORMULA_STARTS) else name


def test_fifty_thousand_viewers_export_exactly_and_safely(client: TestClient, paths: Paths) -> None:
    key = {"Authorization": f"Bearer {create_key(paths, 'A', ['read'])}"}
    response = client.get("/export.csv", params={"query": QUERY, "excel": "true"}, headers=key)
    assert response.status_code == 200
    assert response.content.startswith(b"\xef\xbb\xbf")
    header, *rows = csv.reader(io.StringIO(response.content.decode("utf-8-sig"), newline=""))

    assert header == ["userId", "name", "minutesViewed", "chatMessages"]
    # Independent count: the mart rows of partner A, and the API's own rowCount.
    mine = [p for p in PARTICIPANTS if p["partner_id"] == "A"]
    assert len(rows) == len(mine) == VIEWERS
    count_query = (
        '{ viewers(where: {sessionId: {eq: "big"}}, limit: 0) { rowCount rows { userId name } } }'
    )
    answer = client.post("/graphql", json={"query": count_query}, headers=key).json()
    assert answer["data"]["viewers"]["rowCount"] == VIEWERS

    by_user = {row[0]: row for row in rows}
    assert len(by_user) == VIEWERS
    for participant in mine:
        _, name, minutes, chats = by_user[participant["user_id"]]
        assert name == expected_cell(participant["name"])
        assert float(minutes) == participant["minutes_viewed"]
        assert int(chats) == participant["chat_messages"]
    neutralized = [row[1] for row in rows if row[1].startswith("'")]
    assert len(neutralized) == sum(p["name"].startswith(FORMULA_STARTS) for p in mine) > 0
    assert any(row[1].startswith("Zoë Ångström") for row in rows)
    assert any(row[1].startswith("José Núñez") for row in rows)


async def _streamed(paths: Paths) -> tuple[int, int]:
    """(bytes streamed, peak Python memory while streaming) of the export."""
    settings = Settings(paths=paths, snapshot_poll_seconds=0)
    schema = build_schema(CATALOG, extensions=limit_extensions(settings))
    warehouse = Warehouse(paths, 0, settings.query_timeout_seconds)
    session = ReadSession(warehouse)
    principal = Principal("k", "A", frozenset({"read"}))
    try:
        request = ExportRequest(QUERY, {})
        planned = await plan_export(
            schema, settings, principal, request, session, datetime.now(UTC)
        )
        await counted_rows(planned, session, settings.export_max_rows)
        tracemalloc.start()
        streamed = 0
        async for chunk in csv_chunks(planned, session):
            streamed += len(chunk)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    finally:
        session.close()
        warehouse.close()
    return streamed, peak


def _all_rows_peak(paths: Paths) -> int:
    """Peak Python memory of holding the same rows at once, as a page of `/graphql` does."""
    (snapshot,) = paths.snapshots_dir.glob("*.duckdb")
    with duckdb.connect(str(snapshot), read_only=True) as connection:
        tracemalloc.start()
        rows = connection.execute(
            "select user_id, name, minutes_viewed, chat_messages from participants"
            " where partner_id = 'A'"
        ).fetchall()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert len(rows) == VIEWERS
    return peak


def test_the_stream_holds_a_batch_not_the_result(paths: Paths) -> None:
    streamed, peak = asyncio.run(_streamed(paths))
    all_rows = _all_rows_peak(paths)
    print(
        f"\n50 000-row export: {streamed / 1e6:.2f} MB of CSV; Python peak while streaming "
        f"{peak / 1e6:.2f} MB; holding the rows at once {all_rows / 1e6:.2f} MB"
    )
    assert streamed > 2_000_000
    assert peak < all_rows / 5
