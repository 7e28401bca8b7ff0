"""Call-quality samples (one per 10 s per stream) and the errors bad stretches bring.

Each stream walks between good, moderate and poor network stretches; the client's network
risk (mobile worse than desktop) sets how often it degrades. A few samples sit exactly on
the docs/METRICS.md category thresholds, where off-by-one comparisons would show.
"""

from __future__ import annotations

from random import Random
from typing import Any

from sessionlens.generate.clock import MS_PER_MINUTE, MS_PER_SECOND
from sessionlens.generate.distributions import ERRORS
from sessionlens.generate.episode import EventTuple, Interval, overlap
from sessionlens.generate.live import LiveSession, Participant

SAMPLE_MS = 10 * MS_PER_SECOND
GOOD, MODERATE, POOR = 0, 1, 2
# The best sample of each degraded category's thresholds: (jitter, rtt, loss).
_GOOD_EDGE = (30.0, 300.0, 5.0)
_MODERATE_EDGE = (60.0, 600.0, 10.0)
_THRESHOLD_SHARE = 0.01
# Receive-side reporters per webinar at most: enough to chart, not a fan-out per viewer.
_WEBINAR_RECEIVERS = 12
_VIDEO_BY_STATE = (
    ((1280, 720), 30.0, 1200.0, 1300.0),
    ((640, 360), 24.0, 400.0, 500.0),
    ((320, 180), 15.0, 100.0, 200.0),
)


def _network(state: int, rng: Random) -> tuple[float, float, float]:
    random = rng.random
    if random() < _THRESHOLD_SHARE:
        return _GOOD_EDGE if random() < 0.5 else _MODERATE_EDGE
    jitter = round(2 + 24 * random(), 1)
    rtt = round(25 + 230 * random(), 1)
    loss = round(3 * random() ** 3, 2)
    if state == MODERATE:
        # At least one measure in the moderate band, the others anywhere up to it.
        worst = int(random() * 3)
        if worst == 0:
            jitter = round(31 + 28 * random(), 1)
        elif worst == 1:
            rtt = round(310 + 280 * random(), 1)
        else:
            loss = round(5.2 + 4.6 * random(), 2)
    elif state == POOR:
        jitter = round(45 + 150 * random(), 1)
        rtt = round(400 + 1100 * random(), 1)
        loss = round(6 + 25 * random(), 2)
    return jitter, rtt, loss


def _stream(
    sender: Participant,
    reporter: Participant,
    media: str,
    direction: str,
    stretches: list[Interval],
    rng: Random,
) -> list[EventTuple]:
    client = reporter.client
    risk = max(sender.client.network_risk, reporter.client.network_risk)
    peer = sender.person.user_id if direction == "receive" else None
    random = rng.random
    out: list[EventTuple] = []
    state = GOOD
    for stretch in stretches:
        for moment in range(
            stretch.start_ms + int(random() * SAMPLE_MS), stretch.end_ms, SAMPLE_MS
        ):
            roll = random()
            if state == GOOD:
                if roll < risk * 0.03:
                    state = POOR if random() < 0.3 else MODERATE
            elif roll < 0.08:
                state = GOOD
            jitter, rtt, loss = _network(state, rng)
            props: dict[str, Any] = {"media": media, "direction": direction}
            if peer is not None:
                props["peer_user_id"] = peer
            props["jitter_ms"] = jitter
            props["rtt_ms"] = rtt
            if media == "audio":
                props["bitrate_kbps"] = round(24 + 40 * random() - 8 * state, 1)
                props["packet_loss_pct"] = loss
            else:
                if media == "video":
                    (width, height), fps, base, spread = _VIDEO_BY_STATE[state]
                else:
                    width, height, fps = 1920, 1080, float(5 + int(random() * 11) - 2 * state)
                    base, spread = 300.0, 1200.0 / (1 + state)
                props["bitrate_kbps"] = round(base + spread * random(), 1)
                props["packet_loss_pct"] = loss
                props["width"] = width
                props["height"] = height
                props["fps"] = fps
            out.append((moment, "quality_sample", client, props))
            if state == POOR and random() < 0.04:
                out.append(_error(client, moment + int(random() * SAMPLE_MS), rng, network=True))
    return out


def _error(client: Any, moment: int, rng: Random, *, network: bool) -> EventTuple:
    error_type, code, message = ERRORS.pick(rng)
    while network and error_type not in ("network", "connection"):
        error_type, code, message = ERRORS.pick(rng)
    return (moment, "error", client, {"error_type": error_type, "code": code, "message": message})


def quality_events(session: LiveSession, rng: Random) -> list[EventTuple]:
    """Send-side streams for everyone on camera or sharing, receive-side for a sample."""
    meeting = session.plan.kind == "meeting"
    participants = session.participants
    presenters = [p for p in participants if p.role in ("host", "speaker")] or participants[:1]
    senders = participants if meeting else presenters
    out: list[EventTuple] = []
    for sender in senders:
        out.extend(_stream(sender, sender, "audio", "send", sender.intervals, rng))
        if not meeting or rng.random() < 0.65:
            out.extend(_stream(sender, sender, "video", "send", sender.intervals, rng))
    # One presenter shares a screen for a stretch in the middle of the session.
    sharer = presenters[0]
    plan = session.plan
    share = [
        Interval(
            plan.start_ms + plan.duration_ms // 5,
            plan.start_ms
            + plan.duration_ms // 5
            + int(rng.random() * plan.duration_ms * 0.6)
            + MS_PER_MINUTE,
        )
    ]
    shared = overlap(sharer.intervals, share)
    out.extend(_stream(sharer, sharer, "screen_share", "send", shared, rng))

    others = [p for p in participants if p is not sharer]
    # Receive-side reporting is sampled, as SDKs do to bound telemetry: a share of meeting
    # participants, a handful of a webinar's audience.
    reporting = (len(others) + 1) // 2 if meeting else min(_WEBINAR_RECEIVERS, len(others) // 8)
    receivers = rng.sample(others, reporting)
    for receiver in receivers:
        watched = overlap(receiver.intervals, sharer.intervals)
        out.extend(_stream(sharer, receiver, "audio", "receive", watched, rng))
        if rng.random() < 0.6:
            out.extend(_stream(sharer, receiver, "video", "receive", watched, rng))
        if rng.random() < 0.5:
            out.extend(
                _stream(
                    sharer,
                    receiver,
                    "screen_share",
                    "receive",
                    overlap(receiver.intervals, shared),
                    rng,
                )
            )
    for p in participants:
        if rng.random() < 0.06:
            # Setup problems right after joining: permissions, devices.
            join = p.intervals[0].start_ms
            out.append(
                _error(p.client, join + int(rng.random() * 30 * MS_PER_SECOND), rng, network=False)
            )
    return out
