"""The `polls` and `pollAnswers` cubes (docs/METRICS.md "Polls": a user's answer is their last)."""

from gateway.catalog.closed_sets import POLL_TYPE
from gateway.catalog.model import Cube, DataType, Dimension, Format, Join, Metric, Source
from gateway.catalog.shared import session_id

_BY_POLL = Join("polls", keys=("session_id", "poll_id"))


def _poll_dimensions(table: str) -> tuple[Dimension, ...]:
    """Dimensions of the poll itself; `table` holds the ids, `polls` the rest."""
    return (
        session_id(table),
        Dimension("pollId", f"{table}.poll_id", DataType.STRING, "The poll's id.", "Poll ID"),
        Dimension(
            "question", "polls.question", DataType.STRING, "The poll's question.", "Question"
        ),
        Dimension(
            "pollType",
            "polls.poll_type",
            DataType.ENUM,
            "The kind of poll.",
            "Poll type",
            values=POLL_TYPE,
        ),
    )


POLLS = Cube(
    name="polls",
    description="Polls launched in sessions: their questions, options and respondents.",
    grain="poll",
    sources=(Source("polls"), Source("poll_answers", joins=(_BY_POLL,))),
    dimensions=(
        *_poll_dimensions("polls"),
        Dimension(
            "launchedAt",
            "polls.launched_at",
            DataType.TIME,
            "When the poll was launched; null when only answers were seen.",
            "Launched at",
        ),
    ),
    metrics=(
        Metric(
            "pollCount",
            "count(*)",
            DataType.INT,
            "Number of polls.",
            "Polls",
            unit="polls",
            zero_when_empty=True,
        ),
        Metric(
            "optionCount",
            "sum(polls.option_count)",
            DataType.INT,
            "Number of possible answers, summed over the choice polls (null when the group "
            "has none: open-ended polls have no options).",
            "Options",
            unit="options",
        ),
        Metric(
            "respondents",
            "count(DISTINCT poll_answers.user_id)",
            DataType.INT,
            "Distinct users who answered any poll of the group (counted once per group).",
            "Respondents",
            source="poll_answers",
            unit="users",
            zero_when_empty=True,
        ),
    ),
)

POLL_ANSWERS = Cube(
    name="pollAnswers",
    description="Answers of polls: every option of a choice poll (chosen or not) and every "
    "distinct open-ended answer, with who chose it.",
    grain="poll x answer",
    sources=(Source("poll_answers", joins=(_BY_POLL,)),),
    dimensions=(
        *_poll_dimensions("poll_answers"),
        Dimension(
            "answer",
            "poll_answers.answer",
            DataType.STRING,
            "An option of the poll, or an open-ended answer's exact text.",
            "Answer",
        ),
    ),
    metrics=(
        Metric(
            "respondents",
            "count(DISTINCT poll_answers.user_id) FILTER (WHERE poll_answers.is_chosen)",
            DataType.INT,
            "Distinct users whose last answer includes the answer.",
            "Respondents",
            unit="users",
            zero_when_empty=True,
        ),
        Metric(
            "answerRate",
            "count(DISTINCT poll_answers.user_id) FILTER (WHERE poll_answers.is_chosen) "
            "/ nullif(count(DISTINCT poll_answers.user_id), 0)",
            DataType.FLOAT,
            "respondents ÷ distinct users who answered any poll in the group.",
            "Answer rate",
            unit="fraction",
            format=Format.PERCENT,
        ),
    ),
)
