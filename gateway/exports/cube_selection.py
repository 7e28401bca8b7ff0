"""Which cube field of a GraphQL document an export runs, and the columns of its `rows`.

The document's shape is checked before it runs, so anything but one cube's rows is
refused without touching the warehouse. Column names and grains are read only after
the document ran, when GraphQL validation has vouched for every field and argument.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLSchema,
    GraphQLSyntaxError,
    OperationType,
    Visitor,
    get_named_type,
    get_operation_ast,
    parse,
    value_from_ast_untyped,
    visit,
)

from gateway.catalog.model import ID_FIELD, Cube, Dimension, Metric
from gateway.compat import selected_fields, sub_fields
from gateway.errors import BadUserInput, TooComplex
from gateway.query import TimeGrain
from gateway.schema.selection import grain_argument


@dataclass(frozen=True)
class Column:
    """One selected row field: its response key, catalog field and grain (time fields)."""

    key: str
    field: Dimension | Metric
    grain: TimeGrain | None

    @property
    def label(self) -> str:
        """The catalog label, plus the grain when there is one: "Start time (day)"."""
        if self.grain is None:
            return self.field.label
        return f"{self.field.label} ({self.grain.value.lower().replace('_', ' ')})"


# Objects under a row (SPEC 4.5 `compare`), which a CSV row has no column for.
_NESTED = frozenset({"previous", "change"})


@dataclass(frozen=True)
class CubeSelection:
    """`response_key` / `rows_key`: where the rows sit in the GraphQL result."""

    cube: Cube
    response_key: str
    rows_key: str
    row_fields: Mapping[str, list[FieldNode]]
    variables: Mapping[str, Any]

    def columns(self) -> tuple[Column, ...]:
        """The row fields in selection order (the result's key order), without the cache
        id; call it only once the document has been validated."""
        return tuple(
            Column(
                key,
                self.cube.dimensions_by_name.get(nodes[0].name.value)
                or self.cube.metrics_by_name[nodes[0].name.value],
                grain_argument(nodes[0], self.variables),
            )
            for key, nodes in self.row_fields.items()
            if nodes[0].name.value != ID_FIELD
        )


def select_cube_rows(
    schema: GraphQLSchema,
    query: str,
    variables: Mapping[str, Any],
    cubes: Mapping[str, Cube],
    max_tokens: int,
) -> CubeSelection:
    """The one cube field `query` selects and the fields under its `rows`, collected as
    graphql-core executes them (fragments whose type matches, `@skip`/`@include`).

    Raises BadUserInput (or TooComplex beyond `max_tokens`) for any other document.
    """
    try:
        document = parse(query, max_tokens=max_tokens)
    except GraphQLSyntaxError as error:
        # graphql-core reports the token limit as a syntax error.
        kind = TooComplex if "tokens" in error.message else BadUserInput
        raise kind(error.message) from None
    operation = get_operation_ast(document)
    if operation is None:
        raise BadUserInput("send exactly one operation: the query whose rows to export")
    if operation.operation is not OperationType.QUERY:
        raise BadUserInput(f"an export runs a query, not a {operation.operation.value}")
    # Declared defaults fill absent variables, as when the document runs.
    variables = {
        **{
            definition.variable.name.value: value_from_ast_untyped(definition.default_value)
            for definition in operation.variable_definitions
            if definition.default_value is not None
        },
        **variables,
    }
    fragments = {
        definition.name.value: definition
        for definition in document.definitions
        if isinstance(definition, FragmentDefinitionNode)
    }
    try:
        roots = selected_fields(
            schema, fragments, variables, schema.query_type, operation.selection_set
        )
        if len(roots) != 1:
            listed = f": {', '.join(roots)}" if roots else ""
            raise BadUserInput(f"select exactly one cube field to export, got {len(roots)}{listed}")
        ((response_key, nodes),) = roots.items()
        cube = cubes.get(nodes[0].name.value)
        if cube is None:
            raise BadUserInput(
                f"`{nodes[0].name.value}` is not a cube; export one of: {', '.join(cubes)}"
            )
        result_type = get_named_type(schema.query_type.fields[cube.name].type)
        parts = sub_fields(schema, fragments, variables, result_type, nodes)
        rows = [(key, part) for key, part in parts.items() if part[0].name.value == "rows"]
        if not rows:
            raise BadUserInput(f"select `rows {{ … }}` under `{cube.name}`: they are the export")
        rows_key, rows_nodes = rows[0]
        row_type = get_named_type(result_type.fields["rows"].type)
        row_fields = sub_fields(schema, fragments, variables, row_type, rows_nodes)
        nested = [key for key, part in row_fields.items() if part[0].name.value in _NESTED]
        if nested:
            raise BadUserInput(
                f"`rows.{nested[0]}`: `previous` and `change` are objects, which a CSV row has no "
                "column for; export the previous period as a query of its own",
                argument="compare",
            )
    except GraphQLError as error:  # e.g. `@skip(if: $flag)` without a value for $flag
        raise BadUserInput(error.message) from None
    unknown = _unknown_fragments(document, fragments)
    if unknown:
        raise BadUserInput(f"Unknown fragment '{unknown[0]}'.")
    return CubeSelection(cube, response_key, rows_key, row_fields, variables)


def _unknown_fragments(document: DocumentNode, known: Mapping[str, Any]) -> list[str]:
    """Fragment spreads naming no fragment of the document (field collection skips them)."""
    spreads: list[str] = []

    class Spreads(Visitor):
        def enter_fragment_spread(self, node: FragmentSpreadNode, *_: Any) -> None:
            spreads.append(node.name.value)

    visit(document, Spreads())
    return [name for name in spreads if name not in known]
