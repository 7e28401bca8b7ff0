"""Ingestion on Apache Spark fills the raw layer ingestion on DuckDB fills, row for row.

The same landing files (generated traffic with its bad lines, a file of duplicates, a
damaged gzip and a `POST /events` rejections file) are ingested into two homes: by
`ingest_landing` into raw.duckdb, and by `ingest_landing_on_spark` on a real standalone
cluster (the tier's, tests/spark/conftest.py) into Parquet batches, which DuckDB reads
back for the comparison. Later batches re-deliver an event, and one run is killed just
before its batch is renamed into place.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from orchestration.crash_points import PAUSE_VARIABLE
from orchestration.ingestion import IngestReport, ingest_landing
from orchestration.spark_ingestion import APP_NAME, ingest_landing_on_spark
from sessionlens.core.landing import PostedRejection, write_landing_files
from sessionlens.core.settings import Paths, Settings
from sessionlens.generate import generate
from tests.spark.cluster import Cluster

REPO = Path(__file__).resolve().parents[2]
GENERATED_EVENTS = 6_000
SEED = 29
RAW_TABLES = ("events", "rejected_lines", "ingested_files")
# Each engine's clock and batch ids.
IGNORED_COLUMNS = {
    "events": ("batch_id",),
    "rejected_lines": ("rejected_at", "batch_id"),
    "ingested_files": ("ingested_at", "batch_id"),
}
KILLED_RUN = (
    "from orchestration.spark_ingestion import ingest_landing_on_spark\n"
    "from sessionlens.core.settings import Settings\n"
    "ingest_landing_on_spark(Settings.from_env())\n"
)
PAUSE_SECONDS = 120


@dataclass(frozen=True)
class Homes:
    duckdb: Paths
    spark: Settings
    cluster: Cluster


@dataclass(frozen=True)
class FirstBatch:
    """The first ingestion on each engine, a second one, and how the raw layers compared."""

    duckdb: IngestReport
    spark: IngestReport
    duckdb_again: IngestReport
    spark_again: IngestReport
    batches_after_first: list[str]
    batches_after_second: list[str]
    differences: dict[str, dict[str, int]]
    event_at_type: pa.DataType


@pytest.fixture(scope="module")
def homes(tmp_path_factory: pytest.TempPathFactory, cluster: Cluster) -> Homes:
    """Two homes with the same landing files; `cluster` is the tier's (conftest.py)."""
    landing = tmp_path_factory.mktemp("landing")
    land(landing)
    duckdb_paths = Paths(tmp_path_factory.mktemp("duckdb-home")).ensure()
    spark_paths = Paths(tmp_path_factory.mktemp("spark-home")).ensure()
    for paths in (duckdb_paths, spark_paths):
        shutil.copytree(landing, paths.landing_dir, dirs_exist_ok=True)
    return Homes(
        duckdb_paths, Settings(paths=spark_paths, spark_master=cluster.master_url), cluster
    )


def land(landing: Path) -> None:
    """Generated traffic, then: its first file's lines twice over (duplicates within the
    file and of an earlier file), a gzip of the second file's lines cut short, and the
    rejections of a `POST /events`."""
    generate(landing, events=GENERATED_EVENTS, seed=SEED)
    first, second = (
        gzip.decompress(path.read_bytes()) for path in sorted(landing.glob("*.gz"))[:2]
    )
    lines = first.splitlines(keepends=True)[:200]
    (landing / "events-dupes.jsonl").write_bytes(b"".join(lines + lines[:50]))
    damaged = gzip.compress(second)
    (landing / "events-damaged.jsonl.gz").write_bytes(damaged[: len(damaged) * 2 // 3])
    posted = [
        PostedRejection(line_number=3, raw_line="{}", reason="invalid JSON", partner_id="p-acme"),
        PostedRejection(
            line_number=7, raw_line='{"x": 1}', reason="missing", partner_id="p-acme",
            event_type="reaction",
        ),
    ]  # fmt: skip
    write_landing_files(landing, [], posted)


def batches(settings: Settings) -> list[str]:
    return sorted(path.name for path in (settings.paths.spark_raw_dir / "batches").iterdir())


def spark_relation(settings: Settings, table: str) -> str:
    """Raw `table` on Spark, as the dbt views read it (DuckDB has no `{a,b}` globs)."""
    raw_dir = settings.paths.spark_raw_dir
    return (
        f"read_parquet(['{raw_dir}/schemas/{table}/*.parquet',"
        f" '{raw_dir}/batches/*/{table}/*.parquet'])"
    )


def raw_differences(homes: Homes) -> dict[str, dict[str, int]]:
    """Per raw table, the rows of one engine's that the other lacks (clock columns and
    batch ids aside; Spark's UTC instants as DuckDB's UTC wall clock)."""
    differences = {}
    with duckdb.connect() as connection:
        connection.execute("set TimeZone = 'UTC'")
        connection.execute(f"attach '{homes.duckdb.raw_db}' as raw (read_only)")
        for table in RAW_TABLES:
            columns = [
                (name, data_type)
                for name, data_type, *_ in connection.execute(f"describe raw.{table}").fetchall()
                if name not in IGNORED_COLUMNS[table]
            ]
            on_duckdb = f"select {', '.join(name for name, _ in columns)} from raw.{table}"
            on_spark = "select {} from {}".format(
                ", ".join(
                    f"timezone('UTC', {name}) as {name}" if data_type == "TIMESTAMP" else name
                    for name, data_type in columns
                ),
                spark_relation(homes.spark, table),
            )
            counts = {}
            for name, query in {
                "rows": f"select * from raw.{table}",
                "missing": f"{on_duckdb} except all {on_spark}",
                "extra": f"{on_spark} except all {on_duckdb}",
            }.items():
                (counts[name],) = connection.execute(f"select count(*) from ({query})").fetchone()
            differences[table] = counts
    return differences


def same_report(report: IngestReport) -> dict[str, Any]:
    return {k: v for k, v in dataclasses.asdict(report).items() if k != "batch_id"}


def event_at_type(settings: Settings) -> pa.DataType:
    (part, *_) = settings.paths.spark_raw_dir.glob("batches/*/events/*.parquet")
    return pq.read_schema(part).field("event_at").type


@pytest.fixture(scope="module")
def first_batch(homes: Homes) -> FirstBatch:
    duckdb_report = ingest_landing(homes.duckdb)
    spark_report = ingest_landing_on_spark(homes.spark)
    after_first = batches(homes.spark)
    differences = raw_differences(homes)
    return FirstBatch(
        duckdb=duckdb_report,
        spark=spark_report,
        duckdb_again=ingest_landing(homes.duckdb),
        spark_again=ingest_landing_on_spark(homes.spark),
        batches_after_first=after_first,
        batches_after_second=batches(homes.spark),
        differences=differences,
        event_at_type=event_at_type(homes.spark),
    )


def test_spark_fills_the_raw_tables_duckdb_fills(first_batch: FirstBatch, homes: Homes) -> None:
    report = first_batch.duckdb
    # The data set has what the comparison is about.
    assert report.duplicates > 250 and report.rejected > 5
    with duckdb.connect(str(homes.duckdb.raw_db), read_only=True) as raw:
        (damaged,) = raw.execute(
            "select count(*) from rejected_lines where file = 'events-damaged.jsonl.gz'"
            " and reason like 'file is damaged after line %'"
        ).fetchone()
    assert damaged == 1
    assert same_report(first_batch.spark) == same_report(report)
    assert first_batch.differences == {
        table: {"rows": counts["rows"], "missing": 0, "extra": 0}
        for table, counts in first_batch.differences.items()
    }
    assert all(counts["rows"] > 0 for counts in first_batch.differences.values())
    # The executors did the work: the ingestion was an application of the cluster.
    assert APP_NAME in homes.cluster.applications()


def test_timestamps_are_utc_instants_in_microseconds(first_batch: FirstBatch) -> None:
    """So DuckDB reads back Spark's values exactly (compared above), and Spark its own:
    its watermarks, read back from the batch, are DuckDB's to the microsecond."""
    assert first_batch.event_at_type == pa.timestamp("us", tz="UTC")
    assert first_batch.spark.watermarks == first_batch.duckdb.watermarks
    assert any("." in at for at in first_batch.spark.watermarks.values())


def test_a_second_ingestion_is_a_no_op(first_batch: FirstBatch) -> None:
    assert len(first_batch.batches_after_first) == 1
    assert first_batch.batches_after_second == first_batch.batches_after_first
    for again, first in (
        (first_batch.spark_again, first_batch.spark),
        (first_batch.duckdb_again, first_batch.duckdb),
    ):
        assert (again.files, again.lines, again.accepted) == (0, 0, 0)
        assert again.skipped_files == first.files
        assert (again.total_events, again.total_rejected) == (
            first.total_events,
            first.total_rejected,
        )


def late_line(landing: Path, event_id: str) -> bytes:
    """A line of the first generated file, as event `event_id`."""
    (first, *_) = sorted(landing.glob("events-0*.jsonl.gz"))
    event = json.loads(gzip.decompress(first.read_bytes()).splitlines()[0])
    event["event_id"] = event_id
    return json.dumps(event).encode()


def deliver(homes: Homes, name: str, lines: list[bytes]) -> None:
    for paths in (homes.duckdb, homes.spark.paths):
        (paths.landing_dir / name).write_bytes(b"".join(line + b"\n" for line in lines))


def test_later_batches_dedupe_and_a_killed_run_leaves_nothing_read(
    first_batch: FirstBatch, homes: Homes
) -> None:
    landing = homes.spark.paths.landing_dir
    (first, *_) = sorted(landing.glob("events-0*.jsonl.gz"))
    redelivered = gzip.decompress(first.read_bytes()).splitlines()[0]
    deliver(homes, "events-later.jsonl", [redelivered, late_line(landing, "late-1")])
    for report in (ingest_landing(homes.duckdb), ingest_landing_on_spark(homes.spark)):
        assert (report.files, report.accepted, report.duplicates) == (1, 1, 1)
    assert len(batches(homes.spark)) == 2
    assert_same_raw_tables(homes)

    deliver(homes, "events-killed.jsonl", [late_line(landing, "late-2")])
    staged = killed_before_the_rename(homes)
    assert {path.name for path in staged.iterdir()} == set(RAW_TABLES)
    assert len(batches(homes.spark)) == 2
    # Read as the dbt views read it, the raw layer lacks the staged batch.
    with duckdb.connect() as connection:
        (late,) = connection.execute(
            f"select count(*) from {spark_relation(homes.spark, 'events')}"
            " where event_id = 'late-2'"
        ).fetchone()
    assert late == 0

    report = ingest_landing_on_spark(homes.spark)
    assert not staged.exists()
    assert (report.files, report.accepted, report.duplicates) == (1, 1, 0)
    assert len(batches(homes.spark)) == 3
    ingest_landing(homes.duckdb)
    assert_same_raw_tables(homes)


def assert_same_raw_tables(homes: Homes) -> None:
    differences = raw_differences(homes)
    assert {table: (d["missing"], d["extra"]) for table, d in differences.items()} == {
        table: (0, 0) for table in RAW_TABLES
    }


def killed_before_the_rename(homes: Homes) -> Path:
    """Run a Spark ingestion that stops just before renaming its batch into place, kill
    it there (driver and JVM); return the staging folder it left."""
    raw_dir = homes.spark.paths.spark_raw_dir
    log = raw_dir.parent / "killed-run.log"
    env = {
        **os.environ,
        "SESSIONLENS_HOME": str(homes.spark.paths.home),
        "SESSIONLENS_SPARK_MASTER": homes.spark.spark_master,
        PAUSE_VARIABLE: "spark-ingest-rename",
    }
    with log.open("wb") as output:
        run = subprocess.Popen(
            [sys.executable, "-c", KILLED_RUN],
            cwd=REPO, env=env, stdout=output, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + PAUSE_SECONDS
            while b"paused at crash point" not in log.read_bytes():
                assert run.poll() is None, log.read_text(errors="replace")[-3000:]
                assert time.monotonic() < deadline, "the ingestion never reached its pause"
                time.sleep(0.5)
        finally:
            os.killpg(run.pid, signal.SIGKILL)
            run.wait()
    (staged,) = raw_dir.glob(".staging-*")
    return staged
