"""Whether a process of this host still runs: how a crashed run's or reader's leftovers
are told from a live one's."""

from __future__ import annotations

import os


def process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, but owned by another user
    return True
