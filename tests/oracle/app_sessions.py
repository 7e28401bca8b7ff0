"""docs/METRICS.md "App sessions": counted app events split by an inactivity timeout."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from tests.oracle.events import Event, in_time_order, watermarks
from tests.oracle.stats import median, ratio

TIMEOUT = timedelta(minutes=20)
NOT_COUNTED = {
    "App Installed",
    "App Uninstalled",
    "Notification Sent",
    "Notification Clicked",
    "UTM Visited",
    "Identity Set",
    "Identity Reset",
    "Identity Error",
}
# (label, the API's LengthBucket value, lower bound in seconds, inclusive), ascending.
BUCKETS = (
    ("0-10s", "SECONDS_0_10", 0),
    ("10-30s", "SECONDS_10_30", 10),
    ("30-60s", "SECONDS_30_60", 30),
    ("1-3m", "MINUTES_1_3", 60),
    ("3-10m", "MINUTES_3_10", 180),
    ("10-30m", "MINUTES_10_30", 600),
    ("30m+", "MINUTES_30_PLUS", 1800),
)


def bucket(length_seconds: float) -> str:
    """The LengthBucket enum value the API answers for this length."""
    return [value for _, value, lower in BUCKETS if length_seconds >= lower][-1]


@dataclass
class AppSession:
    user_id: str
    events: list[Event]
    watermark: datetime

    @property
    def started_at(self) -> datetime:
        return self.events[0].at

    @property
    def ended_at(self) -> datetime:
        return self.events[-1].at

    @property
    def length_seconds(self) -> float:
        return (self.ended_at - self.started_at).total_seconds()

    @property
    def status(self) -> str:
        return "CONCLUDED" if self.watermark - self.ended_at > TIMEOUT else "OPEN"

    @property
    def dims(self) -> dict[str, Any]:
        context = next((e.context for e in self.events if e.context), None) or {}
        return {
            "userId": self.user_id,
            "startTime": self.started_at,
            "endTime": self.ended_at,
            "status": self.status,
            "concludedAt": self.ended_at if self.status == "CONCLUDED" else None,
            "lengthBucket": bucket(self.length_seconds),
            "platform": context.get("platform"),
            "country": context.get("country"),
        }


def is_counted(event: Event) -> bool:
    return (
        event.event_type == "app_event"
        and event.source == "sdk"
        and event.properties["name"] not in NOT_COUNTED
    )


def app_sessions(events: list[Event]) -> list[AppSession]:
    marks = watermarks(events)
    per_user: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for event in events:
        if is_counted(event):
            per_user[(event.partner_id, event.user_id)].append(event)
    sessions: list[AppSession] = []
    for (partner_id, user_id), user_events in per_user.items():
        current: AppSession | None = None
        for event in in_time_order(user_events):
            if current is None or event.at - current.ended_at > TIMEOUT:
                current = AppSession(user_id, [], marks[partner_id])
                sessions.append(current)
            current.events.append(event)
    return sessions


def measure(rows: Sequence[AppSession]) -> dict[str, Any]:
    lengths = [r.length_seconds for r in rows]
    return {
        "sessionCount": len(rows),
        "uniqueUsers": len({r.user_id for r in rows}),
        "totalLengthSeconds": sum(lengths),
        "avgLengthSeconds": ratio(sum(lengths), len(rows)),
        "medianLengthSeconds": median(lengths),
        "eventsPerSession": ratio(sum(len(r.events) for r in rows), len(rows)),
    }
