"""Subscriptions across real materializations: generate → materialize → serve, then more
events land and `sessionlens materialize` publishes again while a `gql` WebSocket
subscriber and a GraphQL over SSE subscriber listen. Expected answers come from the oracle
over the events landed so far."""

from __future__ import annotations

import asyncio
import gzip
import json
import os
from collections import defaultdict
from collections.abc import Iterator
from contextlib import aclosing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from sessionlens.core.settings import Paths
from sessionlens.generate import generate
from tests import oracle
from tests.deployment import run, run_capturing, serving
from tests.gateway.live import event_stream, subscribe, websocket_session

DOCUMENT = "subscription { sessions(limit: 10000) { rows { sessionId } totals { sessionCount } } }"
PATIENCE_SECONDS = 120


@dataclass
class Live:
    paths: Paths
    env: dict[str, str]
    url: str
    keys: dict[str, str]
    # Lines held back from the first materialization: one batch per partner.
    held_back: dict[str, list[str]]

    def land(self, partner: str) -> None:
        lines = self.held_back.pop(partner)
        (self.paths.landing_dir / f"late-{partner}.jsonl").write_text("".join(lines))

    def materialize(self) -> None:
        run_capturing("materialize", env=self.env)

    def expected(self, partner: str) -> list[str]:
        events = oracle.read_events(sorted(self.paths.landing_dir.glob("*.jsonl")))
        return sorted(s for (p, s) in oracle.sessions(events) if p == partner)


def _split(generated: list[Path]) -> tuple[list[str], dict[str, list[str]]]:
    """Every line, the last third of each partner's sessions held back by partner."""
    lines: list[str] = []
    for path in generated:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            lines += [line for line in handle if line.strip()]
    sessions: dict[str, set[str]] = defaultdict(set)
    for line in lines:
        raw = json.loads(line)
        if raw.get("session_id"):
            sessions[raw["partner_id"]].add(raw["session_id"])
    late = {
        (partner, session_id)
        for partner, ids in sessions.items()
        for session_id in sorted(ids)[len(ids) * 2 // 3 :]
    }
    first: list[str] = []
    held_back: dict[str, list[str]] = defaultdict(list)
    for line in lines:
        raw = json.loads(line)
        key = (raw["partner_id"], raw.get("session_id"))
        (held_back[key[0]] if key in late else first).append(line)
    return first, dict(held_back)


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    home = tmp_path_factory.mktemp("live")
    paths = Paths(home / "home").ensure()
    scratch = home / "generated"
    generate(
        scratch,
        events=3_000,
        seed=7,
        partners=2,
        days=1,
        end=datetime(2026, 3, 2, 12, tzinfo=UTC),
        bad_line_rate=0.0,
    )
    first, held_back = _split(sorted(scratch.glob("*.jsonl.gz")))
    (paths.landing_dir / "first.jsonl").write_text("".join(first))
    env = {**os.environ, "SESSIONLENS_HOME": str(paths.home)}
    run_capturing("materialize", env=env)
    keys = {
        partner: run("keys", "create", "--partner", partner, "--roles", "read", env=env)
        .strip()
        .splitlines()[-1]
        for partner in held_back
    }
    with serving(env) as url:
        yield Live(paths, env, url, keys, held_back)


def _session_ids(data: dict) -> list[str]:
    sessions = data["sessions"]
    ids = sorted(row["sessionId"] for row in sessions["rows"])
    assert sessions["totals"]["sessionCount"] == len(ids)
    return ids


async def _next(stream: object) -> object:
    return await asyncio.wait_for(anext(stream), PATIENCE_SECONDS)  # type: ignore[call-overload]


def test_subscribers_get_each_materialization_that_changes_their_answer(live: Live) -> None:
    websocket_partner, sse_partner = sorted(live.keys)

    async def scenario() -> None:
        async with (
            websocket_session(live.url, live.keys[websocket_partner]) as session,
            aclosing(subscribe(session, DOCUMENT)) as websocket_answers,
            event_stream(live.url, live.keys[sse_partner], DOCUMENT) as sse_events,
        ):
            first = live.expected(websocket_partner)
            assert _session_ids(await _next(websocket_answers)) == first
            event, body = await _next(sse_events)
            assert event == "next" and _session_ids(body["data"]) == live.expected(sse_partner)

            # Only the SSE partner's sessions change: the WebSocket subscriber is sent
            # nothing, so its next answer below is the one after the second publish.
            before = live.expected(sse_partner)
            live.land(sse_partner)
            await asyncio.to_thread(live.materialize)
            event, body = await _next(sse_events)
            assert event == "next" and _session_ids(body["data"]) == live.expected(sse_partner)
            assert len(live.expected(sse_partner)) > len(before)

            live.land(websocket_partner)
            await asyncio.to_thread(live.materialize)
            assert _session_ids(await _next(websocket_answers)) == live.expected(websocket_partner)

    asyncio.run(scenario())
