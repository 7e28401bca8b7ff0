"""The event contract (SPEC §2): which events are valid, why others are not, and their raw row.

Every entry point (landing-file ingestion, `POST /events`, tests) validates
through `validate_line` / `validate_event` and stores rows in
`RAW_EVENT_COLUMNS` order. docs/EVENTS.md is the producer-facing description.
"""

from sessionlens.contract.columns import RAW_EVENT_ARROW_SCHEMA, RAW_EVENT_COLUMNS
from sessionlens.contract.events import EVENT_TYPES
from sessionlens.contract.reasons import KEPT_PREFIX_BYTES, MAX_LINE_BYTES, UTF8_BOM, Reason
from sessionlens.contract.rejections import (
    POSTED_REJECTIONS_SUFFIX,
    PostedRejection,
    RejectedEvent,
    kept_raw_line,
    line_too_long,
)
from sessionlens.contract.validate import validate_event, validate_line

__all__ = [
    "EVENT_TYPES",
    "KEPT_PREFIX_BYTES",
    "MAX_LINE_BYTES",
    "POSTED_REJECTIONS_SUFFIX",
    "RAW_EVENT_ARROW_SCHEMA",
    "RAW_EVENT_COLUMNS",
    "UTF8_BOM",
    "PostedRejection",
    "Reason",
    "RejectedEvent",
    "kept_raw_line",
    "line_too_long",
    "validate_event",
    "validate_line",
]
