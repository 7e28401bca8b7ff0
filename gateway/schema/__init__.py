"""The Strawberry schema: a `catalog` field plus one root field per cube of the catalog."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

import strawberry
from graphql import GraphQLError, GraphQLObjectType
from strawberry.extensions import AddValidationRules, SchemaExtension
from strawberry.schema.config import StrawberryConfig
from strawberry.types import ExecutionContext

from gateway.catalog.model import Cube
from gateway.extensions import error_code, is_expected
from gateway.schema.building import python_name
from gateway.schema.catalog_types import CatalogCube, catalog_entries
from gateway.schema.cubes import CubeTypes, value_by_response_key, value_type_names
from gateway.schema.operations import KnownOperationTypes
from gateway.schema.rows import PLAIN_ROWS, RowsExecutionContext
from gateway.schema.scalars import SCALAR_MAP

logger = logging.getLogger(__name__)


class GatewaySchema(strawberry.Schema):
    """Logs each error once: expected ones (bad input, forbidden, timeout, …) as one info
    line, unexpected ones with their traceback (Strawberry's default logs every error
    with a traceback)."""

    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        for error in errors:
            if is_expected(error):
                logger.info("%s: %s", error_code(error), error.message)
            else:
                logger.error(
                    "internal error at %s", error.path, exc_info=error.original_error or error
                )


def build_schema(
    cubes: tuple[Cube, ...], extensions: list[Callable[[], SchemaExtension]] | None = None
) -> strawberry.Schema:
    schema = GatewaySchema(
        query=_query_type(cubes),
        extensions=[lambda: AddValidationRules([KnownOperationTypes]), *(extensions or [])],
        execution_context_class=RowsExecutionContext,
        config=StrawberryConfig(scalar_map=SCALAR_MAP),
    )
    _resolve_values_directly(schema, cubes)
    return schema


def _resolve_values_directly(schema: strawberry.Schema, cubes: tuple[Cube, ...]) -> None:
    """Let graphql-core call the row and totals value lookup itself.

    Strawberry wraps every resolver (converting arguments, building its Info, running
    field extensions); per value of a large result that cost more than the rest of the
    request. The lookup ignores its arguments and these fields have no extensions, so
    the answer is the same. Row types are also marked for `RowsExecutionContext`,
    which completes whole lists of rows in one loop.
    """
    for cube in cubes:
        row_type_name, _ = value_type_names(cube)
        for type_name in value_type_names(cube):
            value_type = schema._schema.type_map[type_name]
            assert isinstance(value_type, GraphQLObjectType)
            for value_field in value_type.fields.values():
                value_field.resolve = value_by_response_key
            if type_name == row_type_name:
                value_type.extensions = {**(value_type.extensions or {}), PLAIN_ROWS: True}


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
