"""The dbt project's own unit tests (the `unit_tests:` of its model ymls), on empty inputs.

`dbt build --empty` creates every relation without rows, which is all a unit test needs
of its parents, and runs the unit tests; data tests are left to the other dbt tests,
which build on real rows. Marked `unit` too: it is part of `make check`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.dbt.harness import create_raw_database, run_dbt

pytestmark = pytest.mark.unit


def test_every_dbt_unit_test_passes(tmp_path: Path) -> None:
    create_raw_database(tmp_path / "warehouse" / "raw.duckdb", [])

    results = run_dbt(tmp_path, "build", "--empty", "--exclude-resource-type", "test")

    unit_tests = [r for r in results["results"] if r["unique_id"].startswith("unit_test.")]
    assert len(unit_tests) >= 20
    assert all(r["status"] == "pass" for r in unit_tests), [
        (r["unique_id"], r["message"]) for r in unit_tests if r["status"] != "pass"
    ]
