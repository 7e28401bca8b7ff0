"""The raw layer's tables (`raw.duckdb`), declared once as Arrow schemas.

`RAW_EVENT_ARROW_SCHEMA` is the row an accepted event fills; table `events` is that row
plus three load columns (`source_file`, `line_number`, `batch_id`) the ingester adds.
`rejected_lines` keeps every refused line with its reason, `ingested_files` is the
ledger that makes re-ingesting a file a no-op. The DDL (`raw_tables_ddl`) and the
Parquet parts of ingestion derive from these schemas, and a test checks that the dbt
source declares exactly these columns.
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

RAW_TABLE_SCHEMAS: Final[dict[str, pa.Schema]] = {
    "events": RAW_EVENT_ARROW_SCHEMA.append(pa.field("source_file", _STRING, nullable=False))
    .append(pa.field("line_number", _BIGINT, nullable=False))
    .append(pa.field("batch_id", _STRING, nullable=False)),
    "rejected_lines": pa.schema(
        [
            pa.field("file", _STRING, nullable=False),
            pa.field("line_number", _BIGINT, nullable=False),
            pa.field("raw_line", _STRING, nullable=False),
            pa.field("reason", _STRING, nullable=False),
            # Set when the line is a JSON object with a string `partner_id` / `event_type`.
            pa.field("partner_id", _STRING),
            pa.field("event_type", _STRING),
            pa.field("rejected_at", pa.timestamp("us"), nullable=False),
            pa.field("batch_id", _STRING, nullable=False),
        ]
    ),
    "ingested_files": pa.schema(
        [
            pa.field("file_name", _STRING, nullable=False),
            pa.field("sha256", _STRING, nullable=False),
            pa.field("size_bytes", _BIGINT, nullable=False),
            pa.field("lines", _BIGINT, nullable=False),
            pa.field("accepted", _BIGINT, nullable=False),
            pa.field("duplicates", _BIGINT, nullable=False),
            pa.field("rejected", _BIGINT, nullable=False),
            pa.field("ingested_at", pa.timestamp("us"), nullable=False),
            pa.field("batch_id", _STRING, nullable=False),
        ]
    ),
}

_SQL_TYPES: Final = {
    _STRING: "varchar",
    _STRINGS: "varchar[]",
    _BOOL: "boolean",
    _BIGINT: "bigint",
    _DOUBLE: "double",
    pa.timestamp("us"): "timestamp",
}


def raw_tables_ddl() -> str:
    """`create table if not exists` for every raw table, in DuckDB SQL."""
    statements = []
    for table, schema in RAW_TABLE_SCHEMAS.items():
        columns = ",\n".join(
            f"    {column.name} {_SQL_TYPES[column.type]}{'' if column.nullable else ' not null'}"
            for column in schema
        )
        statements.append(f"create table if not exists {table} (\n{columns}\n);")
    return "\n\n".join(statements)
