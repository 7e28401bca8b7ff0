"""The `viewers` cube: one row per (session, user) with a join, a heartbeat or a play
(docs/METRICS.md "Live sessions", group-level metrics)."""

from gateway.catalog.closed_sets import ROLE
from gateway.catalog.model import Cube, DataType, Dimension, Format, Join, Metric, Source
from gateway.catalog.shared import context_dimensions, person_name, session_id, user_id


def _attribute(name: str, column: str, label: str) -> Dimension:
    return Dimension(
        name,
        f"participants.{column}",
        DataType.STRING,
        f"The participant's {label.lower()} as given when joining the session.",
        label,
    )


def _count(name: str, column: str, label: str, description: str) -> Metric:
    return Metric(
        name,
        f"sum(participants.{column})",
        DataType.INT,
        description,
        label,
        unit="count",
        zero_when_empty=True,
    )


def _live_viewer_rate(name: str, column: str, label: str, did: str) -> Metric:
    live = "participants.is_live_viewer"
    return Metric(
        name,
        f"count(DISTINCT participants.user_id) FILTER (WHERE {live} AND participants.{column} > 0)"
        f" / nullif(count(DISTINCT participants.user_id) FILTER (WHERE {live}), 0)",
        DataType.FLOAT,
        f"Distinct live viewers who {did} at least once while live viewers of a session, "
        "÷ liveUniqueViewers.",
        label,
        unit="fraction",
        format=Format.PERCENT,
    )


def _distinct_users(name: str, flag: str, label: str, description: str) -> Metric:
    return Metric(
        name,
        f"count(DISTINCT participants.user_id) FILTER (WHERE participants.{flag})",
        DataType.INT,
        description,
        label,
        unit="users",
        zero_when_empty=True,
    )


def _minutes(name: str, column: str, label: str, description: str) -> Metric:
    return Metric(
        name, f"sum(participants.{column})", DataType.FLOAT, description, label, unit="minutes"
    )


VIEWERS = Cube(
    name="viewers",
    description="Attendees of live sessions and viewers of their recordings: who watched, "
    "for how long, and how they engaged.",
    grain="session x user (with a join, a heartbeat or a recording play)",
    sources=(
        Source(
            "participants",
            joins=(Join("sessions", keys=("session_id",)),),
            grain=("sessionId", "userId"),
        ),
    ),
    dimensions=(
        session_id("participants"),
        Dimension(
            "meetingId",
            "sessions.meeting_id",
            DataType.STRING,
            "The meeting (room) the session belongs to.",
            "Meeting ID",
        ),
        Dimension(
            "sessionTitle", "sessions.title", DataType.STRING, "The session's title.", "Session"
        ),
        Dimension(
            "sessionStart",
            "sessions.started_at",
            DataType.TIME,
            "When the session started (its session_started event, else its earliest event).",
            "Session start",
        ),
        user_id("participants", "The viewer's or participant's user id."),
        person_name("participants", "The participant's name as given when joining the session."),
        _attribute("jobTitle", "job_title", "Job title"),
        _attribute("company", "company", "Company"),
        _attribute("industry", "industry", "Industry"),
        Dimension(
            "role",
            "participants.role",
            DataType.ENUM,
            "The role given at the user's first join of the session; null without a join.",
            "Role",
            values=ROLE,
        ),
        *context_dimensions(
            "participants",
            ("country", "region", "city", "platform", "device", "os", "browser", "sdkVersion"),
            "the user's earliest event with a context in the session",
        ),
    ),
    metrics=(
        _distinct_users(
            "uniqueViewers",
            "is_viewer",
            "Unique viewers",
            "Distinct users who watched live (a heartbeat) or a recording (a play).",
        ),
        _distinct_users(
            "liveUniqueViewers",
            "is_live_viewer",
            "Live unique viewers",
            "Distinct users with at least one view heartbeat.",
        ),
        _distinct_users(
            "recordingUniqueViewers",
            "is_recording_viewer",
            "Recording unique viewers",
            "Distinct users who started at least one recording play.",
        ),
        _distinct_users(
            "uniqueParticipants",
            "is_participant",
            "Unique participants",
            "Distinct users who joined a session.",
        ),
        _minutes(
            "minutesViewed",
            "minutes_viewed",
            "Minutes viewed",
            "Live plus recording minutes viewed, summed.",
        ),
        _minutes(
            "liveMinutesViewed",
            "live_minutes_viewed",
            "Live minutes viewed",
            "Heartbeats times 10 s, in minutes, summed.",
        ),
        _minutes(
            "recordingMinutesViewed",
            "recording_minutes_viewed",
            "Recording minutes viewed",
            "Length of the recording segments played, in minutes, summed.",
        ),
        Metric(
            "avgMinutesViewed",
            "sum(participants.minutes_viewed) / nullif(count(DISTINCT participants.user_id) "
            "FILTER (WHERE participants.is_viewer), 0)",
            DataType.FLOAT,
            "Minutes viewed ÷ uniqueViewers.",
            "Average minutes viewed",
            unit="minutes",
        ),
        Metric(
            "liveEngagementRate",
            "avg(participants.live_engagement_rate) FILTER (WHERE participants.is_live_viewer)",
            DataType.FLOAT,
            "Mean over live (user, session) pairs of engaged heartbeats ÷ heartbeats "
            "(engaged: tab in focus or fullscreen, and sound on).",
            "Live engagement rate",
            unit="fraction",
            format=Format.PERCENT,
        ),
        _count(
            "reactions",
            "reactions",
            "Reactions",
            "Reactions sent (one less than 2 s after the user's previous one is not counted).",
        ),
        _live_viewer_rate("reactingViewersRate", "reactions", "Reacting viewers", "reacted"),
        _count("chatMessages", "chat_messages", "Chat messages", "Group-chat messages sent."),
        _live_viewer_rate(
            "chattingViewersRate", "chat_messages", "Chatting viewers", "sent a chat message"
        ),
        _count(
            "pollsAnswered",
            "polls_answered",
            "Polls answered",
            "Distinct polls each user answered in a session, summed.",
        ),
        _live_viewer_rate(
            "pollParticipationRate", "polls_answered", "Poll participation", "answered a poll"
        ),
        _count("qaThreads", "qa_threads", "Q&A threads", "Q&A threads started."),
        _live_viewer_rate("qaViewersRate", "qa_threads", "Q&A viewers", "started a Q&A thread"),
        _count(
            "attachmentDownloads",
            "attachment_downloads",
            "Attachment downloads",
            "Attachments downloaded.",
        ),
        _live_viewer_rate(
            "downloadingViewersRate",
            "attachment_downloads",
            "Downloading viewers",
            "downloaded an attachment",
        ),
        _count("handsRaised", "hands_raised", "Hands raised", "Hands raised."),
        _count("recordingPlays", "recording_plays", "Recording plays", "Recording plays started."),
        _minutes(
            "participantMinutes",
            "participant_minutes",
            "Participant minutes",
            "Length of the union of each participant's join intervals, in minutes, summed.",
        ),
        Metric(
            "avgConnectMs",
            "avg(participants.connect_ms) FILTER (WHERE participants.joined_at IS NOT NULL)",
            DataType.FLOAT,
            "Mean over (user, session) pairs with a join of the first join's connection time.",
            "Average joining time",
            unit="ms",
        ),
        Metric(
            "firstJoinedAt",
            "min(participants.joined_at)",
            DataType.TIME,
            "The earliest first join in the group (ISO 8601 in the query's timezone).",
            "First joined at",
        ),
        Metric(
            "lastLeftAt",
            "max(participants.left_at)",
            DataType.TIME,
            "The latest last leave in the group (ISO 8601 in the query's timezone).",
            "Last left at",
        ),
    ),
)
