"""Atomic landing files for `POST /events`.

The lines are written to `.api-<uuid>.jsonl.tmp` (ingestion skips dot-files), fsynced,
then renamed to `api-<UTC timestamp>-<uuid>.jsonl`: ingestion sees the whole file or
nothing, and, as it reads files in lexical order, a later delivery sorts after an
earlier one.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

API_FILE_PREFIX = "api-"


def write_landing_file(landing_dir: Path, lines: Sequence[bytes]) -> str:
    """Write `lines` (without terminators) as one NDJSON landing file; return its name."""
    landing_dir.mkdir(parents=True, exist_ok=True)
    token = uuid.uuid4().hex
    staging = landing_dir / f".{API_FILE_PREFIX}{token}.jsonl.tmp"
    try:
        with staging.open("wb") as handle:
            handle.writelines(line + b"\n" for line in lines)
            handle.flush()
            os.fsync(handle.fileno())
        # Stamped at publication, so the name orders files by when they became visible.
        final = landing_dir / f"{API_FILE_PREFIX}{datetime.now(UTC):%Y%m%dT%H%M%S%fZ}-{token}.jsonl"
        os.replace(staging, final)
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    _fsync_directory(landing_dir)
    return final.name


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable."""
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
