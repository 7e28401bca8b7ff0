"""Durations as people write them on a command line or in a setting: `30d`, `12h`, `90m`,
`45s`, `2w`, or a bare number of seconds."""

from __future__ import annotations

import re
from datetime import timedelta

_DURATION = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*")
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86_400, "w": 604_800}


def parse_duration(text: str) -> timedelta:
    """`text` as a positive duration; ValueError saying what is accepted otherwise."""
    match = _DURATION.fullmatch(text.lower())
    if match is None or float(match.group(1)) <= 0:
        raise ValueError(
            f"{text!r} is not a positive duration such as 30d, 12h, 90m, 45s, 2w or 3600"
        )
    return timedelta(seconds=float(match.group(1)) * _UNIT_SECONDS[match.group(2)])
