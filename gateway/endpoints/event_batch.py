"""A posted batch of events → the lines to land and, per rejected event, its index and reason.

Every event goes through the contract's `validate_line`, the same gate landing files pass
at ingestion, so an event accepted here is accepted there with the same row. A JSON
array's elements are first re-written as compact one-line JSON (numbers and key order
kept as sent): that line is both what is validated and what is landed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import msgspec

from gateway.errors import BadUserInput
from sessionlens.core.contract import RAW_EVENT_COLUMNS, UTF8_BOM, RejectedEvent, validate_line

JSON_MEDIA_TYPE: Final = "application/json"
_PARTNER_COLUMN: Final = RAW_EVENT_COLUMNS.index("partner_id")
_EVENT_TYPE_COLUMN: Final = RAW_EVENT_COLUMNS.index("event_type")
_ARRAY_DECODER: Final = msgspec.json.Decoder(list[msgspec.Raw])


@dataclass(frozen=True)
class Rejection:
    index: int
    reason: str
    line: bytes
    event_type: str | None


@dataclass(frozen=True)
class EventBatch:
    """`accepted`: the accepted events' lines (no line terminator), in body order."""

    accepted: list[bytes]
    rejected: list[Rejection]


def parse_batch(body: bytes, content_type: str, partner_id: str) -> EventBatch:
    """Validate every event of `body` for a key of `partner_id`.

    `application/json` bodies are a JSON array (index = element position); anything else
    is NDJSON (index = 0-based line number; blank lines are skipped and a byte order mark
    opening the body is dropped, as at ingestion). Raises BadUserInput when the body as a
    whole is unusable.
    """
    body = body.removeprefix(UTF8_BOM)
    if not body.strip():
        raise BadUserInput(
            "the request body is empty: send events as NDJSON (one per line) or as a JSON array"
        )
    media_type = content_type.partition(";")[0].strip().lower()
    candidates = _array_elements(body) if media_type == JSON_MEDIA_TYPE else _ndjson_lines(body)
    accepted: list[bytes] = []
    rejected: list[Rejection] = []
    for index, line in candidates:
        rejection = _rejection(index, line, partner_id)
        if rejection is None:
            accepted.append(line)
        else:
            rejected.append(rejection)
    return EventBatch(accepted, rejected)


def _ndjson_lines(body: bytes) -> list[tuple[int, bytes]]:
    return [
        (index, line.rstrip(b"\r\n"))
        for index, line in enumerate(body.split(b"\n"))
        if line.strip()
    ]


def _array_elements(body: bytes) -> list[tuple[int, bytes]]:
    try:
        elements = _ARRAY_DECODER.decode(body)
    except msgspec.ValidationError as error:
        raise BadUserInput(
            f"a {JSON_MEDIA_TYPE} body must be a JSON array of events ({error}); "
            "send one event per line as application/x-ndjson instead"
        ) from None
    except msgspec.DecodeError as error:
        raise BadUserInput(f"the body is not valid JSON: {error}") from None
    except RecursionError:
        # The array is split before any element is judged, so this fails the whole body.
        raise BadUserInput(
            "the body is JSON nested too deeply to read; send NDJSON (application/x-ndjson) "
            "to have each event judged on its own"
        ) from None
    # indent=-1 strips all insignificant whitespace without decoding any value.
    return [(index, msgspec.json.format(raw, indent=-1)) for index, raw in enumerate(elements)]


def _rejection(index: int, line: bytes, partner_id: str) -> Rejection | None:
    try:
        row = validate_line(line)
    except RejectedEvent as rejected:
        return Rejection(index, rejected.reason, line, rejected.event_type)
    if row[_PARTNER_COLUMN] != partner_id:
        # Values quoted as JSON, like the contract's own reasons.
        sent, own = (msgspec.json.encode(p).decode() for p in (row[_PARTNER_COLUMN], partner_id))
        reason = f"`partner_id` is {sent}, but this API key may only send events of partner {own}"
        return Rejection(index, reason, line, row[_EVENT_TYPE_COLUMN])
    return None
