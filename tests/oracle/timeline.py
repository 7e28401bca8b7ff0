"""docs/METRICS.md timeline: per (session, user, 10-second bucket) heartbeats, counted reactions
and chat. A bucket is :00, :10, … :50 of a UTC minute (the heartbeat's 10 s); grouped by
`minute`, the buckets give the minute timeline."""

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
class Bucket:
    session_id: str
    user_id: str
    start: datetime
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
            "minute": self.start.replace(second=0),
            "tenSeconds": self.start,
            "country": self.context.get("country"),
            "device": self.context.get("device"),
            "platform": self.context.get("platform"),
        }


class _UserBuckets:
    """One user's 10-second buckets in one session, created as events fall into them."""

    def __init__(self, session_id: str, user_id: str, name: str | None, context: dict) -> None:
        self.template = (session_id, user_id, name, context)
        self.buckets: dict[datetime, Bucket] = {}

    def of(self, event: Event) -> Bucket:
        start = event.at.replace(second=event.at.second // 10 * 10, microsecond=0)
        if start not in self.buckets:
            session_id, user_id, name, context = self.template
            self.buckets[start] = Bucket(session_id, user_id, start, name, context)
        return self.buckets[start]


def timeline(events: list[Event], sessions: dict[SessionKey, Session]) -> list[Bucket]:
    contexts = user_contexts(events)
    rows: list[Bucket] = []
    for key, session_events in by_session(events).items():
        for user, typed in by_user_and_type(session_events).items():
            participant = sessions[key].participants.get(user)
            name = participant.profile.get("name") if participant else None
            buckets = _UserBuckets(key[1], user, name, contexts.get((*key, user), {}))
            for heartbeat in typed["view_heartbeat"]:
                row = buckets.of(heartbeat)
                row.heartbeats += 1
                row.engaged_heartbeats += is_engaged(heartbeat)
            for reaction in counted_reactions(typed["reaction"]):
                buckets.of(reaction).reactions += 1
            for message in typed["chat_message"]:
                buckets.of(message).chat_messages += 1
            rows.extend(buckets.buckets.values())
    return rows


def measure(rows: Sequence[Bucket]) -> dict[str, Any]:
    return {
        "liveUniqueViewers": len({r.user_id for r in rows if r.heartbeats}),
        "liveEngagementRate": ratio(
            sum(r.engaged_heartbeats for r in rows), sum(r.heartbeats for r in rows)
        ),
        "reactions": sum(r.reactions for r in rows),
        "chatMessages": sum(r.chat_messages for r in rows),
    }
