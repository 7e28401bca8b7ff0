"""Export jobs in the background of the gateway: `POST /exports` checks the request and
answers with a job at once; the file is written by a task of the gateway's event loop.

The task only awaits: DuckDB batches are fetched and turned into CSV in worker threads
(`gateway.exports.plan`), and file writes and job-record updates run in worker threads
too. Pending jobs are resumed when the gateway starts (a stopped gateway leaves them
pending); expired jobs are purged on every access and every PURGE_EVERY_SECONDS.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sqlite3
from collections.abc import Coroutine
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any, Final

from anyio import to_thread
from strawberry import Schema

from gateway.errors import GatewayError, Gone, NotFound
from gateway.exports.jobs import Job, JobStatus, JobStore
from gateway.exports.plan import (
    ExportRefused,
    PlannedExport,
    counted_rows,
    csv_chunks,
    plan_export,
)
from gateway.exports.request import ExportRequest
from gateway.keys import Principal
from gateway.warehouse import ReadSession, Warehouse
from sessionlens.core.settings import Settings

logger = logging.getLogger(__name__)
PURGE_EVERY_SECONDS: Final = 60.0
# Jobs written at once; more wait their turn (the warehouse serves queries meanwhile).
_CONCURRENT_JOBS: Final = 2


def _flush_to_disk(file: IO[bytes]) -> None:
    file.flush()
    os.fsync(file.fileno())


class ExportJobs:
    """The export jobs of one running gateway."""

    def __init__(self, schema: Schema, settings: Settings, warehouse: Warehouse) -> None:
        self.store = JobStore(settings.paths)
        self._schema = schema
        self._settings = settings
        self._warehouse = warehouse
        self._ttl = timedelta(seconds=settings.export_ttl_seconds)
        self._slots = asyncio.Semaphore(_CONCURRENT_JOBS)
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        """Purge, resume the pending jobs, and purge periodically from now on."""
        await self.purge()
        for job in await to_thread.run_sync(self.store.jobs, None, JobStatus.PENDING):
            self._spawn(self._run(job))
        self._spawn(self._purge_periodically())

    async def close(self) -> None:
        """Stop the background work; unfinished jobs stay pending for the next start."""
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def submit(self, principal: Principal, request: ExportRequest) -> Job:
        """A new pending job, once `request` has passed every check `/graphql` makes;
        raises GatewayError or ExportRefused otherwise."""
        now = datetime.now(UTC)
        session = ReadSession(self._warehouse)
        try:
            planned = await plan_export(
                self._schema, self._settings, principal, request, session, now
            )
        finally:
            session.close()
        job = await to_thread.run_sync(
            self.store.create,
            principal,
            request,
            planned.cube.name,
            planned.file_name(now),
            now,
            self._ttl,
        )
        self._spawn(self._run(job))
        return job

    async def visible(self, principal: Principal, job_id: str) -> Job:
        """The job, if `principal` may see it; NotFound for an unknown or another
        partner's job, Gone for an expired one."""
        await self.purge()
        job = await to_thread.run_sync(self.store.get, job_id)
        if job is None or not job.visible_to(principal):
            raise NotFound(f"there is no export job {job_id!r} for this API key", argument="id")
        if job.status is JobStatus.EXPIRED:
            raise Gone(
                f"export job {job_id!r} expired at {job.expires_at.isoformat()} and its file "
                "was removed; ask for the export again",
                argument="id",
            )
        return job

    async def listed(self, principal: Principal) -> list[Job]:
        """The jobs `principal` may see (an admin: all), expired ones included."""
        await self.purge()
        partner = None if principal.is_admin else principal.partner_id
        return await to_thread.run_sync(self.store.jobs, partner)

    def file_path(self, job: Job) -> Path:
        return self.store.file_path(job.job_id)

    async def purge(self) -> int:
        return await to_thread.run_sync(self.store.purge, datetime.now(UTC), self._ttl)

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _purge_periodically(self) -> None:
        while True:
            await asyncio.sleep(PURGE_EVERY_SECONDS)
            try:
                await self.purge()
            except (OSError, sqlite3.Error):
                logger.exception("could not purge expired export jobs")

    async def _run(self, job: Job) -> None:
        async with self._slots:
            session = ReadSession(self._warehouse)
            try:
                # Planned again: the catalog may have changed since the job was asked for
                # (a restart), and "now" stays the time it was asked for.
                planned = await plan_export(
                    self._schema,
                    self._settings,
                    job.principal,
                    job.request,
                    session,
                    job.created_at,
                )
                rows = await counted_rows(planned, session, self._settings.export_max_rows)
                await self._write(planned, session, self.store.partial_path(job.job_id))
                await to_thread.run_sync(self.store.finish, job.job_id, rows, session.snapshot_id)
            except GatewayError as error:
                await self._fail(job, error.code, error.message)
            except ExportRefused as refused:
                code = (refused.errors[0].extensions or {}).get("code", GatewayError.code)
                await self._fail(job, code, refused.errors[0].message)
            except Exception:
                logger.exception("export job %s failed", job.job_id)
                await self._fail(
                    job, GatewayError.code, "internal error; the export was not written"
                )
            finally:
                session.close()

    async def _fail(self, job: Job, code: str, message: str) -> None:
        await to_thread.run_sync(self.store.fail, job.job_id, code, message)

    async def _write(self, planned: PlannedExport, session: ReadSession, path: Path) -> None:
        file = await to_thread.run_sync(path.open, "wb")
        try:
            async with contextlib.aclosing(csv_chunks(planned, session)) as chunks:
                async for chunk in chunks:
                    await to_thread.run_sync(file.write, chunk)
            await to_thread.run_sync(_flush_to_disk, file)
        finally:
            file.close()
