"""The `timeline` cube: one row per (session, user, 10-second bucket) with a heartbeat, a
counted reaction or a chat message (docs/METRICS.md "Timeline at minute m" and "at 10 s").

It reads `timeline_ten_seconds`, the heartbeat's grain, only when a query needs the
10-second bucket; every other query reads `timeline`, the same rows rolled up to
minutes. That roll-up answers any grouping of its dimensions exactly (its metrics count
distinct users from `user_id` and sum counts, never add up distinct counts), so the
planner may use it whatever a query groups by.
"""

from gateway.catalog.model import (
    Cube,
    DataType,
    Dimension,
    Format,
    Metric,
    PreAggregation,
    Source,
)
from gateway.catalog.shared import context_dimensions, person_name, session_id, user_id

_TABLE = "timeline_ten_seconds"
_MINUTES = "timeline"
_CONTEXTS = ("country", "device", "platform")


def _metrics(table: str) -> tuple[Metric, ...]:
    """The timeline's metrics over `table`: the same SQL reads either mart."""
    return (
        Metric(
            "liveUniqueViewers",
            f"count(DISTINCT {table}.user_id) FILTER (WHERE {table}.heartbeats > 0)",
            DataType.INT,
            "Distinct users with a view heartbeat in the group's minutes or 10-second buckets.",
            "Live unique viewers",
            unit="users",
            zero_when_empty=True,
        ),
        Metric(
            "liveEngagementRate",
            f"sum({table}.engaged_heartbeats) / nullif(sum({table}.heartbeats), 0)",
            DataType.FLOAT,
            "Engaged heartbeats ÷ heartbeats (engaged: tab in focus or fullscreen, and sound on).",
            "Live engagement rate",
            unit="fraction",
            format=Format.PERCENT,
        ),
        Metric(
            "reactions",
            f"sum({table}.reactions)",
            DataType.INT,
            "Counted reactions (2-second rule applied).",
            "Reactions",
            unit="count",
            zero_when_empty=True,
        ),
        Metric(
            "chatMessages",
            f"sum({table}.chat_messages)",
            DataType.INT,
            "Group-chat messages sent.",
            "Chat messages",
            unit="count",
            zero_when_empty=True,
        ),
    )


_DIMENSIONS = (
    session_id(_TABLE),
    user_id(_TABLE, "The viewer's user id."),
    person_name(_TABLE, "The participant's name as given when joining the session."),
    Dimension(
        "minute",
        f"{_TABLE}.minute_at",
        DataType.TIME,
        "The minute of activity (its start); take a coarser grain to bucket further.",
        "Minute",
    ),
    Dimension(
        "tenSeconds",
        f"{_TABLE}.ten_seconds_at",
        DataType.TIME,
        "The 10-second bucket of activity (its start: :00, :10, … :50), the grain of view "
        "heartbeats, which come every 10 s.",
        "10 seconds",
    ),
    *context_dimensions(
        _TABLE, _CONTEXTS, "the user's earliest event with a context in the session"
    ),
)

_BY_MINUTE = PreAggregation(
    table=_MINUTES,
    grain=("sessionId", "userId", "minute"),
    any_group=True,
    dimensions={
        dimension.name: dimension.sql.replace(f"{_TABLE}.", f"{_MINUTES}.")
        for dimension in _DIMENSIONS
        if dimension.name != "tenSeconds"
    },
    metrics={metric.name: metric.sql for metric in _metrics(_MINUTES)},
)

TIMELINE = Cube(
    name="timeline",
    description="Live activity minute by minute or every 10 seconds: who was watching, how "
    "engaged, and reactions.",
    grain="session x user x 10 seconds",
    sources=(
        Source(
            _TABLE,
            grain=("sessionId", "userId", "tenSeconds"),
            preaggregations=(_BY_MINUTE,),
        ),
    ),
    dimensions=_DIMENSIONS,
    metrics=_metrics(_TABLE),
)
