"""HTTP caching of `GET /graphql` answers.

An answer's entity tag hashes everything it depends on: the snapshot it was read from, the
partner and roles of the key, the document, operation name and variables (the response
cache key, `gateway.response_cache.AnswerKey`, plus the roles). With
`Cache-Control: private, no-cache` a browser (never a shared cache: answers are per key)
keeps the answer and revalidates it with `If-None-Match` on every use; the gateway answers
304 with no body, before executing anything, while the snapshot is unchanged.

Answers that must not be reused (any error, or a clock-dependent `inLast` without `asOf`)
get `Cache-Control: no-store` and no tag.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from starlette.responses import Response

from gateway.keys import Principal
from gateway.response_cache import AnswerKey

REVALIDATE = "private, no-cache"
NOT_STORED = "no-store"


def entity_tag(key: AnswerKey, principal: Principal, snapshot_id: str | None = None) -> str:
    """The strong ETag of the answer to `key`, as read from `snapshot_id` (default: the
    key's snapshot)."""
    if snapshot_id is not None:
        key = replace(key, snapshot_id=snapshot_id)
    digest = hashlib.blake2b(digest_size=16)
    for part in (
        key.snapshot_id,
        key.partner_id or "",
        ",".join(sorted(principal.roles)),
        key.document,
        key.operation_name or "",
    ):
        digest.update(part.encode())
        digest.update(b"\0")
    digest.update(key.arguments)
    return f'"{digest.hexdigest()}"'


def matches(if_none_match: str | None, tag: str) -> bool:
    """Whether an `If-None-Match` header names `tag` (compared weakly, as RFC 9110 says for
    this header). `*` matches nothing: the 304 is decided before executing, and only a tag
    the gateway issued proves the answer was one fit to reuse."""
    if not if_none_match:
        return False
    return any(c.strip().removeprefix("W/") == tag for c in if_none_match.split(","))


def not_modified(tag: str) -> Response:
    return Response(status_code=304, headers={"ETag": tag, "Cache-Control": REVALIDATE})


def mark_cacheable(response: Response, tag: str) -> None:
    response.headers["ETag"] = tag
    response.headers["Cache-Control"] = REVALIDATE


def mark_not_stored(response: Response) -> None:
    response.headers["Cache-Control"] = NOT_STORED
