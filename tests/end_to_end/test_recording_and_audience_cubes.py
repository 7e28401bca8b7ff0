"""recordings, countries and devices over HTTP against the oracle (docs/METRICS.md)."""

from __future__ import annotations

import pytest

from tests.cube_checks import CubeQuery, check, oracle_of
from tests.deployment import Deployment

RECORDING_METRICS = ("impressions", "plays", "uniqueViewers", "minutesViewed", "avgCompletionRate")
AUDIENCE_METRICS = ("liveUniqueViewers", "recordingUniqueViewers", "uniqueViewers")


@pytest.mark.parametrize(
    "query",
    [
        CubeQuery("recordings", ("recordingId",), RECORDING_METRICS),
        CubeQuery("recordings", ("playedAt",), RECORDING_METRICS, grains={"playedAt": "DAY"}),
        CubeQuery("recordings", (), RECORDING_METRICS),
        CubeQuery(
            "recordings",
            (
                "sessionId",
                "recordingId",
                "userId",
                "playedAt",
                "country",
                "device",
                "platform",
                "os",
                "browser",
            ),
            RECORDING_METRICS,
        ),
        CubeQuery("recordings", ("country",), RECORDING_METRICS),
        CubeQuery(
            "recordings",
            ("platform", "browser"),
            ("plays", "avgCompletionRate"),
            where='{ platform: { ne: "desktop" } }',
            # Filters are two-valued: `ne` keeps rows whose platform is null.
            keep=lambda dims: dims["platform"] != "desktop",
        ),
    ],
    ids=["by-recording", "per-day", "no-dimension", "per-activity", "by-country", "not-desktop"],
)
def test_recordings(deployment: Deployment, query: CubeQuery) -> None:
    for partner in deployment.keys:
        check(deployment, partner, query)


def test_abandoned_plays_count_as_zero_completion(deployment: Deployment) -> None:
    """Guard: some plays have no segment, so avgCompletionRate checks include them as 0."""
    plays = [
        fact
        for partner in deployment.keys
        for fact in oracle_of(deployment, partner).cube("recordings").facts
        if fact.kind == "PLAY"
    ]
    assert any(not play.segments for play in plays)
    assert any(play.segments for play in plays)


@pytest.mark.parametrize(
    "query",
    [
        CubeQuery("countries", ("country",), AUDIENCE_METRICS),
        CubeQuery("countries", ("sessionId", "country"), AUDIENCE_METRICS),
        CubeQuery(
            "countries",
            ("sessionStart", "country"),
            AUDIENCE_METRICS,
            grains={"sessionStart": "DAY"},
        ),
        CubeQuery("countries", (), AUDIENCE_METRICS),
        CubeQuery(
            "countries",
            ("country",),
            AUDIENCE_METRICS,
            where='{ country: { in: ["US", "DE", "IN"] } }',
            keep=lambda dims: dims["country"] in ("US", "DE", "IN"),
        ),
        CubeQuery("devices", ("platform",), AUDIENCE_METRICS),
        CubeQuery(
            "devices", ("sessionId", "platform", "device", "os", "browser"), AUDIENCE_METRICS
        ),
        CubeQuery(
            "devices",
            ("browser",),
            AUDIENCE_METRICS,
            where='{ platform: { eq: "desktop" } }',
            keep=lambda dims: dims["platform"] == "desktop",
        ),
        CubeQuery("devices", ("device",)),
    ],
    ids=[
        "countries-across-sessions",
        "countries-per-session",
        "countries-per-day",
        "countries-no-dimension",
        "countries-filtered",
        "devices-by-platform",
        "devices-per-session",
        "desktop-browsers",
        "distinct-devices",
    ],
)
def test_countries_and_devices(deployment: Deployment, query: CubeQuery) -> None:
    for partner in deployment.keys:
        check(deployment, partner, query)


def test_distinct_viewers_across_sessions_are_not_summed(deployment: Deployment) -> None:
    """Guard: some user views several sessions, so the across-sessions checks can tell."""

    def summed_exceeds_distinct(partner: str) -> bool:
        countries = oracle_of(deployment, partner).cube("countries")
        per_session = countries.group_by(["sessionId"]).values()
        return (
            sum(row["uniqueViewers"] for row in per_session) > countries.totals()["uniqueViewers"]
        )

    assert any(summed_exceeds_distinct(partner) for partner in deployment.keys)
