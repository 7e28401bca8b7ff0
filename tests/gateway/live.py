"""A gateway on a loopback port and the clients of its subscriptions: `gql`'s
graphql-transport-ws client over WebSocket and a GraphQL over SSE reader over httpx."""

from __future__ import annotations

import json
import shutil
import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import duckdb
import httpx
import uvicorn
from gql import Client, gql
from gql.transport.websockets import WebsocketsTransport
from gql.transport.websockets_protocol import WebsocketsProtocolTransportBase

from gateway.app import create_app
from sessionlens.core.network import free_port
from sessionlens.core.settings import Paths, Settings
from sessionlens.core.snapshots import read_current, write_current


@contextmanager
def serving(settings: Settings) -> Iterator[str]:
    """The gateway's base URL while it runs in a thread; stopped afterwards."""
    port = free_port()
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def republish(paths: Paths, snapshot_id: str, *changes: str) -> None:
    """Publish a copy of the current (one-file) snapshot with the SQL `changes` applied to it."""
    current = read_current(paths)
    assert current is not None
    (source,) = current.files
    file_name = f"{snapshot_id}.duckdb"
    staged = paths.snapshots_dir / f".{file_name}"
    shutil.copy(source, staged)
    with duckdb.connect(str(staged)) as connection:
        for change in changes:
            connection.execute(change)
    staged.rename(paths.snapshots_dir / file_name)
    write_current(paths, snapshot_id, [file_name])


@asynccontextmanager
async def websocket_session(url: str, key: str | None) -> AsyncIterator[Any]:
    """A `gql` session over graphql-transport-ws, the key in `connection_init`."""
    transport = WebsocketsTransport(
        url=url.replace("http://", "ws://") + "/graphql",
        init_payload={"Authorization": f"Bearer {key}"} if key is not None else {},
        subprotocols=[WebsocketsProtocolTransportBase.GRAPHQLWS_SUBPROTOCOL],
    )
    async with Client(transport=transport) as session:
        yield session


def subscribe(session: Any, document: str, variables: dict | None = None) -> AsyncIterator[dict]:
    """The stream of `data` a subscription sends (gql raises on an error event)."""
    return session.subscribe(gql(document), variable_values=variables)


@asynccontextmanager
async def event_stream(
    url: str, key: str | None, document: str, variables: dict | None = None
) -> AsyncIterator[AsyncIterator[tuple[str, dict | None]]]:
    """A GraphQL over SSE subscription: its (event, decoded data) pairs, in order."""
    headers = {"Accept": "text/event-stream"}
    if key is not None:
        headers["Authorization"] = f"Bearer {key}"
    async with (
        httpx.AsyncClient(timeout=60) as client,
        client.stream(
            "POST",
            f"{url}/graphql",
            json={"query": document, "variables": variables or {}},
            headers=headers,
        ) as response,
    ):
        assert response.status_code == 200, await response.aread()
        assert response.headers["content-type"].startswith("text/event-stream")
        yield _events(response)


async def _events(response: httpx.Response) -> AsyncIterator[tuple[str, dict | None]]:
    event, data = None, None
    async for line in response.aiter_lines():
        if line.startswith("event:"):
            event = line.removeprefix("event:").strip()
        elif line.startswith("data:"):
            text = line.removeprefix("data:").strip()
            data = json.loads(text) if text else None
        elif not line and event is not None:
            yield event, data
            event, data = None, None
