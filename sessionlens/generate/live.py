"""One live session: lifecycle, services, participants joining and leaving, live viewing and
interaction (reactions, chat, polls, Q&A, downloads, raised hands)."""

from __future__ import annotations

from dataclasses import dataclass
from random import Random
from typing import Any

from sessionlens.generate.clock import MS_PER_MINUTE, MS_PER_SECOND, IdFactory
from sessionlens.generate.distributions import (
    ATTACHMENTS,
    LEAVE_REASONS,
    OPEN_ANSWERS,
    POLLS,
    REACTIONS,
)
from sessionlens.generate.episode import Batch, EventTuple, Interval
from sessionlens.generate.people import Client, Partner, Person, client_for, pick_person

HEARTBEAT_MS = 10 * MS_PER_SECOND
# Every combination of the three heartbeat flags, shared rather than rebuilt per heartbeat.
_HEARTBEATS = {
    (focus, full, sound): {"tab_in_focus": focus, "fullscreen": full, "sound_on": sound}
    for focus in (False, True)
    for full in (False, True)
    for sound in (False, True)
}
# Per-heartbeat chance of leaving the current attention state, scaled by the pull of the
# other state: small enough that focus and muting come in stretches of minutes.
_ATTENTION_SWITCH = 0.12
_NO_PROPERTIES: dict[str, Any] = {}


@dataclass(frozen=True)
class SessionPlan:
    partner: Partner
    kind: str  # "webinar" or "meeting"
    start_ms: int
    duration_ms: int
    participants: int
    meeting_id: str
    title: str
    services: tuple[str, ...]


@dataclass
class Participant:
    person: Person
    client: Client
    role: str
    intervals: list[Interval]
    views: bool
    # Per-user appetite for interaction (most people rarely react or chat, a few a lot).
    chattiness: float
    attention: float
    # Every session has one participant on a bad connection: drops, retried joins, and a
    # leave sent twice.
    flaky: bool = False

    def joined_at(self, moment_ms: int) -> Interval | None:
        for interval in self.intervals:
            if interval.contains(moment_ms):
                return interval
        return None


@dataclass(frozen=True)
class LiveSession:
    """A simulated session, handed on to quality and recording generators."""

    plan: SessionPlan
    session_id: str
    end_ms: int
    participants: list[Participant]
    recording: tuple[str, int, int] | None  # (recording_id, started ms, stopped ms)


def _roles(kind: str, count: int, rng: Random) -> list[str]:
    if kind == "meeting":
        return ["host"] + ["attendee"] * (count - 1)
    speakers = min(count - 1, 1 + int(rng.random() * 3))
    moderators = 1 if count > 10 and rng.random() < 0.5 else 0
    return (
        ["host"]
        + ["speaker"] * speakers
        + ["moderator"] * moderators
        + ["attendee"] * (count - 1 - speakers - moderators)
    )


def _intervals(
    role: str, plan: SessionPlan, end_ms: int, flaky: bool, rng: Random
) -> list[Interval]:
    start = plan.start_ms
    if role == "host":
        join = start + int((1 + 19 * rng.random()) * MS_PER_SECOND)
    elif role != "attendee" or plan.kind == "meeting":
        join = start + int(rng.random() * 4 * MS_PER_MINUTE)
    else:
        # Most attendees arrive in the first minutes; a tail drifts in late.
        join = start + int(rng.expovariate(1 / 3) * MS_PER_MINUTE)
    if role in ("host", "speaker") or rng.random() < 0.55:
        leave = end_ms
    else:
        leave = join + int((2 * MS_PER_MINUTE) + rng.random() * (end_ms - join))
    join = min(join, end_ms - 2 * MS_PER_MINUTE)
    leave = min(max(leave, join + MS_PER_MINUTE), end_ms)
    if (flaky or rng.random() < 0.12) and leave - join > 4 * MS_PER_MINUTE:
        # Dropped and came back (network blip, switched device, took a call).
        drop = join + int((0.2 + 0.5 * rng.random()) * (leave - join))
        back = min(drop + int((10 + rng.random() * 170) * MS_PER_SECOND), leave - MS_PER_MINUTE)
        return [Interval(join, drop), Interval(back, leave)]
    return [Interval(join, leave)]


def _joined_properties(participant: Participant, rng: Random) -> dict[str, Any]:
    person = participant.person
    props: dict[str, Any] = {"name": person.name}
    if person.job_title is not None:
        props["job_title"] = person.job_title
    if person.company is not None:
        props["company"] = person.company
    if person.industry is not None:
        props["industry"] = person.industry
    if rng.random() < 0.95:
        props["role"] = participant.role
    mobile = participant.client.context is not None and (
        participant.client.context["platform"] == "mobile"
    )
    # Log-normal connection setup: ~0.7 s median on desktop, slower on mobile networks.
    props["connect_ms"] = int(rng.lognormvariate(6.6 if not mobile else 7.1, 0.5))
    return props


def _presence_events(p: Participant, session_end_ms: int, rng: Random) -> list[EventTuple]:
    client = p.client
    out: list[EventTuple] = []
    for index, interval in enumerate(p.intervals):
        out.append((interval.start_ms, "participant_joined", client, _joined_properties(p, rng)))
        if p.flaky or rng.random() < 0.04:
            # A client retry: a second join while already joined (ignored by the metrics).
            retry = interval.start_ms + int((1 + 4 * rng.random()) * MS_PER_SECOND)
            out.append((retry, "participant_joined", client, _joined_properties(p, rng)))
        last = index == len(p.intervals) - 1
        if not last:
            out.append((interval.end_ms, "participant_left", client, {"reason": "timeout"}))
        elif interval.end_ms < session_end_ms or p.flaky or rng.random() < 0.7:
            reason = LEAVE_REASONS.pick(rng) if interval.end_ms < session_end_ms else "ended"
            out.append(
                (
                    interval.end_ms,
                    "participant_left",
                    client,
                    {"reason": reason} if rng.random() < 0.8 else {},
                )
            )
            if p.flaky or rng.random() < 0.04:
                # A stray leave while not joined (also ignored by the metrics).
                stray = interval.end_ms + int((1 + 29 * rng.random()) * MS_PER_SECOND)
                out.append((stray, "participant_left", client, _NO_PROPERTIES))
    return out


def _heartbeats(
    p: Participant, session: LiveSession, boost: list[float], rng: Random
) -> list[EventTuple]:
    """Every 10 s while joined; attention wanders off as the session drags on and comes back
    for polls, muting comes in stretches, a few viewers go fullscreen."""
    client = p.client
    start = session.plan.start_ms
    drift = 0.35 / session.plan.duration_ms
    random = rng.random
    out: list[EventTuple] = []
    focus = random() < p.attention
    sound = random() < 0.9
    full = False
    fullscreen_prone = random() < 0.12
    for interval in p.intervals:
        for moment in range(
            interval.start_ms + int(random() * HEARTBEAT_MS), interval.end_ms, HEARTBEAT_MS
        ):
            pull = p.attention - drift * (moment - start) + boost[(moment - start) // MS_PER_MINUTE]
            if random() < (_ATTENTION_SWITCH * (1 - pull) if focus else _ATTENTION_SWITCH * pull):
                focus = not focus
            roll = random()
            sound = roll >= 0.01 if sound else roll < 0.1
            if fullscreen_prone and random() < 0.05:
                full = not full
            out.append((moment, "view_heartbeat", client, _HEARTBEATS[(focus, full, sound)]))
    return out


def _count(expected: float, rng: Random) -> int:
    """Stochastic rounding: the right mean without a Poisson draw."""
    whole = int(expected)
    return whole + (rng.random() < expected - whole)


def _interactions(
    p: Participant,
    session: LiveSession,
    attachments: list[tuple[str, str]],
    ids: IdFactory,
    rng: Random,
) -> list[EventTuple]:
    client = p.client
    out: list[EventTuple] = []
    meeting = session.plan.kind == "meeting"
    for interval in p.intervals:
        span = interval.end_ms - interval.start_ms
        minutes = span / MS_PER_MINUTE

        def moments(
            rate_per_minute: float,
            interval: Interval = interval,
            span: int = span,
            minutes: float = minutes,
        ) -> list[int]:
            n = _count(rate_per_minute * minutes * p.chattiness, rng)
            return [interval.start_ms + int(rng.random() * span) for _ in range(n)]

        for moment in moments(0.0 if meeting else 0.06):
            out.append((moment, "reaction", client, {"reaction": REACTIONS.pick(rng)}))
        for moment in moments(0.05 if meeting else 0.03):
            out.append((moment, "chat_message", client, {"message_id": ids.short("msg_")}))
        for moment in moments(0.003 if meeting else 0.006):
            out.append((moment, "qa_thread_created", client, {"thread_id": ids.short("thr_")}))
        for moment in moments(0.03 if meeting else 0.01):
            out.append((moment, "hand_raised", client, _NO_PROPERTIES))
        if attachments and rng.random() < 0.12:
            attachment_id, file_name = attachments[int(rng.random() * len(attachments))]
            props = {"attachment_id": attachment_id}
            if rng.random() < 0.85:
                props["file_name"] = file_name
            moment = interval.start_ms + int(rng.random() * span)
            out.append((moment, "attachment_downloaded", client, props))
    return out


def _reaction_bursts(
    participants: list[Participant], session: LiveSession, rng: Random
) -> list[EventTuple]:
    """Highlight moments: many viewers react at once, some several times under 2 s apart."""
    out: list[EventTuple] = []
    plan = session.plan
    if plan.kind == "meeting":
        return out
    for _ in range(1 + int(rng.random() * 3)):
        moment = plan.start_ms + int((0.1 + 0.85 * rng.random()) * plan.duration_ms)
        reaction = REACTIONS.pick(rng)
        for p in participants:
            if p.views and p.joined_at(moment) and rng.random() < 0.3:
                at = moment + int(rng.random() * 8 * MS_PER_SECOND)
                for _ in range(1 + int(rng.random() ** 2 * 5)):
                    out.append((at, "reaction", p.client, {"reaction": reaction}))
                    at += int(250 + rng.random() * 1500)
    return out


def _poll_answers(poll_type: str, options: tuple[str, ...], rng: Random) -> list[str]:
    if poll_type == "open_ended":
        return [OPEN_ANSWERS[int(rng.random() * len(OPEN_ANSWERS))]]
    if poll_type == "rating":
        # Ratings skew high.
        return [options[min(len(options) - 1, int((rng.random() ** 0.5) * len(options)))]]
    if poll_type == "multiple_choice":
        return rng.sample(options, 1 + int(rng.random() * 3))
    # Earlier options are more popular.
    return [options[int(rng.random() ** 1.6 * len(options))]]


def _polls(
    session: LiveSession, host: Participant, ids: IdFactory, boost: list[float], rng: Random
) -> list[EventTuple]:
    plan = session.plan
    count = int(rng.random() * 2) if plan.kind == "meeting" else 1 + int(rng.random() * 4)
    out: list[EventTuple] = []
    server = plan.partner.server
    for _ in range(count):
        poll_type, question, options = POLLS[plan.partner.polls_run % len(POLLS)]
        plan.partner.polls_run += 1
        launch = plan.start_ms + int((0.1 + 0.7 * rng.random()) * plan.duration_ms)
        poll_id = ids.short("poll_")
        launcher = host.client if rng.random() < 0.7 else server
        out.append(
            (
                launch,
                "poll_launched",
                launcher,
                {
                    "poll_id": poll_id,
                    "question": question,
                    "poll_type": poll_type,
                    "options": list(options),
                },
            )
        )
        minute = (launch - plan.start_ms) // MS_PER_MINUTE
        for offset in range(3):
            if minute + offset < len(boost):
                boost[minute + offset] += 0.25
        for p in session.participants:
            answered_at = launch + int((3 + rng.random() * 80) * MS_PER_SECOND)
            interval = p.joined_at(answered_at)
            if p is host or interval is None or rng.random() > 0.3 + 0.5 * p.attention:
                continue
            answers = _poll_answers(poll_type, options, rng)
            out.append(
                (answered_at, "poll_answered", p.client, {"poll_id": poll_id, "answers": answers})
            )
            if rng.random() < 0.1:
                # Changed their mind: the later answer is the one that counts.
                changed = _poll_answers(poll_type, options, rng)
                while changed == answers:
                    changed = _poll_answers(poll_type, options, rng)
                changed_at = answered_at + int((5 + rng.random() * 60) * MS_PER_SECOND)
                out.append(
                    (
                        changed_at,
                        "poll_answered",
                        p.client,
                        {"poll_id": poll_id, "answers": changed},
                    )
                )
    return out


def _new_participants(plan: SessionPlan, end_ms: int, rng: Random) -> list[Participant]:
    seen: set[str] = set()
    participants = []
    roles = _roles(plan.kind, plan.participants, rng)
    for index, role in enumerate(roles):
        flaky = index == len(roles) - 1
        person = pick_person(plan.partner, rng)
        while person.user_id in seen:
            person = pick_person(plan.partner, rng)
        seen.add(person.user_id)
        participants.append(
            Participant(
                person=person,
                client=client_for(person, rng),
                role=role,
                intervals=_intervals(role, plan, end_ms, flaky, rng),
                # Dial-in and audio-only clients join without sending viewing heartbeats.
                views=rng.random() < 0.95,
                chattiness=rng.lognormvariate(-0.5, 1.0),
                attention=0.45 + 0.5 * rng.random(),
                flaky=flaky,
            )
        )
    return participants


def simulate_session(plan: SessionPlan, ids: IdFactory, rng: Random) -> tuple[LiveSession, Batch]:
    """The session's lifecycle and audience events (quality and recordings come separately)."""
    session_id = ids.uuid()
    end_ms = plan.start_ms + plan.duration_ms
    server = plan.partner.server
    events: list[EventTuple] = []

    recording = None
    started: dict[str, Any] = {"meeting_id": plan.meeting_id, "title": plan.title}
    for service in plan.services:
        on = plan.start_ms + int((5 + rng.random() * 55) * MS_PER_SECOND)
        off = end_ms - int((1 + rng.random() * 20) * MS_PER_SECOND)
        events.append((on, "service_started", server, {"service": service}))
        events.append((off, "service_stopped", server, {"service": service}))
        if service == "recording":
            recording = (ids.short("rec_"), on, off)
            started["recording_id"] = recording[0]
    events.append((plan.start_ms, "session_started", server, started))
    events.append((end_ms, "session_ended", server, _NO_PROPERTIES))

    participants = _new_participants(plan, end_ms, rng)
    session = LiveSession(plan, session_id, end_ms, participants, recording)
    boost = [0.0] * (plan.duration_ms // MS_PER_MINUTE + 2)
    events.extend(_polls(session, participants[0], ids, boost, rng))
    attachments = [
        (ids.short("att_"), ATTACHMENTS[int(rng.random() * len(ATTACHMENTS))])
        for _ in range(int(rng.random() * 3))
    ]
    for p in participants:
        events.extend(_presence_events(p, end_ms, rng))
        if p.views:
            events.extend(_heartbeats(p, session, boost, rng))
        events.extend(_interactions(p, session, attachments, ids, rng))
    events.extend(_reaction_bursts(participants, session, rng))
    return session, Batch(plan.partner.partner_id, session_id, events)
