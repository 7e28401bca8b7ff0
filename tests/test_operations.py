"""The pipeline runs itself safely: publishes under live traffic, kills, and bad data.

Every step runs the installed `sessionlens` console script against a temporary data
directory, as an operator would. Expected figures come from reading the generated
landing files with `json` (tests/oracle for sessions), never from the pipeline.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import statistics
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import dagster as dg
import duckdb
import httpx
import pytest

from orchestration.ingestion import landing_files
from sessionlens.generate import generate
from sessionlens.settings import Paths
from sessionlens.snapshots import read_current
from tests import oracle
from tests.deployment import SESSIONLENS, free_port, run

PARTNERS = ("p-acme", "p-globex")
BATCH_EVENTS = 4_000
FIRST_END = datetime(2026, 3, 2, 12, tzinfo=UTC)
MATERIALIZE_TIMEOUT = 180
# Columns that record when or in which batch a row was loaded: they differ between homes.
LOAD_TIME_COLUMNS = {"rejected_at", "ingested_at", "batch_id"}
BAD_LINES = ["{truncated", '{"event_id": "x-1", "event_type": "reaction"}', "[1, 2, 3]"]
# A varying `$limit` keeps most requests out of the gateway's response cache, so they
# run on the snapshot that is current at that moment.
LOOP_QUERIES = (
    """query ($limit: Int!) { sessions(limit: $limit) { rows { sessionId status }
         totals { sessionCount uniqueParticipants } rowCount } }""",
    """query ($limit: Int!) {
         viewers(having: { liveUniqueViewers: { gte: 2 } }, limit: $limit) {
           rows { country liveUniqueViewers } totals { liveUniqueViewers } rowCount } }""",
    """query ($limit: Int!) {
         sessions(limit: $limit) { rows { sessionId title durationMinutes } } }""",
    """query ($limit: Int!) { viewers(limit: $limit) { rows { country liveUniqueViewers } } }""",
)
SESSION_IDS_QUERY = (
    "{ sessions(limit: 10000) { rows { sessionId } rowCount totals { sessionCount } } }"
)


def env_of(paths: Paths) -> dict[str, str]:
    return {**os.environ, "SESSIONLENS_HOME": str(paths.home)}


def add_batch(paths: Paths, number: int) -> None:
    """Drop a new generated batch into landing: its own seed, a later period."""
    generate(
        paths.landing_dir,
        events=BATCH_EVENTS,
        seed=100 + number,
        partners=len(PARTNERS),
        days=1,
        end=FIRST_END + timedelta(hours=6 * number),
        bad_line_rate=0.0,
    )


def materialize(paths: Paths) -> None:
    run("materialize", env=env_of(paths))


def generated_files(paths: Paths) -> list[Path]:
    return sorted(paths.landing_dir.glob("events-*.jsonl.gz"))


def distinct_event_keys(files: list[Path]) -> set[tuple[str, str]]:
    keys: set[tuple[str, str]] = set()
    for path in files:
        with gzip.open(path, "rt") as lines:
            for line in lines:
                event = json.loads(line)
                keys.add((event["partner_id"], event["event_id"]))
    return keys


def expected_sessions(paths: Paths) -> dict[str, set[str]]:
    """Session ids per partner, from the generated files."""
    sessions = oracle.sessions(oracle.read_events(generated_files(paths)))
    return {partner: {s for p, s in sessions if p == partner} for partner in PARTNERS}


def snapshot_sessions(paths: Paths) -> dict[str, int]:
    """Sessions per partner in the snapshot CURRENT names, read directly."""
    snapshot = read_current(paths)
    assert snapshot is not None
    return sessions_in(snapshot.path)


def sessions_in(snapshot_file: Path) -> dict[str, int]:
    with duckdb.connect(str(snapshot_file), read_only=True) as connection:
        rows = connection.execute("select partner_id, count(*) from sessions group by 1").fetchall()
    return dict(rows)


def snapshot_files(paths: Paths) -> list[str]:
    return sorted(path.name for path in paths.snapshots_dir.iterdir())


def copy_home(source: Path, target: Path) -> Paths:
    shutil.copytree(source, target)
    return Paths(target)


@pytest.fixture(scope="module")
def materialized_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One batch, materialized once; each test works on its own copy."""
    paths = Paths(tmp_path_factory.mktemp("ops-base") / "home").ensure()
    add_batch(paths, 0)
    materialize(paths)
    return paths.home


# --- 1. queries keep answering while the pipeline publishes --------------------------------


@dataclass
class QueryLoop:
    url: str
    key: str
    latencies: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    snapshots_seen: set[str] = field(default_factory=set)
    stop: threading.Event = field(default_factory=threading.Event)

    def worker(self, offset: int) -> None:
        with httpx.Client(base_url=self.url, timeout=30) as client:
            turn = offset
            while not self.stop.is_set():
                document = LOOP_QUERIES[turn % len(LOOP_QUERIES)]
                turn += 1
                try:
                    self.ask(client, document, {"limit": 1 + turn % 997})
                except httpx.HTTPError as error:  # a dropped connection is a failure too
                    self.failures.append(repr(error))

    def ask(self, client: httpx.Client, document: str, variables: dict[str, int]) -> None:
        started = time.perf_counter()
        response = client.post(
            "/graphql",
            json={"query": document, "variables": variables},
            headers={"Authorization": f"Bearer {self.key}"},
        )
        self.latencies.append(time.perf_counter() - started)
        body = response.json() if response.status_code == 200 else None
        if body is None or "errors" in body:
            self.failures.append(f"{response.status_code}: {response.text[:300]}")
        ready = client.get("/readyz")
        if ready.status_code == 200:
            self.snapshots_seen.add(ready.json()["snapshot"])
        else:
            self.failures.append(f"/readyz {ready.status_code}: {ready.text[:300]}")


@contextmanager
def serving(paths: Paths) -> Iterator[str]:
    port = free_port()
    server = subprocess.Popen(
        [SESSIONLENS, "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env_of(paths),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until(lambda: _ready(url) is not None, "the gateway to become ready", 60)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)


def _ready(url: str) -> str | None:
    try:
        response = httpx.get(f"{url}/readyz", timeout=1)
    except httpx.TransportError:
        return None
    return response.json()["snapshot"] if response.status_code == 200 else None


def wait_until(condition: Callable[[], bool], what: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.05)


def test_queries_never_fail_while_three_materializations_publish(
    materialized_home: Path, tmp_path: Path
) -> None:
    paths = copy_home(materialized_home, tmp_path / "home")
    partner = PARTNERS[0]
    key = run("keys", "create", "--partner", partner, "--roles", "read", env=env_of(paths))
    with serving(paths) as url:
        loop = QueryLoop(url, key.strip().splitlines()[-1])
        threads = [threading.Thread(target=loop.worker, args=(i,)) for i in range(3)]
        for thread in threads:
            thread.start()
        try:
            for number in (1, 2, 3):
                add_batch(paths, number)
                materialize(paths)
            published = read_current(paths)
            assert published is not None
            wait_until(
                lambda: published.snapshot_id in loop.snapshots_seen, "readers to switch", 30
            )
        finally:
            loop.stop.set()
            for thread in threads:
                thread.join(timeout=60)

        assert loop.failures == []
        # The first snapshot and each of the three publishes.
        assert len(loop.snapshots_seen) == 4
        latencies = sorted(loop.latencies)
        print(
            f"\nquery loop: {len(latencies)} requests, {len(loop.snapshots_seen)} snapshots seen, "
            f"p50 {statistics.median(latencies) * 1000:.1f} ms, "
            f"p99 {latencies[int(len(latencies) * 0.99)] * 1000:.1f} ms"
        )
        answer = httpx.post(
            f"{url}/graphql",
            json={"query": SESSION_IDS_QUERY},
            headers={"Authorization": f"Bearer {loop.key}"},
            timeout=30,
        ).json()["data"]["sessions"]
        expected = expected_sessions(paths)[partner]
        assert {row["sessionId"] for row in answer["rows"]} == expected
        assert answer["rowCount"] == answer["totals"]["sessionCount"] == len(expected) > 0

    assert snapshot_files(paths) == sorted(["CURRENT", published.path.name])


# --- 2. kill -9 at each phase, then recover -------------------------------------------------


def kill_materialize_when(
    paths: Paths, reached: Callable[[list[str]], bool], phase: str, delay: float = 0.0
) -> None:
    """Start `sessionlens materialize`; SIGKILL its process group `delay` seconds after
    `reached(new stdout lines)` (which may also probe files) says the run is in `phase`.

    The whole group is killed: the dbt and ingestion worker processes die with the run,
    as they would when the machine or container goes down.
    """
    process = subprocess.Popen(
        [SESSIONLENS, "materialize"],
        env=env_of(paths),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    lines: list[str] = []

    def read_output() -> None:
        for line in process.stdout or ():
            lines.append(line)

    reader = threading.Thread(target=read_output)
    reader.start()
    try:
        deadline, seen = time.monotonic() + MATERIALIZE_TIMEOUT, 0
        while True:
            count = len(lines)
            if reached(lines[seen:count]):
                break
            seen = count
            assert process.poll() is None, f"run ended before {phase}:\n" + "".join(lines)
            assert time.monotonic() < deadline, f"run never reached {phase}"
            time.sleep(0.001)
        time.sleep(delay)
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        reader.join(timeout=30)
    assert process.returncode == -signal.SIGKILL


def table_rows(paths: Paths, sql: str) -> list[tuple]:
    with duckdb.connect(str(paths.raw_db), read_only=True) as connection:
        return connection.execute(sql).fetchall()


def marts_except_all(left: Path, right: Path) -> dict[str, int]:
    """Rows of each snapshot table found on one side only (load-time columns aside,
    doubles to 9 decimals)."""
    with duckdb.connect() as connection:
        connection.execute("attach ? as a (read_only)", [str(left)])
        connection.execute("attach ? as b (read_only)", [str(right)])
        tables = [
            row[0]
            for row in connection.execute(
                "select table_name from information_schema.tables where table_catalog = 'a'"
            ).fetchall()
        ]
        differences = {}
        for table in tables:
            # Sums of doubles depend on the order DuckDB's threads add them in.
            columns = [
                f'round("{name}", 9)' if data_type == "DOUBLE" else f'"{name}"'
                for name, data_type in connection.execute(
                    """select column_name, data_type from information_schema.columns
                       where table_catalog = 'a' and table_name = ? order by ordinal_position""",
                    [table],
                ).fetchall()
                if name not in LOAD_TIME_COLUMNS
            ]
            listed = ", ".join(columns)
            left_rows, right_rows = (f'select {listed} from {db}."{table}"' for db in "ab")
            (count,) = connection.execute(
                f"""select count(*) from (
                      ({left_rows} except all {right_rows})
                      union all
                      ({right_rows} except all {left_rows}))"""
            ).fetchone()
            differences[table] = count
    return differences


def test_kill_9_during_each_phase_then_recover_exact_counts(
    materialized_home: Path, tmp_path: Path
) -> None:
    paths = copy_home(materialized_home, tmp_path / "home")
    good = read_current(paths)
    assert good is not None
    add_batch(paths, 1)
    (paths.landing_dir / "zz-bad.jsonl").write_text("\n".join(BAD_LINES) + "\n")
    # The reference: the same landing files materialized once, from scratch.
    scratch = Paths(tmp_path / "scratch").ensure()
    for path in landing_files(paths.landing_dir):
        shutil.copy(path, scratch.landing_dir)
    reference = subprocess.Popen(
        [SESSIONLENS, "materialize"],
        env=env_of(scratch),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        good_sessions = sessions_in(good.path)
        # (phase, how to see it, how long after seeing it to kill)
        phases: list[tuple[str, Callable[[list[str]], bool], float]] = [
            ("ingestion", lambda _: any(paths.warehouse_dir.glob(".ingest-*")), 0.0),
            ("dbt build", lambda new: any("Running dbt command" in n for n in new), 3.0),
            ("publish", lambda _: any(paths.snapshots_dir.glob(".*.duckdb")), 0.0),
        ]
        for phase, reached, delay in phases:
            kill_materialize_when(paths, reached, phase, delay)
            # Readers still get the last good snapshot, whole.
            assert read_current(paths) == good
            assert snapshot_sessions(paths) == good_sessions

        materialize(paths)
        assert reference.wait(timeout=MATERIALIZE_TIMEOUT) == 0
    finally:
        if reference.poll() is None:
            os.killpg(reference.pid, signal.SIGKILL)
            reference.wait()

    files = landing_files(paths.landing_dir)
    events = distinct_event_keys(generated_files(paths))
    assert table_rows(paths, "select count(*) from events") == [(len(events),)]
    assert table_rows(
        paths, "select count(*) from (select distinct partner_id, event_id from events)"
    ) == [(len(events),)]
    assert table_rows(paths, "select count(*) from rejected_lines") == [(len(BAD_LINES),)]
    assert table_rows(
        paths, "select file_name, count(*) from ingested_files group by 1 order by 1"
    ) == [(path.name, 1) for path in files]
    assert snapshot_sessions(paths) == {
        partner: len(ids) for partner, ids in expected_sessions(paths).items()
    }

    current, fresh = read_current(paths), read_current(scratch)
    assert current is not None and fresh is not None and current != good
    differences = marts_except_all(current.path, fresh.path)
    assert {"sessions", "participants"} <= set(differences)
    assert {table: n for table, n in differences.items() if n} == {}

    # Nothing a killed run left behind survives the next run.
    assert not list(paths.warehouse_dir.glob(".ingest-*"))
    assert snapshot_files(paths) == sorted(["CURRENT", current.path.name])
    runs = dg.DagsterInstance.from_config(str(paths.dagster_home))
    try:
        statuses = sorted(run.status.value for run in runs.get_runs())
        assert "STARTED" not in statuses
        assert runs.event_log_storage.get_concurrency_info("warehouse").claimed_slots == []
    finally:
        runs.dispose()


# --- 3. asset checks fail on bad data, and a failed build publishes nothing -----------------


def check_evaluations(paths: Paths) -> tuple[dg.DagsterRun, list]:
    """The latest run of this home and the asset check evaluations it recorded."""
    instance = dg.DagsterInstance.from_config(str(paths.dagster_home))
    try:
        latest = instance.get_runs(limit=1)[0]
        entries = instance.all_logs(
            latest.run_id, of_type=dg.DagsterEventType.ASSET_CHECK_EVALUATION
        )
    finally:
        instance.dispose()
    return latest, [entry.dagster_event.event_specific_data for entry in entries]


def test_bad_data_fails_its_checks_and_blocks_the_publish(
    materialized_home: Path, tmp_path: Path
) -> None:
    paths = copy_home(materialized_home, tmp_path / "home")
    good = read_current(paths)
    assert good is not None
    good_sessions = sessions_in(good.path)
    # A file that is mostly bad lines: one valid (re-delivered) event, then garbage.
    with gzip.open(generated_files(paths)[0], "rt") as lines:
        valid = lines.readline().strip()
    (paths.landing_dir / "zz-noisy.jsonl").write_text("\n".join([valid, *BAD_LINES * 3]) + "\n")
    # A raw row the staging model's (partner_id, event_id) uniqueness test (severity
    # error) rejects: a second copy of a loaded event, as a buggy loader would write.
    with duckdb.connect(str(paths.raw_db)) as raw:
        raw.execute("insert into events select * from events limit 1")

    done = subprocess.run(
        [SESSIONLENS, "materialize"],
        env=env_of(paths),
        capture_output=True,
        text=True,
        timeout=MATERIALIZE_TIMEOUT,
        check=False,
    )
    assert done.returncode == 1, done.stderr[-3000:]

    latest, evaluations = check_evaluations(paths)
    assert latest.status == dg.DagsterRunStatus.FAILURE
    (reject_share,) = [e for e in evaluations if e.check_name == "rejected_share_per_file"]
    assert not reject_share.passed
    assert reject_share.severity == dg.AssetCheckSeverity.WARN
    over = reject_share.metadata["files_over_threshold"].value
    assert over == {"zz-noisy.jsonl": len(BAD_LINES) * 3 / (len(BAD_LINES) * 3 + 1)}
    failed_dbt_tests = [
        e
        for e in evaluations
        if not e.passed and e.asset_key == dg.AssetKey(["stg_sessionlens__events"])
    ]
    assert [e.severity for e in failed_dbt_tests] == [dg.AssetCheckSeverity.ERROR]
    assert "unique_combination" in failed_dbt_tests[0].check_name

    # Nothing was published: readers keep the previous snapshot, unchanged.
    assert read_current(paths) == good
    assert sessions_in(good.path) == good_sessions
    assert snapshot_files(paths) == sorted(["CURRENT", good.path.name])
