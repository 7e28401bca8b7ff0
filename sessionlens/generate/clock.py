"""Timestamps and identifiers, formatted fast enough for millions of events.

Times are carried internally as integer milliseconds since the Unix epoch (UTC).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import lru_cache
from random import Random

MS_PER_SECOND = 1_000
MS_PER_MINUTE = 60_000
MS_PER_HOUR = 3_600_000
MS_PER_DAY = 86_400_000
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def to_epoch_ms(moment: datetime) -> int:
    if moment.tzinfo is None:
        raise ValueError(f"`end` must be timezone-aware (UTC), got naive {moment.isoformat()}")
    return (moment - _EPOCH) // timedelta(milliseconds=1)


@lru_cache(maxsize=4096)
def _date_prefix(day_number: int) -> str:
    return (_EPOCH + timedelta(days=day_number)).strftime("%Y-%m-%dT")


def offset_suffix(offset_min: int) -> str:
    """`Z` for UTC, else `±HH:MM` as RFC 3339 writes it."""
    if offset_min == 0:
        return "Z"
    sign = "+" if offset_min > 0 else "-"
    hours, minutes = divmod(abs(offset_min), 60)
    return f"{sign}{hours:02d}:{minutes:02d}"


def format_time(epoch_ms: int, offset_ms: int, suffix: str, with_ms: bool) -> str:
    """The instant `epoch_ms` as local time at `offset_ms` from UTC, suffixed with the offset."""
    local = epoch_ms + offset_ms
    day, in_day = divmod(local, MS_PER_DAY)
    seconds, millis = divmod(in_day, MS_PER_SECOND)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if with_ms:
        return f"{_date_prefix(day)}{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}{suffix}"
    return f"{_date_prefix(day)}{hours:02d}:{minutes:02d}:{secs:02d}{suffix}"


class IdFactory:
    """UUID-shaped identifiers from a seeded generator.

    Event ids follow the UUIDv7 layout (48-bit millisecond time first), and carry a running
    sequence number in their last 32 bits, so they are unique within a run by construction
    and unique across seeds with overwhelming probability.
    """

    __slots__ = ("_rng", "_sequence")

    def __init__(self, rng: Random) -> None:
        self._rng = rng
        self._sequence = 0

    def event_id(self, epoch_ms: int) -> str:
        self._sequence += 1
        rand = self._rng.getrandbits(42)
        return (
            f"{epoch_ms >> 16:08x}-{epoch_ms & 0xFFFF:04x}-7{rand >> 30:03x}-"
            f"{0x8000 | (rand >> 16 & 0x3FFF):04x}-{rand & 0xFFFF:04x}"
            f"{self._sequence & 0xFFFFFFFF:08x}"
        )

    def uuid(self) -> str:
        """A random (version 4 shaped) identifier for sessions, plays, messages..."""
        bits = self._rng.getrandbits(128)
        text = f"{bits:032x}"
        return f"{text[:8]}-{text[8:12]}-4{text[13:16]}-a{text[17:20]}-{text[20:]}"

    def short(self, prefix: str) -> str:
        return f"{prefix}{self._rng.getrandbits(40):010x}"

    def meeting_id(self) -> str:
        """Like `abcd-efgh-ijkl`."""
        letters = "abcdefghijklmnopqrstuvwxyz"
        pick = self._rng.choice
        return "-".join("".join(pick(letters) for _ in range(4)) for _ in range(3))
