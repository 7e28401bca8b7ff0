"""Depth, alias, token and body-size limits, and error codes without internals."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from graphql import GraphQLError
from starlette.testclient import TestClient

from gateway.app import create_app
from gateway.extensions import classify
from gateway.keys import KeyStore
from sessionlens.core.settings import Settings
from tests.gateway.conftest import Api


@contextmanager
def _limited(settings: Settings, keys: dict[str, str], **limits: int) -> Iterator[Api]:
    with TestClient(create_app(replace(settings, **limits))) as client:
        yield Api(client, keys)


def test_alias_depth_and_token_limits_are_too_complex(settings, keys, published) -> None:
    with _limited(settings, keys, max_aliases=2, max_query_depth=3, max_tokens=60) as api:
        aliases = "{ sessions { rows { a: title b: title c: title } } }"
        assert api.error(aliases)["extensions"]["code"] == "TOO_COMPLEX"
        deep = "{ catalog { dimensions { name } } sessions { rows { title } } }"
        assert api.data(deep)  # depth 3 is fine
        deeper = "{ sessions { rows { title } totals { sessionCount } } }"
        assert api.data(deeper)
        tokens = "{ sessions { rows { " + " ".join(["title"] * 60) + " } } }"
        assert api.error(tokens)["extensions"]["code"] == "TOO_COMPLEX"


def test_depth_limit(settings, keys, published) -> None:
    with _limited(settings, keys, max_query_depth=1) as api:
        assert api.data("{ catalog { name } }")
        error = api.error("{ catalog { dimensions { name } } }")
        assert error["extensions"]["code"] == "TOO_COMPLEX"


def test_oversized_body_is_413(api: Api) -> None:
    query = "{ sessions { rows { title } } }" + " " * 30_000
    response = api.client.post(
        "/graphql", json={"query": query}, headers={"Authorization": f"Bearer {api.keys['A']}"}
    )
    assert response.status_code == 413


def test_document_errors_are_bad_user_input(api: Api) -> None:
    assert api.error("{ sessions { rows { nope } } }")["extensions"]["code"] == "BAD_USER_INPUT"
    assert api.error("{ sessions(")["extensions"]["code"] == "BAD_USER_INPUT"
    error = api.error("query($l: Int) { sessions(limit: $l) { rows { title } } }", {"l": "x"})
    assert error["extensions"]["code"] == "BAD_USER_INPUT"


def test_unexpected_errors_are_masked_for_non_admins() -> None:
    leak = RuntimeError("Binder Error in SELECT * FROM /srv/snapshots/x.duckdb")
    error = GraphQLError("boom", path=["sessions"], original_error=leak)
    masked = classify(error, is_admin=False).formatted
    assert masked["message"] == "Internal error."
    assert masked["extensions"] == {"code": "INTERNAL"}
    assert "SELECT" in classify(error, is_admin=True).formatted["message"]


def test_graphiql_page_is_served_to_browsers(client: TestClient) -> None:
    response = client.get("/graphql", headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert "graphiql" in response.text.lower()


def test_failures_outside_endpoints_are_coded_and_masked(
    settings: Settings, keys: dict[str, str], published, monkeypatch
) -> None:
    def broken(self, token: str) -> None:
        raise RuntimeError(f"cannot open {settings.paths.keys_db}")

    monkeypatch.setattr(KeyStore, "authenticate", broken)
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        for method, path in (("POST", "/graphql"), ("GET", "/export.csv"), ("POST", "/events")):
            response = client.request(
                method, path, headers={"Authorization": f"Bearer {keys['A']}"}
            )
            assert response.status_code == 500
            (error,) = response.json()["errors"]
            assert error["extensions"]["code"] == "INTERNAL"
            assert str(settings.paths.keys_db) not in response.text
