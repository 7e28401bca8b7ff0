"""Rows completed in one loop answer exactly as graphql-core's field-by-field completion."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from gateway.catalog import CATALOG
from gateway.context import GatewayContext
from gateway.keys import Principal
from gateway.schema import build_schema
from gateway.schema.rows import RowsExecutionContext
from gateway.warehouse import ReadSession, Warehouse
from sessionlens.core.settings import Paths, Settings

DOCUMENTS = [
    # Strings, enums, times, ints and floats; aliases; one field under two aliases.
    """{ sessions { rows { sessionId status s2: status startTime d: startTime(grain: DAY)
         durationMinutes uniqueParticipants } } }""",
    # Nulls in nullable fields, a fragment, and @skip / @include.
    """query ($on: Boolean!) { viewers { rows { ...V country @include(if: $on)
         userId @skip(if: $on) } } } fragment V on ViewersRow { sessionId minutesViewed }""",
    # `__typename` takes the standard path.
    "{ sessions { rows { __typename sessionId } } }",
    # Cache ids, aliased too, beside values; and rows of nothing but their id.
    """{ sessions { id rows { id sessionId k: id sessionCount } totals { id sessionCount } }
         viewers { rows { id } } }""",
    # Metrics only, one row; and an empty list.
    "{ sessions { rows { sessionCount participantMinutes } } }",
    '{ sessions(where: { sessionId: { eq: "none" } }) { rows { sessionId } } }',
]


def _execute(schema: Any, paths: Paths, document: str) -> Any:
    warehouse = Warehouse(paths, poll_seconds=3600, query_timeout_seconds=30)
    warehouse.refresh(force=True)
    session = ReadSession(warehouse)
    context = GatewayContext(Principal("k", "A", frozenset({"read"})), session, Settings())
    try:
        result = asyncio.run(
            schema.execute(document, variable_values={"on": True}, context_value=context)
        )
    finally:
        session.close()
        warehouse.close()
    return result.data, [error.formatted for error in result.errors or ()]


@pytest.mark.parametrize("document", DOCUMENTS)
def test_rows_match_field_by_field_completion(
    published: Paths, document: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = build_schema(CATALOG)
    standard = build_schema(CATALOG)
    standard.execution_context_class = StrawberryGraphQLCoreExecutionContext
    completed_in_one_loop = []
    one_loop = RowsExecutionContext._complete_rows

    def spy(self: RowsExecutionContext, *args: Any) -> list[dict[str, Any]]:
        rows = one_loop(self, *args)
        completed_in_one_loop.append(len(rows))
        return rows

    monkeypatch.setattr(RowsExecutionContext, "_complete_rows", spy)

    answer, errors = _execute(fast, published, document)
    assert (answer, errors) == _execute(standard, published, document)
    assert errors == []
    assert answer is not None
    assert bool(completed_in_one_loop) == ("__typename" not in document)
