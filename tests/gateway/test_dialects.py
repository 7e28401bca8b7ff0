"""Every dashboard query (docs/queries), in UTC and in Europe/Berlin, plus `compare`,
`fill`, `window` and grain queries over the DST changes, renders as Spark SQL: text
Spark parses, its values bound as `:pN` markers and never written into the text, and
only functions Spark has (tests/fixtures/spark_functions.txt, checked against the
installed Spark by tests/spark/test_spark_dialect.py).

The cube queries are the ones the gateway compiles for these documents over the
hand-written snapshot of tests/gateway/conftest.py; tests/spark runs the same ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any, ClassVar

import pytest
import sqlglot
from sqlglot import exp
from starlette.testclient import TestClient

from gateway import compiled_queries, executor
from gateway.app import create_app
from gateway.compiled_queries import CompiledQueries
from gateway.compiler import CompiledQuery
from gateway.compiler.dialects import ENGINES
from gateway.compiler.parameters import Statement
from gateway.keys import create_key
from sessionlens.core.settings import Paths, Settings
from tests.end_to_end.panels import QUERIES, VARIABLES, Panel
from tests.gateway import data
from tests.gateway.conftest import MARTS, WATERMARK, Api
from tests.gateway.marts import publish_snapshot

SPARK_FUNCTIONS_FILE = Path(__file__).resolve().parents[1] / "fixtures" / "spark_functions.txt"
TIME_ZONES = ("UTC", "Europe/Berlin")
BERLIN = '"Europe/Berlin"'
DST_DAY = '{ gte: "2026-03-29T00:00:00", lt: "2026-03-30T00:00:00" }'
VIEWERS = "uniqueViewers minutesViewed avgMinutesViewed reactingViewersRate"
# Beside the dashboards, in the spirit of tests/end_to_end/test_analysis.py (whose inputs
# need its generated data): what the dashboards do not use, over the DST changes.
EXTRA_QUERIES = {
    "fill-dst-hours": f"""{{ viewers(timezone: {BERLIN}, limit: 1000,
        where: {{ sessionStart: {DST_DAY} }})
        {{ rows {{ sessionStart(grain: HOUR, fill: true) platform {VIEWERS} }} rowCount }} }}""",
    "fill-unbounded-days": f"""{{ viewers(timezone: {BERLIN}, limit: 1000)
        {{ rows {{ sessionStart(grain: DAY, fill: true) {VIEWERS} }} }} }}""",
    "compare-berlin": f"""{{ viewers(timezone: {BERLIN}, compare: {{ previousPeriod: true }},
        where: {{ sessionStart: {{ gte: "2026-03-29T00:00:00", lt: "2026-10-26T00:00:00" }} }})
        {{ rows {{ day: sessionStart(grain: DAY) uniqueViewers previous {{ uniqueViewers }}
        change {{ uniqueViewers }} }} totals {{ uniqueViewers change {{ uniqueViewers }} }}
        }} }}""",
    "compare-month-offset": f"""{{ sessions(timezone: {BERLIN},
        compare: {{ offset: {{ amount: 7, unit: MONTH }} }},
        where: {{ startTime: {{ gte: "2026-10-01T00:00:00" }} }})
        {{ rows {{ startTime(grain: HOUR) sessionCount previous {{ sessionCount }} }} }} }}""",
    **{
        f"window-{zone}-{grain}": f"""{{ viewers(timezone: "{zone}",
            where: {{ sessionStart: {{ gte: "2026-03-01T00:00:00" }} }})
            {{ rows {{ sessionStart(grain: {grain}) platform {VIEWERS}
            c: uniqueViewers(window: {{ cumulative: true }})
            t: avgMinutesViewed(window: {{ trailing: {{ amount: {amount}, unit: {unit} }} }})
            }} }} }}"""
        for zone, grain, amount, unit in (
            ("Europe/Berlin", "DAY", 2, "DAY"),
            ("UTC", "DAY", 1, "MONTH"),
            ("Europe/Berlin", "WEEK", 10, "DAY"),
            ("Europe/Berlin", "MONTH", 1, "MONTH"),
        )
    },
    "grains-berlin": f"""{{ sessions(timezone: {BERLIN})
        {{ rows {{ a: startTime(grain: TEN_SECONDS) b: startTime(grain: TEN_MINUTES)
        c: startTime(grain: QUARTER) d: startTime(grain: YEAR) e: startTime
        sessionCount }} }} }}""",
    "grains-fixed-offset": """{ sessions(timezone: "Etc/GMT-5")
        { rows { a: startTime(grain: TEN_SECONDS) b: startTime(grain: WEEK) sessionCount
        averageDuration: avgDurationMinutes } } }""",
    "in-last-and-search": """{ sessions(asOf: "2026-10-27T00:00:00Z", timezone: "Europe/Berlin",
        where: { startTime: { inLast: { amount: 1, unit: MONTH } },
        title: { contains: "LAUNCH" }, status: { in: [ENDED, ONGOING] } })
        { rows { title status sessionCount } totals { sessionCount } rowCount } }""",
    "admin-distinct-pairs": """{ viewers(orderBy: [{ field: PARTNER_ID }])
        { rows { partnerId uniqueViewers } totals { uniqueViewers } } }""",
}


@dataclass(frozen=True)
class Compiled:
    """One compiled cube query of a document, with what it was run as."""

    document: str
    as_: str
    variables: dict[str, Any]
    compiled: CompiledQuery

    @property
    def statements(self) -> list[Statement]:
        parts = (self.compiled.rows, self.compiled.totals, self.compiled.row_count)
        return [statement for statement in parts if statement is not None]


def _facts(rows: list[dict[str, Any]]) -> SimpleNamespace:
    facts = [
        SimpleNamespace(dims={"sessionId": row["session_id"], "name": row.get("name")})
        for row in rows
        if row["partner_id"] == "A"
    ]
    return SimpleNamespace(facts=facts)


class HandWrittenOracle:
    """What `tests.end_to_end.panels.Panel` reads of an oracle, from partner A's rows of
    tests/gateway/data.py, so the dashboards' own variables apply to that snapshot."""

    _CUBES: ClassVar[dict[str, list[dict[str, Any]]]] = {
        "timeline": data.TIMELINE,
        "viewers": data.PARTICIPANTS,
        "polls": data.POLLS,
        "recordings": data.RECORDINGS,
        "quality": data.QUALITY_SAMPLES,
        "errors": data.ERRORS,
    }

    def cube(self, name: str) -> SimpleNamespace:
        return _facts(self._CUBES[name])

    @property
    def all_polls(self) -> list[SimpleNamespace]:
        return [
            SimpleNamespace(
                poll_id=poll["poll_id"],
                session_id=poll["session_id"],
                answers=[a for a in data.POLL_ANSWERS if a["poll_id"] == poll["poll_id"]],
            )
            for poll in data.POLLS
            if poll["partner_id"] == "A"
        ]

    @property
    def events(self) -> list[SimpleNamespace]:
        return [SimpleNamespace(at=WATERMARK)]


def _panel() -> Panel:
    panel = Panel.__new__(Panel)
    panel.oracle = HandWrittenOracle()  # type: ignore[assignment]
    return panel


def _runs() -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(name, document, key, variables) of every query this module and tests/spark run."""
    for name in sorted(VARIABLES):
        variables = VARIABLES[name](_panel())
        for zone in TIME_ZONES:
            document = (QUERIES / f"{name}.graphql").read_text()
            yield f"{name}@{zone}", document, "A", {**variables, "timezone": zone}
    for name, document in EXTRA_QUERIES.items():
        yield name, document, "admin" if name.startswith("admin") else "A", {}


def compile_all(paths: Paths) -> dict[str, list[Compiled]]:
    """Per run: every cube query the gateway compiled for it over the snapshot `paths`
    serves (each run answers without errors)."""
    keys = {
        "A": create_key(paths, "A", ["read"]),
        "admin": create_key(paths, "ops", ["read", "admin"]),
    }
    settings = Settings(paths=paths, snapshot_poll_seconds=0, response_cache_bytes=0)
    captured: list[CompiledQuery] = []
    compile_cube_query = compiled_queries.compile_cube_query

    def capturing(*arguments: Any) -> CompiledQuery:
        compiled = compile_cube_query(*arguments)
        captured.append(compiled)
        return compiled

    runs: dict[str, list[Compiled]] = {}
    with pytest.MonkeyPatch.context() as patch, TestClient(create_app(settings)) as client:
        patch.setattr(compiled_queries, "compile_cube_query", capturing)
        api = Api(client, keys)
        for name, document, as_, variables in _runs():
            # A fresh store: every run compiles its queries, even one compiled before.
            patch.setattr(executor, "COMPILED_QUERIES", CompiledQueries())
            captured.clear()
            api.data(document, variables, as_=as_)
            runs[name] = [Compiled(name, as_, variables, c) for c in captured]
            assert runs[name], name
    return runs


@pytest.fixture(scope="module")
def compilations(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Compiled]]:
    paths = Paths(tmp_path_factory.mktemp("dialects")).ensure()
    publish_snapshot(paths, "snap-1", MARTS)
    return compile_all(paths)


def spark_functions() -> frozenset[str]:
    return frozenset(SPARK_FUNCTIONS_FILE.read_text().split())


_STRING = re.compile(r"'(?:[^'\\]|\\.)*'")
_CALL = re.compile(r"\b([A-Za-z_][A-Za-z0-9_]*)\s*\(")
# Words a parenthesis follows in Spark SQL that are no functions.
_KEYWORDS = frozenset(
    {"and", "as", "by", "else", "filter", "from", "in", "join", "not", "on", "or", "over"}
    | {"select", "then", "using", "when", "where", "with"}
)


def called_functions(sql: str) -> set[str]:
    """The names of the functions `sql` calls (string literals left out)."""
    names = {name.lower() for name in _CALL.findall(_STRING.sub("''", sql))}
    return names - _KEYWORDS


def check_spark_statement(statement: Statement) -> None:
    spark = statement.for_engine("spark")
    tree = sqlglot.parse_one(spark.sql, dialect="spark")
    assert "$" not in _STRING.sub("''", spark.sql)
    assert {p.name for p in tree.find_all(exp.Placeholder)} == set(spark.parameters)
    assert set(spark.parameters) == set(statement.parameters)
    literals = {literal.name for literal in tree.find_all(exp.Literal) if literal.is_string}
    # No value was written as a literal (a string or a time: numbers such as 0 are also
    # the compiler's own).
    for value in statement.parameters.values():
        if isinstance(value, str | datetime):
            assert str(value) not in literals, value
    unknown = called_functions(spark.sql) - spark_functions()
    assert not unknown, f"functions Spark does not have: {sorted(unknown)}\n{spark.sql}"


def test_every_dashboard_query_runs_in_both_time_zones(
    compilations: dict[str, list[Compiled]],
) -> None:
    expected = {f"{name}@{zone}" for name in VARIABLES for zone in TIME_ZONES}
    assert expected | set(EXTRA_QUERIES) == set(compilations)


def test_every_statement_renders_as_spark_sql(compilations: dict[str, list[Compiled]]) -> None:
    statements = [s for runs in compilations.values() for c in runs for s in c.statements]
    assert len(statements) > 60
    for statement in statements:
        check_spark_statement(statement)


def test_duckdb_statements_are_unchanged_and_spark_text_is_rendered_once(
    compilations: dict[str, list[Compiled]],
) -> None:
    statement = next(iter(compilations.values()))[0].statements[0]
    assert statement.for_engine("duckdb") is statement
    assert statement.for_engine("spark") is statement.for_engine("spark")
    assert ENGINES == ("duckdb", "spark")
    with pytest.raises(ValueError, match="unknown engine"):
        statement.for_engine("postgres")


def test_the_spark_forms_of_duckdb_constructs() -> None:
    """Each construct the compiler emits that sqlglot alone translates wrongly."""
    from gateway.compiler.dialects import render

    def spark(duckdb_sql: str) -> str:
        return render(sqlglot.parse_one(duckdb_sql, dialect="duckdb"), "spark")

    assert spark("SELECT quantile_cont(x, 0.95)") == "SELECT PERCENTILE(x, 0.95)"
    assert spark("SELECT epoch(x), epoch_us(x)") == (
        "SELECT UNIX_MICROS(x) / 1000000, UNIX_MICROS(x)"
    )
    assert spark("SELECT strftime(x, '%Y-%m-%dT%H:%M:%S.%f')") == (
        "SELECT DATE_FORMAT(x, 'yyyy-MM-dd\\'T\\'HH:mm:ss.SSSSSS')"
    )
    assert spark("SELECT time_bucket(INTERVAL 10 SECOND, x)") == (
        "SELECT TIMESTAMP_MICROS(UNIX_MICROS(x) - PMOD(UNIX_MICROS(x), 10000000))"
    )
    assert spark("SELECT timezone('UTC', x), x AT TIME ZONE 'UTC'") == "SELECT x, x"
    assert spark("SELECT x AT TIME ZONE $p0") == "SELECT FROM_UTC_TIMESTAMP(x, :p0)"
    assert "TO_UTC_TIMESTAMP(x, :p0)" in spark("SELECT timezone($p0, x)")
    with pytest.raises(ValueError, match="no Spark form"):
        spark("SELECT time_bucket(INTERVAL 1 MONTH, x)")
