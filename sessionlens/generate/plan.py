"""How many sessions and app users a run needs, and when and where they happen."""

from __future__ import annotations

from random import Random

from sessionlens.generate.app import MEAN_EVENTS_PER_VISIT, MEAN_VISITS_PER_DAY
from sessionlens.generate.clock import MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, IdFactory
from sessionlens.generate.distributions import MEETING_TITLES, WEBINAR_TITLES
from sessionlens.generate.live import SessionPlan
from sessionlens.generate.people import Partner
from sessionlens.generate.weighted import Weighted

# Budget shares: live sessions (with their quality samples and recordings) and app activity;
# the rest is topped up at the end with late-synced app events to land on the exact count.
LIVE_SHARE = 0.80
APP_SHARE = 0.10
# Events per participant-minute (viewing, interaction, quality) plus per minute regardless of
# audience (presenters' streams), fitted on generated output.
_EVENTS_PER_PARTICIPANT_MINUTE = {"webinar": 5.3, "meeting": 16.5}
_EVENTS_PER_MINUTE = {"webinar": 36.0, "meeting": 0.0}
_EVENTS_PER_SESSION = 40
# Enough sessions per partner that every partner shows every feature.
_MIN_SESSIONS_PER_PARTNER = 3
# UTC start hours: the Americas/Europe overlap is busiest, the small hours quiet.
_START_HOURS: Weighted[int] = Weighted(
    [
        (h, w)
        for h, w in enumerate(
            (1, 1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 8, 9, 10, 12, 14, 15, 14, 12, 9, 6, 4, 2, 1)
        )
    ]
)
_SERVICES = {
    "webinar": (("recording", 0.7), ("hls", 0.3), ("rtmp", 0.15)),
    "meeting": (("recording", 0.3), ("hls", 0.03), ("rtmp", 0.02)),
}


def _size(kind: str, rng: Random) -> tuple[int, int]:
    """Full-scale (participants, minutes) of a session of this kind."""
    if kind == "webinar":
        participants = min(400, max(20, int(rng.lognormvariate(4.2, 0.7))))
        minutes = (30, 45, 60, 60, 90)[int(rng.random() * 5)] + int(rng.random() * 8) - 3
    else:
        participants = min(30, max(3, int(rng.lognormvariate(1.8, 0.5))))
        minutes = (20, 30, 30, 45, 60)[int(rng.random() * 5)] + int(rng.random() * 8) - 2
    return participants, min(90, max(20, minutes))


def estimate_events(kind: str, participants: int, minutes: float) -> float:
    per_minute = participants * _EVENTS_PER_PARTICIPANT_MINUTE[kind] + _EVENTS_PER_MINUTE[kind]
    return minutes * per_minute + _EVENTS_PER_SESSION


def _full_scale_mean(rng: Random) -> float:
    samples = [(*_size(kind, rng), kind) for kind in ("webinar", "meeting") * 200]
    return sum(estimate_events(kind, p, m) for p, m, kind in samples) / len(samples)


def _start(kind: str, duration_ms: int, begin_ms: int, end_ms: int, rng: Random) -> int:
    """A start on a business-hours slot, such that the session ends within the period."""
    first_day = begin_ms - begin_ms % MS_PER_DAY
    days = (end_ms - first_day) // MS_PER_DAY + 1
    slot = (30 if kind == "webinar" else 15) * MS_PER_MINUTE
    earliest, latest = begin_ms + 2 * MS_PER_MINUTE, end_ms - duration_ms - MS_PER_MINUTE
    at = earliest
    for _ in range(20):
        at = (
            first_day
            + int(rng.random() * days) * MS_PER_DAY
            + _START_HOURS.pick(rng) * MS_PER_HOUR
            + int(rng.random() * 4) * slot
            # Scheduled on the slot; actually started a little late.
            + int(rng.random() * 4 * MS_PER_MINUTE)
        )
        if earliest <= at <= latest:
            return at
    return min(max(at, earliest), latest)


def _meeting(partner: Partner, kind: str, ids: IdFactory, rng: Random) -> tuple[str, str]:
    # Meetings recur (a weekly sync is one meeting id, many sessions); webinars rarely do.
    if partner.meetings and rng.random() < (0.4 if kind == "meeting" else 0.05):
        return partner.meetings[int(rng.random() * len(partner.meetings))]
    titles = WEBINAR_TITLES if kind == "webinar" else MEETING_TITLES
    meeting = (ids.meeting_id(), titles[int(rng.random() * len(titles))])
    partner.meetings.append(meeting)
    return meeting


def plan_sessions(
    budget: int, partners: list[Partner], begin_ms: int, end_ms: int, ids: IdFactory, rng: Random
) -> list[SessionPlan]:
    """Sessions whose estimated events add up to `budget`, sorted by start.

    Small budgets shrink audiences (never below 3 people, 20 minutes) rather than dropping
    partners or features; from a few hundred thousand events up, sizes are full scale.
    """
    min_sessions = _MIN_SESSIONS_PER_PARTNER * len(partners) + 1
    scale = min(1.0, budget / (min_sessions * _full_scale_mean(Random(0))))
    session_cap = budget / min_sessions
    by_weight = Weighted([(p, p.weight) for p in partners])
    plans: list[SessionPlan] = []
    estimated = 0.0
    while estimated < budget:
        kind = "webinar" if rng.random() < 0.4 else "meeting"
        full_participants, minutes = _size(kind, rng)
        participants = max(3, round(full_participants * scale))
        minutes = max(20, round(minutes * scale**0.5))
        # No single session may swallow a share of the budget meant for several.
        excess = estimate_events(kind, participants, minutes) / session_cap
        if excess > 1:
            participants = max(3, int(participants / excess))
        duration_ms = minutes * MS_PER_MINUTE
        # Every partner gets sessions first; then partners by size.
        partner = partners[len(plans)] if len(plans) < len(partners) else by_weight.pick(rng)
        meeting_id, title = _meeting(partner, kind, ids, rng)
        services = tuple(name for name, share in _SERVICES[kind] if rng.random() < share)
        plans.append(
            SessionPlan(
                partner,
                kind,
                _start(kind, duration_ms, begin_ms, end_ms, rng),
                duration_ms,
                participants,
                meeting_id,
                title,
                services,
            )
        )
        estimated += estimate_events(kind, participants, minutes)
    return _with_ongoing(plans, end_ms, rng)


def _with_ongoing(plans: list[SessionPlan], end_ms: int, rng: Random) -> list[SessionPlan]:
    """Move a few sessions to straddle the end of the period, so they are still ongoing."""
    ongoing = 1 + len(plans) // 50
    moved = []
    for index, plan in enumerate(plans):
        if index < ongoing:
            start = end_ms - int((0.2 + 0.6 * rng.random()) * plan.duration_ms)
            plan = SessionPlan(
                plan.partner,
                plan.kind,
                start,
                plan.duration_ms,
                plan.participants,
                plan.meeting_id,
                plan.title,
                plan.services,
            )
        moved.append(plan)
    return sorted(moved, key=lambda plan: plan.start_ms)


def app_user_count(budget: int, days: int) -> int:
    return max(1, round(budget / (MEAN_EVENTS_PER_VISIT * MEAN_VISITS_PER_DAY * days)))
