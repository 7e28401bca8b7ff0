"""Custom scalars of the schema: the Python types annotations use, and their definitions."""

from __future__ import annotations

from datetime import datetime
from typing import NewType

import strawberry
from strawberry.types.scalar import ScalarDefinition

DateTime = NewType("DateTime", str)


def _iso_text(value: str | datetime) -> str:
    """Times arrive as ISO 8601 text already shifted to the query's timezone."""
    return value if isinstance(value, str) else value.isoformat()


# For `StrawberryConfig.scalar_map`. DateTime is output only: time filters and `asOf`
# stay strings, since they also take times without an offset (read in the query's
# timezone).
SCALAR_MAP: dict[object, ScalarDefinition] = {
    DateTime: strawberry.scalar(
        name="DateTime",
        description="An ISO 8601 time with the offset of the query's timezone, such as "
        "`2024-05-01T09:30:00+02:00`.",
        serialize=_iso_text,
    )
}
