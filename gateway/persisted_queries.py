"""Apollo's automatic persisted queries: a request may name its document by the lower-case
hex sha256 of its exact text (`extensions.persistedQuery {version: 1, sha256Hash}`).

- hash alone, known → answered with the stored document;
- hash alone, unknown → `PERSISTED_QUERY_NOT_FOUND` (the client resends with the document);
- hash and document → the hash is checked (a mismatch is `BAD_USER_INPUT`), the request
  answered, and the document stored once it parsed and validated.

Documents are kept in SQLite beside the keys, so a document stored through one gateway
worker is found by every other (Apollo's retry may reach another worker than its first
try), with a small in-process LRU in front so a known hash costs no database read. Both
hold at most `max_entries` documents, the oldest stored dropped first.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gateway.errors import BadUserInput, PersistedQueryNotFound

_VERSION = 1
_HASH = re.compile(r"[0-9a-f]{64}")
_SCHEMA = """
create table if not exists persisted_queries (
    sha256 text not null unique,
    document text not null
)
"""
_BUSY_TIMEOUT_SECONDS = 5.0


def document_hash(document: str) -> str:
    return hashlib.sha256(document.encode()).hexdigest()


@dataclass(frozen=True)
class PersistedRequest:
    """A request that named its document by hash: its fields with `query` filled in and
    `persistedQuery` left out of `extensions` (so it shares response-cache entries and
    ETags with the same request sent with its document), and whether the document came
    with it (then it is stored once it proved valid)."""

    fields: dict[str, Any]
    sha256: str
    sent_document: bool


def _requested_hash(extensions: Any) -> str | None:
    """The hash a request's `extensions` name, None when they name none; BadUserInput
    naming the part that is malformed."""
    if not isinstance(extensions, dict) or "persistedQuery" not in extensions:
        return None
    persisted = extensions["persistedQuery"]
    if not isinstance(persisted, dict):
        raise BadUserInput("`extensions.persistedQuery` must be an object")
    if persisted.get("version") != _VERSION:
        raise BadUserInput(f"`extensions.persistedQuery.version` must be {_VERSION}")
    sha256 = persisted.get("sha256Hash")
    if not isinstance(sha256, str) or not _HASH.fullmatch(sha256):
        raise BadUserInput(
            "`extensions.persistedQuery.sha256Hash` must be the lower-case hex sha256 "
            "(64 characters) of the document"
        )
    return sha256


class PersistedQueries:
    """Documents by sha256, shared through `path` by every gateway process."""

    def __init__(self, path: Path, max_entries: int) -> None:
        self.path = path
        self.max_entries = max_entries
        self._recent: OrderedDict[str, str] = OrderedDict()
        self._connection: sqlite3.Connection | None = None

    def resolve(self, fields: dict[str, Any]) -> PersistedRequest | None:
        """`fields` (a decoded request) resolved against the store; None when the request
        names no persisted query. Raises PersistedQueryNotFound or BadUserInput."""
        sha256 = _requested_hash(fields.get("extensions"))
        if sha256 is None:
            return None
        if self.max_entries <= 0:
            raise BadUserInput("persisted queries are turned off on this gateway; send `query`")
        extensions = {k: v for k, v in fields["extensions"].items() if k != "persistedQuery"}
        document = fields.get("query")
        if document is None or document == "":
            stored = self.get(sha256)
            if stored is None:
                raise PersistedQueryNotFound()
            resolved = {**fields, "query": stored, "extensions": extensions or None}
            return PersistedRequest(resolved, sha256, sent_document=False)
        if isinstance(document, str) and document_hash(document) != sha256:
            raise BadUserInput(
                "`extensions.persistedQuery.sha256Hash` is not the sha256 of `query`; "
                "hash the exact document text sent"
            )
        resolved = {**fields, "extensions": extensions or None}
        return PersistedRequest(resolved, sha256, sent_document=True)

    def get(self, sha256: str) -> str | None:
        document = self._recent.get(sha256)
        if document is not None:
            self._recent.move_to_end(sha256)
            return document
        row = (
            self._database()
            .execute("select document from persisted_queries where sha256 = ?", (sha256,))
            .fetchone()
        )
        if row is not None:
            self._remember(sha256, row[0])
        return row[0] if row else None

    def put(self, sha256: str, document: str) -> None:
        if sha256 in self._recent:
            return
        self._remember(sha256, document)
        database = self._database()
        with database:
            inserted = database.execute(
                "insert into persisted_queries (sha256, document) values (?, ?)"
                " on conflict (sha256) do nothing",
                (sha256, document),
            )
            if inserted.rowcount:
                # Rowids grow with each insert: the oldest stored have the smallest.
                database.execute(
                    "delete from persisted_queries"
                    " where rowid <= (select max(rowid) from persisted_queries) - ?",
                    (self.max_entries,),
                )

    def _remember(self, sha256: str, document: str) -> None:
        self._recent[sha256] = document
        while len(self._recent) > self.max_entries:
            self._recent.popitem(last=False)

    def _database(self) -> sqlite3.Connection:
        """Opened at first use: a gateway that never sees a persisted query creates no file."""
        if self._connection is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(
                self.path, check_same_thread=False, timeout=_BUSY_TIMEOUT_SECONDS
            )
            connection.execute("pragma journal_mode = wal")
            connection.execute(_SCHEMA)
            connection.commit()
            self._connection = connection
        return self._connection

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
