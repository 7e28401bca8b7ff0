"""docs/METRICS.md "Live sessions" join intervals and "Session overview", per (partner, session)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from tests.oracle.events import Event, SessionKey, by_session, watermarks


@dataclass
class Participant:
    partner_id: str
    session_id: str
    user_id: str
    joined_at: datetime
    left_at: datetime | None
    connect_ms: int
    seconds: float = 0.0
    # The first join's properties: name, job_title, company, industry, role.
    profile: dict = field(default_factory=dict)


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


def _presence(session: Session, session_events: list[Event], closing: datetime) -> None:
    """Join intervals: a join while joined and a leave while not joined are ignored."""
    open_since: dict[str, datetime] = {}
    last_leave: dict[str, datetime] = {}
    for event in session_events:
        user = event.user_id
        if event.event_type == "participant_joined":
            if user not in session.participants:
                connect_ms = event.properties["connect_ms"]
                session.participants[user] = Participant(
                    session.partner_id,
                    session.session_id,
                    user,
                    event.at,
                    None,
                    connect_ms,
                    profile=event.properties,
                )
                if session.initiating_ms is None:
                    session.initiating_ms = connect_ms
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


def sessions(events: list[Event]) -> dict[SessionKey, Session]:
    marks = watermarks(events)
    result: dict[SessionKey, Session] = {}
    for (partner_id, session_id), session_events in by_session(events).items():
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
        _presence(session, session_events, closing)
        result[(partner_id, session_id)] = session
    return result
