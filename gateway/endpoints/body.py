"""Reading a request body with a size cap enforced while it streams in."""

from __future__ import annotations

from starlette.requests import Request

from gateway.errors import BodyTooLarge, UnsupportedContentEncoding
from gateway.limits import DISCARD_LIMIT_BYTES


async def read_bounded_body(request: Request, max_bytes: int, advice: str) -> bytes:
    """The whole body, or BodyTooLarge once it (or its declared length) passes `max_bytes`,
    so an oversized upload is never held in memory. The rest of an oversized body is read
    and dropped (up to DISCARD_LIMIT_BYTES) first, so that a client sending it whole still
    gets the answer (see `gateway.limits`).

    `advice` ends the error message: what the client should send instead.

    Raises UnsupportedContentEncoding for any `Content-Encoding` but `identity`.
    """
    encoding = request.headers.get("content-encoding", "identity").strip().lower()
    if encoding not in ("", "identity"):
        raise UnsupportedContentEncoding(
            f"Content-Encoding `{encoding}` is not supported: send the body uncompressed"
        )
    declared = request.headers.get("content-length", "")
    too_large = declared.isdigit() and int(declared) > max_bytes
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        too_large = too_large or size > max_bytes
        if size > max_bytes + DISCARD_LIMIT_BYTES:
            break
        if not too_large:
            chunks.append(chunk)
    if too_large:
        raise BodyTooLarge(f"the request body exceeds {max_bytes} bytes; {advice}")
    return b"".join(chunks)
