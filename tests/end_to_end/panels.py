"""The panels of docs/queries and, for one partner, the variables a dashboard would send
(a real session, poll or watermark, taken from that partner's oracle)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.cube_checks import oracle_of
from tests.deployment import Deployment

QUERIES = Path(__file__).resolve().parents[2] / "docs" / "queries"
Variables = dict[str, Any]


class Panel:
    """Variables for one partner's panels, from that partner's oracle."""

    def __init__(self, deployment: Deployment, partner: str) -> None:
        self.oracle = oracle_of(deployment, partner)

    def richest_session(self, cube: str) -> str:
        """The session with the most facts in a cube: one a dashboard would surely show."""
        counts: dict[str, int] = {}
        for fact in self.oracle.cube(cube).facts:
            counts[fact.dims["sessionId"]] = counts.get(fact.dims["sessionId"], 0) + 1
        return max(counts, key=lambda session: (counts[session], session))

    def session(self, cube: str) -> Variables:
        return {"sessionId": self.richest_session(cube)}

    def name_search(self) -> Variables:
        session = self.richest_session("timeline")
        names = sorted(
            fact.dims["name"]
            for fact in self.oracle.cube("viewers").facts
            if fact.dims["sessionId"] == session and fact.dims["name"]
        )
        # Three letters, in another case: the search is case-insensitive.
        search = names[0][:3].swapcase()
        return {"where": {"sessionId": {"eq": session}, "name": {"contains": search}}}

    def answered_poll(self) -> Variables:
        poll = max(self.oracle.all_polls, key=lambda p: (len(p.answers), p.poll_id))
        return {"sessionId": poll.session_id, "pollId": poll.poll_id}

    def sent_quality(self) -> Variables:
        session = self.richest_session("quality")
        return {"where": {"sessionId": {"eq": session}, "direction": {"eq": "SEND"}}}

    def as_of_watermark(self) -> Variables:
        latest = max(event.at for event in self.oracle.events)
        return {"asOf": latest.isoformat() + "Z"}


VARIABLES: dict[str, Callable[[Panel], Variables]] = {
    "a1-live-header": lambda panel: panel.session("timeline"),
    "a2-live-timeline": lambda panel: panel.session("timeline"),
    "a2b-live-timeline-ten-seconds": lambda panel: panel.session("timeline"),
    "a3-viewer-engagement-table": Panel.name_search,
    "a3b-engagement-heatmap": lambda panel: panel.session("timeline"),
    "a4-polls": lambda panel: panel.session("polls"),
    "a4b-poll-answers": Panel.answered_poll,
    "a5-recordings": lambda panel: panel.session("recordings"),
    "a5b-recording-plays-over-time": lambda panel: panel.session("recordings"),
    "a6-countries": lambda panel: panel.session("timeline"),
    "a6b-devices": lambda panel: panel.session("timeline"),
    "b1-session-overview": lambda panel: panel.session("timeline"),
    "b2-participants": lambda panel: panel.session("timeline"),
    "b3-call-health": lambda panel: panel.session("quality"),
    "b4-session-stats-over-time": Panel.sent_quality,
    "b5-errors": lambda panel: panel.session("errors"),
    "c1-app-session-length-distribution": lambda panel: {},
    "c2-app-session-length-per-day": Panel.as_of_watermark,
    "c3-app-sessions-per-day": Panel.as_of_watermark,
    "c4-audience-period-over-period": Panel.as_of_watermark,
    "c5-cumulative-viewers": Panel.as_of_watermark,
    "d1-popular-devices-per-country": lambda panel: {},
    "d2-poll-participation-by-industry": lambda panel: {},
    "d3-p95-jitter-by-browser-per-hour": lambda panel: {},
}
