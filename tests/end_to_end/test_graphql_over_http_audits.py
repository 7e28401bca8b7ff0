"""The reference checks of GraphQL over HTTP — the `graphql-http` npm package's server
audits, pinned in tests/protocol/package-lock.json — against the served deployment."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.deployment import Deployment

PROTOCOL_DIR = Path(__file__).resolve().parent.parent / "protocol"


@pytest.fixture(scope="module")
def audit_script() -> Path:
    """tests/protocol with its locked packages installed (`npm ci`)."""
    npm = shutil.which("npm")
    assert npm, "the audits need Node.js 20+ and npm on PATH"
    done = subprocess.run(
        [npm, "ci", "--no-audit", "--no-fund"],
        cwd=PROTOCOL_DIR,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return PROTOCOL_DIR / "audit.mjs"


def run_audits(script: Path, url: str, key: str) -> list[dict[str, Any]]:
    node = shutil.which("node")
    assert node, "the audits need Node.js 20+ on PATH"
    done = subprocess.run(
        [node, str(script), f"{url}/graphql"],
        env={**os.environ, "SESSIONLENS_AUDIT_KEY": key},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_graphql_over_http_audits_pass_without_warnings(
    deployment: Deployment, audit_script: Path
) -> None:
    key = deployment.keys[sorted(deployment.keys)[0]]
    results = run_audits(audit_script, deployment.url, key)

    # The package's full list (61 audits in 1.23.1), each with a status.
    assert len(results) >= 50, results
    assert {result["status"] for result in results} <= {"ok", "notice", "warn", "error"}
    failed = [result for result in results if result["status"] in ("warn", "error")]
    assert not failed, json.dumps(failed, indent=1)
    # What the audits probe first: the preferred media type is offered and matched.
    by_id = {result["id"]: result for result in results}
    assert by_id["22EB"]["status"] == "ok"  # accepts application/graphql-response+json
    assert by_id["556A"]["status"] == "ok"  # its 400 for a document that does not parse
    assert by_id["572B"]["status"] == "ok"  # application/json's 200 for the same


def test_the_audits_report_a_server_that_refuses_them(
    deployment: Deployment, audit_script: Path
) -> None:
    """Without a valid key every request is refused (401): the audits say so, so their
    passing above is the gateway's doing."""
    results = run_audits(audit_script, deployment.url, "not-a-key")

    errors = [result for result in results if result["status"] == "error"]
    assert errors
    assert all(result["response"]["status"] == 401 for result in errors), errors
