"""docs/METRICS.md "Recordings": a fact per impression and per play, with its event's context."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tests.oracle.events import Event, by_session
from tests.oracle.stats import mean

IMPRESSION = "IMPRESSION"
PLAY = "PLAY"
PERCENTILES = 100
CONTEXT_DIMENSIONS = ("country", "device", "platform", "os", "browser")


@dataclass
class Activity:
    kind: str
    session_id: str
    recording_id: str
    user_id: str
    at: datetime | None
    context: dict[str, str]
    has_start: bool = False
    segments: list[dict] = field(default_factory=list)

    @property
    def minutes(self) -> float:
        return sum(s["end_s"] - s["start_s"] for s in self.segments) / 60

    @property
    def completion(self) -> float:
        """Share of percentile midpoints (p + 0.5)/100 * duration inside a watched stretch."""
        if not self.segments:
            return 0.0
        duration = self.segments[0]["duration_s"]
        covered = sum(
            any(
                s["start_s"] <= (p + 0.5) / PERCENTILES * duration < s["end_s"]
                for s in self.segments
            )
            for p in range(PERCENTILES)
        )
        return covered / PERCENTILES

    @property
    def dims(self) -> dict[str, Any]:
        return {
            "sessionId": self.session_id,
            "recordingId": self.recording_id,
            "userId": self.user_id,
            "playedAt": self.at,
            **{key: self.context.get(key) for key in CONTEXT_DIMENSIONS},
        }


def recordings(events: list[Event]) -> list[Activity]:
    rows: list[Activity] = []
    for (_, session_id), session_events in by_session(events).items():
        plays: dict[str, Activity] = {}
        for event in session_events:
            props = event.properties
            if event.event_type == "player_impression":
                rows.append(
                    Activity(
                        IMPRESSION,
                        session_id,
                        props["recording_id"],
                        event.user_id,
                        event.at,
                        event.context or {},
                    )
                )
            elif event.event_type in ("play_started", "play_segment"):
                play = plays.setdefault(
                    props["play_id"],
                    Activity(PLAY, session_id, props["recording_id"], event.user_id, None, {}),
                )
                if event.event_type == "play_segment":
                    play.segments.append(props)
                elif not play.has_start:
                    play.has_start = True
                    play.at = event.at
                    play.context = event.context or {}
        rows.extend(plays.values())
    return rows


def measure(rows: Sequence[Activity]) -> dict[str, Any]:
    plays = [r for r in rows if r.kind == PLAY]
    return {
        "impressions": sum(r.kind == IMPRESSION for r in rows),
        "plays": sum(r.has_start for r in plays),
        "uniqueViewers": len({r.user_id for r in plays if r.has_start}),
        "minutesViewed": sum(r.minutes for r in plays),
        "avgCompletionRate": mean([r.completion for r in plays]),
    }
