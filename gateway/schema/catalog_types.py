"""The `catalog` root field: every cube with its dimensions and metrics, for UI pickers."""

from __future__ import annotations

import strawberry

from gateway.catalog.model import Cube, Dimension, Metric, upper_snake


@strawberry.type(description="A dimension: a value rows can be grouped, filtered and sorted by.")
class CatalogDimension:
    name: str = strawberry.field(description="Field name under `rows` and in `where`.")
    field: str = strawberry.field(description="The value naming it in `orderBy`.")
    type: str = strawberry.field(
        description="STRING, INT, FLOAT, BOOLEAN, TIME (takes a grain) or ENUM."
    )
    description: str = strawberry.field(description="What it means.")
    label: str = strawberry.field(description="A friendly column header.")
    unit: str = strawberry.field(description="Unit of the values; may be empty.")
    format: str = strawberry.field(
        description="How to render it: TEXT, INTEGER, DECIMAL, PERCENT (a fraction in [0, 1]), "
        "DATETIME, BOOLEAN or CATEGORY."
    )
    enum_values: list[str] = strawberry.field(description="Allowed values of an ENUM.")
    admin_only: bool = strawberry.field(description="Only admin keys may use it.")
    min_search_length: int = strawberry.field(
        description="A hint for search boxes: how many characters to wait for before "
        "filtering with `contains`, `startsWith` or `endsWith`; 0: no hint. Not enforced: "
        "the API takes a search of any length."
    )


@strawberry.type(description="A metric: an aggregate computed per group.")
class CatalogMetric:
    name: str = strawberry.field(description="Field name under `rows`, `totals`, `having`.")
    field: str = strawberry.field(description="The value naming it in `orderBy`.")
    type: str = strawberry.field(
        description="INT, FLOAT, TIME (an ISO 8601 string) or ENUM (e.g. `health`)."
    )
    description: str = strawberry.field(description="How it is computed.")
    label: str = strawberry.field(description="A friendly column header.")
    unit: str = strawberry.field(description="Unit of the values (e.g. minutes); may be empty.")
    format: str = strawberry.field(
        description="How to render it: INTEGER, DECIMAL, PERCENT (a fraction in [0, 1]), "
        "DATETIME or CATEGORY."
    )
    enum_values: list[str] = strawberry.field(description="Possible values of an ENUM.")


@strawberry.type(description="A cube: one root query field.")
class CatalogCube:
    name: str = strawberry.field(description="The root field name.")
    description: str = strawberry.field(description="What the cube covers.")
    grain: str = strawberry.field(description="What one underlying row is.")
    dimensions: list[CatalogDimension] = strawberry.field(description="Its dimensions.")
    metrics: list[CatalogMetric] = strawberry.field(description="Its metrics.")


def _dimension(dimension: Dimension) -> CatalogDimension:
    return CatalogDimension(
        name=dimension.name,
        field=upper_snake(dimension.name),
        type=dimension.type.value,
        description=dimension.description,
        label=dimension.label,
        unit=dimension.unit,
        format=str(dimension.format),
        enum_values=list(dimension.enum_values),
        admin_only=dimension.admin_only,
        min_search_length=dimension.min_search_length,
    )


def _metric(metric: Metric) -> CatalogMetric:
    return CatalogMetric(
        name=metric.name,
        field=upper_snake(metric.name),
        type=metric.type.value,
        description=metric.description,
        label=metric.label,
        unit=metric.unit,
        format=str(metric.format),
        enum_values=list(metric.enum_values),
    )


def catalog_entries(cubes: tuple[Cube, ...]) -> list[CatalogCube]:
    return [
        CatalogCube(
            name=cube.name,
            description=cube.description,
            grain=cube.grain,
            dimensions=[_dimension(d) for d in cube.all_dimensions],
            metrics=[_metric(m) for m in cube.metrics],
        )
        for cube in cubes
    ]
