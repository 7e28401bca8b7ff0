"""Partners, their users, and the client (device, clock, SDK) a user sends events from."""

from __future__ import annotations

from dataclasses import dataclass, field
from random import Random
from typing import Any

from sessionlens.generate.clock import MS_PER_MINUTE, offset_suffix
from sessionlens.generate.distributions import (
    COMPANIES,
    COUNTRIES,
    DEVICES,
    INDUSTRIES,
    JOB_TITLES,
    PARTNER_NAMES,
    Country,
)

# Share of producers writing local time with an offset instead of `Z`, and of those
# sending whole seconds only.
LOCAL_OFFSET_SHARE = 0.2
WHOLE_SECONDS_SHARE = 0.15
# Users who come back for another session instead of being new to the partner.
RETURNING_SHARE = 0.15


@dataclass(frozen=True)
class Person:
    user_id: str
    name: str
    job_title: str | None
    company: str | None
    industry: str | None
    country: Country
    place: tuple[str, str]


@dataclass(frozen=True)
class Client:
    """Who sends an event and how: ids, context and the clock format of that producer."""

    user_id: str | None
    context: dict[str, str] | None
    # Probability that a given event carries the context (some SDK calls omit it).
    context_rate: float
    offset_ms: int
    offset_text: str
    with_ms: bool
    source_api: bool
    network_risk: float = 0.0


@dataclass
class Partner:
    partner_id: str
    weight: float
    people: list[Person] = field(default_factory=list)
    meetings: list[tuple[str, str]] = field(default_factory=list)  # recurring (meeting_id, title)
    # Partners run polls from their library in turn, so each kind of poll comes up.
    polls_run: int = 0
    server: Client = field(init=False)

    def __post_init__(self) -> None:
        # Platform-side events (session lifecycle, services, polls) come from the backend.
        self.server = Client(None, None, 0.0, 0, "Z", True, False)


def partner_ids(count: int) -> list[str]:
    """`p-acme`, `p-globex`, … then `p-acme-2`, … when there are more partners than names."""
    names = len(PARTNER_NAMES)
    return [
        f"p-{PARTNER_NAMES[i % names]}" + (f"-{i // names + 1}" if i >= names else "")
        for i in range(count)
    ]


def build_partners(count: int) -> list[Partner]:
    # A few big tenants and a long tail, as on any SaaS platform.
    return [Partner(pid, 1.0 / (rank + 1) ** 0.6) for rank, pid in enumerate(partner_ids(count))]


def new_person(partner: Partner, rng: Random) -> Person:
    number = len(partner.people) + 1
    country = COUNTRIES.pick(rng)
    first = country.first_names[int(rng.random() * len(country.first_names))]
    last = country.last_names[int(rng.random() * len(country.last_names))]
    places = country.places
    # Skew towards each country's first (biggest) city.
    place = places[0] if rng.random() < 0.5 else places[int(rng.random() * len(places))]
    profile_complete = rng.random() < 0.8
    person = Person(
        user_id=f"u-{number:06d}",
        name=f"{first} {last}",
        job_title=JOB_TITLES.pick(rng) if profile_complete else None,
        company=COMPANIES[int(rng.random() * len(COMPANIES))] if profile_complete else None,
        industry=INDUSTRIES.pick(rng) if profile_complete and rng.random() < 0.9 else None,
        country=country,
        place=place,
    )
    partner.people.append(person)
    return person


def pick_person(partner: Partner, rng: Random) -> Person:
    """Mostly a newcomer; sometimes someone the partner has seen before."""
    if partner.people and rng.random() < RETURNING_SHARE:
        return partner.people[int(rng.random() * len(partner.people))]
    return new_person(partner, rng)


def client_for(person: Person, rng: Random) -> Client:
    """The device a person uses for one session or app visit; stable for that episode."""
    device = DEVICES.pick(rng)
    browser, browser_version = device.browsers.pick(rng)
    region, city = person.place
    context: dict[str, Any] = {
        "country": person.country.code,
        "region": region,
        "city": city,
        "platform": device.platform,
        "device": device.device,
        "os": device.os,
        "os_version": device.os_versions.pick(rng),
    }
    if browser:
        context["browser"] = browser
        context["browser_version"] = browser_version
    context["sdk_version"] = device.sdk_versions.pick(rng)
    if rng.random() < 0.1:
        # Location lookups fail for some clients (VPNs, privacy settings).
        del context["region"], context["city"]
    local = rng.random() < LOCAL_OFFSET_SHARE
    offset_min = person.country.utc_offset_min if local else 0
    return Client(
        user_id=person.user_id,
        context=context,
        context_rate=0.0 if rng.random() < 0.03 else 0.95,
        offset_ms=offset_min * MS_PER_MINUTE,
        offset_text=offset_suffix(offset_min) if local else "Z",
        with_ms=rng.random() >= WHOLE_SECONDS_SHARE,
        source_api=False,
        network_risk=device.network_risk,
    )
