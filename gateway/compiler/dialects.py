"""A compiled statement as each engine runs it: DuckDB's tree rendered in Spark SQL.

The compiler builds DuckDB trees; Spark's text is rendered from the same tree by sqlglot,
after the transforms below rewrite what sqlglot's DuckDB → Spark translation gets wrong
or translates inexactly. Values stay bound: Spark's `:pN` markers are DuckDB's `$pN`.

Time on Spark: the marts' TIMESTAMP columns are instants and the session time zone is
UTC, so one Spark TIMESTAMP stands for both of DuckDB's types: a naive TIMESTAMP is the
instant whose UTC wall time it is, a TIMESTAMPTZ is itself. Converting to or from UTC is
then nothing, and `date_trunc`, interval arithmetic and `sequence` on a wall time work
on its UTC fields, as DuckDB's do on the naive value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Literal, cast

from sqlglot import exp

ENGINES = ("duckdb", "spark")
Engine = Literal["duckdb", "spark"]

# DuckDB's strftime specifiers the compiler uses → Java's DateTimeFormatter patterns.
_JAVA_PATTERNS = {"%Y": "yyyy", "%m": "MM", "%d": "dd", "%H": "HH", "%M": "mm", "%S": "ss"}
_JAVA_PATTERNS["%f"] = "SSSSSS"
_MICROSECONDS = {"SECOND": 10**6, "MINUTE": 60 * 10**6, "HOUR": 3600 * 10**6}


def _call(name: str, *arguments: exp.Expression) -> exp.Anonymous:
    """A Spark function by its own name (sqlglot renders it as written)."""
    return exp.Anonymous(this=name, expressions=list(arguments))


def _is_utc(zone: exp.Expression) -> bool:
    return isinstance(zone, exp.Literal) and zone.is_string and zone.name == "UTC"


def _to_instant(node: exp.Anonymous) -> exp.Expression:
    """`timezone(tz, wall_time)`: the instant of a wall time in `tz` (see
    `gateway.compiler.time.local_time` for the other direction). In a DST gap both engines
    move the wall time forward; in a fold DuckDB takes the later instant and Spark's
    `to_utc_timestamp` the earlier, so the later one is taken when it also shows that wall
    time (its offset is read 3 hours on, past any fold)."""
    zone, wall_time = node.expressions
    if _is_utc(zone):
        return wall_time
    earlier = _call("to_utc_timestamp", wall_time, zone)
    three_hours = exp.Interval(this=exp.Literal.string("3"), unit=exp.var("HOUR"))
    probe = exp.paren(exp.Add(this=earlier.copy(), expression=three_hours))
    later_offset = exp.Sub(
        this=_call("from_utc_timestamp", probe, zone.copy()), expression=probe.copy()
    )
    later = exp.paren(exp.Sub(this=wall_time.copy(), expression=exp.paren(later_offset)))
    shows_it = exp.EQ(
        this=_call("from_utc_timestamp", later.copy(), zone.copy()), expression=wall_time.copy()
    )
    condition = exp.and_(exp.GT(this=later.copy(), expression=earlier.copy()), shows_it)
    return exp.Case(ifs=[exp.If(this=condition, true=later)], default=earlier)


def _series(node: exp.GenerateSeries) -> exp.Expression:
    # DuckDB's series from a later start is empty; Spark's `sequence` fails, so it gets
    # none (null: `explode` makes no rows of it).
    start, end = node.args["start"], node.args["end"]
    guard = exp.LTE(this=start.copy(), expression=end.copy())
    return exp.Case(ifs=[exp.If(this=guard, true=node.copy())])


def _to_wall_time(node: exp.AtTimeZone) -> exp.Expression:
    """`instant AT TIME ZONE tz`: the wall time in `tz`, Spark's `from_utc_timestamp`,
    which like DuckDB looks up the offset of each instant (DST included)."""
    zone = node.args["zone"]
    return node.this if _is_utc(zone) else _call("from_utc_timestamp", node.this, zone)


def _time_bucket(node: exp.DateBin) -> exp.Expression:
    """`time_bucket(INTERVAL n unit, t)` of a sub-day width: DuckDB's buckets start at
    2000-01-03, a whole number of such widths after the epoch, so counting them from
    the epoch in microseconds (`pmod`: also before 1970) gives the same buckets."""
    interval = node.this
    unit = interval.unit.name.upper() if isinstance(interval, exp.Interval) else ""
    if unit not in _MICROSECONDS or node.args.get("origin") or not interval.this.is_string:
        raise ValueError(f"no Spark form for {node.sql('duckdb')}")
    width = exp.Literal.number(int(interval.this.name) * _MICROSECONDS[unit])
    micros = _call("unix_micros", node.expression)
    remainder = _call("pmod", micros.copy(), width)
    return _call("timestamp_micros", exp.Sub(this=micros, expression=remainder))


def _java_pattern(duckdb_format: str) -> str:
    """A strftime format as a Java pattern: specifiers mapped, letters in between quoted."""
    parts = []
    for token in re.findall(r"%.|[^%]+", duckdb_format):
        if token.startswith("%"):
            if token not in _JAVA_PATTERNS:
                raise ValueError(f"no Spark pattern for strftime's {token}")
            parts.append(_JAVA_PATTERNS[token])
        else:
            parts.append(re.sub(r"[A-Za-z]+|'", _quoted, token))
    return "".join(parts)


def _quoted(text: re.Match[str]) -> str:
    # Letters are pattern letters in Java unless quoted; a quote is written twice.
    return "''" if text[0] == "'" else f"'{text[0]}'"


def _date_format(node: exp.TimeToStr) -> exp.Expression:
    # sqlglot's own translation leaves letters such as the `T` of ISO 8601 unquoted.
    duckdb_format = node.args["format"]
    if not (isinstance(duckdb_format, exp.Literal) and duckdb_format.is_string):
        raise ValueError(f"strftime needs a literal format: {node.sql('duckdb')}")
    return _call("date_format", node.this, exp.Literal.string(_java_pattern(duckdb_format.name)))


def _epoch(node: exp.TimeToUnix) -> exp.Expression:
    # DuckDB's `epoch` keeps the fraction of a second; sqlglot's `unix_timestamp` drops it.
    micros = _call("unix_micros", node.this)
    return exp.Div(this=micros, expression=exp.Literal.number(10**6))


def _projected_unnest(node: exp.Unnest) -> exp.Expression:
    # `exp.alias_` puts a projection's alias on the UNNEST itself, which DuckDB renders
    # `UNNEST(...) AS name` but Spark as a second argument of EXPLODE.
    alias = node.args.get("alias")
    if alias is None or not isinstance(node.parent, exp.Select):
        return node
    unnest = exp.Unnest(expressions=node.expressions)
    return exp.Alias(this=unnest, alias=exp.to_identifier(alias.name))


def _percentile(node: exp.PercentileCont) -> exp.Expression:
    # `quantile_cont(x, q)`: Spark's exact `percentile` interpolates the same way.
    return _call("percentile", node.this, node.expression)


_ANONYMOUS: dict[str, Callable[[exp.Anonymous], exp.Expression]] = {
    "timezone": _to_instant,
    "epoch_us": lambda node: _call("unix_micros", *node.expressions),
}
_TYPED: dict[type[exp.Expression], Callable[[exp.Expression], exp.Expression]] = {
    exp.AtTimeZone: cast(Callable[[exp.Expression], exp.Expression], _to_wall_time),
    exp.DateBin: cast(Callable[[exp.Expression], exp.Expression], _time_bucket),
    exp.TimeToStr: cast(Callable[[exp.Expression], exp.Expression], _date_format),
    exp.TimeToUnix: cast(Callable[[exp.Expression], exp.Expression], _epoch),
    exp.GenerateSeries: cast(Callable[[exp.Expression], exp.Expression], _series),
    exp.Unnest: cast(Callable[[exp.Expression], exp.Expression], _projected_unnest),
    exp.PercentileCont: cast(Callable[[exp.Expression], exp.Expression], _percentile),
}


def _to_spark(node: exp.Expression) -> exp.Expression:
    if isinstance(node, exp.Anonymous):
        rewrite = _ANONYMOUS.get(node.name.lower())
        return rewrite(node) if rewrite else node
    rewrite_typed = _TYPED.get(type(node))
    return rewrite_typed(node) if rewrite_typed else node


def render(tree: exp.Expression, engine: Engine) -> str:
    """`tree` (a DuckDB statement) as `engine`'s SQL text; `tree` is left unchanged."""
    if engine == "duckdb":
        return tree.sql(dialect="duckdb")
    spark = tree.copy()
    # Children first (reversed pre-order), so a rewrite meets rewritten arguments; sqlglot's
    # `transform` would skip the arguments a rewrite moves into its new node.
    for node in reversed(list(spark.dfs())):
        rewritten = _to_spark(node)
        if rewritten is not node:
            spark = rewritten if node is spark else spark
            node.replace(rewritten)
    return spark.sql(dialect="spark")


def _spark_value(value: object) -> object:
    # pyspark reads a naive datetime in the Python process's local zone; bound times are
    # naive UTC, so they are made aware first.
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return value


def bound_values(parameters: Mapping[str, object], engine: Engine) -> dict[str, object]:
    """Parameter values as `engine`'s driver takes them (pyspark's `spark.sql(args=)`)."""
    if engine == "duckdb":
        return dict(parameters)
    return {name: _spark_value(value) for name, value in parameters.items()}


def engine_named(name: str) -> Engine:
    if name not in ENGINES:
        raise ValueError(f"unknown engine {name!r}: one of {', '.join(ENGINES)}")
    return cast(Engine, name)
