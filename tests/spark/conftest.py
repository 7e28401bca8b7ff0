"""The Spark tier's shared fixtures: one standalone cluster (master, worker and Spark
Connect server on 127.0.0.1) for the whole run, and one deployment materialized and
served on it with SESSIONLENS_ENGINE=spark.

The `deployment` fixture here overrides the root one for this folder, so the oracle
tests of tests/end_to_end, imported into a module of this folder, ask the Spark
deployment the questions they ask the DuckDB one.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from tests.deployment import Deployment, deploy
from tests.spark.cluster import Cluster, standalone_cluster


@pytest.fixture(scope="session")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    if shutil.which("java") is None:
        pytest.fail("the Spark tests need a JDK (Debian's openjdk-17-jre-headless): see .ci/run")
    with standalone_cluster(tmp_path_factory.mktemp("cluster")) as running:
        yield running


def spark_settings(cluster: Cluster) -> dict[str, str]:
    """The environment of a SessionLens deployment on `cluster`."""
    return {
        "SESSIONLENS_ENGINE": "spark",
        "SESSIONLENS_SPARK_MASTER": cluster.master_url,
        "SESSIONLENS_SPARK_REMOTE": cluster.remote_url,
    }


@pytest.fixture(scope="session")
def deployment(tmp_path_factory: pytest.TempPathFactory, cluster: Cluster) -> Iterator[Deployment]:
    """The end-to-end deployment's data, materialized and served on Spark."""
    home = tmp_path_factory.mktemp("spark-deployment")
    with deploy(home, settings=spark_settings(cluster)) as running:
        yield running
