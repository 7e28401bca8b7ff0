"""docs/METRICS.md "Countries / devices": live side by the user's context in the session, recording
side by each play_started's own context."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tests.oracle.events import Event, user_contexts
from tests.oracle.sessions import Session

LIVE = "LIVE"
RECORDING = "RECORDING"
CONTEXT_KEYS = ("country", "platform", "device", "os", "browser")


@dataclass(frozen=True)
class ViewerContext:
    side: str
    session_id: str
    session_start: datetime | None
    user_id: str
    context: tuple[tuple[str, str | None], ...]

    @property
    def dims(self) -> dict[str, Any]:
        start = {"sessionId": self.session_id, "sessionStart": self.session_start}
        return {**start, **dict(self.context)}


def _pick(context: dict[str, str]) -> tuple[tuple[str, str | None], ...]:
    return tuple((key, context.get(key)) for key in CONTEXT_KEYS)


def viewer_contexts(
    events: list[Event], sessions: dict[tuple[str, str], Session]
) -> list[ViewerContext]:
    contexts = user_contexts(events)
    found: set[ViewerContext] = set()
    for event in events:
        if event.event_type not in ("view_heartbeat", "play_started"):
            continue
        key = (event.partner_id, event.session_id)
        start = sessions[key].started_at
        side, context = (
            (LIVE, contexts.get((*key, event.user_id), {}))
            if event.event_type == "view_heartbeat"
            else (RECORDING, event.context or {})
        )
        found.add(ViewerContext(side, event.session_id, start, event.user_id, _pick(context)))
    return list(found)


def measure(rows: Sequence[ViewerContext]) -> dict[str, Any]:
    return {
        "liveUniqueViewers": len({r.user_id for r in rows if r.side == LIVE}),
        "recordingUniqueViewers": len({r.user_id for r in rows if r.side == RECORDING}),
        "uniqueViewers": len({r.user_id for r in rows}),
    }
