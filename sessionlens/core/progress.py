"""How long-running work reports progress, without knowing who shows it.

The generator, the ingestion, the dbt step, the publisher and the bench open a task on
the active `Reporter` and update it; the command line installs a reporter that draws a
bar or prints plain lines (`sessionlens.console.progress`). The reporter is found
through this module rather than passed down because Dagster owns the call chain of the
pipeline's steps; by default it is silent, so tests and the Dagster UI see nothing of it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Protocol


class Task(AbstractContextManager["Task"]):
    """One piece of work: `update` it as it goes; leaving the `with` block finishes it."""

    def update(self, completed: float, detail: str = "") -> None:
        """`completed` units are done so far; `detail` says what, in a few words."""

    def __exit__(self, *exc_info: object) -> None:
        return None


class Reporter(Protocol):
    def task(self, name: str, total: float | None, unit: str) -> Task:
        """Start a task of `total` units (None when unknown, such as a bench phase)."""
        ...


class SilentReporter:
    def task(self, name: str, total: float | None, unit: str) -> Task:
        return Task()


_active: Reporter = SilentReporter()


def reporter() -> Reporter:
    """The reporter the work in this process reports to."""
    return _active


@contextmanager
def reporting(to: Reporter) -> Iterator[Reporter]:
    """Report to `to` for the duration of the block."""
    global _active
    previous, _active = _active, to
    try:
        yield to
    finally:
        _active = previous
