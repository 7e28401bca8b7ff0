"""An oversized body gets its 413 over a real socket, also from a client that sends the
whole body before it reads the answer (Python's `urllib` does), on both limited routes."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from gateway.app import create_app
from gateway.keys import create_key
from sessionlens.core.settings import Paths, Settings
from tests.gateway.conftest import serving

BODY_BYTES = 38 << 20


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, str]]:
    """A gateway on a loopback port (stopped afterwards) and a write key."""
    paths = Paths(tmp_path / "home").ensure()
    key = create_key(paths, "A", ["read", "write"])
    with serving(create_app(Settings(paths=paths))) as url:
        yield url, key


@pytest.mark.parametrize("route", ["/events", "/graphql"])
def test_a_38_mib_body_sent_whole_by_urllib_gets_413(served: tuple[str, str], route: str) -> None:
    url, key = served
    request = urllib.request.Request(
        url + route,
        data=b"x" * BODY_BYTES,
        headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"},
        method="POST",
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=60)

    assert refused.value.code == 413
    body = json.loads(refused.value.read())
    assert body["errors"][0]["extensions"]["code"] == "TOO_COMPLEX"
    assert "exceeds" in body["errors"][0]["message"]
