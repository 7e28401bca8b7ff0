"""Export job records, kept in `$SESSIONLENS_HOME/exports/jobs.sqlite` beside the files.

A job is `pending` until its file is written (`ready`) or it fails (`failed`); at its
`expires_at` its file is deleted and it becomes `expired`, a record kept for one more TTL
so that its link answers "gone" rather than "unknown", and then deleted. The records
outlive the gateway: pending jobs are resumed when it starts again. A finished file is
written beside its final name and renamed into place, so a file is whole or absent.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import secrets
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from gateway.exports.request import ExportRequest
from gateway.keys import Principal
from sessionlens.core.settings import Paths

_SCHEMA = """
create table if not exists export_jobs (
    job_id text primary key,
    partner_id text not null,
    key_id text not null,
    roles text not null,
    request text not null,
    cube text not null,
    status text not null,
    created_at text not null,
    expires_at text not null,
    file_name text not null,
    rows integer,
    snapshot_id text,
    error_code text,
    error_message text
)
"""
_COLUMNS = (
    "job_id, partner_id, key_id, roles, request, cube, status, created_at, expires_at, "
    "file_name, rows, snapshot_id, error_code, error_message"
)


class JobStatus(StrEnum):
    PENDING = "pending"
    READY = "ready"
    FAILED = "failed"
    EXPIRED = "expired"


@dataclass(frozen=True)
class Job:
    """One export job; `file_name` is the download name (`viewers-20261203T1500Z.csv`)."""

    job_id: str
    principal: Principal
    request: ExportRequest
    cube: str
    status: JobStatus
    created_at: datetime
    expires_at: datetime
    file_name: str
    rows: int | None = None
    snapshot_id: str | None = None
    error_code: str | None = None
    error_message: str | None = None

    def visible_to(self, principal: Principal) -> bool:
        """A key sees its partner's jobs; an admin key sees every job."""
        return principal.is_admin or principal.partner_id == self.principal.partner_id

    def describe(self) -> dict[str, Any]:
        """The job as the API and `sessionlens exports list` show it."""
        described: dict[str, Any] = {
            "id": self.job_id,
            "status": self.status.value,
            "partnerId": self.principal.partner_id,
            "cube": self.cube,
            "fileName": self.file_name,
            "createdAt": self.created_at.isoformat(),
            "expiresAt": self.expires_at.isoformat(),
            "rows": self.rows,
            "snapshot": self.snapshot_id,
        }
        if self.error_code is not None:
            described["error"] = {"code": self.error_code, "message": self.error_message}
        return described


def _job(row: tuple) -> Job:
    (job_id, partner, key_id, roles, request, cube, status, created, expires) = row[:9]
    (file_name, rows, snapshot_id, error_code, error_message) = row[9:]
    return Job(
        job_id=job_id,
        principal=Principal(key_id, partner, frozenset(roles.split(","))),
        request=ExportRequest(**json.loads(request)),
        cube=cube,
        status=JobStatus(status),
        created_at=datetime.fromisoformat(created),
        expires_at=datetime.fromisoformat(expires),
        file_name=file_name,
        rows=rows,
        snapshot_id=snapshot_id,
        error_code=error_code,
        error_message=error_message,
    )


def _text(moment: datetime) -> str:
    # One fixed-width UTC form, so that times compare as text in SQL.
    return moment.isoformat(timespec="microseconds")


class JobStore:
    """The job records and files of one data directory; every call opens its own
    connection, so any thread may call it."""

    def __init__(self, paths: Paths) -> None:
        self.directory = paths.exports_dir
        self._db = paths.exports_db

    @contextlib.contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        self.directory.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self._db, timeout=30)
        try:
            with connection:
                connection.execute(_SCHEMA)
                yield connection
        finally:
            connection.close()

    def file_path(self, job_id: str) -> Path:
        return self.directory / f"{job_id}.csv"

    def partial_path(self, job_id: str) -> Path:
        """Where the file is written before it is renamed into place."""
        return self.directory / f".{job_id}.csv.partial"

    def create(
        self,
        principal: Principal,
        request: ExportRequest,
        cube: str,
        file_name: str,
        now: datetime,
        ttl: timedelta,
    ) -> Job:
        job = Job(
            job_id=secrets.token_hex(16),
            principal=principal,
            request=request,
            cube=cube,
            status=JobStatus.PENDING,
            created_at=now,
            expires_at=now + ttl,
            file_name=file_name,
        )
        with self._connection() as connection:
            connection.execute(
                f"insert into export_jobs ({_COLUMNS}) values "
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, null, null)",
                (
                    job.job_id,
                    principal.partner_id,
                    principal.key_id,
                    ",".join(sorted(principal.roles)),
                    json.dumps(dataclasses.asdict(request)),
                    cube,
                    job.status.value,
                    _text(job.created_at),
                    _text(job.expires_at),
                    file_name,
                ),
            )
        return job

    def get(self, job_id: str) -> Job | None:
        with self._connection() as connection:
            row = connection.execute(
                f"select {_COLUMNS} from export_jobs where job_id = ?", (job_id,)
            ).fetchone()
        return _job(row) if row else None

    def jobs(self, partner_id: str | None = None, status: JobStatus | None = None) -> list[Job]:
        """Jobs, oldest first: of one partner (None: all), in one status (None: any)."""
        with self._connection() as connection:
            rows = connection.execute(
                f"select {_COLUMNS} from export_jobs "
                "where (?1 is null or partner_id = ?1) and (?2 is null or status = ?2) "
                "order by created_at, job_id",
                (partner_id, status.value if status else None),
            ).fetchall()
        return [_job(row) for row in rows]

    def finish(self, job_id: str, rows: int, snapshot_id: str | None) -> None:
        """Move the written file into place and mark the job ready (if still pending)."""
        with self._connection() as connection:
            updated = connection.execute(
                "update export_jobs set status = ?, rows = ?, snapshot_id = ? "
                "where job_id = ? and status = ?",
                (JobStatus.READY.value, rows, snapshot_id, job_id, JobStatus.PENDING.value),
            ).rowcount
            if updated:
                os.replace(self.partial_path(job_id), self.file_path(job_id))
        self.partial_path(job_id).unlink(missing_ok=True)

    def fail(self, job_id: str, code: str, message: str) -> None:
        with self._connection() as connection:
            connection.execute(
                "update export_jobs set status = ?, error_code = ?, error_message = ? "
                "where job_id = ? and status = ?",
                (JobStatus.FAILED.value, code, message, job_id, JobStatus.PENDING.value),
            )
        self.partial_path(job_id).unlink(missing_ok=True)

    def purge(self, now: datetime, ttl: timedelta) -> int:
        """Expire the jobs past `expires_at` (their files are deleted) and forget those
        expired for longer than `ttl`; returns how many jobs expired now."""
        with self._connection() as connection:
            expired = [
                job_id
                for (job_id,) in connection.execute(
                    "select job_id from export_jobs where expires_at <= ? and status != ?",
                    (_text(now), JobStatus.EXPIRED.value),
                )
            ]
            for job_id in expired:
                self.file_path(job_id).unlink(missing_ok=True)
                self.partial_path(job_id).unlink(missing_ok=True)
            connection.executemany(
                "update export_jobs set status = ? where job_id = ?",
                [(JobStatus.EXPIRED.value, job_id) for job_id in expired],
            )
            connection.execute(
                "delete from export_jobs where status = ? and expires_at <= ?",
                (JobStatus.EXPIRED.value, _text(now - ttl)),
            )
        return len(expired)
