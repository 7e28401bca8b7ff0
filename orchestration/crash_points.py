"""Named points where the reliability suite stops the pipeline to kill it (off by default).

Some moments of a run are too short to hit from outside by watching files: the inside
of ingestion's append transaction, or the instant between renaming a snapshot into
place and switching `CURRENT` to it. With `SESSIONLENS_PAUSE_AT=<point>` the run stops
at that point, says so on stderr and sleeps, so a test can `kill -9` it exactly there
(tests/reliability/test_crashes.py). When the variable is unset, as it is in any
deployment, `pause_point` does nothing.
"""

from __future__ import annotations

import os
import sys
import time

PAUSE_VARIABLE = "SESSIONLENS_PAUSE_AT"
# Long enough for any test to kill the run, short enough that a forgotten pause ends.
PAUSE_SECONDS = 300


def pause_point(name: str) -> None:
    """Sleep here if `SESSIONLENS_PAUSE_AT` names this point; otherwise return at once."""
    if os.environ.get(PAUSE_VARIABLE) == name:
        print(f"paused at crash point {name}", file=sys.stderr, flush=True)
        time.sleep(PAUSE_SECONDS)
