"""`POST /events` (role `write`): validate a batch of events and land the accepted ones.

The body is NDJSON, or a JSON array with `Content-Type: application/json`. The answer
is `{"accepted": N, "rejectedCount": M, "rejected": [{"index": i, "reason": "..."}],
"file": name | null}`, listing the first 1 000 rejections. Accepted events are written
as one new landing file (none when nothing was accepted), rejected ones as records beside
it, which ingestion keeps in `rejected_lines` with their reasons.

| variable | default | meaning |
|---|---|---|
| `SESSIONLENS_MAX_EVENTS_BODY_BYTES` | 10485760 | larger `POST /events` bodies get HTTP 413 |

The app-wide `SESSIONLENS_MAX_REQUEST_BYTES` middleware runs first, so the smaller of
the two limits applies.
"""

from __future__ import annotations

import logging

from anyio import to_thread
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from gateway.auth import principal_for
from gateway.endpoints.body import read_bounded_body
from gateway.endpoints.errors import gateway_error_response
from gateway.endpoints.event_batch import parse_batch
from gateway.errors import AccessDenied, BadUserInput, BodyTooLarge, GatewayError
from sessionlens.core.contract import kept_raw_line
from sessionlens.core.landing import PostedRejection, write_landing_files
from sessionlens.core.settings import Settings

logger = logging.getLogger(__name__)
MAX_LISTED_REJECTIONS = 1_000


def events_routes(settings: Settings) -> list[Route]:
    """The `/events` route, with its own body limit (`max_events_body_bytes`)."""
    limit = settings.max_events_body_bytes

    async def post_events(request: Request) -> Response:
        try:
            principal = principal_for(request, "write")
        except AccessDenied as error:
            return gateway_error_response(error)
        try:
            body = await read_bounded_body(request, limit, "send the events in smaller batches")
            # Validation is CPU-bound: keep it off the event loop like the file write.
            batch = await to_thread.run_sync(
                parse_batch, body, request.headers.get("content-type", ""), principal.partner_id
            )
        except (BadUserInput, BodyTooLarge) as error:
            return gateway_error_response(error)

        records = [
            PostedRejection(
                line_number=r.index + 1,
                raw_line=kept_raw_line(r.line),
                reason=r.reason,
                partner_id=principal.partner_id,
                event_type=r.event_type,
            )
            for r in batch.rejected
        ]
        settings: Settings = request.state.settings
        try:
            file_name = await to_thread.run_sync(
                write_landing_files, settings.paths.landing_dir, batch.accepted, records
            )
        except OSError:
            logger.exception("could not write a landing file")
            return gateway_error_response(
                GatewayError("the events could not be stored and none was kept; retry")
            )
        return JSONResponse(
            {
                "accepted": len(batch.accepted),
                "rejectedCount": len(batch.rejected),
                # A body of junk lines could otherwise get a reply far larger than itself.
                "rejected": [
                    {"index": r.index, "reason": r.reason}
                    for r in batch.rejected[:MAX_LISTED_REJECTIONS]
                ],
                "file": file_name,
            }
        )

    return [Route("/events", post_events, methods=["POST"])]
