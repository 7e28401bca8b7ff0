"""The `errors` cube: one row per error event (docs/METRICS.md "Errors")."""

from gateway.catalog.model import Cube, DataType, Dimension, Metric, Source
from gateway.catalog.shared import person_name, session_id, user_id


def _text(name: str, column: str, label: str, description: str) -> Dimension:
    return Dimension(name, f"errors.{column}", DataType.STRING, description, label)


ERRORS = Cube(
    name="errors",
    description="Errors participants ran into: who, what type, what code and message, when.",
    grain="error event",
    sources=(Source("errors"),),
    dimensions=(
        session_id("errors"),
        user_id("errors", "The participant who reported the error."),
        person_name("errors", "The participant's name as sent with the error.", "Participant"),
        _text("errorType", "error_type", "Error type", "The error's type."),
        _text("code", "code", "Code", "The error code, as text."),
        _text("message", "message", "Description", "The error's message."),
        Dimension("time", "errors.occurred_at", DataType.TIME, "When it happened.", "Time"),
    ),
    metrics=(
        Metric(
            "errors",
            "count(*)",
            DataType.INT,
            "Number of error events.",
            "Errors",
            unit="errors",
            zero_when_empty=True,
        ),
        Metric(
            "affectedParticipants",
            "count(DISTINCT errors.user_id)",
            DataType.INT,
            "Distinct users who reported an error.",
            "Affected participants",
            unit="users",
            zero_when_empty=True,
        ),
    ),
)
