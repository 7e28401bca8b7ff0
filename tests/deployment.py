"""A real deployment for end-to-end tests: generate → materialize → serve.

It runs the installed `sessionlens` console script in subprocesses, exactly as an
operator would, against a temporary data directory. Expected values come from
tests/oracle/, computed from the same generated files.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path

import duckdb
import httpx

from sessionlens.bench.server import wait_ready
from sessionlens.core.network import free_port
from sessionlens.core.settings import Paths
from sessionlens.generate import generate
from tests import oracle

SESSIONLENS = str(Path(sys.executable).with_name("sessionlens"))
# Seed 7 at this size has every hard case of the generator (see tests/test_generate.py).
DEPLOYMENT_EVENTS = 30_000
DEPLOYMENT_SEED = 7
BAD_LINES = [
    "{truncated",
    '{"event_id": "x-1", "event_type": "reaction", "partner_id": "p-x"}',
    "[1, 2, 3]",
]


@dataclass
class Deployment:
    paths: Paths
    url: str
    keys: dict[str, str]
    events: list[oracle.Event]
    # What `sessionlens materialize --json` printed, and its progress on stderr.
    summary: dict
    progress: str

    def query(self, partner: str, document: str, variables: dict | None = None) -> dict:
        return ask(self.url, self.keys[partner], document, variables)

    @cached_property
    def sessions(self) -> dict[tuple[str, str], oracle.Session]:
        return oracle.sessions(self.events)

    def sessions_of(self, partner: str) -> list[oracle.Session]:
        return [s for (p, _), s in self.sessions.items() if p == partner]


RAW_TABLES = ("events", "rejected_lines", "ingested_files")


@contextmanager
def raw_tables(paths: Paths) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only DuckDB connection where each raw table of the deployment, on either
    engine, is a table of that name (Spark's raw layer is a Parquet folder per batch)."""
    batches = paths.spark_raw_dir / "batches"
    if not batches.is_dir():
        with duckdb.connect(str(paths.raw_db), read_only=True) as connection:
            yield connection
        return
    with duckdb.connect() as connection:
        for table in RAW_TABLES:
            pattern = str(batches / "*" / table / "*.parquet").replace("'", "''")
            connection.execute(f"create view {table} as select * from read_parquet('{pattern}')")
        yield connection


def ask(url: str, key: str, document: str, variables: dict | None = None) -> dict:
    """One GraphQL request that must succeed; its `data`."""
    response = httpx.post(
        f"{url}/graphql",
        json={"query": document, "variables": variables or {}},
        headers={"Authorization": f"Bearer {key}"},
        timeout=60,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert "errors" not in body, body
    return body["data"]


def run(*args: str, env: dict[str, str]) -> str:
    return run_capturing(*args, env=env).stdout


def run_capturing(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run a `sessionlens` command that must succeed, its output captured (not a terminal)."""
    done = subprocess.run(
        [SESSIONLENS, *args], env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done


@contextmanager
def deploy(
    home: Path,
    end: datetime = datetime(2026, 3, 2, 12, tzinfo=UTC),
    days: int = 2,
    events: int = DEPLOYMENT_EVENTS,
    settings: dict[str, str] | None = None,
) -> Iterator[Deployment]:
    """Generate data into `home` (`days` of `events` up to `end`), materialize it, serve
    it, with `settings` (environment variables) added; stop the server on exit."""
    paths = Paths(home).ensure()
    # A limit far above what any test sends: the limit stays on without ever refusing.
    env = {
        **os.environ,
        "SESSIONLENS_HOME": str(paths.home),
        "SESSIONLENS_RATE_LIMIT_PER_SECOND": "1000000",
        "SESSIONLENS_RATE_LIMIT_BURST": "1000000",
        **(settings or {}),
    }
    generate(
        paths.landing_dir,
        events=events,
        seed=DEPLOYMENT_SEED,
        partners=3,
        days=days,
        end=end,
        bad_line_rate=0.0,
    )
    generated = sorted(paths.landing_dir.glob("*.jsonl.gz"))
    (paths.landing_dir / "zz-bad.jsonl").write_text("\n".join(BAD_LINES) + "\n")

    materialized = run_capturing("materialize", "--json", env=env)

    events = oracle.read_events(generated)
    partners = sorted({event.partner_id for event in events})
    keys = {
        partner: run("keys", "create", "--partner", partner, "--roles", "read", env=env)
        .strip()
        .splitlines()[-1]
        for partner in partners
    }
    with serving(env) as url:
        yield Deployment(
            paths, url, keys, events, json.loads(materialized.stdout), materialized.stderr
        )


@contextmanager
def serving(env: dict[str, str]) -> Iterator[str]:
    """`sessionlens serve` on a loopback port of its own; its URL once it is ready."""
    port = free_port()
    server = subprocess.Popen(
        [SESSIONLENS, "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_ready(url, server, "its output was discarded")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)
