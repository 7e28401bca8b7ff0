"""The `appEvents` cube: one row per app event, counted or not, with the app session each
counted event belongs to (docs/METRICS.md "App sessions" and "App events")."""

from gateway.catalog.closed_sets import EXCLUDED_REASON
from gateway.catalog.model import Cube, DataType, Dimension, Metric, Source
from gateway.catalog.shared import context_dimensions, user_id

APP_EVENTS = Cube(
    name="appEvents",
    description="App events: every event a user's app sent, and the app session of each "
    "counted one.",
    grain="app event",
    sources=(Source("app_events", grain=("eventId",)),),
    dimensions=(
        Dimension(
            "eventId",
            "app_events.event_id",
            DataType.STRING,
            "The event's id as sent.",
            "Event ID",
        ),
        Dimension(
            "appSessionId",
            "app_events.app_session_id",
            DataType.STRING,
            "The app session a counted event belongs to (as in appSessions); null for an "
            "uncounted event.",
            "App session ID",
        ),
        user_id("app_events", "The app user's id."),
        Dimension(
            "name",
            "app_events.name",
            DataType.STRING,
            "The event's name as sent, e.g. Product Viewed.",
            "Event name",
        ),
        Dimension("time", "app_events.event_at", DataType.TIME, "When the event happened.", "Time"),
        Dimension(
            "counted",
            "app_events.is_counted",
            DataType.BOOLEAN,
            "Whether the event counts toward app sessions: sent by the SDK and not a "
            "lifecycle, notification, attribution or identity event.",
            "Counted",
        ),
        Dimension(
            "excludedReason",
            "app_events.excluded_reason",
            DataType.ENUM,
            "Why the event is not counted (API_SOURCE before EXCLUDED_NAME); null when counted.",
            "Excluded because",
            values=EXCLUDED_REASON,
        ),
        *context_dimensions("app_events", ("platform", "country"), "the event itself"),
    ),
    metrics=(
        Metric(
            "events",
            "count(*)",
            DataType.INT,
            "Number of app events.",
            "Events",
            unit="events",
            zero_when_empty=True,
        ),
        Metric(
            "uniqueUsers",
            "count(DISTINCT app_events.user_id)",
            DataType.INT,
            "Distinct users with an event.",
            "Unique users",
            unit="users",
            zero_when_empty=True,
        ),
        Metric(
            "appSessions",
            "count(DISTINCT app_events.app_session_id)",
            DataType.INT,
            "Distinct app sessions of the counted events (uncounted events have none).",
            "App sessions",
            unit="sessions",
            zero_when_empty=True,
        ),
    ),
)
