"""Progress reporting: plain lines off a terminal (throttled, no control characters), live
bars on one, nothing when quiet, and the work that reports to it (generator, ingestion)."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from orchestration.ingestion import ingest_landing
from sessionlens.console.progress import PlainReporter, console_progress
from sessionlens.core.progress import SilentReporter, Task, reporter, reporting
from sessionlens.core.settings import Paths
from sessionlens.generate import generate


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_plain_lines_start_every_interval_and_end_with_rate_and_eta() -> None:
    stream, clock = io.StringIO(), FakeClock()
    plain = PlainReporter(stream, interval=5.0, clock=clock)
    with plain.task("ingest", 40, "files") as task:
        clock.now += 1
        task.update(2, "2,000 lines read")  # within the interval: no line
        clock.now += 4
        task.update(10, "10,000 lines read")  # 5 s in: 10 of 40 at 2 files/s, 15 s to go
        clock.now += 1
        task.update(12)
        clock.now += 4
        task.update(40, "40,000 lines read")
    assert stream.getvalue().splitlines() == [
        "ingest: started, 40 files",
        "ingest: 10/40 files · 25 % · 2.0 files/s · ETA 0:00:15 · elapsed 0:00:05 · "
        "10,000 lines read",
        "ingest: 40/40 files · 100 % · 4.0 files/s · ETA 0:00:00 · elapsed 0:00:10 · "
        "40,000 lines read",
        "ingest: done 40 files in 0:00:10 · 40,000 lines read",
    ]


def test_plain_lines_of_a_task_of_unknown_size_and_of_a_failed_one() -> None:
    stream, clock = io.StringIO(), FakeClock()
    plain = PlainReporter(stream, interval=5.0, clock=clock)
    with plain.task("bench: floor scan", None, ""):
        clock.now += 65
    with pytest.raises(RuntimeError), plain.task("publish", 3, "tables") as task:
        task.update(1, "sessions")
        raise RuntimeError("disk full")
    assert stream.getvalue().splitlines() == [
        "bench: floor scan: started",
        "bench: floor scan: done in 0:01:05",
        "publish: started, 3 tables",
        "publish: failed 1 tables in 0:00:00 · sessions",
    ]


def test_off_a_terminal_progress_is_plain_lines_without_control_characters() -> None:
    stream = io.StringIO()  # not a terminal
    with (
        console_progress(stream) as shown,
        reporting(shown),
        reporter().task("generate", 1_000, "events") as task,
    ):
        task.update(1_000, "10 files")
    text = stream.getvalue()
    assert isinstance(shown, PlainReporter)
    assert "\x1b" not in text and "\r" not in text
    assert text.splitlines()[-1] == "generate: done 1,000 events in 0:00:00 · 10 files"


def test_on_a_terminal_progress_is_a_live_bar() -> None:
    stream = io.StringIO()
    with (
        console_progress(stream, live=True) as shown,
        reporting(shown),
        reporter().task("dbt build", 4, "nodes") as task,
    ):
        task.update(4, "sessions")
    text = stream.getvalue()
    assert "dbt build" in text and "4/4 nodes" in text and "sessions" in text


def test_quiet_shows_nothing_and_the_reporter_is_restored_afterwards() -> None:
    stream = io.StringIO()
    before = reporter()
    with console_progress(stream, quiet=True) as shown, reporting(shown):
        assert reporter() is shown
        with reporter().task("generate", 10, "events") as task:
            task.update(10)
    assert isinstance(shown, SilentReporter)
    assert stream.getvalue() == ""
    assert reporter() is before


@dataclass
class Recorded:
    total: float | None
    unit: str
    updates: list[tuple[float, str]] = field(default_factory=list)
    finished: bool = False


class RecordingReporter:
    """Keeps every task and update, to compare with what the work really did."""

    def __init__(self) -> None:
        self.tasks: dict[str, Recorded] = {}

    def task(self, name: str, total: float | None, unit: str) -> Task:
        recorded = self.tasks[name] = Recorded(total, unit)

        class _Task(Task):
            def update(self, completed: float, detail: str = "") -> None:
                recorded.updates.append((completed, detail))

            def __exit__(self, *exc_info: object) -> None:
                recorded.finished = True

        return _Task()


def test_generate_and_ingestion_report_what_they_did(tmp_path: Path) -> None:
    paths = Paths(tmp_path).ensure()
    recording = RecordingReporter()
    with reporting(recording):
        stats = generate(paths.landing_dir, events=25_000, seed=3)
        report = ingest_landing(paths, workers=1)
    generated, ingested = recording.tasks["generate"], recording.tasks["ingest"]
    assert (generated.total, generated.unit, generated.finished) == (25_000, "events", True)
    assert generated.updates[-1] == (stats.events, f"{stats.files} files")
    # Throttled: one update per PROGRESS_EVERY_LINES lines, not one per event.
    assert len(generated.updates) <= stats.events // 10_000 + 1
    assert (ingested.total, ingested.unit, ingested.finished) == (stats.files, "files", True)
    assert [done for done, _ in ingested.updates] == list(range(1, stats.files + 1))
    assert ingested.updates[-1][1] == f"{report.lines:,} lines read"
    assert report.lines == stats.events
