"""Every docs/queries panel loads into one Apollo Client cache (`@apollo/client` pinned in
tests/end_to_end/apollo/) with no custom typePolicies: loaded a second time, nothing is
sent, and every panel is read back complete and unchanged. Two panels asking the same cube
with the same arguments and other fields (C2 and C3) merge instead of overwriting each
other, thanks to the `id` of results, rows and totals."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.deployment import Deployment
from tests.end_to_end.panels import QUERIES, VARIABLES, Panel


def test_all_panels_share_one_apollo_cache(deployment: Deployment, apollo: Path) -> None:
    partner = sorted(deployment.keys)[0]
    panel = Panel(deployment, partner)
    panels = [
        {
            "name": name,
            "query": (QUERIES / f"{name}.graphql").read_text(),
            "variables": VARIABLES[name](panel),
        }
        for name in sorted(VARIABLES)
    ]
    request = {"url": deployment.url, "key": deployment.keys[partner], "panels": panels}
    completed = subprocess.run(
        ["node", "check_cache.mjs"],
        cwd=apollo,
        input=json.dumps(request),
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    report = json.loads(completed.stdout)
    assert report["errors"] == {}
    assert report["warnings"] == []
    # One request per panel the first time (no refetch loop), none the second time.
    assert report["first"]["requests"] == len(panels)
    assert report["second"]["requests"] == 0
    assert report["incomplete"] == {}
    assert report["second"]["data"] == report["first"]["data"]
    # The answers are the gateway's own, not something the cache made up.
    for entry in panels:
        answer = deployment.query(partner, entry["query"], entry["variables"])
        cached = report["second"]["data"][entry["name"]]
        assert _without_typenames(cached) == answer, entry["name"]


def _without_typenames(value: object) -> object:
    """Apollo adds `__typename` to every selection; the documents do not ask for it."""
    if isinstance(value, dict):
        return {k: _without_typenames(v) for k, v in value.items() if k != "__typename"}
    if isinstance(value, list):
        return [_without_typenames(item) for item in value]
    return value
