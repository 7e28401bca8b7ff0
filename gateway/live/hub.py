"""The process's live answers: one watcher of `snapshots/CURRENT`, one feed per distinct
cube query.

Subscribers asking the same cube query (same cube, partner, filters, selection, …) share a
feed, whose answer is computed once per publish however many subscribe. Each subscriber
has a mailbox holding only the newest answer it has not taken, so a slow subscriber never
holds back the watcher, the others or a publish; it also holds no snapshot between two
answers (each answer leases the snapshot only while it is computed), so an old snapshot
is closed as soon as the answers in flight finish. A subscriber receives an answer only
when it differs from the last one it received, and only while its key is still valid.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass

from gateway.catalog.model import Cube
from gateway.errors import GatewayError, TooManySubscriptions
from gateway.executor import CubeResult, execute_cube_query
from gateway.keys import KeyStore, Principal
from gateway.query import CubeQuery
from gateway.rate_limit import RateLimiter
from gateway.warehouse import ReadSession, Warehouse

logger = logging.getLogger(__name__)

# The watcher looks at the pointer at least this long apart, even when the gateway's own
# poll interval is 0 (look on every query): the watcher has no queries to wait for.
_MIN_WATCH_SECONDS = 0.05

Value = CubeResult | GatewayError


@dataclass(frozen=True)
class _Answer:
    snapshot_id: str | None
    value: Value


class _Mailbox:
    """The newest answer a subscriber has not taken yet."""

    def __init__(self) -> None:
        self._answer: _Answer | None = None
        self._ready = asyncio.Event()

    def post(self, answer: _Answer) -> None:
        self._answer = answer
        self._ready.set()

    async def take(self) -> _Answer:
        await self._ready.wait()
        self._ready.clear()
        answer, self._answer = self._answer, None
        assert answer is not None
        return answer


async def _compute(warehouse: Warehouse, cube: Cube, query: CubeQuery) -> _Answer:
    session = ReadSession(warehouse)
    try:
        value: Value = await execute_cube_query(session, cube, query)
    except GatewayError as error:
        value = error
    except Exception:
        logger.exception("unexpected failure answering a %s subscription", cube.name)
        value = GatewayError("internal error; this answer could not be computed")
    finally:
        snapshot_id = session.snapshot_id
        session.close()
    return _Answer(snapshot_id, value)


class _Feed:
    """One cube query and its subscribers' mailboxes."""

    def __init__(self, cube: Cube, query: CubeQuery) -> None:
        self.cube = cube
        self.query = query
        self.mailboxes: set[_Mailbox] = set()
        self._answer: _Answer | None = None
        self._lock = asyncio.Lock()

    async def answer_for(self, warehouse: Warehouse, snapshot_id: str | None) -> _Answer:
        """The answer at `snapshot_id`, computed (and posted to every subscriber) unless
        it already was."""
        async with self._lock:
            if self._answer is None or self._answer.snapshot_id != snapshot_id:
                self._answer = await _compute(warehouse, self.cube, self.query)
                for mailbox in self.mailboxes:
                    mailbox.post(self._answer)
            return self._answer


class LiveHub:
    """Feeds, the pointer watcher and what admits a subscription (its key's bound)."""

    def __init__(
        self,
        warehouse: Warehouse,
        key_store: KeyStore,
        rate_limiter: RateLimiter,
        *,
        max_per_key: int,
        watch_seconds: float,
    ) -> None:
        self.warehouse = warehouse
        self.key_store = key_store
        self.rate_limiter = rate_limiter
        self.max_per_key = max_per_key
        self.watch_seconds = max(watch_seconds, _MIN_WATCH_SECONDS)
        self._feeds: dict[tuple[str, str], _Feed] = {}
        self._open: Counter[str] = Counter()
        self._watcher: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._watcher = asyncio.create_task(self._watch(), name="snapshot watcher")

    async def close(self) -> None:
        if self._watcher is not None:
            self._watcher.cancel()
            with suppress(asyncio.CancelledError):
                await self._watcher

    def open_subscriptions(self, principal: Principal) -> int:
        return self._open[principal.key_id]

    async def answers(
        self, cube: Cube, query: CubeQuery, principal: Principal, token: str | None
    ) -> AsyncIterator[Value]:
        """The answer now, then each different one after a publish; an error value is
        one answer (the subscription goes on). Raises Unauthenticated once the key is
        revoked or expired, TooManySubscriptions beyond the key's bound."""
        with self._admitted(principal):
            # A frozen dataclass of plain values: its repr is the query (see identity).
            key = (cube.name, repr(query))
            feed = self._feeds.setdefault(key, _Feed(cube, query))
            mailbox = _Mailbox()
            feed.mailboxes.add(mailbox)
            try:
                mailbox.post(await feed.answer_for(self.warehouse, self._snapshot_id()))
                sent: Value | None = None
                while True:
                    answer = await mailbox.take()
                    if token is not None:
                        self.key_store.authenticate(token)
                    if sent is None or answer.value != sent:
                        sent = answer.value
                        yield answer.value
            finally:
                feed.mailboxes.discard(mailbox)
                if not feed.mailboxes and self._feeds.get(key) is feed:
                    del self._feeds[key]

    @contextmanager
    def _admitted(self, principal: Principal) -> Iterator[None]:
        key_id = principal.key_id
        if self._open[key_id] >= self.max_per_key:
            raise TooManySubscriptions(
                f"this API key already holds {self.max_per_key} subscriptions, its maximum;"
                " complete one first"
            )
        self._open[key_id] += 1
        try:
            yield
        finally:
            self._open[key_id] -= 1
            if not self._open[key_id]:
                del self._open[key_id]

    def _snapshot_id(self) -> str | None:
        snapshot = self.warehouse.snapshot
        return snapshot.snapshot_id if snapshot else None

    async def _watch(self) -> None:
        seen = self._snapshot_id()
        while True:
            await asyncio.sleep(self.watch_seconds)
            try:
                self.warehouse.refresh(force=True)
            except Exception:
                # A half-written or unreadable publish: the next look tries again.
                logger.exception("could not open the snapshot named in CURRENT")
                continue
            current = self._snapshot_id()
            if current != seen:
                seen = current
                feeds = list(self._feeds.values())
                await asyncio.gather(*(feed.answer_for(self.warehouse, current) for feed in feeds))
