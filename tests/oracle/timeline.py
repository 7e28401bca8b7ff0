"""docs/METRICS.md timeline: per (session, user, minute) heartbeats, counted reactions and chat."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tests.oracle.events import Event, SessionKey, by_session, by_user_and_type, user_contexts
from tests.oracle.sessions import Session
from tests.oracle.stats import ratio
from tests.oracle.viewers import counted_reactions, is_engaged


@dataclass
class Minute:
    session_id: str
    user_id: str
    minute: datetime
    name: str | None
    context: dict[str, str]
    heartbeats: int = 0
    engaged_heartbeats: int = 0
    reactions: int = 0
    chat_messages: int = 0

    @property
    def dims(self) -> dict[str, Any]:
        return {
            "sessionId": self.session_id,
            "userId": self.user_id,
            "name": self.name,
            "minute": self.minute,
            "country": self.context.get("country"),
            "device": self.context.get("device"),
            "platform": self.context.get("platform"),
        }


class _UserMinutes:
    """One user's minutes in one session, created as events fall into them."""

    def __init__(self, session_id: str, user_id: str, name: str | None, context: dict) -> None:
        self.template = (session_id, user_id, name, context)
        self.minutes: dict[datetime, Minute] = {}

    def of(self, event: Event) -> Minute:
        minute = event.at.replace(second=0, microsecond=0)
        if minute not in self.minutes:
            session_id, user_id, name, context = self.template
            self.minutes[minute] = Minute(session_id, user_id, minute, name, context)
        return self.minutes[minute]


def timeline(events: list[Event], sessions: dict[SessionKey, Session]) -> list[Minute]:
    contexts = user_contexts(events)
    rows: list[Minute] = []
    for key, session_events in by_session(events).items():
        for user, typed in by_user_and_type(session_events).items():
            participant = sessions[key].participants.get(user)
            name = participant.profile.get("name") if participant else None
            minutes = _UserMinutes(key[1], user, name, contexts.get((*key, user), {}))
            for heartbeat in typed["view_heartbeat"]:
                row = minutes.of(heartbeat)
                row.heartbeats += 1
                row.engaged_heartbeats += is_engaged(heartbeat)
            for reaction in counted_reactions(typed["reaction"]):
                minutes.of(reaction).reactions += 1
            for message in typed["chat_message"]:
                minutes.of(message).chat_messages += 1
            rows.extend(minutes.minutes.values())
    return rows


def measure(rows: Sequence[Minute]) -> dict[str, Any]:
    return {
        "liveUniqueViewers": len({r.user_id for r in rows if r.heartbeats}),
        "liveEngagementRate": ratio(
            sum(r.engaged_heartbeats for r in rows), sum(r.heartbeats for r in rows)
        ),
        "reactions": sum(r.reactions for r in rows),
        "chatMessages": sum(r.chat_messages for r in rows),
    }
