"""`sessionlens exports list|purge`: the export jobs of the data directory, for operators.

`list` prints one line per job (every partner's), oldest first; `purge` expires the jobs
past their TTL now (deleting their files), as the gateway does on its own.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from gateway.exports.jobs import JobStore
from sessionlens.core.settings import Settings

COMMANDS = ("list", "purge")
_COLUMNS = ("id", "partner", "status", "cube", "rows", "created", "expires", "error")


def _line(cells: tuple[object, ...]) -> str:
    return "  ".join("-" if cell is None else str(cell) for cell in cells)


def run(command: str, settings: Settings) -> int:
    """Run `command` (one of COMMANDS), printing its result; the exit status."""
    store = JobStore(settings.paths)
    now = datetime.now(UTC)
    if command == "purge":
        expired = store.purge(now, timedelta(seconds=settings.export_ttl_seconds))
        print(f"expired {expired} export job(s) and removed their files")
        return 0
    jobs = store.jobs()
    print(_line(_COLUMNS))
    for job in jobs:
        print(
            _line(
                (
                    job.job_id,
                    job.principal.partner_id,
                    job.status.value,
                    job.cube,
                    job.rows,
                    job.created_at.isoformat(timespec="seconds"),
                    job.expires_at.isoformat(timespec="seconds"),
                    job.error_code,
                )
            )
        )
    print(f"{len(jobs)} export job(s) under {store.directory}")
    return 0
