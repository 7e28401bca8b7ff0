"""Gateway settings, read once from the environment.

| variable | default | meaning |
|---|---|---|
| `SESSIONLENS_HOME` | `./.sessionlens` | data directory (snapshots, keys) |
| `SESSIONLENS_MAX_LIMIT` | 10000 | largest `limit` a query may ask for |
| `SESSIONLENS_DEFAULT_LIMIT` | 100 | `limit` when a query gives none |
| `SESSIONLENS_QUERY_TIMEOUT_SECONDS` | 30 | a warehouse query is interrupted after this |
| `SESSIONLENS_MAX_REQUEST_BYTES` | 1000000 | larger `/graphql` request bodies get HTTP 413 |
| `SESSIONLENS_MAX_EVENTS_BODY_BYTES` | 10485760 | larger `POST /events` bodies get HTTP 413 |
| `SESSIONLENS_MAX_QUERY_DEPTH` | 10 | GraphQL operation depth limit |
| `SESSIONLENS_MAX_ALIASES` | 50 | GraphQL alias limit per document |
| `SESSIONLENS_MAX_TOKENS` | 5000 | GraphQL token limit per document |
| `SESSIONLENS_SNAPSHOT_POLL_SECONDS` | 0.25 | how often `snapshots/CURRENT` is checked |
| `SESSIONLENS_RESPONSE_CACHE_BYTES` | 67108864 | memory for cached `/graphql` answers; 0: off |
| `SESSIONLENS_DOCUMENT_CACHE_ENTRIES` | 256 | parsed and validated GraphQL documents kept |
| `SESSIONLENS_RATE_LIMIT_PER_SECOND` | 100 | sustained requests a second per API key; 0: off |
| `SESSIONLENS_RATE_LIMIT_BURST` | 200 | requests an API key may send at once (at least 1) |
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from sessionlens.settings import Paths

_Number = TypeVar("_Number", int, float)


def _read(
    environ: Mapping[str, str], name: str, parse: Callable[[str], _Number], default: _Number
) -> _Number:
    raw = environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = parse(raw)
    except ValueError:
        raise ValueError(f"{name}={raw!r} is not a valid number") from None
    if value < 0:
        raise ValueError(f"{name}={raw!r} must not be negative")
    return value


@dataclass(frozen=True)
class GatewaySettings:
    paths: Paths = field(default_factory=Paths.from_env)
    max_limit: int = 10_000
    default_limit: int = 100
    query_timeout_seconds: float = 30.0
    max_request_bytes: int = 1_000_000
    max_events_body_bytes: int = 10 * 1024 * 1024
    max_query_depth: int = 10
    max_aliases: int = 50
    max_tokens: int = 5_000
    snapshot_poll_seconds: float = 0.25
    response_cache_bytes: int = 64 * 1024 * 1024
    document_cache_entries: int = 256
    rate_limit_per_second: float = 100.0
    rate_limit_burst: int = 200

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> GatewaySettings:
        defaults = cls(paths=Paths.from_env(environ))
        per_second, burst = _rate_limit(environ, defaults)
        return cls(
            paths=defaults.paths,
            max_limit=_read(environ, "SESSIONLENS_MAX_LIMIT", int, defaults.max_limit),
            default_limit=_read(environ, "SESSIONLENS_DEFAULT_LIMIT", int, defaults.default_limit),
            query_timeout_seconds=_read(
                environ, "SESSIONLENS_QUERY_TIMEOUT_SECONDS", float, defaults.query_timeout_seconds
            ),
            max_request_bytes=_read(
                environ, "SESSIONLENS_MAX_REQUEST_BYTES", int, defaults.max_request_bytes
            ),
            max_events_body_bytes=_read(
                environ, "SESSIONLENS_MAX_EVENTS_BODY_BYTES", int, defaults.max_events_body_bytes
            ),
            max_query_depth=_read(
                environ, "SESSIONLENS_MAX_QUERY_DEPTH", int, defaults.max_query_depth
            ),
            max_aliases=_read(environ, "SESSIONLENS_MAX_ALIASES", int, defaults.max_aliases),
            max_tokens=_read(environ, "SESSIONLENS_MAX_TOKENS", int, defaults.max_tokens),
            snapshot_poll_seconds=_read(
                environ, "SESSIONLENS_SNAPSHOT_POLL_SECONDS", float, defaults.snapshot_poll_seconds
            ),
            response_cache_bytes=_read(
                environ, "SESSIONLENS_RESPONSE_CACHE_BYTES", int, defaults.response_cache_bytes
            ),
            document_cache_entries=_read(
                environ, "SESSIONLENS_DOCUMENT_CACHE_ENTRIES", int, defaults.document_cache_entries
            ),
            rate_limit_per_second=per_second,
            rate_limit_burst=burst,
        )


def _rate_limit(environ: Mapping[str, str], defaults: GatewaySettings) -> tuple[float, int]:
    """The rate (0: off) and burst, which must allow one request while the limit is on."""
    per_second = _read(
        environ, "SESSIONLENS_RATE_LIMIT_PER_SECOND", float, defaults.rate_limit_per_second
    )
    burst = _read(environ, "SESSIONLENS_RATE_LIMIT_BURST", int, defaults.rate_limit_burst)
    if per_second > 0 and burst < 1:
        raise ValueError(
            f"SESSIONLENS_RATE_LIMIT_BURST={burst} must be at least 1; "
            "set SESSIONLENS_RATE_LIMIT_PER_SECOND=0 to turn the rate limit off"
        )
    return per_second, burst
