"""The bench's own requests besides the dashboard queries: a paginated attendee table whose
every request differs, and a 10 000-row result, over the README's cubes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

LARGE_RESULT_ROWS = 10_000
# One row per (session, user, minute): the cube with the most rows per event.
LARGE_RESULT_QUERY = """
query LargeResult($limit: Int!) {
  timeline(limit: $limit) {
    rows { sessionId userId minute liveUniqueViewers liveEngagementRate reactions chatMessages }
  }
}
"""

ATTENDEE_PAGE_QUERY = """
query AttendeePage($sessionId: String!, $limit: Int!, $offset: Int!) {
  viewers(
    where: { sessionId: { eq: $sessionId } }
    orderBy: [{ field: MINUTES_VIEWED, direction: DESC }]
    limit: $limit
    offset: $offset
  ) {
    rows { userId name company country minutesViewed reactions chatMessages liveEngagementRate }
    rowCount
  }
}
"""
_OFFSETS = 1_000
_PAGE_SIZES = 100


def large_result_payload() -> dict[str, Any]:
    return {"query": LARGE_RESULT_QUERY, "variables": {"limit": LARGE_RESULT_ROWS}}


@dataclass(frozen=True)
class RepeatedRequests:
    """The same few dashboard requests, in rotation."""

    payloads: tuple[dict[str, Any], ...]

    def payload(self, index: int) -> dict[str, Any]:
        return self.payloads[index % len(self.payloads)]

    def cache_slot(self, index: int) -> int | None:
        """Requests with the same slot are identical, so a client may encode them once."""
        return index % len(self.payloads)


@dataclass(frozen=True)
class DistinctRequests:
    """Attendee-table pages: request `index` gets its own (offset, page size), so no two of
    the first 100 000 requests are alike."""

    session_id: str

    def payload(self, index: int) -> dict[str, Any]:
        offset, page = index % _OFFSETS, index // _OFFSETS % _PAGE_SIZES
        variables = {"sessionId": self.session_id, "limit": page + 1, "offset": offset}
        return {"query": ATTENDEE_PAGE_QUERY, "variables": variables}

    def cache_slot(self, index: int) -> int | None:
        return None


Workload = RepeatedRequests | DistinctRequests
