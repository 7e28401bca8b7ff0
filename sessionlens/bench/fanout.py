"""Subscription fan-out: many subscribers of one query over graphql-transport-ws, one
publish that changes its answer, and how long after the snapshot switch (the moment
`snapshots/CURRENT` names the new file) each subscriber has the new answer."""

from __future__ import annotations

import asyncio
import json
import shutil
import time
from dataclasses import dataclass, replace
from pathlib import Path

import duckdb
from websockets.asyncio.client import ClientConnection, connect

from sessionlens.bench.queries import Focus
from sessionlens.bench.stats import percentile
from sessionlens.core.settings import Paths
from sessionlens.core.snapshots import Snapshot, parquet_relation, read_current, write_current

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


def stage_changed_copy(paths: Paths, focus: Focus) -> Snapshot:
    """The current snapshot with the focus session's title changed in a copy of the
    `sessions` mart, not yet named in CURRENT."""
    current = read_current(paths)
    if current is None:
        raise FanOutFailed("no snapshot is published")
    holder = current.mart_files().get("sessions")
    if holder is None:
        raise FanOutFailed("the published snapshot has no `sessions` mart")
    snapshot_id = f"{current.snapshot_id}-fanout"
    copy = paths.snapshots_dir / f"sessions.{snapshot_id}{holder.suffix}"
    if current.engine == "spark":
        _write_changed_parquet(holder, copy, focus)
    else:
        shutil.copy(holder, copy)
        with duckdb.connect(str(copy)) as connection:
            connection.execute(f"update sessions set {_EDITED_TITLE}", _focus_values(focus))
    files = tuple(copy if path == holder else path for path in current.files)
    return replace(current, snapshot_id=snapshot_id, files=files, shared=())


# The focus session's title, edited: what every subscriber's answer changes by.
_EDITED_TITLE = "title = coalesce(title, '') || ' (edited)' where partner_id = ? and session_id = ?"


def _focus_values(focus: Focus) -> list[str]:
    return [focus.partner_id, focus.session_id]


def _write_changed_parquet(folder: Path, copy: Path, focus: Focus) -> None:
    """A copy of a Spark `sessions` folder with the focus session's title edited: DuckDB
    reads Spark's instants as TIMESTAMP WITH TIME ZONE and writes them back as
    UTC-adjusted Parquet timestamps, so Spark reads the same types."""
    copy.mkdir()
    with duckdb.connect() as connection:
        connection.execute(f"create table sessions as select * from {parquet_relation(folder)}")
        connection.execute(f"update sessions set {_EDITED_TITLE}", _focus_values(focus))
        target = str(copy / "part-00000.parquet").replace("'", "''")
        connection.execute(f"copy sessions to '{target}' (format parquet)")


async def _measure(url: str, key: str, paths: Paths, focus: Focus, subscribers: int) -> FanOut:
    ws_url = url.replace("http://", "ws://", 1) + "/graphql"
    variables = {"sessionId": focus.session_id}
    connections = await asyncio.gather(
        *(_subscribed(ws_url, key, variables) for _ in range(subscribers))
    )
    try:
        staged = stage_changed_copy(paths, focus)
        arrivals = [asyncio.create_task(_received_at(c)) for c in connections]
        await asyncio.sleep(0)  # every subscriber waits on its socket before the switch
        write_current(
            paths,
            staged.snapshot_id,
            [path.name for path in staged.files],
            staged.tables,
            engine=staged.engine,
        )
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
