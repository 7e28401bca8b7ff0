"""Reading a request body with a size cap enforced while it streams in."""

from __future__ import annotations

from starlette.requests import Request

from gateway.errors import TooComplex


class BodyTooLarge(TooComplex):
    """The body is larger than the endpoint accepts (HTTP 413)."""


async def read_bounded_body(request: Request, max_bytes: int) -> bytes:
    """The whole body, or BodyTooLarge as soon as it (or its declared length) passes
    `max_bytes`, so an oversized upload is never held in memory."""
    too_large = BodyTooLarge(
        f"the request body exceeds {max_bytes} bytes; send the events in smaller batches"
    )
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise too_large
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)
