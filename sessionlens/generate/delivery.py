"""The road from producer to landing file: encoding, late arrival, re-delivery, corruption."""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from random import Random
from typing import Any

import orjson

from sessionlens.generate.badlines import malformed_line
from sessionlens.generate.clock import IdFactory, format_time
from sessionlens.generate.people import Client
from sessionlens.generate.writer import RotatingGzipWriter

# Share of events held back past the next file boundary (a mobile client reconnecting, a
# retry queue draining).
LATE_RATE = 0.003
_APPEND_NEWLINE = orjson.OPT_APPEND_NEWLINE


@dataclass(frozen=True)
class DeliveryRates:
    bad_line_rate: float
    duplicate_rate: float
    late_rate: float = LATE_RATE

    def __post_init__(self) -> None:
        for name in ("bad_line_rate", "duplicate_rate", "late_rate"):
            value = getattr(self, name)
            if not 0.0 <= value <= 0.5:
                raise ValueError(f"{name} must be between 0 and 0.5, got {value}")


class Delivery:
    """Encodes events and writes them, occasionally late, twice, or broken.

    `committed` counts lines written plus lines scheduled for later, so the caller can
    stop at an exact line budget.
    """

    def __init__(
        self,
        writer: RotatingGzipWriter,
        rng: Random,
        ids: IdFactory,
        rates: DeliveryRates,
        lines_per_file: int,
    ) -> None:
        self._writer = writer
        self._rng = rng
        self._ids = ids
        self._bad = rates.bad_line_rate
        self._dup = self._bad + rates.duplicate_rate
        self._late = self._dup + rates.late_rate
        self._lines_per_file = lines_per_file
        # (release at line number, order, line)
        self._held: list[tuple[int, int, bytes]] = []
        self._held_order = 0
        self.bad_lines = 0
        self.duplicate_lines = 0

    @property
    def committed(self) -> int:
        return self._writer.lines + len(self._held)

    def send(
        self,
        epoch_ms: int,
        event_type: str,
        client: Client,
        partner_id: str,
        session_id: str | None,
        properties: dict[str, Any],
    ) -> None:
        rng = self._rng
        event: dict[str, Any] = {
            "event_id": self._ids.event_id(epoch_ms),
            "event_type": event_type,
            "event_time": format_time(
                epoch_ms, client.offset_ms, client.offset_text, client.with_ms
            ),
            "partner_id": partner_id,
        }
        if client.user_id is not None:
            event["user_id"] = client.user_id
        if session_id is not None:
            event["session_id"] = session_id
        if client.source_api:
            event["source"] = "api"
        if client.context is not None and rng.random() < client.context_rate:
            event["context"] = client.context
        event["properties"] = properties
        line = orjson.dumps(event, option=_APPEND_NEWLINE)

        roll = rng.random()
        if roll >= self._late:
            self._write(line)
        elif roll < self._bad:
            self._write(line)
            self._write(malformed_line(event, self._ids.event_id(epoch_ms), rng))
            self.bad_lines += 1
        elif roll < self._dup:
            self._write(line)
            # Most retries land right behind the original; some a file or two later.
            delay = (
                int(rng.random() * 200)
                if rng.random() < 0.6
                else int(self._lines_per_file * (1 + rng.random()))
            )
            self._hold(line, delay)
            self.duplicate_lines += 1
        else:
            self._hold(line, int(self._lines_per_file * (1 + rng.random())))

    def flush(self) -> None:
        """Write every held line, in release order."""
        while self._held:
            self._writer.write(heapq.heappop(self._held)[2])

    def _hold(self, line: bytes, delay_lines: int) -> None:
        self._held_order += 1
        heapq.heappush(self._held, (self._writer.lines + delay_lines, self._held_order, line))

    def _write(self, line: bytes) -> None:
        writer = self._writer
        writer.write(line)
        held = self._held
        while held and held[0][0] <= writer.lines:
            writer.write(heapq.heappop(held)[2])
