"""Build a CubeQuery from a cube field of a GraphQL document: the selection set is the query.

Works on graphql-core's AST (field nodes, fragments, coerced variables), so the same
function serves Strawberry resolvers and any caller that parsed the document itself.
"""

from __future__ import annotations

import functools
import zoneinfo
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from enum import Enum
from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    GraphQLField,
    GraphQLObjectType,
    GraphQLSchema,
    VariableNode,
    get_named_type,
)
from graphql.execution import get_argument_values

from gateway.catalog.model import ID_FIELD, Cube, DataType
from gateway.compat import sub_fields
from gateway.errors import BadUserInput, Forbidden
from gateway.keys import Principal
from gateway.query import (
    AllOf,
    AnyOf,
    Compare,
    Comparison,
    Condition,
    CubeQuery,
    DimensionSelection,
    Direction,
    InLast,
    MetricSelection,
    Negation,
    Operator,
    Ordering,
    Period,
    PeriodPart,
    TimeGrain,
    TimeSpan,
    TimeUnit,
    Window,
)
from gateway.schema.identity import IdKeys
from sessionlens.core.settings import Settings

_CONNECTIVES = ("AND", "OR", "NOT")


@functools.cache
def _known_timezones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def _single_part(result_fields: dict[str, list[FieldNode]], name: str) -> list[FieldNode] | None:
    matching = {key: nodes for key, nodes in result_fields.items() if nodes[0].name.value == name}
    if len(matching) > 1:
        raise BadUserInput(
            f"select `{name}` once per cube field (it was aliased "
            f"{len(matching)} times); query the cube again for another grouping"
        )
    return next(iter(matching.values()), None)


def grain_argument(node: FieldNode, variables: Mapping[str, Any]) -> TimeGrain | None:
    for argument in node.arguments:
        if argument.name.value == "grain":
            value = argument.value
            raw = (
                variables.get(value.name.value)
                if isinstance(value, VariableNode)
                else getattr(value, "value", None)
            )
            if raw is None:
                return None
            return TimeGrain(raw.value if isinstance(raw, Enum) else raw)
    return None


def _parse_time(text: str, timezone: str, argument: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise BadUserInput(
            f"`{argument}`: {text!r} is not an ISO 8601 time", argument=argument
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zoneinfo.ZoneInfo(timezone))
    try:
        # Stored times are UTC: a time whose UTC instant leaves years 1..9999 compares
        # with nothing and cannot be bound.
        moment.astimezone(UTC)
    except OverflowError:
        raise BadUserInput(
            f"`{argument}`: {text!r} is outside the years 1 to 9999 in UTC", argument=argument
        ) from None
    return moment


class _QueryBuilder:
    def __init__(self, cube: Cube, principal: Principal, timezone: str) -> None:
        self.cube = cube
        self.principal = principal
        self.timezone = timezone

    def require_field_access(self, name: str, argument: str) -> None:
        dimension = self.cube.dimensions_by_name.get(name)
        if dimension is not None and dimension.admin_only and not self.principal.is_admin:
            raise Forbidden(f"`{name}` is for admin keys only", argument=argument)

    def condition(self, tree: Mapping[str, Any], argument: str) -> Condition:
        parts: list[Condition] = []
        for key, value in tree.items():
            if value is None:
                continue
            if key == "AND":
                parts.append(AllOf(tuple(self.condition(item, argument) for item in value)))
            elif key == "OR":
                parts.append(AnyOf(tuple(self.condition(item, argument) for item in value)))
            elif key == "NOT":
                parts.append(Negation(self.condition(value, argument)))
            else:
                self.require_field_access(key, argument)
                parts += [
                    Comparison(key, Operator(operator), self.value(key, operand, argument))
                    for operator, operand in value.items()
                ]
        return parts[0] if len(parts) == 1 else AllOf(tuple(parts))

    def value(self, field: str, operand: Any, argument: str) -> Any:
        if isinstance(operand, list):
            return [self.value(field, item, argument) for item in operand]
        if isinstance(operand, Enum):
            return operand.value
        if isinstance(operand, Mapping):  # inLast
            if operand["amount"] < 0:
                raise BadUserInput(
                    f"`{argument}.{field}.inLast.amount` must not be negative", argument=argument
                )
            return InLast(operand["amount"], TimeUnit(operand["unit"].value))
        declared = self.cube.dimensions_by_name.get(field) or self.cube.metrics_by_name.get(field)
        if isinstance(operand, str) and declared is not None and declared.type is DataType.TIME:
            return _parse_time(operand, self.timezone, f"{argument}.{field}")
        return operand


def _timezone(arguments: Mapping[str, Any]) -> str:
    timezone = arguments.get("timezone") or "UTC"
    if timezone not in _known_timezones():
        raise BadUserInput(
            f"`timezone`: {timezone!r} is not an IANA time zone such as 'Europe/Berlin'",
            argument="timezone",
        )
    return timezone


def _page(arguments: Mapping[str, Any], settings: Settings, export: bool) -> tuple[int | None, int]:
    """An export pages only when asked to (its ceiling is the export's row limit); a query
    always does."""
    limit = arguments.get("limit")
    if limit is None and not export:
        limit = settings.default_limit
    largest = settings.export_max_rows if export else settings.max_limit
    if limit is not None and not 0 <= limit <= largest:
        raise BadUserInput(
            f"`limit` must be between 0 and {largest}, got {limit}", argument="limit"
        )
    offset = arguments.get("offset") or 0
    if offset < 0:
        raise BadUserInput(f"`offset` must not be negative, got {offset}", argument="offset")
    return limit, offset


def _part_fields(
    schema: GraphQLSchema,
    fragments: Mapping[str, FragmentDefinitionNode],
    variables: Mapping[str, Any],
    result_type: GraphQLObjectType,
    part: str,
    nodes: list[FieldNode] | None,
) -> dict[str, list[FieldNode]]:
    """The fields selected under the result's `part` (`rows` or `totals`), by response key."""
    if nodes is None:
        return {}
    part_type = get_named_type(result_type.fields[part].type)
    return sub_fields(schema, fragments, variables, part_type, nodes)


def _part_type(result_type: GraphQLObjectType, part: str) -> GraphQLObjectType:
    part_type = get_named_type(result_type.fields[part].type)
    assert isinstance(part_type, GraphQLObjectType)
    return part_type


def _time_span(value: Mapping[str, Any], argument: str) -> TimeSpan:
    if value["amount"] <= 0:
        raise BadUserInput(
            f"`{argument}.amount` must be positive, got {value['amount']}", argument=argument
        )
    return TimeSpan(value["amount"], TimeUnit(value["unit"].value))


def _exactly_one(value: Mapping[str, Any], argument: str, names: tuple[str, str]) -> str:
    given = [name for name in names if value.get(name) not in (None, False)]
    if len(given) != 1:
        first, second = names
        raise BadUserInput(
            f"`{argument}`: give exactly one of `{first}: true` or `{second}`", argument=argument
        )
    return given[0]


def _compare(value: Mapping[str, Any] | None) -> Compare | None:
    if value is None:
        return None
    if _exactly_one(value, "compare", ("previousPeriod", "offset")) == "previousPeriod":
        return Compare()
    return Compare(_time_span(value["offset"], "compare.offset"))


def _window(value: Mapping[str, Any] | None, argument: str) -> Window | None:
    if value is None:
        return None
    if _exactly_one(value, argument, ("cumulative", "trailing")) == "cumulative":
        return Window()
    return Window(_time_span(value["trailing"], f"{argument}.trailing"))


class _Values:
    """What `rows` or `totals` select: dimensions, metrics (with their `window`), ids, and
    the `previous` / `change` objects with the metrics and ids under them."""

    def __init__(
        self,
        cube: Cube,
        builder: _QueryBuilder,
        schema: GraphQLSchema,
        fragments: Mapping[str, FragmentDefinitionNode],
        variables: Mapping[str, Any],
        compared: bool,
    ) -> None:
        self.cube = cube
        self.builder = builder
        self.schema = schema
        self.fragments = fragments
        self.variables = variables
        self.compared = compared
        self.dimensions: list[DimensionSelection] = []
        self.metrics: list[MetricSelection] = []
        self.ids: list[str] = []
        self.parts: list[PeriodPart] = []
        self.part_ids: list[tuple[str, str]] = []

    def read(self, owner: GraphQLObjectType, fields: dict[str, list[FieldNode]], path: str) -> None:
        for alias, nodes in fields.items():
            name = nodes[0].name.value
            if name == ID_FIELD:
                self.ids.append(alias)
            elif name in (Period.PREVIOUS, Period.CHANGE):
                self._period_part(owner, alias, nodes, Period(name), path)
            elif name in self.cube.metrics_by_name:
                arguments = get_argument_values(owner.fields[name], nodes[0], self.variables)
                window = _window(arguments.get("window"), f"{path}.{alias}.window")
                self.metrics.append(MetricSelection(alias, name, window))
            else:
                self.builder.require_field_access(name, path)
                arguments = get_argument_values(owner.fields[name], nodes[0], self.variables)
                grain = grain_argument(nodes[0], self.variables)
                self.dimensions.append(
                    DimensionSelection(alias, name, grain, bool(arguments.get("fill")))
                )

    def _period_part(
        self,
        owner: GraphQLObjectType,
        key: str,
        nodes: list[FieldNode],
        period: Period,
        path: str,
    ) -> None:
        if not self.compared:
            raise BadUserInput(
                f"`{path}.{key}`: `{period}` needs the cube's `compare` argument",
                argument="compare",
            )
        part_type = get_named_type(owner.fields[period].type)
        self.parts.append(PeriodPart(key, period))
        for alias, sub_nodes in sub_fields(
            self.schema, self.fragments, self.variables, part_type, nodes
        ).items():
            name = sub_nodes[0].name.value
            if name == ID_FIELD:
                self.part_ids.append((key, alias))
            else:
                self.metrics.append(MetricSelection(alias, name, period=period, part=key))


def build_cube_query(
    cube: Cube,
    schema: GraphQLSchema,
    field_definition: GraphQLField,
    field_nodes: Sequence[FieldNode],
    fragments: Mapping[str, FragmentDefinitionNode],
    variables: Mapping[str, Any],
    principal: Principal,
    settings: Settings,
    export: bool = False,
) -> tuple[CubeQuery, IdKeys]:
    """The CubeQuery asked for by `field_nodes` (one cube root field, merged by response
    key), and the response keys of the ids selected under its rows and totals; `export`:
    for a CSV export, which has no default `limit`."""
    arguments = get_argument_values(field_definition, field_nodes[0], variables)
    timezone = _timezone(arguments)
    builder = _QueryBuilder(cube, principal, timezone)
    limit, offset = _page(arguments, settings, export)

    result_type = get_named_type(field_definition.type)
    result_fields = sub_fields(schema, fragments, variables, result_type, field_nodes)
    rows = _single_part(result_fields, "rows")
    totals = _single_part(result_fields, "totals")
    sql_requested = _single_part(result_fields, "sql") is not None
    if sql_requested and not principal.is_admin:
        raise Forbidden("`sql` is for admin keys only")

    compare = _compare(arguments.get("compare"))
    row_type = _part_type(result_type, "rows")
    totals_type = _part_type(result_type, "totals")
    row_fields = _part_fields(schema, fragments, variables, result_type, "rows", rows)
    totals_fields = _part_fields(schema, fragments, variables, result_type, "totals", totals)
    row_values = _Values(cube, builder, schema, fragments, variables, compare is not None)
    row_values.read(row_type, row_fields, "rows")
    totals_values = _Values(cube, builder, schema, fragments, variables, compare is not None)
    totals_values.read(totals_type, totals_fields, "totals")
    dimensions, metrics, row_ids = row_values.dimensions, row_values.metrics, row_values.ids

    order_by = []
    for ordering in arguments.get("orderBy") or ():
        field = ordering["field"].value
        builder.require_field_access(field, "orderBy")
        direction = ordering.get("direction")
        order_by.append(Ordering(field, Direction(direction.value) if direction else Direction.ASC))

    where, having = arguments.get("where"), arguments.get("having")
    as_of = arguments.get("asOf")
    query = CubeQuery(
        cube=cube.name,
        partner_id=None if principal.is_admin else principal.partner_id,
        dimensions=tuple(dimensions),
        metrics=tuple(metrics),
        # Totals ignore `window`.
        totals=None
        if totals is None
        else tuple(replace(m, window=None) for m in totals_values.metrics),
        where=builder.condition(where, "where") if where else None,
        having=builder.condition(having, "having") if having else None,
        order_by=tuple(order_by),
        limit=limit,
        offset=offset,
        timezone=timezone,
        as_of=_parse_time(as_of, timezone, "asOf") if as_of else None,
        compare=compare,
        row_parts=tuple(row_values.parts),
        totals_parts=tuple(totals_values.parts),
        rows=rows is not None,
        row_count=_single_part(result_fields, "rowCount") is not None,
        sql=sql_requested,
    )
    return query, IdKeys(
        tuple(row_ids),
        tuple(totals_values.ids),
        tuple(row_values.part_ids),
        tuple(totals_values.part_ids),
    )
