"""The `timeline` cube: one row per (session, user, minute) with a heartbeat, a counted
reaction or a chat message (docs/METRICS.md "Timeline at minute m")."""

from gateway.catalog.model import Cube, DataType, Dimension, Format, Metric, Source
from gateway.catalog.shared import context_dimensions, person_name, session_id, user_id

TIMELINE = Cube(
    name="timeline",
    description="Live activity minute by minute: who was watching, how engaged, and reactions.",
    grain="session x user x minute",
    sources=(Source("timeline", grain=("sessionId", "userId", "minute")),),
    dimensions=(
        session_id("timeline"),
        user_id("timeline", "The viewer's user id."),
        person_name("timeline", "The participant's name as given when joining the session."),
        Dimension(
            "minute",
            "timeline.minute_at",
            DataType.TIME,
            "The minute of activity (its start); take a coarser grain to bucket further.",
            "Minute",
        ),
        *context_dimensions(
            "timeline",
            ("country", "device", "platform"),
            "the user's earliest event with a context in the session",
        ),
    ),
    metrics=(
        Metric(
            "liveUniqueViewers",
            "count(DISTINCT timeline.user_id) FILTER (WHERE timeline.heartbeats > 0)",
            DataType.INT,
            "Distinct users with a view heartbeat in the group's minutes.",
            "Live unique viewers",
            unit="users",
            zero_when_empty=True,
        ),
        Metric(
            "liveEngagementRate",
            "sum(timeline.engaged_heartbeats) / nullif(sum(timeline.heartbeats), 0)",
            DataType.FLOAT,
            "Engaged heartbeats ÷ heartbeats (engaged: tab in focus or fullscreen, and sound on).",
            "Live engagement rate",
            unit="fraction",
            format=Format.PERCENT,
        ),
        Metric(
            "reactions",
            "sum(timeline.reactions)",
            DataType.INT,
            "Counted reactions (2-second rule applied).",
            "Reactions",
            unit="count",
            zero_when_empty=True,
        ),
        Metric(
            "chatMessages",
            "sum(timeline.chat_messages)",
            DataType.INT,
            "Group-chat messages sent.",
            "Chat messages",
            unit="count",
            zero_when_empty=True,
        ),
    ),
)
