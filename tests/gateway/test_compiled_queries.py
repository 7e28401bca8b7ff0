"""Compiled cube queries are reused across document texts and never across partners,
values or the clock; answers stay those computed from the hand-written rows."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from starlette.testclient import TestClient

from gateway import compiled_queries, executor
from gateway.app import create_app
from gateway.compiled_queries import CompiledQueries
from sessionlens.core.settings import Paths, Settings
from tests.gateway.conftest import Api, partner_sessions

COUNT_BY_STATUS = """
query Count($statuses: [Status!]) {
  sessions(where: {status: {in: $statuses}}, orderBy: [{field: STATUS}]) {
    rows { status sessionCount }
  }
}
"""


@pytest.fixture
def compilations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A fresh store of compiled queries; the cube of every compilation, in order."""
    compiled: list[str] = []
    compile_cube_query = compiled_queries.compile_cube_query

    def counting(cube: Any, query: Any, *args: Any) -> Any:
        compiled.append(query.cube)
        return compile_cube_query(cube, query, *args)

    monkeypatch.setattr(compiled_queries, "compile_cube_query", counting)
    monkeypatch.setattr(executor, "COMPILED_QUERIES", CompiledQueries(max_entries=2))
    return compiled


@pytest.fixture
def uncached(published: Paths, settings: Settings, keys: dict[str, str]) -> Iterator[Api]:
    """No response cache: every request executes."""
    with TestClient(create_app(replace(settings, response_cache_bytes=0))) as client:
        yield Api(client, keys)


def _by_status(partner: str, statuses: list[str] | None = None) -> list[dict[str, Any]]:
    counts: dict[str, int] = {}
    for session in partner_sessions(partner):
        if statuses is None or session["status"] in statuses:
            counts[session["status"]] = counts.get(session["status"], 0) + 1
    return [{"status": s, "sessionCount": n} for s, n in sorted(counts.items())]


def test_the_same_cube_query_is_compiled_once_whatever_the_document_text(
    uncached: Api, compilations: list[str]
) -> None:
    for text in (COUNT_BY_STATUS, f"{COUNT_BY_STATUS}\n# reworded", f"  {COUNT_BY_STATUS}"):
        rows = uncached.data(text, {"statuses": ["ENDED"]})["sessions"]["rows"]
        assert rows == _by_status("A", ["ENDED"])
    assert compilations == ["sessions"]


def test_other_values_partners_and_the_clock_compile_afresh(
    uncached: Api, compilations: list[str]
) -> None:
    assert uncached.data(COUNT_BY_STATUS, {"statuses": ["ENDED"]})["sessions"]["rows"] == (
        _by_status("A", ["ENDED"])
    )
    both = ["ENDED", "ONGOING"]
    assert uncached.data(COUNT_BY_STATUS, {"statuses": both})["sessions"]["rows"] == (
        _by_status("A", both)
    )
    assert uncached.data(COUNT_BY_STATUS, {"statuses": both}, as_="B")["sessions"]["rows"] == (
        _by_status("B", both)
    )
    assert len(compilations) == 3

    relative = (
        "{ sessions(where: {startTime: {inLast: {amount: 3650, unit: DAY}}}) "
        "{ rows { sessionCount } } }"
    )
    for _ in range(2):
        uncached.data(relative)
    assert len(compilations) == 5


def test_the_store_keeps_the_most_recently_used(uncached: Api, compilations: list[str]) -> None:
    values = [["ENDED"], ["ONGOING"], ["ENDED", "ONGOING"]]
    for statuses in values:  # a bound of 2: the first is dropped
        uncached.data(COUNT_BY_STATUS, {"statuses": statuses})
    uncached.data(COUNT_BY_STATUS, {"statuses": values[2]})
    assert len(compilations) == 3
    rows = uncached.data(COUNT_BY_STATUS, {"statuses": values[0]})["sessions"]["rows"]
    assert rows == _by_status("A", values[0])
    assert len(compilations) == 4
