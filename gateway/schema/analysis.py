"""The GraphQL side of analysis beyond one window (SPEC 4.5): the `compare`, `window` and
`fill` arguments, and each cube's `previous` / `change` types."""

from __future__ import annotations

from typing import Annotated, Any

import strawberry

from gateway.catalog.model import ID_FIELD, Cube, DataType, Metric
from gateway.schema.building import FieldSpec, input_type, object_type, resolver
from gateway.schema.filters import TimeUnitEnum

TimeSpanInput = input_type(
    "TimeSpan",
    "A span of `amount` units.",
    {
        "amount": FieldSpec(int, "How many units."),
        "unit": FieldSpec(TimeUnitEnum, "The unit of `amount`."),
    },
    required=("amount", "unit"),
)
CompareInput = input_type(
    "Compare",
    "Which earlier period `previous` and `change` compare with; give exactly one field.",
    {
        "previousPeriod": FieldSpec(
            bool,
            "true: the period just before the window `where` sets on one time dimension "
            "(an `inLast`, or a lower and an upper bound), as long as the window.",
        ),
        "offset": FieldSpec(
            TimeSpanInput,
            "The window `where` sets on one time dimension, moved back by this span.",
        ),
    },
)
MetricWindowInput = input_type(
    "MetricWindow",
    "Compute the metric for each time bucket over a longer span of rows (needs a time "
    "dimension with a grain under `rows`); give exactly one field. Totals ignore it.",
    {
        "cumulative": FieldSpec(
            bool, "true: over every row from the window's start through the bucket."
        ),
        "trailing": FieldSpec(
            TimeSpanInput, "Over the span ending where the bucket ends (the bucket included)."
        ),
    },
)


def _described(annotation: Any, text: str) -> Any:
    return Annotated[annotation | None, strawberry.argument(description=text)]


COMPARE_ARGUMENT = _described(
    CompareInput,
    "Compare with an earlier period: rows and totals gain `previous` (the same metrics "
    "there, pairing a time bucket with the bucket moved back by the same span) and "
    "`change` ((current - previous) / previous).",
)
WINDOW_ARGUMENT = _described(
    MetricWindowInput,
    "Cumulative or trailing value per time bucket, computed from the rows (distinct counts "
    "stay exact), within each group of the other dimensions. Ignored in totals.",
)
FILL_ARGUMENT = _described(
    bool,
    "true (with a grain): every bucket of the window is a row, for every combination of the "
    "other dimensions in the result; counts and sums 0 there, other metrics null.",
)


def changes(metric: Metric) -> bool:
    """Whether `change` has the metric: a relative change needs a number."""
    return metric.type in (DataType.INT, DataType.FLOAT)


def period_types(
    cube: Cube,
    prefix: str,
    metric_types: dict[str, Any],
    describe: Any,
    value: Any,
) -> tuple[type, type]:
    """The cube's `previous` type (every metric, null where the group has no rows in the
    previous period) and its `change` type (numeric metrics as relative changes)."""

    def identity(stability: str) -> FieldSpec:
        return FieldSpec(None, f"A cache id. {stability}", resolver(strawberry.ID, value))

    previous = object_type(
        f"{prefix}Previous",
        f"Metrics of `{cube.name}` for the same group in the previous period of `compare`.",
        {
            ID_FIELD: identity("Stable for the same row or totals it belongs to."),
            **{
                m.name: FieldSpec(
                    None,
                    f"{describe(m)} In the previous period; null without rows there.",
                    resolver(metric_types[m.name] | None, value),
                )
                for m in cube.metrics
            },
        },
    )
    change = object_type(
        f"{prefix}Change",
        f"Relative changes of `{cube.name}` metrics against the previous period of `compare`.",
        {
            ID_FIELD: identity("Stable for the same row or totals it belongs to."),
            **{
                m.name: FieldSpec(
                    None,
                    f"(current - previous) / previous of `{m.name}`; null when either is "
                    "null or previous is 0.",
                    resolver(float | None, value),
                )
                for m in cube.metrics
                if changes(m)
            },
        },
    )
    return previous, change
