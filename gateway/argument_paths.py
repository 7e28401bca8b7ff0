"""Where in a field's arguments a document's literal sits, for errors about it.

graphql-core's validation reports a bad literal at its node only
(`Int cannot represent non-integer value: "5"`); the gateway names the argument and the
path inside it (`limit`, `where.browser.eq`, `orderBy[0].field`) in the message and in
`extensions.argument`, as its own errors do.
"""

from __future__ import annotations

from typing import Any

from graphql import (
    BREAK,
    DocumentNode,
    FieldNode,
    GraphQLError,
    ListValueNode,
    Node,
    ObjectFieldNode,
    ObjectValueNode,
    ValueNode,
    Visitor,
    visit,
)


def _path_in(value: ValueNode | ObjectFieldNode, target: Node, path: str) -> str | None:
    if value is target:
        return path
    if isinstance(value, ObjectFieldNode):
        return _path_in(value.value, target, path)
    if isinstance(value, ObjectValueNode):
        for field in value.fields:
            found = _path_in(field, target, f"{path}.{field.name.value}")
            if found:
                return found
    if isinstance(value, ListValueNode):
        for index, item in enumerate(value.values):
            found = _path_in(item, target, f"{path}[{index}]")
            if found:
                return found
    return None


class _ArgumentFinder(Visitor):
    def __init__(self, target: Node) -> None:
        super().__init__()
        self.target = target
        self.found: tuple[str, str] | None = None

    def enter_field(self, node: FieldNode, *_args: Any) -> Any:
        for argument in node.arguments or ():
            path = _path_in(argument.value, self.target, argument.name.value)
            if path:
                self.found = (node.name.value, path)
                return BREAK
        return None


def argument_path(document: DocumentNode, node: Node) -> tuple[str, str] | None:
    """(field name, path inside its arguments) of a value node of the document; None when
    the node is not inside a field argument's value."""
    finder = _ArgumentFinder(node)
    visit(document, finder)
    return finder.found


def naming_the_argument(error: GraphQLError, document: DocumentNode | None) -> GraphQLError:
    """`error`, if it is about a literal inside a field argument, with that argument named;
    otherwise `error` itself."""
    if document is None or error.path is not None or not error.nodes:
        return error
    if (error.extensions or {}).get("argument"):
        return error
    found = argument_path(document, error.nodes[0])
    if found is None:
        return error
    field, path = found
    return GraphQLError(
        f"Argument `{path}` of `{field}`: {error.message}",
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        original_error=error.original_error,
        extensions={**(error.extensions or {}), "argument": path},
    )
