"""Landing files → the raw tables of the warehouse, with every bad line kept.

Each new landing file is validated line by line against the event contract in a
worker process (files in parallel): `validated_parts` yields its accepted rows and its
rejected lines (with their reason) as bounded Arrow tables, which go to Parquet part
files here and to Spark's tasks in `spark_ingestion`. One DuckDB transaction then appends
the batch: de-duplicated events (the first copy of a `(partner_id, event_id)`
wins, across batches too), the rejects and the file ledger. A file is therefore
either wholly ingested or not at all, and a file already in the ledger (same
name and content hash) is skipped, which makes re-ingestion a no-op.
"""

from __future__ import annotations

import gc
import gzip
import hashlib
import os
import shutil
import uuid
import zlib
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import msgspec
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from orchestration.crash_points import pause_point
from sessionlens.core.contract import (
    KEPT_PREFIX_BYTES,
    MAX_LINE_BYTES,
    RAW_EVENT_ARROW_SCHEMA,
    RAW_TABLE_SCHEMAS,
    UTF8_BOM,
    Reason,
    RejectedEvent,
    kept_raw_line,
    line_too_long,
    raw_tables_ddl,
    validate_line,
)
from sessionlens.core.landing import (
    POSTED_REJECTION_DECODER,
    POSTED_REJECTIONS_SUFFIX,
    is_posted_rejections,
    landing_files,
)
from sessionlens.core.progress import Task, reporter
from sessionlens.core.settings import Paths

ROWS_PER_PART = 200_000
# A part is also written once its lines reach this size: without it, a small gzip
# file of long lines would have a whole part's worth of them decoded in memory.
LINE_BYTES_PER_PART = 16 << 20

# `arrival` orders a batch's lines (file index, then line number) so that the
# first copy of a re-delivered event wins.
PART_SCHEMA = (
    RAW_EVENT_ARROW_SCHEMA.append(pa.field("source_file", pa.string()))
    .append(pa.field("line_number", pa.int64()))
    .append(pa.field("arrival", pa.int64()))
)
_ROW_TYPE = pa.struct(list(RAW_EVENT_ARROW_SCHEMA))


# The raw tables a landing file's parts are bound for.
EVENTS = "events"
REJECTED_LINES = "rejected_lines"

# How many of a batch's most common rejection reasons its report names.
TOP_REASONS = 3

# The columns of `rejected_lines` a worker fills; the batch adds `rejected_at`, `batch_id`.
REJECTION_SCHEMA = pa.schema(list(RAW_TABLE_SCHEMAS["rejected_lines"])[:6])


@dataclass
class FileResult:
    """What one worker made of one landing file."""

    file_name: str
    sha256: str
    size_bytes: int
    lines: int = 0
    accepted: int = 0
    rejected: int = 0
    parts: list[str] = field(default_factory=list)
    rejection_parts: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class IngestReport:
    batch_id: str
    files: int
    skipped_files: int
    lines: int
    accepted: int
    duplicates: int
    rejected: int
    rejected_share_by_file: dict[str, float]
    # The batch's most common rejection reasons, most common first, with their counts.
    top_rejection_reasons: list[tuple[str, int]]
    # The raw tables after the batch: what the warehouse holds in all.
    total_events: int
    total_rejected: int
    # Each partner's latest accepted event time (ISO 8601, UTC), after the batch.
    watermarks: dict[str, str]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def connect_raw(paths: Paths) -> duckdb.DuckDBPyConnection:
    """Open the raw database read-write, creating its tables on first use."""
    paths.ensure()
    connection = duckdb.connect(str(paths.raw_db))
    # No progress bar: it would be printed to the stdout of whatever runs the ingestion.
    connection.execute("set enable_progress_bar = false")
    connection.execute(raw_tables_ddl())
    return connection


def new_batch_id() -> str:
    return f"{datetime.now(UTC):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"


def pending_files(
    landing_dir: Path, known: set[tuple[str, str]]
) -> tuple[int, list[tuple[Path, str]]]:
    """The number of landing files, and those (path, sha256) whose name and content
    hash are not in the ledger `known`, in arrival order."""
    candidates = [(path, file_sha256(path)) for path in landing_files(landing_dir)]
    return len(candidates), [
        (path, digest) for path, digest in candidates if (path.name, digest) not in known
    ]


def ingest_landing(paths: Paths, *, workers: int | None = None) -> IngestReport:
    """Load every landing file not yet in the ledger; return what happened."""
    batch_id = new_batch_id()
    connection = connect_raw(paths)
    try:
        # The open read-write connection locks raw.duckdb: no other ingestion is
        # running, so any parts directory left is a killed run's.
        _remove_stale_parts(paths)
        known = set(connection.execute("select file_name, sha256 from ingested_files").fetchall())
        landed, new_files = pending_files(paths.landing_dir, known)
        parts_dir = paths.warehouse_dir / f".ingest-{batch_id}"
        parts_dir.mkdir(parents=True)
        try:
            results = _validate_files(new_files, parts_dir, workers)
            duplicates = _append_batch(connection, results, batch_id)
        finally:
            shutil.rmtree(parts_dir, ignore_errors=True)
        totals = RawTotals.read(connection, batch_id)
    finally:
        connection.close()
    return ingest_report(batch_id, results, landed - len(new_files), duplicates, totals)


def ingest_report(
    batch_id: str,
    results: list[FileResult],
    skipped_files: int,
    duplicates: dict[str, int],
    totals: RawTotals,
) -> IngestReport:
    """The report of a batch of `results` (in arrival order), on either engine."""
    return IngestReport(
        batch_id=batch_id,
        files=len(results),
        skipped_files=skipped_files,
        lines=sum(r.lines for r in results),
        accepted=sum(r.accepted for r in results) - sum(duplicates.values()),
        duplicates=sum(duplicates.values()),
        rejected=sum(r.rejected for r in results),
        # Posted rejections are all rejected by construction; their poster was told at once.
        rejected_share_by_file={
            r.file_name: r.rejected / r.lines if r.lines else 0.0
            for r in results
            if not r.file_name.endswith(POSTED_REJECTIONS_SUFFIX)
        },
        top_rejection_reasons=totals.top_reasons,
        total_events=totals.events,
        total_rejected=totals.rejected,
        watermarks=totals.watermarks,
    )


@dataclass(frozen=True)
class RawTotals:
    """What the raw tables hold after a batch, for its report."""

    top_reasons: list[tuple[str, int]]
    events: int
    rejected: int
    watermarks: dict[str, str]

    @classmethod
    def read(cls, connection: duckdb.DuckDBPyConnection, batch_id: str) -> RawTotals:
        top_reasons = connection.execute(
            "select reason, count(*) as lines from rejected_lines where batch_id = ? "
            "group by reason order by lines desc, reason limit ?",
            [batch_id, TOP_REASONS],
        ).fetchall()
        (events,) = connection.execute("select count(*) from events").fetchone()
        (rejected,) = connection.execute("select count(*) from rejected_lines").fetchone()
        watermarks = connection.execute(
            "select partner_id, max(event_at) from events group by partner_id order by 1"
        ).fetchall()
        return cls(
            top_reasons=[(reason, lines) for reason, lines in top_reasons],
            events=events,
            rejected=rejected,
            watermarks={partner: at.replace(tzinfo=UTC).isoformat() for partner, at in watermarks},
        )


def _remove_stale_parts(paths: Paths) -> None:
    for stale in paths.warehouse_dir.glob(".ingest-*"):
        shutil.rmtree(stale, ignore_errors=True)


def _validate_files(
    files: list[tuple[Path, str]], parts_dir: Path, workers: int | None
) -> list[FileResult]:
    jobs = [(path, digest, parts_dir, index) for index, (path, digest) in enumerate(files)]
    workers = min(workers or os.cpu_count() or 1, len(jobs))
    results: list[FileResult] = []
    with reporter().task("ingest", len(jobs), "files") as progress:
        if workers <= 1:
            done: Iterator[FileResult] = (validate_file(*job) for job in jobs)
            _collect(done, results, progress)
        else:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                _collect(pool.map(validate_file, *zip(*jobs, strict=True)), results, progress)
    return results


def _collect(done: Iterator[FileResult], results: list[FileResult], progress: Task) -> None:
    """Gather the files' results in order, reporting each as it arrives."""
    lines = 0
    for result in done:
        results.append(result)
        lines += result.lines
        progress.update(len(results), f"{lines:,} lines read")


def validate_file(path: Path, digest: str, parts_dir: Path, file_index: int) -> FileResult:
    """Validate one landing file into Parquet parts in `parts_dir`: its accepted rows and
    its rejections."""
    result = FileResult(file_name=path.name, sha256=digest, size_bytes=path.stat().st_size)
    for table_name, part in validated_parts(path, file_index, result):
        parts = result.parts if table_name == EVENTS else result.rejection_parts
        part_path = parts_dir / f"{file_index:06d}-{table_name}-{len(parts):04d}.parquet"
        pq.write_table(part, part_path, compression="lz4")
        parts.append(str(part_path))
    return result


def validated_parts(
    path: Path, file_index: int, result: FileResult
) -> Iterator[tuple[str, pa.Table]]:
    """Validate one landing file, counting its lines in `result`; yield its accepted rows
    (`EVENTS`, a `PART_SCHEMA` table) and its rejections (`REJECTED_LINES`, a
    `REJECTION_SCHEMA` table) a bounded part at a time, so memory stays bounded whatever
    the (decompressed) size of the file. `file_index` orders the file in its batch.
    """
    events = _PartBuffer(EVENTS, lambda items: _events_table(items, path.name, file_index))
    rejections = _PartBuffer(REJECTED_LINES, _rejections_table)
    # Rows are acyclic tuples: the cyclic garbage collector only slows the loop
    # down (by about 30 %) while a part's worth of them is held. It stays off while
    # the consumer handles a yielded part too, which holds no cycles either.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    posted_rejections = is_posted_rejections(path)
    try:
        for line_number, line, rejected in _read_lines(path):
            result.lines += 1
            if posted_rejections:
                part = rejections.add(_posted_rejection(path.name, line_number, line), len(line))
                result.rejected += 1
            else:
                try:
                    if rejected:
                        raise rejected
                    part = events.add((validate_line(line), line_number), len(line))
                except RejectedEvent as rejection:
                    part = rejections.add(
                        _rejection(path.name, line_number, line, rejection), len(line)
                    )
                    result.rejected += 1
            if part is not None:
                yield part
        result.accepted = result.lines - result.rejected
        for buffer in (events, rejections):
            if (part := buffer.take()) is not None:
                yield part
    finally:
        if gc_was_enabled:
            gc.enable()


class _PartBuffer:
    """Items bound for one raw table, converted by `to_table` into a part once
    ROWS_PER_PART of them or LINE_BYTES_PER_PART of their lines are held."""

    def __init__(self, table_name: str, to_table: Callable[[list[tuple]], pa.Table]) -> None:
        self._table_name = table_name
        self._to_table = to_table
        self._items: list[tuple] = []
        self._line_bytes = 0

    def add(self, item: tuple, line_bytes: int) -> tuple[str, pa.Table] | None:
        """Hold `item`; return the part it completes, if it does."""
        self._items.append(item)
        self._line_bytes += line_bytes
        if len(self._items) == ROWS_PER_PART or self._line_bytes >= LINE_BYTES_PER_PART:
            return self.take()
        return None

    def take(self) -> tuple[str, pa.Table] | None:
        """The items held as a part (none when there are none), emptying the buffer."""
        if not self._items:
            return None
        part = self._to_table(self._items)
        self._items = []
        self._line_bytes = 0
        return self._table_name, part


def _rejection(file_name: str, line_number: int, line: bytes, rejected: RejectedEvent) -> tuple:
    """A `REJECTION_SCHEMA` row."""
    return (
        file_name,
        line_number,
        kept_raw_line(line),
        rejected.reason,
        rejected.partner_id,
        rejected.event_type,
    )


def _posted_rejection(file_name: str, line_number: int, line: bytes) -> tuple:
    """The `REJECTION_SCHEMA` row of a line `POST /events` rejected, as the gateway judged it."""
    try:
        posted = POSTED_REJECTION_DECODER.decode(line)
    except msgspec.MsgspecError as error:
        damaged = RejectedEvent(f"not a record of a rejected posted event: {error}")
        return _rejection(file_name, line_number, line, damaged)
    return (
        file_name,
        posted.line_number,
        posted.raw_line,
        posted.reason,
        posted.partner_id,
        posted.event_type,
    )


def _read_lines(path: Path) -> Iterator[tuple[int, bytes, RejectedEvent | None]]:
    """Yield (line number, line, rejection) for each non-blank line; the rejection is set
    when the line is rejected unread.

    A byte order mark opening the file is dropped. A line over MAX_LINE_BYTES is
    kept as its first KEPT_PREFIX_BYTES and the rest skipped unread. A truncated
    or corrupt gzip stream ends the file with one rejected pseudo-line at the next
    line number, so the damage is counted rather than silently lost.
    """
    opener = gzip.open if path.name.endswith(".gz") else open
    line_number = 0
    with opener(path, "rb") as handle:
        try:
            # Room for the longest allowed line and its `\r\n`: a longer read is too long.
            while line := handle.readline(MAX_LINE_BYTES + 2):
                line_number += 1
                if line_number == 1:
                    line = line.removeprefix(UTF8_BOM)
                if len(line) > MAX_LINE_BYTES + 1 and not line.endswith(b"\n"):
                    _skip_rest_of_line(handle)
                    yield line_number, line[:KEPT_PREFIX_BYTES], line_too_long()
                elif line.strip():
                    yield line_number, line.rstrip(b"\r\n"), None
        except (EOFError, gzip.BadGzipFile, zlib.error) as damage:
            reason = Reason.FILE_DAMAGED.format(line_number=line_number, detail=damage)
            yield line_number + 1, b"", RejectedEvent(reason)


def _skip_rest_of_line(handle) -> None:
    while (chunk := handle.readline(MAX_LINE_BYTES)) and not chunk.endswith(b"\n"):
        pass


def _events_table(items: list[tuple], file_name: str, file_index: int) -> pa.Table:
    """(row, line number) items as a `PART_SCHEMA` table."""
    rows, line_numbers = zip(*items, strict=True)
    # Converting the row tuples as one struct array stays in Arrow's C++ loop; transposing
    # them into columns in Python first costs about three times as much.
    columns = pa.Table.from_struct_array(pa.array(rows, type=_ROW_TYPE)).columns
    columns.append(pa.array([file_name] * len(rows), type=pa.string()))
    columns.append(pa.array(line_numbers, type=pa.int64()))
    columns.append(pc.add(columns[-1], file_index << 32))
    return pa.Table.from_arrays(columns, schema=PART_SCHEMA)


def _rejections_table(items: list[tuple]) -> pa.Table:
    columns = [
        pa.array(values, type=column.type)
        for values, column in zip(zip(*items, strict=True), REJECTION_SCHEMA, strict=True)
    ]
    return pa.Table.from_arrays(columns, schema=REJECTION_SCHEMA)


def _append_batch(
    connection: duckdb.DuckDBPyConnection, results: list[FileResult], batch_id: str
) -> dict[str, int]:
    """Append one batch atomically; return the number of duplicate events per file."""
    if not results:
        return {}
    parts = [part for result in results for part in result.parts]
    rejection_parts = [part for result in results for part in result.rejection_parts]
    now = datetime.now(UTC).replace(tzinfo=None)
    connection.execute("begin transaction")
    try:
        inserted: dict[str, int] = {}
        if parts:
            connection.execute(
                """
                insert into events
                select batch.* exclude (arrival), ? as batch_id
                from read_parquet(?) as batch
                semi join (
                    select partner_id, event_id, min(arrival) as arrival
                    from read_parquet(?)
                    group by partner_id, event_id
                ) as first_copies using (partner_id, event_id, arrival)
                anti join events as known
                    on known.partner_id = batch.partner_id and known.event_id = batch.event_id
                """,
                [batch_id, parts, parts],
            )
            inserted = dict(
                connection.execute(
                    "select source_file, count(*) from events where batch_id = ? group by 1",
                    [batch_id],
                ).fetchall()
            )
        if rejection_parts:
            connection.execute(
                "insert into rejected_lines select *, ? as rejected_at, ? as batch_id "
                "from read_parquet(?)",
                [now, batch_id, rejection_parts],
            )
        duplicates = {r.file_name: r.accepted - inserted.get(r.file_name, 0) for r in results}
        connection.executemany(
            "insert into ingested_files values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            _ledger_rows(results, duplicates, now, batch_id),
        )
        pause_point("ingest-append")
        connection.execute("commit")
    except BaseException:
        connection.execute("rollback")
        raise
    return duplicates


def _ledger_rows(
    results: list[FileResult], duplicates: dict[str, int], now: datetime, batch_id: str
) -> list[tuple]:
    return [
        (
            r.file_name,
            r.sha256,
            r.size_bytes,
            r.lines,
            r.accepted - duplicates[r.file_name],
            duplicates[r.file_name],
            r.rejected,
            now,
            batch_id,
        )
        for r in results
    ]
