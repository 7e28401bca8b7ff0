"""The event contract (docs/EVENTS.md): which events are valid, why others are not, their row.

Every entry point (landing-file ingestion, `POST /events`, tests) validates
through `validate_line` / `validate_event` and stores rows in
`RAW_EVENT_COLUMNS` order. docs/EVENTS.md is the producer-facing description.
"""

from sessionlens.core.contract.columns import (
    RAW_EVENT_ARROW_SCHEMA,
    RAW_EVENT_COLUMNS,
    RAW_TABLE_SCHEMAS,
    raw_tables_ddl,
)
from sessionlens.core.contract.events import EVENT_TYPES
from sessionlens.core.contract.reasons import KEPT_PREFIX_BYTES, MAX_LINE_BYTES, UTF8_BOM, Reason
from sessionlens.core.contract.rejections import RejectedEvent, kept_raw_line, line_too_long
from sessionlens.core.contract.validate import validate_event, validate_line

__all__ = [
    "EVENT_TYPES",
    "KEPT_PREFIX_BYTES",
    "MAX_LINE_BYTES",
    "RAW_EVENT_ARROW_SCHEMA",
    "RAW_EVENT_COLUMNS",
    "RAW_TABLE_SCHEMAS",
    "UTF8_BOM",
    "Reason",
    "RejectedEvent",
    "kept_raw_line",
    "line_too_long",
    "raw_tables_ddl",
    "validate_event",
    "validate_line",
]
