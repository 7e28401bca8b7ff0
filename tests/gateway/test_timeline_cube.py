"""The timeline cube: live viewers and engagement per minute."""

from __future__ import annotations

from tests.gateway.conftest import Api
from tests.gateway.data import TIMELINE
from tests.gateway.expect import Row, approx, groups, keyed, of_partner, ratio, users, where


def expected(rows: list[Row]) -> dict[str, object]:
    return {
        "liveUniqueViewers": users(rows, lambda r: r["heartbeats"] > 0),
        "liveEngagementRate": ratio(
            sum(r["engaged_heartbeats"] for r in rows), sum(r["heartbeats"] for r in rows)
        ),
        "reactions": sum(r["reactions"] for r in rows),
        "chatMessages": sum(r["chat_messages"] for r in rows),
    }


METRICS = "liveUniqueViewers liveEngagementRate reactions chatMessages"


def test_per_minute_of_a_session(api: Api) -> None:
    rows = api.rows("timeline", f"minute {METRICS}", 'where: {sessionId: {eq: "s1"}}')
    session = where(of_partner(TIMELINE, "A"), lambda r: r["session_id"] == "s1")
    assert rows == [
        approx({"minute": minute.isoformat() + "+00:00", **expected(group)})
        for (minute,), group in sorted(groups(session, "minute_at").items())
    ]
    # 00:33 has a chat message but no heartbeat: no live viewer, no engagement rate.
    assert rows[-1]["liveUniqueViewers"] == 0
    assert rows[-1]["liveEngagementRate"] is None


def test_hour_grain_in_berlin_and_a_null_country_group(api: Api) -> None:
    rows = api.rows(
        "timeline", f"hour: minute(grain: HOUR) country {METRICS}", 'timezone: "Europe/Berlin"'
    )

    # All minutes are on 2026-03-29 before 01:00 UTC (+01:00) or after (+02:00).
    def hour(row: Row) -> str:
        moment = row["minute_at"]
        if moment.hour < 1:
            return moment.replace(hour=moment.hour + 1, minute=0).isoformat() + "+01:00"
        return moment.replace(hour=moment.hour + 2, minute=0).isoformat() + "+02:00"

    local = [{**r, "hour": hour(r)} for r in of_partner(TIMELINE, "A")]
    assert keyed(rows, "hour", "country") == {
        key: approx(expected(group)) for key, group in groups(local, "hour", "country").items()
    }
    assert ("2026-03-29T03:00:00+02:00", None) in keyed(rows, "hour", "country")


def test_name_search_and_whole_set(api: Api) -> None:
    rows = api.rows("timeline", f"userId {METRICS}", 'where: {name: {contains: "ADA"}}')
    ada = where(of_partner(TIMELINE, "A"), lambda r: "ada" in (r["name"] or "").lower())
    assert rows == [approx({"userId": "u1", **expected(ada)})]
    assert api.rows("timeline", METRICS) == [approx(expected(of_partner(TIMELINE, "A")))]
    assert api.rows("timeline", "liveUniqueViewers", as_="admin") == [
        {"liveUniqueViewers": users(TIMELINE, lambda r: r["heartbeats"] > 0)}
    ]
