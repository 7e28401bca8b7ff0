"""docs/METRICS.md "Errors": one fact per error event, named after the user's first join."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tests.oracle.events import Event
from tests.oracle.sessions import Session


@dataclass(frozen=True)
class Error:
    session_id: str
    user_id: str | None
    name: str | None
    at: datetime
    props: dict

    @property
    def dims(self) -> dict[str, Any]:
        return {
            "sessionId": self.session_id,
            "userId": self.user_id,
            "name": self.name,
            "errorType": self.props["error_type"],
            "code": str(self.props["code"]),
            "message": self.props["message"],
            "time": self.at,
        }


def errors(events: list[Event], sessions: dict[tuple[str, str], Session]) -> list[Error]:
    rows = []
    for e in events:
        if e.event_type != "error":
            continue
        participant = sessions[(e.partner_id, e.session_id)].participants.get(e.user_id)
        name = participant.profile.get("name") if participant else None
        rows.append(Error(e.session_id, e.user_id, name, e.at, e.properties))
    return rows


def measure(rows: Sequence[Error]) -> dict[str, Any]:
    return {
        "errors": len(rows),
        "affectedParticipants": len({r.user_id for r in rows if r.user_id is not None}),
    }
