"""Every form a rejection reason takes, and the line limits both entry points share.

A reason is one of these templates filled in with `Reason.X.format(...)`; keeping
them in one enumeration lets the reliability corpus check that each form is
reachable and has a case (tests/reliability/corpus.py).
"""

from __future__ import annotations

import codecs
from enum import StrEnum
from typing import Final

# A longer line is rejected unread (excluding its line terminator); it also bounds
# what one line of a gzip bomb or of a request body makes us hold in memory.
MAX_LINE_BYTES: Final = 1 << 20
# How much of a rejected line over MAX_LINE_BYTES is kept as its raw text.
KEPT_PREFIX_BYTES: Final = 1024
# Ignored at the very start of a file or request body (RFC 8259 §8.1), rejected elsewhere.
UTF8_BOM: Final = codecs.BOM_UTF8


class Reason(StrEnum):
    """The rejection reasons of docs/EVENTS.md; `{name}` marks what is filled in per line."""

    LINE_TOO_LONG = "line exceeds {limit} bytes"
    FILE_DAMAGED = "file is damaged after line {line_number}: {detail}"
    NOT_UTF8 = "not valid UTF-8: {problem} at byte {offset}"
    BYTE_ORDER_MARK = (
        "the line starts with a UTF-8 byte order mark (U+FEFF), "
        "which is only ignored at the start of a file or body"
    )
    EMPTY_LINE = "empty line: expected one JSON event object"
    NESTED_TOO_DEEPLY = "JSON nested too deeply to read"
    NOT_JSON = "not valid JSON: {detail}"
    NOT_AN_OBJECT = "an event must be a JSON object, got {kind}"
    NOT_A_JSON_VALUE = "not a JSON value: {detail}"
    MISSING_EVENT_TYPE = "missing required field `event_type`"
    EVENT_TYPE_NOT_A_STRING = "`event_type` must be a string, got {value}"
    UNKNOWN_EVENT_TYPE = "unknown event_type `{event_type}` (expected one of: {known})"
    MISSING_FIELD = "missing required field `{field}` for event_type `{event_type}`"
    BAD_EVENT_TIME = "`event_time` must be an RFC 3339 timestamp with an offset, got {value}"
    WRONG_VALUE = "`{field}` must be {expected}, got {value}"
    WRONG_REPEATED_VALUE = (
        "`{field}` must be {expected} in each of its {count} copies, got {values}"
    )
    OPTIONS_NOT_EMPTY = (
        "`properties.options` must be empty for poll_type `open_ended`, got {count} option(s)"
    )
    OPTIONS_MISSING = (
        "`properties.options` must list at least one option for poll_type `{poll_type}`"
    )
    SEGMENT_ENDS_BEFORE_START = (
        "`properties.end_s` ({end_s}) must be ≥ `properties.start_s` ({start_s})"
    )
