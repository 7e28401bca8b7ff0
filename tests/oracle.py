"""An independent, plain-Python reading of SPEC §3, used as the tests' expectation.

It works on the raw NDJSON lines exactly as a producer sent them and shares no
code with the product (no contract module, no SQL): if both agree, the product
computes what the specification says.
"""

from __future__ import annotations

import gzip
import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path


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
                    )
                )
    return events


@dataclass
class Participant:
    partner_id: str
    session_id: str
    user_id: str
    joined_at: datetime
    left_at: datetime | None
    connect_ms: int
    seconds: float = 0.0


@dataclass
class Session:
    partner_id: str
    session_id: str
    meeting_id: str | None = None
    title: str | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None
    status: str = "ONGOING"
    duration_minutes: float = 0.0
    initiating_ms: int | None = None
    services: set[str] = field(default_factory=set)
    participants: dict[str, Participant] = field(default_factory=dict)

    @property
    def participant_minutes(self) -> float:
        return sum(p.seconds for p in self.participants.values()) / 60


def watermarks(events: list[Event]) -> dict[str, datetime]:
    latest: dict[str, datetime] = {}
    for event in events:
        latest[event.partner_id] = max(latest.get(event.partner_id, event.at), event.at)
    return latest


def sessions(events: list[Event]) -> dict[tuple[str, str], Session]:
    """SPEC §3 "Live sessions" intervals and "Session overview", per (partner, session)."""
    marks = watermarks(events)
    by_session: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for event in events:
        if event.session_id is not None:
            by_session[(event.partner_id, event.session_id)].append(event)

    result: dict[tuple[str, str], Session] = {}
    for (partner_id, session_id), session_events in by_session.items():
        session_events.sort(key=lambda e: (e.at, e.arrival))
        session = Session(partner_id, session_id)
        starts = [e for e in session_events if e.event_type == "session_started"]
        ends = [e for e in session_events if e.event_type == "session_ended"]
        if starts:
            session.meeting_id = starts[0].properties.get("meeting_id")
            session.title = starts[0].properties.get("title")
        session.started_at = starts[0].at if starts else session_events[0].at
        session.ended_at = ends[0].at if ends else None
        session.status = "ENDED" if ends else "ONGOING"
        closing = session.ended_at or marks[partner_id]
        session.duration_minutes = (closing - session.started_at).total_seconds() / 60
        session.services = {
            e.properties["service"] for e in session_events if e.event_type == "service_started"
        }
        open_since: dict[str, datetime] = {}
        last_leave: dict[str, datetime] = {}
        for event in session_events:
            user = event.user_id
            if event.event_type == "participant_joined":
                if user not in session.participants:
                    session.participants[user] = Participant(
                        partner_id, session_id, user, event.at, None, event.properties["connect_ms"]
                    )
                    if session.initiating_ms is None:
                        session.initiating_ms = event.properties["connect_ms"]
                if user not in open_since:
                    open_since[user] = event.at
            elif event.event_type == "participant_left":
                last_leave[user] = event.at
                if user in open_since:
                    session.participants[user].seconds += (
                        event.at - open_since.pop(user)
                    ).total_seconds()
        for user, participant in session.participants.items():
            participant.left_at = last_leave.get(user)
        for user, since in open_since.items():
            session.participants[user].seconds += max(0.0, (closing - since).total_seconds())
        result[(partner_id, session_id)] = session
    return result
