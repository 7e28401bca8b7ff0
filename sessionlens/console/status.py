"""`sessionlens status`: what is published now, how fresh, the last run, the rejects, and
what is running.

It only reads what is safe to read while a materialization writes: the snapshot pointer,
the Dagster instance's records (what the last ingestion put in its materialization
metadata) and the gateway's `/readyz`. It never opens the warehouse, whose writer
would fail on a reader's lock, and it creates nothing in an empty data directory.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from typing import Any

import dagster as dg
import httpx

from orchestration.automation import pipeline_job
from orchestration.recovery import RUNNER_PID_TAG, UNFINISHED
from sessionlens.core.processes import process_exists
from sessionlens.core.settings import Paths
from sessionlens.core.snapshots import read_current

# A daemon whose last heartbeat is older than this is taken for stopped.
DAEMON_HEARTBEAT_SECONDS = 120.0
READY_TIMEOUT_SECONDS = 2.0
NOTHING_YET = (
    "Nothing here yet: no snapshot has been published in {home}. Run `sessionlens demo` "
    "for sample data, or drop event files into {landing} and run `sessionlens materialize`."
)


def gather(paths: Paths, host: str, port: int) -> dict[str, Any]:
    """The status as plain values (what `--json` prints)."""
    now = datetime.now(UTC)
    snapshot = read_current(paths)
    status: dict[str, Any] = {
        "home": str(paths.home),
        "snapshot": None,
        "partners": [],
        "ingestion": None,
        "last_run": None,
        "running": {"materialization": None, "schedule": False, "sensor": False},
        "gateway": _gateway(host, port),
    }
    if snapshot is not None:
        status["snapshot"] = {
            "snapshot_id": snapshot.snapshot_id,
            "published_at": snapshot.published_at.isoformat(),
            "age_seconds": round((now - snapshot.published_at).total_seconds(), 1),
            "mart_rows": snapshot.tables,
            "files": [path.name for path in snapshot.files],
            # Marts whose file this snapshot shares with the one it replaced (unchanged).
            "shared_marts": list(snapshot.shared),
        }
    if (paths.dagster_home / "dagster.yaml").exists():
        instance = dg.DagsterInstance.from_config(str(paths.dagster_home))
        try:
            status.update(_from_instance(instance))
        finally:
            instance.dispose()
    return status


def _from_instance(instance: dg.DagsterInstance) -> dict[str, Any]:
    found: dict[str, Any] = {}
    events = _latest_metadata(instance, ["raw", "events"])
    rejected = _latest_metadata(instance, ["raw", "rejected_lines"])
    if events:
        found["partners"] = [
            {"partner_id": partner, "watermark_at": at}
            for partner, at in sorted(events.get("watermarks", {}).items())
        ]
        found["ingestion"] = {
            "last_batch_id": events.get("batch_id"),
            "last_batch_events": events.get("accepted", 0),
            "last_batch_duplicates": events.get("duplicates", 0),
            "last_batch_rejected_lines": rejected.get("rejected", 0),
            "total_events": events.get("total_events"),
            "total_rejected_lines": rejected.get("total_rejected"),
        }
    records = instance.get_run_records(dg.RunsFilter(job_name=pipeline_job.name), limit=1)
    running: dict[str, Any] = {"materialization": None}
    if records:
        record = records[0]
        run = record.dagster_run
        started, ended = record.start_time, record.end_time
        found["last_run"] = {
            "run_id": run.run_id,
            "status": run.status.value,
            "started_at": _iso(started),
            "ended_at": _iso(ended),
            "seconds": round((ended or time.time()) - started, 1) if started else None,
        }
        pid = run.tags.get(RUNNER_PID_TAG)
        in_process_alive = pid is None or process_exists(int(pid))
        if run.status in UNFINISHED and in_process_alive:
            running["materialization"] = run.run_id
    beats = instance.get_daemon_heartbeats()
    for daemon, name in (("SCHEDULER", "schedule"), ("SENSOR", "sensor")):
        beat = beats.get(daemon)
        running[name] = beat is not None and time.time() - beat.timestamp < DAEMON_HEARTBEAT_SECONDS
    found["running"] = running
    return found


def _latest_metadata(instance: dg.DagsterInstance, key: list[str]) -> dict[str, Any]:
    event = instance.get_latest_materialization_event(dg.AssetKey(key))
    if event is None or event.asset_materialization is None:
        return {}
    return {name: value.value for name, value in event.asset_materialization.metadata.items()}


def _iso(epoch: float | None) -> str | None:
    return datetime.fromtimestamp(epoch, UTC).isoformat() if epoch else None


def _gateway(host: str, port: int) -> dict[str, Any]:
    url = f"http://{host}:{port}"
    try:
        answer = httpx.get(f"{url}/readyz", timeout=READY_TIMEOUT_SECONDS)
    except httpx.HTTPError:
        return {"url": url, "answering": False, "ready": False, "detail": "no answer"}
    try:
        detail = answer.json().get("status", "")
    except ValueError:
        detail = answer.text[:200]
    return {"url": url, "answering": True, "ready": answer.status_code == 200, "detail": detail}


def render(status: dict[str, Any], paths: Paths) -> str:
    """The status for a person."""
    lines: list[str] = []
    snapshot = status["snapshot"]
    if snapshot is None:
        lines.append(NOTHING_YET.format(home=paths.home, landing=paths.landing_dir))
    else:
        lines.append(
            f"published    {snapshot['snapshot_id']} at {_utc(snapshot['published_at'])} "
            f"({_age(snapshot['age_seconds'])} ago), {len(snapshot['mart_rows'])} marts"
            + _shared(snapshot["shared_marts"])
        )
    for partner in status["partners"]:
        lines.append(
            f"partner      {partner['partner_id']}: watermark {_utc(partner['watermark_at'])}"
        )
    if ingestion := status["ingestion"]:
        lines.append(
            f"last batch   {ingestion['last_batch_events']:,} events, "
            f"{ingestion['last_batch_duplicates']:,} duplicates, "
            f"{ingestion['last_batch_rejected_lines']:,} rejected lines "
            f"({ingestion['last_batch_id']})"
        )
        if ingestion["total_events"] is not None:
            lines.append(
                f"in all       {ingestion['total_events']:,} events, "
                f"{ingestion['total_rejected_lines']:,} rejected lines"
            )
    if run := status["last_run"]:
        took = f" in {run['seconds']:.1f} s" if run["seconds"] is not None else ""
        started = _utc(run["started_at"]) if run["started_at"] else "not yet"
        lines.append(f"last run     {run['status']}{took}, started {started} ({run['run_id']})")
    running = status["running"]
    active = [f"materialization {running['materialization']}"] if running["materialization"] else []
    active += [name for name in ("schedule", "sensor") if running[name]]
    idle = "nothing (the schedule and the sensor run under `sessionlens dagster`)"
    lines.append(f"running      {', '.join(active) if active else idle}")
    gateway = status["gateway"]
    if gateway["answering"]:
        state = "ready" if gateway["ready"] else "not ready"
        lines.append(f"gateway      {gateway['url']}: {state} ({gateway['detail']})")
    else:
        lines.append(f"gateway      none answers on {gateway['url']}")
    return "\n".join(lines)


def _shared(marts: list[str]) -> str:
    return (
        f" ({len(marts)} unchanged, their files shared with the snapshot before)" if marts else ""
    )


def _utc(iso: str) -> str:
    return f"{datetime.fromisoformat(iso).astimezone(UTC):%Y-%m-%d %H:%M:%S} UTC"


def _age(seconds: float) -> str:
    minutes, _ = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min" if minutes else f"{int(seconds)} s"


def print_status(paths: Paths, host: str, port: int, *, as_json: bool) -> None:
    status = gather(paths, host, port)
    print(json.dumps(status) if as_json else render(status, paths))
