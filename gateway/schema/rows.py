"""Completing a cube's `rows` in one loop instead of one graphql-core call per value.

graphql-core completes a list of objects field by field (resolve, build info, check the
type, serialize), which for a 10 000-row result costs far more than the query itself.
Row values are already looked up by response key (`value_by_response_key`), so when every
selected field is a plain leaf value the same answer can be built directly: each value
goes through its type's serializer, with a shortcut for values that already have the
exact Python type a built-in scalar returns. Anything unusual (`__typename`, a missing
key, a null in a non-null field, a value the serializer refuses) falls back to the
standard path, which then reports it exactly as before.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import Any

from graphql import (
    GraphQLBoolean,
    GraphQLFloat,
    GraphQLID,
    GraphQLInt,
    GraphQLLeafType,
    GraphQLList,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLResolveInfo,
    GraphQLString,
    get_nullable_type,
    is_leaf_type,
    is_non_null_type,
)
from graphql.language import FieldNode
from graphql.pyutils import Path

from gateway.compat import ExecutionContext

# Set in a row type's graphql-core `extensions` when its fields are plain value lookups.
PLAIN_ROWS = "sessionlens_plain_rows"
_INT_RANGE = range(-(2**31), 2**31)
Serializer = Callable[[Any], Any]


class _NotPlain(Exception):
    """The rows need the standard completion."""


class RowsExecutionContext(ExecutionContext):
    def complete_list_value(
        self,
        return_type: GraphQLList[GraphQLOutputType],
        field_nodes: list[FieldNode],
        info: GraphQLResolveInfo,
        path: Path,
        result: Iterable[Any],
    ) -> Any:
        item_type = get_nullable_type(return_type.of_type)
        if (
            isinstance(result, list)
            and isinstance(item_type, GraphQLObjectType)
            and item_type.extensions.get(PLAIN_ROWS)
        ):
            try:
                return self._complete_rows(item_type, field_nodes, result)
            except _NotPlain:
                pass
        return super().complete_list_value(return_type, field_nodes, info, path, result)

    def _complete_rows(
        self, row_type: GraphQLObjectType, field_nodes: list[FieldNode], rows: list[Any]
    ) -> list[dict[str, Any]]:
        columns = []
        for key, nodes in self.collect_subfields(row_type, field_nodes).items():
            field = row_type.fields.get(nodes[0].name.value)
            if field is None:  # `__typename`
                raise _NotPlain
            leaf = get_nullable_type(field.type)
            if not is_leaf_type(leaf):
                raise _NotPlain
            columns.append((key, leaf_serializer(leaf), is_non_null_type(field.type)))
        try:
            return [
                {
                    key: _complete_value(row[key], serialize, required)
                    for key, serialize, required in columns
                }
                for row in rows
            ]
        except Exception as error:
            raise _NotPlain from error


def _complete_value(value: Any, serialize: Serializer, required: bool) -> Any:
    if value is None:
        if required:
            raise _NotPlain
        return None
    return serialize(value)


def leaf_serializer(leaf: GraphQLLeafType) -> Serializer:
    """The type's serializer, skipped for values it would return unchanged."""
    serialize = leaf.serialize
    if leaf is GraphQLString or leaf is GraphQLID:
        return lambda value: value if type(value) is str else serialize(value)
    if leaf is GraphQLBoolean:
        return lambda value: value if type(value) is bool else serialize(value)
    if leaf is GraphQLInt:
        return lambda value: (
            value if type(value) is int and value in _INT_RANGE else serialize(value)
        )
    if leaf is GraphQLFloat:
        return lambda value: (
            value if type(value) is float and math.isfinite(value) else serialize(value)
        )
    return serialize
