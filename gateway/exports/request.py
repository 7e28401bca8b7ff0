"""What an export is asked for, by `GET /export.csv` and `POST /exports` alike."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from gateway.errors import BadUserInput

HEADER_STYLES: Final = ("system", "descriptive")


@dataclass(frozen=True)
class ExportRequest:
    """What `GET /export.csv` and `POST /exports` are asked for."""

    query: str
    variables: dict[str, Any]
    headers: str = HEADER_STYLES[0]
    excel: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.query, str) or not self.query.strip():
            raise BadUserInput(
                "give the GraphQL query whose rows to export as `query`", argument="query"
            )
        if not isinstance(self.variables, dict):
            raise BadUserInput("`variables` must be a JSON object", argument="variables")
        if self.headers not in HEADER_STYLES:
            raise BadUserInput(
                f"`headers` must be one of {', '.join(HEADER_STYLES)}, got {self.headers!r}",
                argument="headers",
            )
        if not isinstance(self.excel, bool):
            raise BadUserInput("`excel` must be true or false", argument="excel")
