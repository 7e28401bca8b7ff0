"""The timeline cube: live viewers and engagement per minute and per 10 seconds."""

from __future__ import annotations

from datetime import datetime

from gateway.catalog import CUBES_BY_NAME
from gateway.compiler import compile_cube_query
from gateway.query import Comparison, CubeQuery, DimensionSelection, MetricSelection, Operator
from tests.gateway.conftest import Api
from tests.gateway.data import TIMELINE, TIMELINE_TEN_SECONDS, at
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


def _ten_seconds_of_s1() -> list[Row]:
    return where(of_partner(TIMELINE_TEN_SECONDS, "A"), lambda r: r["session_id"] == "s1")


def test_per_ten_seconds_of_a_session(api: Api) -> None:
    rows = api.rows("timeline", f"tenSeconds {METRICS}", 'where: {sessionId: {eq: "s1"}}')
    assert rows == [
        approx({"tenSeconds": start.isoformat() + "+00:00", **expected(group)})
        for (start,), group in sorted(groups(_ten_seconds_of_s1(), "ten_seconds_at").items())
    ]
    # Six buckets in each of 00:31 and 00:32, and 00:33's chat message.
    assert len(rows) == 13


def test_ten_seconds_rolled_up_to_minutes_are_the_minute_timeline(api: Api) -> None:
    by_minute = api.rows("timeline", f"minute {METRICS}")
    rolled_up = api.rows("timeline", f"minute: tenSeconds(grain: MINUTE) {METRICS}")
    assert rolled_up == approx(by_minute)
    assert len(by_minute) == len(groups(of_partner(TIMELINE, "A"), "minute_at"))


def test_a_window_on_ten_seconds_cuts_inside_minutes(api: Api) -> None:
    window = '{gte: "2026-03-29T00:31:20Z", lt: "2026-03-29T00:32:10Z"}'
    rows = api.rows("timeline", f"minute {METRICS}", f"where: {{tenSeconds: {window}}}")
    inside = where(
        of_partner(TIMELINE_TEN_SECONDS, "A"),
        lambda r: at("2026-03-29 00:31:20") <= r["ten_seconds_at"] < at("2026-03-29 00:32:10"),
    )
    assert rows == [
        approx({"minute": minute.isoformat() + "+00:00", **expected(group)})
        for (minute,), group in sorted(groups(inside, "minute_at").items())
    ]


def _tables_read(*selected: str, where_dimension: str | None = None) -> tuple[str, ...]:
    query = CubeQuery(
        cube="timeline",
        partner_id="A",
        dimensions=tuple(DimensionSelection(name, name) for name in selected),
        metrics=(MetricSelection("v", "liveUniqueViewers"),),
        where=None
        if where_dimension is None
        else Comparison(where_dimension, Operator.GTE, datetime(2026, 3, 29)),
    )
    return compile_cube_query(CUBES_BY_NAME["timeline"], query).sources


def test_only_queries_needing_ten_seconds_read_the_ten_second_mart() -> None:
    assert _tables_read("minute") == ("timeline",)
    assert _tables_read("country") == ("timeline",)
    # The roll-up answers any grouping, not only its whole (session, user, minute) cells.
    assert _tables_read("sessionId", "userId", "minute") == ("timeline",)
    assert _tables_read("tenSeconds") == ("timeline_ten_seconds",)
    assert _tables_read("minute", where_dimension="tenSeconds") == ("timeline_ten_seconds",)
