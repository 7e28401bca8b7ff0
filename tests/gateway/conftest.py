"""A small hand-written snapshot, API keys for two partners and an admin, and an HTTP client.

Expected answers in the tests are computed in Python from SESSIONS / PARTICIPANTS below.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb
import pytest
from starlette.testclient import TestClient

from gateway.app import create_app
from gateway.keys import create_key
from gateway.settings import GatewaySettings
from sessionlens.settings import Paths
from sessionlens.snapshots import write_current

SESSION_COLUMNS = (
    "partner_id",
    "session_id",
    "meeting_id",
    "title",
    "recording_id",
    "status",
    "started_at",
    "ended_at",
    "duration_minutes",
    "initiating_ms",
    "unique_participants",
    "participant_minutes",
    "has_recording",
    "has_hls",
    "has_rtmp",
    "watermark_at",
)
SESSION_TYPES = (
    "VARCHAR",
    "VARCHAR",
    "VARCHAR",
    "VARCHAR",
    "VARCHAR",
    "VARCHAR",
    "TIMESTAMP",
    "TIMESTAMP",
    "DOUBLE",
    "BIGINT",
    "BIGINT",
    "DOUBLE",
    "BOOLEAN",
    "BOOLEAN",
    "BOOLEAN",
    "TIMESTAMP",
)
PARTICIPANT_COLUMNS = (
    "partner_id",
    "session_id",
    "user_id",
    "name",
    "job_title",
    "company",
    "industry",
    "role",
    "joined_at",
    "left_at",
    "participant_minutes",
    "connect_ms",
    "join_count",
    "country",
    "region",
    "city",
    "platform",
    "device",
    "os",
    "os_version",
    "browser",
    "browser_version",
    "sdk_version",
)
PARTICIPANT_TYPES = (
    ("VARCHAR",) * 8 + ("TIMESTAMP", "TIMESTAMP", "DOUBLE", "BIGINT", "BIGINT") + ("VARCHAR",) * 10
)

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
PARTICIPANTS = [
    {"partner_id": partner, "session_id": session, "user_id": user}
    for partner, session, users in (
        ("A", "s1", ("u1", "u2", "u3")),
        ("A", "s2", ("u1", "u4")),
        ("A", "s3", ("u2",)),
        ("A", "s4", ("u5", "u1")),
        ("B", "s1", ("u1", "u9")),
        ("B", "b2", ("u9",)),
    )
    for user in users
]


def publish_snapshot(
    paths: Paths,
    snapshot_id: str,
    sessions: list[dict[str, Any]],
    participants: list[dict[str, Any]],
) -> None:
    """Write the two marts into `snapshots/<id>.duckdb` and point CURRENT at it."""
    paths.ensure()
    file_name = f"{snapshot_id}.duckdb"
    with duckdb.connect(str(paths.snapshots_dir / file_name)) as connection:
        for table, columns, types, rows in (
            ("sessions", SESSION_COLUMNS, SESSION_TYPES, sessions),
            ("participants", PARTICIPANT_COLUMNS, PARTICIPANT_TYPES, participants),
        ):
            definition = ", ".join(f"{c} {t}" for c, t in zip(columns, types, strict=True))
            connection.execute(f"create table {table} ({definition})")
            placeholders = ", ".join("?" for _ in columns)
            connection.executemany(
                f"insert into {table} values ({placeholders})",
                [[row.get(column) for column in columns] for row in rows],
            )
    write_current(paths, snapshot_id, file_name)


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths(tmp_path / "home").ensure()


@pytest.fixture
def published(paths: Paths) -> Paths:
    publish_snapshot(paths, "snap-1", SESSIONS, PARTICIPANTS)
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
def settings(paths: Paths) -> GatewaySettings:
    return GatewaySettings(paths=paths, snapshot_poll_seconds=0, max_request_bytes=20_000)


@pytest.fixture
def client(settings: GatewaySettings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client


class Api:
    def __init__(self, client: TestClient, keys: dict[str, str]) -> None:
        self.client = client
        self.keys = keys

    def post(
        self, query: str, variables: dict[str, Any] | None = None, as_: str = "A"
    ) -> dict[str, Any]:
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
        if p["partner_id"] == partner and p["session_id"] in session_ids
    }
