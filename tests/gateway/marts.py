"""The mart tables of a snapshot (columns as in docs/ARCHITECTURE.md) and a writer for
hand-written rows."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import duckdb

from sessionlens.core.settings import Paths
from sessionlens.core.snapshots import write_current

_CONTEXT = "country VARCHAR, platform VARCHAR, device VARCHAR, os VARCHAR, browser VARCHAR"
MART_COLUMNS = {
    "sessions": "partner_id VARCHAR, session_id VARCHAR, meeting_id VARCHAR, title VARCHAR, "
    "recording_id VARCHAR, status VARCHAR, started_at TIMESTAMP, ended_at TIMESTAMP, "
    "duration_minutes DOUBLE, initiating_ms BIGINT, unique_participants BIGINT, "
    "participant_minutes DOUBLE, has_recording BOOLEAN, has_hls BOOLEAN, has_rtmp BOOLEAN, "
    "watermark_at TIMESTAMP",
    "participants": "partner_id VARCHAR, session_id VARCHAR, user_id VARCHAR, name VARCHAR, "
    "job_title VARCHAR, company VARCHAR, industry VARCHAR, role VARCHAR, "
    "is_participant BOOLEAN, is_live_viewer BOOLEAN, is_recording_viewer BOOLEAN, "
    "is_viewer BOOLEAN, joined_at TIMESTAMP, left_at TIMESTAMP, participant_minutes DOUBLE, "
    "connect_ms BIGINT, join_count BIGINT, heartbeats BIGINT, engaged_heartbeats BIGINT, "
    "live_minutes_viewed DOUBLE, live_engagement_rate DOUBLE, recording_plays BIGINT, "
    "recording_minutes_viewed DOUBLE, minutes_viewed DOUBLE, reactions BIGINT, "
    "chat_messages BIGINT, polls_answered BIGINT, qa_threads BIGINT, "
    "attachment_downloads BIGINT, hands_raised BIGINT, country VARCHAR, region VARCHAR, "
    "city VARCHAR, platform VARCHAR, device VARCHAR, os VARCHAR, os_version VARCHAR, "
    "browser VARCHAR, browser_version VARCHAR, sdk_version VARCHAR",
    "timeline": "partner_id VARCHAR, session_id VARCHAR, user_id VARCHAR, minute_at TIMESTAMP, "
    "heartbeats BIGINT, engaged_heartbeats BIGINT, reactions BIGINT, chat_messages BIGINT, "
    "name VARCHAR, country VARCHAR, device VARCHAR, platform VARCHAR",
    "timeline_ten_seconds": "partner_id VARCHAR, session_id VARCHAR, user_id VARCHAR, "
    "ten_seconds_at TIMESTAMP, minute_at TIMESTAMP, heartbeats BIGINT, "
    "engaged_heartbeats BIGINT, reactions BIGINT, chat_messages BIGINT, name VARCHAR, "
    "country VARCHAR, device VARCHAR, platform VARCHAR",
    "polls": "partner_id VARCHAR, session_id VARCHAR, poll_id VARCHAR, question VARCHAR, "
    "poll_type VARCHAR, options VARCHAR[], option_count BIGINT, launched_at TIMESTAMP, "
    "respondents BIGINT",
    "poll_answers": "partner_id VARCHAR, session_id VARCHAR, poll_id VARCHAR, answer VARCHAR, "
    "user_id VARCHAR, is_chosen BOOLEAN, answered_at TIMESTAMP",
    "recordings": "partner_id VARCHAR, session_id VARCHAR, recording_id VARCHAR, "
    "user_id VARCHAR, activity VARCHAR, activity_at TIMESTAMP, play_id VARCHAR, "
    "has_play_start BOOLEAN, duration_s DOUBLE, minutes_viewed DOUBLE, "
    "completion_rate DOUBLE, region VARCHAR, city VARCHAR, " + _CONTEXT,
    "viewer_contexts": "partner_id VARCHAR, session_id VARCHAR, user_id VARCHAR, "
    "side VARCHAR, " + _CONTEXT,
    "countries": "partner_id VARCHAR, session_id VARCHAR, country VARCHAR, "
    "live_unique_viewers BIGINT, recording_unique_viewers BIGINT, unique_viewers BIGINT",
    "devices": "partner_id VARCHAR, session_id VARCHAR, platform VARCHAR, device VARCHAR, "
    "os VARCHAR, browser VARCHAR, live_unique_viewers BIGINT, "
    "recording_unique_viewers BIGINT, unique_viewers BIGINT",
    "quality_samples": "partner_id VARCHAR, session_id VARCHAR, event_id VARCHAR, "
    "sampled_at TIMESTAMP, user_id VARCHAR, sender_user_id VARCHAR, "
    "receiver_user_id VARCHAR, media VARCHAR, direction VARCHAR, jitter_ms DOUBLE, "
    "rtt_ms DOUBLE, bitrate_kbps DOUBLE, packet_loss_pct DOUBLE, fps DOUBLE, width BIGINT, "
    "height BIGINT, category VARCHAR, country VARCHAR, platform VARCHAR, browser VARCHAR",
    "errors": "partner_id VARCHAR, session_id VARCHAR, event_id VARCHAR, user_id VARCHAR, "
    "name VARCHAR, error_type VARCHAR, code VARCHAR, message VARCHAR, occurred_at TIMESTAMP",
    "app_sessions": "partner_id VARCHAR, app_session_id VARCHAR, user_id VARCHAR, "
    "started_at TIMESTAMP, ended_at TIMESTAMP, length_seconds DOUBLE, event_count BIGINT, "
    "status VARCHAR, concluded_at TIMESTAMP, length_bucket VARCHAR, platform VARCHAR, "
    "country VARCHAR",
    "app_events": "partner_id VARCHAR, event_id VARCHAR, user_id VARCHAR, event_at TIMESTAMP, "
    "name VARCHAR, app_session_id VARCHAR, is_counted BOOLEAN, excluded_reason VARCHAR, "
    "platform VARCHAR, country VARCHAR",
    "rejected_lines": "partner_id VARCHAR, file VARCHAR, line_number BIGINT, reason VARCHAR, "
    "event_type VARCHAR, rejected_at TIMESTAMP, raw_line VARCHAR",
}


def table(header: str, *values: tuple[Any, ...]) -> list[dict[str, Any]]:
    """Rows from a space-separated column header and value tuples (compact to write)."""
    columns = header.split()
    return [dict(zip(columns, row, strict=True)) for row in values]


def publish_snapshot(
    paths: Paths, snapshot_id: str, marts: Mapping[str, list[dict[str, Any]]]
) -> None:
    """Write every mart (absent ones empty) into `snapshots/<id>.duckdb`, point CURRENT at it."""
    paths.ensure()
    file_name = f"{snapshot_id}.duckdb"
    with (
        duckdb.connect(str(paths.snapshots_dir / file_name)) as connection,
        tempfile.TemporaryDirectory() as scratch,
    ):
        for mart, definition in MART_COLUMNS.items():
            connection.execute(f"create table {mart} ({definition})")
            rows = marts.get(mart, [])
            if rows:
                # Loaded from NDJSON: binding values is slow (minutes for 50 000 rows).
                columns = dict(column.split(" ", 1) for column in definition.split(", "))
                lines = Path(scratch) / f"{mart}.ndjson"
                lines.write_text(
                    "".join(
                        json.dumps({c: row.get(c) for c in columns}, default=str) + "\n"
                        for row in rows
                    )
                )
                connection.execute(
                    f"insert into {mart} select * from read_json(?, "
                    "format = 'newline_delimited', columns = ?)",
                    [str(lines), columns],
                )
    write_current(paths, snapshot_id, [file_name])
