"""Apollo Client's own persisted-query link against a real deployment: the first run sends
the hash alone over GET, gets PERSISTED_QUERY_NOT_FOUND and resends hash + document over
POST; every later run (another client, so not Apollo's cache) is answered from the hash
alone over GET. Every answer is the one the plain query gets."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.deployment import Deployment

# Kept inline: the link hashes this exact text.
QUERY = """
query PersistedSessions($limit: Int!) {
  sessions(limit: $limit, orderBy: [{ field: SESSION_ID }]) {
    id
    rows { id sessionId status durationMinutes }
  }
}
"""


def _without_typenames(value: object) -> object:
    if isinstance(value, dict):
        return {k: _without_typenames(v) for k, v in value.items() if k != "__typename"}
    if isinstance(value, list):
        return [_without_typenames(item) for item in value]
    return value


def test_apollos_persisted_query_link_retries_then_uses_the_hash(
    deployment: Deployment, apollo: Path
) -> None:
    partner = sorted(deployment.keys)[0]
    variables = {"limit": 5}
    request = {
        "url": deployment.url,
        "key": deployment.keys[partner],
        "query": QUERY,
        "variables": variables,
    }
    completed = subprocess.run(
        ["node", "check_persisted.mjs"],
        cwd=apollo,
        input=json.dumps(request),
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    first, *later = json.loads(completed.stdout)["runs"]

    hash_only = {"method": "GET", "sentDocument": False, "sentHash": True, "status": 200}
    assert first["requests"] == [
        {**hash_only, "codes": ["PERSISTED_QUERY_NOT_FOUND"]},
        {"method": "POST", "sentDocument": True, "sentHash": True, "status": 200, "codes": []},
    ]
    for run in later:
        assert run["requests"] == [{**hash_only, "codes": []}]

    expected = deployment.query(partner, QUERY, variables)
    assert expected["sessions"]["rows"], "the deployment should have sessions to list"
    for run in (first, *later):
        assert _without_typenames(run["data"]) == expected
