"""docs/METRICS.md "Polls": a user's answer is their last poll_answered; every option gets a row."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tests.oracle.events import Event, by_session
from tests.oracle.stats import ratio

OPEN_ENDED = "open_ended"


@dataclass
class Poll:
    session_id: str
    poll_id: str
    question: str | None = None
    poll_type: str | None = None
    options: list[str] | None = None
    launched_at: datetime | None = None
    # Each respondent's last answer.
    answers: dict[str, list[str]] = field(default_factory=dict)

    @property
    def is_choice(self) -> bool:
        return self.poll_type is not None and self.poll_type != OPEN_ENDED

    @property
    def dims(self) -> dict[str, Any]:
        return {
            "sessionId": self.session_id,
            "pollId": self.poll_id,
            "question": self.question,
            "pollType": self.poll_type.upper() if self.poll_type else None,
            "launchedAt": self.launched_at,
        }


@dataclass
class PollAnswer:
    poll: Poll
    answer: str

    @property
    def choosers(self) -> set[str]:
        return {user for user, chosen in self.poll.answers.items() if self.answer in chosen}

    @property
    def dims(self) -> dict[str, Any]:
        poll_dims = self.poll.dims
        return {
            **{name: poll_dims[name] for name in ("sessionId", "pollId", "question", "pollType")},
            "answer": self.answer,
        }


def polls(events: list[Event]) -> list[Poll]:
    """Every poll launched or answered, per (partner, session, poll_id)."""
    found: dict[tuple[str, str, str], Poll] = {}
    for (partner_id, session_id), session_events in by_session(events).items():
        for event in session_events:
            if event.event_type not in ("poll_launched", "poll_answered"):
                continue
            poll_id = event.properties["poll_id"]
            poll = found.setdefault((partner_id, session_id, poll_id), Poll(session_id, poll_id))
            if event.event_type == "poll_answered":
                poll.answers[event.user_id] = event.properties["answers"]
            elif poll.launched_at is None:
                poll.launched_at = event.at
                poll.question = event.properties["question"]
                poll.poll_type = event.properties["poll_type"]
                poll.options = event.properties["options"]
    return list(found.values())


def poll_answers(all_polls: list[Poll]) -> list[PollAnswer]:
    """Every option of a choice poll, then every other value some respondent's answer holds."""
    rows = []
    for poll in all_polls:
        answers = list(poll.options or []) if poll.is_choice else []
        for chosen in poll.answers.values():
            answers.extend(a for a in chosen if a not in answers)
        rows.extend(PollAnswer(poll, answer) for answer in answers)
    return rows


def measure_polls(rows: Sequence[Poll]) -> dict[str, Any]:
    choice = [p for p in rows if p.is_choice]
    return {
        "pollCount": len(rows),
        "optionCount": sum(len(p.options or []) for p in choice) if choice else None,
        "respondents": len({user for p in rows for user in p.answers}),
    }


def measure_answers(rows: Sequence[PollAnswer]) -> dict[str, Any]:
    respondents = {user for row in rows for user in row.choosers}
    answered_any = {user for row in rows for user in row.poll.answers}
    return {
        "respondents": len(respondents),
        "answerRate": ratio(len(respondents), len(answered_any)),
    }
