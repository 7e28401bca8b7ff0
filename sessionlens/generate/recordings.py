"""On-demand viewing of a session's recording in the days after it ended.

A view is a player impression, usually followed by a play; a play is watched in stretches
(`play_segment`s) with seeks forward (gaps) and back (overlaps); some plays are abandoned
before any segment is reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from random import Random

from sessionlens.generate.clock import MS_PER_HOUR, MS_PER_SECOND, IdFactory
from sessionlens.generate.episode import Batch, EventTuple
from sessionlens.generate.live import LiveSession
from sessionlens.generate.people import Client, client_for, pick_person

PLAY_SHARE = 0.75
ABANDON_SHARE = 0.2


@dataclass(frozen=True)
class RecordingView:
    partner_id: str
    session_id: str
    recording_id: str
    duration_s: float
    client: Client


def plan_recording_views(
    session: LiveSession, period_end_ms: int, rng: Random
) -> list[tuple[int, RecordingView]]:
    """(time, view) pairs: registrants who missed it live and attendees rewatching."""
    if session.recording is None or session.end_ms > period_end_ms:
        return []
    recording_id, started_ms, stopped_ms = session.recording
    duration_s = round((stopped_ms - started_ms) / MS_PER_SECOND, 1)
    plan = session.plan
    views = []
    for _ in range(max(3, int(len(session.participants) * (0.2 + 0.4 * rng.random())))):
        if rng.random() < 0.3:
            person = session.participants[int(rng.random() * len(session.participants))].person
        else:
            person = pick_person(plan.partner, rng)
        # Interest decays after the session: half of the views within the first ~day.
        at = session.end_ms + int(rng.expovariate(1 / 20) * MS_PER_HOUR)
        if at < period_end_ms:
            view = RecordingView(
                plan.partner.partner_id,
                session.session_id,
                recording_id,
                duration_s,
                client_for(person, rng),
            )
            views.append((at, view))
    return views


def recording_view_events(view: RecordingView, start_ms: int, ids: IdFactory, rng: Random) -> Batch:
    client = view.client
    recording_id = view.recording_id
    events: list[EventTuple] = [
        (start_ms, "player_impression", client, {"recording_id": recording_id})
    ]
    if rng.random() < PLAY_SHARE:
        play_id = ids.uuid()
        at = start_ms + int((2 + rng.random() * 20) * MS_PER_SECOND)
        events.append(
            (at, "play_started", client, {"recording_id": recording_id, "play_id": play_id})
        )
        if rng.random() >= ABANDON_SHARE:
            events.extend(_segments(client, recording_id, play_id, view.duration_s, at, rng))
    return Batch(view.partner_id, view.session_id, events)


def _segments(
    client: Client, recording_id: str, play_id: str, duration_s: float, at: int, rng: Random
) -> list[EventTuple]:
    out: list[EventTuple] = []
    position = 0.0 if rng.random() < 0.85 else round(rng.random() * duration_s * 0.5, 1)
    # Watch until done (a quarter of plays) or until interest runs out.
    budget_s = duration_s * (1.0 if rng.random() < 0.25 else rng.random())
    watched = 0.0
    while watched < budget_s and position < duration_s:
        stretch = min(duration_s - position, budget_s - watched, 30 + rng.expovariate(1 / 400))
        if stretch < 1:
            break
        end = round(position + stretch, 1)
        at += int((end - position) * MS_PER_SECOND)
        out.append(
            (
                at,
                "play_segment",
                client,
                {
                    "recording_id": recording_id,
                    "play_id": play_id,
                    "start_s": position,
                    "end_s": end,
                    "duration_s": duration_s,
                },
            )
        )
        watched += stretch
        # Seek: mostly skip ahead, sometimes go back to rewatch a bit.
        jump = rng.random()
        if jump < 0.6:
            position = round(min(duration_s, end + rng.random() * duration_s * 0.2), 1)
        elif jump < 0.8:
            position = round(max(0.0, end - rng.random() * 120), 1)
        else:
            position = end
        at += int((1 + rng.random() * 4) * MS_PER_SECOND)
    return out
