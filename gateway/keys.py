"""API keys: `slk_<key id>_<secret>`, stored as (key id, partner, roles, sha256 of the secret).

The secret itself is never stored; a key is looked up by its id and checked by hash.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sessionlens.core.settings import Paths

ROLES = frozenset({"read", "write", "admin"})
_PREFIX = "slk"
_SCHEMA = """
create table if not exists api_keys (
    key_id text primary key,
    partner_id text not null,
    roles text not null,
    secret_sha256 text not null,
    created_at text not null
)
"""


@dataclass(frozen=True)
class Principal:
    """Who is calling: the key, its partner and its roles."""

    key_id: str
    partner_id: str
    roles: frozenset[str]

    @property
    def is_admin(self) -> bool:
        return "admin" in self.roles

    def has_role(self, role: str) -> bool:
        return role in self.roles


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, check_same_thread=False)
    connection.execute(_SCHEMA)
    return connection


def create_key(paths: Paths, partner_id: str, roles: Sequence[str]) -> str:
    """Create a key for `partner_id` with `roles` (⊆ read, write, admin); return the token.

    The token is shown once: only a hash of its secret is kept.
    """
    if not isinstance(partner_id, str) or not partner_id.strip():
        raise ValueError("partner id must be a non-empty string")
    wanted = frozenset(role.strip() for role in roles)
    if not wanted:
        raise ValueError(f"give at least one role out of {', '.join(sorted(ROLES))}")
    unknown = wanted - ROLES
    if unknown:
        raise ValueError(
            f"unknown role(s) {', '.join(sorted(unknown))}; use {', '.join(sorted(ROLES))}"
        )
    key_id = secrets.token_hex(8)
    secret = secrets.token_urlsafe(32)
    with _connect(paths.keys_db) as connection:
        connection.execute(
            "insert into api_keys values (?, ?, ?, ?, ?)",
            (
                key_id,
                partner_id,
                ",".join(sorted(wanted)),
                _hash(secret),
                datetime.now(UTC).isoformat(),
            ),
        )
    connection.close()
    return f"{_PREFIX}_{key_id}_{secret}"


class KeyStore:
    """Checks bearer tokens against the key database."""

    def __init__(self, paths: Paths) -> None:
        self._connection = _connect(paths.keys_db)

    def authenticate(self, token: str) -> Principal | None:
        """The key's principal, or None when the token is malformed, unknown or wrong."""
        prefix, _, rest = token.partition("_")
        key_id, _, secret = rest.partition("_")
        if prefix != _PREFIX or not key_id or not secret:
            return None
        row = self._connection.execute(
            "select partner_id, roles, secret_sha256 from api_keys where key_id = ?", (key_id,)
        ).fetchone()
        if row is None or not hmac.compare_digest(row[2], _hash(secret)):
            return None
        return Principal(key_id, row[0], frozenset(row[1].split(",")))

    def close(self) -> None:
        self._connection.close()
