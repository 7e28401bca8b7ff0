"""Raw NDJSON events as a producer sent them (docs/EVENTS.md), first delivery of each event only."""

from __future__ import annotations

import gzip
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

CONTEXT_KEYS = (
    "country",
    "region",
    "city",
    "platform",
    "device",
    "os",
    "os_version",
    "browser",
    "browser_version",
    "sdk_version",
)

SessionKey = tuple[str, str]
UserKey = tuple[str, str, str]


@dataclass(frozen=True)
class Event:
    arrival: int
    partner_id: str
    event_id: str
    event_type: str
    at: datetime
    user_id: str | None
    session_id: str | None
    properties: dict
    source: str = "sdk"
    # The known context keys the event carried; None when it carried none.
    context: dict[str, str] | None = None


def _context(raw: dict) -> dict[str, str] | None:
    given = raw.get("context") or {}
    known = {key: given[key] for key in CONTEXT_KEYS if key in given}
    return known or None


def read_events(files: list[Path]) -> list[Event]:
    """Every event of these files in order, first delivery of each (partner, event_id) only.

    Meant for data generated without malformed lines: anything that does not
    parse as an event is an error in the test set-up, not something to skip.
    """
    seen: set[tuple[str, str]] = set()
    events: list[Event] = []
    for path in files:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                raw = json.loads(line)
                key = (raw["partner_id"], raw["event_id"])
                if key in seen:
                    continue
                seen.add(key)
                events.append(
                    Event(
                        arrival=len(events),
                        partner_id=raw["partner_id"],
                        event_id=raw["event_id"],
                        event_type=raw["event_type"],
                        at=datetime.fromisoformat(raw["event_time"])
                        .astimezone(UTC)
                        .replace(tzinfo=None),
                        user_id=raw.get("user_id"),
                        session_id=raw.get("session_id"),
                        properties=raw.get("properties") or {},
                        source=raw.get("source", "sdk"),
                        context=_context(raw),
                    )
                )
    return events


def in_time_order(events: Iterable[Event]) -> list[Event]:
    return sorted(events, key=lambda e: (e.at, e.arrival))


def watermarks(events: list[Event]) -> dict[str, datetime]:
    """docs/METRICS.md "Precise readings": a partner's latest event_time of any type."""
    latest: dict[str, datetime] = {}
    for event in events:
        latest[event.partner_id] = max(latest.get(event.partner_id, event.at), event.at)
    return latest


def by_session(events: Iterable[Event]) -> dict[SessionKey, list[Event]]:
    """Each session's events in time order."""
    grouped: dict[SessionKey, list[Event]] = defaultdict(list)
    for event in events:
        if event.session_id is not None:
            grouped[(event.partner_id, event.session_id)].append(event)
    return {key: in_time_order(group) for key, group in grouped.items()}


def user_contexts(events: Iterable[Event]) -> dict[UserKey, dict[str, str]]:
    """A user's context in a session: that of their earliest event there carrying one."""
    contexts: dict[UserKey, dict[str, str]] = {}
    for event in in_time_order(events):
        if event.session_id is None or event.user_id is None or event.context is None:
            continue
        contexts.setdefault((event.partner_id, event.session_id, event.user_id), event.context)
    return contexts


def by_user_and_type(session_events: list[Event]) -> dict[str, dict[str, list[Event]]]:
    """A session's events (time order kept) per user, then per event type."""
    grouped: dict[str, dict[str, list[Event]]] = defaultdict(lambda: defaultdict(list))
    for event in session_events:
        if event.user_id is not None:
            grouped[event.user_id][event.event_type].append(event)
    return grouped
