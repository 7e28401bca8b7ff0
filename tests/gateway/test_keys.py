"""API keys are validated on creation, stored hashed, and authenticate to their principal."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from gateway import keys
from gateway.errors import Unauthenticated
from gateway.keys import KeyStore, create_key, list_keys, revoke_key
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
        with pytest.raises(Unauthenticated, match="not valid"):
            store.authenticate(bad)


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


def test_a_revoked_key_is_refused_at_once_by_every_store(paths: Paths) -> None:
    token = create_key(paths, "acme", ["read"])
    stores = [KeyStore(paths), KeyStore(paths)]  # two gateway workers
    assert all(store.authenticate(token).partner_id == "acme" for store in stores)

    (record,) = list_keys(paths)
    revoked = revoke_key(paths, record.key_id)

    assert revoked.revoked_at is not None
    for store in stores:
        with pytest.raises(Unauthenticated, match="revoked"):
            store.authenticate(token)


def test_an_expired_key_is_refused(paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    token = create_key(paths, "acme", ["read"], expires_in=timedelta(hours=1))
    store = KeyStore(paths)
    assert store.authenticate(token).partner_id == "acme"

    later = datetime.now(UTC) + timedelta(hours=1, seconds=1)
    monkeypatch.setattr(keys, "_now", lambda: later)

    with pytest.raises(Unauthenticated, match="expired at"):
        store.authenticate(token)
    (record,) = list_keys(paths)
    assert record.state(later) == "expired"


def test_the_listing_shows_lifecycle_but_never_the_secret(paths: Paths) -> None:
    first = create_key(paths, "acme", ["read", "write"], expires_in=timedelta(days=30))
    create_key(paths, "beta", ["admin"])
    KeyStore(paths).authenticate(first)

    records = list_keys(paths)

    assert [(r.partner_id, r.roles) for r in records] == [
        ("acme", ("read", "write")),
        ("beta", ("admin",)),
    ]
    assert records[0].last_used_at is not None and records[1].last_used_at is None
    assert records[0].expires_at - records[0].created_at == timedelta(days=30)
    assert records[1].expires_at is None
    assert first.split("_", 2)[2] not in repr(records)


def test_revoking_an_unknown_key_says_how_to_find_the_ids(paths: Paths) -> None:
    with pytest.raises(ValueError, match="keys list"):
        revoke_key(paths, "0123456789abcdef")


def test_a_key_database_of_the_first_release_gains_the_lifecycle_columns(paths: Paths) -> None:
    paths.keys_db.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(paths.keys_db) as connection:
        connection.execute(
            "create table api_keys (key_id text primary key, partner_id text not null,"
            " roles text not null, secret_sha256 text not null, created_at text not null)"
        )
    connection.close()

    token = create_key(paths, "acme", ["read"])

    assert KeyStore(paths).authenticate(token).partner_id == "acme"
    assert [r.state(datetime.now(UTC)) for r in list_keys(paths)] == ["active"]
