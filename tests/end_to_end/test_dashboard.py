"""The reference dashboard in a real browser (Debian's chromium through Playwright) against
the served deployment: every page loads clean, what a person sees is what the API answers
for the panel's own query, and search, sort, paging, export and a bad key behave.

Numbers are compared as text: `shown` formats an API value the way the dashboard does
(`dashboard/src/dom.ts`), rounding half up as JavaScript's `toFixed` does.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import duckdb
import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from sessionlens.core.snapshots import pointer_path, read_current, write_current
from tests.cube_checks import oracle_of
from tests.deployment import Deployment
from tests.end_to_end.browser import CHROMIUM, CHROMIUM_FLAGS, WatchedPage

QUERIES = Path(__file__).resolve().parents[2] / "docs" / "queries"
# The page size the table test picks: the generated sessions have more viewers than that.
PAGE_SIZE = 10
LIVE_PANELS = [
    "a1-live-header",
    "a2-live-timeline",
    "a3-viewer-engagement-table",
    "a3b-engagement-heatmap",
    "a4-polls",
    "a4b-poll-answers",
    "a5-recordings",
    "a5b-recording-plays-over-time",
    "a6-countries",
    "a6b-devices",
]
MEETING_PANELS = [
    "b1-session-overview",
    "b2-participants",
    "b3-call-health",
    "b4-session-stats-over-time",
    "b5-errors",
]
APP_PANELS = [
    "c1-app-session-length-distribution",
    "c2-app-session-length-per-day",
    "c3-app-sessions-per-day",
    "c4-audience-period-over-period",
    "c5-cumulative-viewers",
]
TABLE_COLUMNS = [
    "name",
    "jobTitle",
    "company",
    "industry",
    "role",
    "country",
    "minutesViewed",
    "reactions",
    "chatMessages",
    "pollsAnswered",
    "liveEngagementRate",
    "qaThreads",
    "attachmentDownloads",
    "handsRaised",
]


def no_op(page: Page) -> None:
    """Nothing to set up before a page loads."""


def document(name: str) -> str:
    return (QUERIES / f"{name}.graphql").read_text()


def shown(value: Any, field: str = "") -> str:
    """An API value as the dashboard shows it."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        if field.endswith("Rate"):
            return f"{Decimal(value * 100).quantize(Decimal('0.1'), ROUND_HALF_UP)}%"
        if float(value).is_integer():
            return str(int(value))
        return str(Decimal(value).quantize(Decimal("0.01"), ROUND_HALF_UP))
    return str(value)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert Path(CHROMIUM).is_file(), "the browser tests need Debian's chromium: see .ci/run"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def open_page(browser: Browser, deployment: Deployment) -> Iterator[Any]:
    """Opens a dashboard path in a fresh browser context (its own sessionStorage), after
    `prepare` (e.g. a clock or a route) has set up its page."""
    contexts = []

    def opener(path: str, key: str | None, prepare: Callable[[Page], None] = no_op) -> WatchedPage:
        context = browser.new_context(
            accept_downloads=True, viewport={"width": 1400, "height": 900}
        )
        contexts.append(context)
        watched = WatchedPage(context.new_page())
        prepare(watched.page)
        fragment = f"#key={key}" if key else ""
        watched.page.goto(f"{deployment.url}{path}{fragment}")
        return watched

    yield opener
    for context in contexts:
        context.close()


def settle(watched: WatchedPage) -> None:
    """Waits until no panel is loading any more."""
    watched.page.wait_for_function(
        "() => document.querySelector('[data-state]') !== null"
        " && document.querySelector('[data-state=loading]') === null"
    )


@pytest.fixture(scope="module")
def subject(deployment: Deployment) -> tuple[str, str]:
    """The partner and session with the most participants: more than a page of viewers."""
    richest = max(deployment.sessions.values(), key=lambda s: (len(s.participants), s.session_id))
    assert len(richest.participants) > PAGE_SIZE
    return richest.partner_id, richest.session_id


@pytest.fixture(scope="module")
def partner(subject: tuple[str, str]) -> str:
    return subject[0]


@pytest.fixture(scope="module")
def session_id(subject: tuple[str, str]) -> str:
    return subject[1]


def cell_texts(watched: WatchedPage, panel: str) -> list[list[str]]:
    rows = watched.page.locator(f'[data-panel="{panel}"] table.rows tbody tr')
    return [row.locator("td").all_inner_texts() for row in rows.all()]


def expected_table(rows: list[dict[str, Any]]) -> list[list[str]]:
    return [[shown(row[column], column) for column in TABLE_COLUMNS] for row in rows]


def viewer_rows(deployment: Deployment, partner: str, **variables: Any) -> dict[str, Any]:
    return deployment.query(partner, document("a3-viewer-engagement-table"), variables)["viewers"]


def test_every_page_loads_clean(
    open_page: Any, deployment: Deployment, partner: str, session_id: str, tmp_path: Path
) -> None:
    key = deployment.keys[partner]
    pages = {
        "home": ("/dashboard", []),
        "live": (f"/dashboard/live/{session_id}", LIVE_PANELS),
        "meeting": (f"/dashboard/meeting/{session_id}", MEETING_PANELS),
        "apps": ("/dashboard/apps", APP_PANELS),
        "explore": ("/dashboard/explore", []),
    }
    for name, (path, panels) in pages.items():
        watched = open_page(path, key)
        settle(watched)
        assert "key=" not in watched.page.url
        states = watched.page.eval_on_selector_all(
            "[data-state]", "els => els.map(e => [e.dataset.panel || '', e.dataset.state])"
        )
        assert all(state in ("ready", "empty") for _, state in states), (name, states)
        assert sorted(panel for panel, _ in states if panel) == sorted(panels)
        watched.page.screenshot(path=str(tmp_path / f"{name}.png"), full_page=True)
        watched.assert_clean()
        assert (tmp_path / f"{name}.png").stat().st_size > 0


def values(answer: dict[str, Any]) -> list[tuple[str, Any]]:
    """The fields of an answer a person sees: every one but the cache `id`."""
    return [(field, value) for field, value in answer.items() if field != "id"]


def test_headline_numbers_are_the_api_answers(
    open_page: Any, deployment: Deployment, partner: str, session_id: str
) -> None:
    key = deployment.keys[partner]
    variables = {"sessionId": session_id}
    live = open_page(f"/dashboard/live/{session_id}", key)
    settle(live)
    [header] = deployment.query(partner, document("a1-live-header"), variables)["viewers"]["rows"]
    recordings = deployment.query(partner, document("a5-recordings"), variables)["recordings"]
    expected = {f"viewers.{metric}": shown(value, metric) for metric, value in values(header)}
    if recordings["rows"]:
        expected |= {
            f"recordings.{metric}": shown(value, metric)
            for metric, value in values(recordings["totals"])
        }

    meeting = open_page(f"/dashboard/meeting/{session_id}", key)
    settle(meeting)
    [overview] = deployment.query(partner, document("b1-session-overview"), variables)["sessions"][
        "rows"
    ]
    errors = deployment.query(partner, document("b5-errors"), variables)["byType"]
    meeting_expected = {
        f"sessions.{metric}": shown(overview[metric], metric)
        for metric in ("uniqueParticipants", "durationMinutes", "participantMinutes")
    } | {"sessions.avgInitiatingMs": shown(overview["avgInitiatingMs"])}
    if errors["rows"]:
        meeting_expected |= {f"errors.{m}": shown(v, m) for m, v in values(errors["totals"])}

    apps = open_page("/dashboard/apps", key)
    settle(apps)
    distribution = deployment.query(partner, document("c1-app-session-length-distribution"))
    apps_expected = {
        f"appSessions.{m}": shown(v, m) for m, v in values(distribution["appSessions"]["totals"])
    }
    apps_expected |= _period_headlines(deployment, partner)

    for watched, wanted in ((live, expected), (meeting, meeting_expected), (apps, apps_expected)):
        seen = watched.page.eval_on_selector_all(
            "[data-metric]",
            "els => Object.fromEntries(els.map(e => [e.dataset.metric, e.textContent]))",
        )
        assert seen == wanted
        watched.assert_clean()


def _period_headlines(deployment: Deployment, partner: str) -> dict[str, str]:
    """The period-over-period headlines of the apps page, whose 30 days end at the start of
    the latest app session; none when neither period has viewers (the panel is empty)."""
    latest = deployment.query(
        partner,
        "{ appSessions(orderBy: [{ field: START_TIME, direction: DESC }], limit: 1) "
        "{ rows { startTime } } }",
    )["appSessions"]["rows"]
    as_of = {"asOf": latest[0]["startTime"]} if latest else {}
    [totals] = deployment.query(partner, document("c4-audience-period-over-period"), as_of)[
        "viewers"
    ]["rows"]
    if totals["uniqueViewers"] == 0 and totals["previous"]["uniqueViewers"] == 0:
        return {}
    headlines = {}
    for metric in ("uniqueViewers", "minutesViewed"):
        headlines[f"viewers.{metric}"] = shown(totals[metric], metric)
        headlines[f"viewers.previous.{metric}"] = shown(totals["previous"][metric], metric)
        # Changes are shown as percentages, as rates are.
        headlines[f"viewers.change.{metric}"] = shown(totals["change"][metric], "Rate")
    return headlines


def test_viewer_table_search_sort_and_paging(
    open_page: Any, deployment: Deployment, partner: str, session_id: str
) -> None:
    panel = "a3-viewer-engagement-table"
    where = {"sessionId": {"eq": session_id}}
    watched = open_page(f"/dashboard/live/{session_id}", deployment.keys[partner])
    watched.panel(panel)
    page = watched.page
    everyone = viewer_rows(deployment, partner, where=where)
    assert cell_texts(watched, panel) == expected_table(everyone["rows"])

    def acting(action: Any) -> None:
        with page.expect_response(lambda r: r.url.endswith("/graphql")):
            action()
        watched.panel(panel)

    acting(lambda: page.select_option("#page-size", str(PAGE_SIZE)))
    first = viewer_rows(deployment, partner, where=where, limit=PAGE_SIZE)
    assert cell_texts(watched, panel) == expected_table(first["rows"])
    status = watched.page.locator("#page-status")
    assert status.inner_text() == f"rows 1-{PAGE_SIZE} of {first['rowCount']}"

    # Paging: the next page is the API's next `offset`.
    acting(lambda: page.click("#page-next"))
    second = viewer_rows(deployment, partner, where=where, limit=PAGE_SIZE, offset=PAGE_SIZE)
    assert cell_texts(watched, panel) == expected_table(second["rows"])
    assert status.inner_text().startswith(f"rows {PAGE_SIZE + 1}-")

    # Sort by name, ascending then descending; sorting goes back to the first page.
    for direction in ("ASC", "DESC"):
        acting(lambda: page.click('button[data-sort="name"]'))
        order = [{"field": "NAME", "direction": direction}]
        answer = viewer_rows(deployment, partner, where=where, orderBy=order, limit=PAGE_SIZE)
        assert cell_texts(watched, panel) == expected_table(answer["rows"])

    # Two letters send nothing; the third sends the filtered query.
    name = next(row["name"] for row in first["rows"] if row["name"] and len(row["name"]) >= 3)
    letters = name[:3].lower()
    sent_before = len(watched.graphql)
    page.fill("#viewer-search", letters[:2])
    assert page.locator("#search-hint").inner_text() == "Type at least 3 letters to search."
    acting(lambda: page.fill("#viewer-search", letters))
    searched = [v["variables"]["where"].get("name") for v in watched.graphql[sent_before:]]
    assert searched == [{"contains": letters}]
    answer = viewer_rows(
        deployment,
        partner,
        where={**where, "name": {"contains": letters}},
        orderBy=[{"field": "NAME", "direction": "DESC"}],
        limit=PAGE_SIZE,
    )
    assert answer["rows"] and all(letters in row["name"].lower() for row in answer["rows"])
    assert cell_texts(watched, panel) == expected_table(answer["rows"])
    watched.assert_clean()


def test_csv_export_downloads_the_rows(
    open_page: Any, deployment: Deployment, partner: str, session_id: str
) -> None:
    watched = open_page(f"/dashboard/live/{session_id}", deployment.keys[partner])
    tools = watched.page.locator('[data-panel="a3-viewer-engagement-table"] .export')
    watched.panel("a3-viewer-engagement-table")
    answer = viewer_rows(deployment, partner, where={"sessionId": {"eq": session_id}}, limit=10_000)
    catalog = deployment.query(
        partner, "{ catalog { name dimensions { name label } metrics { name label } } }"
    )
    [viewers] = [cube for cube in catalog["catalog"] if cube["name"] == "viewers"]
    labels = {f["name"]: f["label"] for f in viewers["dimensions"] + viewers["metrics"]}
    fields = [field for field, _ in values(answer["rows"][0])]

    for style, header in (("system", fields), ("descriptive", [labels[f] for f in fields])):
        tools.locator("select").select_option(style)
        with watched.page.expect_download() as download:
            tools.locator("button.export-csv").click()
        assert download.value.suggested_filename == f"viewers-{session_id}.csv"
        [head, *records] = list(csv.reader(io.StringIO(Path(download.value.path()).read_text())))
        assert head == header
        assert len(records) == answer["rowCount"] == len(answer["rows"])
        for record, row in zip(records, answer["rows"], strict=True):
            assert record[fields.index("userId")] == row["userId"]
            assert float(record[fields.index("minutesViewed")]) == pytest.approx(
                row["minutesViewed"]
            )
    watched.assert_clean()


def test_explorer_builds_the_query_from_the_catalog(
    open_page: Any, deployment: Deployment, partner: str, session_id: str
) -> None:
    watched = open_page("/dashboard/explore", deployment.keys[partner])
    page = watched.page
    settle(watched)
    page.select_option("#explore-cube", "countries")
    for box in page.locator("#explore-dimensions input:checked").all():
        box.uncheck()
    for box in page.locator("#explore-metrics input:checked").all():
        box.uncheck()
    page.check('#explore-dimensions input[value="country"]')
    page.check('#explore-metrics input[value="liveUniqueViewers"]')
    page.check('#explore-metrics input[value="uniqueViewers"]')
    page.select_option("#explore-filter-field", "sessionId")
    page.select_option("#explore-filter-operator", "eq")
    page.fill("#explore-filter-value", session_id)
    with page.expect_response(lambda r: r.url.endswith("/graphql")):
        page.click("#explore-run")
    settle(watched)
    answer = deployment.query(
        partner,
        """query ($s: String!) { countries(where: { sessionId: { eq: $s } }) {
             rows { country liveUniqueViewers uniqueViewers } rowCount } }""",
        {"s": session_id},
    )["countries"]
    rows = page.locator(".panel table.rows tbody tr").all()
    seen = [row.locator("td").all_inner_texts() for row in rows]
    assert answer["rows"]
    assert seen == [[shown(row[f], f) for f in row] for row in answer["rows"]]
    assert page.locator("#explore-count").inner_text() == f"{answer['rowCount']} rows"

    page.locator(".explorer .export select").select_option("system")
    with page.expect_download() as download:
        page.locator(".explorer button.export-csv").click()
    [head, *records] = list(csv.reader(io.StringIO(Path(download.value.path()).read_text())))
    assert head == ["country", "liveUniqueViewers", "uniqueViewers"]
    assert records == [
        ["" if v is None else str(v) for v in row.values()] for row in answer["rows"]
    ]
    watched.assert_clean()


def test_a_poll_drills_down_to_its_answers(open_page: Any, deployment: Deployment) -> None:
    # The session with the most polls (of any partner), from the oracle.
    polls_per_session = Counter(
        (partner, poll.session_id)
        for partner in deployment.keys
        for poll in oracle_of(deployment, partner).all_polls
    )
    (partner, session_id), _ = max(polls_per_session.items(), key=lambda item: item[::-1])
    variables = {"sessionId": session_id}
    polls = deployment.query(partner, document("a4-polls"), variables)["polls"]["rows"]
    assert len(polls) > 1
    watched = open_page(f"/dashboard/live/{session_id}", deployment.keys[partner])
    watched.panel("a4b-poll-answers")
    page = watched.page
    assert cell_texts(watched, "a4-polls") == [
        [shown(value, field) for field, value in values(poll)] for poll in polls
    ]
    for index in reversed(range(len(polls))):
        poll = polls[index]
        with page.expect_response(lambda r: r.url.endswith("/graphql")):
            page.locator('[data-panel="a4-polls"] tbody tr').nth(index).click()
        answers_panel = watched.panel("a4b-poll-answers")
        answers = deployment.query(
            partner, document("a4b-poll-answers"), {**variables, "pollId": poll["pollId"]}
        )["pollAnswers"]["rows"]
        assert answers_panel.query_selector(".question").inner_text() == poll["question"]
        assert cell_texts(watched, "a4b-poll-answers") == [
            [shown(value, field) for field, value in values(answer)] for answer in answers
        ]
    watched.assert_clean()


def test_the_timeline_switches_between_minutes_and_ten_seconds(
    open_page: Any, deployment: Deployment, partner: str, session_id: str
) -> None:
    variables = {"sessionId": session_id}
    watched = open_page(f"/dashboard/live/{session_id}", deployment.keys[partner])
    page = watched.page
    for name, cube_field in [
        ("a2-live-timeline", "minute"),
        ("a2b-live-timeline-ten-seconds", "tenSeconds"),
        ("a2-live-timeline", "minute"),
    ]:
        rows = deployment.query(partner, document(name), variables)["timeline"]["rows"]
        assert rows and all(row[cube_field] for row in rows)
        page.select_option('select[aria-label="Grain"]', name)
        chart = watched.panel(name).query_selector("[data-chart=time]")
        assert chart.get_attribute("data-points") == str(len(rows))
    minutes = deployment.query(partner, document("a2-live-timeline"), variables)
    buckets = deployment.query(partner, document("a2b-live-timeline-ten-seconds"), variables)
    assert len(buckets["timeline"]["rows"]) > len(minutes["timeline"]["rows"])
    watched.assert_clean()


def test_a_hung_or_unreachable_gateway_is_told_apart(
    open_page: Any, deployment: Deployment, partner: str, session_id: str
) -> None:
    def hang_or_drop(route: Any) -> None:
        sent = route.request.post_data or ""
        if "LiveTimeline" in sent:
            route.abort()
        elif "LiveHeader" not in sent:  # the header's request is left unanswered
            route.continue_()

    def prepare(page: Page) -> None:
        page.clock.install()
        page.route("**/graphql", hang_or_drop)

    watched = open_page(f"/dashboard/live/{session_id}", deployment.keys[partner], prepare)
    page = watched.page
    dropped = watched.panel("a2-live-timeline", "error")
    message = '[role="alert"]'
    assert dropped.query_selector(message).inner_text() == (
        "The gateway cannot be reached; check the connection."
    )
    watched.panel("a3-viewer-engagement-table")
    assert page.locator('[data-panel="a1-live-header"]').get_attribute("data-state") == "loading"
    page.clock.fast_forward(31_000)
    hung = watched.panel("a1-live-header", "error")
    assert hung.query_selector(message).inner_text() == (
        "The gateway did not answer within 30 s; try again later."
    )
    # What went wrong is exactly the two requests the route kept from the gateway (and the
    # console line about the dropped one).
    assert sorted(watched.problems) == [
        "console error: Failed to load resource: net::ERR_FAILED",
        f"request failed: {deployment.url}/graphql net::ERR_ABORTED",
        f"request failed: {deployment.url}/graphql net::ERR_FAILED",
    ]


@contextmanager
def republished(deployment: Deployment, change: str, *parameters: Any) -> Iterator[None]:
    """A snapshot of the deployment with one SQL `change` applied to its `participants`
    mart, published for the block; the original snapshot is published again after it."""
    paths = deployment.paths
    original = read_current(paths)
    assert original is not None
    # The pointer is put back byte for byte: other tests read its `published_at`.
    pointer = pointer_path(paths)
    original_pointer = pointer.read_bytes()
    (source,) = [path for path in original.files if path.name.startswith("participants.")]
    changed = paths.snapshots_dir / f"participants.test-{os.getpid()}.duckdb"
    shutil.copy(source, changed)
    with duckdb.connect(str(changed)) as connection:
        connection.execute(change, list(parameters))
    files = [changed.name if path == source else path.name for path in original.files]
    write_current(paths, f"{original.snapshot_id}-changed", files, original.tables)
    try:
        yield
    finally:
        staging = pointer.with_name(f"{pointer.name}.test-{os.getpid()}")
        staging.write_bytes(original_pointer)
        os.replace(staging, pointer)


def test_an_ongoing_session_follows_each_publish_through_a_subscription(
    open_page: Any, deployment: Deployment
) -> None:
    ongoing = next(s for s in deployment.sessions.values() if s.status == "ONGOING")
    partner, session_id = ongoing.partner_id, ongoing.session_id
    sockets: list[Any] = []
    watched = open_page(
        f"/dashboard/live/{session_id}",
        deployment.keys[partner],
        lambda page: page.on("websocket", lambda socket: sockets.append(socket)),
    )
    settle(watched)
    page = watched.page
    assert "live panels update as data arrives" in page.locator(".subject").inner_text()
    header = document("a1-live-header")

    def shown_reactions() -> str:
        (row,) = deployment.query(partner, header, {"sessionId": session_id})["viewers"]["rows"]
        return shown(row["reactions"])

    def page_shows(text: str) -> None:
        page.wait_for_function(
            "([selector, text]) => document.querySelector(selector)?.textContent === text",
            arg=['[data-metric="viewers.reactions"]', text],
            timeout=30_000,
        )

    before = shown_reactions()
    page_shows(before)
    with republished(
        deployment,
        "update participants set reactions = reactions + 1000"
        " where partner_id = ? and session_id = ?",
        partner,
        session_id,
    ):
        # The gateway takes up a new snapshot within its poll interval.
        deadline = time.monotonic() + 10
        while (after := shown_reactions()) == before and time.monotonic() < deadline:
            time.sleep(0.1)
        assert after != before
        # No request is made for it: the new answer arrives on the page's WebSocket.
        page_shows(after)
    page_shows(before)
    (socket,) = sockets
    assert socket.url == deployment.url.replace("http://", "ws://") + "/graphql"
    assert not socket.is_closed()
    watched.assert_clean()


def test_a_bad_key_and_an_unknown_session_say_so(
    open_page: Any, deployment: Deployment, partner: str
) -> None:
    watched = open_page("/dashboard/live/no-such-session", "not-a-key")
    page = watched.page
    alert = page.wait_for_selector(".key-form .unauthenticated")
    assert "401" in alert.inner_text() and "API key" in alert.inner_text()
    assert page.locator("label[for=api-key]").inner_text() == "API key"
    # The refused request is the only problem: its 401 and the console line about it.
    assert all("401" in problem for problem in watched.problems) and watched.problems
    assert page.evaluate("() => sessionStorage.getItem('sessionlens.apiKey')") is None

    watched.problems.clear()
    page.fill("#api-key", deployment.keys[partner])
    page.click(".key-form button[type=submit]")
    message = page.wait_for_selector(".unknown-session")
    assert "Unknown session “no-such-session”" in message.inner_text()
    assert (
        page.evaluate("() => sessionStorage.getItem('sessionlens.apiKey')")
        == (deployment.keys[partner])
    )
    watched.assert_clean()


def test_data_is_shown_as_text_never_as_html(
    open_page: Any, deployment: Deployment, partner: str, session_id: str
) -> None:
    evil = "<img src=x onerror=window.pwned=1>"

    def with_evil_name(route: Any) -> None:
        response = route.fetch()
        body = response.json()
        if "ViewerEngagementTable" in (route.request.post_data or ""):
            body["data"]["viewers"]["rows"][0]["name"] = evil
        route.fulfill(response=response, json=body)

    watched = open_page(
        f"/dashboard/live/{session_id}",
        deployment.keys[partner],
        lambda page: page.route("**/graphql", with_evil_name),
    )
    table = watched.panel("a3-viewer-engagement-table")
    first_row = watched.page.locator('[data-panel="a3-viewer-engagement-table"] tbody tr').first
    assert first_row.locator('td[data-column="name"]').inner_text() == evil
    first_row.hover()
    assert watched.page.locator(".hover-card strong").inner_text() == evil
    assert table.query_selector("img") is None
    assert watched.page.evaluate("() => window.pwned") is None
    watched.assert_clean()
