"""Figures the reliability suite measured, kept as JSON for RELIABILITY.md.

Each test records what it tried and what held under its own key; the file is
`reliability-results.json` in the current directory unless
`SESSIONLENS_RELIABILITY_OUT` names another path.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

from tests.reliability.budget import current

_lock = threading.Lock()


def results_path() -> Path:
    return Path(os.environ.get("SESSIONLENS_RELIABILITY_OUT", "reliability-results.json"))


def record(check: str, figures: dict[str, Any]) -> None:
    """Merge one check's figures into the results file, tagged with the suite mode."""
    path = results_path()
    with _lock:
        existing = json.loads(path.read_text()) if path.exists() else {}
        existing[check] = {"mode": current().mode, **figures}
        path.write_text(json.dumps(existing, indent=2, sort_keys=True) + "\n")
