"""Hostile values in every string filter of every cube, and oversized or deeply nested inputs.

Every value reaches DuckDB as a bound parameter, so an injection string is data: a
filter matches exactly the stored values Python's own comparison says it matches (the
expectation is computed here from each dimension's distinct values, fetched unfiltered),
`%` and `_` match literally, and nothing is dropped or widened. Oversized `in` lists and
deep AND/OR/NOT trees get a correct answer or a coded 4xx error, never a 5xx.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from gateway.catalog import CATALOG, Cube, DataType, Dimension
from tests.deployment import Deployment
from tests.reliability import budget, figures
from tests.reliability.live_api import Answer, admin_key, answer, graphql_headers, leaks, post

PAYLOADS = (
    "' OR 1=1 --",
    "' OR '1'='1",
    '"; DROP TABLE sessions; --',
    "'; DELETE FROM participants; --",
    "1) OR (1=1",
    "\x00",
    "a\x00b",
    "\u2019 OR \u20181\u2019=\u20181",  # unicode quotes
    "%",
    "_",
    "%%",
    "%_%",
    "d%p",
    "\\",
    "\\'",
    "$p0",
    "?",
    "/* */",
    "🙂",
    "x" * 100_000,
    # Plain needles that do match stored values, so the comparison is not vacuous.
    "e",
    "u-0",
)
Match = Callable[[str | None, Any], bool]


def _text(test: Callable[[str, str], bool]) -> Match:
    """A case-insensitive text test; null values never match."""
    return lambda value, needle: value is not None and test(value.lower(), needle.lower())


MATCHES: dict[str, Match] = {
    "eq": lambda value, needle: value == needle,
    "contains": _text(lambda value, needle: needle in value),
    "startsWith": _text(str.startswith),
    "endsWith": _text(str.endswith),
    "in": lambda value, needles: value in needles,
    # Null values match `notIn` (the README's query language: comparisons with null are false).
    "notIn": lambda value, needles: value is None or value not in needles,
}
# Each payload alone; `in` and `notIn` take all of them at once. Short mode searches
# substrings, full mode every text operator.
SINGLE_OPERATORS = (
    ("contains",)
    if budget.current().mode == "short"
    else ("eq", "contains", "startsWith", "endsWith")
)
CLEAR_ERRORS = {"BAD_USER_INPUT", "TOO_COMPLEX"}


def string_dimensions(cube: Cube) -> list[Dimension]:
    return [d for d in cube.dimensions if d.type is DataType.STRING]


def distinct_values(deployment: Deployment, key: str, cube: Cube) -> dict[str, list[str | None]]:
    """Every value (null too) of each string dimension the key sees, one aliased field each."""
    fields = " ".join(
        f"{d.name}: {cube.name}(limit: 10000) {{ rows {{ {d.name} }} rowCount }}"
        for d in string_dimensions(cube)
    )
    data = answer(post(deployment, key, f"{{ {fields} }}")).body["data"]
    values = {}
    for name, result in data.items():
        assert result["rowCount"] <= 10_000, f"{cube.name}.{name}: too many values to check"
        values[name] = [row[name] for row in result["rows"]]
    return values


def filter_document(cube: Cube, operator: str, needle: Any) -> str:
    """A document with one field per string dimension, aliased by its name, grouped by it and
    filtered with `operator: $needle` (so `rowCount` is how many distinct values match)."""
    fields = " ".join(
        f"{d.name}: {cube.name}(where: {{ {d.name}: {{ {operator}: $needle }} }}, limit: 0) "
        f"{{ rows {{ {d.name} }} rowCount }}"
        for d in string_dimensions(cube)
    )
    needle_type = "[String!]" if isinstance(needle, list) else "String"
    return f"query($needle: {needle_type}) {{ {fields} }}"


def check_clean(reply: Answer, raw: bytes, home: str) -> None:
    assert reply.status < 500, reply.body
    assert set(reply.error_codes) <= CLEAR_ERRORS | {"FORBIDDEN"}, reply.body
    assert not leaks(raw, home), reply.body


@pytest.mark.timeout(600)
def test_injection_strings_in_string_filters_are_matched_as_data(deployment: Deployment) -> None:
    key = deployment.keys[sorted(deployment.keys)[0]]
    home = str(deployment.paths.home)
    filters_checked = filters_matching = 0
    checks = [("in", list(PAYLOADS)), ("notIn", list(PAYLOADS))]
    checks += [(operator, needle) for operator in SINGLE_OPERATORS for needle in PAYLOADS]
    for cube in CATALOG:
        values = distinct_values(deployment, key, cube)
        for operator, needle in checks:
            document = filter_document(cube, operator, needle)
            response = post(deployment, key, document, {"needle": needle})
            reply = answer(response)
            check_clean(reply, response.content, home)
            for dimension in string_dimensions(cube):
                filters_checked += 1
                expected = sum(MATCHES[operator](value, needle) for value in values[dimension.name])
                got = (reply.body.get("data") or {}).get(dimension.name)
                where = (cube.name, dimension.name, operator, str(needle)[:30])
                assert got == {"rows": [], "rowCount": expected}, where
                filters_matching += expected > 0
    assert filters_matching > 0
    # The statements ran as data: nothing was dropped or deleted.
    admin = admin_key(deployment)
    count = answer(post(deployment, admin, "{ sessions { totals { sessionCount } } }"))
    assert count.body["data"]["sessions"]["totals"]["sessionCount"] == len(deployment.sessions)
    figures.record(
        "injection_string_filters",
        {
            "payloads": len(PAYLOADS),
            "filters_checked": filters_checked,
            "filters_matching_rows": filters_matching,
            "failures": 0,
        },
    )


def test_injection_strings_in_lists_match_only_equal_values(deployment: Deployment) -> None:
    key = deployment.keys[sorted(deployment.keys)[0]]
    session_ids = [s.session_id for s in deployment.sessions_of(sorted(deployment.keys)[0])]
    document = (
        "query($ids: [String!]) { "
        "in: sessions(where: {sessionId: {in: $ids}}) { totals { sessionCount } } "
        "notIn: sessions(where: {sessionId: {notIn: $ids}}) { totals { sessionCount } } }"
    )
    data = answer(post(deployment, key, document, {"ids": [*PAYLOADS, session_ids[0]]})).body
    assert data["data"] == {
        "in": {"totals": {"sessionCount": 1}},
        "notIn": {"totals": {"sessionCount": len(session_ids) - 1}},
    }


@pytest.mark.parametrize("payload", ["' OR 1=1 --", "UTC'; DROP TABLE x; --", "\x00", "Europe/"])
def test_injection_in_timezone_time_values_and_grains_is_a_bad_user_input(
    deployment: Deployment, payload: str
) -> None:
    key = deployment.keys[sorted(deployment.keys)[0]]
    home = str(deployment.paths.home)
    cases = {
        "timezone": ("query($v: String) { sessions(timezone: $v) { rowCount } }", "timezone"),
        "asOf": ("query($v: String) { sessions(asOf: $v) { rowCount } }", "asOf"),
        "time filter": (
            "query($v: String) { sessions(where: {startTime: {gte: $v}}) { rowCount } }",
            "where.startTime",
        ),
    }
    for document, argument in cases.values():
        response = post(deployment, key, document, {"v": payload})
        reply = answer(response)
        check_clean(reply, response.content, home)
        assert reply.error_codes == ["BAD_USER_INPUT"], reply.body
        assert reply.errors[0]["extensions"]["argument"] == argument
    grain = "query($g: TimeGrain) { sessions { rows { startTime(grain: $g) } } }"
    response = post(deployment, key, grain, {"g": payload})
    reply = answer(response)
    check_clean(reply, response.content, home)
    assert (reply.status, reply.error_codes) == (400, ["BAD_USER_INPUT"])


def test_unusual_aliases_are_only_response_keys(deployment: Deployment) -> None:
    partner = sorted(deployment.keys)[0]
    document = (
        "{ SELECT: sessions(limit: 10000) { DROP_TABLE: rows { FROM: sessionId "
        "_or_1_eq_1: sessionId } rowCount } }"
    )
    data = deployment.query(partner, document)["SELECT"]
    ids = sorted(s.session_id for s in deployment.sessions_of(partner))
    assert sorted(row["FROM"] for row in data["DROP_TABLE"]) == ids
    assert all(row["FROM"] == row["_or_1_eq_1"] for row in data["DROP_TABLE"])


def _post_raw(deployment: Deployment, key: str, body: str) -> httpx.Response:
    return httpx.post(
        f"{deployment.url}/graphql",
        content=body.encode(),
        headers={**graphql_headers(key), "Content-Type": "application/json"},
        timeout=120,
    )


@pytest.mark.timeout(300)
@pytest.mark.parametrize("size", [10_000, 100_000])
def test_huge_in_lists_answer_exactly_or_refuse_clearly(deployment: Deployment, size: int) -> None:
    partner = sorted(deployment.keys)[0]
    own = [s.session_id for s in deployment.sessions_of(partner)]
    # Short filler values keep 100 000 of them under the 1 MB body limit.
    ids = [f"x{i}" for i in range(size - len(own))] + own
    document = (
        "query($ids: [String!]) { sessions(where: {sessionId: {in: $ids}}) "
        "{ totals { sessionCount } } }"
    )
    response = post(deployment, deployment.keys[partner], document, {"ids": ids})
    reply = answer(response)
    check_clean(reply, response.content, str(deployment.paths.home))
    if reply.status == 200:
        assert reply.body["data"] == {"sessions": {"totals": {"sessionCount": len(own)}}}
    else:
        assert reply.status in (400, 413) and set(reply.error_codes) <= CLEAR_ERRORS, reply.body
    figures.record(f"injection_in_list_{size}", {"status": reply.status})


def test_a_huge_literal_in_list_is_too_complex(deployment: Deployment) -> None:
    key = deployment.keys[sorted(deployment.keys)[0]]
    values = ", ".join(json.dumps(f"x{i}") for i in range(10_000))
    response = post(
        deployment, key, f"{{ sessions(where: {{sessionId: {{in: [{values}]}}}}) {{ rowCount }} }}"
    )
    reply = answer(response)
    assert (reply.status, reply.error_codes) == (400, ["TOO_COMPLEX"]), reply.body


def nested_where(depth: int, leaf: dict[str, Any]) -> tuple[str, int]:
    """`leaf` wrapped `depth` times in NOT / AND / OR in turn, as JSON text (built flat:
    the encoder's recursion would not reach the deeper ones), with the number of NOTs."""
    opening, closing = [], []
    for level in range(depth):
        kind = ("NOT", "AND", "OR")[level % 3]
        opening.append(f'{{"{kind}": ' + ("" if kind == "NOT" else "["))
        closing.append(("" if kind == "NOT" else "]") + "}")
    text = "".join(reversed(opening)) + json.dumps(leaf) + "".join(closing)
    return text, (depth + 2) // 3


@pytest.mark.timeout(300)
@pytest.mark.parametrize("depth", [5, 50, 100, 200, 500])
def test_deep_condition_trees_answer_exactly_or_refuse_clearly(
    deployment: Deployment, depth: int
) -> None:
    partner = sorted(deployment.keys)[0]
    key = deployment.keys[partner]
    own = sorted(s.session_id for s in deployment.sessions_of(partner))
    where, negations = nested_where(depth, {"sessionId": {"eq": own[0]}})
    expected = {"sessions": {"totals": {"sessionCount": len(own) - 1 if negations % 2 else 1}}}
    document = "query($w: SessionsWhere) { sessions(where: $w) { totals { sessionCount } } }"
    in_variables = json.dumps({"query": document, "variables": {"w": "WHERE"}})
    in_variables = in_variables.replace('"WHERE"', where)
    # The same tree written in the document: GraphQL input syntax is JSON without key quotes.
    literal = re.sub(r'"(NOT|AND|OR|sessionId|eq)"', r"\1", where)
    in_document = json.dumps(
        {"query": f"{{ sessions(where: {literal}) {{ totals {{ sessionCount }} }} }}"}
    )
    statuses = {}
    for form, body in (("variables", in_variables), ("document", in_document)):
        response = _post_raw(deployment, key, body)
        reply = answer(response)
        check_clean(reply, response.content, str(deployment.paths.home))
        if reply.status == 200:
            assert reply.body["data"] == expected, form
        else:
            assert reply.status == 400 and set(reply.error_codes) <= CLEAR_ERRORS, reply.body
        statuses[form] = reply.status
    figures.record(f"injection_nesting_{depth}", statuses)


@pytest.mark.parametrize(
    ("arguments", "status"),
    [
        ("where: {startTime: {inLast: {amount: 2000000000, unit: DAY}}}", 200),
        ("where: {startTime: {inLast: {amount: 2000000000, unit: MONTH}}}", 200),
        ('asOf: "0001-01-02T00:00:00", where: {startTime: {inLast: {amount: 2, unit: DAY}}}', 200),
        ('where: {startTime: {gte: "0001-01-01T00:00:00+14:00"}}', 200),
        ('where: {startTime: {lt: "9999-12-31T23:59:59-14:00"}}', 200),
        ('asOf: "0001-01-01T00:00:00+14:00"', 200),
        ("where: {startTime: {inLast: {unit: DAY}}}", 400),
        ("where: {startTime: {inLast: {amount: 1}}}", 400),
        ("orderBy: [{direction: ASC}]", 400),
        ("orderBy: [{field: null}]", 400),
    ],
)
def test_out_of_range_and_incomplete_arguments_are_bad_user_input(
    deployment: Deployment, arguments: str, status: int
) -> None:
    """Found by fuzzing: each of these was an INTERNAL error (an overflow in date arithmetic,
    a missing input field) before the gateway checked it."""
    key = deployment.keys[sorted(deployment.keys)[0]]
    response = post(deployment, key, f"{{ sessions({arguments}) {{ rowCount }} }}")
    reply = answer(response)
    check_clean(reply, response.content, str(deployment.paths.home))
    assert (reply.status, reply.error_codes) == (status, ["BAD_USER_INPUT"]), reply.body
