"""Fixtures shared by the end-to-end tests."""

from collections.abc import Iterator

import pytest

from tests.deployment import Deployment, deploy


@pytest.fixture(scope="session")
def deployment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Deployment]:
    """One generated, materialized and served data set for the whole test run."""
    with deploy(tmp_path_factory.mktemp("deployment")) as running:
        yield running
