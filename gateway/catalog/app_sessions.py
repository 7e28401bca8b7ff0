"""The `appSessions` cube: one row per app session, derived from counted app events with
an inactivity timeout (docs/METRICS.md "App sessions")."""

from gateway.catalog.closed_sets import APP_SESSION_STATUS, LENGTH_BUCKET
from gateway.catalog.model import Cube, DataType, Dimension, Metric, Source
from gateway.catalog.shared import context_dimensions, user_id


def _seconds(name: str, sql: str, label: str, description: str) -> Metric:
    return Metric(name, sql, DataType.FLOAT, description, label, unit="seconds")


APP_SESSIONS = Cube(
    name="appSessions",
    description="App sessions: bursts of a user's app activity split by inactivity.",
    grain="app session",
    sources=(Source("app_sessions"),),
    dimensions=(
        Dimension(
            "appSessionId",
            "app_sessions.app_session_id",
            DataType.STRING,
            "The app session's id (carried by each of its counted events).",
            "App session ID",
        ),
        user_id("app_sessions"),
        Dimension(
            "startTime",
            "app_sessions.started_at",
            DataType.TIME,
            "Time of the session's first counted event.",
            "Start time",
        ),
        Dimension(
            "endTime",
            "app_sessions.ended_at",
            DataType.TIME,
            "Time of the session's last counted event (open sessions too).",
            "End time",
        ),
        Dimension(
            "concludedAt",
            "app_sessions.concluded_at",
            DataType.TIME,
            "When the session concluded: its last counted event's time, once the watermark is "
            "more than the timeout past it; null while the session is open.",
            "Concluded at",
        ),
        Dimension(
            "status",
            "app_sessions.status",
            DataType.ENUM,
            "CONCLUDED once the watermark is more than the timeout past its last event.",
            "Status",
            values=APP_SESSION_STATUS,
        ),
        Dimension(
            "lengthBucket",
            "app_sessions.length_bucket",
            DataType.ENUM,
            "Session length band: 0-10s, 10-30s, 30-60s, 1-3m, 3-10m, 10-30m or 30m+ "
            "(lower bound inclusive); sorts by label text.",
            "Length",
            values=LENGTH_BUCKET,
        ),
        *context_dimensions(
            "app_sessions",
            ("platform", "country"),
            "the session's earliest counted event that carries a context",
        ),
    ),
    metrics=(
        Metric(
            "sessionCount",
            "count(*)",
            DataType.INT,
            "Number of app sessions.",
            "Sessions",
            unit="sessions",
            zero_when_empty=True,
        ),
        Metric(
            "uniqueUsers",
            "count(DISTINCT app_sessions.user_id)",
            DataType.INT,
            "Distinct users with a session.",
            "Unique users",
            unit="users",
            zero_when_empty=True,
        ),
        _seconds(
            "totalLengthSeconds",
            "sum(app_sessions.length_seconds)",
            "Total length",
            "Session lengths (last - first event time), summed.",
        ),
        _seconds(
            "avgLengthSeconds",
            "avg(app_sessions.length_seconds)",
            "Average length",
            "Mean session length.",
        ),
        _seconds(
            "medianLengthSeconds",
            "quantile_cont(app_sessions.length_seconds, 0.5)",
            "Median length",
            "Median session length (the mean of the two middle values for an even count).",
        ),
        Metric(
            "eventsPerSession",
            "sum(app_sessions.event_count) / nullif(count(*), 0)",
            DataType.FLOAT,
            "Counted events ÷ sessions.",
            "Events per session",
            unit="events",
        ),
    ),
)
