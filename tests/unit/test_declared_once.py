"""What is declared once stays so: the dbt project agrees with the contract's raw tables,
and the build-state model waits for every incremental model."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pytest
import yaml

from orchestration.project import DBT_PROJECT_DIR, dbt_project, prepare_manifest
from sessionlens.core.contract import RAW_TABLE_SCHEMAS, raw_tables_ddl

SOURCES_YML = DBT_PROJECT_DIR / "models" / "staging" / "sessionlens" / "_sessionlens__sources.yml"
BUILD_STATE_MODEL = "model.sessionlens.int_processed_batches_logged"


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    prepare_manifest()
    return json.loads(Path(dbt_project.manifest_path).read_text())


def test_the_dbt_source_declares_exactly_the_contracts_raw_columns() -> None:
    (source,) = yaml.safe_load(SOURCES_YML.read_text())["sources"]
    declared = {
        table["name"]: [column["name"] for column in table["columns"]] for table in source["tables"]
    }

    assert declared == {table: schema.names for table, schema in RAW_TABLE_SCHEMAS.items()}


def test_the_raw_ddl_creates_the_contracts_columns_and_nullability(tmp_path: Path) -> None:
    with duckdb.connect(str(tmp_path / "raw.duckdb")) as connection:
        connection.execute(raw_tables_ddl())
        for table, schema in RAW_TABLE_SCHEMAS.items():
            described = connection.execute(
                "select column_name, is_nullable from information_schema.columns "
                "where table_name = ? order by ordinal_position",
                [table],
            ).fetchall()
            expected = [(f.name, "YES" if f.nullable else "NO") for f in schema]
            assert described == expected, table


def test_batches_are_logged_only_after_every_incremental_model(manifest: dict) -> None:
    nodes = manifest["nodes"]
    incremental = {
        unique_id
        for unique_id, node in nodes.items()
        if node["resource_type"] == "model"
        and node["config"]["materialized"] == "incremental"
        and unique_id != BUILD_STATE_MODEL
    }
    waited_for = set(nodes[BUILD_STATE_MODEL]["depends_on"]["nodes"])

    def ancestors(unique_id: str) -> set[str]:
        parents = set(nodes[unique_id]["depends_on"]["nodes"]) & nodes.keys()
        return parents.union(*(ancestors(parent) for parent in parents))

    incremental_marts = {i for i in incremental if nodes[i]["fqn"][1] == "marts"}
    assert incremental_marts == waited_for & incremental
    covered = set().union(*(ancestors(mart) for mart in incremental_marts)) | incremental_marts
    assert incremental <= covered, sorted(incremental - covered)
