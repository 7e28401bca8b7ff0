"""docs/EVENTS.md and docs/METRICS.md "Ingestion": which partner a rejected line belongs to."""

from __future__ import annotations

import json


def partner_of(line: str) -> str | None:
    """A rejected line belongs to a partner when it is a JSON object with a string partner_id."""
    try:
        parsed = json.loads(line)
    except ValueError:
        return None
    if isinstance(parsed, dict) and isinstance(parsed.get("partner_id"), str):
        return parsed["partner_id"]
    return None
