"""Companion-app activity: visits of a few minutes separated by gaps, some of them just
under or just over the 20-minute app-session timeout of docs/METRICS.md."""

from __future__ import annotations

from dataclasses import dataclass
from random import Random

from sessionlens.generate.clock import MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND
from sessionlens.generate.distributions import (
    APP_ACTIVITY,
    APP_FIRST_OPEN,
    APP_LAUNCH,
    APP_RARE_HOUSEKEEPING,
    SERVER_SIDE_APP_EVENT,
)
from sessionlens.generate.episode import Batch, EventTuple
from sessionlens.generate.people import Client, Partner, client_for, pick_person

# Mean app events per visit, used by the planner to size the app population.
MEAN_EVENTS_PER_VISIT = 7.5
MEAN_VISITS_PER_DAY = 4.1
_INACTIVITY_TIMEOUT_MS = 20 * MS_PER_MINUTE


@dataclass
class AppUser:
    partner: Partner
    client: Client
    # The same user's backend integration (`source: "api"`, no device context).
    server: Client
    installed: bool


def new_app_user(partner: Partner, rng: Random) -> AppUser:
    person = pick_person(partner, rng)
    server = Client(person.user_id, None, 0.0, 0, "Z", True, True)
    # A third of the app users install during the period; the rest already had the app.
    return AppUser(partner, client_for(person, rng), server, installed=rng.random() >= 0.33)


def _gap_to_next_visit(rng: Random) -> int:
    roll = rng.random()
    if roll < 0.12:
        # Just under the timeout: the next visit continues the same app session.
        return _INACTIVITY_TIMEOUT_MS - int((1 + rng.random() * 59) * MS_PER_SECOND)
    if roll < 0.24:
        # Just over: a new app session.
        return _INACTIVITY_TIMEOUT_MS + int((1 + rng.random() * 119) * MS_PER_SECOND)
    if roll < 0.35:
        return int((1 + rng.random() * 9) * MS_PER_MINUTE)
    return int(rng.expovariate(1 / 8) * MS_PER_HOUR) + _INACTIVITY_TIMEOUT_MS


def app_visit(user: AppUser, start_ms: int, rng: Random) -> tuple[Batch, int]:
    """One visit's events and the time of the user's next visit."""
    client = user.client
    events: list[EventTuple] = []
    at = start_ms
    if not user.installed:
        user.installed = True
        for name in APP_FIRST_OPEN:
            events.append((at, "app_event", client, {"name": name}))
            at += int((1 + rng.random() * 5) * MS_PER_SECOND)
    if rng.random() < 0.15:
        # Push notification sent by the partner's backend, then opened on the device.
        sent = at - int((1 + rng.random() * 30) * MS_PER_MINUTE)
        events.append((sent, "app_event", user.server, {"name": SERVER_SIDE_APP_EVENT}))
        events.append((at, "app_event", client, {"name": "Notification Clicked"}))
    events.append((at, "app_event", client, {"name": APP_LAUNCH}))
    for _ in range(1 + int(rng.expovariate(1 / (MEAN_EVENTS_PER_VISIT - 2)))):
        at += min(int(rng.lognormvariate(3.2, 1.0) * MS_PER_SECOND), 8 * MS_PER_MINUTE)
        name = APP_ACTIVITY.pick(rng)
        # Purchases are also reported server-side by some partners.
        sender = user.server if name == "Order Completed" and rng.random() < 0.5 else client
        events.append((at, "app_event", sender, {"name": name}))
    if rng.random() < 0.02:
        at += int(rng.random() * 60 * MS_PER_SECOND)
        events.append((at, "app_event", client, {"name": APP_RARE_HOUSEKEEPING.pick(rng)}))
    return Batch(user.partner.partner_id, None, events), at + _gap_to_next_visit(rng)
