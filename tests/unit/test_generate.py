"""The synthetic generator: deterministic, valid per the contract, and realistic in the ways
the metrics of docs/METRICS.md care about (each checked on the generated files directly)."""

from __future__ import annotations

import gzip
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import orjson
import pytest

from sessionlens.core.contract import EVENT_TYPES, RejectedEvent, validate_line
from sessionlens.generate import DEFAULT_END, GenerateStats, generate

EVENTS = 20_000
DAYS = 7
EXCLUDED_APP_EVENTS = {
    "App Installed",
    "App Uninstalled",
    "Notification Sent",
    "Notification Clicked",
    "UTM Visited",
    "Identity Set",
    "Identity Reset",
    "Identity Error",
}


@dataclass(frozen=True)
class Line:
    file_index: int
    raw: bytes
    event: dict[str, Any] | None  # None: rejected by the contract

    @property
    def at(self) -> datetime:
        assert self.event is not None
        return datetime.fromisoformat(self.event["event_time"]).astimezone(UTC)


@dataclass(frozen=True)
class Generated:
    stats: GenerateStats
    files: list[Path]
    lines: list[Line]

    @property
    def events(self) -> list[dict[str, Any]]:
        """Accepted events, each event id once."""
        seen: set[str] = set()
        unique = []
        for line in self.lines:
            if line.event is not None and line.event["event_id"] not in seen:
                seen.add(line.event["event_id"])
                unique.append(line.event)
        return unique

    def of_type(self, event_type: str) -> list[dict[str, Any]]:
        return [e for e in self.events if e["event_type"] == event_type]


def utc(event: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(event["event_time"]).astimezone(UTC)


def read(out_dir: Path, stats: GenerateStats) -> Generated:
    files = sorted(out_dir.glob("*.jsonl.gz"))
    lines = []
    for index, path in enumerate(files):
        with gzip.open(path) as handle:
            for raw in handle:
                try:
                    validate_line(raw)
                except RejectedEvent:
                    lines.append(Line(index, raw, None))
                else:
                    lines.append(Line(index, raw, orjson.loads(raw)))
    return Generated(stats, files, lines)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    out_dir = tmp_path_factory.mktemp("landing")
    return read(out_dir, generate(out_dir, events=EVENTS, seed=7, partners=3, days=DAYS))


def by_session_user(events: list[dict[str, Any]]) -> dict[tuple[str, str], list[dict]]:
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for event in sorted(events, key=utc):
        groups[(event["session_id"], event["user_id"])].append(event)
    return groups


def test_same_arguments_give_identical_bytes_and_another_seed_differs(tmp_path: Path) -> None:
    def run(name: str, seed: int) -> dict[str, bytes]:
        generate(tmp_path / name, events=5_000, seed=seed)
        return {p.name: p.read_bytes() for p in sorted((tmp_path / name).iterdir())}

    first, again, other = run("a", 11), run("b", 11), run("c", 12)
    assert first == again
    assert first != other


def test_line_budget_files_and_counts(generated: Generated) -> None:
    assert abs(len(generated.lines) - EVENTS) <= EVENTS // 100
    assert generated.stats.events == len(generated.lines)
    assert generated.stats.files == len(generated.files) > 1
    assert [p.name for p in generated.files][:2] == [
        "events-000001.jsonl.gz",
        "events-000002.jsonl.gz",
    ]
    assert {e["partner_id"] for e in generated.events} == {"p-acme", "p-globex", "p-initech"}
    sessions = {e["session_id"] for e in generated.of_type("session_started")}
    assert generated.stats.sessions == len(sessions)


def test_every_event_type_is_present(generated: Generated) -> None:
    assert {e["event_type"] for e in generated.events} == set(EVENT_TYPES)


def test_rejected_lines_are_exactly_the_intended_bad_lines(generated: Generated) -> None:
    rejected = [line.raw for line in generated.lines if line.event is None]
    assert len(rejected) == generated.stats.bad_lines > 0
    reasons = Counter()
    for raw in rejected:
        with pytest.raises(RejectedEvent) as caught:
            validate_line(raw)
        reasons[str(caught.value).split(" ")[0]] += 1
    assert len(reasons) >= 4, reasons


def test_no_bad_lines_when_the_rate_is_zero(tmp_path: Path) -> None:
    stats = generate(tmp_path, events=3_000, bad_line_rate=0.0, duplicate_rate=0.0)
    result = read(tmp_path, stats)
    assert stats.bad_lines == stats.duplicate_lines == 0
    assert all(line.event is not None for line in result.lines)
    assert len({line.event["event_id"] for line in result.lines}) == len(result.lines)


def test_redeliveries_repeat_the_same_bytes_some_in_a_later_file(generated: Generated) -> None:
    copies: dict[str, list[Line]] = defaultdict(list)
    for line in generated.lines:
        if line.event is not None:
            copies[line.event["event_id"]].append(line)
    repeated = {eid: lines for eid, lines in copies.items() if len(lines) > 1}
    assert sum(len(lines) - 1 for lines in repeated.values()) == generated.stats.duplicate_lines
    assert all(len({line.raw for line in lines}) == 1 for lines in repeated.values())
    assert any(lines[0].file_index < lines[-1].file_index for lines in repeated.values())


def test_some_events_arrive_after_later_events_of_their_session(generated: Generated) -> None:
    latest_seen: dict[str, tuple[int, datetime]] = {}
    late = 0
    for line in generated.lines:
        if line.event is None or "session_id" not in line.event:
            continue
        previous = latest_seen.get(line.event["session_id"])
        if previous and previous[0] < line.file_index and line.at < previous[1]:
            late += 1
        if previous is None or line.at > previous[1]:
            latest_seen[line.event["session_id"]] = (line.file_index, line.at)
    assert late > 0


def test_all_events_fall_in_the_period_with_varied_time_formats(generated: Generated) -> None:
    times = [utc(e) for e in generated.events]
    assert min(times) >= DEFAULT_END - timedelta(days=DAYS)
    assert max(times) <= DEFAULT_END
    stamps = [e["event_time"] for e in generated.events]
    assert any(s.endswith("Z") for s in stamps)
    assert {s[-6:] for s in stamps if not s.endswith("Z")} & {"+05:30", "-05:00", "+01:00"}
    assert any("." in s for s in stamps) and any("." not in s for s in stamps)


def test_heartbeats_every_ten_seconds_per_viewer(generated: Generated) -> None:
    gaps = Counter()
    for beats in by_session_user(generated.of_type("view_heartbeat")).values():
        for before, after in pairwise(beats):
            gaps[(utc(after) - utc(before)).total_seconds()] += 1
    assert min(gaps) >= 10
    # Within a stay the spacing is exact; longer gaps only where a viewer left and rejoined.
    assert gaps[10.0] / sum(gaps.values()) > 0.99


def test_engagement_flags_vary(generated: Generated) -> None:
    flags = Counter(
        tuple(e["properties"][k] for k in ("tab_in_focus", "fullscreen", "sound_on"))
        for e in generated.of_type("view_heartbeat")
    )
    assert flags[(True, False, True)] > flags[(False, False, True)] > 0
    assert any(full for _, full, _ in flags) and any(not sound for _, _, sound in flags)


def test_presence_has_rejoins_duplicate_joins_and_stray_leaves(generated: Generated) -> None:
    presence = generated.of_type("participant_joined") + generated.of_type("participant_left")
    rejoins = duplicate_joins = stray_leaves = 0
    for events in by_session_user(presence).values():
        joined, joins = False, 0
        for event in events:
            if event["event_type"] == "participant_joined":
                duplicate_joins += joined
                joins += not joined
                joined = True
            else:
                stray_leaves += not joined
                joined = False
        rejoins += joins > 1
    assert rejoins > 0 and duplicate_joins > 0 and stray_leaves > 0


def test_sessions_ongoing_recorded_and_users_shared(generated: Generated) -> None:
    started = {e["session_id"] for e in generated.of_type("session_started")}
    ended = {e["session_id"] for e in generated.of_type("session_ended")}
    assert started - ended, "some session must still be ongoing at the end of the period"
    assert {e["properties"]["service"] for e in generated.of_type("service_started")} >= {
        "recording",
        "hls",
    }
    meeting_ids = [e["properties"]["meeting_id"] for e in generated.of_type("session_started")]
    assert all(len(m) == 14 and m.count("-") == 2 for m in meeting_ids)
    joins = generated.of_type("participant_joined")
    sessions_per_user = defaultdict(set)
    partners_per_user = defaultdict(set)
    for event in joins:
        sessions_per_user[(event["partner_id"], event["user_id"])].add(event["session_id"])
        partners_per_user[event["user_id"]].add(event["partner_id"])
    assert any(len(s) > 1 for s in sessions_per_user.values())
    assert any(len(p) > 1 for p in partners_per_user.values())


def test_context_on_most_events_and_stable_within_a_session(generated: Generated) -> None:
    user_events = [e for e in generated.events if "user_id" in e and "session_id" in e]
    with_context = [e for e in user_events if "context" in e]
    assert 0.8 < len(with_context) / len(user_events) < 1
    # Live side only: a recording is often watched later from another device.
    recording_types = {"player_impression", "play_started", "play_segment"}
    contexts = defaultdict(set)
    for event in with_context:
        if event["event_type"] not in recording_types:
            contexts[(event["session_id"], event["user_id"])].add(
                orjson.dumps(event["context"], option=orjson.OPT_SORT_KEYS)
            )
    assert all(len(c) == 1 for c in contexts.values())
    countries = Counter(e["context"]["country"] for e in with_context)
    assert countries.most_common(1)[0][0] == "US" and len(countries) >= 5
    assert {e["context"]["platform"] for e in with_context} >= {"desktop", "mobile"}


def test_reactions_include_bursts_under_two_seconds(generated: Generated) -> None:
    bursts = 0
    for reactions in by_session_user(generated.of_type("reaction")).values():
        bursts += any((utc(b) - utc(a)).total_seconds() < 2 for a, b in pairwise(reactions))
    assert bursts > 0


def test_polls_of_every_type_with_changed_and_multiple_answers(generated: Generated) -> None:
    launched = {
        e["properties"]["poll_id"]: e["properties"] for e in generated.of_type("poll_launched")
    }
    assert {p["poll_type"] for p in launched.values()} == {
        "single_choice",
        "multiple_choice",
        "rating",
        "open_ended",
    }
    answers = defaultdict(list)
    for event in sorted(generated.of_type("poll_answered"), key=utc):
        poll = launched[event["properties"]["poll_id"]]
        chosen = event["properties"]["answers"]
        if poll["poll_type"] != "open_ended":
            assert set(chosen) <= set(poll["options"])
        answers[(event["user_id"], event["properties"]["poll_id"])].append(chosen)
    assert any(len(a) > 1 and a[0] != a[-1] for a in answers.values())
    assert any(len(chosen) > 1 for a in answers.values() for chosen in a)


def test_recording_plays_with_seeks_and_abandons(generated: Generated) -> None:
    segments = defaultdict(list)
    for event in generated.of_type("play_segment"):
        props = event["properties"]
        assert 0 <= props["start_s"] <= props["end_s"] <= props["duration_s"]
        segments[props["play_id"]].append((utc(event), props["start_s"], props["end_s"]))
    started = {e["properties"]["play_id"] for e in generated.of_type("play_started")}
    assert started - set(segments), "some plays must be abandoned before any segment"
    seeks = sum(
        before[2] != after[1]
        for play in segments.values()
        for before, after in pairwise(sorted(play))
    )
    assert seeks > 0


def test_quality_samples_cover_media_directions_and_thresholds(generated: Generated) -> None:
    samples = [e["properties"] for e in generated.of_type("quality_sample")]
    assert {(s["media"], s["direction"]) for s in samples} == {
        (m, d) for m in ("audio", "video", "screen_share") for d in ("send", "receive")
    }
    assert all(("peer_user_id" in s) == (s["direction"] == "receive") for s in samples)
    measures = {(s["jitter_ms"], s["rtt_ms"], s["packet_loss_pct"]) for s in samples}
    assert (30.0, 300.0, 5.0) in measures and (60.0, 600.0, 10.0) in measures
    poor = [
        s for s in samples if s["jitter_ms"] > 60 or s["rtt_ms"] > 600 or s["packet_loss_pct"] > 10
    ]
    assert 0 < len(poor) < len(samples) * 0.2


def test_app_events_gaps_exclusions_and_api_source(generated: Generated) -> None:
    app = generated.of_type("app_event")
    assert all("session_id" not in e for e in app)
    names = {e["properties"]["name"] for e in app}
    assert "App Launched" in names and len(names & EXCLUDED_APP_EVENTS) >= 3
    assert any(e.get("source") == "api" for e in app)
    counted = defaultdict(list)
    for event in app:
        if event.get("source") != "api" and event["properties"]["name"] not in EXCLUDED_APP_EVENTS:
            counted[(event["partner_id"], event["user_id"])].append(utc(event))
    gaps = [
        (later - earlier).total_seconds() / 60
        for times in counted.values()
        for earlier, later in pairwise(sorted(times))
    ]
    assert any(19 < gap <= 20 for gap in gaps) and any(20 < gap < 21 for gap in gaps)


def test_errors_of_several_types(generated: Generated) -> None:
    assert len({e["properties"]["error_type"] for e in generated.of_type("error")}) >= 2


def test_new_files_never_overwrite_existing_ones(tmp_path: Path) -> None:
    generate(tmp_path, events=2_000, seed=1)
    first = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    generate(tmp_path, events=2_000, seed=2)
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert {name: after[name] for name in first} == first
    assert sorted(after)[len(first)] > max(first)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"events": 0}, "events must be ≥ 1"),
        ({"partners": 0}, "partners must be ≥ 1"),
        ({"days": 0}, "days must be ≥ 1"),
        ({"bad_line_rate": 0.9}, "bad_line_rate must be between 0 and 0.5"),
        ({"end": datetime(2026, 11, 1)}, "must be timezone-aware"),
    ],
)
def test_bad_arguments_are_refused(tmp_path: Path, arguments: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        generate(tmp_path, **arguments)
