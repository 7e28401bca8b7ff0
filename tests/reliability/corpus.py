"""The bad-events corpus: lines for every rejection reason and every field, and hostile files.

`line_cases` pairs each line with the reason form it must get (`Reason`, or None when
it must load) and a substring of the reason written here from docs/EVENTS.md, not
from the contract's code. Per-field cases are generated from hand-written valid
events (one per type); `contract_field_paths` reads the contract's structs only so
a test can check that every field the contract knows has a case. The hostile files
(truncated gzip, gzip bombs) are written on the fly.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from msgspec import inspect

from sessionlens.core.contract import MAX_LINE_BYTES, UTF8_BOM, Reason
from sessionlens.core.contract.events import EVENT_STRUCTS

PARTNER = "A"  # the write key of the POST tests belongs to this partner
WRONG_TYPE = {"not": "this"}  # wrong for every scalar and list field of the contract
WRONG_OBJECT = "not an object"  # wrong for `context` and `properties`
DEEP = 100_000

# Valid properties per type, written from docs/EVENTS.md: required, then optional ones.
REQUIRED_PROPERTIES: dict[str, dict[str, Any]] = {
    "session_started": {"meeting_id": "abcd-efgh-ijkl", "title": "Launch"},
    "session_ended": {},
    "service_started": {"service": "hls"},
    "service_stopped": {"service": "rtmp"},
    "participant_joined": {"name": "Ann Lee", "connect_ms": 850},
    "participant_left": {},
    "view_heartbeat": {"tab_in_focus": True, "fullscreen": False, "sound_on": True},
    "reaction": {"reaction": "clap"},
    "chat_message": {"message_id": "m-1"},
    "poll_launched": {
        "poll_id": "p-1",
        "question": "Ship it?",
        "poll_type": "single_choice",
        "options": ["Yes", "No"],
    },
    "poll_answered": {"poll_id": "p-1", "answers": ["Yes"]},
    "qa_thread_created": {"thread_id": "t-1"},
    "attachment_downloaded": {"attachment_id": "a-1"},
    "hand_raised": {},
    "player_impression": {"recording_id": "r-1"},
    "play_started": {"recording_id": "r-1", "play_id": "pl-1"},
    "play_segment": {
        "recording_id": "r-1",
        "play_id": "pl-1",
        "start_s": 0,
        "end_s": 30.5,
        "duration_s": 3600,
    },
    "quality_sample": {
        "media": "video",
        "direction": "receive",
        "jitter_ms": 12.5,
        "rtt_ms": 80,
        "bitrate_kbps": 1200,
        "packet_loss_pct": 0.4,
    },
    "error": {"error_type": "network", "code": 4001, "message": "ICE failed"},
    "app_event": {"name": "App Launched"},
}
OPTIONAL_PROPERTIES: dict[str, dict[str, Any]] = {
    "session_started": {"recording_id": "r-1"},
    "participant_joined": {
        "job_title": "CTO",
        "company": "Acme",
        "industry": "Software",
        "role": "speaker",
    },
    "participant_left": {"reason": "network"},
    "attachment_downloaded": {"file_name": "slides.pdf"},
    "quality_sample": {"peer_user_id": "u-3", "width": 1280, "height": 720, "fps": 30},
}
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
WITHOUT_USER = {
    "session_started",
    "session_ended",
    "service_started",
    "service_stopped",
    "poll_launched",
}
WITHOUT_SESSION = {"app_event"}


@dataclass(frozen=True)
class Case:
    """One line (without terminator). `reason` None: it loads as event `event_id`."""

    name: str
    line: bytes
    reason: Reason | None
    expected: str = ""
    event_id: str | None = None
    field_path: tuple[str, str] | None = None  # (event type, field) given a wrong value


def event(event_type: str, event_id: str, *, complete: bool = True) -> dict[str, Any]:
    """A valid event of `event_type`; `complete` adds the context and optional properties."""
    document: dict[str, Any] = {
        "event_id": event_id,
        "event_type": event_type,
        "event_time": "2026-03-01T10:00:05.250+02:00",
        "partner_id": PARTNER,
    }
    if complete or event_type not in WITHOUT_USER:
        document["user_id"] = "u-1"
    if complete or event_type not in WITHOUT_SESSION:
        document["session_id"] = "s-1"
    properties = dict(REQUIRED_PROPERTIES[event_type])
    if complete:
        document |= {"source": "api", "context": dict(CONTEXT)}
        properties |= OPTIONAL_PROPERTIES.get(event_type, {})
    if properties:
        document["properties"] = properties
    return document


def encode(document: object) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode()


def good(name: str, document: dict[str, Any], line: bytes | None = None) -> Case:
    return Case(name, encode(document) if line is None else line, None, "", document["event_id"])


def bad(name: str, line: bytes | dict[str, Any], reason: Reason, expected: str) -> Case:
    return Case(name, line if isinstance(line, bytes) else encode(line), reason, expected)


def _quote(value: object) -> str:
    return json.dumps(value, separators=(",", ":"))


def field_cases(prefix: str) -> list[Case]:
    """Per type: the valid event, each required field missing, each field of the wrong type."""
    cases: list[Case] = []
    for event_type in REQUIRED_PROPERTIES:
        base = event(event_type, f"{prefix}{event_type}")
        cases.append(good(f"valid {event_type}", base))
        cases.extend(_missing_cases(event_type, prefix))
        cases.extend(_wrong_type_cases(event_type, base))
    return cases


def _missing_cases(event_type: str, prefix: str) -> Iterator[Case]:
    minimal = event(event_type, f"{prefix}{event_type}-minimal", complete=False)
    yield good(f"minimal {event_type}", minimal)
    for key in minimal:
        document = {k: v for k, v in minimal.items() if k != key}
        if key == "event_type":
            yield bad("no event_type", document, Reason.MISSING_EVENT_TYPE, "`event_type`")
        else:
            expected = f"missing required field `{key}` for event_type `{event_type}`"
            yield bad(f"{event_type} without {key}", document, Reason.MISSING_FIELD, expected)
    for key in REQUIRED_PROPERTIES[event_type]:
        properties = {k: v for k, v in minimal["properties"].items() if k != key}
        document = {**minimal, "properties": properties}
        expected = f"missing required field `properties.{key}` for event_type `{event_type}`"
        yield bad(f"{event_type} without {key}", document, Reason.MISSING_FIELD, expected)


def _wrong_type_cases(event_type: str, base: dict[str, Any]) -> Iterator[Case]:
    for key in (*base, *(k for k in ("source", "context", "properties") if k not in base)):
        value = WRONG_OBJECT if key in ("context", "properties") else WRONG_TYPE
        reason = {"event_type": Reason.EVENT_TYPE_NOT_A_STRING, "event_time": Reason.BAD_EVENT_TIME}
        yield Case(
            f"{event_type} with a wrong {key}",
            encode({**base, key: value}),
            reason.get(key, Reason.WRONG_VALUE),
            f"`{key}` must be ",
            field_path=(event_type, key),
        )
    for group in ("context", "properties"):
        for key in base.get(group, {}):
            document = {**base, group: {**base[group], key: WRONG_TYPE}}
            yield Case(
                f"{event_type} with a wrong {group}.{key}",
                encode(document),
                Reason.WRONG_VALUE,
                f"`{group}.{key}` must be ",
                field_path=(event_type, f"{group}.{key}"),
            )


def contract_field_paths() -> set[tuple[str, str]]:
    """(event type, dotted path) of every field the contract declares, read from its structs."""
    paths: set[tuple[str, str]] = {(event_type, "event_type") for event_type in EVENT_STRUCTS}
    for event_type, struct in EVENT_STRUCTS.items():
        info = inspect.type_info(struct)
        assert isinstance(info, inspect.StructType)
        for member in info.fields:
            paths.add((event_type, member.name))
            nested = _struct_of(member.type)
            for inner in nested.fields if nested else ():
                paths.add((event_type, f"{member.name}.{inner.name}"))
    return paths


def _struct_of(node: inspect.Type) -> inspect.StructType | None:
    members = node.types if isinstance(node, inspect.UnionType) else (node,)
    structs = [member for member in members if isinstance(member, inspect.StructType)]
    return structs[0] if structs else None


def special_cases(prefix: str) -> list[Case]:
    """Hand-written lines: one or more per reason form, and hostile or odd but valid input."""
    reaction = event("reaction", f"{prefix}reaction-base")
    text = encode(reaction)

    def with_props(event_type: str, **properties: object) -> dict[str, Any]:
        base = event(event_type, f"{prefix}special")
        return {**base, "properties": {**base["properties"], **properties}}

    def replacing(old: bytes, new: bytes) -> bytes:
        assert old in text
        return text.replace(old, new, 1)

    unknown_field = text[:-1] + b', "extra": '
    exact = {**reaction, "event_id": f"{prefix}exactly-max", "pad": ""}
    exact["pad"] = "a" * (MAX_LINE_BYTES - len(encode(exact)))
    return [
        # Odd but valid.
        good("exactly MAX_LINE_BYTES long", exact),
        good(
            "surrounded by spaces",
            {**reaction, "event_id": f"{prefix}spaced"},
            b"  " + encode({**reaction, "event_id": f"{prefix}spaced"}) + b" \t",
        ),
        good(
            "non-ASCII text and a surrogate pair escape",
            {**reaction, "event_id": f"{prefix}unicode"},
            encode({**reaction, "event_id": f"{prefix}unicode", "x": "Café ✓"})[:-1]
            + b', "y": "\\ud83d\\ude00"}',
        ),
        good(
            "huge integer in an unknown field",
            {**reaction, "event_id": f"{prefix}huge-int"},
            encode({**reaction, "event_id": f"{prefix}huge-int"})[:-1]
            + b', "extra": '
            + b"9" * 5000
            + b"}",
        ),
        good(
            "1e999 in an unknown field",
            {**reaction, "event_id": f"{prefix}1e999"},
            encode({**reaction, "event_id": f"{prefix}1e999"})[:-1] + b', "extra": 1e999}',
        ),
        # Repeated keys: every copy must be valid, and the last one is kept.
        good(
            "repeated event_id, last kept",
            {**reaction, "event_id": f"{prefix}dup-last"},
            text[:-1] + f', "event_id": "{prefix}dup-last"}}'.encode(),
        ),
        bad(
            "repeated event_id, first empty",
            encode({**reaction, "event_id": ""})[:-1] + b', "event_id": "e-2"}',
            Reason.WRONG_REPEATED_VALUE,
            '`event_id` must be a non-empty string in each of its 2 copies, got "", "e-2"',
        ),
        bad(
            "repeated connect_ms, last negative",
            encode(with_props("participant_joined", connect_ms=5))[:-2] + b', "connect_ms": -1}}',
            Reason.WRONG_REPEATED_VALUE,
            "`properties.connect_ms` must be a 64-bit integer ≥ 0 in each of its 2 copies, "
            "got 5, -1",
        ),
        # Size.
        bad(
            "one byte over MAX_LINE_BYTES",
            {**exact, "pad": exact["pad"] + "a"},
            Reason.LINE_TOO_LONG,
            f"line exceeds {MAX_LINE_BYTES} bytes",
        ),
        bad(
            "twice MAX_LINE_BYTES",
            {**exact, "pad": "b" * 2 * MAX_LINE_BYTES},
            Reason.LINE_TOO_LONG,
            f"line exceeds {MAX_LINE_BYTES} bytes",
        ),
        # Bytes.
        *(
            bad(
                f"invalid UTF-8: {name}",
                line,
                Reason.NOT_UTF8,
                f"not valid UTF-8: {problem} at byte {line.index(marker)}",
            )
            for name, line, marker, problem in [
                (
                    "0xff in an ignored field",
                    unknown_field + b'"\xff"}',
                    b"\xff",
                    "invalid start byte",
                ),
                (
                    "broken sequence in a known field",
                    replacing(b"clap", b"cl\xc3\x28p"),
                    b"\xc3",
                    "invalid continuation byte",
                ),
                (
                    "overlong encoding of '/'",
                    replacing(b"clap", b"\xc0\xaf"),
                    b"\xc0",
                    "invalid start byte",
                ),
                (
                    "encoded UTF-16 surrogate",
                    replacing(b"clap", b"\xed\xa0\x80"),
                    b"\xed",
                    "invalid continuation byte",
                ),
                (
                    "lone continuation byte",
                    replacing(b"clap", b"\x80"),
                    b"\x80",
                    "invalid start byte",
                ),
                (
                    "cut multi-byte sequence at the end",
                    text + b"\xe2\x82",
                    b"\xe2",
                    "unexpected end of data",
                ),
            ]
        ),
        bad(
            "byte order mark inside a file",
            UTF8_BOM + text,
            Reason.BYTE_ORDER_MARK,
            "byte order mark",
        ),
        # Nesting.
        bad(
            "100 000 nested arrays",
            b"[" * DEEP + b"]" * DEEP,
            Reason.NESTED_TOO_DEEPLY,
            "nested too deeply",
        ),
        bad(
            "100 000 nested arrays in an ignored field",
            unknown_field + b"[" * DEEP + b"]" * DEEP + b"}",
            Reason.NESTED_TOO_DEEPLY,
            "nested too deeply",
        ),
        bad(
            "100 000 unclosed objects",
            b'{"a":' * DEEP,
            Reason.NESTED_TOO_DEEPLY,
            "nested too deeply",
        ),
        # Not JSON.
        bad("missing colon", b'{"event_id" "e"}', Reason.NOT_JSON, "expected ':'"),
        bad(
            "cut off",
            text[: len(text) // 2],
            Reason.NOT_JSON,
            "the line ends before the JSON value is complete",
        ),
        bad("two objects on a line", text + b" {}", Reason.NOT_JSON, "trailing characters"),
        bad(
            "unpaired surrogate escape",
            replacing(b'"clap"', b'"\\ud83d"'),
            Reason.NOT_JSON,
            "unpaired UTF-16 surrogate escape `\\ud83d`",
        ),
        bad(
            "NaN",
            encode(with_props("quality_sample", rtt_ms=0)).replace(
                b'"rtt_ms": 0', b'"rtt_ms": NaN'
            ),
            Reason.NOT_JSON,
            "not valid JSON",
        ),
        bad("NaN in an ignored field", unknown_field + b"NaN}", Reason.NOT_JSON, "not valid JSON"),
        bad("Infinity", unknown_field + b"-Infinity}", Reason.NOT_JSON, "not valid JSON"),
        bad(
            "raw NUL in a string",
            replacing(b"clap", b"cl\x00ap"),
            Reason.NOT_JSON,
            "not valid JSON",
        ),
        bad("single quotes", text.replace(b'"', b"'"), Reason.NOT_JSON, "not valid JSON"),
        bad("trailing comma", text[:-1] + b",}", Reason.NOT_JSON, "not valid JSON"),
        # Not an object.
        *(
            bad(
                f"a JSON {kind}",
                value,
                Reason.NOT_AN_OBJECT,
                f"an event must be a JSON object, got {kind}",
            )
            for value, kind in [
                (b"[1, 2]", "an array"),
                (b'"reaction"', "a string"),
                (b"42", "a number"),
                (b"true", "a boolean"),
                (b"null", "null"),
            ]
        ),
        # Envelope values.
        bad(
            "unknown event_type",
            {**reaction, "event_type": "teleport"},
            Reason.UNKNOWN_EVENT_TYPE,
            "unknown event_type `teleport`",
        ),
        bad(
            "event_type in the wrong case",
            {**reaction, "event_type": "Reaction"},
            Reason.UNKNOWN_EVENT_TYPE,
            "unknown event_type `Reaction`",
        ),
        bad(
            "event_type a number",
            {**reaction, "event_type": 7},
            Reason.EVENT_TYPE_NOT_A_STRING,
            "`event_type` must be a string, got 7",
        ),
        *(
            bad(
                f"event_time {value!r}",
                {**reaction, "event_time": value},
                Reason.BAD_EVENT_TIME,
                f"`event_time` must be an RFC 3339 timestamp with an offset, got {_quote(value)}",
            )
            for value in [
                "2026-03-01T10:00:05",
                "2026-03-01 10:00",
                "2026-02-30T10:00:00Z",
                1772359205,
                "0001-01-01T00:30:00+01:00",
                "",
            ]
        ),
        bad(
            "empty event_id",
            {**reaction, "event_id": ""},
            Reason.WRONG_VALUE,
            '`event_id` must be a non-empty string, got ""',
        ),
        bad(
            "null user_id",
            {**reaction, "user_id": None},
            Reason.WRONG_VALUE,
            "`user_id` must be a non-empty string, got null",
        ),
        bad(
            "unknown platform",
            {**reaction, "context": {"platform": "phone"}},
            Reason.WRONG_VALUE,
            "`context.platform` must be one of",
        ),
        bad(
            "unknown source",
            {**reaction, "source": "web"},
            Reason.WRONG_VALUE,
            '`source` must be one of `api`, `sdk`, got "web"',
        ),
        # Numbers.
        *(
            bad(
                f"connect_ms {shown}",
                encode(with_props("participant_joined", connect_ms=0)).replace(
                    b'"connect_ms": 0', b'"connect_ms": ' + raw
                ),
                Reason.WRONG_VALUE,
                f"`properties.connect_ms` must be a 64-bit integer ≥ 0, got {shown}",
            )
            for raw, shown in [
                (b"12.0", "12.0"),
                (b'"12"', '"12"'),
                (b"true", "true"),
                (b"-1", "-1"),
                (str(2**63).encode(), str(2**63)),
                (str(2**64 + 1).encode(), str(2**64 + 1)),
                (b"9" * 5000, "a number too large to represent"),
                (b"1e999", "a number too large to represent"),
            ]
        ),
        bad(
            "rtt_ms 1e999",
            encode(with_props("quality_sample", rtt_ms=0)).replace(
                b'"rtt_ms": 0', b'"rtt_ms": 1e999'
            ),
            Reason.WRONG_VALUE,
            "`properties.rtt_ms` must be a number ≥ 0, got a number too large to represent",
        ),
        bad(
            "packet loss 140 %",
            with_props("quality_sample", packet_loss_pct=140),
            Reason.WRONG_VALUE,
            "`properties.packet_loss_pct` must be a number between 0 and 100, got 140",
        ),
        bad(
            "negative jitter",
            with_props("quality_sample", jitter_ms=-0.5),
            Reason.WRONG_VALUE,
            "`properties.jitter_ms` must be a number ≥ 0, got -0.5",
        ),
        bad(
            "boolean as 1",
            with_props("view_heartbeat", sound_on=1),
            Reason.WRONG_VALUE,
            "`properties.sound_on` must be a boolean (true or false), got 1",
        ),
        # Lists and rules spanning fields.
        bad(
            "options as text",
            with_props("poll_launched", options="Yes,No"),
            Reason.WRONG_VALUE,
            '`properties.options` must be a list of strings, got "Yes,No"',
        ),
        bad(
            "option of the wrong type",
            with_props("poll_launched", options=["Yes", 2]),
            Reason.WRONG_VALUE,
            "`properties.options[1]` must be a string, got 2",
        ),
        bad(
            "empty answers",
            with_props("poll_answered", answers=[]),
            Reason.WRONG_VALUE,
            "`properties.answers` must be a non-empty list of strings, got []",
        ),
        bad(
            "rating poll without options",
            with_props("poll_launched", poll_type="rating", options=[]),
            Reason.OPTIONS_MISSING,
            "`properties.options` must list at least one option for poll_type `rating`",
        ),
        bad(
            "open-ended poll with options",
            with_props("poll_launched", poll_type="open_ended"),
            Reason.OPTIONS_NOT_EMPTY,
            "`properties.options` must be empty for poll_type `open_ended`, got 2 option(s)",
        ),
        bad(
            "segment ends before it starts",
            with_props("play_segment", start_s=5, end_s=3),
            Reason.SEGMENT_ENDS_BEFORE_START,
            "`properties.end_s` (3.0) must be ≥ `properties.start_s` (5.0)",
        ),
        bad(
            "code false",
            with_props("error", code=False),
            Reason.WRONG_VALUE,
            "`properties.code` must be a non-empty string or an integer, got false",
        ),
    ]


# Reasons no line can get through an entry point, reached by calling the contract directly:
# both entry points skip blank lines, and only a Python value can lack a JSON form.
DIRECT_INPUTS: dict[Reason, object] = {Reason.EMPTY_LINE: b" \t ", Reason.NOT_A_JSON_VALUE: {1j}}
# Reasons given to a whole file rather than to one of its lines.
FILE_REASONS = frozenset({Reason.FILE_DAMAGED})


def line_cases(prefix: str) -> list[Case]:
    """Every line case; good events' ids start with `prefix`, so corpora can share a table."""
    cases = [*field_cases(prefix), *special_cases(prefix)]
    assert cases[0].reason is None  # `compose` opens the document with a byte order mark
    return cases


@dataclass(frozen=True)
class Composed:
    data: bytes
    line_numbers: list[int]  # 1-based, per case


def compose(cases: list[Case]) -> Composed:
    """The cases as producers may send them: a byte order mark first, `\\r\\n` and `\\n`
    endings, blank and whitespace-only lines between, no terminator after the last."""
    chunks = [UTF8_BOM]
    line_numbers: list[int] = []
    line_number = 1
    for index, case in enumerate(cases):
        line_numbers.append(line_number)
        chunks.append(case.line)
        if index < len(cases) - 1:
            chunks.append(b"\r\n" if index % 3 == 0 else b"\n")
            line_number += 1
            if index % 7 == 0:
                chunks.append(b" \t\r\n" if index % 2 else b"\n")
                line_number += 1
    return Composed(b"".join(chunks), line_numbers)


def write_repeated_gzip(path: Path, block: bytes, count: int) -> Path:
    """`count` copies of `block`, as that many gzip members (a valid gzip file that
    decompresses to `block * count`): a bomb of any size from one small compression."""
    member = gzip.compress(block, compresslevel=9)
    with path.open("wb") as handle:
        for _ in range(count):
            handle.write(member)
    return path


def truncated_gzip(path: Path, lines: list[bytes]) -> int:
    """Write the lines gzipped and cut in half; return how many whole lines the cut keeps."""
    whole = gzip.compress(b"".join(line + b"\n" for line in lines))
    cut = whole[: len(whole) // 2]
    path.write_bytes(cut)
    readable = zlib.decompressobj(wbits=31).decompress(cut)
    return readable.count(b"\n")
