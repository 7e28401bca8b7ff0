"""Freshness: seconds from `POST /events` of one event to its first appearance in a cube's
answer, while the gateway and `sessionlens live` run.

Each try posts one `session_started` event of a session id never used before, through
HTTP with a write key, then asks the `sessions` cube for that id until a row comes back.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

PROBE_QUERY = """
query Probe($sessionId: String!) {
  sessions(where: { sessionId: { eq: $sessionId } }) { rows { sessionId title } }
}
"""
POLL_SECONDS = 0.2
# How long `sessionlens live` may take to finish its run after SIGTERM.
LIVE_STOP_SECONDS = 300


class NotSeen(RuntimeError):
    pass


def probe_event(partner_id: str, session_id: str) -> dict[str, Any]:
    """A new session's first event, as a producer would post it."""
    return {
        "event_id": f"freshness-{session_id}",
        "event_type": "session_started",
        "event_time": datetime.now(UTC).isoformat(),
        "partner_id": partner_id,
        "session_id": session_id,
        "source": "api",
        "properties": {"meeting_id": "fresh-ness-probe", "title": f"Freshness {session_id}"},
    }


def new_session_id() -> str:
    return f"fresh-{uuid.uuid4().hex[:12]}"


def seen_after_post(
    url: str, write_key: str, partner_id: str, session_id: str, timeout_seconds: float
) -> float:
    """Seconds from posting the first event of the new session `session_id` to the first
    answer of the `sessions` cube that holds it (the key reads too)."""
    headers = {"Authorization": f"Bearer {write_key}"}
    with httpx.Client(base_url=url, headers=headers, timeout=30) as client:
        posted = time.perf_counter()
        answer = client.post("/events", json=[probe_event(partner_id, session_id)])
        if answer.status_code != 200 or answer.json().get("accepted") != 1:
            raise NotSeen(f"POST /events did not accept the probe event: {answer.text[:300]}")
        while time.perf_counter() - posted < timeout_seconds:
            reply = client.post(
                "/graphql", json={"query": PROBE_QUERY, "variables": {"sessionId": session_id}}
            ).json()
            if (reply.get("data") or {}).get("sessions", {}).get("rows"):
                return time.perf_counter() - posted
            time.sleep(POLL_SECONDS)
    raise NotSeen(f"the posted event was not in an answer within {timeout_seconds:g} s")


@contextmanager
def running_live(
    env: Mapping[str, str], log: Path, interval_seconds: float
) -> Iterator[subprocess.Popen[bytes]]:
    """`sessionlens live` in a subprocess for the duration of the block; on exit it is
    asked to stop (SIGTERM: its run in progress finishes and is recorded)."""
    command = [
        sys.executable,
        "-m",
        "sessionlens.cli",
        "live",
        "--interval",
        str(interval_seconds),
    ]
    with log.open("wb") as output:
        live = subprocess.Popen(command, env=dict(env), stdout=output, stderr=subprocess.STDOUT)
        try:
            yield live
        finally:
            live.send_signal(signal.SIGTERM)
            try:
                live.wait(timeout=LIVE_STOP_SECONDS)
            except subprocess.TimeoutExpired:
                live.kill()
                live.wait()
