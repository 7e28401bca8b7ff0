"""`sessionlens status` without a pipeline run: an empty data directory, a published
snapshot alone, and the gateway's readiness as a server on the port answers it."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from sessionlens.cli import main
from sessionlens.core.network import free_port
from sessionlens.core.settings import Paths
from sessionlens.core.snapshots import write_current


def _status(capsys: pytest.CaptureFixture[str], port: int, *flags: str) -> str:
    assert main(["status", "--port", str(port), *flags]) == 0
    return capsys.readouterr().out


def test_status_of_an_empty_home_says_nothing_is_there_and_what_to_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "empty"
    monkeypatch.setenv("SESSIONLENS_HOME", str(home))
    port = free_port()
    text = _status(capsys, port)
    assert text.startswith(f"Nothing here yet: no snapshot has been published in {home}.")
    assert "`sessionlens demo`" in text and "`sessionlens materialize`" in text
    assert f"gateway      none answers on http://127.0.0.1:{port}" in text
    status = json.loads(_status(capsys, port, "--json"))
    assert status["snapshot"] is None and status["last_run"] is None
    assert status["partners"] == [] and status["ingestion"] is None
    assert status["running"] == {"materialization": None, "schedule": False, "sensor": False}
    assert status["gateway"]["answering"] is False
    assert not home.exists(), "status must not create the data directory"


@contextmanager
def _readyz_server(code: int, body: dict) -> Iterator[int]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            payload = json.dumps(body).encode() if self.path == "/readyz" else b"{}"
            self.send_response(code if self.path == "/readyz" else 404)
            self.send_header("content-type", "application/json")
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def test_status_shows_the_published_snapshot_and_the_gateway_readiness(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = Paths(tmp_path).ensure()
    monkeypatch.setenv("SESSIONLENS_HOME", str(paths.home))
    files = ["sessions.1f2e.duckdb", "timeline.9a8b.duckdb"]
    write_current(paths, "snap-1", files, {"sessions": 12, "timeline": 955}, ["timeline"])
    with _readyz_server(200, {"status": "ready", "snapshot": "snap-1"}) as port:
        text = _status(capsys, port)
        status = json.loads(_status(capsys, port, "--json"))
    assert text.startswith("published    snap-1 at ")
    assert "2 marts (1 unchanged, their files shared with the snapshot before)" in text
    assert f"gateway      http://127.0.0.1:{port}: ready (ready)" in text
    assert status["snapshot"]["snapshot_id"] == "snap-1"
    assert status["snapshot"]["mart_rows"] == {"sessions": 12, "timeline": 955}
    assert status["snapshot"]["files"] == files
    assert status["snapshot"]["shared_marts"] == ["timeline"]
    assert 0 <= status["snapshot"]["age_seconds"] < 3600
    assert status["gateway"] == {
        "url": f"http://127.0.0.1:{port}",
        "answering": True,
        "ready": True,
        "detail": "ready",
    }


def test_status_reports_a_gateway_that_answers_but_is_not_ready(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SESSIONLENS_HOME", str(tmp_path))
    with _readyz_server(503, {"status": "no snapshot published yet"}) as port:
        text = _status(capsys, port)
    assert f"gateway      http://127.0.0.1:{port}: not ready (no snapshot published yet)" in text
