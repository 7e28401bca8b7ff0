"""The sessions cube over HTTP: grouping, metrics, totals, filters, having, order, paging."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from statistics import mean

from tests.gateway.conftest import Api, participants_of, partner_sessions


def _rows(api: Api, arguments: str, selection: str, as_: str = "A") -> list[dict]:
    query = f"{{ sessions{arguments} {{ rows {{ {selection} }} }} }}"
    return api.data(query, as_=as_)["sessions"]["rows"]


def test_no_dimension_gives_one_row_for_the_whole_filtered_set(api: Api) -> None:
    sessions = partner_sessions("A")
    rows = _rows(
        api,
        "",
        "sessionCount durationMinutes avgDurationMinutes avgInitiatingMs "
        "participantMinutes uniqueParticipants",
    )
    initiating = [s["initiating_ms"] for s in sessions if s["initiating_ms"] is not None]
    assert rows == [
        {
            "sessionCount": len(sessions),
            "durationMinutes": sum(s["duration_minutes"] for s in sessions),
            "avgDurationMinutes": mean(s["duration_minutes"] for s in sessions),
            "avgInitiatingMs": mean(initiating),
            "participantMinutes": sum(s["participant_minutes"] for s in sessions),
            "uniqueParticipants": len(participants_of("A", {s["session_id"] for s in sessions})),
        }
    ]


def test_no_metric_gives_distinct_combinations(api: Api) -> None:
    rows = _rows(api, "", "meetingId status")
    expected = sorted({(s["meeting_id"], s["status"]) for s in partner_sessions("A")})
    assert [(r["meetingId"], r["status"]) for r in rows] == expected


def test_unique_participants_are_distinct_over_the_whole_group(api: Api) -> None:
    rows = _rows(api, "", "meetingId uniqueParticipants sessionCount")
    by_meeting: dict[str, set[str]] = defaultdict(set)
    for session in partner_sessions("A"):
        by_meeting[session["meeting_id"]].add(session["session_id"])
    expected = {meeting: len(participants_of("A", ids)) for meeting, ids in by_meeting.items()}
    assert {r["meetingId"]: r["uniqueParticipants"] for r in rows} == expected
    # u1 joined s1 and s2 of meeting m1: counted once, not summed per session.
    assert expected["m1"] == 4
    assert {r["meetingId"]: r["sessionCount"] for r in rows} == {
        m: len(ids) for m, ids in by_meeting.items()
    }


def test_totals_and_row_count_ignore_grouping_and_paging(api: Api) -> None:
    data = api.data("""{ sessions(limit: 1, orderBy: [{field: SESSION_ID}]) {
        rows { sessionId uniqueParticipants }
        totals { uniqueParticipants n: sessionCount }
        rowCount } }""")["sessions"]
    sessions = partner_sessions("A")
    assert data["rows"] == [{"sessionId": "s1", "uniqueParticipants": 3}]
    assert data["totals"] == {
        "uniqueParticipants": len(participants_of("A", {s["session_id"] for s in sessions})),
        "n": len(sessions),
    }
    assert data["rowCount"] == len(sessions)


def test_having_filters_groups_and_row_count_but_not_totals(api: Api) -> None:
    data = api.data("""{ sessions(having: {uniqueParticipants: {gte: 2}}) {
        rows { sessionId } totals { sessionCount } rowCount } }""")["sessions"]
    expected = sorted(
        s["session_id"]
        for s in partner_sessions("A")
        if len(participants_of("A", {s["session_id"]})) >= 2
    )
    assert sorted(r["sessionId"] for r in data["rows"]) == expected
    assert data["rowCount"] == len(expected)
    assert data["totals"] == {"sessionCount": len(partner_sessions("A"))}


def _ids(api: Api, where: str) -> list[str]:
    query = (
        f"{{ sessions(where: {where}, orderBy: [{{field: SESSION_ID}}]) "
        "{ rows { sessionId } } }"
    )
    return [r["sessionId"] for r in api.data(query)["sessions"]["rows"]]


def _expected(predicate: Callable[[dict], bool]) -> list[str]:
    return sorted(s["session_id"] for s in partner_sessions("A") if predicate(s))


def test_where_string_operators_with_two_valued_logic(api: Api) -> None:
    assert _ids(api, '{title: {eq: "Product Launch"}}') == ["s2"]
    # ne and notIn keep the session whose title is null; NOT {eq} too.
    assert _ids(api, '{title: {ne: "Product Launch"}}') == _expected(
        lambda s: s["title"] != "Product Launch"
    )
    assert "s3" in _ids(api, '{title: {notIn: ["Product Launch"]}}')
    assert _ids(api, '{NOT: {title: {eq: "Product Launch"}}}') == _expected(
        lambda s: s["title"] != "Product Launch"
    )
    assert _ids(api, '{title: {in: ["weekly sync", "Quarterly Review"]}}') == ["s1", "s4"]
    assert _ids(api, '{title: {contains: "LAUNCH"}}') == _expected(
        lambda s: s["title"] is not None and "launch" in s["title"].lower()
    )
    assert _ids(api, '{title: {startsWith: "launch"}}') == ["s5"]
    assert _ids(api, '{title: {endsWith: "SYNC"}}') == ["s4"]
    assert _ids(api, "{title: {isNull: true}}") == ["s3"]
    assert _ids(api, "{title: {isNull: false}}") == _expected(lambda s: s["title"] is not None)


def test_where_enum_boolean_number_and_nesting(api: Api) -> None:
    assert _ids(api, "{status: {eq: ONGOING}}") == ["s3"]
    assert _ids(api, "{status: {notIn: [ONGOING]}}") == _expected(
        lambda s: s["status"] != "ONGOING"
    )
    assert _ids(api, "{hasRecording: {eq: true}}") == _expected(lambda s: s["has_recording"])
    assert _ids(
        api, '{OR: [{hasHls: {eq: true}}, {hasRtmp: {eq: true}}], AND: [{meetingId: {ne: "m9"}}]}'
    ) == _expected(lambda s: s["has_hls"] or s["has_rtmp"])
    assert _ids(
        api, '{NOT: {OR: [{status: {eq: ONGOING}}, {meetingId: {eq: "m1"}}]}}'
    ) == _expected(lambda s: not (s["status"] == "ONGOING" or s["meeting_id"] == "m1"))


def test_where_from_variables(api: Api) -> None:
    query = """query($w: SessionsWhere) { sessions(where: $w, orderBy: [{field: SESSION_ID}]) {
        rows { sessionId } } }"""
    where = {"meetingId": {"in": ["m2", "m3"]}, "status": {"eq": "ENDED"}}
    rows = api.data(query, {"w": where})["sessions"]["rows"]
    assert [r["sessionId"] for r in rows] == _expected(
        lambda s: s["meeting_id"] in {"m2", "m3"} and s["status"] == "ENDED"
    )


def test_where_time_ranges_and_in_last(api: Api) -> None:
    start, end = "2026-10-25T02:00:00+02:00", "2026-10-26T00:00:00Z"
    assert _ids(api, f'{{startTime: {{gte: "{start}", lt: "{end}"}}}}') == _expected(
        lambda s: datetime(2026, 10, 25, 0) <= s["started_at"] < datetime(2026, 10, 26)
    )
    query = """{ sessions(asOf: "2026-10-26T12:00:00Z", where: {startTime: {inLast: {amount: 2,
        unit: DAY}}}, orderBy: [{field: SESSION_ID}]) { rows { sessionId } } }"""
    rows = api.data(query)["sessions"]["rows"]
    assert [r["sessionId"] for r in rows] == _expected(
        lambda s: datetime(2026, 10, 24, 12) <= s["started_at"] <= datetime(2026, 10, 26, 12)
    )
    # MONTH is calendar months: 2026-04-29 minus one month is 2026-03-29 (same wall time).
    query = query.replace("2026-10-26T12:00:00Z", "2026-04-29T01:00:00Z").replace(
        "amount: 2,\n        unit: DAY", "amount: 1, unit: MONTH"
    )
    rows = api.data(query)["sessions"]["rows"]
    assert [r["sessionId"] for r in rows] == ["s2"]


def _in_last(api: Api, amount: int, unit: str, as_of: str, timezone: str) -> list[str]:
    query = (
        f'{{ sessions(asOf: "{as_of}", timezone: "{timezone}", where: {{startTime: {{inLast: '
        f"{{amount: {amount}, unit: {unit}}}}}}}, orderBy: [{{field: SESSION_ID}}]) "
        "{ rows { sessionId } } }"
    )
    return [r["sessionId"] for r in api.data(query)["sessions"]["rows"]]


def _started_between(start: datetime, end: datetime) -> list[str]:
    return _expected(lambda s: start <= s["started_at"] <= end)


def test_in_last_month_counts_calendar_months_in_the_query_timezone(api: Api) -> None:
    # 2026-11-25 00:45 UTC is 01:45 in Berlin. A month earlier in Berlin is 10-25 01:45
    # (+02:00, still summer time) = 10-24 23:45 UTC; in UTC it is 10-25 00:45.
    as_of, end = "2026-11-25T00:45:00Z", datetime(2026, 11, 25, 0, 45)
    berlin = _started_between(datetime(2026, 10, 24, 23, 45), end)
    utc = _started_between(datetime(2026, 10, 25, 0, 45), end)
    assert berlin != utc  # s3 started at 00:30 UTC
    assert _in_last(api, 1, "MONTH", as_of, "Europe/Berlin") == berlin
    assert _in_last(api, 1, "MONTH", as_of, "UTC") == utc
    # 03-31 minus 1 month is 02-28 (the day clamped). Without an offset `asOf` is in the
    # query's timezone: 03-31 00:30 (+02:00) back to 02-28 00:30 (+01:00) = 02-27 23:30 UTC.
    clamped = _in_last(api, 1, "MONTH", "2026-03-31T00:30:00", "Europe/Berlin")
    assert clamped == _started_between(datetime(2026, 2, 27, 23, 30), datetime(2026, 3, 30, 22, 30))


def test_in_last_day_is_24_hours_across_a_dst_change(api: Api) -> None:
    # `asOf` 03-30 01:45 in Berlin (+02:00) is 03-29 23:45 UTC; 24 hours back is 03-28
    # 23:45 UTC. A calendar day back (03-29 01:45 local, +01:00) would be 00:45 UTC and
    # miss s1, which started at 00:30 UTC.
    ids = _in_last(api, 1, "DAY", "2026-03-30T01:45:00", "Europe/Berlin")
    assert ids == _started_between(datetime(2026, 3, 28, 23, 45), datetime(2026, 3, 29, 23, 45))
    assert "s1" in ids


def test_bad_time_value_names_the_argument(api: Api) -> None:
    error = api.error('{ sessions(where: {startTime: {gte: "yesterday"}}) { rows { title } } }')
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert "where.startTime" in error["message"]


def test_default_order_first_metric_descending_ties_by_dimensions(api: Api) -> None:
    rows = _rows(api, "", "meetingId sessionCount")
    counts: dict[str, int] = defaultdict(int)
    for session in partner_sessions("A"):
        counts[session["meeting_id"]] += 1
    expected = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    assert [(r["meetingId"], r["sessionCount"]) for r in rows] == expected


def test_explicit_order_with_nulls_last_in_both_directions(api: Api) -> None:
    for direction in ("ASC", "DESC"):
        rows = _rows(
            api, f"(orderBy: [{{field: TITLE, direction: {direction}}}])", "title sessionId"
        )
        titles = [s["title"] for s in partner_sessions("A") if s["title"] is not None]
        expected = [*sorted(titles, reverse=direction == "DESC"), None]
        assert [r["title"] for r in rows] == expected


def test_order_by_metric_and_paging(api: Api) -> None:
    rows = _rows(
        api,
        "(orderBy: [{field: AVG_INITIATING_MS, direction: DESC}], limit: 2, offset: 1)",
        "sessionId avgInitiatingMs",
    )
    ordered = sorted(
        partner_sessions("A"),
        key=lambda s: (s["initiating_ms"] is None, -(s["initiating_ms"] or 0), s["session_id"]),
    )
    assert [r["sessionId"] for r in rows] == [s["session_id"] for s in ordered[1:3]]


def test_order_by_unselected_dimension_is_rejected(api: Api) -> None:
    error = api.error("{ sessions(orderBy: [{field: TITLE}]) { rows { sessionCount } } }")
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "argument": "orderBy"}


def test_limit_above_maximum_is_bad_user_input(api: Api) -> None:
    error = api.error("{ sessions(limit: 10001) { rows { title } } }")
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "argument": "limit"}
    assert "10000" in error["message"]
    assert len(_rows(api, "(limit: 10000)", "sessionId")) == len(partner_sessions("A"))


def test_day_grain_in_berlin_across_dst(api: Api) -> None:
    rows = _rows(api, '(timezone: "Europe/Berlin")', "day: startTime(grain: DAY) sessionCount")
    assert rows == [
        {"day": "2026-03-29T00:00:00+01:00", "sessionCount": 2},
        {"day": "2026-10-25T00:00:00+02:00", "sessionCount": 2},
        {"day": "2026-10-26T00:00:00+01:00", "sessionCount": 1},
    ]


def test_hour_grain_keeps_the_two_local_hours_of_a_dst_fold_apart(api: Api) -> None:
    rows = _rows(
        api,
        '(timezone: "Europe/Berlin", where: {meetingId: {eq: "m2"}})',
        "hour: startTime(grain: HOUR) sessionId",
    )
    # s3 starts 00:30 UTC = 02:30 CEST, s4 starts 01:30 UTC = 02:30 CET.
    assert rows == [
        {"hour": "2026-10-25T02:00:00+02:00", "sessionId": "s3"},
        {"hour": "2026-10-25T02:00:00+01:00", "sessionId": "s4"},
    ]


def test_aliases_group_by_both_grains(api: Api) -> None:
    rows = _rows(
        api,
        '(timezone: "Europe/Berlin", where: {meetingId: {eq: "m1"}})',
        "d: startTime(grain: DAY) h: startTime(grain: HOUR) raw: startTime n: sessionCount",
    )
    assert rows == [
        {
            "d": "2026-03-29T00:00:00+01:00",
            "h": "2026-03-29T01:00:00+01:00",
            "raw": "2026-03-29T01:30:00+01:00",
            "n": 1,
        },
        {
            "d": "2026-03-29T00:00:00+01:00",
            "h": "2026-03-29T03:00:00+02:00",
            "raw": "2026-03-29T03:30:00+02:00",
            "n": 1,
        },
    ]


def test_coarse_grains_and_utc_default(api: Api) -> None:
    rows = _rows(
        api,
        "",
        "m: startTime(grain: MONTH) q: startTime(grain: QUARTER) "
        "y: startTime(grain: YEAR) w: startTime(grain: WEEK) sessionCount",
    )
    assert [(r["m"], r["q"], r["w"], r["sessionCount"]) for r in rows] == [
        ("2026-03-01T00:00:00+00:00", "2026-01-01T00:00:00+00:00", "2026-03-23T00:00:00+00:00", 2),
        ("2026-10-01T00:00:00+00:00", "2026-10-01T00:00:00+00:00", "2026-10-19T00:00:00+00:00", 2),
        ("2026-10-01T00:00:00+00:00", "2026-10-01T00:00:00+00:00", "2026-10-26T00:00:00+00:00", 1),
    ]
    assert {r["y"] for r in rows} == {"2026-01-01T00:00:00+00:00"}


def test_fragments_and_variables_in_the_selection(api: Api) -> None:
    query = """query($g: TimeGrain) { sessions(timezone: "UTC") { rows { ...F
        ... on SessionsRow { n: sessionCount } } } }
        fragment F on SessionsRow { t: startTime(grain: $g) }"""
    rows = api.data(query, {"g": "YEAR"})["sessions"]["rows"]
    assert rows == [{"t": "2026-01-01T00:00:00+00:00", "n": len(partner_sessions("A"))}]


def test_unknown_timezone_is_rejected(api: Api) -> None:
    error = api.error('{ sessions(timezone: "Mars/Olympus") { rows { title } } }')
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "argument": "timezone"}


def test_raw_times_keep_fractional_seconds(api: Api) -> None:
    rows = _rows(api, '(where: {sessionId: {eq: "s5"}})', "startTime endTime")
    assert rows == [
        {"startTime": "2026-10-26T09:00:00.250000+00:00", "endTime": "2026-10-26T09:45:00+00:00"}
    ]
