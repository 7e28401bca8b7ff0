"""Progress on the console: a live bar on a terminal, plain lines anywhere else.

A terminal gets rich's live bars (count, rate, ETA). Output that is not a terminal
(CI logs, files, pipes) gets one plain line when a task starts, at most one every
PLAIN_INTERVAL_SECONDS while it runs and one when it ends, with no control characters.
`--quiet` shows nothing.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from sessionlens.core.progress import Reporter, SilentReporter, Task, reporting

PLAIN_INTERVAL_SECONDS = 5.0


def _count(value: float) -> str:
    return f"{value:,.0f}"


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class PlainReporter:
    """Tasks as plain lines on `stream`, throttled to one line per task every `interval`."""

    def __init__(
        self,
        stream: TextIO,
        interval: float = PLAIN_INTERVAL_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._stream = stream
        self.interval = interval
        self.clock = clock

    def task(self, name: str, total: float | None, unit: str) -> Task:
        return _PlainTask(self, name, total, unit)

    def line(self, text: str) -> None:
        print(text, file=self._stream, flush=True)


class _PlainTask(Task):
    def __init__(self, owner: PlainReporter, name: str, total: float | None, unit: str) -> None:
        self._owner = owner
        self._name, self._total, self._unit = name, total, unit
        self._started = owner.clock()
        self._last_line = self._started
        self._completed = 0.0
        self._detail = ""
        owner.line(f"{name}: started" + (f", {_count(total)} {unit}" if total else ""))

    def update(self, completed: float, detail: str = "") -> None:
        self._completed, self._detail = completed, detail or self._detail
        now = self._owner.clock()
        if now - self._last_line >= self._owner.interval:
            self._last_line = now
            self._owner.line(self._progress_line(now))

    def _progress_line(self, now: float) -> str:
        elapsed = now - self._started
        parts = [_count(self._completed)]
        if self._total:
            parts[0] += f"/{_count(self._total)} {self._unit}"
            parts.append(f"{100 * self._completed / self._total:.0f} %")
        else:
            parts[0] += f" {self._unit}".rstrip()
        rate = self._completed / elapsed if elapsed > 0 else 0.0
        if rate > 0 and self._unit:
            parts.append(f"{rate:,.1f} {self._unit}/s")
            if self._total:
                parts.append(f"ETA {_duration((self._total - self._completed) / rate)}")
        parts.append(f"elapsed {_duration(elapsed)}")
        if self._detail:
            parts.append(self._detail)
        return f"{self._name}: " + " · ".join(parts)

    def __exit__(self, exc_type: object, *rest: object) -> None:
        elapsed = self._owner.clock() - self._started
        outcome = "failed" if exc_type else "done"
        detail = f" · {self._detail}" if self._detail else ""
        count = f" {_count(self._completed)} {self._unit}" if self._unit else ""
        self._owner.line(f"{self._name}: {outcome}{count} in {_duration(elapsed)}{detail}")


class _CountColumn(ProgressColumn):
    def render(self, task) -> Text:
        unit = task.fields.get("unit", "")
        if not unit:  # a phase: its name and time say it all
            return Text("")
        total = f"/{_count(task.total)}" if task.total is not None else ""
        return Text(f"{_count(task.completed)}{total} {unit}")


class _RateColumn(ProgressColumn):
    def render(self, task) -> Text:
        unit = task.fields.get("unit", "")
        if not task.speed or not unit:
            return Text("")
        return Text(f"{task.speed:,.1f} {unit}/s")


class LiveReporter:
    """Tasks as rich live bars; a finished task stays on screen as one finished line."""

    def __init__(self, progress: Progress) -> None:
        self._progress = progress

    def task(self, name: str, total: float | None, unit: str) -> Task:
        task_id = self._progress.add_task(name, total=total, unit=unit, detail="")
        return _LiveTask(self._progress, task_id, total)


class _LiveTask(Task):
    def __init__(self, progress: Progress, task_id: TaskID, total: float | None) -> None:
        self._progress, self._id = progress, task_id
        self._total, self._completed = total, 0.0

    def update(self, completed: float, detail: str = "") -> None:
        self._completed = completed
        fields = {"detail": detail} if detail else {}
        self._progress.update(self._id, completed=completed, **fields)

    def __exit__(self, exc_type: object, *rest: object) -> None:
        # Done, a bar is full (also one of unknown size); failed, it stays where it stopped.
        if not exc_type:
            done = max(self._total or 0, self._completed, 1)
            self._progress.update(self._id, total=done, completed=done)
        self._progress.stop_task(self._id)


@contextmanager
def console_progress(
    stream: TextIO, *, quiet: bool = False, live: bool | None = None
) -> Iterator[Reporter]:
    """The reporter for `stream`: silent when quiet, live bars on a terminal (unless `live`
    says otherwise), plain lines elsewhere."""
    if quiet:
        yield SilentReporter()
        return
    if not (stream.isatty() if live is None else live):
        yield PlainReporter(stream)
        return
    progress = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(bar_width=24),
        _CountColumn(),
        _RateColumn(),
        TimeRemainingColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[detail]}"),
        # Our own stdout and stderr are redirected at the file level where needed;
        # rich's proxies would catch Dagster's log lines instead.
        console=Console(file=stream),
        redirect_stdout=False,
        redirect_stderr=False,
    )
    with progress:
        yield LiveReporter(progress)


@contextmanager
def showing_progress(*, quiet: bool) -> Iterator[Reporter]:
    """Report the work done in the block on stderr (nothing when quiet)."""
    with console_progress(sys.stderr, quiet=quiet) as shown, reporting(shown):
        yield shown
