"""The `recordings` cube: one row per player impression or recording play (docs/METRICS.md
"Recordings"); context and time are the impression's or the play_started's own."""

from gateway.catalog.model import Cube, DataType, Dimension, Format, Metric, Source
from gateway.catalog.shared import context_dimensions, session_id, user_id

_PLAY_STARTED = "recordings.activity = 'PLAY' AND recordings.has_play_start"

RECORDINGS = Cube(
    name="recordings",
    description="Recording impressions and plays: how often, how long, how far they got.",
    grain="play and impression",
    sources=(Source("recordings"),),
    dimensions=(
        session_id("recordings"),
        Dimension(
            "recordingId",
            "recordings.recording_id",
            DataType.STRING,
            "The recording's id.",
            "Recording ID",
        ),
        user_id("recordings", "The viewer's user id."),
        *context_dimensions(
            "recordings",
            ("country", "device", "platform", "os", "browser"),
            "the impression or the play's play_started event",
        ),
        Dimension(
            "playedAt",
            "recordings.activity_at",
            DataType.TIME,
            "When the impression happened or the play started.",
            "Played at",
        ),
    ),
    metrics=(
        Metric(
            "impressions",
            "count(*) FILTER (WHERE recordings.activity = 'IMPRESSION')",
            DataType.INT,
            "Player impressions.",
            "Impressions",
            unit="count",
            zero_when_empty=True,
        ),
        Metric(
            "plays",
            f"count(*) FILTER (WHERE {_PLAY_STARTED})",
            DataType.INT,
            "Plays started (play_started events).",
            "Plays",
            unit="count",
            zero_when_empty=True,
        ),
        Metric(
            "uniqueViewers",
            f"count(DISTINCT recordings.user_id) FILTER (WHERE {_PLAY_STARTED})",
            DataType.INT,
            "Distinct users who started a play.",
            "Unique viewers",
            unit="users",
            zero_when_empty=True,
        ),
        Metric(
            "minutesViewed",
            "sum(recordings.minutes_viewed)",
            DataType.FLOAT,
            "Length of the segments played, in minutes, summed.",
            "Minutes viewed",
            unit="minutes",
        ),
        Metric(
            "avgCompletionRate",
            f"avg(recordings.completion_rate) FILTER (WHERE {_PLAY_STARTED})",
            DataType.FLOAT,
            "Mean completion over plays: the share of the recording's 100 percentile "
            "midpoints the play covered (a play without segments: 0).",
            "Average completion rate",
            unit="fraction",
            format=Format.PERCENT,
        ),
    ),
)
