"""Landing files → the raw layer on Apache Spark (SESSIONLENS_ENGINE=spark), as plain Parquet.

The same contract code as the DuckDB path validates the files: a DataFrame of the new
files, one file per task, is mapped in Arrow through `ingestion.validated_parts`, on the
cluster's executors (which therefore read the landing files and write the raw layer by the
same paths as the driver: a multi-host cluster needs SESSIONLENS_HOME on a shared
filesystem). Spark then de-duplicates the events (the first copy of a
`(partner_id, event_id)` by arrival wins, within the batch and against every earlier
batch) and writes the batch's three raw tables.

Layout under `spark/raw/` (`Paths.spark_raw_dir`):

    schemas/<table>/              zero rows: each table's columns, before any batch too
    batches/<batch_id>/<table>/   one ingested batch: events, rejected_lines, ingested_files
    .staging-<batch_id>/<table>/  a batch being written

A batch is written into its staging folder, then renamed into `batches/` in one
`os.rename`, so a batch folder exists whole or not at all and a file is wholly ingested
or not at all. The ledger is the union of `batches/*/ingested_files`; a file already in
it (same name and content hash) is skipped, which makes re-ingestion a no-op. Readers
(the dbt project's `raw.<table>`, macros/raw_tables.sql) read `schemas/<table>` and
`batches/*/<table>`, never a staging folder. Timestamps are UTC instants, written as
Parquet microseconds (`sessionlens.core.spark.SESSION_CONF`), so DuckDB and Spark read
back the same values.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from orchestration.crash_points import pause_point
from orchestration.ingestion import (
    EVENTS,
    PART_SCHEMA,
    REJECTED_LINES,
    REJECTION_SCHEMA,
    TOP_REASONS,
    FileResult,
    IngestReport,
    RawTotals,
    _ledger_rows,
    ingest_report,
    new_batch_id,
    pending_files,
    validated_parts,
)
from sessionlens.core.contract import RAW_TABLE_SCHEMAS
from sessionlens.core.landing import fsync_directory
from sessionlens.core.progress import Task, reporter
from sessionlens.core.settings import Settings
from sessionlens.core.spark import classic_session

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import StructType

APP_NAME = "sessionlens-ingest"
INGESTED_FILES = "ingested_files"
RAW_TABLES = (EVENTS, REJECTED_LINES, INGESTED_FILES)
STAGING_PREFIX = ".staging-"
# The per-file counts a task sends back for the ledger, beside the file's parts.
FILE_STATS_SCHEMA = pa.schema(
    [
        pa.field("file_index", pa.int64()),
        pa.field("file_name", pa.string()),
        pa.field("sha256", pa.string()),
        pa.field("size_bytes", pa.int64()),
        pa.field("lines", pa.int64()),
        pa.field("accepted", pa.int64()),
        pa.field("rejected", pa.int64()),
    ]
)
# One row a task: which landing file it validates.
FILES_SCHEMA = pa.schema(
    [
        pa.field("file_index", pa.int64()),
        pa.field("path", pa.string()),
        pa.field("sha256", pa.string()),
    ]
)
# What `_validate_files` emits: each row fills one struct (as mapInArrow returns batches of
# one schema), named after the table its content is bound for.
VALIDATED_ARROW_SCHEMA = pa.schema(
    [
        pa.field(EVENTS, pa.struct(list(PART_SCHEMA))),
        pa.field(REJECTED_LINES, pa.struct(list(REJECTION_SCHEMA))),
        pa.field(INGESTED_FILES, pa.struct(list(FILE_STATS_SCHEMA))),
    ]
)


def ingest_landing_on_spark(settings: Settings) -> IngestReport:
    """Load every landing file not yet in the Spark ledger, as one batch on
    `settings.spark_master`; return what happened (as `ingestion.ingest_landing` does)."""
    raw_dir = settings.paths.spark_raw_dir
    (raw_dir / "batches").mkdir(parents=True, exist_ok=True)
    batch_id = new_batch_id()
    with _exclusive(raw_dir):
        # Under the lock no other ingestion runs: any staging folder is a killed run's.
        for stale in raw_dir.glob(f"{STAGING_PREFIX}*"):
            shutil.rmtree(stale)
        # The session is this ingestion's own: stopped at the end, it leaves no
        # application holding the cluster's cores between runs.
        spark = classic_session(settings, APP_NAME)
        try:
            _ensure_schemas(spark, raw_dir)
            known = {
                (row.file_name, row.sha256)
                for row in raw_table(spark, raw_dir, INGESTED_FILES)
                .select("file_name", "sha256")
                .collect()
            }
            landed, new_files = pending_files(settings.paths.landing_dir, known)
            results: list[FileResult] = []
            duplicates: dict[str, int] = {}
            if new_files:
                results, duplicates = _write_batch(spark, raw_dir, batch_id, new_files)
            totals = _totals(spark, raw_dir, batch_id)
        finally:
            spark.stop()
    return ingest_report(batch_id, results, landed - len(new_files), duplicates, totals)


def spark_schema(schema: pa.Schema) -> StructType:
    """The Spark schema of an Arrow schema; timestamps as instants (TimestampType)."""
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(schema, prefer_timestamp_ntz=False)


def raw_table(spark: SparkSession, raw_dir: Path, table: str) -> DataFrame:
    """Raw `table` of every batch, as the dbt project reads it."""
    # The batches listed here rather than globbed by Spark: a glob that matches no batch
    # yet fails, and Spark warns about every glob it reads.
    folders = [raw_dir / "schemas", *sorted((raw_dir / "batches").iterdir())]
    return spark.read.schema(spark_schema(RAW_TABLE_SCHEMAS[table])).parquet(
        *(str(folder / table) for folder in folders)
    )


@contextmanager
def _exclusive(raw_dir: Path) -> Iterator[None]:
    """Hold the raw layer's lock: one ingestion at a time (the driver's host)."""
    with (raw_dir / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _ensure_schemas(spark: SparkSession, raw_dir: Path) -> None:
    """Write the zero-row `schemas/<table>` folders once (staged and renamed as a batch is)."""
    if (raw_dir / "schemas").exists():
        return
    staging = raw_dir / f"{STAGING_PREFIX}schemas-{uuid.uuid4().hex[:8]}"
    for table, schema in RAW_TABLE_SCHEMAS.items():
        empty = spark.createDataFrame([], spark_schema(schema))
        empty.coalesce(1).write.parquet(str(staging / table))
    os.rename(staging, raw_dir / "schemas")


# What the progress line shows while each step of a Spark ingestion runs.
INGEST_STEPS = (
    "validating {files} files",
    "deduplicating events",
    "writing rejected lines and the ledger",
    "moving the batch into place",
)


def _write_batch(
    spark: SparkSession, raw_dir: Path, batch_id: str, new_files: list[tuple[Path, str]]
) -> tuple[list[FileResult], dict[str, int]]:
    """Validate `new_files` and write them as batch `batch_id`; return the files' results
    in arrival order and the number of duplicate events per file."""
    with reporter().task("ingest on Spark", len(INGEST_STEPS), "steps") as progress:
        progress.update(0, INGEST_STEPS[0].format(files=len(new_files)))
        return _staged_batch(spark, raw_dir, batch_id, new_files, progress)


def _staged_batch(
    spark: SparkSession,
    raw_dir: Path,
    batch_id: str,
    new_files: list[tuple[Path, str]],
    progress: Task,
) -> tuple[list[FileResult], dict[str, int]]:
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    staging = raw_dir / f"{STAGING_PREFIX}{batch_id}"
    validated_dir = staging / "validated"
    now = datetime.now(UTC)
    files = [(index, str(path), digest) for index, (path, digest) in enumerate(new_files)]
    # One slice per file: a file is one task, and the files are spread over the executors.
    tasks = spark.sparkContext.parallelize(files, numSlices=len(files))
    validated = spark.createDataFrame(tasks, spark_schema(FILES_SCHEMA)).mapInArrow(
        _validate_files, spark_schema(VALIDATED_ARROW_SCHEMA)
    )
    # Written once, read three times: the files are validated once.
    validated.write.parquet(str(validated_dir))
    validated = spark.read.parquet(str(validated_dir))
    progress.update(1, INGEST_STEPS[1])

    def rows_of(table: str) -> DataFrame:
        return validated.where(F.col(table).isNotNull()).select(f"{table}.*")

    first_copies = (
        rows_of(EVENTS)
        .withColumn(
            "copy",
            F.row_number().over(Window.partitionBy("partner_id", "event_id").orderBy("arrival")),
        )
        .where(F.col("copy") == 1)
        .join(
            raw_table(spark, raw_dir, EVENTS).select("partner_id", "event_id"),
            ["partner_id", "event_id"],
            "left_anti",
        )
        .withColumn("batch_id", F.lit(batch_id))
    )
    _write(first_copies, staging, EVENTS)
    inserted = dict(
        spark.read.parquet(str(staging / EVENTS)).groupBy("source_file").count().collect()
    )
    progress.update(2, INGEST_STEPS[2])
    rejections = rows_of(REJECTED_LINES).select(
        "*", F.lit(now).alias("rejected_at"), F.lit(batch_id).alias("batch_id")
    )
    _write(rejections, staging, REJECTED_LINES)

    results = [
        FileResult(
            file_name=row.file_name,
            sha256=row.sha256,
            size_bytes=row.size_bytes,
            lines=row.lines,
            accepted=row.accepted,
            rejected=row.rejected,
        )
        for row in rows_of(INGESTED_FILES).orderBy("file_index").collect()
    ]
    duplicates = {r.file_name: r.accepted - inserted.get(r.file_name, 0) for r in results}
    ledger = spark.createDataFrame(
        _ledger_rows(results, duplicates, now, batch_id),
        spark_schema(RAW_TABLE_SCHEMAS[INGESTED_FILES]),
    )
    _write(ledger.coalesce(1), staging, INGESTED_FILES)
    shutil.rmtree(validated_dir)

    progress.update(3, INGEST_STEPS[3])
    pause_point("spark-ingest-rename")
    os.rename(staging, raw_dir / "batches" / batch_id)
    fsync_directory(raw_dir / "batches")
    progress.update(len(INGEST_STEPS))
    return results, duplicates


def _write(rows: DataFrame, staging: Path, table: str) -> None:
    """Write `rows` as raw `table` of the staged batch, in the table's column order."""
    rows.select(*RAW_TABLE_SCHEMAS[table].names).write.parquet(str(staging / table))


def _validate_files(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """mapInArrow, on an executor: validate each landing file of the task's `FILES_SCHEMA`
    rows with the DuckDB path's own code; emit its parts, then its counts."""
    from pyspark.sql.pandas.types import to_arrow_schema

    # The Arrow types Spark reads back (timestamps as UTC instants).
    output_schema = to_arrow_schema(spark_schema(VALIDATED_ARROW_SCHEMA), timezone="UTC")
    for batch in batches:
        for file_index, path, digest in zip(*batch.to_pydict().values(), strict=True):
            landing_file = Path(path)
            result = FileResult(
                file_name=landing_file.name, sha256=digest, size_bytes=landing_file.stat().st_size
            )
            for table_name, part in validated_parts(landing_file, file_index, result):
                yield _one_struct_filled(output_schema, table_name, part)
            stats = {"file_index": file_index, **vars(result)}
            counts = pa.Table.from_pylist([stats], schema=FILE_STATS_SCHEMA)
            yield _one_struct_filled(output_schema, INGESTED_FILES, counts)


def _one_struct_filled(schema: pa.Schema, column: str, rows: pa.Table) -> pa.RecordBatch:
    """A `schema` batch whose struct `column` holds `rows`, the other structs null."""
    filled = rows.to_struct_array().combine_chunks()
    arrays = [
        filled.cast(field.type) if field.name == column else pa.nulls(len(rows), field.type)
        for field in schema
    ]
    return pa.RecordBatch.from_arrays(arrays, schema=schema)


def _totals(spark: SparkSession, raw_dir: Path, batch_id: str) -> RawTotals:
    """What the raw layer holds after batch `batch_id` (as `RawTotals.read` on DuckDB)."""
    from pyspark.sql import functions as F

    events = raw_table(spark, raw_dir, EVENTS)
    rejected = raw_table(spark, raw_dir, REJECTED_LINES)
    top_reasons = (
        rejected.where(F.col("batch_id") == batch_id)
        .groupBy("reason")
        .agg(F.count("*").alias("lines"))
        .orderBy(F.desc("lines"), "reason")
        .limit(TOP_REASONS)
        .collect()
    )
    # Epoch microseconds, not timestamps: pyspark would turn those into local time.
    watermarks = (
        events.groupBy("partner_id")
        .agg(F.unix_micros(F.max("event_at")).alias("micros"))
        .orderBy("partner_id")
        .collect()
    )
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    return RawTotals(
        top_reasons=[(row.reason, row.lines) for row in top_reasons],
        events=events.count(),
        rejected=rejected.count(),
        watermarks={
            row.partner_id: (epoch + timedelta(microseconds=row.micros)).isoformat()
            for row in watermarks
        },
    )
