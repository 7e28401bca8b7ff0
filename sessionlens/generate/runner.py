"""`generate()`: plan the period, play it back in time order, stream it to landing files."""

from __future__ import annotations

import heapq
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from operator import itemgetter
from pathlib import Path
from random import Random

from sessionlens.core.progress import reporter
from sessionlens.generate.app import AppUser, app_visit, new_app_user
from sessionlens.generate.clock import MS_PER_DAY, IdFactory, to_epoch_ms
from sessionlens.generate.delivery import Delivery, DeliveryRates
from sessionlens.generate.episode import Batch
from sessionlens.generate.live import SessionPlan, simulate_session
from sessionlens.generate.people import Partner, build_partners
from sessionlens.generate.plan import (
    APP_SHARE,
    LIVE_SHARE,
    app_user_count,
    plan_sessions,
)
from sessionlens.generate.quality import quality_events
from sessionlens.generate.recordings import (
    RecordingView,
    plan_recording_views,
    recording_view_events,
)
from sessionlens.generate.writer import RotatingGzipWriter

# A fixed default, so that output depends only on the arguments.
DEFAULT_END = datetime(2026, 11, 1, tzinfo=UTC)
MAX_LINES_PER_FILE = 250_000
# Small runs still get several files, so arrival order and late delivery are visible.
MIN_FILES = 10
MIN_LINES_PER_FILE = 1_000
_by_time = itemgetter(0)
# Progress is reported every this many lines: often enough for a bar, rarely enough to cost
# nothing next to writing them.
PROGRESS_EVERY_LINES = 10_000


@dataclass(frozen=True)
class GenerateStats:
    """`events` counts every line written, including the `bad_lines` and the re-delivered
    `duplicate_lines`; `sessions` counts live sessions, `files` the files written."""

    events: int
    files: int
    bad_lines: int
    duplicate_lines: int
    sessions: int
    partners: int


class _Timeline:
    """Everything that happens in the period, popped in time order (ties: scheduling order)."""

    def __init__(self) -> None:
        self._heap: list[tuple[int, int, SessionPlan | RecordingView | AppUser]] = []
        self._order = 0

    def add(self, at_ms: int, item: SessionPlan | RecordingView | AppUser) -> None:
        self._order += 1
        heapq.heappush(self._heap, (at_ms, self._order, item))

    def pop(self) -> tuple[int, SessionPlan | RecordingView | AppUser] | None:
        if not self._heap:
            return None
        at_ms, _, item = heapq.heappop(self._heap)
        return at_ms, item


class _Run:
    def __init__(self, delivery: Delivery, target: int, begin_ms: int, end_ms: int) -> None:
        self.delivery = delivery
        self.target = target
        self.begin_ms = begin_ms
        self.end_ms = end_ms

    @property
    def full(self) -> bool:
        return self.delivery.committed >= self.target

    def deliver(self, batch: Batch) -> None:
        """Write the batch's events inside the period, in time order, up to the target."""
        batch.events.sort(key=_by_time)
        send = self.delivery.send
        begin_ms, end_ms = self.begin_ms, self.end_ms
        for at_ms, event_type, client, properties in batch.events:
            if at_ms > end_ms:
                break
            if at_ms >= begin_ms:
                send(at_ms, event_type, client, batch.partner_id, batch.session_id, properties)
                if self.full:
                    return


def _validate(events: int, partners: int, days: int) -> None:
    if events < 1:
        raise ValueError(f"events must be ≥ 1, got {events}")
    if partners < 1:
        raise ValueError(f"partners must be ≥ 1, got {partners}")
    if days < 1:
        raise ValueError(f"days must be ≥ 1, got {days}")


def generate(
    out_dir: Path,
    *,
    events: int = 100_000,
    seed: int = 7,
    partners: int = 3,
    days: int = 7,
    end: datetime | None = None,
    bad_line_rate: float = 0.001,
    duplicate_rate: float = 0.002,
) -> GenerateStats:
    """Write about `events` lines (exactly, barring a handful of trailing re-deliveries) of
    synthetic traffic for `partners` partners over the `days` days before `end` (UTC) into
    `out_dir` as `events-NNNNNN.jsonl.gz`, numbered after any such files already there.

    The same arguments always give byte-identical files. Events stream through: memory holds
    one session at a time, not the data set.
    """
    _validate(events, partners, days)
    rates = DeliveryRates(bad_line_rate, duplicate_rate)
    end_ms = to_epoch_ms(end or DEFAULT_END)
    begin_ms = end_ms - days * MS_PER_DAY
    out_dir.mkdir(parents=True, exist_ok=True)

    rng = Random(seed)
    ids = IdFactory(rng)
    tenants = build_partners(partners)
    lines_per_file = min(MAX_LINES_PER_FILE, max(MIN_LINES_PER_FILE, events // MIN_FILES))
    writer = RotatingGzipWriter(out_dir, lines_per_file)
    delivery = Delivery(writer, rng, ids, rates, lines_per_file)
    run = _Run(delivery, events, begin_ms, end_ms)

    timeline = _Timeline()
    plans = plan_sessions(int(events * LIVE_SHARE), tenants, begin_ms, end_ms, ids, rng)
    for plan in plans:
        timeline.add(plan.start_ms, plan)
    by_weight = [t for t in tenants for _ in range(max(1, round(4 * t.weight)))]
    for _ in range(app_user_count(int(events * APP_SHARE), days)):
        user = new_app_user(by_weight[int(rng.random() * len(by_weight))], rng)
        timeline.add(begin_ms + int(rng.random() * MS_PER_DAY), user)

    sessions = 0
    next_report = PROGRESS_EVERY_LINES
    with reporter().task("generate", events, "events") as progress, closing(writer):
        while not run.full and (entry := timeline.pop()) is not None:
            at_ms, item = entry
            if isinstance(item, SessionPlan):
                sessions += 1
                session, batch = simulate_session(item, ids, rng)
                batch.events.extend(quality_events(session, rng))
                for view_at, view in plan_recording_views(session, end_ms, rng):
                    timeline.add(view_at, view)
            elif isinstance(item, RecordingView):
                batch = recording_view_events(item, at_ms, ids, rng)
            else:
                batch, next_visit = app_visit(item, at_ms, rng)
                if next_visit < end_ms:
                    timeline.add(next_visit, item)
            run.deliver(batch)
            if writer.lines >= next_report:
                next_report = writer.lines + PROGRESS_EVERY_LINES
                progress.update(writer.lines, f"{len(writer.files)} files")
        _top_up(run, tenants, rng)
        delivery.flush()
        progress.update(writer.lines, f"{len(writer.files)} files")
    return GenerateStats(
        events=writer.lines,
        files=len(writer.files),
        bad_lines=delivery.bad_lines,
        duplicate_lines=delivery.duplicate_lines,
        sessions=sessions,
        partners=partners,
    )


def _top_up(run: _Run, tenants: list[Partner], rng: Random) -> None:
    """Fill the remaining budget with app visits synced late by clients that were offline:
    they happened anywhere in the period but arrive last."""
    while not run.full:
        user = new_app_user(tenants[int(rng.random() * len(tenants))], rng)
        at_ms = run.begin_ms + int(rng.random() * (run.end_ms - run.begin_ms))
        batch, _ = app_visit(user, at_ms, rng)
        run.deliver(batch)
