"""The `countries` and `devices` cubes: live and recording viewers by context (docs/METRICS.md
"Countries / devices"). Live viewers count by the user's context in the session,
recording viewers by each play's context.

Both read `viewer_contexts` (distinct partner x session x user x side x context), or
the mart pre-aggregated from it per session x context when every group is whole cells.
"""

from gateway.catalog.model import Cube, DataType, Dimension, Join, Metric, PreAggregation, Source
from gateway.catalog.shared import context_dimensions, session_id

_BY_SESSION = Join("sessions", keys=("session_id",))
_SIDES = {
    "liveUniqueViewers": (
        "live_unique_viewers",
        "viewer_contexts.side = 'LIVE'",
        "Live unique viewers",
        "Distinct users who watched live, by their context in the session.",
    ),
    "recordingUniqueViewers": (
        "recording_unique_viewers",
        "viewer_contexts.side = 'RECORDING'",
        "Recording unique viewers",
        "Distinct users who started a recording play, by the play's context.",
    ),
    "uniqueViewers": (
        "unique_viewers",
        "true",
        "Unique viewers",
        "Distinct users who watched live or a recording (a user counts in each context "
        "they watched from, once per group).",
    ),
}


def _audience_cube(name: str, description: str, contexts: tuple[str, ...], mart: str) -> Cube:
    """A cube over `viewer_contexts` whose `mart` pre-aggregates it by session x `contexts`."""
    preaggregated = PreAggregation(
        table=mart,
        grain=("sessionId", *contexts),
        dimensions={
            "sessionId": f"{mart}.session_id",
            "sessionStart": "sessions.started_at",
            **{context: f"{mart}.{context}" for context in contexts},
        },
        metrics={metric: f"sum({mart}.{column})" for metric, (column, *_) in _SIDES.items()},
        joins=(_BY_SESSION,),
    )
    return Cube(
        name=name,
        description=description,
        grain=f"session x {' x '.join(contexts)}",
        sources=(
            Source("viewer_contexts", joins=(_BY_SESSION,), preaggregations=(preaggregated,)),
        ),
        dimensions=(
            session_id("viewer_contexts"),
            Dimension(
                "sessionStart",
                "sessions.started_at",
                DataType.TIME,
                "When the session started (its session_started event, else its earliest event).",
                "Session start",
            ),
            *context_dimensions(
                "viewer_contexts",
                contexts,
                "the live viewer's context in the session, or the recording play's",
            ),
        ),
        metrics=tuple(
            Metric(
                metric,
                f"count(DISTINCT viewer_contexts.user_id) FILTER (WHERE {side})",
                DataType.INT,
                text,
                label,
                unit="users",
                zero_when_empty=True,
            )
            for metric, (_, side, label, text) in _SIDES.items()
        ),
    )


COUNTRIES = _audience_cube(
    "countries",
    "Live and recording viewers per country.",
    ("country",),
    "countries",
)
DEVICES = _audience_cube(
    "devices",
    "Live and recording viewers per platform, device, OS and browser.",
    ("platform", "device", "os", "browser"),
    "devices",
)
