"""The columns of raw table `events` (orchestration/sql/raw_tables.sql) that an event fills.

The table ends with three load columns (`source_file`, `line_number`, `batch_id`)
that the ingester adds; they are not part of an event's row.
"""

from __future__ import annotations

from typing import Final

import pyarrow as pa

_STRING = pa.string()
_STRINGS = pa.list_(pa.string())
_BOOL = pa.bool_()
_BIGINT = pa.int64()
_DOUBLE = pa.float64()


def _nullable(arrow_type: pa.DataType, *names: str) -> list[pa.Field]:
    return [pa.field(name, arrow_type) for name in names]


RAW_EVENT_ARROW_SCHEMA: Final[pa.Schema] = pa.schema(
    [
        pa.field("event_id", _STRING, nullable=False),
        pa.field("event_type", _STRING, nullable=False),
        # Naive on purpose: the value is UTC, and DuckDB's TIMESTAMP has no zone.
        pa.field("event_at", pa.timestamp("us"), nullable=False),
        pa.field("partner_id", _STRING, nullable=False),
        *_nullable(_STRING, "user_id", "session_id"),
        pa.field("source", _STRING, nullable=False),
        pa.field("has_context", _BOOL, nullable=False),
        *_nullable(_STRING, "country", "region", "city", "platform", "device"),
        *_nullable(_STRING, "os", "os_version", "browser", "browser_version", "sdk_version"),
        *_nullable(_STRING, "meeting_id", "title", "recording_id", "service"),
        *_nullable(_STRING, "name", "job_title", "company", "industry", "role"),
        *_nullable(_BIGINT, "connect_ms"),
        *_nullable(_STRING, "reason"),
        *_nullable(_BOOL, "tab_in_focus", "fullscreen", "sound_on"),
        *_nullable(_STRING, "reaction", "message_id", "poll_id", "question", "poll_type"),
        *_nullable(_STRINGS, "options", "answers"),
        *_nullable(_STRING, "thread_id", "attachment_id", "file_name", "play_id"),
        *_nullable(_DOUBLE, "start_s", "end_s", "duration_s"),
        *_nullable(_STRING, "media", "direction", "peer_user_id"),
        *_nullable(_DOUBLE, "jitter_ms", "rtt_ms", "bitrate_kbps", "packet_loss_pct"),
        *_nullable(_BIGINT, "width", "height"),
        *_nullable(_DOUBLE, "fps"),
        *_nullable(_STRING, "error_type", "code", "message"),
    ]
)

RAW_EVENT_COLUMNS: Final[tuple[str, ...]] = tuple(RAW_EVENT_ARROW_SCHEMA.names)

# The row layout the validator relies on: envelope, then context, then properties.
CONTEXT_COLUMNS: Final[tuple[str, ...]] = RAW_EVENT_COLUMNS[8:18]
PROPERTY_COLUMNS: Final[tuple[str, ...]] = RAW_EVENT_COLUMNS[18:]
