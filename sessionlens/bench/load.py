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

import httpx

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


def _succeeded(response: httpx.Response) -> bool:
    try:
        return response.status_code == 200 and not response.json().get("errors")
    except ValueError:
        return False


@dataclass(frozen=True)
class _Outcome:
    completed: int
    failed: int
    seconds: float


async def _drive(share: _Share) -> _Outcome:
    completed = failed = 0
    connections = len(share.client_ids)
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    headers = {"Authorization": f"Bearer {share.key}"}
    async with httpx.AsyncClient(
        base_url=share.url, headers=headers, limits=limits, timeout=60
    ) as client:
        started = time.monotonic()
        deadline = started + share.duration

        async def task(index: int) -> None:
            nonlocal completed, failed
            while time.monotonic() < deadline:
                response = await client.post("/graphql", json=share.workload.payload(index))
                ok = _succeeded(response)
                completed, failed = completed + ok, failed + (not ok)
                index += share.clients

        await asyncio.gather(*(task(client) for client in share.client_ids))
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
