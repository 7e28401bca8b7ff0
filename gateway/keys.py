"""API keys: `slk_<key id>_<secret>`, stored as (key id, partner, roles, sha256 of the
secret) with their creation, expiry, revocation and last use.

The secret itself is never stored; a key is looked up by its id and checked by hash. Every
request reads the key's row, so a revocation or an expiry refuses the key at once in every
gateway process; the last-use time is written at most once a minute per key and process.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from gateway.errors import Unauthenticated
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
# Columns added after the first release; opening an older key database adds them.
_LIFECYCLE_COLUMNS = ("expires_at", "revoked_at", "last_used_at")
_LAST_USE_RESOLUTION_SECONDS = 60.0
_BUSY_TIMEOUT_SECONDS = 5.0
# A request never waits longer than this to note a key's last use.
_LAST_USE_WAIT_MILLISECONDS = 50


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


@dataclass(frozen=True)
class KeyRecord:
    """What `sessionlens keys list` shows of a key: never its secret."""

    key_id: str
    partner_id: str
    roles: tuple[str, ...]
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None

    def state(self, now: datetime) -> str:
        if self.revoked_at is not None:
            return "revoked"
        if self.expires_at is not None and self.expires_at <= now:
            return "expired"
        return "active"


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


def _time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, check_same_thread=False, timeout=_BUSY_TIMEOUT_SECONDS)
    # Readers (every request) never wait for a writer (a revocation, a last-use note).
    connection.execute("pragma journal_mode = wal")
    connection.execute(_SCHEMA)
    present = {row[1] for row in connection.execute("pragma table_info(api_keys)")}
    for column in _LIFECYCLE_COLUMNS:
        if column not in present:
            connection.execute(f"alter table api_keys add column {column} text")
    connection.commit()
    return connection


def create_key(
    paths: Paths, partner_id: str, roles: Sequence[str], expires_in: timedelta | None = None
) -> str:
    """Create a key for `partner_id` with `roles` (⊆ read, write, admin), valid for
    `expires_in` (None: until revoked); return the token.

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
    if expires_in is not None and expires_in <= timedelta(0):
        raise ValueError("a key's lifetime must be positive")
    key_id = secrets.token_hex(8)
    secret = secrets.token_urlsafe(32)
    created = _now()
    expires = None if expires_in is None else (created + expires_in).isoformat()
    connection = _connect(paths.keys_db)
    try:
        with connection:
            connection.execute(
                "insert into api_keys (key_id, partner_id, roles, secret_sha256, created_at,"
                " expires_at) values (?, ?, ?, ?, ?, ?)",
                (
                    key_id,
                    partner_id,
                    ",".join(sorted(wanted)),
                    _hash(secret),
                    created.isoformat(),
                    expires,
                ),
            )
    finally:
        connection.close()
    return f"{_PREFIX}_{key_id}_{secret}"


def list_keys(paths: Paths) -> list[KeyRecord]:
    """Every key, oldest first."""
    connection = _connect(paths.keys_db)
    try:
        rows = connection.execute(
            "select key_id, partner_id, roles, created_at, expires_at, revoked_at, last_used_at"
            " from api_keys order by created_at, key_id"
        ).fetchall()
    finally:
        connection.close()
    return [
        KeyRecord(
            key_id,
            partner_id,
            tuple(roles.split(",")),
            datetime.fromisoformat(created),
            _time(expires),
            _time(revoked),
            _time(used),
        )
        for key_id, partner_id, roles, created, expires, revoked, used in rows
    ]


def revoke_key(paths: Paths, key_id: str) -> KeyRecord:
    """Revoke the key `key_id` (its id as `keys list` shows it, or a whole token) at once;
    ValueError when there is no such key. Revoking twice keeps the first time."""
    key_id = _key_id_of(key_id)
    connection = _connect(paths.keys_db)
    try:
        with connection:
            changed = connection.execute(
                "update api_keys set revoked_at = coalesce(revoked_at, ?) where key_id = ?",
                (_now().isoformat(), key_id),
            ).rowcount
    finally:
        connection.close()
    if not changed:
        raise ValueError(f"no API key has the id {key_id!r}; `sessionlens keys list` shows them")
    return next(record for record in list_keys(paths) if record.key_id == key_id)


def _key_id_of(text: str) -> str:
    prefix, _, rest = text.strip().partition("_")
    return rest.partition("_")[0] if prefix == _PREFIX and rest else text.strip()


class KeyStore:
    """Checks bearer tokens against the key database."""

    def __init__(self, paths: Paths) -> None:
        self._connection = _connect(paths.keys_db)
        self._connection.execute(f"pragma busy_timeout = {_LAST_USE_WAIT_MILLISECONDS}")
        self._last_use_written: dict[str, float] = {}

    def authenticate(self, token: str) -> Principal:
        """The key's principal; Unauthenticated saying why when the token is malformed,
        unknown, wrong, revoked or expired."""
        prefix, _, rest = token.partition("_")
        key_id, _, secret = rest.partition("_")
        if prefix != _PREFIX or not key_id or not secret:
            raise Unauthenticated("the API key is not valid")
        row = self._connection.execute(
            "select partner_id, roles, secret_sha256, expires_at, revoked_at"
            " from api_keys where key_id = ?",
            (key_id,),
        ).fetchone()
        if row is None or not hmac.compare_digest(row[2], _hash(secret)):
            raise Unauthenticated("the API key is not valid")
        if row[4] is not None:
            raise Unauthenticated("the API key has been revoked; ask for a new one")
        expires = _time(row[3])
        if expires is not None and expires <= _now():
            raise Unauthenticated(
                f"the API key expired at {expires.isoformat()}; ask for a new one"
            )
        self._note_use(key_id)
        return Principal(key_id, row[0], frozenset(row[1].split(",")))

    def _note_use(self, key_id: str) -> None:
        now = time.monotonic()
        if now - self._last_use_written.get(key_id, float("-inf")) < _LAST_USE_RESOLUTION_SECONDS:
            return
        self._last_use_written[key_id] = now
        try:
            with self._connection:
                self._connection.execute(
                    "update api_keys set last_used_at = ? where key_id = ?",
                    (_now().isoformat(), key_id),
                )
        except sqlite3.OperationalError:
            # Another process holds the write lock: the last-use time is a hint, a request
            # never waits for it or fails because of it.
            pass

    def close(self) -> None:
        self._connection.close()
