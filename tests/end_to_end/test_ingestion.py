"""Landing files → raw tables: rejects kept, duplicates counted once, idempotent, atomic."""

from __future__ import annotations

import gzip
import json
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from orchestration.ingestion import ingest_landing
from sessionlens.core.settings import Paths


def event(event_id: str, partner: str = "p-a", **overrides: object) -> dict:
    base = {
        "event_id": event_id,
        "event_type": "reaction",
        "event_time": "2026-03-01T10:00:05.250+02:00",
        "partner_id": partner,
        "user_id": "u-1",
        "session_id": "s-1",
        "properties": {"reaction": "clap"},
    }
    return {**base, **overrides}


def write_lines(path: Path, lines: list[str | bytes]) -> Path:
    data = b"".join((line if isinstance(line, bytes) else line.encode()) + b"\n" for line in lines)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)
    return path


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths(tmp_path / "home").ensure()


def table(paths: Paths, sql: str) -> list[tuple]:
    with duckdb.connect(str(paths.raw_db), read_only=True) as connection:
        return connection.execute(sql).fetchall()


def test_good_lines_load_and_bad_lines_are_kept_with_reasons(paths: Paths) -> None:
    write_lines(
        paths.landing_dir / "a.jsonl.gz",
        [
            json.dumps(event("e-1")),
            "{not json",
            json.dumps(event("e-2", event_type="teleport")),
            "",
            json.dumps(event("e-3", properties={})),
            json.dumps(event("e-4")),
        ],
    )
    report = ingest_landing(paths, workers=1)

    assert (report.files, report.lines, report.accepted, report.rejected) == (1, 5, 2, 3)
    assert table(paths, "select event_id, event_at, line_number from events order by 1") == [
        ("e-1", datetime(2026, 3, 1, 8, 0, 5, 250000), 1),
        ("e-4", datetime(2026, 3, 1, 8, 0, 5, 250000), 6),
    ]
    rejected = table(
        paths,
        "select line_number, raw_line, partner_id, event_type, reason "
        "from rejected_lines order by 1",
    )
    assert [(row[0], row[1], row[2], row[3]) for row in rejected] == [
        (2, "{not json", None, None),
        (3, json.dumps(event("e-2", event_type="teleport")), "p-a", "teleport"),
        (5, json.dumps(event("e-3", properties={})), "p-a", "reaction"),
    ]
    assert all(row[4] for row in rejected)
    assert "teleport" in rejected[1][4]
    assert "reaction" in rejected[2][4]


def test_re_delivered_events_count_once_within_and_across_files(paths: Paths) -> None:
    write_lines(paths.landing_dir / "1.jsonl", [json.dumps(event("e-1")), json.dumps(event("e-1"))])
    first = ingest_landing(paths, workers=1)
    write_lines(
        paths.landing_dir / "2.jsonl",
        [
            json.dumps(event("e-1")),
            json.dumps(event("e-2")),
            json.dumps(event("e-1", partner="p-b")),
        ],
    )
    second = ingest_landing(paths, workers=1)

    assert (first.accepted, first.duplicates) == (1, 1)
    assert (second.accepted, second.duplicates) == (2, 1)
    assert table(paths, "select partner_id, event_id, source_file from events order by 1, 2") == [
        ("p-a", "e-1", "1.jsonl"),
        ("p-a", "e-2", "2.jsonl"),
        ("p-b", "e-1", "2.jsonl"),
    ]
    assert table(
        paths, "select file_name, lines, accepted, duplicates from ingested_files order by 1"
    ) == [("1.jsonl", 2, 1, 1), ("2.jsonl", 3, 2, 1)]


def test_re_ingesting_the_same_files_changes_nothing(paths: Paths) -> None:
    write_lines(paths.landing_dir / "a.jsonl", [json.dumps(event("e-1")), "oops"])
    ingest_landing(paths, workers=1)
    before = [
        table(paths, f"select * from {name} order by all") for name in ("events", "rejected_lines")
    ]

    again = ingest_landing(paths, workers=1)

    assert (again.files, again.skipped_files, again.lines) == (0, 1, 0)
    after = [
        table(paths, f"select * from {name} order by all") for name in ("events", "rejected_lines")
    ]
    assert after == before


def test_parallel_workers_load_every_file_in_arrival_order(paths: Paths) -> None:
    for index in range(4):
        write_lines(
            paths.landing_dir / f"f{index}.jsonl.gz",
            [json.dumps(event(f"e-{index}-{n}")) for n in range(50)]
            + [json.dumps(event("shared"))],
        )
    report = ingest_landing(paths, workers=2)

    assert (report.accepted, report.duplicates) == (201, 3)
    assert table(paths, "select source_file from events where event_id = 'shared'") == [
        ("f0.jsonl.gz",)
    ]


def test_truncated_gzip_keeps_the_readable_lines_and_rejects_the_damage(paths: Paths) -> None:
    whole = gzip.compress(
        b"".join(json.dumps(event(f"e-{n}")).encode() + b"\n" for n in range(2000))
    )
    (paths.landing_dir / "cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])

    report = ingest_landing(paths, workers=1)

    assert report.accepted > 0
    assert report.rejected == 1
    [(line_number, reason)] = table(paths, "select line_number, reason from rejected_lines")
    assert line_number == report.accepted + 1
    assert "damaged" in reason


def test_a_failed_batch_leaves_nothing_behind(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_lines(paths.landing_dir / "a.jsonl", [json.dumps(event("e-1")), "bad"])

    def explode(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    # Fails after the events and rejects were inserted, before the ledger.
    monkeypatch.setattr("orchestration.ingestion._ledger_rows", explode)
    with pytest.raises(OSError):
        ingest_landing(paths, workers=1)
    monkeypatch.undo()

    assert [
        table(paths, f"select count(*) from {name}") for name in ("events", "rejected_lines")
    ] == [
        [(0,)],
        [(0,)],
    ]
    report = ingest_landing(paths, workers=1)
    assert (report.accepted, report.rejected) == (1, 1)
