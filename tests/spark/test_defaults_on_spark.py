"""`sessionlens serve` with SESSIONLENS_ENGINE=spark and no other Spark setting: it
starts a Spark Connect server of its own on the default master (`local[2]`) and answers
every dashboard query of the Spark deployment's data exactly as that deployment's
gateway on the cluster does (whose answers the oracle tests check)."""

from __future__ import annotations

import os

import pytest

from sessionlens.bench.gateway import row_count
from sessionlens.bench.options import REPO_QUERIES_DIR
from sessionlens.bench.queries import VariableValues, find_focus, load_query
from sessionlens.core.snapshots import read_current
from tests.deployment import Deployment, ask, serving

pytestmark = pytest.mark.spark


def test_serve_with_only_the_engine_set_answers_as_on_the_cluster(
    deployment: Deployment,
) -> None:
    env = {
        **{name: value for name, value in os.environ.items() if "SPARK" not in name},
        "SESSIONLENS_HOME": str(deployment.paths.home),
        "SESSIONLENS_ENGINE": "spark",
        "SESSIONLENS_RATE_LIMIT_PER_SECOND": "0",
    }
    snapshot = read_current(deployment.paths)
    assert snapshot is not None
    focus = find_focus(snapshot)
    values = VariableValues(snapshot, focus)
    queries = [load_query(path, values) for path in sorted(REPO_QUERIES_DIR.glob("*.graphql"))]
    key = deployment.keys[focus.partner_id]

    with serving(env) as url:
        answers = {query.name: ask(url, key, query.document, query.variables) for query in queries}

    expected = {
        query.name: deployment.query(focus.partner_id, query.document, query.variables)
        for query in queries
    }
    assert answers == expected
    assert sum(map(row_count, answers.values())) > 0
