"""The physical floor: DuckDB merely scanning the landing files and aggregating once."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

import duckdb

from sessionlens.bench.stats import median

# The envelope as typed columns, context and properties as raw JSON: every byte of every
# line is parsed. Declared rather than sampled because malformed lines defeat detection.
_COLUMNS = (
    "{'event_id': 'VARCHAR', 'event_type': 'VARCHAR', 'event_time': 'VARCHAR', "
    "'partner_id': 'VARCHAR', 'user_id': 'VARCHAR', 'session_id': 'VARCHAR', "
    "'source': 'VARCHAR', 'context': 'JSON', 'properties': 'JSON'}"
)


def floor_query(files: Sequence[Path]) -> str:
    quoted = ", ".join("'" + str(path).replace("'", "''") + "'" for path in files)
    return (
        "select partner_id, event_type, count(*) as events "
        f"from read_json([{quoted}], format = 'newline_delimited', ignore_errors = true, "
        f"columns = {_COLUMNS}) group by all"
    )


def floor_seconds(files: Sequence[Path], runs: int) -> float:
    """Median wall time of `runs` scans, each on a fresh in-memory DuckDB."""
    timings = []
    for _ in range(runs):
        with duckdb.connect() as connection:
            started = time.perf_counter()
            connection.execute(floor_query(files)).fetchall()
            timings.append(time.perf_counter() - started)
    return median(timings)
