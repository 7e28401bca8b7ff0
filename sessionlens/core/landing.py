"""The landing directory: how event files arrive and how ingestion finds them.

Producers drop `*.jsonl` or `*.jsonl.gz` files into `$SESSIONLENS_HOME/landing/`;
names starting with a dot are writes in progress and are never read. Ingestion reads
the files in lexical order, so a later delivery sorts after an earlier one.

`POST /events` lands one delivery atomically: its lines are written to
`.api-<uuid>.tmp`, fsynced, then renamed to `api-<UTC timestamp>-<uuid>.jsonl`, so
ingestion sees the whole file or nothing. The lines the gateway rejected land beside it
as `api-<UTC timestamp>-<uuid>.rejected.ndjson`, one `PostedRejection` record per line,
which ingestion copies into `rejected_lines` as they are.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import msgspec

API_FILE_PREFIX = "api-"
POSTED_REJECTIONS_SUFFIX = ".rejected.ndjson"
LANDING_PATTERNS = ("*.jsonl", "*.jsonl.gz", f"*{POSTED_REJECTIONS_SUFFIX}")


class PostedRejection(msgspec.Struct, forbid_unknown_fields=True):
    """One line `POST /events` rejected, with the reason the gateway gave."""

    line_number: int
    raw_line: str
    reason: str
    partner_id: str
    event_type: str | None = None


POSTED_REJECTION_DECODER = msgspec.json.Decoder(PostedRejection)


def landing_files(landing_dir: Path) -> list[Path]:
    """Landing files in arrival (lexical) order; dot-files are writes in progress."""
    found = {p for pattern in LANDING_PATTERNS for p in landing_dir.glob(pattern)}
    return sorted(p for p in found if not p.name.startswith("."))


def is_posted_rejections(path: Path) -> bool:
    """Whether `path` holds `PostedRejection` records rather than events."""
    return path.name.endswith(POSTED_REJECTIONS_SUFFIX)


def write_landing_files(
    landing_dir: Path, accepted: Sequence[bytes], rejected: Sequence[PostedRejection]
) -> str | None:
    """Land one delivery: `accepted` lines (without terminators) as an NDJSON file, and
    `rejected` records beside it. Returns the accepted file's name (None when empty)."""
    landing_dir.mkdir(parents=True, exist_ok=True)
    token = uuid.uuid4().hex
    stamp = f"{API_FILE_PREFIX}{datetime.now(UTC):%Y%m%dT%H%M%S%fZ}-{token}"
    if rejected:
        records = msgspec.json.Encoder().encode_lines(rejected)
        _write_atomically(landing_dir, token, f"{stamp}{POSTED_REJECTIONS_SUFFIX}", records)
    accepted_name = None
    if accepted:
        accepted_name = f"{stamp}.jsonl"
        _write_atomically(
            landing_dir, token, accepted_name, b"".join(line + b"\n" for line in accepted)
        )
    fsync_directory(landing_dir)
    return accepted_name


def _write_atomically(landing_dir: Path, token: str, name: str, content: bytes) -> None:
    staging = landing_dir / f".{API_FILE_PREFIX}{token}.tmp"
    try:
        with staging.open("wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(staging, landing_dir / name)
    except BaseException:
        staging.unlink(missing_ok=True)
        raise


def fsync_directory(directory: Path) -> None:
    """Make a rename into `directory` itself durable."""
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
