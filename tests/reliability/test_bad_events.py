"""Bad events (issue #7): every bad line is kept with its reason, every good line loads.

The corpus (tests/reliability/corpus.py) goes through both entry points, landing files
(`ingest_landing`) and `POST /events`; hostile files (truncated or fake gzip, gzip
bombs) go through ingestion, the bombs in a subprocess whose peak memory is measured.
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
import msgspec
import pytest
from starlette.testclient import TestClient

from orchestration.ingestion import KEPT_PREFIX_BYTES, ingest_landing
from sessionlens.core.contract import (
    MAX_LINE_BYTES,
    Reason,
    RejectedEvent,
    validate_event,
    validate_line,
)
from sessionlens.core.settings import Paths
from tests.reliability.budget import current
from tests.reliability.corpus import (
    DIRECT_INPUTS,
    FILE_REASONS,
    Case,
    compose,
    contract_field_paths,
    encode,
    event,
    line_cases,
    truncated_gzip,
    write_repeated_gzip,
)
from tests.reliability.figures import record

REPO = Path(__file__).parents[2]
PEAK_RSS_LIMIT_MIB = 300
# The bombs' decompressed size: 1 GiB as the issue asks in full mode, a quarter in CI.
BOMB_MIB = 1024 if current().mode == "full" else 256


def reason_pattern(reason: Reason) -> re.Pattern[str]:
    """The template with each `{placeholder}` matching any text."""
    parts = re.split(r"\{\w+\}", reason.value)
    return re.compile(".+".join(re.escape(part) for part in parts), re.DOTALL)


def assert_reason(case: Case, reason: str) -> None:
    assert case.reason is not None, f"{case.name}: rejected ({reason}) but must load"
    assert reason_pattern(case.reason).fullmatch(reason), f"{case.name}: {reason}"
    assert case.expected in reason, f"{case.name}: {reason!r} lacks {case.expected!r}"


def restored(raw_line: str) -> bytes:
    """The original bytes of a kept raw line (non-UTF-8 bytes are kept as `\\xNN`)."""
    return re.sub(rb"\\x([0-9a-f]{2})", lambda m: bytes([int(m[1], 16)]), raw_line.encode())


def table(paths: Paths, sql: str) -> list[tuple]:
    with duckdb.connect(str(paths.raw_db), read_only=True) as connection:
        return connection.execute(sql).fetchall()


def test_every_reason_form_has_a_case() -> None:
    cases = line_cases("")
    covered = {case.reason for case in cases} | FILE_REASONS | DIRECT_INPUTS.keys()
    assert covered - {None} == set(Reason)
    for reason, value in DIRECT_INPUTS.items():
        validate = validate_line if isinstance(value, bytes) else validate_event
        with pytest.raises(RejectedEvent) as rejected:
            validate(value)
        assert reason_pattern(reason).fullmatch(rejected.value.reason)


def test_every_contract_field_has_a_wrong_value_case() -> None:
    generated = {case.field_path for case in line_cases("")}
    assert contract_field_paths() <= generated


def test_corpus_through_landing_files(badevents_paths: Paths) -> None:
    landing = badevents_paths.landing_dir
    corpora = {"corpus.jsonl": line_cases("plain-"), "corpus.jsonl.gz": line_cases("gz-")}
    expected_events: dict[tuple[str, int], str] = {}
    expected_rejects: dict[tuple[str, int], Case] = {}
    for name, cases in corpora.items():
        composed = compose(cases)
        data = composed.data
        (landing / name).write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
        for case, line_number in zip(cases, composed.line_numbers, strict=True):
            if case.reason is None:
                expected_events[name, line_number] = str(case.event_id)
            else:
                expected_rejects[name, line_number] = case
    cut_lines = [encode(event("reaction", f"cut-{n}")) for n in range(3000)]
    whole_lines = truncated_gzip(landing / "cut.jsonl.gz", cut_lines)
    (landing / "fake.jsonl.gz").write_bytes(b"\n".join(cut_lines[:3]))

    report = ingest_landing(badevents_paths, workers=1)

    events = {
        (f, n): e
        for f, n, e in table(
            badevents_paths, "select source_file, line_number, event_id from events"
        )
    }
    cut_loaded = sorted(n for f, n in events if f == "cut.jsonl.gz")
    assert 0 < len(cut_loaded) <= whole_lines
    assert cut_loaded == list(range(1, len(cut_loaded) + 1))
    for n in cut_loaded:
        expected_events["cut.jsonl.gz", n] = f"cut-{n - 1}"
    assert events == expected_events

    rejects = {
        (f, n): (reason, raw, partner)
        for f, n, reason, raw, partner in table(
            badevents_paths,
            "select file, line_number, reason, raw_line, partner_id from rejected_lines",
        )
    }
    damage = {
        key: rejects.pop(key)
        for key in list(rejects)
        if key[0] in ("cut.jsonl.gz", "fake.jsonl.gz")
    }
    assert damage.keys() == {("cut.jsonl.gz", len(cut_loaded) + 1), ("fake.jsonl.gz", 1)}
    for reason, raw, _ in damage.values():
        assert reason_pattern(Reason.FILE_DAMAGED).fullmatch(reason) and raw == ""
    assert rejects.keys() == expected_rejects.keys()
    for key, case in expected_rejects.items():
        reason, raw, _ = rejects[key]
        assert_reason(case, reason)
        kept = restored(raw)
        assert kept == case.line or (
            case.reason is Reason.LINE_TOO_LONG and kept == case.line[:KEPT_PREFIX_BYTES]
        ), case.name

    assert (report.files, report.lines) == (4, len(events) + len(rejects) + len(damage))
    assert (report.accepted, report.duplicates, report.rejected) == (
        len(events),
        0,
        len(rejects) + len(damage),
    )
    record(
        "bad_events_landing",
        {
            "lines": report.lines,
            "accepted": report.accepted,
            "rejected": report.rejected,
            "reason_forms": len(Reason),
            "reason_forms_covered_by_lines": len({c.reason for c in corpora["corpus.jsonl"]}) - 1,
            "contract_fields_with_a_wrong_value_case": len(contract_field_paths()),
        },
    )


def post_events(
    client: TestClient, key: str, body: bytes, content_type: str, **headers: str
) -> Any:
    return client.post(
        "/events",
        content=body,
        headers={"Authorization": f"Bearer {key}", "Content-Type": content_type, **headers},
    )


def test_corpus_through_post_events(
    badevents_client: TestClient, badevents_write_key: str, badevents_paths: Paths
) -> None:
    cases = line_cases("post-")
    composed = compose(cases)
    response = post_events(
        badevents_client, badevents_write_key, composed.data, "application/x-ndjson"
    )

    assert response.status_code == 200, response.text
    answer = response.json()
    by_index = {n - 1: case for case, n in zip(cases, composed.line_numbers, strict=True)}
    rejected = {r["index"]: r["reason"] for r in answer["rejected"]}
    assert rejected.keys() == {i for i, case in by_index.items() if case.reason is not None}
    for index, reason in rejected.items():
        assert_reason(by_index[index], reason)
    good_ids = {case.event_id for case in cases if case.reason is None}
    assert answer["accepted"] == len(good_ids)

    # What was landed loads as it was judged: every accepted line as an event, every
    # rejected one kept with the reason the poster was given.
    report = ingest_landing(badevents_paths, workers=1)
    assert (report.files, report.accepted, report.rejected) == (2, len(good_ids), len(rejected))
    assert {e for (e,) in table(badevents_paths, "select event_id from events")} == good_ids
    kept = table(badevents_paths, "select line_number, reason from rejected_lines")
    assert dict(kept) == {index + 1: reason for index, reason in rejected.items()}
    record(
        "bad_events_post",
        {"lines": len(cases), "accepted": len(good_ids), "rejected": len(rejected)},
    )


def is_array_element(line: bytes) -> bool:
    """Whether `line` can be an element of a JSON array body: strict JSON that msgspec
    splits (it refuses unpaired surrogate escapes), short enough that re-writing it
    compactly cannot move it across MAX_LINE_BYTES."""
    try:
        json.loads(line.decode(), parse_constant=lambda name: json.loads("!"))
        msgspec.json.decode(b"[" + line + b"]", type=list[msgspec.Raw])
    except (ValueError, RecursionError, msgspec.DecodeError):
        return False
    return len(line) < MAX_LINE_BYTES // 2


def test_corpus_as_a_json_array_gets_the_same_reasons(
    badevents_client: TestClient, badevents_write_key: str, badevents_paths: Paths
) -> None:
    cases = [case for case in line_cases("array-") if is_array_element(case.line)]
    body = b"[" + b",\n".join(case.line for case in cases) + b"]"
    response = post_events(badevents_client, badevents_write_key, body, "application/json")

    assert response.status_code == 200, response.text
    answer = response.json()
    rejected = {r["index"]: r["reason"] for r in answer["rejected"]}
    assert rejected.keys() == {i for i, case in enumerate(cases) if case.reason is not None}
    for index, reason in rejected.items():
        assert_reason(cases[index], reason)
    assert answer["accepted"] == sum(case.reason is None for case in cases)


@pytest.mark.parametrize(
    "body",
    [b"[" * 100_000 + b"]" * 100_000, b"[" + b'{"a":' * 100_000, b"[1, " + b"[" * 100_000],
    ids=["nested arrays", "unclosed objects", "deep second element"],
)
def test_deeply_nested_json_array_body_is_a_clear_400(
    badevents_client: TestClient, badevents_write_key: str, badevents_paths: Paths, body: bytes
) -> None:
    response = post_events(badevents_client, badevents_write_key, body, "application/json")
    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert "nested too deeply" in error["message"]
    assert list(badevents_paths.landing_dir.iterdir()) == []


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br", "GZIP", "gzip, identity"])
def test_compressed_bodies_are_refused_with_415(
    badevents_client: TestClient, badevents_write_key: str, badevents_paths: Paths, encoding: str
) -> None:
    # A small gzip bomb: were it inflated, it would pass the body limit many times over.
    body = gzip.compress(encode(event("reaction", "e-1")) + b"\n" + b" " * (64 << 20))
    response = post_events(
        badevents_client,
        badevents_write_key,
        body,
        "application/x-ndjson",
        **{"Content-Encoding": encoding},
    )
    assert response.status_code == 415
    error = response.json()["errors"][0]
    assert error["message"] == (
        f"Content-Encoding `{encoding.lower()}` is not supported: send the body uncompressed"
    )
    assert list(badevents_paths.landing_dir.iterdir()) == []


def test_identity_content_encoding_is_accepted(
    badevents_client: TestClient, badevents_write_key: str
) -> None:
    body = encode(event("reaction", "e-1"))
    response = post_events(
        badevents_client,
        badevents_write_key,
        body,
        "application/x-ndjson",
        **{"Content-Encoding": "identity"},
    )
    assert response.status_code == 200
    assert response.json()["accepted"] == 1


# Run in a fresh interpreter so that the peak is this ingestion's alone: VmHWM, as
# ru_maxrss would carry the forking pytest process's peak over the exec. The peak is
# taken twice: once the file is read and validated (streamed into bounded Parquet parts),
# and at the end, after DuckDB appended what the file holds to the raw tables.
INGEST_AND_MEASURE = """
import json, re, sys
from pathlib import Path
import orchestration.ingestion as ingestion
from sessionlens.core.settings import Paths

def rss_mib():
    status = Path("/proc/self/status").read_text()
    return int(re.search(r"VmHWM:\\s+(\\d+) kB", status)[1]) / 1024

figures = {"baseline_mib": rss_mib()}
validate_file = ingestion.validate_file

def measured(*args):
    result = validate_file(*args)
    figures["streamed_mib"] = rss_mib()
    return result

ingestion.validate_file = measured
report = ingestion.ingest_landing(Paths(Path(sys.argv[1])), workers=1)
figures["peak_mib"] = rss_mib()
fields = ("lines", "accepted", "duplicates", "rejected")
print(json.dumps({**figures, **{field: getattr(report, field) for field in fields}}))
"""


def ingest_in_subprocess(paths: Paths) -> dict[str, Any]:
    completed = subprocess.run(
        [sys.executable, "-c", INGEST_AND_MEASURE, str(paths.home)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=540,
        check=True,
    )
    return json.loads(completed.stdout.splitlines()[-1])


def long_line(document: dict[str, Any], size: int) -> bytes:
    """`document` padded with an ignored field to `size` bytes."""
    padded = {**document, "pad": ""}
    padded["pad"] = "z" * (size - len(encode(padded)))
    return encode(padded)


def test_gzip_bombs_are_streamed_in_bounded_memory(tmp_path: Path) -> None:
    zeros = Paths(tmp_path / "zeros").ensure()
    # One line of BOMB_MIB zeros without a newline, from a file of about BOMB_MIB KiB.
    zeros_file = write_repeated_gzip(
        zeros.landing_dir / "zeros.jsonl.gz", b"0" * (1 << 20), BOMB_MIB
    )
    lines = Paths(tmp_path / "lines").ensure()
    # Lines just under the limit: seven copies of one valid event (one row, the rest
    # duplicates), then an invalid one that is kept whole as a rejected line.
    size = MAX_LINE_BYTES - 16
    valid = long_line(event("reaction", "bomb"), size)
    invalid = long_line({**event("reaction", "bomb"), "properties": {"reaction": ""}}, size)
    blocks = BOMB_MIB // 8
    lines_file = write_repeated_gzip(
        lines.landing_dir / "lines.jsonl.gz", (valid + b"\n") * 7 + invalid + b"\r\n", blocks
    )

    zeros_run = ingest_in_subprocess(zeros)
    lines_run = ingest_in_subprocess(lines)

    assert [zeros_run[k] for k in ("lines", "accepted", "rejected")] == [1, 0, 1]
    [(line_number, reason, raw)] = table(
        zeros, "select line_number, reason, raw_line from rejected_lines"
    )
    assert (line_number, reason) == (1, f"line exceeds {MAX_LINE_BYTES} bytes")
    assert raw == "0" * KEPT_PREFIX_BYTES
    assert [lines_run[k] for k in ("lines", "accepted", "duplicates", "rejected")] == [
        8 * blocks,
        1,
        7 * blocks - 1,
        blocks,
    ]
    assert table(
        lines,
        "select count(*), min(length(raw_line)), max(line_number), count(distinct reason) "
        "from rejected_lines",
    ) == [(blocks, size, 8 * blocks, 1)]
    for run in (zeros_run, lines_run):
        assert run["streamed_mib"] < PEAK_RSS_LIMIT_MIB, run
    record(
        "bad_events_gzip_bombs",
        {
            "decompressed_mib": BOMB_MIB,
            "interpreter_rss_mib": round(zeros_run["baseline_mib"]),
            "streamed_rss_limit_mib": PEAK_RSS_LIMIT_MIB,
            "zeros_bomb_file_kib": zeros_file.stat().st_size // 1024,
            "zeros_bomb_streamed_rss_mib": round(zeros_run["streamed_mib"]),
            "zeros_bomb_peak_rss_mib": round(zeros_run["peak_mib"]),
            "lines_bomb_file_kib": lines_file.stat().st_size // 1024,
            "lines_bomb_lines": 8 * blocks,
            "lines_bomb_rejected_mib_kept": blocks * size >> 20,
            "lines_bomb_streamed_rss_mib": round(lines_run["streamed_mib"]),
            "lines_bomb_peak_rss_mib": round(lines_run["peak_mib"]),
        },
    )
