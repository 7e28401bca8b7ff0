"""Export jobs over HTTP: `POST /exports` → pending → ready (the file) → expired, partner
isolation, bad input, failures, a gateway restart, and `sessionlens exports list|purge`."""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from gateway.app import create_app
from gateway.exports import runner
from gateway.exports.jobs import JobStatus, JobStore
from gateway.exports.request import ExportRequest
from gateway.keys import Principal
from sessionlens import cli
from sessionlens.core.settings import Paths, Settings
from tests.gateway.conftest import partner_sessions

QUERY = "{ sessions(orderBy: [{field: SESSION_ID}]) { rows { sessionId title durationMinutes } } }"
TTL_SECONDS = 5.0
# How long a test waits for a background job before giving up (a bound, not a measure).
WAIT_SECONDS = 60.0


def _settings(paths: Paths, **overrides: Any) -> Settings:
    return Settings(
        paths=paths, snapshot_poll_seconds=0, **{"export_ttl_seconds": TTL_SECONDS, **overrides}
    )


@pytest.fixture
def jobs_client(published: Paths) -> Iterator[TestClient]:
    with TestClient(create_app(_settings(published))) as client:
        yield client


def _auth(keys: dict[str, str], who: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {keys[who]}"}


def submit(client: TestClient, keys: dict[str, str], who: str = "A", **body: Any) -> Any:
    return client.post("/exports", json={"query": QUERY, **body}, headers=_auth(keys, who))


def finished(client: TestClient, keys: dict[str, str], job_id: str, who: str = "A") -> Any:
    """`GET /exports/{id}` once the job is no longer pending."""
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        response = client.get(f"/exports/{job_id}", headers=_auth(keys, who))
        pending = (
            response.headers["content-type"] == "application/json"
            and response.json().get("status") == "pending"
        )
        if not pending or time.monotonic() > deadline:
            return response
        time.sleep(0.05)


def csv_rows(response: httpx.Response) -> list[list[str]]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"), newline="")))


def expected_rows(partner: str) -> list[list[str]]:
    return [
        [s["session_id"], s["title"] or "", str(s["duration_minutes"])]
        for s in sorted(partner_sessions(partner), key=lambda s: s["session_id"])
    ]


def test_a_job_goes_pending_ready_downloaded_expired(
    jobs_client: TestClient, keys: dict[str, str], published: Paths
) -> None:
    asked = datetime.now(UTC)
    response = submit(jobs_client, keys, headers="descriptive", excel=True)
    assert response.status_code == 202
    job = response.json()
    assert job["status"] == "pending"
    assert response.headers["location"] == f"/exports/{job['id']}"
    expires = datetime.fromisoformat(job["expiresAt"])
    assert expires - datetime.fromisoformat(job["createdAt"]) == timedelta(seconds=TTL_SECONDS)
    assert (
        job["fileName"] == f"sessions-{datetime.fromisoformat(job['createdAt']):%Y%m%dT%H%MZ}.csv"
    )
    assert asked <= datetime.fromisoformat(job["createdAt"]) <= datetime.now(UTC)

    download = finished(jobs_client, keys, job["id"])
    assert download.content.startswith(b"\xef\xbb\xbf")
    assert download.headers["content-disposition"] == f'attachment; filename="{job["fileName"]}"'
    header, *rows = csv_rows(download)
    assert header == ["Session ID", "Title", "Total duration"]
    assert rows == expected_rows("A")
    # The same bytes as the direct export of the same request.
    direct = jobs_client.get(
        "/export.csv",
        params={"query": QUERY, "headers": "descriptive", "excel": "true"},
        headers=_auth(keys, "A"),
    )
    assert direct.content == download.content
    (listed,) = jobs_client.get("/exports", headers=_auth(keys, "A")).json()["jobs"]
    assert (listed["status"], listed["rows"], listed["snapshot"]) == ("ready", len(rows), "snap-1")
    # Written beside its final name and renamed: nothing else is left in the folder.
    assert sorted(p.name for p in published.exports_dir.iterdir()) == [
        f"{job['id']}.csv",
        "jobs.sqlite",
    ]

    time.sleep(max(0.0, (expires - datetime.now(UTC)).total_seconds()) + 0.1)
    gone = jobs_client.get(f"/exports/{job['id']}", headers=_auth(keys, "A"))
    assert gone.status_code == 410
    (error,) = gone.json()["errors"]
    assert error["extensions"] == {"code": "GONE", "argument": "id"}
    assert "expired" in error["message"]
    assert not (published.exports_dir / f"{job['id']}.csv").exists()
    (listed,) = jobs_client.get("/exports", headers=_auth(keys, "A")).json()["jobs"]
    assert listed["status"] == "expired"


def test_only_the_partner_and_admins_see_a_job(
    jobs_client: TestClient, keys: dict[str, str]
) -> None:
    job_a = submit(jobs_client, keys, "A").json()
    job_b = submit(jobs_client, keys, "B").json()
    assert csv_rows(finished(jobs_client, keys, job_a["id"]))[1:] == expected_rows("A")
    assert csv_rows(finished(jobs_client, keys, job_b["id"], "B"))[1:] == expected_rows("B")

    # Another partner's job answers exactly as an unknown one.
    for job_id in (job_a["id"], "0" * 32):
        response = jobs_client.get(f"/exports/{job_id}", headers=_auth(keys, "B"))
        assert response.status_code == 404
        (error,) = response.json()["errors"]
        assert error["extensions"] == {"code": "NOT_FOUND", "argument": "id"}
        assert error["message"] == f"there is no export job {job_id!r} for this API key"

    listed = {
        who: [
            job["id"]
            for job in jobs_client.get("/exports", headers=_auth(keys, who)).json()["jobs"]
        ]
        for who in ("A", "B", "admin")
    }
    assert listed == {
        "A": [job_a["id"]],
        "B": [job_b["id"]],
        "admin": [job_a["id"], job_b["id"]],
    }
    assert csv_rows(finished(jobs_client, keys, job_b["id"], "admin"))[1:] == expected_rows("B")


@pytest.mark.parametrize(
    ("body", "status", "code", "message"),
    [
        (
            {"query": "{ a: sessions { rows { title } } b: viewers { rows { name } } }"},
            400,
            "BAD_USER_INPUT",
            "select exactly one cube field to export, got 2: a, b",
        ),
        ({"query": "{ sessions { rows { bogus } } }"}, 400, "BAD_USER_INPUT", "'bogus'"),
        ({"headers": "fancy"}, 400, "BAD_USER_INPUT", "`headers` must be one of"),
        ({"excel": "yes"}, 400, "BAD_USER_INPUT", "`excel` must be true or false"),
        ({"variables": [1]}, 400, "BAD_USER_INPUT", "`variables` must be a JSON object"),
        ({"format": "xlsx"}, 400, "BAD_USER_INPUT", "unknown field(s) format"),
        ({"query": "{ sessions { rows { partnerId } } }"}, 403, "FORBIDDEN", "admin keys only"),
    ],
)
def test_bad_requests_create_no_job(
    jobs_client: TestClient,
    keys: dict[str, str],
    body: dict[str, Any],
    status: int,
    code: str,
    message: str,
) -> None:
    response = submit(jobs_client, keys, **body)
    assert response.status_code == status
    (error,) = response.json()["errors"]
    assert error["extensions"]["code"] == code
    assert message in error["message"]
    assert jobs_client.get("/exports", headers=_auth(keys, "A")).json() == {"jobs": []}


def test_bodies_and_keys_are_checked(jobs_client: TestClient, keys: dict[str, str]) -> None:
    response = jobs_client.post("/exports", content=b"{oops", headers=_auth(keys, "A"))
    assert response.status_code == 400
    assert "not valid JSON" in response.json()["errors"][0]["message"]
    oversized = {"query": QUERY + " " * 1_000_000}
    response = jobs_client.post("/exports", json=oversized, headers=_auth(keys, "A"))
    assert response.status_code == 413
    (error,) = response.json()["errors"]
    assert error["extensions"]["code"] == "TOO_COMPLEX"
    assert error["message"].endswith("send a shorter query")
    for path, method in (("/exports", "POST"), ("/exports", "GET"), ("/exports/x", "GET")):
        response = jobs_client.request(method, path, json={"query": QUERY})
        assert response.status_code == 401
        assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
        response = jobs_client.request(
            method, path, json={"query": QUERY}, headers=_auth(keys, "writer")
        )
        assert response.status_code == 403


def test_an_export_over_the_ceiling_fails_with_its_reason(
    published: Paths, keys: dict[str, str]
) -> None:
    with TestClient(create_app(_settings(published, export_max_rows=1))) as client:
        job = submit(client, keys).json()
        response = finished(client, keys, job["id"])
    assert response.status_code == 200
    failed = response.json()
    assert failed["status"] == "failed"
    assert failed["error"]["code"] == "BAD_USER_INPUT"
    assert "more than the 1 an export may hold" in failed["error"]["message"]
    assert sorted(p.name for p in published.exports_dir.iterdir()) == ["jobs.sqlite"]


def test_jobs_survive_a_gateway_restart(published: Paths, keys: dict[str, str]) -> None:
    with TestClient(create_app(_settings(published))) as client:
        ready = submit(client, keys).json()
        assert csv_rows(finished(client, keys, ready["id"]))[1:] == expected_rows("A")

    # A job the gateway had accepted but not written when it stopped, with a half-written file.
    store = JobStore(published)
    principal = Principal("k-b", "B", frozenset({"read"}))
    pending = store.create(
        principal,
        ExportRequest(QUERY, {}),
        "sessions",
        "sessions-x.csv",
        datetime.now(UTC),
        timedelta(seconds=TTL_SECONDS * 10),
    )
    store.partial_path(pending.job_id).write_text("sessionId\r\nhalf")

    with TestClient(create_app(_settings(published))) as client:
        assert csv_rows(finished(client, keys, pending.job_id, "B"))[1:] == expected_rows("B")
        assert csv_rows(finished(client, keys, ready["id"]))[1:] == expected_rows("A")
    assert not store.partial_path(pending.job_id).exists()
    assert store.get(pending.job_id).status is JobStatus.READY


def test_operators_list_and_purge_jobs(
    published: Paths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SESSIONLENS_HOME", str(published.home))
    monkeypatch.setenv("SESSIONLENS_EXPORT_TTL", "1h")
    store = JobStore(published)
    now = datetime.now(UTC)
    principal = Principal("k-a", "A", frozenset({"read"}))
    old = store.create(
        principal,
        ExportRequest(QUERY, {}),
        "sessions",
        "a.csv",
        now - timedelta(minutes=90),
        timedelta(hours=1),
    )
    store.partial_path(old.job_id).write_text("x")
    store.finish(old.job_id, 5, "snap-1")
    fresh = store.create(
        principal, ExportRequest(QUERY, {}), "viewers", "b.csv", now, timedelta(hours=1)
    )

    assert cli.main(["exports", "list"]) == 0
    header, *lines, summary = capsys.readouterr().out.splitlines()
    assert header.split() == [
        "id",
        "partner",
        "status",
        "cube",
        "rows",
        "created",
        "expires",
        "error",
    ]
    assert [line.split()[:5] for line in lines] == [
        [old.job_id, "A", "ready", "sessions", "5"],
        [fresh.job_id, "A", "pending", "viewers", "-"],
    ]
    assert summary.startswith("2 export job(s)")

    assert cli.main(["exports", "purge"]) == 0
    assert capsys.readouterr().out.strip() == "expired 1 export job(s) and removed their files"
    assert not store.file_path(old.job_id).exists()
    assert [job.status for job in store.jobs()] == [JobStatus.EXPIRED, JobStatus.PENDING]
    # An expired record is kept one more TTL (its link answers "gone"), then forgotten.
    store.purge(now + timedelta(hours=3), timedelta(hours=1))
    assert [job.job_id for job in store.jobs()] == []


def test_expired_jobs_are_purged_without_being_asked_for(
    published: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runner, "PURGE_EVERY_SECONDS", 0.05)
    store = JobStore(published)
    principal = Principal("k-a", "A", frozenset({"read"}))
    job = store.create(
        principal,
        ExportRequest(QUERY, {}),
        "sessions",
        "a.csv",
        datetime.now(UTC),
        timedelta(seconds=3),
    )
    store.partial_path(job.job_id).write_text("sessionId\r\n")
    store.finish(job.job_id, 0, "snap-1")
    file = store.file_path(job.job_id)
    with TestClient(create_app(_settings(published))):
        assert file.exists()  # not expired yet when the gateway started
        # No request touches the job: the periodic purge removes it.
        deadline = time.monotonic() + WAIT_SECONDS
        while file.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not file.exists()
        assert store.get(job.job_id).status is JobStatus.EXPIRED
