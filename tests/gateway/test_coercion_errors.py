"""Errors about argument and variable values name where the value sits and print it as the
client wrote it: a document literal in GraphQL syntax, a variable's value as JSON."""

from __future__ import annotations

import json
from typing import Any

import pytest

from gateway.schema.variables import MAX_VALUE_CHARS
from tests.gateway.conftest import Api


@pytest.mark.parametrize(
    ("query", "argument", "message"),
    [
        (
            '{ sessions(limit: "5") { rowCount } }',
            "limit",
            'Argument `limit` of `sessions`: Int cannot represent non-integer value: "5"',
        ),
        (
            "{ viewers(where: {browser: {eq: 5}}) { rowCount } }",
            "where.browser.eq",
            "Argument `where.browser.eq` of `viewers`: "
            "String cannot represent a non string value: 5",
        ),
        (
            '{ viewers(where: {browsr: {eq: "Chrome"}}) { rowCount } }',
            "where.browsr",
            "Argument `where.browsr` of `viewers`: Field 'browsr' is not defined by type "
            "'ViewersWhere'. Did you mean 'browser'?",
        ),
        (
            "{ sessions(orderBy: [{field: SESSION_ID}, {field: NOPE}]) { rowCount } }",
            "orderBy[1].field",
            "Argument `orderBy[1].field` of `sessions`: "
            "Value 'NOPE' does not exist in 'SessionsField' enum.",
        ),
        (
            '{ s: sessions { rowCount } v: viewers(where: {OR: [{country: {eq: "US"}}, '
            '{country: {in: "DE", eq: 1}}]}) { rowCount } }',
            "where.OR[1].country.eq",
            "Argument `where.OR[1].country.eq` of `viewers`: "
            "String cannot represent a non string value: 1",
        ),
    ],
    ids=["top-level", "nested", "unknown-field", "list-item", "deep-in-second-field"],
)
def test_literal_errors_name_the_argument_path(
    api: Api, query: str, argument: str, message: str
) -> None:
    error = api.error(query)
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "argument": argument}
    assert error["message"] == message
    assert "path" not in error


@pytest.mark.parametrize(
    ("variables", "variable", "message"),
    [
        (
            {"w": {"browsr": {"eq": "Chrome"}}},
            "w",
            'Variable `$w` got invalid value {"browsr": {"eq": "Chrome"}}; '
            "Field 'browsr' is not defined by type 'ViewersWhere'. Did you mean 'browser'?",
        ),
        (
            {"w": {"browser": {"eq": 5}}},
            "w.browser.eq",
            "Variable `$w` got invalid value 5 at `w.browser.eq`; "
            "String cannot represent a non string value: 5",
        ),
        (
            {"w": {"country": {"in": ["US", "DE", True]}}},
            "w.country.in[2]",
            "Variable `$w` got invalid value true at `w.country.in[2]`; "
            "String cannot represent a non string value: true",
        ),
        (
            {"w": {"OR": [{"device": {"eq": "iPhone"}}, {"device": {"startsWith": ["é"]}}]}},
            "w.OR[1].device.startsWith",
            'Variable `$w` got invalid value ["é"] at `w.OR[1].device.startsWith`; '
            'String cannot represent a non string value: ["é"]',
        ),
        (
            {"w": "Chrome"},
            "w",
            "Variable `$w` got invalid value \"Chrome\"; Expected type 'ViewersWhere' to be "
            "an object.",
        ),
        (
            {"w": {"country": {"in": ["US", None]}}},
            "w.country.in[1]",
            "Variable `$w` got invalid value null at `w.country.in[1]`; "
            "Expected non-nullable type 'String!' not to be null.",
        ),
    ],
    ids=[
        "unknown-field",
        "nested-scalar",
        "list-item",
        "non-ascii-list",
        "not-an-object",
        "null-item",
    ],
)
def test_variable_errors_name_the_path_and_print_json(
    api: Api, variables: dict[str, Any], variable: str, message: str
) -> None:
    body = api.post("query($w: ViewersWhere) { viewers(where: $w) { rowCount } }", variables)
    assert "data" not in body
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "variable": variable}
    assert error["message"] == message


def test_long_values_are_cut_short(api: Api) -> None:
    long = ["x" * 50] * 300
    body = api.post("query($l: Int) { sessions(limit: $l) { rowCount } }", {"l": long})
    (error,) = body["errors"]
    printed = json.dumps(long)[: MAX_VALUE_CHARS - 1] + "…"
    assert error["message"] == (
        f"Variable `$l` got invalid value {printed}; Int cannot represent non-integer value: "
        f"{printed}"
    )


def test_every_bad_variable_is_reported_once_in_order(api: Api) -> None:
    query = (
        "query($l: Int, $o: Int!, $t: String, $w: ViewersWhere) "
        "{ sessions(limit: $l, offset: $o, timezone: $t) { rowCount } "
        "viewers(where: $w) { rowCount } }"
    )
    body = api.post(query, {"l": "5", "t": "UTC", "w": {"browser": {"eq": 1, "ne": 2}}})
    errors = body["errors"]
    assert [error["extensions"].get("variable") for error in errors] == [
        "l",
        None,  # $o is missing: graphql-core's own message, which prints no value
        "w.browser.eq",
        "w.browser.ne",
    ]
    assert errors[0]["message"] == (
        'Variable `$l` got invalid value "5"; Int cannot represent non-integer value: "5"'
    )
    assert errors[1]["message"] == "Variable '$o' of required type 'Int!' was not provided."
    assert all(error["extensions"]["code"] == "BAD_USER_INPUT" for error in errors)


def test_good_variables_are_untouched(api: Api) -> None:
    body = api.post(
        "query($w: ViewersWhere, $l: Int) { viewers(where: $w, limit: $l) { rowCount } }",
        {"w": {"browser": {"eq": "Chrome"}}, "l": 5},
    )
    assert "errors" not in body, body
    assert isinstance(body["data"]["viewers"]["rowCount"], int)
