"""The closed sets of values: each is one GraphQL enum type, whichever cubes use it."""

from gateway.catalog.model import ClosedSet

STATUS = ClosedSet("Status", "Whether a live session has ended.", ("ONGOING", "ENDED"))
APP_SESSION_STATUS = ClosedSet(
    "AppSessionStatus",
    "Whether an app session may still grow (OPEN) or is over (CONCLUDED).",
    ("OPEN", "CONCLUDED"),
)
EXCLUDED_REASON = ClosedSet(
    "ExcludedReason",
    "Why an app event does not count toward app sessions: sent through the API "
    "(API_SOURCE, checked first) or an excluded name such as App Installed (EXCLUDED_NAME).",
    ("API_SOURCE", "EXCLUDED_NAME"),
)
POLL_TYPE = ClosedSet(
    "PollType",
    "The kind of poll.",
    ("SINGLE_CHOICE", "MULTIPLE_CHOICE", "RATING", "OPEN_ENDED"),
)
ROLE = ClosedSet(
    "Role",
    "A participant's role in a live session.",
    ("ATTENDEE", "SPEAKER", "HOST", "MODERATOR"),
)
MEDIA = ClosedSet("Media", "A media stream of a call.", ("AUDIO", "VIDEO", "SCREEN_SHARE"))
DIRECTION = ClosedSet(
    "Direction", "Whether the reporting user sent or received a stream.", ("SEND", "RECEIVE")
)
HEALTH = ClosedSet(
    "Health", "Call quality category of a sample or a group.", ("GOOD", "MODERATE", "POOR")
)
# The labels are stored (and exported to CSV) as they are; GraphQL names cannot start with
# a digit or hold "-" and "+", so the enum spells them out and keeps each label as its
# value's description.
_LENGTH_LABELS = ("0-10s", "10-30s", "30-60s", "1-3m", "3-10m", "10-30m", "30m+")
LENGTH_BUCKET = ClosedSet(
    "LengthBucket",
    "An app session's length band (lower bound inclusive); each value's description is its label.",
    _LENGTH_LABELS,
    names=(
        "SECONDS_0_10",
        "SECONDS_10_30",
        "SECONDS_30_60",
        "MINUTES_1_3",
        "MINUTES_3_10",
        "MINUTES_10_30",
        "MINUTES_30_PLUS",
    ),
    value_descriptions=_LENGTH_LABELS,
)
