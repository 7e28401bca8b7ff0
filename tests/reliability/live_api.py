"""Raw `/graphql` calls against the live deployment, for checks that look at every answer:
status, error codes and anything in a body that would leak the server's internals.

`Deployment.query` asserts success; the reliability checks need the failures too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import httpx
import orjson

from gateway.keys import create_key
from gateway.media_types import GRAPHQL_RESPONSE_JSON
from tests.deployment import Deployment

# Never in any answer: stack traces, engine error texts, file system paths.
INTERNAL_MARKERS = (
    "Traceback",
    'File "',
    "duckdb",
    "DuckDB",
    "Binder Error",
    "Catalog Error",
    "Parser Error",
    "Conversion Error",
    "site-packages",
    ".duckdb",
    "/work/",
)
# SQL text (keywords are upper case in the generated SQL; data and messages have none).
SQL_TEXT = re.compile(r"\bSELECT\b|\bFROM\s+\w|\bWHERE\b|\bGROUP BY\b")


def admin_key(deployment: Deployment) -> str:
    """A new read+admin key on the deployment (keys are checked against the key database on
    every request, so the running server accepts it at once)."""
    partner = sorted(deployment.keys)[0]
    return create_key(deployment.paths, partner, ["read", "admin"])


def graphql_headers(key: str) -> dict[str, str]:
    """The key, and the media type whose status codes tell request errors (400) from
    executed queries (200)."""
    return {"Authorization": f"Bearer {key}", "Accept": GRAPHQL_RESPONSE_JSON}


def post(deployment: Deployment, key: str, document: str, variables: Any = None) -> httpx.Response:
    return httpx.post(
        f"{deployment.url}/graphql",
        json={"query": document, "variables": variables or {}},
        headers=graphql_headers(key),
        timeout=60,
    )


@dataclass(frozen=True)
class Answer:
    status: int
    body: dict[str, Any]

    @property
    def error_codes(self) -> list[str | None]:
        return [(error.get("extensions") or {}).get("code") for error in self.errors]

    @property
    def errors(self) -> list[dict[str, Any]]:
        return self.body.get("errors") or []


def parse_answer(status: int, content: bytes) -> Answer | None:
    """The body as an Answer; None when it is not a JSON object."""
    try:
        body = orjson.loads(content)
    except orjson.JSONDecodeError:
        return None
    return Answer(status, body) if isinstance(body, dict) else None


def answer(response: httpx.Response) -> Answer:
    parsed = parse_answer(response.status_code, response.content)
    assert parsed is not None, f"HTTP {response.status_code}, not a JSON object: {response.text}"
    return parsed


def _without_sql(value: Any) -> Any:
    """`value` with every `sql` entry dropped (admin keys get the generated SQL by design)."""
    if isinstance(value, dict):
        return {key: _without_sql(item) for key, item in value.items() if key != "sql"}
    if isinstance(value, list):
        return [_without_sql(item) for item in value]
    return value


def leaks(body: str | bytes, home: str, *, sql_field_allowed: bool = False) -> list[str]:
    """What in a response body gives away internals: markers, the data directory, SQL text."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    if sql_field_allowed:
        text = orjson.dumps(_without_sql(orjson.loads(text))).decode()
    found = [marker for marker in (*INTERNAL_MARKERS, home) if marker in text]
    found += [match.group(0) for match in SQL_TEXT.finditer(text)]
    return found
