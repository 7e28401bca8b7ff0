"""An independent, plain-Python reading of docs/METRICS.md, used as the tests' expectation.

It works on the raw NDJSON lines exactly as a producer sent them and shares no
code with the product (no contract module, no SQL): if both agree, the product
computes what the specification says. `PartnerOracle(events).cube(name)` gives a
cube's facts (rows at its grain, with dimension values under their API names) and
its metrics over any group of them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import cached_property

from tests.oracle import (
    app_events,
    app_sessions,
    audience,
    errors,
    polls,
    quality,
    recordings,
    timeline,
    viewers,
)
from tests.oracle.cube import CubeOracle
from tests.oracle.events import Event, read_events, watermarks
from tests.oracle.ingestion import partner_of
from tests.oracle.sessions import Participant, Session, sessions

__all__ = [
    "CubeOracle",
    "Event",
    "Participant",
    "PartnerOracle",
    "Session",
    "by_partner",
    "partner_of",
    "read_events",
    "sessions",
    "watermarks",
]


class PartnerOracle:
    """Every cube's expectation over one partner's events (what that partner's key sees)."""

    def __init__(self, events: list[Event]) -> None:
        self.events = events
        self._cubes: dict[str, CubeOracle] = {}

    @cached_property
    def sessions(self) -> dict[tuple[str, str], Session]:
        return sessions(self.events)

    @cached_property
    def all_polls(self) -> list[polls.Poll]:
        return polls.polls(self.events)

    def cube(self, name: str) -> CubeOracle:
        if name not in self._cubes:
            self._cubes[name] = _CUBES[name](self)
        return self._cubes[name]


_CUBES: dict[str, Callable[[PartnerOracle], CubeOracle]] = {
    "viewers": lambda o: CubeOracle(viewers.viewers(o.events, o.sessions), viewers.measure),
    "timeline": lambda o: CubeOracle(timeline.timeline(o.events, o.sessions), timeline.measure),
    "polls": lambda o: CubeOracle(o.all_polls, polls.measure_polls),
    "pollAnswers": lambda o: CubeOracle(polls.poll_answers(o.all_polls), polls.measure_answers),
    "recordings": lambda o: CubeOracle(recordings.recordings(o.events), recordings.measure),
    "countries": lambda o: CubeOracle(
        audience.viewer_contexts(o.events, o.sessions), audience.measure
    ),
    # Both cubes count the same viewer contexts, by different dimensions.
    "devices": lambda o: o.cube("countries"),
    "quality": lambda o: CubeOracle(quality.samples(o.events), quality.measure),
    "errors": lambda o: CubeOracle(errors.errors(o.events, o.sessions), errors.measure),
    "appSessions": lambda o: CubeOracle(app_sessions.app_sessions(o.events), app_sessions.measure),
    "appEvents": lambda o: CubeOracle(app_events.app_events(o.events), app_events.measure),
}


def by_partner(events: list[Event]) -> dict[str, PartnerOracle]:
    grouped: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        grouped[event.partner_id].append(event)
    return {partner: PartnerOracle(group) for partner, group in grouped.items()}
