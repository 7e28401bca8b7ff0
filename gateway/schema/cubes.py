"""Two root fields per cube (`Query` and `Subscription`) with its Row, Totals, Result,
Where, Having and OrderBy types, all generated from the catalog declaration."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator
from typing import Annotated, Any

import strawberry
from graphql import GraphQLResolveInfo

from gateway.catalog.model import ID_FIELD, Cube, DataType, Dimension, Metric, upper_snake
from gateway.compat import raw_info
from gateway.compiler.plan import reads_clock
from gateway.context import GatewayContext
from gateway.errors import BadUserInput, GatewayError, Unauthenticated
from gateway.executor import CubeResult, execute_cube_query
from gateway.live import STREAMS_ONLY
from gateway.query import CubeQuery
from gateway.schema.analysis import (
    COMPARE_ARGUMENT,
    FILL_ARGUMENT,
    WINDOW_ARGUMENT,
    period_types,
)
from gateway.schema.building import (
    FieldSpec,
    enum_type,
    input_type,
    object_type,
    recursive_input_type,
    resolver,
)
from gateway.schema.filters import (
    SCALARS,
    SortDirectionEnum,
    TimeGrainEnum,
    dimension_filter,
    metric_filter,
    value_enum,
)
from gateway.schema.identity import IdKeys, identify
from gateway.schema.selection import build_cube_query


def _pascal(name: str) -> str:
    return name[:1].upper() + name[1:]


def value_by_response_key(
    root: dict[str, Any], info: strawberry.Info | GraphQLResolveInfo, **_: Any
) -> Any:
    """A row or totals value. Rows are dicts keyed by response alias, so
    `d: startTime(grain: DAY)` and `h: startTime(grain: HOUR)` each find their own value."""
    return root[info.path.key]


def value_type_names(cube: Cube) -> tuple[str, str]:
    """The GraphQL names of the cube's Row and Totals types."""
    return f"{_pascal(cube.name)}Row", f"{_pascal(cube.name)}Totals"


def _describe(field: Dimension | Metric) -> str:
    notes = [field.description]
    if field.unit:
        notes.append(f"Unit: {field.unit}.")
    if isinstance(field, Dimension) and field.min_search_length:
        notes.append(
            f"A search box may wait for {field.min_search_length} characters before it "
            "filters with `contains`, `startsWith` or `endsWith` (a hint: any length works)."
        )
    if isinstance(field, Dimension) and field.admin_only:
        notes.append("Admin keys only.")
    return " ".join(notes)


def _planned_result(cube: Cube, query: CubeQuery) -> CubeResult:
    """A placeholder answer for a query that is only planned (an export compiles and runs
    it itself): no rows, and totals that satisfy the schema (counts 0, the rest null)."""
    totals = None
    if query.totals is not None:
        totals = {
            selection.alias: 0 if cube.metrics_by_name[selection.metric].zero_when_empty else None
            for selection in query.totals
        }
    return CubeResult(rows=[], totals=totals, row_count=0, sql=None)


class CubeTypes:
    """The GraphQL types of one cube."""

    def __init__(self, cube: Cube) -> None:
        self.cube = cube
        prefix = _pascal(cube.name)
        row_name, totals_name = value_type_names(cube)
        self.enums = {
            f.name: value_enum(f.values)
            for f in (*cube.all_dimensions, *cube.metrics)
            if f.values is not None
        }
        self.previous, self.change = period_types(
            cube,
            prefix,
            {m.name: self._metric_type(m) for m in cube.metrics},
            _describe,
            value_by_response_key,
        )
        self.row = object_type(
            row_name,
            f"One group of `{cube.name}`.",
            {
                ID_FIELD: self._id_field(
                    "Stable for the same cube, arguments, dimensions and dimension values."
                ),
                **{d.name: self._dimension_field(d) for d in cube.all_dimensions},
                **{m.name: self._metric_field(m) for m in cube.metrics},
                **self._period_fields("group"),
            },
        )
        self.totals = object_type(
            totals_name,
            f"Metrics of `{cube.name}` over everything `where` matches.",
            {
                ID_FIELD: self._id_field("Stable for the same cube and arguments."),
                **{m.name: self._metric_field(m) for m in cube.metrics},
                **self._period_fields("totals"),
            },
        )
        self.result = object_type(
            f"{prefix}Result",
            f"A `{cube.name}` query's answer.",
            {
                ID_FIELD: FieldSpec(
                    strawberry.ID,
                    "A cache id: stable for the same cube and arguments (and key's partner), "
                    "different when any argument differs.",
                ),
                "rows": FieldSpec(
                    list[self.row],
                    "The groups: one per combination of the "
                    "selected dimensions, with the selected metrics.",
                ),
                "totals": FieldSpec(
                    self.totals,
                    "The selected metrics over all rows "
                    "matched by `where`, ignoring grouping, `having` and `limit`.",
                ),
                "rowCount": FieldSpec(
                    int, "Number of groups after `having`, before `limit` and `offset`."
                ),
                "sql": FieldSpec(str | None, "The generated SQL (admin keys only)."),
            },
        )
        self.where = recursive_input_type(
            f"{prefix}Where",
            f"Filters on `{cube.name}` dimensions; entries are ANDed.",
            {
                d.name: FieldSpec(dimension_filter(d, self.enums.get(d.name)), _describe(d))
                for d in cube.all_dimensions
            },
        )
        self.having = recursive_input_type(
            f"{prefix}Having",
            f"Filters on `{cube.name}` metrics per group; entries are ANDed.",
            {
                m.name: FieldSpec(metric_filter(m, self.enums.get(m.name)), _describe(m))
                for m in cube.metrics
            },
        )
        self.field_enum = enum_type(
            f"{prefix}Field",
            f"The dimensions and metrics of `{cube.name}`.",
            {upper_snake(f.name): f.name for f in (*cube.all_dimensions, *cube.metrics)},
        )
        self.order_by = input_type(
            f"{prefix}OrderBy",
            "One sort key.",
            {
                "field": FieldSpec(
                    self.field_enum, "The dimension (selected under rows) or metric to sort by."
                ),
                "direction": FieldSpec(SortDirectionEnum, "ASC (default) or DESC."),
            },
            required=("field",),
        )

    @staticmethod
    def _id_field(stability: str) -> FieldSpec:
        return FieldSpec(
            None, f"A cache id. {stability}", resolver(strawberry.ID, value_by_response_key)
        )

    def _metric_type(self, metric: Metric) -> Any:
        if metric.type is DataType.ENUM:
            return self.enums[metric.name]
        return SCALARS[metric.type]

    def _metric_field(self, metric: Metric) -> FieldSpec:
        value_type = self._metric_type(metric)
        # Counts show 0 for an empty group, so they are never null.
        annotation = value_type if metric.zero_when_empty else value_type | None
        return FieldSpec(
            None,
            _describe(metric),
            resolver(annotation, value_by_response_key, {"window": WINDOW_ARGUMENT}),
        )

    def _period_fields(self, owner: str) -> dict[str, FieldSpec]:
        """`previous` and `change` of a row or of totals (with `compare` only)."""
        return {
            "previous": FieldSpec(
                None,
                f"The same metrics for this {owner} in the previous period (needs `compare`).",
                resolver(self.previous, value_by_response_key),
            ),
            "change": FieldSpec(
                None,
                f"Relative change of each metric of this {owner} against the previous period "
                "(needs `compare`).",
                resolver(self.change, value_by_response_key),
            ),
        }

    def _dimension_field(self, dimension: Dimension) -> FieldSpec:
        if dimension.type is DataType.ENUM:
            return FieldSpec(
                None,
                _describe(dimension),
                resolver(self.enums[dimension.name] | None, value_by_response_key),
            )
        if dimension.type is DataType.TIME:
            grain = Annotated[
                TimeGrainEnum | None,
                strawberry.argument(
                    description="Truncate to this grain in the query's timezone; none: the raw "
                    "time. Returned as ISO 8601 with the timezone's offset."
                ),
            ]
            return FieldSpec(
                None,
                _describe(dimension),
                resolver(
                    SCALARS[dimension.type] | None,
                    value_by_response_key,
                    {"grain": grain, "fill": FILL_ARGUMENT},
                ),
            )
        return FieldSpec(
            None,
            _describe(dimension),
            resolver(SCALARS[dimension.type] | None, value_by_response_key),
        )

    def _planned(self, info: strawberry.Info) -> tuple[CubeQuery, IdKeys]:
        """The cube query the field's arguments and selection ask for."""
        context: GatewayContext = info.context
        if context.principal is None:
            raise Unauthenticated("send an API key as `Authorization: Bearer <key>`")
        # graphql-core's own info carries the field definition, nodes and fragments the
        # document-level query builder works on.
        raw = raw_info(info)
        return build_cube_query(
            self.cube,
            raw.schema,
            raw.parent_type.fields[raw.field_name],
            raw.field_nodes,
            raw.fragments,
            raw.variable_values,
            context.principal,
            context.settings,
            export=context.planned is not None,
        )

    def root_field(self) -> Any:
        """The cube's `Query` field."""
        cube = self.cube

        async def resolve(root: Any, info: strawberry.Info, **_: Any) -> Any:
            context: GatewayContext = info.context
            query, id_keys = self._planned(info)
            if context.planned is not None:
                context.planned[info.path.key] = query
                return identify(query, _planned_result(cube, query), id_keys)
            if reads_clock(query):
                context.clock_dependent.append(info.path.key)
            result = await execute_cube_query(context.reader, cube, query)
            context.sources[info.path.key] = list(result.sources)
            return identify(query, result, id_keys)

        return strawberry.field(
            resolver=resolver(self.result, resolve, self._arguments()),
            name=cube.name,
            description=self._root_description(),
        )

    def subscription_field(self) -> Any:
        """The cube's `Subscription` field: the same arguments and selection as its
        `Query` field, answered now and again after each publish that changes the answer
        (see `gateway.live.hub`). A failed answer is an error event; the stream goes on."""
        cube = self.cube

        async def watch(root: Any, info: strawberry.Info, **_: Any) -> AsyncIterator[Any]:
            context: GatewayContext = info.context
            query, id_keys = self._planned(info)
            if context.live is None or context.principal is None:
                raise BadUserInput(STREAMS_ONLY)
            answers = context.live.answers(cube, query, context.principal, context.token)
            async for answer in answers:
                # graphql-core reports an exception given as a field's value as that
                # field's error.
                yield (
                    answer if isinstance(answer, GatewayError) else identify(query, answer, id_keys)
                )

        return strawberry.subscription(
            resolver=resolver(AsyncGenerator[self.result, None], watch, self._arguments()),
            name=cube.name,
            description=f"{self._root_description()} Sent at once, then after each publish "
            "that changes the answer.",
        )

    def _root_description(self) -> str:
        return (
            f"{self.cube.description} Grain: {self.cube.grain}. The selection under `rows` "
            "is the query: selected dimensions are grouped by, selected metrics computed."
        )

    def _arguments(self) -> dict[str, Any]:
        def described(annotation: Any, text: str) -> Any:
            return Annotated[annotation | None, strawberry.argument(description=text)]

        return {
            "where": described(self.where, "Which rows to aggregate."),
            "having": described(self.having, "Which groups to keep, by metric values."),
            "order_by": described(
                list[self.order_by],
                "Sort keys; default: the first time "
                "dimension selected, else the first metric descending, else "
                "the first dimension. Ties are broken by the dimensions.",
            ),
            "limit": described(
                int,
                "Maximum rows returned (default 100; above the "
                "configured maximum, 10000 by default, is an error).",
            ),
            "offset": described(int, "Rows to skip."),
            "timezone": described(
                str, "IANA timezone for grains, `inLast` months and returned times (default UTC)."
            ),
            "as_of": described(str, 'ISO 8601 time used as "now" by `inLast`.'),
            "compare": COMPARE_ARGUMENT,
        }
