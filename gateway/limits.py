"""Request size limit: bodies above the maximum get HTTP 413 before any endpoint reads them.

A client that sends its whole body before it reads the answer (Python's `urllib` and
`requests` do) sees a connection reset instead of the 413 if the server answers and
closes while the body is still coming. So the rest of an oversized body is read and
discarded, up to DISCARD_LIMIT_BYTES, before the answer goes out with `Connection: close`;
past that bound the connection is simply closed.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from gateway.endpoints.errors import gateway_error_response
from gateway.errors import BodyTooLarge

DISCARD_LIMIT_BYTES = 256 << 20


async def discard_body(receive: Receive, limit: int = DISCARD_LIMIT_BYTES) -> None:
    """Read what is left of the request body without keeping it, at most `limit` bytes."""
    read = 0
    while read <= limit:
        message = await receive()
        if message["type"] != "http.request":
            return
        read += len(message.get("body", b""))
        if not message.get("more_body", False):
            return


class MaxBodySize:
    """ASGI middleware: buffers the body up to `max_bytes`, answers 413 beyond it."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._reject(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.max_bytes:
                await self._reject(scope, receive, send, more_body=message.get("more_body"))
                return
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _reject(
        self, scope: Scope, receive: Receive, send: Send, *, more_body: bool = True
    ) -> None:
        if more_body:
            await discard_body(receive)
        error = BodyTooLarge(f"the request body exceeds {self.max_bytes} bytes")
        await gateway_error_response(error)(scope, receive, send)
