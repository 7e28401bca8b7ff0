"""Validate one event and turn it into a raw-table row: the single gate every entry point uses.

This is the ingestion hot path (millions of lines per run), so the success path
is one msgspec decode plus a few C-level tuple operations; everything about
explaining a failure lives in `rejections`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from operator import itemgetter
from typing import Final, NamedTuple

import msgspec
from msgspec.structs import astuple

from sessionlens.core.contract.columns import CONTEXT_COLUMNS, PROPERTY_COLUMNS
from sessionlens.core.contract.events import (
    EVENT_STRUCTS,
    PROPERTIES_BY_TYPE,
    AnyEvent,
    Event,
    RuleViolation,
)
from sessionlens.core.contract.reasons import MAX_LINE_BYTES
from sessionlens.core.contract.rejections import bad_event_time, line_too_long, not_json, reject

_DECODER: Final = msgspec.json.Decoder(AnyEvent)
_ENCODER: Final = msgspec.json.Encoder()

# naive + (aware - aware) is the cheapest way to an offset-free UTC datetime.
_UTC_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_NAIVE_EPOCH: Final = datetime(1970, 1, 1)

_NO_CONTEXT: Final = (None,) * len(CONTEXT_COLUMNS)


class _Layout(NamedTuple):
    """Where one event type's properties go in the row.

    The type's columns lie in one span of PROPERTY_COLUMNS, between the padding
    `before` and `after`. When its fields fill that span in order (most types) the
    properties tuple is the span; otherwise `gather` builds the span from the tuple
    plus one trailing None (for the span's columns the type does not have).
    """

    event_type: str
    before: tuple[None, ...]
    gather: Callable[[tuple], tuple] | None
    after: tuple[None, ...]
    absent: tuple[None, ...]  # the properties tuple when `properties` is omitted


def _layout(event_type: str) -> _Layout:
    fields = PROPERTIES_BY_TYPE[event_type].__struct_fields__
    slots = [PROPERTY_COLUMNS.index(field) for field in fields]
    first, stop = (min(slots), max(slots) + 1) if slots else (len(PROPERTY_COLUMNS),) * 2
    span = PROPERTY_COLUMNS[first:stop]
    gather = None
    if slots != list(range(first, stop)):
        gather = itemgetter(
            *(fields.index(column) if column in fields else len(fields) for column in span)
        )
    return _Layout(
        event_type,
        (None,) * first,
        gather,
        (None,) * (len(PROPERTY_COLUMNS) - stop),
        (None,) * len(fields),
    )


_LAYOUTS: Final = {struct: _layout(event_type) for event_type, struct in EVENT_STRUCTS.items()}


def validate_line(line: bytes) -> tuple:
    """Validate one NDJSON line and return its row in `RAW_EVENT_COLUMNS` order.

    Surrounding whitespace (including a trailing `\\r\\n`) is ignored. Raises
    `RejectedEvent` with a specific reason when the line breaks the contract,
    including when it is longer than MAX_LINE_BYTES.
    """
    if len(line) > MAX_LINE_BYTES:
        raise line_too_long()
    try:
        if not line.isascii():
            # msgspec skips unknown fields without checking their bytes; all must be UTF-8.
            line.decode()
        event = _DECODER.decode(line)
    except (UnicodeDecodeError, msgspec.MsgspecError, RuleViolation, RecursionError) as error:
        raise reject(line, error) from None
    try:
        event_at = _NAIVE_EPOCH + (event.event_time - _UTC_EPOCH)
    except OverflowError:  # a valid local time whose UTC instant falls outside years 1..9999
        raise bad_event_time(line) from None
    return _row(event, event_at)


def validate_event(event: object) -> tuple:
    """Validate an already-parsed JSON value (e.g. one element of a posted JSON array).

    Re-encoding it as JSON and validating those bytes guarantees the same rows and
    the same reasons as `validate_line`.
    """
    try:
        line = _ENCODER.encode(event)
    except (TypeError, ValueError, msgspec.EncodeError, RecursionError) as error:
        raise not_json(error) from None
    return validate_line(line)


def _row(event: Event, event_at: datetime) -> tuple:
    event_type, before, gather, after, absent = _LAYOUTS[type(event)]
    context = _NO_CONTEXT if event.context is None else astuple(event.context)
    values = absent if event.properties is None else astuple(event.properties)
    if gather is not None:
        values = gather((*values, None))
    # One tuple display: measurably faster than concatenating the row from parts.
    return (
        event.event_id,
        event_type,
        event_at,
        event.partner_id,
        event.user_id,
        event.session_id,
        event.source or "sdk",
        context != _NO_CONTEXT,
        *context,
        *before,
        *values,
        *after,
    )
