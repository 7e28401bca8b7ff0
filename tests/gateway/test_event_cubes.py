"""The errors, appSessions, appEvents and ingestion cubes: one row per event / session /
line."""

from __future__ import annotations

from datetime import UTC
from statistics import median
from zoneinfo import ZoneInfo

from tests.gateway.conftest import Api
from tests.gateway.data import APP_EVENTS, APP_SESSIONS, ERRORS, REJECTED_LINES
from tests.gateway.expect import Row, approx, groups, keyed, of_partner, users, where
from tests.oracle.app_sessions import BUCKETS


def error_metrics(rows: list[Row]) -> dict[str, int]:
    return {"errors": len(rows), "affectedParticipants": users(rows)}


def test_errors_by_type_and_hour(api: Api) -> None:
    own = of_partner(ERRORS, "A")
    rows = api.rows("errors", "errorType errors affectedParticipants")
    assert keyed(rows, "errorType") == {
        key: error_metrics(group) for key, group in groups(own, "error_type").items()
    }
    # u1's three NETWORK errors in two sessions: one affected participant.
    assert keyed(rows, "errorType")[("NETWORK",)] == {"errors": 3, "affectedParticipants": 1}
    hourly = api.rows(
        "errors", "hour: time(grain: HOUR) code errors", "where: {message: {isNull: false}}"
    )
    with_message = [
        {**r, "hour": r["occurred_at"].strftime("%Y-%m-%dT%H:00:00+00:00")}
        for r in own
        if r["message"] is not None
    ]
    assert keyed(hourly, "hour", "code") == {
        key: {"errors": len(group)} for key, group in groups(with_message, "hour", "code").items()
    }


def test_errors_rows_and_admin_totals(api: Api) -> None:
    rows = api.rows("errors", "userId name message time", 'where: {sessionId: {eq: "s1"}}')
    assert sorted((r["userId"], r["name"], r["message"], r["time"]) for r in rows) == sorted(
        (r["user_id"], r["name"], r["message"], r["occurred_at"].isoformat() + "+00:00")
        for r in of_partner(ERRORS, "A")
        if r["session_id"] == "s1"
    )
    assert api.rows("errors", "errors affectedParticipants", as_="admin") == [error_metrics(ERRORS)]


def app_metrics(rows: list[Row]) -> dict[str, object]:
    lengths = [r["length_seconds"] for r in rows]
    return {
        "sessionCount": len(rows),
        "uniqueUsers": users(rows),
        "totalLengthSeconds": sum(lengths),
        "avgLengthSeconds": sum(lengths) / len(rows),
        "medianLengthSeconds": median(lengths),
        "eventsPerSession": sum(r["event_count"] for r in rows) / len(rows),
    }


APP_METRICS = " ".join(app_metrics(APP_SESSIONS))


def test_app_sessions_whole_set_and_per_day(api: Api) -> None:
    own = of_partner(APP_SESSIONS, "A")
    assert api.rows("appSessions", APP_METRICS) == [approx(app_metrics(own))]
    # An even count: the median is the mean of the two middle lengths (45 and 120).
    assert app_metrics(own)["medianLengthSeconds"] == 82.5
    rows = api.rows(
        "appSessions", f"day: startTime(grain: DAY) {APP_METRICS}", 'timezone: "Asia/Tokyo"'
    )
    # Tokyo is UTC+9: 2026-10-02 23:30 UTC is already 10-03 there.
    tokyo = ZoneInfo("Asia/Tokyo")
    local = [
        {
            **r,
            "day": r["started_at"]
            .replace(tzinfo=UTC)
            .astimezone(tokyo)
            .replace(hour=0, minute=0, second=0)
            .isoformat(),
        }
        for r in own
    ]
    assert len(groups(local, "day")) == 3
    assert rows == [
        approx({"day": day, **app_metrics(group)})
        for (day,), group in sorted(groups(local, "day").items())
    ]


def test_app_sessions_status_bucket_and_admin(api: Api) -> None:
    rows = api.rows(
        "appSessions",
        "status lengthBucket country sessionCount",
        "where: {status: {ne: OPEN}}",
    )
    concluded = where(of_partner(APP_SESSIONS, "A"), lambda r: r["status"] != "OPEN")
    # The mart stores the labels; the API answers LengthBucket values.
    value_of_label = {label: value for label, value, _ in BUCKETS}
    assert keyed(rows, "status", "lengthBucket", "country") == {
        (status, value_of_label[label], country): {"sessionCount": len(group)}
        for (status, label, country), group in groups(
            concluded, "status", "length_bucket", "country"
        ).items()
    }
    assert api.rows("appSessions", "uniqueUsers", as_="admin") == [
        {"uniqueUsers": users(APP_SESSIONS)}
    ]


def test_app_sessions_conclude_at_their_last_event_only_once_concluded(api: Api) -> None:
    rows = api.rows("appSessions", "appSessionId status concludedAt endTime")
    assert {row["appSessionId"]: row["concludedAt"] for row in rows} == {
        row["app_session_id"]: row["ended_at"].isoformat() + "+00:00"
        if row["status"] == "CONCLUDED"
        else None
        for row in of_partner(APP_SESSIONS, "A")
    }
    # A bound on concludedAt keeps concluded sessions only: null compares false.
    concluded = api.rows(
        "appSessions", "status sessionCount", 'where: {concludedAt: {gte: "2026-01-01T00:00:00Z"}}'
    )
    assert concluded == [
        {
            "status": "CONCLUDED",
            "sessionCount": len(
                where(of_partner(APP_SESSIONS, "A"), lambda r: r["status"] == "CONCLUDED")
            ),
        }
    ]


def app_event_metrics(rows: list[Row]) -> dict[str, int]:
    sessions = {(r["partner_id"], r["app_session_id"]) for r in rows if r["app_session_id"]}
    return {"events": len(rows), "uniqueUsers": users(rows), "appSessions": len(sessions)}


APP_EVENT_METRICS = " ".join(app_event_metrics(APP_EVENTS))


def test_app_events_by_reason_and_session(api: Api) -> None:
    own = of_partner(APP_EVENTS, "A")
    rows = api.rows("appEvents", f"counted excludedReason {APP_EVENT_METRICS}")
    assert keyed(rows, "counted", "excludedReason") == {
        key: app_event_metrics(group)
        for key, group in groups(own, "is_counted", "excluded_reason").items()
    }
    per_session = api.rows("appEvents", "appSessionId events", "where: {counted: {eq: true}}")
    assert keyed(per_session, "appSessionId") == {
        key: {"events": len(group)}
        for key, group in groups(where(own, lambda r: r["is_counted"]), "app_session_id").items()
    }
    api_sent = api.rows(
        "appEvents", "name time userId", "where: {excludedReason: {eq: API_SOURCE}}"
    )
    assert sorted((r["name"], r["time"], r["userId"]) for r in api_sent) == sorted(
        (r["name"], r["event_at"].isoformat() + "+00:00", r["user_id"])
        for r in own
        if r["excluded_reason"] == "API_SOURCE"
    )


def test_app_events_contexts_and_admin_totals(api: Api) -> None:
    rows = api.rows("appEvents", f"platform country {APP_EVENT_METRICS}")
    assert keyed(rows, "platform", "country") == {
        key: app_event_metrics(group)
        for key, group in groups(of_partner(APP_EVENTS, "A"), "platform", "country").items()
    }
    # Partner B's session and user share ids with partner A's: counted apart.
    assert api.rows("appEvents", APP_EVENT_METRICS, as_="admin") == [app_event_metrics(APP_EVENTS)]


def test_ingestion_hides_unreadable_lines_from_partners(api: Api) -> None:
    rows = api.rows("ingestion", "file reason rejectedLines")
    assert keyed(rows, "file", "reason") == {
        key: {"rejectedLines": len(group)}
        for key, group in groups(of_partner(REJECTED_LINES, "A"), "file", "reason").items()
    }
    admin = api.rows("ingestion", "partnerId eventType rejectedLines", as_="admin")
    assert keyed(admin, "partnerId", "eventType") == {
        key: {"rejectedLines": len(group)}
        for key, group in groups(REJECTED_LINES, "partner_id", "event_type").items()
    }
    assert (None, None) in keyed(admin, "partnerId", "eventType")
    days = api.rows("ingestion", "day: rejectedAt(grain: DAY) rejectedLines")
    assert days == [
        {"day": "2026-10-01T00:00:00+00:00", "rejectedLines": 2},
        {"day": "2026-10-02T00:00:00+00:00", "rejectedLines": 1},
    ]
