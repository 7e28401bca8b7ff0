"""docs/METRICS.md "App events": every app event, counted or not, with its app session."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tests.oracle.app_sessions import NOT_COUNTED, app_sessions, is_counted
from tests.oracle.events import Event

# An app session as the oracle names it: its user and start time (the API's id is a hash).
SessionName = tuple[str, datetime]


@dataclass(frozen=True)
class AppEvent:
    event: Event
    session: SessionName | None

    @property
    def excluded_reason(self) -> str | None:
        if self.event.source != "sdk":
            return "API_SOURCE"
        if self.event.properties["name"] in NOT_COUNTED:
            return "EXCLUDED_NAME"
        return None

    @property
    def dims(self) -> dict[str, Any]:
        context = self.event.context or {}
        return {
            "eventId": self.event.event_id,
            "appSessionId": self.session,
            "userId": self.event.user_id,
            "name": self.event.properties["name"],
            "time": self.event.at,
            "counted": is_counted(self.event),
            "excludedReason": self.excluded_reason,
            "platform": context.get("platform"),
            "country": context.get("country"),
        }


def app_events(events: list[Event]) -> list[AppEvent]:
    session_of = {
        event.event_id: (session.user_id, session.started_at)
        for session in app_sessions(events)
        for event in session.events
    }
    return [
        AppEvent(event, session_of.get(event.event_id))
        for event in events
        if event.event_type == "app_event"
    ]


def measure(rows: Sequence[AppEvent]) -> dict[str, Any]:
    return {
        "events": len(rows),
        "uniqueUsers": len({r.event.user_id for r in rows}),
        "appSessions": len({r.session for r in rows if r.session is not None}),
    }
