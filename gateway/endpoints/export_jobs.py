"""Export jobs (role `read`), the seed's "export to email" link:

- `POST /exports` with a JSON body `{"query", "variables", "headers", "excel"}` (as
  `GET /export.csv` takes them) → 202 and the job (`{"id", "status": "pending", …}`)
  at once; the file is written in the background (`gateway.exports.runner`).
- `GET /exports/{id}` → the job while `pending` or `failed` (with its `error`), the CSV
  file once `ready`; 410 `GONE` once expired, 404 `NOT_FOUND` for an unknown id or
  another partner's job.
- `GET /exports` → the jobs the key may see (its partner's; an admin key: all).
"""

from __future__ import annotations

from typing import Any

import msgspec
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from gateway.auth import principal_for
from gateway.endpoints.body import read_bounded_body
from gateway.endpoints.errors import gateway_error_response, graphql_errors_response
from gateway.endpoints.export import CSV_MEDIA_TYPE
from gateway.errors import AccessDenied, BadUserInput, GatewayError
from gateway.exports.jobs import JobStatus
from gateway.exports.plan import ExportRefused
from gateway.exports.request import ExportRequest
from gateway.exports.runner import ExportJobs
from sessionlens.core.settings import Settings

_FIELDS = ("query", "variables", "headers", "excel")


def _export_request(body: bytes) -> ExportRequest:
    try:
        fields: Any = msgspec.json.decode(body)
    except msgspec.DecodeError as error:
        raise BadUserInput(f"the body is not valid JSON: {error}") from None
    if not isinstance(fields, dict):
        raise BadUserInput(f"send a JSON object with {', '.join(_FIELDS)}")
    unknown = sorted(set(fields) - set(_FIELDS))
    if unknown:
        raise BadUserInput(
            f"unknown field(s) {', '.join(unknown)}; send {', '.join(_FIELDS)}",
            argument=unknown[0],
        )
    return ExportRequest(
        query=fields.get("query") or "",
        variables=fields.get("variables") or {},
        headers=fields.get("headers") or "system",
        excel=fields.get("excel") or False,
    )


def export_job_routes(settings: Settings) -> list[Route]:
    async def post_export(request: Request) -> Response:
        try:
            principal = principal_for(request, "read")
            body = await read_bounded_body(
                request, settings.max_request_bytes, "send a shorter query"
            )
            jobs: ExportJobs = request.state.export_jobs
            job = await jobs.submit(principal, _export_request(body))
        except GatewayError as error:
            return gateway_error_response(error)
        except ExportRefused as refused:
            return graphql_errors_response(refused.errors)
        return JSONResponse(
            job.describe(), status_code=202, headers={"Location": f"/exports/{job.job_id}"}
        )

    async def list_exports(request: Request) -> Response:
        try:
            principal = principal_for(request, "read")
        except AccessDenied as error:
            return gateway_error_response(error)
        jobs: ExportJobs = request.state.export_jobs
        return JSONResponse({"jobs": [job.describe() for job in await jobs.listed(principal)]})

    async def get_export(request: Request) -> Response:
        jobs: ExportJobs = request.state.export_jobs
        try:
            principal = principal_for(request, "read")
            job = await jobs.visible(principal, request.path_params["job_id"])
        except GatewayError as error:
            return gateway_error_response(error)
        if job.status is JobStatus.READY:
            return FileResponse(
                jobs.file_path(job), media_type=CSV_MEDIA_TYPE, filename=job.file_name
            )
        return JSONResponse(job.describe())

    return [
        Route("/exports", post_export, methods=["POST"]),
        Route("/exports", list_exports, methods=["GET"]),
        Route("/exports/{job_id}", get_export, methods=["GET"]),
    ]
