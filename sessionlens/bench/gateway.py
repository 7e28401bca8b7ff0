"""Request latency over loopback HTTP, as a dashboard would see it: request sent to JSON
parsed."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import httpx

from sessionlens.bench.stats import percentile

REQUEST_TIMEOUT_SECONDS = 120.0


class QueryFailed(RuntimeError):
    pass


@dataclass(frozen=True)
class Latency:
    cold_seconds: float
    p50_seconds: float
    p95_seconds: float
    p99_seconds: float


def _summarize(cold: float, warm: list[float]) -> Latency:
    return Latency(
        cold_seconds=cold,
        p50_seconds=percentile(warm, 0.50),
        p95_seconds=percentile(warm, 0.95),
        p99_seconds=percentile(warm, 0.99),
    )


class GatewayClient:
    def __init__(self, url: str, key: str) -> None:
        self._client = httpx.Client(
            base_url=url,
            headers={"Authorization": f"Bearer {key}"},
            timeout=REQUEST_TIMEOUT_SECONDS,
        )

    def connect(self) -> None:
        """Open the keep-alive connection, so no query's cold figure includes TCP setup."""
        self._client.get("/healthz").raise_for_status()

    def timed(self, payload: dict[str, Any]) -> tuple[float, dict[str, Any]]:
        """Seconds for one request and its `data`; QueryFailed on any error."""
        started = time.perf_counter()
        response = self._client.post("/graphql", json=payload)
        try:
            body = response.json()
        except ValueError:
            raise QueryFailed(f"HTTP {response.status_code}: {response.text[:200]}") from None
        seconds = time.perf_counter() - started
        if response.status_code != 200 or body.get("errors"):
            messages = [e.get("message", "") for e in body.get("errors") or ()]
            raise QueryFailed(f"HTTP {response.status_code}: {'; '.join(messages) or body}")
        return seconds, body["data"]

    def latency(self, payload: dict[str, Any], repeats: int) -> Latency:
        """Cold is this request's first run since the gateway started; then `repeats` warm."""
        cold, _ = self.timed(payload)
        return _summarize(cold, [self.timed(payload)[0] for _ in range(repeats)])

    def uncached_latency(self, payload: dict[str, Any], repeats: int) -> Latency:
        """Like `latency`, but each request's document ends in its own comment, so neither
        the response cache nor the parse/validation cache knows it: the full GraphQL path."""

        def fresh(index: int) -> dict[str, Any]:
            return {**payload, "query": f"{payload['query']}\n# bench request {index}"}

        cold, _ = self.timed(fresh(0))
        return _summarize(cold, [self.timed(fresh(index))[0] for index in range(1, repeats + 1)])

    def close(self) -> None:
        self._client.close()


def row_count(data: dict[str, Any]) -> int:
    """Rows returned across the cube fields of one response."""
    return sum(len(result.get("rows") or ()) for result in data.values())
