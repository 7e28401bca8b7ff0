"""docs/METRICS.md "Call quality": each quality_sample categorized; group health, rates, stats."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tests.oracle.events import Event, user_contexts
from tests.oracle.stats import mean, percentile_cont

GOOD, MODERATE, POOR = "GOOD", "MODERATE", "POOR"
# Worst first: on a tie for the most samples, the worse category wins.
WORST_FIRST = (POOR, MODERATE, GOOD)
# API metric stem → sample property.
MEASURES = {
    "JitterMs": "jitter_ms",
    "RttMs": "rtt_ms",
    "BitrateKbps": "bitrate_kbps",
    "PacketLossPct": "packet_loss_pct",
    "Fps": "fps",
    "Height": "height",
}


def category(props: dict) -> str:
    jitter, rtt, loss = props["jitter_ms"], props["rtt_ms"], props["packet_loss_pct"]
    if jitter <= 30 and rtt <= 300 and loss <= 5:
        return GOOD
    if jitter > 60 or rtt > 600 or loss > 10:
        return POOR
    return MODERATE


@dataclass(frozen=True)
class Sample:
    session_id: str
    user_id: str
    at: datetime
    props: dict
    context: dict[str, str]

    @property
    def category(self) -> str:
        return category(self.props)

    @property
    def dims(self) -> dict[str, Any]:
        sending = self.props["direction"] == "send"
        return {
            "sessionId": self.session_id,
            "senderUserId": self.user_id if sending else self.props.get("peer_user_id"),
            "receiverUserId": None if sending else self.user_id,
            "media": self.props["media"].upper(),
            "direction": self.props["direction"].upper(),
            "time": self.at,
            **{key: self.context.get(key) for key in ("country", "platform", "browser")},
        }


def samples(events: list[Event]) -> list[Sample]:
    contexts = user_contexts(events)
    return [
        Sample(
            e.session_id,
            e.user_id,
            e.at,
            e.properties,
            contexts.get((e.partner_id, e.session_id, e.user_id), {}),
        )
        for e in events
        if e.event_type == "quality_sample"
    ]


def measure(rows: Sequence[Sample]) -> dict[str, Any]:
    counts = {name: sum(r.category == name for r in rows) for name in WORST_FIRST}
    result: dict[str, Any] = {
        "samples": len(rows),
        "goodRate": counts[GOOD] / len(rows),
        "moderateRate": counts[MODERATE] / len(rows),
        "poorRate": counts[POOR] / len(rows),
        # max() keeps the first of equal counts, and WORST_FIRST puts the worse first.
        "health": max(WORST_FIRST, key=lambda name: counts[name]),
    }
    for stem, prop in MEASURES.items():
        values = [r.props[prop] for r in rows if r.props.get(prop) is not None]
        result[f"avg{stem}"] = mean(values)
        result[f"p95{stem}"] = percentile_cont(values, 0.95)
        result[f"max{stem}"] = max(values, default=None)
    return result
