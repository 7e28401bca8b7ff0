"""Throughput: concurrent clients over loopback HTTP for a fixed time.

With 2 cores, clients are asyncio tasks spread over at most two client processes, so the
client side does not starve the gateway of a core more than it must.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import queue
import time
from dataclasses import dataclass
from multiprocessing.synchronize import Event
from typing import Any

import orjson

from sessionlens.bench.workloads import Workload

MAX_CLIENT_PROCESSES = 2
STARTUP_TIMEOUT_SECONDS = 60.0


class LoadClientsFailed(RuntimeError):
    pass


@dataclass(frozen=True)
class _Share:
    """One client process's part of a run: client `c` sends requests c, c + clients, ..."""

    url: str
    key: str
    workload: Workload
    client_ids: tuple[int, ...]
    clients: int
    duration: float


@dataclass(frozen=True)
class Throughput:
    clients: int
    requests_per_second: float
    completed: int
    failed: int


@dataclass(frozen=True)
class _Outcome:
    completed: int
    failed: int
    seconds: float


def _request_bytes(host: str, key: str, payload: dict[str, Any]) -> bytes:
    body = orjson.dumps(payload)
    head = (
        f"POST /graphql HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {key}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


async def _exchange(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes
) -> bool:
    """Send one request on a kept-alive connection; True when it answered 200 without errors."""
    writer.write(request)
    head = await reader.readuntil(b"\r\n\r\n")
    status_line, _, header_block = head.partition(b"\r\n")
    length = 0
    for header in header_block.split(b"\r\n"):
        name, _, value = header.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    body = await reader.readexactly(length)
    if status_line.split(b" ", 2)[1] != b"200":
        return False
    try:
        return "errors" not in orjson.loads(body)
    except orjson.JSONDecodeError:
        return False


async def _drive(share: _Share) -> _Outcome:
    """A minimal HTTP/1.1 client: a general-purpose one (httpx) costs more CPU per request
    than the gateway's cached path, so on 2 cores it would measure itself."""
    completed = failed = 0
    host, port = share.url.removeprefix("http://").rsplit(":", 1)
    encoded: dict[int, bytes] = {}

    def request(index: int) -> bytes:
        slot = share.workload.cache_slot(index)
        if slot is None:
            return _request_bytes(host, share.key, share.workload.payload(index))
        if slot not in encoded:
            encoded[slot] = _request_bytes(host, share.key, share.workload.payload(index))
        return encoded[slot]

    started = time.monotonic()
    deadline = started + share.duration

    async def client(index: int) -> None:
        nonlocal completed, failed
        reader, writer = await asyncio.open_connection(host, int(port))
        try:
            while time.monotonic() < deadline:
                try:
                    ok = await _exchange(reader, writer, request(index))
                except (asyncio.IncompleteReadError, ConnectionError):
                    # A dropped connection is a failed request; carry on with a new one.
                    ok = False
                    writer.close()
                    reader, writer = await asyncio.open_connection(host, int(port))
                completed, failed = completed + ok, failed + (not ok)
                index += share.clients
        finally:
            writer.close()

    await asyncio.gather(*(client(index) for index in share.client_ids))
    # Requests in flight at the deadline still count, so the time counts until they end.
    return _Outcome(completed, failed, time.monotonic() - started)


def _client_process(
    share: _Share, ready: multiprocessing.Queue, go: Event, results: multiprocessing.Queue
) -> None:
    ready.put(True)
    go.wait()
    results.put(asyncio.run(_drive(share)))


def measure_throughput(
    url: str, key: str, workload: Workload, clients: int, duration: float
) -> Throughput:
    """Requests per second completed by `clients` concurrent clients in `duration` seconds."""
    # Client processes fork from a server that has imported this module once, so each
    # run starts its clients in milliseconds rather than re-importing httpx.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    processes_count = min(clients, MAX_CLIENT_PROCESSES)
    ready, results, go = context.Queue(), context.Queue(), context.Event()
    shares = [
        _Share(url, key, workload, tuple(range(first, clients, processes_count)), clients, duration)
        for first in range(processes_count)
    ]
    processes = [
        context.Process(target=_client_process, args=(share, ready, go, results), daemon=True)
        for share in shares
    ]
    for process in processes:
        process.start()
    try:
        for _ in processes:
            ready.get(timeout=STARTUP_TIMEOUT_SECONDS)
        go.set()
        outcomes = [results.get(timeout=duration + STARTUP_TIMEOUT_SECONDS) for _ in processes]
    except queue.Empty:
        raise LoadClientsFailed(
            f"a load client process did not report within {STARTUP_TIMEOUT_SECONDS:g} s"
        ) from None
    finally:
        for process in processes:
            process.join(timeout=STARTUP_TIMEOUT_SECONDS)
    completed = sum(outcome.completed for outcome in outcomes)
    failed = sum(outcome.failed for outcome in outcomes)
    seconds = max(outcome.seconds for outcome in outcomes)
    return Throughput(clients, completed / seconds, completed, failed)
