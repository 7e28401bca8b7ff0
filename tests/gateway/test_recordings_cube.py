"""The recordings cube: impressions, plays (with a play_started), minutes and completion."""

from __future__ import annotations

from tests.gateway.conftest import Api
from tests.gateway.data import RECORDINGS
from tests.gateway.expect import Row, approx, groups, keyed, mean, of_partner, users


def _started(row: Row) -> bool:
    return row["activity"] == "PLAY" and bool(row["has_play_start"])


def expected(rows: list[Row]) -> dict[str, object]:
    minutes = [r["minutes_viewed"] for r in rows if r["minutes_viewed"] is not None]
    return {
        "impressions": sum(r["activity"] == "IMPRESSION" for r in rows),
        "plays": sum(_started(r) for r in rows),
        "uniqueViewers": users(rows, _started),
        "minutesViewed": sum(minutes) if minutes else None,
        "avgCompletionRate": mean(r["completion_rate"] for r in rows if _started(r)),
    }


METRICS = "impressions plays uniqueViewers minutesViewed avgCompletionRate"


def test_whole_set_and_per_country(api: Api) -> None:
    own = of_partner(RECORDINGS, "A")
    assert api.rows("recordings", METRICS) == [approx(expected(own))]
    rows = api.rows("recordings", f"country {METRICS}")
    assert keyed(rows, "country") == {
        key: approx(expected(group)) for key, group in groups(own, "country").items()
    }
    # u6 played from the US and from Germany: a viewer in each country.
    assert keyed(rows, "country")[("DE",)]["uniqueViewers"] == 2


def test_plays_per_day_with_filters(api: Api) -> None:
    rows = api.rows(
        "recordings",
        "day: playedAt(grain: DAY) plays minutesViewed",
        'where: {recordingId: {eq: "r1"}, browser: {ne: "Edge"}}',
    )
    matching = [
        {**r, "day": r["activity_at"].date().isoformat() + "T00:00:00+00:00"}
        for r in of_partner(RECORDINGS, "A")
        if r["recording_id"] == "r1" and r["browser"] != "Edge"
    ]
    assert rows == [
        approx(
            {
                "day": day,
                "plays": expected(group)["plays"],
                "minutesViewed": expected(group)["minutesViewed"],
            }
        )
        for (day,), group in sorted(groups(matching, "day").items())
    ]


def test_no_metric_and_admin(api: Api) -> None:
    rows = api.rows("recordings", "sessionId userId", "orderBy: [{field: USER_ID}]")
    assert [(r["sessionId"], r["userId"]) for r in rows] == sorted(
        {(r["session_id"], r["user_id"]) for r in of_partner(RECORDINGS, "A")},
        key=lambda pair: (pair[1], pair[0]),
    )
    assert api.rows("recordings", "uniqueViewers plays", as_="admin") == [
        {"uniqueViewers": users(RECORDINGS, _started), "plays": expected(RECORDINGS)["plays"]}
    ]
