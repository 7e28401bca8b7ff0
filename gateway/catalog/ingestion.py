"""The `ingestion` cube: one row per rejected input line (docs/METRICS.md "Ingestion").

Lines whose partner could not be read have a null `partner_id`, so the partner filter
every query carries shows them to admins only.
"""

from gateway.catalog.model import Cube, DataType, Dimension, Metric, Source

INGESTION = Cube(
    name="ingestion",
    description="Input lines rejected at ingestion, with the reason.",
    grain="rejected line",
    sources=(Source("rejected_lines"),),
    dimensions=(
        Dimension(
            "file",
            "rejected_lines.file",
            DataType.STRING,
            "The landing file the line came from.",
            "File",
        ),
        Dimension(
            "reason", "rejected_lines.reason", DataType.STRING, "Why it was rejected.", "Reason"
        ),
        Dimension(
            "eventType",
            "rejected_lines.event_type",
            DataType.STRING,
            "The line's event_type when it could be read.",
            "Event type",
        ),
        Dimension(
            "rejectedAt",
            "rejected_lines.rejected_at",
            DataType.TIME,
            "When the line was rejected.",
            "Rejected at",
        ),
    ),
    metrics=(
        Metric(
            "rejectedLines",
            "count(*)",
            DataType.INT,
            "Number of rejected lines.",
            "Rejected lines",
            unit="lines",
            zero_when_empty=True,
        ),
    ),
)
