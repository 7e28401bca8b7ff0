"""Run a command and measure its wall time and peak memory, children included.

Two figures, because the pipeline runs dbt in a child process next to Dagster: the
peak of the whole process tree's summed resident memory (sampled from /proc), and the
largest single process's peak as the kernel reports it when the command is reaped.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

SAMPLE_SECONDS = 0.05
_PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")


@dataclass(frozen=True)
class MeasuredRun:
    seconds: float
    exit_code: int
    peak_tree_bytes: int
    peak_process_bytes: int


def _parent_of(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return None
    # The command name may contain spaces and parentheses; fields resume after the last ")".
    return int(stat.rsplit(")", 1)[1].split()[1])


def _resident_bytes(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * _PAGE_BYTES
    except (FileNotFoundError, ProcessLookupError, PermissionError, IndexError):
        return 0


def tree_resident_bytes(root: int) -> int:
    """Summed resident memory of `root` and all its descendants right now."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            parent = _parent_of(int(entry))
            if parent is not None:
                children.setdefault(parent, []).append(int(entry))
    total, pending = 0, [root]
    while pending:
        pid = pending.pop()
        total += _resident_bytes(pid)
        pending.extend(children.get(pid, ()))
    return total


class _PeakSampler(threading.Thread):
    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.peak = 0
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.is_set():
            self.peak = max(self.peak, tree_resident_bytes(self.root))
            self.stopped.wait(SAMPLE_SECONDS)


def run_measured(command: Sequence[str], env: Mapping[str, str], log: Path) -> MeasuredRun:
    """Run `command` to completion with its output in `log`."""
    with log.open("wb") as output:
        started = time.perf_counter()
        process = subprocess.Popen(command, env=dict(env), stdout=output, stderr=subprocess.STDOUT)
        sampler = _PeakSampler(process.pid)
        sampler.start()
        # wait4 reports the peak RSS of the command or of its largest reaped descendant.
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        sampler.stopped.set()
        sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    return MeasuredRun(
        seconds=seconds,
        exit_code=process.returncode,
        peak_tree_bytes=sampler.peak,
        peak_process_bytes=usage.ru_maxrss * 1024,
    )
