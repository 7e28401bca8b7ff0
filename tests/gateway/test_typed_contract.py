"""The typed client contract: shared enums, non-null counts, DateTime, and cache ids that
merge what should merge and keep apart what differs (README "Typed clients")."""

from __future__ import annotations

from typing import Any

import pytest

from gateway.catalog.model import ClosedSet, Cube, DataType, Dimension, Source
from tests.gateway.conftest import Api

TYPE_QUERY = """query ($name: String!) { __type(name: $name) {
  kind enumValues { name description }
  fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
} }"""


def _type(api: Api, name: str) -> dict[str, Any]:
    return api.data(TYPE_QUERY, {"name": name})["__type"]


def _field_types(api: Api, type_name: str) -> dict[str, str]:
    """Field name → its type spelled as in SDL, e.g. `[SessionsRow!]!`."""

    def spelled(ref: dict[str, Any]) -> str:
        if ref["kind"] == "NON_NULL":
            return spelled(ref["ofType"]) + "!"
        if ref["kind"] == "LIST":
            return f"[{spelled(ref['ofType'])}]"
        return ref["name"]

    return {field["name"]: spelled(field["type"]) for field in _type(api, type_name)["fields"]}


def test_closed_sets_are_one_enum_type_each_across_cubes(api: Api) -> None:
    expected = {
        ("SessionsRow", "status"): "Status",
        ("AppSessionsRow", "status"): "AppSessionStatus",
        ("AppSessionsRow", "lengthBucket"): "LengthBucket",
        ("PollsRow", "pollType"): "PollType",
        ("PollAnswersRow", "pollType"): "PollType",
        ("ViewersRow", "role"): "Role",
        ("QualityRow", "media"): "Media",
        ("QualityRow", "direction"): "Direction",
        ("QualityRow", "health"): "Health",
        ("QualityTotals", "health"): "Health",
    }
    for (type_name, field), enum in expected.items():
        assert _field_types(api, type_name)[field] == enum, (type_name, field)
    assert _type(api, "PollsPollType") is None
    assert _type(api, "PollAnswersPollType") is None


def test_length_buckets_carry_their_labels_as_descriptions(api: Api) -> None:
    values = _type(api, "LengthBucket")["enumValues"]
    assert [(value["name"], value["description"]) for value in values] == [
        ("SECONDS_0_10", "0-10s"),
        ("SECONDS_10_30", "10-30s"),
        ("SECONDS_30_60", "30-60s"),
        ("MINUTES_1_3", "1-3m"),
        ("MINUTES_3_10", "3-10m"),
        ("MINUTES_10_30", "10-30m"),
        ("MINUTES_30_PLUS", "30m+"),
    ]


def test_length_bucket_filters_take_the_enum_and_match_the_stored_label(api: Api) -> None:
    everything = api.rows("appSessions", "lengthBucket sessionCount")
    counts = {row["lengthBucket"]: row["sessionCount"] for row in everything}
    bucket = max(counts, key=lambda name: (counts[name], name))
    filtered = api.rows("appSessions", "sessionCount", f"where: {{lengthBucket: {{eq: {bucket}}}}}")
    assert filtered == [{"sessionCount": counts[bucket]}]
    body = api.post('{ appSessions(where: {lengthBucket: {eq: "1-3m"}}) { rowCount } }')
    assert body["errors"] and "LengthBucket" in body["errors"][0]["message"]


def test_never_null_fields_are_non_null_and_times_are_date_times(api: Api) -> None:
    result = _field_types(api, "SessionsResult")
    assert (result["id"], result["rows"], result["totals"], result["rowCount"]) == (
        "ID!",
        "[SessionsRow!]!",
        "SessionsTotals!",
        "Int!",
    )
    assert result["sql"] == "String"
    row = _field_types(api, "SessionsRow")
    assert (row["id"], row["sessionCount"], row["uniqueParticipants"]) == ("ID!", "Int!", "Int!")
    # An average over no session is null; so is a dimension of a group without a value.
    assert (row["avgDurationMinutes"], row["title"]) == ("Float", "String")
    assert (row["startTime"], row["endTime"]) == ("DateTime", "DateTime")
    assert _field_types(api, "ViewersTotals")["firstJoinedAt"] == "DateTime"
    assert _field_types(api, "SessionsTotals")["id"] == "ID!"


def test_date_times_keep_the_iso_wire_format_with_the_zone_offset(api: Api) -> None:
    utc = api.rows("sessions", "sessionId startTime", "orderBy: [{field: SESSION_ID}]")
    berlin = api.rows(
        "sessions",
        "sessionId startTime",
        'orderBy: [{field: SESSION_ID}], timezone: "Europe/Berlin"',
    )
    assert [row["sessionId"] for row in utc] == [row["sessionId"] for row in berlin]
    for at_utc, in_berlin in zip(utc, berlin, strict=True):
        if at_utc["startTime"] is None:
            continue
        assert at_utc["startTime"].endswith("+00:00")
        assert in_berlin["startTime"][-6:] in ("+01:00", "+02:00")


SESSION_IDS = "{ sessions%s { id rows { id sessionId } totals { id sessionCount } } }"


def _ids(api: Api, arguments: str = "", as_: str = "A") -> tuple[str, dict[str, str], str]:
    """Result id, row id by session, totals id."""
    result = api.data(SESSION_IDS % arguments, as_=as_)["sessions"]
    rows = {row["sessionId"]: row["id"] for row in result["rows"]}
    return result["id"], rows, result["totals"]["id"]


def test_ids_are_stable_for_the_same_cube_arguments_and_values(api: Api) -> None:
    first = _ids(api, "(limit: 50)")
    assert first == _ids(api, "(limit: 50)")
    result_id, rows, totals_id = first
    assert len(rows) >= 2
    ids = [result_id, totals_id, *rows.values()]
    assert len(set(ids)) == len(ids)
    # Defaults written out, variables instead of literals, AND parts in another order:
    # the same arguments, so the same ids.
    assert _ids(api, '(limit: 100, offset: 0, timezone: "UTC")') == _ids(api)
    where = "(where: {status: {eq: ENDED}, title: {isNull: false}})"
    swapped = "(where: {title: {isNull: false}, status: {eq: ENDED}})"
    assert _ids(api, where) == _ids(api, swapped)
    query = "query ($s: Status) { sessions(where: {status: {eq: $s}}) { id } }"
    by_variable = api.data(query, {"s": "ENDED"})["sessions"]["id"]
    assert by_variable == _ids(api, "(where: {status: {eq: ENDED}})")[0]


def test_panels_with_the_same_arguments_and_other_fields_share_ids(api: Api) -> None:
    """What lets a normalized cache merge two panels instead of overwriting one."""
    arguments = '(where: {status: {eq: ENDED}}, timezone: "Europe/Berlin")'
    one = api.data(
        f"{{ sessions{arguments} {{ id rows {{ id d: startTime(grain: DAY) sessionCount }} "
        "totals { id sessionCount } } }"
    )["sessions"]
    other = api.data(
        f"{{ sessions{arguments} {{ id rowCount "
        "rows { day: startTime(grain: DAY) k: id durationMinutes } "
        "totals { id durationMinutes } } }"
    )["sessions"]
    assert one["id"] == other["id"]
    assert one["totals"]["id"] == other["totals"]["id"]
    assert {row["d"]: row["id"] for row in one["rows"]} == {
        row["day"]: row["k"] for row in other["rows"]
    }


@pytest.mark.parametrize(
    "changed",
    [
        "(where: {status: {eq: ONGOING}})",
        "(where: {status: {ne: ONGOING}})",
        '(timezone: "Europe/Berlin")',
        '(asOf: "2026-01-01T00:00:00Z")',
        "(limit: 1)",
        "(offset: 1)",
        "(orderBy: [{field: SESSION_ID, direction: DESC}])",
        "(having: {sessionCount: {gte: 1}})",
    ],
)
def test_any_other_argument_gives_other_ids(api: Api, changed: str) -> None:
    base_result, base_rows, base_totals = _ids(api)
    result_id, rows, totals_id = _ids(api, changed)
    assert result_id != base_result
    assert totals_id != base_totals
    assert not set(rows.values()) & set(base_rows.values())


def test_other_partners_and_groupings_give_other_ids(api: Api) -> None:
    partner_a, rows_a, _ = _ids(api, as_="A")
    admin, rows_admin, _ = _ids(api, as_="admin")
    assert partner_a != admin
    assert not set(rows_a.values()) & set(rows_admin.values())
    by_grain = {
        grain: {row["id"] for row in api.rows("sessions", f"id startTime(grain: {grain})")}
        for grain in ("DAY", "HOUR", "YEAR")
    }
    assert not by_grain["DAY"] & by_grain["HOUR"]
    assert not by_grain["DAY"] & by_grain["YEAR"]
    by_status = {row["id"] for row in api.rows("sessions", "id status")}
    whole = api.rows("sessions", "id")  # nothing but the id: one group, the whole set
    assert len(by_status) >= 2 and len(whole) == 1
    assert whole[0]["id"] not in by_status


def test_the_cache_id_is_no_field_name_and_no_export_column(api: Api) -> None:
    with pytest.raises(ValueError, match="cache id"):
        Cube(
            name="broken",
            description="",
            grain="row",
            sources=(Source("t"),),
            dimensions=(Dimension("id", "t.id", DataType.STRING, "", "ID"),),
            metrics=(),
        )
    response = api.client.get(
        "/export.csv",
        params={"query": "{ sessions { rows { id sessionId k: id } } }", "headers": "system"},
        headers={"Authorization": f"Bearer {api.keys['A']}"},
    )
    assert response.status_code == 200, response.text
    lines = response.text.splitlines()
    assert lines[0] == "sessionId"
    assert sorted(lines[1:]) == sorted(
        row["sessionId"] for row in api.rows("sessions", "sessionId")
    )


def test_closed_sets_need_one_name_and_description_per_value() -> None:
    with pytest.raises(ValueError, match="one name and description per value"):
        ClosedSet("Bands", "", ("0-1", "1-2"), names=("LOW",))
    assert ClosedSet("Kind", "", ("OPEN_ENDED", "rating")).names == ("OPEN_ENDED", "RATING")


def test_counts_of_a_filter_that_matches_nothing_are_zero(api: Api) -> None:
    data = api.data(
        '{ viewers(where: { sessionId: { eq: "no-such-session" } }) { rowCount rows { userId }'
        " totals { reactions chatMessages uniqueViewers avgMinutesViewed } } }"
    )["viewers"]

    assert data["rows"] == [] and data["rowCount"] == 0
    assert data["totals"] == {
        "reactions": 0,
        "chatMessages": 0,
        "uniqueViewers": 0,
        "avgMinutesViewed": None,
    }
