"""Fixtures of the reliability suite, prefixed by the check that owns them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from gateway.app import create_app
from gateway.keys import create_key
from sessionlens.core.settings import Paths, Settings

# Room for the whole bad-events corpus (a few MiB, with lines of 1 and 2 MiB) in one POST.
BADEVENTS_BODY_BYTES = 16 << 20


@pytest.fixture
def badevents_paths(tmp_path: Path) -> Paths:
    return Paths(tmp_path / "home").ensure()


@pytest.fixture
def badevents_write_key(badevents_paths: Paths) -> str:
    """A `write` key of partner "A" (tests.reliability.corpus.PARTNER)."""
    return create_key(badevents_paths, "A", ["write"])


@pytest.fixture
def badevents_client(badevents_paths: Paths) -> Iterator[TestClient]:
    settings = Settings(
        paths=badevents_paths,
        snapshot_poll_seconds=0,
        max_request_bytes=BADEVENTS_BODY_BYTES,
        max_events_body_bytes=BADEVENTS_BODY_BYTES,
    )
    with TestClient(create_app(settings)) as client:
        yield client
