"""The Strawberry schema: a `catalog` field plus one root field per cube of the catalog."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import strawberry
from strawberry.extensions import SchemaExtension

from gateway.catalog.model import Cube
from gateway.schema.building import python_name
from gateway.schema.catalog_types import CatalogCube, catalog_entries
from gateway.schema.cubes import CubeTypes


def build_schema(
    cubes: tuple[Cube, ...], extensions: list[Callable[[], SchemaExtension]] | None = None
) -> strawberry.Schema:
    return strawberry.Schema(query=_query_type(cubes), extensions=extensions or [])


@functools.cache
def _query_type(cubes: tuple[Cube, ...]) -> type:
    """The root type, built once per catalog: generating every cube's types is the slow part
    of building a schema, and they depend on the catalog only."""
    entries = catalog_entries(cubes)

    def catalog() -> list[CatalogCube]:
        return entries

    namespace: dict[str, Any] = {
        "__annotations__": {},
        "catalog": strawberry.field(
            resolver=catalog, description="Every cube with its dimensions and metrics."
        ),
    }
    for cube in cubes:
        namespace[python_name(cube.name)] = CubeTypes(cube).root_field()
    return strawberry.type(
        type("Query", (), namespace), description="SessionLens analytics: one field per cube."
    )
