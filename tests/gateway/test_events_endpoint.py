"""`POST /events` over HTTP: validation per event, partner check, limits, atomic landing."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from gateway.app import create_app
from gateway.endpoints.events import MAX_LISTED_REJECTIONS
from sessionlens.core import landing
from sessionlens.core.landing import POSTED_REJECTIONS_SUFFIX, landing_files
from sessionlens.core.settings import Paths, Settings

BODY_LIMIT = 4_000
LANDED_NAME = re.compile(r"api-\d{8}T\d{12}Z-[0-9a-f]{32}\.jsonl")


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    app = create_app(replace(settings, max_events_body_bytes=BODY_LIMIT))
    with TestClient(app) as test_client:
        yield test_client


def event(event_id: str, partner: str = "A", **overrides: Any) -> dict[str, Any]:
    """A valid `session_started` event."""
    return {
        "event_id": event_id,
        "event_type": "session_started",
        "event_time": "2026-03-01T10:00:05.250+02:00",
        "partner_id": partner,
        "session_id": "s-1",
        "properties": {"meeting_id": "abcd-efgh-ijkl", "title": "Café, “quoted”"},
        **overrides,
    }


def post(client: TestClient, key: str, content: Any, content_type: str) -> Any:
    return client.post(
        "/events",
        content=content,
        headers={"Authorization": f"Bearer {key}", "Content-Type": content_type},
    )


def landed(paths: Paths) -> list[Path]:
    """The landed event files (the rejected records beside them are `posted_rejections`)."""
    return sorted(p for p in paths.landing_dir.iterdir() if p.suffix == ".jsonl")


def posted_rejections(paths: Paths) -> list[dict]:
    (file,) = paths.landing_dir.glob(f"*{POSTED_REJECTIONS_SUFFIX}")
    return [json.loads(line) for line in file.read_text().splitlines()]


# Spacing and non-ASCII text: the landed line must be the original, not a re-encoding.
GOOD_FIRST = '{"event_id": "e1",  "event_type":"session_started", "event_time":"2026-03-01T10:00:05+02:00","partner_id":"A","session_id":"s-1","properties":{"meeting_id":"m","title":"Café, \\"q\\""}}'  # noqa: E501
GOOD_SECOND = json.dumps(event("e2"), ensure_ascii=False)
MISSING_USER = json.dumps(
    {**event("e3"), "event_type": "reaction", "properties": {"reaction": "clap"}}
)
OTHER_PARTNER = json.dumps(event("e4", partner="B"))
OTHER_PARTNER_REASON = '`partner_id` is "B", but this API key may only send events of partner "A"'


def test_ndjson_mixed_batch_lands_the_accepted_originals(
    client: TestClient, keys: dict[str, str], paths: Paths
) -> None:
    body = "\n".join(
        [GOOD_FIRST, MISSING_USER, "   ", GOOD_SECOND + "\r", OTHER_PARTNER, "{not json"]
    ).encode()
    response = post(client, keys["writer"], body, "application/x-ndjson")

    assert response.status_code == 200
    answer = response.json()
    assert answer["accepted"] == 2
    assert [r["index"] for r in answer["rejected"]] == [1, 4, 5]
    reasons = [r["reason"] for r in answer["rejected"]]
    assert reasons[0] == "missing required field `user_id` for event_type `reaction`"
    assert reasons[1] == (OTHER_PARTNER_REASON)
    assert reasons[2].startswith("not valid JSON")
    (file,) = landed(paths)
    assert file.name == answer["file"]
    assert LANDED_NAME.fullmatch(file.name)
    assert file.read_bytes() == f"{GOOD_FIRST}\n{GOOD_SECOND}\n".encode()
    # The rejected lines are kept beside it, as sent and with the reasons answered.
    kept = posted_rejections(paths)
    assert [(r["line_number"], r["reason"]) for r in kept] == [
        (2, reasons[0]),
        (5, reasons[1]),
        (6, reasons[2]),
    ]
    assert [r["raw_line"] for r in kept] == [MISSING_USER, OTHER_PARTNER, "{not json"]
    assert {r["partner_id"] for r in kept} == {"A"}
    assert [r["event_type"] for r in kept] == ["reaction", "session_started", None]
    # Ingestion picks both up: the names match its patterns and are no dot-files.
    (sidecar,) = paths.landing_dir.glob(f"*{POSTED_REJECTIONS_SUFFIX}")
    assert landing_files(paths.landing_dir) == sorted([file, sidecar])


def test_any_non_json_content_type_is_read_as_ndjson(
    client: TestClient, keys: dict[str, str], paths: Paths
) -> None:
    response = post(client, keys["writer"], f"{GOOD_SECOND}\n", "text/plain")
    assert response.json()["accepted"] == 1
    assert landed(paths)[0].read_text(encoding="utf-8") == f"{GOOD_SECOND}\n"


def test_json_array_lands_compact_elements(
    client: TestClient, keys: dict[str, str], paths: Paths
) -> None:
    first = event("e1", properties={"meeting_id": "m", "title": "Ünïcode", "extra": [1.5, 2]})
    elements = [first, 42, {**event("e3"), "event_time": "yesterday"}, event("e4", partner="B")]
    # Pretty-printed on purpose: each element must still land as one compact line.
    body = json.dumps(elements, indent=2)
    response = post(client, keys["writer"], body, "application/json; charset=utf-8")

    answer = response.json()
    assert response.status_code == 200
    assert answer["accepted"] == 1
    assert answer["rejected"] == [
        {"index": 1, "reason": "an event must be a JSON object, got a number"},
        {
            "index": 2,
            "reason": '`event_time` must be an RFC 3339 timestamp with an offset, got "yesterday"',
        },
        {
            "index": 3,
            "reason": OTHER_PARTNER_REASON,
        },
    ]
    (file,) = landed(paths)
    assert file.read_bytes() == (json.dumps(first, separators=(",", ":")) + "\n").encode()
    assert [r["line_number"] for r in posted_rejections(paths)] == [2, 3, 4]


def test_nothing_is_written_when_every_event_is_rejected(
    client: TestClient, keys: dict[str, str], paths: Paths
) -> None:
    body = json.dumps([event("e9", partner="B")])
    response = post(client, keys["writer"], body, "application/json")
    assert response.json() == {
        "accepted": 0,
        "rejectedCount": 1,
        "rejected": [{"index": 0, "reason": OTHER_PARTNER_REASON}],
        "file": None,
    }
    assert landed(paths) == []
    assert [r["reason"] for r in posted_rejections(paths)] == [OTHER_PARTNER_REASON]
    assert post(client, keys["writer"], "[]", "application/json").json() == {
        "accepted": 0,
        "rejectedCount": 0,
        "rejected": [],
        "file": None,
    }
    assert len(list(paths.landing_dir.iterdir())) == 1


def test_only_the_first_rejections_are_listed_but_all_are_kept(
    client: TestClient, keys: dict[str, str], paths: Paths
) -> None:
    junk = MAX_LISTED_REJECTIONS + 500  # within BODY_LIMIT at 2 bytes a line
    response = post(client, keys["writer"], "1\n" * junk, "application/x-ndjson")
    answer = response.json()
    assert answer["rejectedCount"] == junk
    assert [r["index"] for r in answer["rejected"]] == list(range(MAX_LISTED_REJECTIONS))
    assert [r["line_number"] for r in posted_rejections(paths)] == list(range(1, junk + 1))


def test_later_deliveries_sort_after_earlier_ones(
    client: TestClient, keys: dict[str, str], paths: Paths
) -> None:
    names = [
        post(client, keys["writer"], json.dumps(event(f"e{i}")), "application/x-ndjson").json()[
            "file"
        ]
        for i in range(3)
    ]
    assert names == sorted(names)
    assert [p.name for p in landing_files(paths.landing_dir)] == names


def test_file_is_complete_before_it_gets_its_visible_name(
    client: TestClient, keys: dict[str, str], paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, bytes, bool]] = []
    real_replace = os.replace

    def observing_replace(source: Path, target: Path) -> None:
        seen.append((Path(source).name, Path(source).read_bytes(), Path(target).exists()))
        real_replace(source, target)

    monkeypatch.setattr(landing.os, "replace", observing_replace)
    body = f"{GOOD_FIRST}\n{GOOD_SECOND}\n"
    file_name = post(client, keys["writer"], body, "application/x-ndjson").json()["file"]

    ((staged_name, staged_bytes, target_existed),) = seen
    assert staged_name.startswith(".") and staged_name.endswith(".tmp")
    assert staged_bytes == body.encode()
    assert not target_existed
    assert [p.name for p in landed(paths)] == [file_name]


def test_failed_write_leaves_no_file_and_says_so(
    client: TestClient, keys: dict[str, str], paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_fsync(descriptor: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(landing.os, "fsync", failing_fsync)
    response = post(client, keys["writer"], GOOD_FIRST, "application/x-ndjson")
    assert response.status_code == 500
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "INTERNAL"
    assert "none was kept" in error["message"]
    assert landed(paths) == []


def test_missing_or_bad_key_is_401_and_read_only_key_is_403(
    client: TestClient, keys: dict[str, str], paths: Paths
) -> None:
    for headers in ({}, {"Authorization": "Bearer slk_nope_nope"}):
        response = client.post("/events", content=GOOD_FIRST, headers=headers)
        assert response.status_code == 401
        assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    response = post(client, keys["A"], GOOD_FIRST, "application/x-ndjson")
    assert response.status_code == 403
    assert response.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert landed(paths) == []


def test_body_over_the_limit_is_413_even_when_streamed(
    client: TestClient, keys: dict[str, str], paths: Paths
) -> None:
    lines = (GOOD_SECOND + "\n").encode() * (BODY_LIMIT // len(GOOD_SECOND) + 1)
    assert BODY_LIMIT < len(lines) < 20_000  # under the app-wide limit of the fixture

    def chunked() -> Iterator[bytes]:  # no Content-Length: the size is only known as it streams
        for start in range(0, len(lines), 512):
            yield lines[start : start + 512]

    for content in (lines, chunked()):
        response = post(client, keys["writer"], content, "application/x-ndjson")
        assert response.status_code == 413
        error = response.json()["errors"][0]
        assert error["message"].startswith(f"the request body exceeds {BODY_LIMIT} bytes")
    assert landed(paths) == []


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        ('{"event_id": "e1"}', "application/json", "must be a JSON array of events"),
        ("[1, 2", "application/json", "the body is not valid JSON"),
        ("", "application/x-ndjson", "the request body is empty"),
        (" \n\n", "application/json", "the request body is empty"),
    ],
)
def test_unusable_body_is_400(
    client: TestClient,
    keys: dict[str, str],
    paths: Paths,
    body: str,
    content_type: str,
    message: str,
) -> None:
    response = post(client, keys["writer"], body, content_type)
    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert message in error["message"]
    assert landed(paths) == []


def test_body_limit_comes_from_the_environment() -> None:
    assert Settings.from_env({}).max_events_body_bytes == 10 * 1024 * 1024
    variable = "SESSIONLENS_MAX_EVENTS_BODY_BYTES"
    assert Settings.from_env({variable: "2048"}).max_events_body_bytes == 2048
    with pytest.raises(ValueError, match=variable):
        Settings.from_env({variable: "lots"})
