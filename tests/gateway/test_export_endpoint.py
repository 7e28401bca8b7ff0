"""`GET /export.csv` over HTTP: the rows of one cube query as CSV, as the JSON API sees them."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from starlette.testclient import TestClient

from gateway.app import create_app
from gateway.keys import create_key
from sessionlens.core.settings import Paths, Settings
from tests.gateway.conftest import SESSIONS
from tests.gateway.marts import publish_snapshot

# A title that needs every kind of CSV quoting: comma, double quote, newline.
TRICKY_TITLE = 'He said "hi", then\nleft; ça va'
# Partner C's titles begin with each character a spreadsheet reads as a formula; one
# duration is negative, a number that must stay a number.
FORMULA_TITLES = {
    "c1": '=HYPERLINK("http://example.invalid","click")',
    "c2": "+1+1",
    "c3": "-2+3",
    "c4": "@SUM(A1:A2)",
    "c5": "\tindented",
    "c6": "\rreturned",
    "c7": "José, Zoë and Ærøskøbing",
}
CSV_SESSIONS = [
    *SESSIONS,
    {**SESSIONS[0], "session_id": "s9", "title": TRICKY_TITLE},
    *(
        {
            **SESSIONS[0],
            "partner_id": "C",
            "session_id": sid,
            "title": title,
            "duration_minutes": -5.5 if sid == "c3" else 1.0,
        }
        for sid, title in FORMULA_TITLES.items()
    ),
]


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> Paths:
    """One data directory for the module: exports only read it."""
    paths = Paths(tmp_path_factory.mktemp("export")).ensure()
    publish_snapshot(paths, "snap-csv", {"sessions": CSV_SESSIONS})
    return paths


@pytest.fixture(scope="module")
def keys(paths: Paths) -> dict[str, str]:
    return {
        "A": create_key(paths, "A", ["read"]),
        "B": create_key(paths, "B", ["read"]),
        "C": create_key(paths, "C", ["read"]),
        "admin": create_key(paths, "ops", ["read", "admin"]),
        "writer": create_key(paths, "A", ["write"]),
    }


@pytest.fixture(scope="module")
def client(paths: Paths) -> Iterator[TestClient]:
    settings = Settings(paths=paths, snapshot_poll_seconds=0)
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def export(client: TestClient, key: str, **params: str) -> Any:
    return client.get("/export.csv", params=params, headers={"Authorization": f"Bearer {key}"})


def table(response: Any) -> list[list[str]]:
    assert response.status_code == 200, response.text
    return list(csv.reader(io.StringIO(response.text, newline="")))


def sessions_of(partner: str) -> list[dict[str, Any]]:
    return sorted(
        (s for s in CSV_SESSIONS if s["partner_id"] == partner), key=lambda s: s["session_id"]
    )


ORDERED = "orderBy: [{field: SESSION_ID}]"


def test_rows_round_trip_through_csv_quoting(client: TestClient, keys: dict[str, str]) -> None:
    query = f"{{ sessions({ORDERED}) {{ rows {{ sessionId title hasRecording endTime }} }} }}"
    response = export(client, keys["A"], query=query)

    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert re.fullmatch(
        r'attachment; filename="sessions-\d{8}T\d{4}Z\.csv"',
        response.headers["content-disposition"],
    )
    header, *rows = table(response)
    assert header == ["sessionId", "title", "hasRecording", "endTime"]
    expected = sessions_of("A")
    assert [row[:3] for row in rows] == [
        [s["session_id"], s["title"] or "", "true" if s["has_recording"] else "false"]
        for s in expected
    ]
    assert TRICKY_TITLE in [row[1] for row in rows]
    # Timestamps are ISO 8601 instants (the JSON API's text); nulls are empty cells.
    for row, session in zip(rows, expected, strict=True):
        ended = session["ended_at"]
        if ended is None:
            assert row[3] == ""
        else:
            assert datetime.fromisoformat(row[3]) == ended.replace(tzinfo=UTC)


def test_cells_match_the_json_api(client: TestClient, keys: dict[str, str]) -> None:
    query = (
        f'{{ sessions({ORDERED}, timezone: "Europe/Berlin") {{ rows '
        "{ d: startTime(grain: DAY) sessionId status durationMinutes startTime } } }"
    )
    json_rows = client.post(
        "/graphql", json={"query": query}, headers={"Authorization": f"Bearer {keys['A']}"}
    ).json()["data"]["sessions"]["rows"]
    header, *rows = table(export(client, keys["A"], query=query))

    assert header == ["d", "sessionId", "status", "durationMinutes", "startTime"]
    assert rows == [[str(row[key]) for key in header] for row in json_rows]


def test_descriptive_headers_use_catalog_labels_and_grains(
    client: TestClient, keys: dict[str, str]
) -> None:
    query = (
        "query($g: TimeGrain) { sessions { rows { "
        "d: startTime(grain: DAY) sessionCount title h: startTime(grain: $g) startTime "
        "} } }"
    )
    response = export(
        client, keys["A"], query=query, variables='{"g": "TEN_MINUTES"}', headers="descriptive"
    )
    header, *rows = table(response)
    assert header == [
        "Start time (day)",
        "Sessions",
        "Title",
        "Start time (ten minutes)",
        "Start time",
    ]
    assert len(rows) == len(sessions_of("A"))
    system = table(export(client, keys["A"], query=query, variables='{"g": "HOUR"}'))
    assert system[0] == ["d", "sessionCount", "title", "h", "startTime"]
    defaulted = query.replace("$g: TimeGrain", "$g: TimeGrain = WEEK")
    assert table(export(client, keys["A"], query=defaulted, headers="descriptive"))[0][3] == (
        "Start time (week)"
    )


def test_each_partner_exports_only_its_rows(client: TestClient, keys: dict[str, str]) -> None:
    query = f"{{ sessions({ORDERED}) {{ rows {{ sessionId title }} }} }}"
    for partner in ("A", "B"):
        _, *rows = table(export(client, keys[partner], query=query))
        assert rows == [[s["session_id"], s["title"] or ""] for s in sessions_of(partner)]


def test_empty_result_is_the_header_alone(client: TestClient, keys: dict[str, str]) -> None:
    query = '{ sessions(where: {sessionId: {eq: "none"}}) { rows { sessionId } } }'
    assert table(export(client, keys["A"], query=query)) == [["sessionId"]]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({}, "rows to export as `query`"),
        ({"query": "{ sessions { rows { title "}, "Syntax Error"),
        ({"query": "{ sessions { rowCount } }"}, "select `rows { … }` under `sessions`"),
        (
            {"query": "{ a: sessions { rows { title } } b: sessions { rows { title } } }"},
            "select exactly one cube field to export, got 2: a, b",
        ),
        ({"query": "{ catalog { name } }"}, "`catalog` is not a cube"),
        ({"query": "{ nope { rows { x } } }"}, "`nope` is not a cube"),
        ({"query": "{ sessions { rows { bogus } } }"}, "Cannot query field 'bogus'"),
        (
            {"query": "{ sessions(limit: 1000001) { rows { title } } }"},
            "`limit` must be between 0 and 1000000",
        ),
        ({"query": "{ sessions { rows { title } } }", "headers": "fancy"}, "`headers` must be"),
        ({"query": "{ sessions { rows { title } } }", "variables": "{oops"}, "not valid JSON"),
        ({"query": "{ sessions { rows { title } } }", "variables": "[1]"}, "a JSON object"),
        ({"query": "{ sessions { rows { ...Missing } } }"}, "Unknown fragment 'Missing'"),
        ({"query": "mutation { sessions }"}, "not a mutation"),
        (
            {
                "query": "{ sessions(compare: { previousPeriod: true }, where: { startTime: "
                "{ inLast: { amount: 1, unit: DAY } } }) { rows { previous { sessionCount } } } }"
            },
            "a CSV row has no column for",
        ),
    ],
)
def test_bad_requests_are_400_graphql_errors(
    client: TestClient, keys: dict[str, str], params: dict[str, str], message: str
) -> None:
    response = export(client, keys["A"], **params)
    assert response.status_code == 400
    (error,) = response.json()["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert message in error["message"]
    assert "SELECT" not in error["message"]


def test_limits_and_access_rules_are_those_of_graphql(
    client: TestClient, keys: dict[str, str]
) -> None:
    huge = "{ sessions { rows { " + "title " * 6000 + "} } }"
    response = export(client, keys["A"], query=huge)
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "TOO_COMPLEX"

    admin_only = "{ sessions { rows { partnerId } } }"
    response = export(client, keys["A"], query=admin_only)
    assert response.status_code == 403
    assert response.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    _, *rows = table(export(client, keys["admin"], query=admin_only))
    assert sorted(rows) == [["A"], ["B"], ["C"]]


def test_missing_or_bad_key_is_401_and_write_only_key_is_403(
    client: TestClient, keys: dict[str, str]
) -> None:
    params = {"query": "{ sessions { rows { title } } }"}
    for headers in ({}, {"Authorization": "Bearer slk_nope_nope"}):
        response = client.get("/export.csv", params=params, headers=headers)
        assert response.status_code == 401
        assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    response = export(client, keys["writer"], **params)
    assert response.status_code == 403
    assert response.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"


def test_formula_cells_are_neutralized_and_numbers_stay_numbers(
    client: TestClient, keys: dict[str, str]
) -> None:
    query = f"{{ sessions({ORDERED}) {{ rows {{ sessionId title durationMinutes }} }} }}"
    _, *rows = table(export(client, keys["C"], query=query))

    assert rows == [
        [
            sid,
            f"'{title}" if title[0] in "=+-@\t\r" else title,
            "-5.5" if sid == "c3" else "1.0",
        ]
        for sid, title in sorted(FORMULA_TITLES.items())
    ]
    # Every dangerous first character is covered, and the JSON API keeps the text as is.
    assert {title[0] for title in FORMULA_TITLES.values()} >= set("=+-@\t\r")
    json_rows = client.post(
        "/graphql", json={"query": query}, headers={"Authorization": f"Bearer {keys['C']}"}
    ).json()["data"]["sessions"]["rows"]
    assert [row["title"] for row in json_rows] == [t for _, t in sorted(FORMULA_TITLES.items())]


def test_excel_flag_adds_a_utf8_bom_and_keeps_accents(
    client: TestClient, keys: dict[str, str]
) -> None:
    query = '{ sessions(where: {sessionId: {eq: "c7"}}) { rows { title } } }'
    excel = export(client, keys["C"], query=query, excel="true")
    plain = export(client, keys["C"], query=query)

    assert excel.content.startswith(b"\xef\xbb\xbf")
    assert not plain.content.startswith(b"\xef\xbb\xbf")
    assert excel.content[3:] == plain.content
    rows = list(csv.reader(io.StringIO(excel.content.decode("utf-8-sig"), newline="")))
    assert rows == [["title"], [FORMULA_TITLES["c7"]]]
    response = export(client, keys["C"], query=query, excel="sure")
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"] == {
        "code": "BAD_USER_INPUT",
        "argument": "excel",
    }


def test_every_row_unless_limit_and_offset_are_given(
    client: TestClient, keys: dict[str, str]
) -> None:
    everything = f"{{ sessions({ORDERED}) {{ rows {{ sessionId }} }} }}"
    expected = [[s["session_id"]] for s in sessions_of("A")]
    assert table(export(client, keys["A"], query=everything))[1:] == expected
    paged = f"{{ sessions({ORDERED}, limit: 2, offset: 1) {{ rows {{ sessionId }} }} }}"
    assert table(export(client, keys["A"], query=paged))[1:] == expected[1:3]


def test_exports_over_the_row_ceiling_are_refused_before_any_row(
    paths: Paths, keys: dict[str, str]
) -> None:
    count = len(sessions_of("A"))
    settings = Settings(paths=paths, snapshot_poll_seconds=0, export_max_rows=count - 1)
    query = f"{{ sessions({ORDERED}) {{ rows {{ sessionId }} }} }}"
    with TestClient(create_app(settings)) as small:
        response = export(small, keys["A"], query=query)
        assert response.status_code == 400
        assert response.headers["content-type"] == "application/json"
        (error,) = response.json()["errors"]
        assert error["extensions"] == {"code": "BAD_USER_INPUT", "argument": "limit"}
        assert f"would hold {count} rows, more than the {count - 1}" in error["message"]
        # Within the ceiling once paged; `limit` itself may not pass it.
        paged = query.replace(ORDERED, f"{ORDERED}, offset: 1")
        assert len(table(export(small, keys["A"], query=paged))) == count
        over = query.replace(ORDERED, f"{ORDERED}, limit: {count}")
        assert export(small, keys["A"], query=over).json()["errors"][0]["extensions"] == {
            "code": "BAD_USER_INPUT",
            "argument": "limit",
        }


def test_totals_rowcount_and_ids_beside_the_rows_do_not_change_the_export(
    client: TestClient, keys: dict[str, str]
) -> None:
    plain = f"{{ sessions({ORDERED}) {{ rows {{ sessionId title }} }} }}"
    busy = (
        f"{{ sessions({ORDERED}) {{ id rowCount totals {{ id sessionCount }} "
        "rows { id sessionId title } } }"
    )

    assert table(export(client, keys["A"], query=busy)) == table(
        export(client, keys["A"], query=plain)
    )
