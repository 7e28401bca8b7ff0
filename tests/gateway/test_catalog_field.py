"""The `catalog` root field and the schema's descriptions derive from the catalog."""

from __future__ import annotations

from gateway.catalog import CATALOG
from gateway.schema import build_schema
from tests.gateway.conftest import Api

_QUALITY_STATISTICS = [
    f"{statistic}{measure}"
    for measure in ("JitterMs", "RttMs", "BitrateKbps", "PacketLossPct", "Fps", "Height")
    for statistic in ("avg", "p95", "max")
]
# the README's cube list, field by field: (dimensions, metrics) of every cube.
CONTRACT_CUBES = {
    "sessions": (
        "sessionId meetingId title status startTime endTime hasRecording hasHls hasRtmp",
        "sessionCount durationMinutes avgDurationMinutes avgInitiatingMs uniqueParticipants "
        "participantMinutes",
    ),
    "viewers": (
        "sessionId meetingId sessionTitle sessionStart userId name jobTitle company industry "
        "role country region city platform device os browser sdkVersion",
        "uniqueViewers liveUniqueViewers recordingUniqueViewers uniqueParticipants "
        "minutesViewed liveMinutesViewed recordingMinutesViewed avgMinutesViewed "
        "liveEngagementRate reactions reactingViewersRate chatMessages chattingViewersRate "
        "pollsAnswered pollParticipationRate qaThreads qaViewersRate attachmentDownloads "
        "downloadingViewersRate handsRaised recordingPlays participantMinutes avgConnectMs "
        "firstJoinedAt lastLeftAt",
    ),
    "timeline": (
        "sessionId userId name minute tenSeconds country device platform",
        "liveUniqueViewers liveEngagementRate reactions chatMessages",
    ),
    "polls": (
        "sessionId pollId question pollType launchedAt",
        "pollCount optionCount respondents",
    ),
    "pollAnswers": ("sessionId pollId question pollType answer", "respondents answerRate"),
    "recordings": (
        "sessionId recordingId userId country device platform os browser playedAt",
        "impressions plays uniqueViewers minutesViewed avgCompletionRate",
    ),
    "countries": (
        "sessionId sessionStart country",
        "liveUniqueViewers recordingUniqueViewers uniqueViewers",
    ),
    "devices": (
        "sessionId sessionStart platform device os browser",
        "liveUniqueViewers recordingUniqueViewers uniqueViewers",
    ),
    "quality": (
        "sessionId senderUserId receiverUserId media direction time country platform browser",
        " ".join(["samples", *_QUALITY_STATISTICS, "goodRate moderateRate poorRate health"]),
    ),
    "errors": (
        "sessionId userId name errorType code message time",
        "errors affectedParticipants",
    ),
    "appSessions": (
        "appSessionId userId startTime endTime concludedAt status lengthBucket platform country",
        "sessionCount uniqueUsers totalLengthSeconds avgLengthSeconds medianLengthSeconds "
        "eventsPerSession",
    ),
    "appEvents": (
        "eventId appSessionId userId name time counted excludedReason platform country",
        "events uniqueUsers appSessions",
    ),
    "ingestion": ("file reason eventType rejectedAt", "rejectedLines"),
}
CONTRACT_ENUMS = {
    ("sessions", "status"): ["ENDED", "ONGOING"],
    ("viewers", "role"): ["ATTENDEE", "HOST", "MODERATOR", "SPEAKER"],
    ("polls", "pollType"): ["MULTIPLE_CHOICE", "OPEN_ENDED", "RATING", "SINGLE_CHOICE"],
    ("pollAnswers", "pollType"): ["MULTIPLE_CHOICE", "OPEN_ENDED", "RATING", "SINGLE_CHOICE"],
    ("quality", "media"): ["AUDIO", "SCREEN_SHARE", "VIDEO"],
    ("quality", "direction"): ["RECEIVE", "SEND"],
    ("quality", "health"): ["GOOD", "MODERATE", "POOR"],
    ("appSessions", "status"): ["CONCLUDED", "OPEN"],
    ("appEvents", "excludedReason"): ["API_SOURCE", "EXCLUDED_NAME"],
}
CATALOG_QUERY = """{ catalog { name description grain
    dimensions { name field type description label unit format enumValues adminOnly }
    metrics { name field type description label unit format enumValues } } }"""


def test_catalog_lists_every_cube_of_the_spec_exactly(api: Api) -> None:
    cubes = {cube["name"]: cube for cube in api.data(CATALOG_QUERY)["catalog"]}
    assert set(cubes) == set(CONTRACT_CUBES)
    for name, (dimensions, metrics) in CONTRACT_CUBES.items():
        cube = cubes[name]
        assert [d["name"] for d in cube["dimensions"]] == ["partnerId", *dimensions.split()]
        assert sorted(m["name"] for m in cube["metrics"]) == sorted(metrics.split())
        assert cube["description"] and cube["grain"]
        for field in cube["dimensions"] + cube["metrics"]:
            assert field["description"] and field["label"] and field["format"], (name, field)
        for metric in cube["metrics"]:
            assert metric["unit"] or metric["type"] in {"TIME", "ENUM"}, (name, metric)
    for (cube, field), values in CONTRACT_ENUMS.items():
        fields = cubes[cube]["dimensions"] + cubes[cube]["metrics"]
        entry = next(f for f in fields if f["name"] == field)
        assert (entry["type"], sorted(entry["enumValues"])) == ("ENUM", values)


def test_catalog_types_units_and_formats(api: Api) -> None:
    cubes = {cube["name"]: cube for cube in api.data(CATALOG_QUERY)["catalog"]}
    sessions = cubes["sessions"]
    start = next(d for d in sessions["dimensions"] if d["name"] == "startTime")
    assert (start["type"], start["field"], start["format"]) == ("TIME", "START_TIME", "DATETIME")
    assert {m["name"]: m["unit"] for m in sessions["metrics"]}["durationMinutes"] == "minutes"
    viewers = {m["name"]: m for m in cubes["viewers"]["metrics"]}
    assert (viewers["reactingViewersRate"]["format"], viewers["firstJoinedAt"]["type"]) == (
        "PERCENT",
        "TIME",
    )


def test_schema_descriptions_come_from_the_catalog() -> None:
    schema = build_schema(CATALOG)._schema
    for cube in CATALOG:
        row_type = schema.get_type(f"{cube.name[0].upper()}{cube.name[1:]}Row")
        for field in (*cube.all_dimensions, *cube.metrics):
            assert row_type.fields[field.name].description.startswith(field.description)


def test_every_schema_field_and_argument_has_a_description() -> None:
    schema = build_schema(CATALOG)
    missing = []
    for type_name, graphql_type in schema._schema.type_map.items():
        if type_name.startswith("__") or not hasattr(graphql_type, "fields"):
            continue
        for field_name, field in graphql_type.fields.items():
            if not field.description:
                missing.append(f"{type_name}.{field_name}")
            missing += [
                f"{type_name}.{field_name}({name})"
                for name, argument in getattr(field, "args", {}).items()
                if not argument.description
            ]
    assert missing == []
