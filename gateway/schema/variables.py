"""Variable coercion errors with their values as JSON and the variable path named.

graphql-core prints an invalid variable value with Python's repr
(`Variable '$where' got invalid value {'browsr': {'eq': 'Chrome'}}; …`), which is not
what the client sent. The execution context below re-runs the coercion of each variable
(only when graphql-core reported a bad value, so a good request pays nothing) and
rewrites those errors: the value as JSON, the path inside the variable in the message and
in `extensions.variable` (e.g. `where.browsr`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from graphql import (
    DocumentNode,
    GraphQLError,
    GraphQLSchema,
    OperationDefinitionNode,
    VariableDefinitionNode,
    coerce_input_value,
    get_operation_ast,
    is_input_type,
    type_from_ast,
)
from graphql.pyutils import inspect

from gateway.compat import ExecutionContext

MAX_VALUE_CHARS = 240
_PYTHON_ENDINGS = (
    (" not to be None.", " not to be null."),
    (" to be a mapping.", " to be an object."),
)


def json_value(value: Any) -> str:
    """`value` as the client wrote it in JSON (variables arrive as JSON), cut short past
    MAX_VALUE_CHARS so that an error does not echo a whole request body."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"


def _path_text(name: str, path: list[str | int]) -> str:
    return name + "".join(f"[{key}]" if isinstance(key, int) else f".{key}" for key in path)


def _is_value_error(error: GraphQLError) -> bool:
    """One of graphql-core's "Variable '$x' got invalid value …" errors."""
    node = error.nodes[0] if error.nodes else None
    return isinstance(node, VariableDefinitionNode) and isinstance(
        error.original_error, GraphQLError
    )


def _worded(name: str, path: list[str | int], invalid: Any, error: GraphQLError) -> str:
    # Scalar parsers end their message with the value in Python's repr, input coercion
    # with Python's words for JSON's null and object.
    reason = error.message
    endings = ((inspect(invalid), json_value(invalid)), *_PYTHON_ENDINGS)
    for python, client in endings:
        if reason.endswith(python):
            reason = reason[: -len(python)] + client
            break
    at = f" at `{_path_text(name, path)}`" if path else ""
    return f"Variable `${name}` got invalid value {json_value(invalid)}{at}; {reason}"


def _errors_of(
    schema: GraphQLSchema, definition: VariableDefinitionNode, value: Any
) -> list[GraphQLError]:
    name = definition.variable.name.value
    found: list[GraphQLError] = []

    def on_error(path: list[str | int], invalid: Any, error: GraphQLError) -> None:
        found.append(
            GraphQLError(
                _worded(name, path, invalid, error),
                definition,
                original_error=error,
                extensions={"variable": _path_text(name, path)},
            )
        )

    coerce_input_value(value, type_from_ast(schema, definition.type), on_error)  # type: ignore[arg-type]
    return found


def value_errors(
    schema: GraphQLSchema, operation: OperationDefinitionNode, inputs: dict[str, Any]
) -> Iterator[GraphQLError]:
    """The errors of the variables' values, in graphql-core's order, worded for clients."""
    for definition in operation.variable_definitions or ():
        value = inputs.get(definition.variable.name.value)
        # graphql-core's own errors (not an input type, missing, null) print no value.
        if value is not None and is_input_type(type_from_ast(schema, definition.type)):
            yield from _errors_of(schema, definition, value)


class JsonVariableErrors(ExecutionContext):
    """An execution context whose variable errors print values as JSON (see above)."""

    @classmethod
    def build(  # type: ignore[override]
        cls,
        schema: GraphQLSchema,
        document: DocumentNode,
        root_value: Any = None,
        context_value: Any = None,
        raw_variable_values: dict[str, Any] | None = None,
        operation_name: str | None = None,
        *args: Any,
        **kwargs: Any,
    ) -> list[GraphQLError] | ExecutionContext:
        built = super().build(
            schema,
            document,
            root_value,
            context_value,
            raw_variable_values,
            operation_name,
            *args,
            **kwargs,
        )
        if not isinstance(built, list) or not any(_is_value_error(e) for e in built):
            return built
        operation = get_operation_ast(document, operation_name)
        if operation is None:  # not reached: its variables were coerced
            return built
        worded = value_errors(schema, operation, raw_variable_values or {})
        # Same definitions, same coercion: the k-th value error is the k-th worded one.
        return [next(worded, error) if _is_value_error(error) else error for error in built]
