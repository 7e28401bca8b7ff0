"""Every use of framework internals, in one place.

SessionLens leans on a few parts of Strawberry, graphql-core and cross-web that are not
their documented API: the graphql-core info behind Strawberry's `Info`, the graphql-core
schema behind a Strawberry schema, Strawberry's graphql-core execution context (whose list
completion `gateway.schema.rows` overrides), graphql-core's field collection, and the
transport types Strawberry's HTTP view raises and receives. Everything else imports them
from here, `pyproject.toml` bounds these packages from above, and
`tests/unit/test_compat.py` fails loudly when an upgrade moves any of them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import strawberry
from cross_web import AsyncHTTPRequestAdapter, HTTPException
from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    GraphQLObjectType,
    GraphQLResolveInfo,
    GraphQLSchema,
    SelectionSetNode,
)
from graphql.execution.collect_fields import collect_fields, collect_sub_fields
from strawberry.schema.exceptions import CannotGetOperationTypeError, InvalidOperationTypeError
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.types.graphql import OperationType

__all__ = [
    "AsyncHTTPRequestAdapter",
    "CannotGetOperationTypeError",
    "ExecutionContext",
    "HTTPException",
    "InvalidOperationTypeError",
    "OperationType",
    "core_schema",
    "raw_info",
    "selected_fields",
    "sub_fields",
]

# The execution context Strawberry gives graphql-core; `build` (which coerces the
# variables), `complete_list_value` and `collect_subfields` are graphql-core's own methods.
ExecutionContext = StrawberryGraphQLCoreExecutionContext

SelectedFields = dict[str, list[FieldNode]]


def raw_info(info: strawberry.Info) -> GraphQLResolveInfo:
    """graphql-core's info behind Strawberry's: the field definition, nodes, fragments and
    coerced variables the catalog-driven query builder works on."""
    return info._raw_info


def core_schema(schema: strawberry.Schema) -> GraphQLSchema:
    """The graphql-core schema Strawberry built (its types, for direct resolvers)."""
    return schema._schema


def _public(fields: SelectedFields) -> SelectedFields:
    """Without introspection fields such as `__typename`, which no cube query asks for."""
    return {key: nodes for key, nodes in fields.items() if not nodes[0].name.value.startswith("__")}


def selected_fields(
    schema: GraphQLSchema,
    fragments: Mapping[str, FragmentDefinitionNode],
    variables: Mapping[str, Any],
    object_type: GraphQLObjectType,
    selection_set: SelectionSetNode,
) -> SelectedFields:
    """The fields a selection set selects on `object_type`, by response key, as graphql-core
    executes them: fragments expanded when their type matches, `@skip`/`@include` applied."""
    return _public(
        collect_fields(schema, dict(fragments), dict(variables), object_type, selection_set)
    )


def sub_fields(
    schema: GraphQLSchema,
    fragments: Mapping[str, FragmentDefinitionNode],
    variables: Mapping[str, Any],
    object_type: GraphQLObjectType,
    field_nodes: Sequence[FieldNode],
) -> SelectedFields:
    """The fields selected under `field_nodes` (one response key's nodes, merged), whose
    type is `object_type`, by response key."""
    return _public(
        collect_sub_fields(schema, dict(fragments), dict(variables), object_type, list(field_nodes))
    )
