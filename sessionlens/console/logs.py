"""Send Dagster's and dbt's log lines to a file, keeping the terminal for progress.

The redirection is of the file descriptors 1 and 2, not of `sys.stdout`/`sys.stderr`:
Dagster's console logger holds the stream it was created with, and the ingestion's
worker processes and dbt write to the descriptors they inherit.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO


def run_log_path(logs_dir: Path, command: str) -> Path:
    """`<logs_dir>/<command>-<UTC time>.log`, a new name each run."""
    return logs_dir / f"{command}-{datetime.now(UTC):%Y%m%dT%H%M%S%fZ}.log"


@contextmanager
def output_to_log(path: Path) -> Iterator[TextIO]:
    """Append everything this process and its children print to `path` for the duration of
    the block; yield a stream on the original stderr for progress."""
    path.parent.mkdir(parents=True, exist_ok=True)
    sys.stdout.flush()
    sys.stderr.flush()
    saved = {fd: os.dup(fd) for fd in (1, 2)}
    terminal = os.fdopen(os.dup(2), "w", buffering=1)
    try:
        with path.open("ab") as log:
            for fd in saved:
                os.dup2(log.fileno(), fd)
            try:
                yield terminal
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                for fd, original in saved.items():
                    os.dup2(original, fd)
    finally:
        for original in saved.values():
            os.close(original)
        terminal.close()
