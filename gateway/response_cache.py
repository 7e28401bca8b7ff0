"""Cached `/graphql` answers, looked up before the document is even parsed.

An answer is decided by who asks (the partner whose rows a key sees, and whether it is an
admin key), what is asked (document text, variables, operation name, request
extensions) and the data (the published snapshot). The key holds all of them, so a new
snapshot makes every older entry unreachable and an LRU bound on the bytes kept evicts
them in time.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import orjson

from gateway.keys import Principal


class UncacheableRequest(ValueError):
    """The request is not a plain GraphQL request (Strawberry reports what is wrong)."""


@dataclass(frozen=True)
class AnswerKey:
    snapshot_id: str
    partner_id: str | None
    is_admin: bool
    document: str
    operation_name: str | None
    arguments: bytes


def answer_key(principal: Principal, snapshot_id: str, request: Any) -> AnswerKey:
    """The key of `request` (a decoded GraphQL-over-HTTP body, or the GET parameters).

    Raises UncacheableRequest when a part is missing or of the wrong type; GET passes
    `variables` and `extensions` as JSON text.
    """
    if not isinstance(request, Mapping):
        raise UncacheableRequest("not a single request")
    document = request.get("query")
    operation_name = request.get("operationName")
    if not isinstance(document, str) or not isinstance(operation_name, str | None):
        raise UncacheableRequest("no query text")
    arguments = {name: _decoded(request.get(name)) for name in ("variables", "extensions")}
    return AnswerKey(
        snapshot_id=snapshot_id,
        # An admin key sees every partner: its answers do not depend on its own partner.
        partner_id=None if principal.is_admin else principal.partner_id,
        is_admin=principal.is_admin,
        document=document,
        operation_name=operation_name,
        arguments=orjson.dumps(arguments, option=orjson.OPT_SORT_KEYS),
    )


def _decoded(value: Any) -> dict[str, Any] | None:
    if isinstance(value, str):
        try:
            value = orjson.loads(value)
        except orjson.JSONDecodeError:
            raise UncacheableRequest("not JSON") from None
    if not isinstance(value, dict | None):
        raise UncacheableRequest("not a JSON object")
    return value


class ResponseCache:
    """Encoded response bodies, least recently used evicted first, at most `max_bytes` kept
    (bodies plus the documents and arguments of their keys).

    Used from the event loop only, so it needs no lock.
    """

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._bodies: OrderedDict[AnswerKey, bytes] = OrderedDict()
        self._bytes = 0

    @property
    def enabled(self) -> bool:
        return self.max_bytes > 0

    @property
    def size_bytes(self) -> int:
        return self._bytes

    def __len__(self) -> int:
        return len(self._bodies)

    def get(self, key: AnswerKey) -> bytes | None:
        body = self._bodies.get(key)
        if body is not None:
            self._bodies.move_to_end(key)
        return body

    def put(self, key: AnswerKey, body: bytes) -> None:
        """Keep `body` unless it alone exceeds the bound; evict the oldest to make room."""
        if _cost(key, body) > self.max_bytes:
            return
        previous = self._bodies.pop(key, None)
        if previous is not None:
            self._bytes -= _cost(key, previous)
        self._bodies[key] = body
        self._bytes += _cost(key, body)
        while self._bytes > self.max_bytes:
            evicted_key, evicted = self._bodies.popitem(last=False)
            self._bytes -= _cost(evicted_key, evicted)


def _cost(key: AnswerKey, body: bytes) -> int:
    """Bytes an entry holds: a key's document can be as large as its answer."""
    return len(body) + len(key.document) + len(key.arguments)
