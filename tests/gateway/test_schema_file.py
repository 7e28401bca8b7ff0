"""schema.graphql, committed so frontends run codegen without a server, is the schema the
gateway serves (regenerate it with `make schema`)."""

from __future__ import annotations

from pathlib import Path

from graphql import (
    build_client_schema,
    build_schema,
    get_introspection_query,
    lexicographic_sort_schema,
    print_schema,
)

from gateway.catalog import CATALOG
from gateway.schema import schema_sdl
from tests.gateway.conftest import Api

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "schema.graphql"


def test_the_committed_schema_is_what_make_schema_writes() -> None:
    assert SCHEMA_FILE.read_text() == schema_sdl(CATALOG), "stale: run `make schema`"


def test_the_committed_schema_is_the_served_one(api: Api) -> None:
    """Compared sorted, through graphql-core's printer: the schema counts, not its layout."""
    served = build_client_schema(api.data(get_introspection_query(descriptions=True)))
    committed = build_schema(SCHEMA_FILE.read_text())
    assert print_schema(lexicographic_sort_schema(served)) == print_schema(
        lexicographic_sort_schema(committed)
    )
    assert "DateTime" in served.type_map and "LengthBucket" in served.type_map
