"""Shared pieces of the operations and reliability tests: data homes, the CLI, a gateway,
independent expectations, a load generator in its own process, and killing a run.

Every step runs the installed `sessionlens` console script against a temporary data
directory, as an operator would. Expected figures come from the generated landing files
read with `json` (tests/oracle), never from the pipeline.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from multiprocessing.synchronize import Event
from pathlib import Path

import duckdb
import httpx
import pytest

from orchestration.crash_points import PAUSE_VARIABLE
from sessionlens.core.settings import Paths
from sessionlens.core.snapshots import Snapshot, attach, connect
from sessionlens.generate import generate
from tests import oracle
from tests.deployment import SESSIONLENS, free_port, run

PARTNERS = ("p-acme", "p-globex")
# The partner whose key the reliability tests query with.
QUERY_PARTNER = PARTNERS[0]
BATCH_EVENTS = 2_000
FIRST_END = datetime(2026, 3, 2, 12, tzinfo=UTC)
# Bounds one materialization, as tests.deployment.run does: the shared 2-core CI machine is slow.
MATERIALIZE_TIMEOUT = 600
BAD_LINES = ["{truncated", '{"event_id": "x-1", "event_type": "reaction"}', "[1, 2, 3]"]
# Columns that record when or in which batch a row was loaded: they differ between homes.
LOAD_TIME_COLUMNS = {"rejected_at", "ingested_at", "batch_id"}
# One cube field per request: all its statements run on one snapshot, so its rows,
# totals and rowCount must all agree with the same published state.
SESSIONS_QUERY = """query ($limit: Int!) { sessions(limit: $limit) {
    rows { sessionId } totals { sessionCount uniqueParticipants } rowCount } }"""
VIEWERS_QUERY = """query ($limit: Int!) { viewers(limit: $limit) {
    rows { country } totals { uniqueViewers liveUniqueViewers reactions chatMessages } } }"""
LOAD_QUERIES = (SESSIONS_QUERY, VIEWERS_QUERY)
# Counts in VIEWERS_QUERY's totals; the message counts tell apart states with equal viewers.
VIEWER_TOTALS = ("uniqueViewers", "liveUniqueViewers", "reactions", "chatMessages")
# Failure messages kept verbatim; beyond this only the count grows.
KEPT_FAILURES = 50


# --- data homes ------------------------------------------------------------------------------


def env_of(paths: Paths, **extra: str) -> dict[str, str]:
    return {**os.environ, "SESSIONLENS_HOME": str(paths.home), **extra}


def add_batch(directory: Path, number: int) -> list[Path]:
    """Generate batch `number` into `directory` (its own seed, a later period); its files.

    The generator numbers files after those already there, so batches sort in the order
    they were added, as the landing directory's arrival order requires.
    """
    before = set(generated_files(directory))
    generate(
        directory,
        events=BATCH_EVENTS,
        seed=100 + number,
        partners=len(PARTNERS),
        days=1,
        end=FIRST_END + timedelta(hours=6 * number),
        bad_line_rate=0.0,
    )
    return sorted(set(generated_files(directory)) - before)


def generated_files(directory: Path) -> list[Path]:
    return sorted(directory.glob("events-*.jsonl.gz"))


def pending_batches(paths: Paths, directory: Path, count: int) -> list[list[Path]]:
    """Generate batches 1..count beside a copy of `paths`' landing files, for later arrival."""
    shutil.copytree(paths.landing_dir, directory)
    return [add_batch(directory, number) for number in range(1, count + 1)]


def deliver(paths: Paths, files: Sequence[Path]) -> None:
    """Drop files into landing as a producer would: under a dot-name, then renamed."""
    for source in files:
        staging = paths.landing_dir / f".{source.name}"
        shutil.copyfile(source, staging)
        staging.rename(paths.landing_dir / source.name)


def materialize(paths: Paths) -> None:
    run("materialize", env=env_of(paths))


def create_key(paths: Paths, partner: str = QUERY_PARTNER) -> str:
    printed = run("keys", "create", "--partner", partner, "--roles", "read", env=env_of(paths))
    return printed.strip().splitlines()[-1]


def base_home(factory: pytest.TempPathFactory) -> Path:
    """One batch, materialized once per test session and shared by every module that asks;
    tests work on copies (`copy_home`)."""
    home = factory.getbasetemp() / "reliability-base"
    built = home / ".built"
    if not built.exists():
        shutil.rmtree(home, ignore_errors=True)
        paths = Paths(home).ensure()
        add_batch(paths.landing_dir, 0)
        materialize(paths)
        built.touch()
    return home


def copy_home(source: Path, target: Path) -> Paths:
    shutil.copytree(source, target)
    return Paths(target)


# --- independent expectations ----------------------------------------------------------------


@dataclass(frozen=True)
class SnapshotExpectation:
    """What `QUERY_PARTNER`'s key must get from a snapshot built from a set of landing files."""

    session_ids: frozenset[str]
    unique_participants: int
    viewer_totals: dict[str, int]

    def agrees_with(self, data: dict, limit: int) -> bool:
        """Whether a `SESSIONS_QUERY` or `VIEWERS_QUERY` answer is this snapshot's."""
        if "viewers" in data:
            return data["viewers"]["totals"] == self.viewer_totals
        answer = data["sessions"]
        rows = {row["sessionId"] for row in answer["rows"]}
        totals = {
            "sessionCount": len(self.session_ids),
            "uniqueParticipants": self.unique_participants,
        }
        return (
            answer["totals"] == totals
            and answer["rowCount"] == len(self.session_ids)
            and len(answer["rows"]) == min(limit, len(self.session_ids))
            and rows <= self.session_ids
        )


def expectation(files: Sequence[Path]) -> SnapshotExpectation:
    events = [e for e in oracle.read_events(list(files)) if e.partner_id == QUERY_PARTNER]
    partner = oracle.PartnerOracle(events)
    viewers = partner.cube("viewers").totals()
    return SnapshotExpectation(
        session_ids=frozenset(session_id for _, session_id in partner.sessions),
        unique_participants=len(
            {user for session in partner.sessions.values() for user in session.participants}
        ),
        viewer_totals={name: viewers[name] for name in VIEWER_TOTALS},
    )


def distinct_event_keys(files: Sequence[Path]) -> set[tuple[str, str]]:
    keys: set[tuple[str, str]] = set()
    for path in files:
        with gzip.open(path, "rt") as lines:
            for line in lines:
                event = json.loads(line)
                keys.add((event["partner_id"], event["event_id"]))
    return keys


# --- reading what the pipeline wrote ---------------------------------------------------------


def sessions_in(snapshot: Snapshot) -> dict[str, int]:
    """Sessions per partner in one snapshot, read directly."""
    with connect(snapshot) as connection:
        rows = connection.execute("select partner_id, count(*) from sessions group by 1").fetchall()
    return dict(rows)


def snapshot_files(paths: Paths) -> list[str]:
    return sorted(path.name for path in paths.snapshots_dir.iterdir())


def files_of(snapshot: Snapshot) -> list[str]:
    """What `snapshot_files` holds once only `snapshot` is left: its files and CURRENT."""
    return sorted(["CURRENT", *(path.name for path in snapshot.files)])


def table_rows(paths: Paths, sql: str) -> list[tuple]:
    with duckdb.connect(str(paths.raw_db), read_only=True) as connection:
        return connection.execute(sql).fetchall()


def marts_except_all(left: Snapshot, right: Snapshot) -> dict[str, int]:
    """Rows of each snapshot table found on one side only (load-time columns aside,
    doubles to 9 decimals)."""
    with duckdb.connect() as connection:
        tables = attach(connection, left, "a")
        attach(connection, right, "b")
        differences = {}
        for table in tables:
            # Sums of doubles depend on the order DuckDB's threads add them in.
            columns = [
                f'round("{name}", 9)' if data_type == "DOUBLE" else f'"{name}"'
                for name, data_type in connection.execute(
                    """select column_name, data_type from information_schema.columns
                       where table_schema = 'a' and table_name = ? order by ordinal_position""",
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


# --- a live gateway --------------------------------------------------------------------------


@contextmanager
def serving(paths: Paths) -> Iterator[str]:
    """`sessionlens serve` on this home; its URL. The per-key rate limit is off: the load
    tests send far more than 100 requests a second with one key, on purpose."""
    port = free_port()
    server = subprocess.Popen(
        [SESSIONLENS, "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env_of(paths, SESSIONLENS_RATE_LIMIT_PER_SECOND="0"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until(lambda: served_snapshot(url) is not None, "the gateway to become ready", 60)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)


def served_snapshot(url: str) -> str | None:
    """The snapshot id the gateway's /readyz reports, or None while it is not ready."""
    try:
        response = httpx.get(f"{url}/readyz", timeout=5)
    except httpx.TransportError:
        return None
    return response.json()["snapshot"] if response.status_code == 200 else None


def wait_until(condition: Callable[[], bool], what: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.05)


# --- load from a separate process ------------------------------------------------------------


@dataclass(frozen=True)
class LoadPlan:
    url: str
    key: str
    clients: int
    max_seconds: float
    expectations: tuple[SnapshotExpectation, ...]


@dataclass
class LoadReport:
    requests: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    failure_count: int = 0
    failures: list[str] = field(default_factory=list)
    # Per client, the expectation indexes its answers matched, consecutive repeats dropped.
    snapshots_by_client: list[list[int]] = field(default_factory=list)

    def fail(self, message: str) -> None:
        self.failure_count += 1
        if len(self.failures) < KEPT_FAILURES:
            self.failures.append(message)

    @property
    def snapshots_seen(self) -> set[int]:
        return {index for seen in self.snapshots_by_client for index in seen}

    def percentile_ms(self, share: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


@contextmanager
def load_running(plan: LoadPlan, out_dir: Path) -> Iterator[Callable[[], LoadReport]]:
    """Run `plan.clients` concurrent clients in a child process (the test process's GIL
    stays out of their way); yields `stop()`, which ends the load and returns its report."""
    context = multiprocessing.get_context("spawn")
    stop = context.Event()
    report_file = out_dir / "load-report.json"
    child = context.Process(target=_load_main, args=(plan, stop, str(report_file)))
    child.start()

    def finish() -> LoadReport:
        stop.set()
        child.join(timeout=plan.max_seconds + 60)
        assert child.exitcode == 0, f"the load process ended with {child.exitcode}"
        return LoadReport(**json.loads(report_file.read_text()))

    try:
        yield finish
    finally:
        stop.set()
        child.join(timeout=60)
        if child.is_alive():
            child.kill()


def _load_main(plan: LoadPlan, stop: Event, report_file: str) -> None:
    report = asyncio.run(_load(plan, stop))
    Path(report_file).write_text(json.dumps(asdict(report)))


async def _load(plan: LoadPlan, stop: Event) -> LoadReport:
    report = LoadReport(snapshots_by_client=[[] for _ in range(plan.clients)])
    deadline = time.monotonic() + plan.max_seconds
    await asyncio.gather(
        *(_client(plan, number, stop, deadline, report) for number in range(plan.clients))
    )
    return report


async def _client(
    plan: LoadPlan, number: int, stop: Event, deadline: float, report: LoadReport
) -> None:
    seen = report.snapshots_by_client[number]
    headers = {"Authorization": f"Bearer {plan.key}"}
    async with httpx.AsyncClient(base_url=plan.url, timeout=60, headers=headers) as client:
        turn = number
        while not stop.is_set() and time.monotonic() < deadline:
            turn += 1
            document = LOAD_QUERIES[turn % len(LOAD_QUERIES)]
            # A varying limit keeps most requests out of the response cache, so they run
            # on the snapshot current at that moment.
            limit = 1 + turn * 7919 % 997
            started = time.perf_counter()
            try:
                response = await client.post(
                    "/graphql", json={"query": document, "variables": {"limit": limit}}
                )
            except httpx.HTTPError as error:  # a dropped connection is a failure too
                report.fail(repr(error))
                continue
            report.requests += 1
            report.latencies_ms.append((time.perf_counter() - started) * 1000)
            body = response.json() if response.status_code == 200 else None
            if body is None or "errors" in body:
                report.fail(f"{response.status_code}: {response.text[:300]}")
                continue
            matched = [
                index
                for index, expected in enumerate(plan.expectations)
                if expected.agrees_with(body["data"], limit)
            ]
            if len(matched) != 1:
                report.fail(f"answer matches snapshots {matched}: {json.dumps(body)[:300]}")
            elif not seen or seen[-1] != matched[0]:
                seen.append(matched[0])


# --- killing a materialization ---------------------------------------------------------------


@contextmanager
def materialize_until(
    paths: Paths, reached: Callable[[list[str]], bool], point: str, pause_at: str | None = None
) -> Iterator[None]:
    """Start `sessionlens materialize`; yield once `reached(new output lines)` (which may also
    probe files) says the run is at `point`; SIGKILL its process group on exit.

    `pause_at` names a crash point (orchestration/crash_points.py) the run stops at. The
    whole group is killed: the dbt and ingestion worker processes die with the run, as
    they would when the machine or container goes down.
    """
    extra = {"PYTHONUNBUFFERED": "1", **({PAUSE_VARIABLE: pause_at} if pause_at else {})}
    # --verbose: the run's own log lines (crash points, Dagster's steps) come down the pipe.
    process = subprocess.Popen(
        [SESSIONLENS, "materialize", "--verbose"],
        env=env_of(paths, **extra),
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
            assert process.poll() is None, f"run ended before {point}:\n" + "".join(lines[-40:])
            assert time.monotonic() < deadline, f"run never reached {point}"
            time.sleep(0.001)
        yield
    finally:
        # The group outlives a leader that already exited (the failure reported above).
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        reader.join(timeout=30)
    assert process.returncode == -signal.SIGKILL
