"""docs/METRICS.md "Live sessions": per (session, user) viewing facts and group-level metrics."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from tests.oracle.events import (
    Event,
    SessionKey,
    UserKey,
    by_session,
    by_user_and_type,
    user_contexts,
)
from tests.oracle.sessions import Participant, Session
from tests.oracle.stats import mean, ratio

HEARTBEAT_SECONDS = 10
REACTION_COOLDOWN = timedelta(seconds=2)
# The context dimensions of the viewers cube and the context keys they come from.
CONTEXT_DIMENSIONS = {
    "country": "country",
    "region": "region",
    "city": "city",
    "platform": "platform",
    "device": "device",
    "os": "os",
    "browser": "browser",
    "sdkVersion": "sdk_version",
}


def is_engaged(heartbeat: Event) -> bool:
    flags = heartbeat.properties
    return bool((flags["tab_in_focus"] or flags["fullscreen"]) and flags["sound_on"])


def counted_reactions(reactions: list[Event]) -> list[Event]:
    """One user's reactions in one session (time order) minus those < 2 s after the previous."""
    return [
        reaction
        for index, reaction in enumerate(reactions)
        if index == 0 or reaction.at - reactions[index - 1].at >= REACTION_COOLDOWN
    ]


@dataclass
class Viewer:
    session: Session
    user_id: str
    context: dict[str, str]
    events: dict[str, list[Event]] = field(default_factory=lambda: defaultdict(list))

    @property
    def participant(self) -> Participant | None:
        return self.session.participants.get(self.user_id)

    @property
    def heartbeats(self) -> int:
        return len(self.events["view_heartbeat"])

    @property
    def engaged_heartbeats(self) -> int:
        return sum(is_engaged(h) for h in self.events["view_heartbeat"])

    @property
    def is_live_viewer(self) -> bool:
        return self.heartbeats > 0

    @property
    def is_recording_viewer(self) -> bool:
        return bool(self.events["play_started"])

    @property
    def is_viewer(self) -> bool:
        return self.is_live_viewer or self.is_recording_viewer

    @property
    def live_minutes(self) -> float:
        return self.heartbeats * HEARTBEAT_SECONDS / 60

    @property
    def recording_minutes(self) -> float:
        segments = self.events["play_segment"]
        return sum(s.properties["end_s"] - s.properties["start_s"] for s in segments) / 60

    @property
    def reactions(self) -> int:
        return len(counted_reactions(self.events["reaction"]))

    @property
    def polls_answered(self) -> int:
        return len({e.properties["poll_id"] for e in self.events["poll_answered"]})

    def count(self, event_type: str) -> int:
        return len(self.events[event_type])

    @property
    def participant_minutes(self) -> float:
        return self.participant.seconds / 60 if self.participant else 0.0

    @property
    def dims(self) -> dict[str, Any]:
        profile = self.participant.profile if self.participant else {}
        return {
            "sessionId": self.session.session_id,
            "meetingId": self.session.meeting_id,
            "sessionTitle": self.session.title,
            "sessionStart": self.session.started_at,
            "userId": self.user_id,
            "name": profile.get("name"),
            "jobTitle": profile.get("job_title"),
            "company": profile.get("company"),
            "industry": profile.get("industry"),
            "role": profile["role"].upper() if profile.get("role") else None,
            **{dim: self.context.get(key) for dim, key in CONTEXT_DIMENSIONS.items()},
        }


def viewers(events: list[Event], sessions: dict[SessionKey, Session]) -> list[Viewer]:
    """A row for every (session, user) with a join, a heartbeat or a play."""
    contexts = user_contexts(events)
    rows: dict[UserKey, Viewer] = {}
    for key, session_events in by_session(events).items():
        session = sessions[key]
        for user, typed in by_user_and_type(session_events).items():
            if typed["participant_joined"] or typed["view_heartbeat"] or typed["play_started"]:
                user_key = (*key, user)
                rows[user_key] = Viewer(session, user, contexts.get(user_key, {}), typed)
    return list(rows.values())


def _live_viewers_who_sent(rows: Sequence[Viewer], event_type: str) -> set[str]:
    """Distinct users who, in a session where they viewed live, sent this event at least once."""
    return {v.user_id for v in rows if v.is_live_viewer and v.count(event_type) > 0}


def measure(rows: Sequence[Viewer]) -> dict[str, Any]:
    viewers_ = {v.user_id for v in rows if v.is_viewer}
    live = {v.user_id for v in rows if v.is_live_viewer}
    minutes = sum(v.live_minutes + v.recording_minutes for v in rows)
    joined = [v.participant for v in rows if v.participant]
    left = [p.left_at for p in joined if p.left_at]

    def live_rate(event_type: str) -> float | None:
        return ratio(len(_live_viewers_who_sent(rows, event_type)), len(live))

    return {
        "uniqueViewers": len(viewers_),
        "liveUniqueViewers": len(live),
        "recordingUniqueViewers": len({v.user_id for v in rows if v.is_recording_viewer}),
        "uniqueParticipants": len({p.user_id for p in joined}),
        "minutesViewed": minutes,
        "liveMinutesViewed": sum(v.live_minutes for v in rows),
        "recordingMinutesViewed": sum(v.recording_minutes for v in rows),
        "avgMinutesViewed": ratio(minutes, len(viewers_)),
        "liveEngagementRate": mean(
            [v.engaged_heartbeats / v.heartbeats for v in rows if v.is_live_viewer]
        ),
        "reactions": sum(v.reactions for v in rows),
        "reactingViewersRate": live_rate("reaction"),
        "chatMessages": sum(v.count("chat_message") for v in rows),
        "chattingViewersRate": live_rate("chat_message"),
        "pollsAnswered": sum(v.polls_answered for v in rows),
        "pollParticipationRate": live_rate("poll_answered"),
        "qaThreads": sum(v.count("qa_thread_created") for v in rows),
        "qaViewersRate": live_rate("qa_thread_created"),
        "attachmentDownloads": sum(v.count("attachment_downloaded") for v in rows),
        "downloadingViewersRate": live_rate("attachment_downloaded"),
        "handsRaised": sum(v.count("hand_raised") for v in rows),
        "recordingPlays": sum(v.count("play_started") for v in rows),
        "participantMinutes": sum(v.participant_minutes for v in rows),
        "avgConnectMs": mean([p.connect_ms for p in joined]),
        "firstJoinedAt": min((p.joined_at for p in joined), default=None),
        "lastLeftAt": max(left, default=None),
    }
