"""SessionLens settings: one object, read once from the environment, for every component.

Everything lives under one data directory, `SESSIONLENS_HOME` (default `./.sessionlens`);
`Paths` names every file in it. `Settings` holds the paths plus every other setting, each
declared once below with its variable, default and meaning: the gateway receives it
through its context, Dagster as the `settings` resource, and the README's configuration
table is checked against `VARIABLES` by the tests. A bad value raises `SettingsError`
naming the variable.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from sessionlens.core.durations import parse_duration

DEFAULT_HOME = ".sessionlens"
HOME_VARIABLE = "SESSIONLENS_HOME"


class SettingsError(ValueError):
    """A setting's value is unusable; the message names the variable and what it takes."""


@dataclass(frozen=True)
class Paths:
    """The layout of one SessionLens data directory."""

    home: Path

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Paths:
        return cls(Path(environ.get(HOME_VARIABLE) or DEFAULT_HOME).expanduser().resolve())

    @property
    def landing_dir(self) -> Path:
        """Where event files (`*.jsonl`, `*.jsonl.gz`) are dropped."""
        return self.home / "landing"

    @property
    def warehouse_dir(self) -> Path:
        return self.home / "warehouse"

    @property
    def raw_db(self) -> Path:
        """Accepted events, rejected lines and the ingested-file ledger (written by ingestion)."""
        return self.warehouse_dir / "raw.duckdb"

    @property
    def build_db(self) -> Path:
        """dbt's working database: staging, intermediate and mart relations."""
        return self.warehouse_dir / "build.duckdb"

    @property
    def snapshots_dir(self) -> Path:
        """Immutable, published copies of the marts; the gateway reads only these."""
        return self.home / "snapshots"

    @property
    def keys_db(self) -> Path:
        """API keys (hashed)."""
        return self.home / "keys.sqlite"

    @property
    def persisted_queries_db(self) -> Path:
        """Documents of Apollo's automatic persisted queries, by sha256 (shared by workers)."""
        return self.home / "persisted_queries.sqlite"

    @property
    def exports_dir(self) -> Path:
        """Export jobs: their records (`jobs.sqlite`) and finished CSV files."""
        return self.home / "exports"

    @property
    def exports_db(self) -> Path:
        return self.exports_dir / "jobs.sqlite"

    @property
    def dagster_home(self) -> Path:
        return self.home / "dagster"

    @property
    def logs_dir(self) -> Path:
        """Dagster's and dbt's log lines of each `sessionlens materialize`, one file a run."""
        return self.home / "logs"

    @property
    def dbt_runs_dir(self) -> Path:
        """dbt's artifacts per invocation, and the parse state saved for the next one."""
        return self.home / "dbt"

    @property
    def spark_dir(self) -> Path:
        """Spark's side of the warehouse (SESSIONLENS_ENGINE=spark); the paths under it are
        also spelled in dbt_project/profiles.yml and macros/raw_tables.sql."""
        return self.home / "spark"

    @property
    def spark_raw_dir(self) -> Path:
        """The raw layer on Spark: one Parquet folder per ingested batch, `batches/<id>/`."""
        return self.spark_dir / "raw"

    @property
    def spark_warehouse_dir(self) -> Path:
        """dbt's tables on Spark, as Parquet (`spark.sql.warehouse.dir`)."""
        return self.spark_dir / "warehouse"

    def ensure(self) -> Paths:
        for directory in (self.landing_dir, self.warehouse_dir, self.snapshots_dir):
            directory.mkdir(parents=True, exist_ok=True)
        return self


def _number(parse: Callable[[str], Any]) -> Callable[[str, str], Any]:
    def read(name: str, raw: str) -> Any:
        try:
            value = parse(raw)
        except ValueError:
            raise SettingsError(f"{name}={raw!r} is not a valid number") from None
        if value < 0:
            raise SettingsError(f"{name}={raw!r} must not be negative")
        return value

    return read


def _fraction(name: str, raw: str) -> float:
    value = _number(float)(name, raw)
    if value > 1:
        raise SettingsError(f"{name}={raw!r} must be a fraction between 0 and 1")
    return value


def _positive(read: Callable[[str, str], Any]) -> Callable[[str, str], Any]:
    def positive(name: str, raw: str) -> Any:
        value = read(name, raw)
        if value <= 0:
            raise SettingsError(f"{name}={raw!r} must be positive")
        return value

    return positive


def _cron(name: str, raw: str) -> str:
    if len(raw.split()) != 5:
        raise SettingsError(
            f"{name}={raw!r} is not a cron expression of five fields, such as '0 * * * *'"
        )
    return raw.strip()


def _choice(*allowed: str) -> Callable[[str, str], str]:
    def read(name: str, raw: str) -> str:
        value = raw.strip().lower()
        if value not in allowed:
            raise SettingsError(f"{name}={raw!r} must be one of: {', '.join(allowed)}")
        return value

    return read


def _spark_remote(name: str, raw: str) -> str:
    if not raw.strip().startswith("sc://"):
        raise SettingsError(
            f"{name}={raw!r} is not a Spark Connect URL such as sc://spark-connect:15002"
        )
    return raw.strip()


def _duration(name: str, raw: str) -> float:
    """Seconds from `7d`, `12h`, `30m`, `45s`, `2w` or a plain number of seconds."""
    try:
        return parse_duration(raw).total_seconds()
    except (ValueError, OverflowError):
        raise SettingsError(
            f"{name}={raw!r} is not a positive duration such as 7d, 12h, 30m, 2w or a number "
            "of seconds"
        ) from None


def _setting(
    default: Any,
    variable: str,
    read: Callable[[str, str], Any],
    meaning: str,
    shown: str | None = None,
) -> Any:
    """`shown`: the default as documented, when it reads better than the value itself."""
    metadata = {"variable": variable, "read": read, "doc": meaning, "shown": shown}
    return field(default=default, metadata=metadata)


_INT = _number(int)
_FLOAT = _number(float)


@dataclass(frozen=True)
class Settings:
    """Every SessionLens setting; `from_env` reads them, the defaults are the documented ones."""

    paths: Paths = field(default_factory=Paths.from_env)
    engine: str = _setting(
        "duckdb",
        "SESSIONLENS_ENGINE",
        _choice("duckdb", "spark"),
        "the warehouse engine of ingestion, the dbt build, publish and the gateway's reads: "
        "`duckdb` (embedded) or `spark`",
    )
    spark_master: str = _setting(
        "local[2]",
        "SESSIONLENS_SPARK_MASTER",
        lambda _name, raw: raw.strip(),  # any master URL Spark takes
        "the Spark master ingestion and dbt run on (`local[N]`, `spark://host:7077`, `yarn`, "
        "`k8s://…`)",
    )
    spark_remote: str = _setting(
        "",
        "SESSIONLENS_SPARK_REMOTE",
        _spark_remote,
        "the Spark Connect server the gateway reads through (`sc://host:15002`); unset, "
        "`sessionlens serve` starts one on SESSIONLENS_SPARK_MASTER",
        shown="(unset)",
    )
    schedule_cron: str = _setting(
        "0 * * * *", "SESSIONLENS_SCHEDULE_CRON", _cron, "cron of the pipeline schedule (UTC)"
    )
    sensor_interval_seconds: int = _setting(
        30,
        "SESSIONLENS_SENSOR_INTERVAL_SECONDS",
        _positive(_INT),
        "seconds between two looks of the landing sensor (the live mode's floor on freshness)",
    )
    snapshot_max_age_minutes: float = _setting(
        120.0,
        "SESSIONLENS_SNAPSHOT_MAX_AGE_MINUTES",
        _FLOAT,
        "the snapshot freshness check fails beyond this age",
    )
    rejected_share_warn: float = _setting(
        0.05,
        "SESSIONLENS_REJECTED_SHARE_WARN",
        _fraction,
        "the rejected-lines check warns for a new file with a larger share of rejected lines",
    )
    max_limit: int = _setting(
        10_000, "SESSIONLENS_MAX_LIMIT", _INT, "largest `limit` a query may ask for"
    )
    default_limit: int = _setting(
        100, "SESSIONLENS_DEFAULT_LIMIT", _INT, "`limit` when a query gives none"
    )
    query_timeout_seconds: float = _setting(
        30.0,
        "SESSIONLENS_QUERY_TIMEOUT_SECONDS",
        _FLOAT,
        "a warehouse query is interrupted after this",
    )
    max_request_bytes: int = _setting(
        1_000_000,
        "SESSIONLENS_MAX_REQUEST_BYTES",
        _INT,
        "larger `/graphql` bodies get HTTP 413",
    )
    max_events_body_bytes: int = _setting(
        10 * 1024 * 1024,
        "SESSIONLENS_MAX_EVENTS_BODY_BYTES",
        _INT,
        "larger `POST /events` bodies get HTTP 413",
    )
    max_query_depth: int = _setting(10, "SESSIONLENS_MAX_QUERY_DEPTH", _INT, "GraphQL depth limit")
    max_aliases: int = _setting(50, "SESSIONLENS_MAX_ALIASES", _INT, "GraphQL alias limit")
    max_tokens: int = _setting(5_000, "SESSIONLENS_MAX_TOKENS", _INT, "GraphQL token limit")
    snapshot_poll_seconds: float = _setting(
        0.25,
        "SESSIONLENS_SNAPSHOT_POLL_SECONDS",
        _FLOAT,
        "how often the gateway looks for a new snapshot",
    )
    max_subscriptions_per_key: int = _setting(
        20,
        "SESSIONLENS_MAX_SUBSCRIPTIONS_PER_KEY",
        _positive(_INT),
        "subscriptions one API key may hold open at once, over WebSocket and SSE together",
    )
    response_cache_bytes: int = _setting(
        64 * 1024 * 1024,
        "SESSIONLENS_RESPONSE_CACHE_BYTES",
        _INT,
        "response cache size (answers keyed by partner, document, variables and snapshot; "
        "`0` turns it off)",
    )
    document_cache_entries: int = _setting(
        256,
        "SESSIONLENS_DOCUMENT_CACHE_ENTRIES",
        _INT,
        "parsed and validated GraphQL documents kept",
    )
    persisted_query_entries: int = _setting(
        1_000,
        "SESSIONLENS_PERSISTED_QUERY_ENTRIES",
        _INT,
        "automatic persisted query documents kept (oldest stored dropped first; `0` turns "
        "persisted queries off)",
    )
    rate_limit_per_second: float = _setting(
        100.0,
        "SESSIONLENS_RATE_LIMIT_PER_SECOND",
        _FLOAT,
        "sustained requests a second per API key (`0` turns the rate limit off)",
    )
    rate_limit_burst: int = _setting(
        200,
        "SESSIONLENS_RATE_LIMIT_BURST",
        _INT,
        "requests an API key may send at once before the sustained rate applies",
    )
    export_max_rows: int = _setting(
        1_000_000,
        "SESSIONLENS_EXPORT_MAX_ROWS",
        _INT,
        "larger CSV exports are refused (`BAD_USER_INPUT`) before any row is sent",
    )
    export_ttl_seconds: float = _setting(
        7 * 86400.0,
        "SESSIONLENS_EXPORT_TTL",
        _duration,
        "export jobs and their files are removed this long after they were asked for "
        "(`7d`, `12h`, `30m` or seconds)",
        shown="7d",
    )

    def __post_init__(self) -> None:
        if self.rate_limit_per_second > 0 and self.rate_limit_burst < 1:
            raise SettingsError(
                f"SESSIONLENS_RATE_LIMIT_BURST={self.rate_limit_burst} must be at least 1; "
                "set SESSIONLENS_RATE_LIMIT_PER_SECOND=0 to turn the rate limit off"
            )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Settings:
        """The settings the environment gives; unset or blank variables keep their default."""
        values: dict[str, Any] = {"paths": Paths.from_env(environ)}
        for setting in fields(cls):
            variable = setting.metadata.get("variable")
            raw = environ.get(variable, "") if variable else ""
            if raw.strip():
                values[setting.name] = setting.metadata["read"](variable, raw)
        return cls(**values)


@dataclass(frozen=True)
class Variable:
    """One documented environment variable: its name, default and meaning."""

    name: str
    default: str
    meaning: str


def _shown(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


VARIABLES: tuple[Variable, ...] = (
    Variable(
        HOME_VARIABLE,
        f"./{DEFAULT_HOME}",
        "data directory: `landing/`, `warehouse/`, `snapshots/`, `exports/`, `logs/`, `dbt/`, "
        "`keys.sqlite`, `dagster/`",
    ),
    *(
        Variable(
            s.metadata["variable"], s.metadata["shown"] or _shown(s.default), s.metadata["doc"]
        )
        for s in fields(Settings)
        if "variable" in s.metadata
    ),
)
