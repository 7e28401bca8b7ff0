"""A small hand-written snapshot, API keys for two partners and an admin, and an HTTP client.

Expected answers in the tests are computed in Python from SESSIONS below and the rows
of `tests/gateway/data.py`.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from starlette.testclient import TestClient
from starlette.types import ASGIApp

from gateway.app import create_app
from gateway.keys import create_key
from sessionlens.core.network import free_port
from sessionlens.core.settings import Paths, Settings
from sessionlens.core.snapshots import write_current
from tests.gateway import data
from tests.gateway.data import PARTICIPANTS
from tests.gateway.marts import publish_snapshot

WATERMARK = datetime(2026, 10, 27)


def _session(
    partner: str,
    session: str,
    meeting: str,
    title: str | None,
    status: str,
    started: str,
    ended: str | None,
    duration: float,
    initiating: int | None,
    minutes: float,
    recording: bool,
    hls: bool,
    rtmp: bool,
) -> dict[str, Any]:
    return {
        "partner_id": partner,
        "session_id": session,
        "meeting_id": meeting,
        "title": title,
        "recording_id": None,
        "status": status,
        "started_at": datetime.fromisoformat(started),
        "ended_at": datetime.fromisoformat(ended) if ended else None,
        "duration_minutes": duration,
        "initiating_ms": initiating,
        "unique_participants": None,
        "participant_minutes": minutes,
        "has_recording": recording,
        "has_hls": hls,
        "has_rtmp": rtmp,
        "watermark_at": WATERMARK,
    }


# Starts straddle the Europe/Berlin DST changes: 2026-03-29 01:00 UTC (+01:00 → +02:00)
# and 2026-10-25 01:00 UTC (+02:00 → +01:00).
SESSIONS = [
    _session(
        "A",
        "s1",
        "m1",
        "Quarterly Review",
        "ENDED",
        "2026-03-29 00:30:00",
        "2026-03-29 01:30:00",
        60.0,
        120,
        90.0,
        True,
        False,
        False,
    ),
    _session(
        "A",
        "s2",
        "m1",
        "Product Launch",
        "ENDED",
        "2026-03-29 01:30:00",
        "2026-03-29 02:00:00",
        30.0,
        300,
        45.0,
        False,
        True,
        False,
    ),
    _session(
        "A",
        "s3",
        "m2",
        None,
        "ONGOING",
        "2026-10-25 00:30:00",
        None,
        20.0,
        None,
        10.0,
        False,
        False,
        True,
    ),
    _session(
        "A",
        "s4",
        "m2",
        "weekly sync",
        "ENDED",
        "2026-10-25 01:30:00",
        "2026-10-25 01:45:00",
        15.0,
        80,
        20.0,
        True,
        False,
        False,
    ),
    _session(
        "A",
        "s5",
        "m3",
        "Launch Retro",
        "ENDED",
        "2026-10-26 09:00:00.25",
        "2026-10-26 09:45:00",
        45.0,
        200,
        60.0,
        False,
        False,
        False,
    ),
    # Partner B reuses the session id s1 on purpose.
    _session(
        "B",
        "s1",
        "m9",
        "B secret",
        "ENDED",
        "2026-03-29 00:45:00",
        "2026-03-29 17:24:00",
        999.0,
        5,
        999.0,
        True,
        True,
        True,
    ),
    _session(
        "B",
        "b2",
        "m9",
        "Other",
        "ONGOING",
        "2026-10-25 12:00:00",
        None,
        7.0,
        7,
        7.0,
        False,
        False,
        False,
    ),
]
MARTS: dict[str, list[dict[str, Any]]] = {
    "sessions": SESSIONS,
    "participants": PARTICIPANTS,
    "timeline": data.TIMELINE,
    "timeline_ten_seconds": data.TIMELINE_TEN_SECONDS,
    "polls": data.POLLS,
    "poll_answers": data.POLL_ANSWERS,
    "recordings": data.RECORDINGS,
    "viewer_contexts": data.VIEWER_CONTEXTS,
    "countries": data.COUNTRIES,
    "devices": data.DEVICES,
    "quality_samples": data.QUALITY_SAMPLES,
    "errors": data.ERRORS,
    "app_sessions": data.APP_SESSIONS,
    "app_events": data.APP_EVENTS,
    "rejected_lines": data.REJECTED_LINES,
}


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths(tmp_path / "home").ensure()


@pytest.fixture(scope="session")
def snapshot_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hand-written snapshot, written once per run (writing it is the slow part)."""
    template = Paths(tmp_path_factory.mktemp("template")).ensure()
    publish_snapshot(template, "snap-1", MARTS)
    return template.snapshots_dir / "snap-1.duckdb"


@pytest.fixture
def published(paths: Paths, snapshot_file: Path) -> Paths:
    shutil.copy(snapshot_file, paths.snapshots_dir / snapshot_file.name)
    write_current(paths, "snap-1", [snapshot_file.name])
    return paths


@pytest.fixture
def keys(paths: Paths) -> dict[str, str]:
    return {
        "A": create_key(paths, "A", ["read"]),
        "B": create_key(paths, "B", ["read"]),
        "admin": create_key(paths, "ops", ["read", "admin"]),
        "writer": create_key(paths, "A", ["write"]),
    }


@pytest.fixture
def settings(paths: Paths) -> Settings:
    return Settings(paths=paths, snapshot_poll_seconds=0, max_request_bytes=20_000)


@contextmanager
def serving(app: ASGIApp) -> Iterator[str]:
    """`app` served on a free loopback port (stopped on exit); yields its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


@pytest.fixture
def served(published: Paths, settings: Settings) -> Iterator[str]:
    """The gateway over the hand-written snapshot on a real loopback socket; its URL."""
    with serving(create_app(settings)) as url:
        yield url


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client


class Api:
    def __init__(self, client: TestClient, keys: dict[str, str]) -> None:
        self.client = client
        self.keys = keys

    def post(
        self, query: str, variables: dict[str, Any] | None = None, as_: str = "A"
    ) -> dict[str, Any]:
        """The whole response body (data, errors, extensions)."""
        response = self.client.post(
            "/graphql",
            json={"query": query, "variables": variables or {}},
            headers={"Authorization": f"Bearer {self.keys[as_]}"},
        )
        return response.json()

    def data(
        self, query: str, variables: dict[str, Any] | None = None, as_: str = "A"
    ) -> dict[str, Any]:
        body = self.post(query, variables, as_)
        assert not body.get("errors"), body
        return body["data"]

    def rows(
        self, cube: str, selection: str, arguments: str = "", as_: str = "A"
    ) -> list[dict[str, Any]]:
        """`rows { selection }` of one cube query."""
        query = f"{{ {cube}{f'({arguments})' if arguments else ''} {{ rows {{ {selection} }} }} }}"
        return self.data(query, as_=as_)[cube]["rows"]

    def error(
        self, query: str, variables: dict[str, Any] | None = None, as_: str = "A"
    ) -> dict[str, Any]:
        body = self.post(query, variables, as_)
        assert body.get("errors"), body
        return body["errors"][0]


@pytest.fixture
def api(published: Paths, keys: dict[str, str], client: TestClient) -> Api:
    return Api(client, keys)


def partner_sessions(partner: str) -> list[dict[str, Any]]:
    return [s for s in SESSIONS if s["partner_id"] == partner]


def participants_of(partner: str, session_ids: set[str]) -> set[str]:
    return {
        p["user_id"]
        for p in PARTICIPANTS
        if p["partner_id"] == partner and p["session_id"] in session_ids and p["is_participant"]
    }
