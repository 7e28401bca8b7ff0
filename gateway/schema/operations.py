"""A validation rule for operation types the schema has no root type for.

The API is read-only: there is no Mutation type (subscriptions exist, see
`gateway.live`). graphql-core 3.2 only
notices at execution time ("Schema is not configured to execute mutation operation."),
so the request would not count as invalid; this rule rejects it during validation.
"""

from __future__ import annotations

from typing import Any

from graphql import GraphQLError, OperationDefinitionNode, ValidationRule


class KnownOperationTypes(ValidationRule):
    def enter_operation_definition(self, node: OperationDefinitionNode, *_: Any) -> None:
        if self.context.schema.get_root_type(node.operation) is None:
            kind = node.operation.value
            self.report_error(
                GraphQLError(
                    f"this API is read-only and has no `{kind}` operations; send a `query`",
                    node,
                )
            )
