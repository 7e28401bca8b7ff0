"""Atomic landing files for `POST /events`.

The lines are written to `.api-<uuid>.jsonl.tmp` (ingestion skips dot-files), fsynced,
then renamed to `api-<UTC timestamp>-<uuid>.jsonl`: ingestion sees the whole file or
nothing, and, as it reads files in lexical order, a later delivery sorts after an
earlier one. The rejected lines of the same delivery land beside it, as
`api-<UTC timestamp>-<uuid>.rejected.ndjson` records that ingestion keeps in
`rejected_lines` with their reasons.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import msgspec

from sessionlens.contract import POSTED_REJECTIONS_SUFFIX, PostedRejection

API_FILE_PREFIX = "api-"


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
    _fsync_directory(landing_dir)
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


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable."""
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
