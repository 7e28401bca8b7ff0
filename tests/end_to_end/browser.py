"""Debian's chromium driven by Playwright for the dashboard tests, and a page that records
every console error, page error and failed request, so a test can say it saw none."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from playwright.sync_api import ConsoleMessage, Page, Request, Response

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@dataclass
class WatchedPage:
    """A page and what went wrong on it; `graphql` holds every operation it sent."""

    page: Page
    problems: list[str] = field(default_factory=list)
    graphql: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        self.page.on("requestfailed", self._failed)
        self.page.on("response", self._response)
        self.page.on("request", self._request)

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.problems.append(f"console error: {message.text}")

    def _failed(self, request: Request) -> None:
        self.problems.append(f"request failed: {request.url} {request.failure}")

    def _response(self, response: Response) -> None:
        if response.status >= 400:
            self.problems.append(f"HTTP {response.status}: {response.url}")

    def _request(self, request: Request) -> None:
        if request.url.endswith("/graphql") and request.method == "POST":
            self.graphql.append(json.loads(request.post_data or "{}"))

    def panel(self, name: str, state: str = "ready") -> Any:
        """The panel drawing docs/queries/`name`.graphql, once it is in `state`."""
        return self.page.wait_for_selector(f'[data-panel="{name}"][data-state="{state}"]')

    def assert_clean(self) -> None:
        assert self.problems == [], self.problems
