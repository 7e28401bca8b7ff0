"""An oversized body gets its 413 over a real socket, also from a client that sends the
whole body before it reads the answer (Python's `urllib` does), on both limited routes."""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from gateway.app import create_app
from gateway.keys import create_key
from sessionlens.bench.server import free_port
from sessionlens.core.settings import Paths, Settings

BODY_BYTES = 38 << 20


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, str]]:
    """A gateway on a loopback port (stopped afterwards) and a write key."""
    paths = Paths(tmp_path / "home").ensure()
    key = create_key(paths, "A", ["read", "write"])
    port = free_port()
    config = uvicorn.Config(
        create_app(Settings(paths=paths)), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started
    try:
        yield f"http://127.0.0.1:{port}", key
    finally:
        server.should_exit = True
        thread.join(timeout=30)


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
