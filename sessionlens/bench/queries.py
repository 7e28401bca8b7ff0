"""Dashboard queries: the GraphQL files in docs/queries, with their variables filled from
the published data (the busiest session of the busiest partner, one of its users, ...).

Variables with a default keep it; the others are filled by name (or, for a cube's `where`
input, by type) and a required one the bench cannot fill fails that query only."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
from graphql import (
    GraphQLError,
    ListTypeNode,
    NamedTypeNode,
    NonNullTypeNode,
    OperationDefinitionNode,
    TypeNode,
    VariableDefinitionNode,
    parse,
)

from sessionlens.core.snapshots import Snapshot, connect

# A variable is matched by name, ignoring case and underscores: `$sessionId`, `$session_id`.
# Each lookup returns one value for (partner, session) or None; marts are those of
# docs/ARCHITECTURE.md.
_LOOKUPS: dict[str, str] = {
    "meetingid": "select meeting_id from sessions where partner_id = $partner "
    "and session_id = $session",
    "userid": "select user_id from participants where partner_id = $partner "
    "and session_id = $session order by minutes_viewed desc nulls last, user_id limit 1",
    "recordingid": "select recording_id from recordings where partner_id = $partner "
    "and recording_id is not null order by session_id = $session desc, recording_id limit 1",
    "pollid": "select poll_id from polls where partner_id = $partner "
    "order by session_id = $session desc, poll_id limit 1",
    "appsessionid": "select app_session_id from app_sessions where partner_id = $partner "
    "order by event_count desc, app_session_id limit 1",
    # Name search takes at least three letters (the live-session dashboard).
    "namesearch": "select left(name, 3) from participants where partner_id = $partner "
    "and session_id = $session and length(name) >= 3 order by name limit 1",
    "asof": "select strftime(max(watermark_at), '%Y-%m-%dT%H:%M:%SZ') from sessions "
    "where partner_id = $partner",
}
_ALIASES = {"name": "namesearch", "search": "namesearch", "namecontains": "namesearch"}
_CONSTANTS: dict[str, Any] = {"timezone": "UTC", "limit": 100, "offset": 0}
# A variable of a cube's `...Where` input type with no default gets the busiest session.
_WHERE_SUFFIX = "Where"


class QueryFileError(ValueError):
    pass


@dataclass(frozen=True)
class DashboardQuery:
    name: str
    document: str
    variables: dict[str, Any]

    def payload(self) -> dict[str, Any]:
        return {"query": self.document, "variables": self.variables}


@dataclass(frozen=True)
class Focus:
    """Where the dashboards look: a partner and its busiest session."""

    partner_id: str
    session_id: str


def find_focus(snapshot: Snapshot) -> Focus:
    with connect(snapshot) as connection:
        row = connection.execute(
            "select partner_id, session_id from participants "
            "group by all order by count(*) desc, partner_id, session_id limit 1"
        ).fetchone()
    if row is None:
        raise ValueError(f"the snapshot {snapshot} has no participants to point queries at")
    return Focus(partner_id=row[0], session_id=row[1])


def _normalized(name: str) -> str:
    key = name.replace("_", "").lower()
    return _ALIASES.get(key, key)


def _is_list(type_node: TypeNode) -> bool:
    if isinstance(type_node, NonNullTypeNode):
        return _is_list(type_node.type)
    return isinstance(type_node, ListTypeNode)


def _type_name(type_node: TypeNode) -> str:
    while not isinstance(type_node, NamedTypeNode):
        type_node = type_node.type
    return type_node.name.value


class VariableValues:
    """Values for dashboard variables, looked up once each from the snapshot."""

    def __init__(self, snapshot: Snapshot, focus: Focus) -> None:
        self.snapshot = snapshot
        self.focus = focus
        self._known: dict[str, Any] = {
            **_CONSTANTS,
            "sessionid": focus.session_id,
            "partnerid": focus.partner_id,
        }

    def value_for(self, name: str, type_name: str) -> Any:
        if type_name.endswith(_WHERE_SUFFIX):
            return {"sessionId": {"eq": self.focus.session_id}}
        key = _normalized(name)
        if key not in self._known and key in _LOOKUPS:
            self._known[key] = self._lookup(_LOOKUPS[key])
        return self._known.get(key)

    def _lookup(self, sql: str) -> Any:
        given = {"partner": self.focus.partner_id, "session": self.focus.session_id}
        # DuckDB rejects parameters a statement does not use.
        parameters = {name: value for name, value in given.items() if f"${name}" in sql}
        try:
            with connect(self.snapshot) as connection:
                row = connection.execute(sql, parameters).fetchone()
        except duckdb.Error:
            return None  # that mart is not built (yet); a required variable then fails below
        return row[0] if row else None


def _fill(definition: VariableDefinitionNode, values: VariableValues) -> Any:
    value = values.value_for(definition.variable.name.value, _type_name(definition.type))
    if value is None:
        return None
    return [value] if _is_list(definition.type) else value


def load_query(path: Path, values: VariableValues) -> DashboardQuery:
    """Parse `path` and fill its variables; a QueryFileError says what is wrong."""
    document = path.read_text()
    try:
        parsed = parse(document)
    except GraphQLError as error:
        raise QueryFileError(f"{path.name}: not a GraphQL document: {error.message}") from None
    operations = [d for d in parsed.definitions if isinstance(d, OperationDefinitionNode)]
    if len(operations) != 1:
        raise QueryFileError(f"{path.name}: expected one operation, found {len(operations)}")
    variables: dict[str, Any] = {}
    for definition in operations[0].variable_definitions:
        if definition.default_value is not None:
            continue  # the dashboard's own default is what a first page load sends
        name = definition.variable.name.value
        value = _fill(definition, values)
        if value is not None:
            variables[name] = value
        elif isinstance(definition.type, NonNullTypeNode):
            raise QueryFileError(
                f"{path.name}: no value for required variable ${name}; the bench fills "
                f"{', '.join(sorted(known_variables()))}"
            )
    return DashboardQuery(name=path.stem, document=document, variables=variables)


def known_variables() -> frozenset[str]:
    """Variable names the bench can fill (lower case, without underscores)."""
    return frozenset(
        (*_CONSTANTS, "sessionid", "partnerid", *_LOOKUPS, *_ALIASES, f"any *{_WHERE_SUFFIX}")
    )


# The analysis features (SPEC 4.5), each beside the same query without it: the bench
# reports the feature's cost as the ratio of the two (caches bypassed).
_FEATURE_WINDOW = "asOf: $asOf, timezone: $timezone, where: " + (
    "{ sessionStart: { inLast: { amount: 30, unit: DAY } } }"
)
FEATURE_QUERIES: dict[str, tuple[str, str]] = {
    "compare": (
        "query ($asOf: String, $timezone: String) { viewers("
        f"{_FEATURE_WINDOW}, compare: {{ previousPeriod: true }}) {{ totals {{ uniqueViewers "
        "minutesViewed previous { uniqueViewers minutesViewed } change { uniqueViewers "
        "minutesViewed } } } }",
        "query ($asOf: String, $timezone: String) { viewers("
        f"{_FEATURE_WINDOW}) {{ totals {{ uniqueViewers minutesViewed }} }} }}",
    ),
    "window": (
        "query ($asOf: String, $timezone: String) { viewers("
        f"{_FEATURE_WINDOW}) {{ rows {{ sessionStart(grain: DAY) uniqueViewers "
        "cumulative: uniqueViewers(window: { cumulative: true }) } } }",
        "query ($asOf: String, $timezone: String) { viewers("
        f"{_FEATURE_WINDOW}) {{ rows {{ sessionStart(grain: DAY) uniqueViewers }} }} }}",
    ),
}


def feature_payloads(values: VariableValues) -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    """Each feature query and its plain twin as request payloads."""
    variables = {
        "asOf": values.value_for("asOf", "String"),
        "timezone": values.value_for("timezone", "String"),
    }
    return {
        name: tuple(  # type: ignore[misc]
            {"query": document, "variables": variables} for document in pair
        )
        for name, pair in FEATURE_QUERIES.items()
    }
