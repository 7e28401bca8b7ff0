"""Subscription fan-out: many subscribers of one query over graphql-transport-ws, one
publish that changes its answer, and how long after the snapshot switch (the moment
`snapshots/CURRENT` names the new file) each subscriber has the new answer."""

from __future__ import annotations

import asyncio
import json
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
from websockets.asyncio.client import ClientConnection, connect

from sessionlens.bench.queries import Focus
from sessionlens.bench.stats import percentile
from sessionlens.core.settings import Paths
from sessionlens.core.snapshots import read_current, write_current

FANOUT_SUBSCRIBERS = 100
PROTOCOL = "graphql-transport-ws"
DOCUMENT = """subscription Focus($sessionId: String!) {
  sessions(where: { sessionId: { eq: $sessionId } }) { rows { sessionId title } }
}"""
# How long any one message may take before the measurement is given up.
PATIENCE_SECONDS = 60.0


class FanOutFailed(RuntimeError):
    """A subscriber was refused or sent something other than its answer."""


@dataclass(frozen=True)
class FanOut:
    subscribers: int
    # Seconds after the switch at which the new answer reached the median / last one.
    p50_seconds: float
    max_seconds: float


async def _answer(connection: ClientConnection) -> dict:
    while True:
        message = json.loads(await asyncio.wait_for(connection.recv(), PATIENCE_SECONDS))
        if message["type"] == "ping":
            await connection.send(json.dumps({"type": "pong"}))
            continue
        if message["type"] == "next" and not message["payload"].get("errors"):
            return message["payload"]["data"]
        raise FanOutFailed(f"a subscriber got {json.dumps(message)[:300]}")


async def _subscribed(ws_url: str, key: str, variables: dict) -> ClientConnection:
    """A connection whose subscription has sent its first answer."""
    connection = await connect(ws_url, subprotocols=[PROTOCOL], max_size=None)  # type: ignore[list-item]
    init = {"type": "connection_init", "payload": {"Authorization": f"Bearer {key}"}}
    await connection.send(json.dumps(init))
    ack = json.loads(await asyncio.wait_for(connection.recv(), PATIENCE_SECONDS))
    if ack["type"] != "connection_ack":
        raise FanOutFailed(f"the connection was not acknowledged: {ack}")
    subscribe = {"query": DOCUMENT, "variables": variables}
    await connection.send(json.dumps({"id": "1", "type": "subscribe", "payload": subscribe}))
    await _answer(connection)
    return connection


async def _received_at(connection: ClientConnection) -> float:
    await _answer(connection)
    return time.monotonic()


def _stage_changed_copy(paths: Paths, focus: Focus) -> tuple[str, list[str], dict[str, int]]:
    """The current snapshot with the focus session's title changed in a copy of the file
    holding `sessions`, not yet named in CURRENT: (snapshot id, file names, tables)."""
    current = read_current(paths)
    if current is None:
        raise FanOutFailed("no snapshot is published")
    holder = next((path for path in current.files if _holds_sessions(path)), None)
    if holder is None:
        raise FanOutFailed("the published snapshot has no `sessions` mart")
    snapshot_id = f"{current.snapshot_id}-fanout"
    file_name = f"{snapshot_id}.duckdb"
    shutil.copy(holder, paths.snapshots_dir / file_name)
    with duckdb.connect(str(paths.snapshots_dir / file_name)) as connection:
        connection.execute(
            "update sessions set title = coalesce(title, '') || ' (edited)'"
            " where partner_id = ? and session_id = ?",
            [focus.partner_id, focus.session_id],
        )
    files = [file_name if path == holder else path.name for path in current.files]
    return snapshot_id, files, current.tables


def _holds_sessions(path: Path) -> bool:
    with duckdb.connect(str(path), read_only=True) as connection:
        tables = connection.execute("select table_name from information_schema.tables").fetchall()
    return ("sessions",) in tables


async def _measure(url: str, key: str, paths: Paths, focus: Focus, subscribers: int) -> FanOut:
    ws_url = url.replace("http://", "ws://", 1) + "/graphql"
    variables = {"sessionId": focus.session_id}
    connections = await asyncio.gather(
        *(_subscribed(ws_url, key, variables) for _ in range(subscribers))
    )
    try:
        staged = _stage_changed_copy(paths, focus)
        arrivals = [asyncio.create_task(_received_at(c)) for c in connections]
        await asyncio.sleep(0)  # every subscriber waits on its socket before the switch
        write_current(paths, *staged)
        switched = time.monotonic()
        delays = [arrived - switched for arrived in await asyncio.gather(*arrivals)]
    finally:
        await asyncio.gather(*(c.close() for c in connections))
    return FanOut(subscribers, percentile(delays, 0.5), max(delays))


def measure_fanout(
    url: str, key: str, paths: Paths, focus: Focus, subscribers: int = FANOUT_SUBSCRIBERS
) -> FanOut:
    """Subscribe `subscribers` times to one query, publish a snapshot that changes its
    answer, and time the new answer's arrival at each subscriber."""
    return asyncio.run(_measure(url, key, paths, focus, subscribers))
