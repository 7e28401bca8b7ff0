"""The event contract (docs/EVENTS.md): accepted rows, rejection reasons, the raw-table layout."""

from __future__ import annotations

import copy
import gc
import json
import random
import time
from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

from sessionlens.core.contract import (
    EVENT_TYPES,
    RAW_EVENT_ARROW_SCHEMA,
    RAW_EVENT_COLUMNS,
    RejectedEvent,
    raw_tables_ddl,
    validate_event,
    validate_line,
)

LOAD_COLUMNS = ("source_file", "line_number", "batch_id")

CONTEXT = {
    "country": "DE",
    "region": "BE",
    "city": "Berlin",
    "platform": "desktop",
    "device": "MacBook Pro",
    "os": "macOS",
    "os_version": "14.4",
    "browser": "Chrome",
    "browser_version": "123.0",
    "sdk_version": "2.3.1",
}

# A valid `properties` object per type and the property columns it must fill.
PROPERTIES: dict[str, tuple[dict[str, object], dict[str, object]]] = {
    "session_started": (
        {"meeting_id": "abcd-efgh-ijkl", "title": "Launch", "recording_id": "rec-1"},
        {"meeting_id": "abcd-efgh-ijkl", "title": "Launch", "recording_id": "rec-1"},
    ),
    "session_ended": ({}, {}),
    "service_started": ({"service": "hls"}, {"service": "hls"}),
    "service_stopped": ({"service": "rtmp"}, {"service": "rtmp"}),
    "participant_joined": (
        {
            "name": "Ann Lee",
            "job_title": "CTO",
            "company": "Acme",
            "industry": "Software",
            "role": "speaker",
            "connect_ms": 850,
        },
        {
            "name": "Ann Lee",
            "job_title": "CTO",
            "company": "Acme",
            "industry": "Software",
            "role": "speaker",
            "connect_ms": 850,
        },
    ),
    "participant_left": ({"reason": "network"}, {"reason": "network"}),
    "view_heartbeat": (
        {"tab_in_focus": True, "fullscreen": False, "sound_on": True},
        {"tab_in_focus": True, "fullscreen": False, "sound_on": True},
    ),
    "reaction": ({"reaction": "clap"}, {"reaction": "clap"}),
    "chat_message": ({"message_id": "m-1"}, {"message_id": "m-1"}),
    "poll_launched": (
        {
            "poll_id": "poll-1",
            "question": "Ship it?",
            "poll_type": "single_choice",
            "options": ["Yes", "No"],
        },
        {
            "poll_id": "poll-1",
            "question": "Ship it?",
            "poll_type": "single_choice",
            "options": ["Yes", "No"],
        },
    ),
    "poll_answered": (
        {"poll_id": "poll-1", "answers": ["Yes"]},
        {"poll_id": "poll-1", "answers": ["Yes"]},
    ),
    "qa_thread_created": ({"thread_id": "t-1"}, {"thread_id": "t-1"}),
    "attachment_downloaded": (
        {"attachment_id": "a-1", "file_name": "slides.pdf"},
        {"attachment_id": "a-1", "file_name": "slides.pdf"},
    ),
    "hand_raised": ({}, {}),
    "player_impression": ({"recording_id": "rec-1"}, {"recording_id": "rec-1"}),
    "play_started": (
        {"recording_id": "rec-1", "play_id": "play-1"},
        {"recording_id": "rec-1", "play_id": "play-1"},
    ),
    "play_segment": (
        {
            "recording_id": "rec-1",
            "play_id": "play-1",
            "start_s": 10,
            "end_s": 20.5,
            "duration_s": 3600,
        },
        {
            "recording_id": "rec-1",
            "play_id": "play-1",
            "start_s": 10.0,
            "end_s": 20.5,
            "duration_s": 3600.0,
        },
    ),
    "quality_sample": (
        {
            "media": "video",
            "direction": "receive",
            "peer_user_id": "u-2",
            "jitter_ms": 12.5,
            "rtt_ms": 80,
            "bitrate_kbps": 1200,
            "packet_loss_pct": 100,
            "width": 1280,
            "height": 720,
            "fps": 29.97,
        },
        {
            "media": "video",
            "direction": "receive",
            "peer_user_id": "u-2",
            "jitter_ms": 12.5,
            "rtt_ms": 80.0,
            "bitrate_kbps": 1200.0,
            "packet_loss_pct": 100.0,
            "width": 1280,
            "height": 720,
            "fps": 29.97,
        },
    ),
    "error": (
        {"error_type": "network", "code": "E_TIMEOUT", "message": "ICE failed"},
        {"error_type": "network", "code": "E_TIMEOUT", "message": "ICE failed"},
    ),
    "app_event": ({"name": "App Launched"}, {"name": "App Launched"}),
}

EXPECTED_ENVELOPE = {
    "event_id": "evt-1",
    "event_at": datetime(2026, 3, 1, 8, 0, 5, 250000),
    "partner_id": "acme",
    "user_id": "u-1",
    "session_id": "s-1",
    "source": "api",
    "has_context": True,
    **CONTEXT,
}


def make_event(event_type: str, **envelope: object) -> dict[str, object]:
    """A valid event of `event_type` with every optional part present; keywords override."""
    event: dict[str, object] = {
        "event_id": "evt-1",
        "event_type": event_type,
        "event_time": "2026-03-01T10:00:05.250+02:00",
        "partner_id": "acme",
        "user_id": "u-1",
        "session_id": "s-1",
        "source": "api",
        "context": dict(CONTEXT),
        "properties": copy.deepcopy(PROPERTIES[event_type][0]),
    }
    event.update(envelope)
    return event


DELETE = object()


def mutated(event_type: str, changes: dict[str, object]) -> bytes:
    """A valid event with dotted-path `changes` applied (DELETE removes the key), as a line."""
    event = make_event(event_type)
    for path, value in changes.items():
        *parents, key = path.split(".")
        target = event
        for parent in parents:
            target = target[parent]  # type: ignore[assignment]
        if value is DELETE:
            del target[key]  # type: ignore[attr-defined]
        else:
            target[key] = value  # type: ignore[index]
    return json.dumps(event).encode()


def expected_row(columns: dict[str, object]) -> tuple:
    return tuple(columns.get(column) for column in RAW_EVENT_COLUMNS)


def as_line(event: object) -> bytes:
    return json.dumps(event).encode()


# --- the raw-table layout ------------------------------------------------------------------

DUCKDB_TYPE_TO_ARROW = {
    "VARCHAR": pa.string(),
    "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
    "TIMESTAMP": pa.timestamp("us"),
    "VARCHAR[]": pa.list_(pa.string()),
}


@pytest.fixture
def raw_db() -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect(":memory:")
    connection.execute(raw_tables_ddl())
    yield connection
    connection.close()


def test_columns_match_the_events_ddl(raw_db: duckdb.DuckDBPyConnection) -> None:
    described = raw_db.execute("describe events").fetchall()
    names = tuple(row[0] for row in described)
    assert names[-3:] == LOAD_COLUMNS
    assert names[:-3] == RAW_EVENT_COLUMNS
    for (name, duck_type, nullable, *_), field in zip(
        described, RAW_EVENT_ARROW_SCHEMA, strict=False
    ):
        assert field.name == name
        assert field.type == DUCKDB_TYPE_TO_ARROW[duck_type], name
        assert field.nullable == (nullable == "YES"), name


def test_arrow_table_of_rows_inserts_into_the_events_table(
    raw_db: duckdb.DuckDBPyConnection,
) -> None:
    rows = [validate_event(make_event(event_type)) for event_type in EVENT_TYPES]
    columns = list(zip(*rows, strict=True))
    batch = pa.Table.from_arrays(
        [
            pa.array(values, type=field.type)
            for values, field in zip(columns, RAW_EVENT_ARROW_SCHEMA, strict=True)
        ],
        schema=RAW_EVENT_ARROW_SCHEMA,
    )
    batch = batch.append_column("source_file", pa.array(["f.jsonl"] * len(rows)))
    batch = batch.append_column("line_number", pa.array(range(1, len(rows) + 1), pa.int64()))
    batch = batch.append_column("batch_id", pa.array(["b-1"] * len(rows)))
    raw_db.register("batch", batch)
    raw_db.execute("insert into events select * from batch")

    stored = raw_db.execute(
        "select event_type, event_at, options, connect_ms, packet_loss_pct, has_context "
        "from events order by line_number"
    ).fetchall()
    assert len(stored) == len(EVENT_TYPES)
    by_type = {row[0]: row[1:] for row in stored}
    assert by_type["poll_launched"][:2] == (datetime(2026, 3, 1, 8, 0, 5, 250000), ["Yes", "No"])
    assert by_type["participant_joined"][2] == 850
    assert by_type["quality_sample"][3] == 100.0
    assert all(row[5] is True for row in stored)


# --- accepted events -----------------------------------------------------------------------


@pytest.mark.parametrize("event_type", EVENT_TYPES)
def test_every_event_type_yields_its_exact_row(event_type: str) -> None:
    properties = PROPERTIES[event_type][1]
    expected = expected_row({**EXPECTED_ENVELOPE, "event_type": event_type, **properties})
    assert validate_line(as_line(make_event(event_type))) == expected


def test_event_types_are_the_twenty_of_the_spec() -> None:
    assert tuple(PROPERTIES) == EVENT_TYPES


@pytest.mark.parametrize(
    ("event_time", "event_at"),
    [
        ("2026-03-01T10:00:05.250+02:00", datetime(2026, 3, 1, 8, 0, 5, 250000)),
        ("2026-03-01T10:00:05Z", datetime(2026, 3, 1, 10, 0, 5)),
        ("2026-03-01T10:00:05.123456z", datetime(2026, 3, 1, 10, 0, 5, 123456)),
        ("2026-03-01T00:30:00-05:30", datetime(2026, 3, 1, 6, 0, 0)),
        ("2026-01-01T01:00:00+02:00", datetime(2025, 12, 31, 23, 0, 0)),
    ],
)
def test_event_time_is_normalized_to_naive_utc(event_time: str, event_at: datetime) -> None:
    row = validate_line(as_line(make_event("reaction", event_time=event_time)))
    assert row[RAW_EVENT_COLUMNS.index("event_at")] == event_at
    assert row[RAW_EVENT_COLUMNS.index("event_at")].tzinfo is None


def test_minimal_event_gets_defaults_and_nulls() -> None:
    line = as_line(
        {
            "event_id": "e",
            "event_type": "session_ended",
            "event_time": "2026-03-01T10:00:00Z",
            "partner_id": "p",
            "session_id": "s",
        }
    )
    assert validate_line(line) == expected_row(
        {
            "event_id": "e",
            "event_type": "session_ended",
            "event_at": datetime(2026, 3, 1, 10),
            "partner_id": "p",
            "session_id": "s",
            "source": "sdk",
            "has_context": False,
        }
    )


@pytest.mark.parametrize(
    "event_type",
    ["session_started", "session_ended", "service_started", "service_stopped", "poll_launched"],
)
def test_user_id_is_optional_for_session_level_types(event_type: str) -> None:
    event = make_event(event_type)
    del event["user_id"]
    assert validate_event(event)[RAW_EVENT_COLUMNS.index("user_id")] is None


def test_app_event_needs_no_session_but_keeps_one_it_is_given() -> None:
    without = make_event("app_event")
    del without["session_id"]
    assert validate_event(without)[RAW_EVENT_COLUMNS.index("session_id")] is None
    assert validate_event(make_event("app_event"))[RAW_EVENT_COLUMNS.index("session_id")] == "s-1"


@pytest.mark.parametrize(
    ("context", "has_context"),
    [
        ({}, False),
        ({"screen": "4k"}, False),
        ({"country": None}, False),
        ({"country": "US"}, True),
        ({"browser": ""}, True),
    ],
)
def test_has_context_means_a_known_key_is_given(context: dict, has_context: bool) -> None:
    row = validate_event(make_event("reaction", context=context))
    assert row[RAW_EVENT_COLUMNS.index("has_context")] is has_context
    assert row[RAW_EVENT_COLUMNS.index("country")] == context.get("country")


def test_optional_fields_may_be_null() -> None:
    event = make_event("participant_joined", user_id="u-1", context=None)
    event["properties"].update(job_title=None, role=None)  # type: ignore[attr-defined]
    row = dict(zip(RAW_EVENT_COLUMNS, validate_event(event), strict=True))
    assert (row["has_context"], row["job_title"], row["role"]) == (False, None, None)
    assert row["company"] == "Acme"


def test_properties_may_be_omitted_when_the_type_requires_none() -> None:
    event = make_event("participant_left")
    del event["properties"]
    assert validate_event(event)[RAW_EVENT_COLUMNS.index("reason")] is None


@pytest.mark.parametrize(("code", "stored"), [(404, "404"), (-3, "-3"), ("E_ICE", "E_ICE")])
def test_error_code_is_kept_as_text(code: object, stored: str) -> None:
    event = make_event("error")
    event["properties"]["code"] = code  # type: ignore[index]
    assert validate_event(event)[RAW_EVENT_COLUMNS.index("code")] == stored


def test_open_ended_poll_has_no_options() -> None:
    event = make_event("poll_launched")
    event["properties"].update(poll_type="open_ended", options=[])  # type: ignore[attr-defined]
    row = dict(zip(RAW_EVENT_COLUMNS, validate_event(event), strict=True))
    assert (row["poll_type"], row["options"]) == ("open_ended", [])


def test_unknown_fields_are_ignored_at_every_level() -> None:
    event = make_event("reaction", extra={"nested": [1, 2]}, Event_Type="bogus")
    event["context"]["screen"] = 42  # type: ignore[index]
    # Keys of other types' properties are unknown here too, whatever their value.
    event["properties"].update(connect_ms="not a number", name=None, reaction_count=3)  # type: ignore[attr-defined]
    assert validate_event(event) == validate_event(make_event("reaction"))


@pytest.mark.parametrize("suffix", [b"\n", b"\r\n", b"  \t\r\n"])
def test_line_endings_and_surrounding_whitespace_are_tolerated(suffix: bytes) -> None:
    line = as_line(make_event("reaction"))
    assert validate_line(b" " + line + suffix) == validate_line(line)


def test_non_ascii_text_is_kept() -> None:
    event = make_event("participant_joined")
    event["properties"]["name"] = "Zoë Ørsted 😀"  # type: ignore[index]
    line = json.dumps(event, ensure_ascii=False).encode()
    assert validate_line(line)[RAW_EVENT_COLUMNS.index("name")] == "Zoë Ørsted 😀"


# --- rejected events -----------------------------------------------------------------------

EVENT_TYPE_LIST = ", ".join(EVENT_TYPES)
BAD_BYTES_IN_UNKNOWN_FIELD = mutated("reaction", {"note": "x"}).replace(b'"x"', b'"\xc3("')
BAD_BYTE_AT = BAD_BYTES_IN_UNKNOWN_FIELD.index(0xC3)
RFC3339 = "`event_time` must be an RFC 3339 timestamp with an offset, got"
REJECTIONS: list[tuple[str, bytes, str]] = [
    ("invalid-utf8", b'{"event_id": "\xff"}', "not valid UTF-8: invalid start byte at byte 14"),
    (
        "invalid-utf8-in-unknown-field",
        BAD_BYTES_IN_UNKNOWN_FIELD,
        f"not valid UTF-8: invalid continuation byte at byte {BAD_BYTE_AT}",
    ),
    ("not-json", b'{"event_id" "e"}', "not valid JSON: expected ':' (byte 12)"),
    (
        "truncated",
        b'{"event_id": "e",',
        "not valid JSON: the line ends before the JSON value is complete",
    ),
    (
        "trailing-data",
        b'{"event_id": "e"} {}',
        "not valid JSON: trailing characters (byte 19)",
    ),
    (
        "lone-surrogate",
        mutated("reaction", {"properties.reaction": "\ud83d"}),
        "not valid JSON: unpaired UTF-16 surrogate escape `\\ud83d`",
    ),
    ("too-deep", b"[" * 5000 + b"]" * 5000, "JSON nested too deeply to read"),
    ("empty", b"", "empty line: expected one JSON event object"),
    ("blank", b"  \r\n", "empty line: expected one JSON event object"),
    ("array", b"[1, 2]", "an event must be a JSON object, got an array"),
    ("string", b'"event"', "an event must be a JSON object, got a string"),
    ("null", b"null", "an event must be a JSON object, got null"),
    (
        "unknown-type",
        mutated("reaction", {"event_type": "foo"}),
        f"unknown event_type `foo` (expected one of: {EVENT_TYPE_LIST})",
    ),
    (
        "type-case-sensitive",
        mutated("reaction", {"event_type": "Reaction"}),
        f"unknown event_type `Reaction` (expected one of: {EVENT_TYPE_LIST})",
    ),
    (
        "type-not-string",
        mutated("reaction", {"event_type": 7}),
        "`event_type` must be a string, got 7",
    ),
    (
        "type-missing",
        mutated("reaction", {"event_type": DELETE}),
        "missing required field `event_type`",
    ),
    (
        "event-id-missing",
        mutated("reaction", {"event_id": DELETE}),
        "missing required field `event_id` for event_type `reaction`",
    ),
    (
        "event-id-empty",
        mutated("reaction", {"event_id": ""}),
        '`event_id` must be a non-empty string, got ""',
    ),
    (
        "partner-missing",
        mutated("reaction", {"partner_id": DELETE}),
        "missing required field `partner_id` for event_type `reaction`",
    ),
    (
        "partner-not-string",
        mutated("reaction", {"partner_id": 5}),
        "`partner_id` must be a non-empty string, got 5",
    ),
    (
        "user-missing",
        mutated("reaction", {"user_id": DELETE}),
        "missing required field `user_id` for event_type `reaction`",
    ),
    (
        "user-null",
        mutated("reaction", {"user_id": None}),
        "`user_id` must be a non-empty string, got null",
    ),
    (
        "session-missing",
        mutated("participant_joined", {"session_id": DELETE}),
        "missing required field `session_id` for event_type `participant_joined`",
    ),
    (
        "time-missing",
        mutated("reaction", {"event_time": DELETE}),
        "missing required field `event_time` for event_type `reaction`",
    ),
    (
        "time-naive",
        mutated("reaction", {"event_time": "2026-03-01T10:00:05"}),
        f'{RFC3339} "2026-03-01T10:00:05"',
    ),
    (
        "time-unparseable",
        mutated("reaction", {"event_time": "2026-03-01 10:00"}),
        f'{RFC3339} "2026-03-01 10:00"',
    ),
    (
        "time-date-only",
        mutated("reaction", {"event_time": "2026-03-01"}),
        f'{RFC3339} "2026-03-01"',
    ),
    (
        "time-impossible",
        mutated("reaction", {"event_time": "2026-02-30T10:00:00Z"}),
        f'{RFC3339} "2026-02-30T10:00:00Z"',
    ),
    ("time-epoch-number", mutated("reaction", {"event_time": 1772359205}), f"{RFC3339} 1772359205"),
    (
        "time-out-of-range",
        mutated("reaction", {"event_time": "0001-01-01T00:30:00+01:00"}),
        f'{RFC3339} "0001-01-01T00:30:00+01:00"',
    ),
    (
        "source",
        mutated("reaction", {"source": "web"}),
        '`source` must be one of `api`, `sdk`, got "web"',
    ),
    (
        "context-not-object",
        mutated("reaction", {"context": "DE"}),
        '`context` must be an object, got "DE"',
    ),
    (
        "context-key-not-string",
        mutated("reaction", {"context.country": 49}),
        "`context.country` must be a string, got 49",
    ),
    (
        "platform",
        mutated("reaction", {"context.platform": "phone"}),
        '`context.platform` must be one of `desktop`, `mobile`, `tablet`, `tv`, got "phone"',
    ),
    (
        "properties-missing",
        mutated("reaction", {"properties": DELETE}),
        "missing required field `properties` for event_type `reaction`",
    ),
    (
        "properties-null",
        mutated("reaction", {"properties": None}),
        "`properties` must be an object, got null",
    ),
    (
        "properties-array",
        mutated("hand_raised", {"properties": []}),
        "`properties` must be an object, got []",
    ),
    (
        "property-missing",
        mutated("participant_joined", {"properties.connect_ms": DELETE}),
        "missing required field `properties.connect_ms` for event_type `participant_joined`",
    ),
    (
        "meeting-id-missing",
        mutated("session_started", {"properties.meeting_id": DELETE}),
        "missing required field `properties.meeting_id` for event_type `session_started`",
    ),
    (
        "title-empty",
        mutated("session_started", {"properties.title": ""}),
        '`properties.title` must be a non-empty string, got ""',
    ),
    (
        "service",
        mutated("service_started", {"properties.service": "webrtc"}),
        '`properties.service` must be one of `hls`, `recording`, `rtmp`, got "webrtc"',
    ),
    (
        "role",
        mutated("participant_joined", {"properties.role": "admin"}),
        '`properties.role` must be one of `attendee`, `host`, `moderator`, `speaker`, got "admin"',
    ),
    (
        "connect-ms-negative",
        mutated("participant_joined", {"properties.connect_ms": -1}),
        "`properties.connect_ms` must be a 64-bit integer ≥ 0, got -1",
    ),
    (
        "connect-ms-float",
        mutated("participant_joined", {"properties.connect_ms": 12.0}),
        "`properties.connect_ms` must be a 64-bit integer ≥ 0, got 12.0",
    ),
    (
        "connect-ms-bool",
        mutated("participant_joined", {"properties.connect_ms": True}),
        "`properties.connect_ms` must be a 64-bit integer ≥ 0, got true",
    ),
    (
        "connect-ms-string",
        mutated("participant_joined", {"properties.connect_ms": "12"}),
        '`properties.connect_ms` must be a 64-bit integer ≥ 0, got "12"',
    ),
    (
        "connect-ms-too-big",
        mutated("participant_joined", {"properties.connect_ms": 2**63}),
        "`properties.connect_ms` must be a 64-bit integer ≥ 0, got 9223372036854775808",
    ),
    (
        "bool-as-int",
        mutated("view_heartbeat", {"properties.sound_on": 1}),
        "`properties.sound_on` must be a boolean (true or false), got 1",
    ),
    (
        "bool-missing",
        mutated("view_heartbeat", {"properties.fullscreen": DELETE}),
        "missing required field `properties.fullscreen` for event_type `view_heartbeat`",
    ),
    (
        "poll-type",
        mutated("poll_launched", {"properties.poll_type": "ranking"}),
        "`properties.poll_type` must be one of `multiple_choice`, `open_ended`, `rating`, "
        '`single_choice`, got "ranking"',
    ),
    (
        "options-not-list",
        mutated("poll_launched", {"properties.options": "Yes,No"}),
        '`properties.options` must be a list of strings, got "Yes,No"',
    ),
    (
        "option-not-string",
        mutated("poll_launched", {"properties.options": ["Yes", 2]}),
        "`properties.options[1]` must be a string, got 2",
    ),
    (
        "choice-poll-without-options",
        mutated("poll_launched", {"properties.options": []}),
        "`properties.options` must list at least one option for poll_type `single_choice`",
    ),
    (
        "open-poll-with-options",
        mutated("poll_launched", {"properties.poll_type": "open_ended"}),
        "`properties.options` must be empty for poll_type `open_ended`, got 2 option(s)",
    ),
    (
        "answers-empty",
        mutated("poll_answered", {"properties.answers": []}),
        "`properties.answers` must be a non-empty list of strings, got []",
    ),
    (
        "answers-not-list",
        mutated("poll_answered", {"properties.answers": "Yes"}),
        '`properties.answers` must be a non-empty list of strings, got "Yes"',
    ),
    (
        "media",
        mutated("quality_sample", {"properties.media": "data"}),
        '`properties.media` must be one of `audio`, `screen_share`, `video`, got "data"',
    ),
    (
        "direction",
        mutated("quality_sample", {"properties.direction": "both"}),
        '`properties.direction` must be one of `receive`, `send`, got "both"',
    ),
    (
        "jitter-negative",
        mutated("quality_sample", {"properties.jitter_ms": -0.5}),
        "`properties.jitter_ms` must be a number ≥ 0, got -0.5",
    ),
    (
        "rtt-missing",
        mutated("quality_sample", {"properties.rtt_ms": DELETE}),
        "missing required field `properties.rtt_ms` for event_type `quality_sample`",
    ),
    (
        "bitrate-string",
        mutated("quality_sample", {"properties.bitrate_kbps": "fast"}),
        '`properties.bitrate_kbps` must be a number ≥ 0, got "fast"',
    ),
    (
        "packet-loss-above-100",
        mutated("quality_sample", {"properties.packet_loss_pct": 140}),
        "`properties.packet_loss_pct` must be a number between 0 and 100, got 140",
    ),
    (
        "packet-loss-negative",
        mutated("quality_sample", {"properties.packet_loss_pct": -1}),
        "`properties.packet_loss_pct` must be a number between 0 and 100, got -1",
    ),
    (
        "number-overflow",
        mutated("quality_sample", {"properties.rtt_ms": 1}).replace(
            b'"rtt_ms": 1', b'"rtt_ms": 1e999'
        ),
        "`properties.rtt_ms` must be a number ≥ 0, got a number too large to represent",
    ),
    (
        "width-float",
        mutated("quality_sample", {"properties.width": 1280.5}),
        "`properties.width` must be a 64-bit integer ≥ 0, got 1280.5",
    ),
    (
        "height-negative",
        mutated("quality_sample", {"properties.height": -720}),
        "`properties.height` must be a 64-bit integer ≥ 0, got -720",
    ),
    (
        "fps-negative",
        mutated("quality_sample", {"properties.fps": -1}),
        "`properties.fps` must be a number ≥ 0, got -1",
    ),
    (
        "peer-empty",
        mutated("quality_sample", {"properties.peer_user_id": ""}),
        '`properties.peer_user_id` must be a non-empty string, got ""',
    ),
    (
        "start-negative",
        mutated("play_segment", {"properties.start_s": -1}),
        "`properties.start_s` must be a number ≥ 0, got -1",
    ),
    (
        "duration-negative",
        mutated("play_segment", {"properties.duration_s": -60}),
        "`properties.duration_s` must be a number ≥ 0, got -60",
    ),
    (
        "end-before-start",
        mutated("play_segment", {"properties.start_s": 5, "properties.end_s": 3}),
        "`properties.end_s` (3.0) must be ≥ `properties.start_s` (5.0)",
    ),
    (
        "play-id-missing",
        mutated("play_started", {"properties.play_id": DELETE}),
        "missing required field `properties.play_id` for event_type `play_started`",
    ),
    (
        "code-bool",
        mutated("error", {"properties.code": False}),
        "`properties.code` must be a non-empty string or an integer, got false",
    ),
    (
        "code-float",
        mutated("error", {"properties.code": 4.5}),
        "`properties.code` must be a non-empty string or an integer, got 4.5",
    ),
    (
        "message-empty",
        mutated("error", {"properties.message": ""}),
        '`properties.message` must be a non-empty string, got ""',
    ),
    (
        "app-event-name-missing",
        mutated("app_event", {"properties.name": DELETE}),
        "missing required field `properties.name` for event_type `app_event`",
    ),
    (
        "file-name-not-string",
        mutated("attachment_downloaded", {"properties.file_name": ["a.pdf"]}),
        '`properties.file_name` must be a string, got ["a.pdf"]',
    ),
]


@pytest.mark.parametrize(
    ("line", "reason"),
    [pytest.param(line, reason, id=case) for case, line, reason in REJECTIONS],
)
def test_rejection_reason(line: bytes, reason: str) -> None:
    with pytest.raises(RejectedEvent) as rejected:
        validate_line(line)
    assert rejected.value.reason == reason
    assert str(rejected.value) == reason


@pytest.mark.parametrize(
    ("line", "partner_id", "event_type"),
    [
        pytest.param(
            mutated("reaction", {"properties.reaction": 1}), "acme", "reaction", id="bad-field"
        ),
        pytest.param(mutated("reaction", {"event_type": "foo"}), "acme", "foo", id="unknown-type"),
        pytest.param(mutated("reaction", {"event_type": 3}), "acme", None, id="type-not-string"),
        pytest.param(mutated("reaction", {"partner_id": ""}), "", "reaction", id="partner-empty"),
        pytest.param(
            mutated("reaction", {"partner_id": 5}), None, "reaction", id="partner-not-string"
        ),
        pytest.param(
            mutated("reaction", {"note": "x"}).replace(b'"x"', b'"\xff"'),
            "acme",
            "reaction",
            id="invalid-utf8",
        ),
        pytest.param(
            b'{"partner_id": "acme", "event_type": "reaction",', None, None, id="not-json"
        ),
        pytest.param(b'[{"partner_id": "acme"}]', None, None, id="not-object"),
    ],
)
def test_rejection_names_the_owner_when_readable(
    line: bytes, partner_id: str | None, event_type: str | None
) -> None:
    with pytest.raises(RejectedEvent) as rejected:
        validate_line(line)
    assert (rejected.value.partner_id, rejected.value.event_type) == (partner_id, event_type)


# --- validate_event mirrors validate_line --------------------------------------------------


@pytest.mark.parametrize("event_type", EVENT_TYPES)
def test_validate_event_accepts_what_validate_line_accepts(event_type: str) -> None:
    line = as_line(make_event(event_type))
    assert validate_event(json.loads(line)) == validate_line(line)


def parsed_json(line: bytes) -> object:
    """`line` as the API would receive it: a Python value parsed by a strict JSON parser."""
    value = json.loads(line)
    json.dumps(value, allow_nan=False, ensure_ascii=False).encode()  # no inf, nan, lone surrogate
    return value


def parses_cleanly(line: bytes) -> bool:
    try:
        parsed_json(line)
    except (ValueError, RecursionError):
        return False
    return True


@pytest.mark.parametrize(
    "line",
    [pytest.param(line, id=case) for case, line, _ in REJECTIONS if parses_cleanly(line)],
)
def test_validate_event_rejects_like_validate_line(line: bytes) -> None:
    with pytest.raises(RejectedEvent) as from_line:
        validate_line(line)
    with pytest.raises(RejectedEvent) as from_event:
        validate_event(parsed_json(line))
    assert (from_event.value.reason, from_event.value.partner_id, from_event.value.event_type) == (
        from_line.value.reason,
        from_line.value.partner_id,
        from_line.value.event_type,
    )


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (object(), "not a JSON value: Encoding objects of type object is unsupported"),
        (
            {"partner_id": "acme", "event_id": "\ud800"},
            "not a JSON value: 'utf-8' codec can't encode character '\\ud800' in position 0: "
            "surrogates not allowed",
        ),
    ],
)
def test_validate_event_rejects_values_without_json_form(value: object, reason: str) -> None:
    with pytest.raises(RejectedEvent) as rejected:
        validate_event(value)
    assert (rejected.value.reason, rejected.value.partner_id) == (reason, None)


# --- throughput (reported, not asserted) ---------------------------------------------------

# Roughly the shares of a live session: heartbeats and quality samples every 10 s dominate.
MIX = {
    "view_heartbeat": 50,
    "quality_sample": 30,
    "reaction": 4,
    "chat_message": 4,
    "play_segment": 3,
    "app_event": 3,
    "participant_joined": 2,
    "poll_answered": 2,
    "participant_left": 1,
    "error": 1,
}


def test_throughput_on_a_realistic_mix() -> None:
    rng = random.Random(7)
    lines = []
    for index in range(60_000):
        event_type = rng.choices(list(MIX), weights=list(MIX.values()))[0]
        offset = "Z" if rng.random() < 0.9 else "+02:00"
        event = make_event(
            event_type,
            event_id=f"evt-{index:012d}",
            user_id=f"user-{rng.randrange(5000):06d}",
            event_time=f"2026-03-01T10:{index % 60:02d}:05.{index % 1000:03d}{offset}",
        )
        if rng.random() < 0.3:
            del event["context"]
        lines.append(json.dumps(event, separators=(",", ":")).encode())

    average_bytes = sum(map(len, lines)) / len(lines)
    print(f"\nvalidate_line on a realistic mix ({average_bytes:.0f} B/line):")
    # Bulk ingestion holds a batch of rows; the cyclic GC rescanning them is a large share
    # of the cost, so the figure without it is what an ingester that pauses the GC gets.
    for label, collect in (("gc enabled", True), ("gc paused", False)):
        if not collect:
            gc.disable()
        try:
            started = time.perf_counter()
            rows = [validate_line(line) for line in lines]
            elapsed = time.perf_counter() - started
        finally:
            gc.enable()
        assert len(rows) == len(lines)
        print(f"  {label}: {len(lines) / elapsed:,.0f} lines/s")


def test_producer_doc_names_every_type_and_property() -> None:
    doc = (Path(__file__).parents[2] / "docs" / "EVENTS.md").read_text()
    named = {f"`{event_type}`" for event_type in EVENT_TYPES}
    named |= {f"`{key}`" for properties, _ in PROPERTIES.values() for key in properties}
    assert {name for name in named if name not in doc} == set()
