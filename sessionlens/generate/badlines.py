"""Malformed lines of the kinds real producers send (docs/EVENTS.md), each certain to be rejected.

Each bad line is derived from a real event, so it looks like that producer's traffic, but
gets its own event id: were a validator ever to accept one, it would not shadow the real
event's duplicate detection.
"""

from __future__ import annotations

from collections.abc import Callable
from random import Random
from typing import Any

import orjson

Event = dict[str, Any]

_UNKNOWN_TYPES = ("page_view", "participant_kicked", "ViewHeartbeat", "session_paused", "")
_BAD_TIMES = ("yesterday", "2026-13-45T25:61:00Z", "1761955200", "2026/10/30 10:00:00")
_REQUIRED_ENVELOPE = ("event_id", "event_type", "event_time", "partner_id")
# A property per type whose value can be pushed out of range.
_OUT_OF_RANGE: dict[str, tuple[str, Any]] = {
    "quality_sample": ("packet_loss_pct", 140.0),
    "participant_joined": ("connect_ms", -250),
    "play_segment": ("duration_s", -1.0),
}


def _truncated(event: Event, rng: Random) -> bytes:
    text = orjson.dumps(event)
    # Cut before the closing brace: no prefix of an object's JSON is itself valid JSON.
    return text[: 1 + int(rng.random() * (len(text) - 2))]


def _missing_field(event: Event, rng: Random) -> bytes:
    broken = dict(event)
    del broken[_REQUIRED_ENVELOPE[int(rng.random() * len(_REQUIRED_ENVELOPE))]]
    return orjson.dumps(broken)


def _wrong_type(event: Event, rng: Random) -> bytes:
    broken = dict(event)
    choice = int(rng.random() * 3)
    if choice == 0:
        broken["partner_id"] = 1042
    elif choice == 1:
        broken["properties"] = ["not", "an", "object"]
    else:
        broken["event_time"] = 1761955200123
    return orjson.dumps(broken)


def _out_of_range(event: Event, rng: Random) -> bytes:
    broken = dict(event)
    event_type = event["event_type"]
    if event_type in _OUT_OF_RANGE:
        key, value = _OUT_OF_RANGE[event_type]
        broken["properties"] = {**event["properties"], key: value}
    elif event_type == "view_heartbeat":
        broken["properties"] = {**event["properties"], "tab_in_focus": "yes"}
    else:
        broken["context"] = {**(event.get("context") or {}), "platform": "smartwatch"}
    return orjson.dumps(broken)


def _unknown_type(event: Event, rng: Random) -> bytes:
    broken = dict(event)
    broken["event_type"] = _UNKNOWN_TYPES[int(rng.random() * len(_UNKNOWN_TYPES))]
    return orjson.dumps(broken)


def _naive_time(event: Event, rng: Random) -> bytes:
    broken = dict(event)
    time: str = event["event_time"]
    # Strip the zone designator: `Z` or `±HH:MM`.
    broken["event_time"] = time[:-1] if time.endswith("Z") else time[:-6]
    return orjson.dumps(broken)


def _unparseable_time(event: Event, rng: Random) -> bytes:
    broken = dict(event)
    broken["event_time"] = _BAD_TIMES[int(rng.random() * len(_BAD_TIMES))]
    return orjson.dumps(broken)


def _not_an_object(event: Event, rng: Random) -> bytes:
    return orjson.dumps([event])


MALFORMATIONS: tuple[Callable[[Event, Random], bytes], ...] = (
    _truncated,
    _missing_field,
    _wrong_type,
    _out_of_range,
    _unknown_type,
    _naive_time,
    _unparseable_time,
    _not_an_object,
)


def malformed_line(event: Event, fresh_event_id: str, rng: Random) -> bytes:
    """A rejected-by-contract variant of `event` (a newline-terminated line)."""
    kind = MALFORMATIONS[int(rng.random() * len(MALFORMATIONS))]
    return kind({**event, "event_id": fresh_event_id}, rng) + b"\n"
