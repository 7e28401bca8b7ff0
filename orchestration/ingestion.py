"""Landing files → the raw tables of the warehouse, with every bad line kept.

Each new landing file is validated line by line against the event contract in a
worker process (files in parallel); accepted rows go to a Parquet part file,
rejected lines come back with their reason. One DuckDB transaction then appends
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
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from sessionlens.contract import RAW_EVENT_ARROW_SCHEMA, RejectedEvent, validate_line
from sessionlens.settings import Paths

RAW_DDL = (Path(__file__).parent / "sql" / "raw_tables.sql").read_text()
LANDING_PATTERNS = ("*.jsonl", "*.jsonl.gz")
# A line longer than this is rejected unread; it also bounds what one line of a
# gzip bomb can make us hold in memory.
MAX_LINE_BYTES = 1 << 20
ROWS_PER_PART = 200_000

# `arrival` orders a batch's lines (file index, then line number) so that the
# first copy of a re-delivered event wins.
PART_SCHEMA = (
    RAW_EVENT_ARROW_SCHEMA.append(pa.field("source_file", pa.string()))
    .append(pa.field("line_number", pa.int64()))
    .append(pa.field("arrival", pa.int64()))
)


REJECTION_SCHEMA = pa.schema(
    [
        ("file", pa.string()),
        ("line_number", pa.int64()),
        ("raw_line", pa.string()),
        ("reason", pa.string()),
        ("partner_id", pa.string()),
        ("event_type", pa.string()),
        ("rejected_at", pa.timestamp("us")),
        ("batch_id", pa.string()),
    ]
)


@dataclass(frozen=True)
class Rejection:
    file: str
    line_number: int
    raw_line: str
    reason: str
    partner_id: str | None
    event_type: str | None


@dataclass
class FileResult:
    """What one worker made of one landing file."""

    file_name: str
    sha256: str
    size_bytes: int
    lines: int = 0
    accepted: int = 0
    parts: list[str] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)


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


def landing_files(landing_dir: Path) -> list[Path]:
    """Landing files in arrival (lexical) order; dot-files are writes in progress."""
    found = {p for pattern in LANDING_PATTERNS for p in landing_dir.glob(pattern)}
    return sorted(p for p in found if not p.name.startswith("."))


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
    connection.execute(RAW_DDL)
    return connection


def ingest_landing(paths: Paths, *, workers: int | None = None) -> IngestReport:
    """Load every landing file not yet in the ledger; return what happened."""
    batch_id = f"{datetime.now(UTC):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
    connection = connect_raw(paths)
    try:
        # The open read-write connection locks raw.duckdb: no other ingestion is
        # running, so any parts directory left is a killed run's.
        _remove_stale_parts(paths)
        known = set(connection.execute("select file_name, sha256 from ingested_files").fetchall())
        candidates = [(path, file_sha256(path)) for path in landing_files(paths.landing_dir)]
        new_files = [
            (path, digest) for path, digest in candidates if (path.name, digest) not in known
        ]
        parts_dir = paths.warehouse_dir / f".ingest-{batch_id}"
        parts_dir.mkdir(parents=True)
        try:
            results = _validate_files(new_files, parts_dir, workers)
            duplicates = _append_batch(connection, results, batch_id)
        finally:
            shutil.rmtree(parts_dir, ignore_errors=True)
    finally:
        connection.close()
    return IngestReport(
        batch_id=batch_id,
        files=len(results),
        skipped_files=len(candidates) - len(new_files),
        lines=sum(r.lines for r in results),
        accepted=sum(r.accepted for r in results) - sum(duplicates.values()),
        duplicates=sum(duplicates.values()),
        rejected=sum(len(r.rejections) for r in results),
        rejected_share_by_file={
            r.file_name: len(r.rejections) / r.lines if r.lines else 0.0 for r in results
        },
    )


def _remove_stale_parts(paths: Paths) -> None:
    for stale in paths.warehouse_dir.glob(".ingest-*"):
        shutil.rmtree(stale, ignore_errors=True)


def _validate_files(
    files: list[tuple[Path, str]], parts_dir: Path, workers: int | None
) -> list[FileResult]:
    jobs = [(path, digest, parts_dir, index) for index, (path, digest) in enumerate(files)]
    workers = min(workers or os.cpu_count() or 1, len(jobs))
    if workers <= 1:
        return [validate_file(*job) for job in jobs]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(validate_file, *zip(*jobs, strict=True)))


def validate_file(path: Path, digest: str, parts_dir: Path, file_index: int) -> FileResult:
    """Validate one landing file; accepted rows go to Parquet parts in `parts_dir`."""
    result = FileResult(file_name=path.name, sha256=digest, size_bytes=path.stat().st_size)
    rows: list[tuple] = []
    line_numbers: list[int] = []
    # Rows are acyclic tuples: the cyclic garbage collector only slows the loop
    # down (by about 30 %) while a part's worth of them is held.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        for line_number, line, failure in _read_lines(path):
            result.lines += 1
            try:
                if failure:
                    raise RejectedEvent(failure)
                rows.append(validate_line(line))
            except RejectedEvent as rejected:
                result.rejections.append(_rejection(path.name, line_number, line, rejected))
                continue
            line_numbers.append(line_number)
            if len(rows) == ROWS_PER_PART:
                _flush_part(result, parts_dir, file_index, rows, line_numbers)
        if rows:
            _flush_part(result, parts_dir, file_index, rows, line_numbers)
    finally:
        if gc_was_enabled:
            gc.enable()
    result.accepted = result.lines - len(result.rejections)
    return result


def _flush_part(
    result: FileResult,
    parts_dir: Path,
    file_index: int,
    rows: list[tuple],
    line_numbers: list[int],
) -> None:
    part = parts_dir / f"{file_index:06d}-{len(result.parts):04d}.parquet"
    _write_part(part, rows, line_numbers, result.file_name, file_index)
    result.parts.append(str(part))
    rows.clear()
    line_numbers.clear()


def _rejection(file_name: str, line_number: int, line: bytes, rejected: RejectedEvent) -> Rejection:
    return Rejection(
        file=file_name,
        line_number=line_number,
        raw_line=line.decode("utf-8", errors="replace"),
        reason=rejected.reason,
        partner_id=rejected.partner_id,
        event_type=rejected.event_type,
    )


def _read_lines(path: Path) -> Iterator[tuple[int, bytes, str | None]]:
    """Yield (line number, line, failure) for each non-blank line; failure is a reason or None.

    A truncated or corrupt gzip stream ends the file with one rejected pseudo-line
    at the next line number, so the damage is counted rather than silently lost.
    """
    opener = gzip.open if path.name.endswith(".gz") else open
    line_number = 0
    with opener(path, "rb") as handle:
        try:
            while line := handle.readline(MAX_LINE_BYTES + 1):
                line_number += 1
                if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
                    _skip_rest_of_line(handle)
                    yield line_number, line[:1024], f"line exceeds {MAX_LINE_BYTES} bytes"
                elif line.strip():
                    yield line_number, line.rstrip(b"\r\n"), None
        except (EOFError, gzip.BadGzipFile, zlib.error) as damage:
            yield line_number + 1, b"", f"file is damaged after line {line_number}: {damage}"


def _skip_rest_of_line(handle) -> None:
    while (chunk := handle.readline(MAX_LINE_BYTES)) and not chunk.endswith(b"\n"):
        pass


def _write_part(
    part: Path, rows: list[tuple], line_numbers: list[int], file_name: str, file_index: int
) -> None:
    columns = [
        pa.array(values, type=column.type)
        for values, column in zip(zip(*rows, strict=True), RAW_EVENT_ARROW_SCHEMA, strict=True)
    ]
    columns.append(pa.array([file_name] * len(rows), type=pa.string()))
    columns.append(pa.array(line_numbers, type=pa.int64()))
    columns.append(pc.add(columns[-1], file_index << 32))
    pq.write_table(pa.Table.from_arrays(columns, schema=PART_SCHEMA), part, compression="lz4")


def _append_batch(
    connection: duckdb.DuckDBPyConnection, results: list[FileResult], batch_id: str
) -> dict[str, int]:
    """Append one batch atomically; return the number of duplicate events per file."""
    if not results:
        return {}
    parts = [part for result in results for part in result.parts]
    now = datetime.now(UTC).replace(tzinfo=None)
    rejections = pa.Table.from_pylist(
        [
            {**asdict(r), "rejected_at": now, "batch_id": batch_id}
            for result in results
            for r in result.rejections
        ],
        schema=REJECTION_SCHEMA,
    )
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
        connection.register("batch_rejections", rejections)
        connection.execute("insert into rejected_lines select * from batch_rejections")
        connection.unregister("batch_rejections")
        duplicates = {r.file_name: r.accepted - inserted.get(r.file_name, 0) for r in results}
        connection.executemany(
            "insert into ingested_files values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            _ledger_rows(results, duplicates, now, batch_id),
        )
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
            len(r.rejections),
            now,
            batch_id,
        )
        for r in results
    ]
