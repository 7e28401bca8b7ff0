"""The dashboard never parses data as HTML: its sources use no HTML-parsing DOM API, so
every value from the API reaches the page as a text node (dashboard/src/dom.ts)."""

from __future__ import annotations

import re
from pathlib import Path

SOURCES = Path(__file__).resolve().parents[2] / "dashboard" / "src"
HTML_SINKS = re.compile(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser")


def test_no_source_parses_html() -> None:
    sources = sorted(SOURCES.rglob("*.ts"))
    assert sources
    offending = [
        f"{path.relative_to(SOURCES)}: {line.strip()}"
        for path in sources
        for line in path.read_text().splitlines()
        if HTML_SINKS.search(line)
    ]
    assert offending == []
