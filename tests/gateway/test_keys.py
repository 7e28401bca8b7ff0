"""API keys are validated on creation, stored hashed, and authenticate to their principal."""

from __future__ import annotations

import sqlite3

import pytest

from gateway.keys import KeyStore, create_key
from sessionlens.core.settings import Paths


def test_a_created_key_authenticates_and_is_stored_hashed(paths: Paths) -> None:
    token = create_key(paths, "acme", ["read", "write"])
    assert token.startswith("slk_")
    principal = KeyStore(paths).authenticate(token)
    assert principal is not None
    assert (principal.partner_id, principal.roles) == ("acme", frozenset({"read", "write"}))
    assert not principal.is_admin
    secret = token.split("_", 2)[2]
    with sqlite3.connect(paths.keys_db) as connection:
        stored = connection.execute("select * from api_keys").fetchall()
    assert secret not in repr(stored)


def test_wrong_or_malformed_tokens_do_not_authenticate(paths: Paths) -> None:
    token = create_key(paths, "acme", ["read"])
    store = KeyStore(paths)
    for bad in (token + "x", token.replace("slk_", "xyz_"), "slk_", "", "garbage"):
        assert store.authenticate(bad) is None


@pytest.mark.parametrize(
    ("partner", "roles", "message"),
    [
        ("", ["read"], "partner"),
        ("acme", [], "at least one role"),
        ("acme", ["read", "owner"], "owner"),
    ],
)
def test_invalid_keys_are_refused(
    paths: Paths, partner: str, roles: list[str], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        create_key(paths, partner, roles)
