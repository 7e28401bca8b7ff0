"""Test tiers and the fixtures shared by the end-to-end tests.

A test's tier is its folder: `unit/` and `gateway/` (in-process, seconds), `dbt/` (the dbt
project on hand-written raw events), `end_to_end/` (generated data through the whole
pipeline and the HTTP API), `reliability/` (load, crashes, fuzzing) and `spark/` (the same
on Apache Spark). Each tier is a
pytest marker, so `pytest -m unit` runs the fast feedback loop of `make check`.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.deployment import Deployment, deploy

TESTS_DIR = Path(__file__).resolve().parent
TIER_OF_FOLDER = {
    "unit": "unit",
    "gateway": "unit",
    "dbt": "dbt",
    "end_to_end": "e2e",
    "reliability": "reliability",
    "spark": "spark",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        folder = Path(item.path).resolve().relative_to(TESTS_DIR).parts[0]
        if folder not in TIER_OF_FOLDER:
            raise pytest.UsageError(
                f"{item.nodeid}: put the test in a tier folder ({', '.join(TIER_OF_FOLDER)})"
            )
        item.add_marker(TIER_OF_FOLDER[folder])


@pytest.fixture(scope="session")
def deployment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Deployment]:
    """One generated, materialized and served data set for the whole test run."""
    with deploy(tmp_path_factory.mktemp("deployment")) as running:
        yield running
