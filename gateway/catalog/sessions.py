"""The `sessions` cube: one row per live session (SPEC §3 "Session overview")."""

from gateway.catalog.model import Cube, DataType, Dimension, Join, Metric, Source

SESSIONS = Cube(
    name="sessions",
    description="Live and meeting sessions: status, timing, participants and services used.",
    grain="live session",
    sources=(
        Source("sessions"),
        Source("participants", joins=(Join("sessions", keys=("session_id",)),)),
    ),
    dimensions=(
        Dimension(
            "sessionId", "sessions.session_id", DataType.STRING,
            "The session's id.", "Session ID",
        ),
        Dimension(
            "meetingId", "sessions.meeting_id", DataType.STRING,
            "The meeting (room) the session belongs to.", "Meeting ID",
        ),
        Dimension(
            "title", "sessions.title", DataType.STRING,
            "The session's title.", "Title",
        ),
        Dimension(
            "status", "sessions.status", DataType.ENUM,
            "ENDED once a session_ended event exists, else ONGOING.", "Status",
            enum_values=("ONGOING", "ENDED"),
        ),
        Dimension(
            "startTime", "sessions.started_at", DataType.TIME,
            "When the session started (its session_started event, else its earliest event).",
            "Start time",
        ),
        Dimension(
            "endTime", "sessions.ended_at", DataType.TIME,
            "When the session ended (its first session_ended event); null while ongoing.",
            "End time",
        ),
        Dimension(
            "hasRecording", "sessions.has_recording", DataType.BOOLEAN,
            "Whether a recording service was started in the session.", "Recording used",
        ),
        Dimension(
            "hasHls", "sessions.has_hls", DataType.BOOLEAN,
            "Whether an HLS service was started in the session.", "HLS used",
        ),
        Dimension(
            "hasRtmp", "sessions.has_rtmp", DataType.BOOLEAN,
            "Whether an RTMP service was started in the session.", "RTMP used",
        ),
    ),
    metrics=(
        Metric(
            "sessionCount", "count(*)", DataType.INT,
            "Number of sessions.", "Sessions", source="sessions", unit="sessions",
            zero_when_empty=True,
        ),
        Metric(
            "durationMinutes", "sum(sessions.duration_minutes)", DataType.FLOAT,
            "Total session duration: end - start (ongoing: watermark - start), summed.",
            "Total duration", source="sessions", unit="minutes",
        ),
        Metric(
            "avgDurationMinutes", "avg(sessions.duration_minutes)", DataType.FLOAT,
            "Mean session duration.", "Average duration", source="sessions", unit="minutes",
        ),
        Metric(
            "avgInitiatingMs", "avg(sessions.initiating_ms)", DataType.FLOAT,
            "Mean initiating time: connect_ms of each session's first participant to join.",
            "Average initiating time", source="sessions", unit="ms",
        ),
        Metric(
            "uniqueParticipants", "count(DISTINCT participants.user_id)", DataType.INT,
            "Distinct users who joined any session in the group (counted once per group).",
            "Unique participants", source="participants", unit="users",
            zero_when_empty=True,
        ),
        Metric(
            "participantMinutes", "sum(sessions.participant_minutes)", DataType.FLOAT,
            "Total participant minutes: the union of each participant's join intervals.",
            "Participant minutes", source="sessions", unit="minutes",
        ),
    ),
)
