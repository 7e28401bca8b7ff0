"""Why a line was rejected, in words a producer can act on.

Only the failure path runs this code: it re-reads the line as plain JSON to name
the owner (`partner_id`, `event_type`) and to quote the offending value, and it
turns msgspec's terse messages ("Expected `int` >= 0 - at `$.properties.connect_ms`")
into the contract's wording, taking the expectation from the field's declared type.
"""

from __future__ import annotations

import json
import math
import re
import sys
from typing import Final

import msgspec
from msgspec import inspect

from sessionlens.core.contract.events import EVENT_STRUCTS, EVENT_TYPES, MAX_BIGINT, RuleViolation
from sessionlens.core.contract.reasons import KEPT_PREFIX_BYTES, MAX_LINE_BYTES, UTF8_BOM, Reason

_PATH_STEP: Final = re.compile(r"\.([^.\[]+)|\[(\d+)\]")
_UNPAIRED_SURROGATE: Final = re.compile(rb"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])")
_MISSING_FIELD: Final = re.compile(r"Object missing required field `([^`]+)`")
_QUOTED_MAX: Final = 80
# Reads any JSON document; out-of-range floats become ±inf rather than failing to parse.
_DOCUMENT_DECODER: Final = msgspec.json.Decoder(float_hook=float)

JsonPath = tuple[str | int, ...]


def kept_raw_line(line: bytes) -> str:
    """A rejected line's stored text: bytes that are not UTF-8 become `\\xNN` escapes, and a
    line over MAX_LINE_BYTES keeps its first KEPT_PREFIX_BYTES."""
    if len(line) > MAX_LINE_BYTES:
        line = line[:KEPT_PREFIX_BYTES]
    return line.decode("utf-8", errors="backslashreplace")


class RejectedEvent(Exception):
    """A line or event that breaks the contract; `reason` says which rule and where.

    `partner_id` and `event_type` are set when the input is a JSON object holding
    them as strings (even if they are otherwise invalid), so rejects can be
    attributed to their tenant.
    """

    def __init__(
        self, reason: str, partner_id: str | None = None, event_type: str | None = None
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.partner_id = partner_id
        self.event_type = event_type


def reject(line: bytes, cause: Exception) -> RejectedEvent:
    """The rejection for `line`, whose validation failed with `cause`."""
    # Invalid bytes are replaced so that a tenant can still be named.
    try:
        document = _read_document(line.decode("utf-8", "replace"))
    except (msgspec.DecodeError, ValueError, RecursionError) as error:
        return RejectedEvent(_unreadable_reason(line, cause, error))
    if not isinstance(document, dict):
        return RejectedEvent(Reason.NOT_AN_OBJECT.format(kind=_json_kind(document)))
    partner_id, event_type = document.get("partner_id"), document.get("event_type")
    return RejectedEvent(
        _reason(line, document, cause),
        partner_id if isinstance(partner_id, str) else None,
        event_type if isinstance(event_type, str) else None,
    )


class _BadEventTime(Exception):
    pass


def bad_event_time(line: bytes) -> RejectedEvent:
    """Rejection for an `event_time` that parsed but whose UTC instant is out of range."""
    return reject(line, _BadEventTime())


def not_json(error: Exception) -> RejectedEvent:
    """Rejection for a Python value that has no JSON encoding (so is no event)."""
    return RejectedEvent(Reason.NOT_A_JSON_VALUE.format(detail=error))


def line_too_long() -> RejectedEvent:
    """Rejection for a line of more than MAX_LINE_BYTES (without its terminator)."""
    return RejectedEvent(Reason.LINE_TOO_LONG.format(limit=MAX_LINE_BYTES))


def _read_document(text: str) -> object:
    try:
        return _DOCUMENT_DECODER.decode(text)
    except msgspec.ValidationError:
        # Valid JSON, but an integer has more digits than Python converts (a guard against
        # quadratic parsing): read such integers as ±inf, quoted as "too large".
        return json.loads(text, parse_int=_int_or_infinity)


def _int_or_infinity(digits: str) -> int | float:
    if len(digits.lstrip("-")) > sys.get_int_max_str_digits():
        return float(digits)
    return int(digits)


def _unreadable_reason(line: bytes, cause: Exception, error: Exception) -> str:
    if isinstance(cause, UnicodeDecodeError):
        return _utf8_reason(cause)
    if line.startswith(UTF8_BOM):
        return Reason.BYTE_ORDER_MARK.format()
    if not line.strip():
        return Reason.EMPTY_LINE.format()
    if isinstance(error, RecursionError):
        return Reason.NESTED_TOO_DEEPLY.format()
    return _json_reason(line, error)


def _utf8_reason(error: UnicodeDecodeError) -> str:
    return Reason.NOT_UTF8.format(problem=error.reason, offset=error.start)


def _json_reason(line: bytes, error: Exception) -> str:
    detail = str(error).removeprefix("JSON is malformed: ")
    if detail == "Input data was truncated":
        surrogate = _UNPAIRED_SURROGATE.search(line)
        detail = (
            f"unpaired UTF-16 surrogate escape `{surrogate.group().decode()}`"
            if surrogate
            else "the line ends before the JSON value is complete"
        )
    return Reason.NOT_JSON.format(detail=detail)


def _reason(line: bytes, document: dict[str, object], cause: Exception) -> str:
    if isinstance(cause, UnicodeDecodeError):
        return _utf8_reason(cause)
    if isinstance(cause, RuleViolation):
        return str(cause)
    if isinstance(cause, _BadEventTime):
        return _event_time_reason(document.get("event_time"))
    if not isinstance(cause, msgspec.ValidationError):
        return _json_reason(line, cause)
    message, _, location = str(cause).partition(" - at `")
    path = _parse_path(location.rstrip("`"))
    event_type = document.get("event_type")
    missing = _MISSING_FIELD.fullmatch(message)
    if missing:
        if not path and missing.group(1) == "event_type":
            return Reason.MISSING_EVENT_TYPE.format()
        field = _display((*path, missing.group(1)))
        return Reason.MISSING_FIELD.format(field=field, event_type=event_type)
    value = _value_at(document, path)
    if path == ("event_type",):
        if isinstance(value, str):
            return Reason.UNKNOWN_EVENT_TYPE.format(event_type=value, known=", ".join(EVENT_TYPES))
        return Reason.EVENT_TYPE_NOT_A_STRING.format(value=_quote(value))
    if path == ("event_time",):
        return _event_time_reason(value)
    expected = _expectation(_type_at(inspect.type_info(EVENT_STRUCTS[str(event_type)]), path))
    copies = _copies(line, path)
    if len(copies) > 1:
        # msgspec checks every copy of a repeated key; the last one would be kept.
        values = ", ".join(_quote(copy) for copy in copies)
        return Reason.WRONG_REPEATED_VALUE.format(
            field=_display(path), expected=expected, count=len(copies), values=values
        )
    return Reason.WRONG_VALUE.format(field=_display(path), expected=expected, value=_quote(value))


def _copies(line: bytes, path: JsonPath) -> list[object]:
    """Every value the line gives the key at `path` (the other steps taking the last copy)."""
    if not path or isinstance(path[-1], int):
        return []
    try:
        node = json.loads(
            line.decode("utf-8", "replace"), object_pairs_hook=list, parse_int=_int_or_infinity
        )
        for step in path[:-1]:
            node = node[step] if isinstance(step, int) else _last(node, step)
        return [value for key, value in node if key == path[-1]]
    except (ValueError, RecursionError, LookupError, TypeError):
        return []


def _last(pairs: list[tuple[str, object]], key: str) -> object:
    return next((value for name, value in reversed(pairs) if name == key), None)


def _event_time_reason(value: object) -> str:
    return Reason.BAD_EVENT_TIME.format(value=_quote(value))


def _parse_path(location: str) -> JsonPath:
    """`$.properties.options[1]` -> ("properties", "options", 1)."""
    return tuple(name if name else int(index) for name, index in _PATH_STEP.findall(location))


def _display(path: JsonPath) -> str:
    return "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in path)[1:]


def _value_at(document: object, path: JsonPath) -> object:
    for step in path:
        document = document[step]  # type: ignore[index]
    return document


def _type_at(node: inspect.Type, path: JsonPath) -> inspect.Type:
    for step in path:
        node = _without_null(node)
        if isinstance(node, inspect.StructType):
            node = next(field.type for field in node.fields if field.name == step)
        elif isinstance(node, inspect.ListType):
            node = node.item_type
    return node


def _without_null(node: inspect.Type) -> inspect.Type:
    if isinstance(node, inspect.UnionType):
        members = [member for member in node.types if not isinstance(member, inspect.NoneType)]
        if len(members) == 1:
            return members[0]
    return node


def _expectation(node: inspect.Type) -> str:
    node = _without_null(node)
    if isinstance(node, inspect.UnionType):
        return " or ".join(_expectation(member) for member in node.types)
    if isinstance(node, inspect.StrType):
        return "a non-empty string" if node.min_length else "a string"
    if isinstance(node, inspect.IntType):
        return _bounded("a 64-bit integer" if node.le == MAX_BIGINT else "an integer", node)
    if isinstance(node, inspect.FloatType):
        return _bounded("a number", node)
    if isinstance(node, inspect.BoolType):
        return "a boolean (true or false)"
    if isinstance(node, inspect.LiteralType):
        return "one of " + ", ".join(f"`{value}`" for value in node.values)
    if isinstance(node, inspect.ListType):  # every list in the contract holds strings
        return f"a {'non-empty ' if node.min_length else ''}list of strings"
    if isinstance(node, inspect.StructType):
        return "an object"
    return f"of type {type(node).__name__}"


def _bounded(noun: str, node: inspect.IntType | inspect.FloatType) -> str:
    upper = None if node.le == MAX_BIGINT else node.le
    if node.ge is not None and upper is not None:
        return f"{noun} between {node.ge:g} and {upper:g}"
    if node.ge is not None:
        return f"{noun} ≥ {node.ge:g}"
    return noun


def _quote(value: object) -> str:
    if isinstance(value, float) and not math.isfinite(value):
        return "a number too large to represent"
    text = msgspec.json.encode(value).decode()
    return text if len(text) <= _QUOTED_MAX else text[: _QUOTED_MAX - 1] + "…"


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "an array"
