"""The `catalog` root field and the schema's descriptions derive from the catalog."""

from __future__ import annotations

from gateway.catalog import CATALOG
from gateway.schema import build_schema
from tests.gateway.conftest import Api

SPEC_SESSIONS_DIMENSIONS = {
    "sessionId",
    "meetingId",
    "title",
    "status",
    "startTime",
    "endTime",
    "hasRecording",
    "hasHls",
    "hasRtmp",
}
SPEC_SESSIONS_METRICS = {
    "sessionCount",
    "durationMinutes",
    "avgDurationMinutes",
    "avgInitiatingMs",
    "uniqueParticipants",
    "participantMinutes",
}


def test_catalog_lists_every_dimension_and_metric_with_descriptions(api: Api) -> None:
    cubes = api.data("""{ catalog { name description grain
        dimensions { name field type description label enumValues adminOnly }
        metrics { name field type description label unit } } }""")["catalog"]
    sessions = next(cube for cube in cubes if cube["name"] == "sessions")
    assert {d["name"] for d in sessions["dimensions"]} == SPEC_SESSIONS_DIMENSIONS | {"partnerId"}
    assert {m["name"] for m in sessions["metrics"]} == SPEC_SESSIONS_METRICS
    for field in sessions["dimensions"] + sessions["metrics"]:
        assert field["description"] and field["label"]
    status = next(d for d in sessions["dimensions"] if d["name"] == "status")
    assert (status["type"], sorted(status["enumValues"])) == ("ENUM", ["ENDED", "ONGOING"])
    start = next(d for d in sessions["dimensions"] if d["name"] == "startTime")
    assert (start["type"], start["field"]) == ("TIME", "START_TIME")
    assert {m["name"]: m["unit"] for m in sessions["metrics"]}["durationMinutes"] == "minutes"


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
