"""Reading a request body with a size cap enforced while it streams in."""

from __future__ import annotations

from starlette.requests import Request

from gateway.errors import BadUserInput, TooComplex


class BodyTooLarge(TooComplex):
    """The body is larger than the endpoint accepts (HTTP 413)."""


class UnsupportedContentEncoding(BadUserInput):
    """The body is compressed (HTTP 415): it is read as sent, so that its size limit is
    the size of what is validated and no small upload can expand into a large one."""


async def read_bounded_body(request: Request, max_bytes: int) -> bytes:
    """The whole body, or BodyTooLarge as soon as it (or its declared length) passes
    `max_bytes`, so an oversized upload is never held in memory.

    Raises UnsupportedContentEncoding for any `Content-Encoding` but `identity`.
    """
    encoding = request.headers.get("content-encoding", "identity").strip().lower()
    if encoding not in ("", "identity"):
        raise UnsupportedContentEncoding(
            f"Content-Encoding `{encoding}` is not supported: send the body uncompressed"
        )
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
