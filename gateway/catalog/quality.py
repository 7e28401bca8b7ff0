"""The `quality` cube: one row per quality sample (docs/METRICS.md "Call quality").

A sample is GOOD, MODERATE or POOR (the mart's `category`); `health` is the category
holding most samples, a tie going to the worse.
"""

from gateway.catalog.closed_sets import DIRECTION, HEALTH, MEDIA
from gateway.catalog.model import Cube, DataType, Dimension, Format, Metric, Source
from gateway.catalog.shared import context_dimensions, session_id

# (metric stem, column, label, unit)
_MEASURES = (
    ("JitterMs", "jitter_ms", "jitter", "ms"),
    ("RttMs", "rtt_ms", "round-trip time", "ms"),
    ("BitrateKbps", "bitrate_kbps", "bitrate", "kbps"),
    ("PacketLossPct", "packet_loss_pct", "packet loss", "%"),
    ("Fps", "fps", "frame rate", "fps"),
    ("Height", "height", "video height", "px"),
)
_STATISTICS = (
    ("avg", "avg({column})", "Mean", "mean"),
    ("p95", "quantile_cont({column}, 0.95)", "P95", "95th percentile (continuous)"),
    ("max", "max({column})", "Max", "maximum"),
)


def _in(category: str) -> str:
    return f"count(*) FILTER (WHERE quality_samples.category = '{category}')"


def _statistics() -> tuple[Metric, ...]:
    return tuple(
        Metric(
            f"{prefix}{stem}",
            template.format(column=f"quality_samples.{column}"),
            DataType.FLOAT,
            f"The {what} of the samples' {measure}.",
            f"{label} {measure}",
            unit=unit,
        )
        for stem, column, measure, unit in _MEASURES
        for prefix, template, label, what in _STATISTICS
    )


def _rate(category: str) -> Metric:
    return Metric(
        f"{category.lower()}Rate",
        f"{_in(category)} / nullif(count(*), 0)",
        DataType.FLOAT,
        f"Share of the samples that are {category}.",
        f"{category.capitalize()} rate",
        unit="fraction",
        format=Format.PERCENT,
    )


# Worse categories are tested first, so a tie goes to the worse one.
_HEALTH = (
    "CASE WHEN count(*) = 0 THEN NULL "
    f"WHEN {_in('POOR')} >= {_in('MODERATE')} AND {_in('POOR')} >= {_in('GOOD')} THEN 'POOR' "
    f"WHEN {_in('MODERATE')} >= {_in('GOOD')} THEN 'MODERATE' ELSE 'GOOD' END"
)

QUALITY = Cube(
    name="quality",
    description="Call quality samples: jitter, RTT, bitrate, packet loss, resolution, FPS "
    "and health, per sender, receiver, media and time.",
    grain="quality sample",
    sources=(Source("quality_samples"),),
    dimensions=(
        session_id("quality_samples"),
        Dimension(
            "senderUserId",
            "quality_samples.sender_user_id",
            DataType.STRING,
            "The sending user (a SEND sample's reporter, a RECEIVE sample's peer).",
            "Sender",
        ),
        Dimension(
            "receiverUserId",
            "quality_samples.receiver_user_id",
            DataType.STRING,
            "The receiving user (a RECEIVE sample's reporter; null for SEND samples).",
            "Receiver",
        ),
        Dimension(
            "media",
            "quality_samples.media",
            DataType.ENUM,
            "The media stream sampled.",
            "Media",
            values=MEDIA,
        ),
        Dimension(
            "direction",
            "quality_samples.direction",
            DataType.ENUM,
            "Whether the reporter sent or received the stream.",
            "Direction",
            values=DIRECTION,
        ),
        Dimension(
            "time",
            "quality_samples.sampled_at",
            DataType.TIME,
            "When the sample was taken.",
            "Time",
        ),
        *context_dimensions(
            "quality_samples",
            ("country", "platform", "browser"),
            "the reporting user's earliest event with a context in the session",
        ),
    ),
    metrics=(
        Metric(
            "samples",
            "count(*)",
            DataType.INT,
            "Number of quality samples.",
            "Samples",
            unit="samples",
            zero_when_empty=True,
        ),
        *_statistics(),
        *(_rate(category) for category in HEALTH.values),
        Metric(
            "health",
            _HEALTH,
            DataType.ENUM,
            "The category holding most samples; a tie goes to the worse (GOOD: jitter ≤ 30 ms, "
            "RTT ≤ 300 ms and loss ≤ 5 %; POOR: jitter > 60 ms, RTT > 600 ms or loss > 10 %).",
            "Health",
            values=HEALTH,
        ),
    ),
)
