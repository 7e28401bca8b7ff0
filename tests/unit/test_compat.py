"""The framework internals `gateway/compat.py` relies on are still there and still behave.

Each test names what broke, so an upgrade past the bounds in pyproject.toml shows at once
which shim to rewrite.
"""

from __future__ import annotations

import inspect
from typing import Any

import strawberry
from graphql import GraphQLObjectType, GraphQLResolveInfo, GraphQLSchema, parse
from strawberry.asgi import GraphQL

from gateway import compat


@strawberry.type
class Point:
    x: int
    y: int


@strawberry.type
class Query:
    @strawberry.field
    def point(self, info: strawberry.Info) -> Point:
        seen.append(compat.raw_info(info))
        return Point(x=1, y=2)


seen: list[Any] = []
SCHEMA = strawberry.Schema(query=Query)


def test_raw_info_is_graphql_cores_info_with_the_field_nodes() -> None:
    seen.clear()
    result = SCHEMA.execute_sync("{ point { x } }")

    assert result.errors is None
    (info,) = seen
    assert isinstance(info, GraphQLResolveInfo)
    assert info.field_name == "point"
    assert info.field_nodes[0].name.value == "point"
    assert isinstance(info.schema, GraphQLSchema)


def test_core_schema_is_the_graphql_core_schema_strawberry_built() -> None:
    core = compat.core_schema(SCHEMA)

    assert isinstance(core, GraphQLSchema)
    assert isinstance(core.type_map["Point"], GraphQLObjectType)


def test_field_collection_expands_fragments_and_directives_by_response_key() -> None:
    core = compat.core_schema(SCHEMA)
    document = parse(
        """
        query ($skip: Boolean!) {
          point { a: x ...Both ... on Point { y } __typename x @skip(if: $skip) }
        }
        fragment Both on Point { x y }
        """
    )
    operation, fragment = document.definitions
    fragments = {fragment.name.value: fragment}
    point_type = core.type_map["Point"]

    roots = compat.selected_fields(
        core, fragments, {"skip": True}, core.query_type, operation.selection_set
    )
    fields = compat.sub_fields(core, fragments, {"skip": True}, point_type, roots["point"])

    assert list(roots) == ["point"]
    assert list(fields) == ["a", "x", "y"]  # `__typename` left out, fragments merged
    assert [node.name.value for node in fields["y"]] == ["y", "y"]


def test_the_execution_context_still_completes_lists_through_the_overridden_method() -> None:
    method = compat.ExecutionContext.complete_list_value
    parameters = list(inspect.signature(method).parameters)

    assert parameters == ["self", "return_type", "field_nodes", "info", "path", "result"]
    assert callable(compat.ExecutionContext.collect_subfields)
    build = list(inspect.signature(compat.ExecutionContext.build).parameters)
    assert build[:6] == [
        "schema",
        "document",
        "root_value",
        "context_value",
        "raw_variable_values",
        "operation_name",
    ]


def test_strawberrys_view_still_has_the_hooks_the_gateway_overrides() -> None:
    for name, expected in {
        "execute_single": [
            "self",
            "request",
            "request_adapter",
            "sub_response",
            "context",
            "root_value",
            "request_data",
        ],
        "process_result": ["self", "request", "result"],
        "run": ["self", "request", "context", "root_value"],
    }.items():
        assert list(inspect.signature(getattr(GraphQL, name)).parameters) == expected, name


def test_transport_errors_carry_a_status_and_a_reason() -> None:
    error = compat.HTTPException(405, "no")

    assert (error.status_code, error.reason) == (405, "no")
    assert compat.OperationType.QUERY in compat.OperationType.from_http("GET")
    assert compat.OperationType.MUTATION not in compat.OperationType.from_http("GET")
    assert issubclass(compat.InvalidOperationTypeError, Exception)
    assert issubclass(compat.CannotGetOperationTypeError, Exception)
    assert hasattr(compat.AsyncHTTPRequestAdapter, "method")
