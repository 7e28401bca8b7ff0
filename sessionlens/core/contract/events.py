"""The event format of docs/EVENTS.md as msgspec types: one tagged Struct per event type.

Decoding a line into `AnyEvent` checks the whole envelope and the type's
`properties` in one C pass; the few rules msgspec cannot express (a poll's
options versus its type, a play segment's bounds) live in `__post_init__` and
raise `RuleViolation`, which msgspec lets through unwrapped.

Property field names are the raw-table column names, so a decoded properties
object maps onto its row by name. An optional field may be omitted or `null`:
both mean "not given".
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Final, Literal, Union

import msgspec
from msgspec import Meta, Struct

from sessionlens.core.contract.reasons import Reason

MAX_BIGINT: Final = 2**63 - 1

NonEmptyStr = Annotated[str, Meta(min_length=1)]
ZonedDateTime = Annotated[datetime, Meta(tz=True)]
Count = Annotated[int, Meta(ge=0, le=MAX_BIGINT)]
NonNegative = Annotated[float, Meta(ge=0)]
Percentage = Annotated[float, Meta(ge=0, le=100)]


class RuleViolation(Exception):
    """A decoded value breaks a rule spanning several fields; the message is the reason."""


# gc=False on every struct here: decoded events are short-lived and never cyclic, so the
# cyclic GC need not track the millions of them a large landing file produces.
class Context(Struct, gc=False):
    """Where and on what the event happened; every key optional (free text unless enumerated)."""

    country: str | None = None
    region: str | None = None
    city: str | None = None
    platform: Literal["desktop", "mobile", "tablet", "tv"] | None = None
    device: str | None = None
    os: str | None = None
    os_version: str | None = None
    browser: str | None = None
    browser_version: str | None = None
    sdk_version: str | None = None


class Properties(Struct, gc=False):
    """Base of every `properties` object.

    Subclasses declare their fields in raw-column order (kw_only where a required field
    follows optional ones): most types then fill their columns with one contiguous slice.
    """


class NoProperties(Properties):
    """For types whose `properties` carry nothing (`session_ended`, `hand_raised`)."""


class SessionStartedProperties(Properties):
    meeting_id: NonEmptyStr
    title: NonEmptyStr
    recording_id: NonEmptyStr | None = None


class ServiceProperties(Properties):
    service: Literal["recording", "hls", "rtmp"]


class ParticipantJoinedProperties(Properties, kw_only=True):
    name: NonEmptyStr
    job_title: str | None = None
    company: str | None = None
    industry: str | None = None
    role: Literal["attendee", "speaker", "host", "moderator"] | None = None
    connect_ms: Count


class ParticipantLeftProperties(Properties):
    reason: str | None = None


class ViewHeartbeatProperties(Properties):
    tab_in_focus: bool
    fullscreen: bool
    sound_on: bool


class ReactionProperties(Properties):
    reaction: NonEmptyStr


class ChatMessageProperties(Properties):
    message_id: NonEmptyStr


CHOICE_POLL_TYPES: Final = ("single_choice", "multiple_choice", "rating")


class PollLaunchedProperties(Properties):
    poll_id: NonEmptyStr
    question: NonEmptyStr
    poll_type: Literal["single_choice", "multiple_choice", "rating", "open_ended"]
    options: list[str]

    def __post_init__(self) -> None:
        if self.poll_type == "open_ended" and self.options:
            raise RuleViolation(Reason.OPTIONS_NOT_EMPTY.format(count=len(self.options)))
        if self.poll_type != "open_ended" and not self.options:
            raise RuleViolation(Reason.OPTIONS_MISSING.format(poll_type=self.poll_type))


class PollAnsweredProperties(Properties):
    poll_id: NonEmptyStr
    answers: Annotated[list[str], Meta(min_length=1)]


class QaThreadCreatedProperties(Properties):
    thread_id: NonEmptyStr


class AttachmentDownloadedProperties(Properties):
    attachment_id: NonEmptyStr
    file_name: str | None = None


class PlayerImpressionProperties(Properties):
    recording_id: NonEmptyStr


class PlayStartedProperties(Properties):
    recording_id: NonEmptyStr
    play_id: NonEmptyStr


class PlaySegmentProperties(Properties):
    recording_id: NonEmptyStr
    play_id: NonEmptyStr
    start_s: NonNegative
    end_s: NonNegative
    duration_s: NonNegative

    def __post_init__(self) -> None:
        if self.end_s < self.start_s:
            raise RuleViolation(
                Reason.SEGMENT_ENDS_BEFORE_START.format(end_s=self.end_s, start_s=self.start_s)
            )


class QualitySampleProperties(Properties, kw_only=True):
    media: Literal["audio", "video", "screen_share"]
    direction: Literal["send", "receive"]
    peer_user_id: NonEmptyStr | None = None
    jitter_ms: NonNegative
    rtt_ms: NonNegative
    bitrate_kbps: NonNegative
    packet_loss_pct: Percentage
    width: Count | None = None
    height: Count | None = None
    fps: NonNegative | None = None


class ErrorProperties(Properties):
    error_type: NonEmptyStr
    code: NonEmptyStr | int
    message: NonEmptyStr

    def __post_init__(self) -> None:
        # Producers send numeric and symbolic codes alike; the warehouse keeps one text column.
        self.code = str(self.code)


class AppEventProperties(Properties):
    name: NonEmptyStr


PROPERTIES_BY_TYPE: Final[dict[str, type[Properties]]] = {
    "session_started": SessionStartedProperties,
    "session_ended": NoProperties,
    "service_started": ServiceProperties,
    "service_stopped": ServiceProperties,
    "participant_joined": ParticipantJoinedProperties,
    "participant_left": ParticipantLeftProperties,
    "view_heartbeat": ViewHeartbeatProperties,
    "reaction": ReactionProperties,
    "chat_message": ChatMessageProperties,
    "poll_launched": PollLaunchedProperties,
    "poll_answered": PollAnsweredProperties,
    "qa_thread_created": QaThreadCreatedProperties,
    "attachment_downloaded": AttachmentDownloadedProperties,
    "hand_raised": NoProperties,
    "player_impression": PlayerImpressionProperties,
    "play_started": PlayStartedProperties,
    "play_segment": PlaySegmentProperties,
    "quality_sample": QualitySampleProperties,
    "error": ErrorProperties,
    "app_event": AppEventProperties,
}

EVENT_TYPES: Final[tuple[str, ...]] = tuple(PROPERTIES_BY_TYPE)

USER_OPTIONAL_TYPES: Final = frozenset(
    {"session_started", "session_ended", "service_started", "service_stopped", "poll_launched"}
)
SESSION_OPTIONAL_TYPES: Final = frozenset({"app_event"})


class Event(Struct, tag_field="event_type", gc=False):
    """The envelope (docs/EVENTS.md); each event type subclasses it with its own `properties`."""

    event_id: NonEmptyStr
    event_time: ZonedDateTime
    partner_id: NonEmptyStr
    user_id: NonEmptyStr
    session_id: NonEmptyStr
    source: Literal["sdk", "api"] | None = None
    context: Context | None = None
    properties: Properties | None = None


def properties_required(properties: type[Properties]) -> bool:
    """A type's `properties` object is required exactly when it has a required key."""
    return any(field.required for field in msgspec.structs.fields(properties))


def _event_struct(event_type: str, properties: type[Properties]) -> type[Event]:
    fields: list[tuple[str, object] | tuple[str, object, object]] = [
        ("properties", properties)
        if properties_required(properties)
        else ("properties", properties | None, None)
    ]
    if event_type in USER_OPTIONAL_TYPES:
        fields.append(("user_id", NonEmptyStr | None, None))
    if event_type in SESSION_OPTIONAL_TYPES:
        fields.append(("session_id", NonEmptyStr | None, None))
    class_name = "".join(word.title() for word in event_type.split("_"))
    if not class_name.endswith("Event"):
        class_name += "Event"
    return msgspec.defstruct(
        class_name, fields, bases=(Event,), tag=event_type, kw_only=True, module=__name__
    )


EVENT_STRUCTS: Final[dict[str, type[Event]]] = {
    event_type: _event_struct(event_type, properties)
    for event_type, properties in PROPERTIES_BY_TYPE.items()
}

AnyEvent = Union[tuple(EVENT_STRUCTS.values())]  # noqa: UP007 - built from a runtime tuple
