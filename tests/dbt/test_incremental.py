"""Incremental dbt builds end where a full rebuild over the same events ends (docs/EVENTS.md).

Generated traffic arrives in several ingestion batches, with crafted late events among
them: events for an old, already built ENDED session, a join for an old ongoing session,
an app event bridging two earlier app sessions of a user, and a last batch that only
moves a partner's watermark. `dbt build` runs after every batch; a second home ingests
everything at once and runs `dbt build --full-refresh`. Every mart must be identical,
and a build must rewrite the affected rows only.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import pytest

from orchestration.ingestion import ingest_landing
from sessionlens.core.settings import Paths
from sessionlens.generate import DEFAULT_END, generate
from tests.dbt.harness import run_dbt

GENERATED_EVENTS = 30_000
SEED = 7
BUILD = ("build", "--exclude-resource-type", "unit_test")
# Crafted events sit on the second day of the generated week: long before the watermark.
DAY = (DEFAULT_END - timedelta(days=6)).replace(tzinfo=None)
# Ingestion times differ between the two homes by construction.
IGNORED_COLUMNS = {"rejected_lines": ("rejected_at",)}

Event = dict[str, Any]


def event(event_id: str, event_type: str, at: datetime, partner_id: str, **fields: Any) -> Event:
    """One contract-shaped event (docs/EVENTS.md) at UTC time `at`."""
    return {
        "event_id": f"incr-{event_id}",
        "event_type": event_type,
        "event_time": at.isoformat(timespec="milliseconds") + "+00:00",
        "partner_id": partner_id,
        **fields,
    }


def clock(hhmm: str) -> datetime:
    hours, minutes = hhmm.split(":")
    return DAY + timedelta(hours=int(hours), minutes=int(minutes))


def heartbeat(event_id: str, at: datetime, partner_id: str) -> Event:
    flags = {"tab_in_focus": True, "fullscreen": False, "sound_on": True}
    return event(event_id, "view_heartbeat", at, partner_id,
                 session_id="late-ended", user_id="u1", properties=flags)  # fmt: skip


def first_crafted_batch(partner_id: str) -> list[Event]:
    """An ended session, an ongoing one, and an app user with two sessions 30 min apart."""
    return [
        event("e1", "session_started", clock("08:00"), partner_id, session_id="late-ended",
              properties={"meeting_id": "late-mtg", "title": "Late ended"}),
        event("e2", "participant_joined", clock("08:01"), partner_id, session_id="late-ended",
              user_id="u1", properties={"name": "Ann", "connect_ms": 120}),
        heartbeat("e3", clock("08:02"), partner_id),
        heartbeat("e4", clock("08:03"), partner_id),
        event("e5", "session_ended", clock("08:30"), partner_id, session_id="late-ended"),
        event("o1", "session_started", clock("09:00"), partner_id, session_id="late-ongoing",
              properties={"meeting_id": "late-mtg-2", "title": "Still running"}),
        event("o2", "participant_joined", clock("09:01"), partner_id, session_id="late-ongoing",
              user_id="u1", properties={"name": "Ann", "connect_ms": 80}),
        event("a1", "app_event", clock("10:00"), partner_id, user_id="app-a",
              properties={"name": "App Launched"}),
        event("a2", "app_event", clock("10:30"), partner_id, user_id="app-a",
              properties={"name": "Product Viewed"}),
    ]  # fmt: skip


def late_crafted_batch(partner_id: str) -> list[Event]:
    """Late events: into the ended session (one heartbeat into the 10-second bucket of an
    earlier one), a join into the ongoing one, an app bridge and uncounted app events, one
    of a user with no counted event at all; and an app user active at the end of the
    week, whose session is open until the watermark moves on."""
    return [
        event("n1", "app_event", DEFAULT_END.replace(tzinfo=None) - timedelta(minutes=1),
              partner_id, user_id="app-open", properties={"name": "App Launched"}),
        heartbeat("l1", clock("08:05"), partner_id),
        heartbeat("l6", clock("08:02") + timedelta(seconds=5), partner_id),
        event("l2", "chat_message", clock("08:10"), partner_id, session_id="late-ended",
              user_id="u1", properties={"message_id": "m-1"}),
        event("l3", "participant_left", clock("08:20"), partner_id, session_id="late-ended",
              user_id="u1"),
        event("l4", "participant_joined", clock("09:05"), partner_id, session_id="late-ongoing",
              user_id="u2", properties={"name": "Bob", "connect_ms": 300}),
        event("l5", "app_event", clock("10:15"), partner_id, user_id="app-a",
              properties={"name": "Cart Viewed"}),
        event("l7", "app_event", clock("10:20"), partner_id, user_id="app-a", source="api",
              properties={"name": "Product Viewed"}),
        event("l8", "app_event", clock("10:25"), partner_id, user_id="app-uncounted",
              properties={"name": "Identity Set"}),
    ]  # fmt: skip


def watermark_batch(partner_id: str, watermark: datetime) -> list[Event]:
    """One uncounted app event after everything else: it only moves the watermark."""
    return [
        event("w1", "app_event", watermark, partner_id, user_id="app-quiet",
              properties={"name": "Notification Sent"}),
    ]  # fmt: skip


def write_jsonl(path: Path, events: list[Event]) -> Path:
    path.write_text("".join(json.dumps(item) + "\n" for item in events))
    return path


def first_partner(files: list[Path]) -> str:
    """The partner of the first generated event that names one."""
    with duckdb.connect() as connection:
        (partner_id,) = connection.execute(
            "select partner_id from read_json_auto(?, format = 'newline_delimited')"
            " where partner_id is not null limit 1",
            [str(files[0])],
        ).fetchone()
    return partner_id


def ingest(home: Path, files: list[Path]) -> None:
    """Drop `files` into the landing directory of `home` and ingest them as one batch."""
    paths = Paths(home)
    paths.landing_dir.mkdir(parents=True, exist_ok=True)
    for file in files:
        shutil.copy(file, paths.landing_dir / file.name)
    ingest_landing(paths, workers=2)


def build_db(home: Path) -> Path:
    return Paths(home).build_db


# Marking a count column c as -1 - c (its own inverse) flags every current row: a row
# the next build rewrites comes back non-negative, a row it keeps stays negative.
MARKED_COLUMNS = {"participants": "heartbeats", "app_sessions": "event_count"}


def toggle_marks(home: Path, partner_id: str, only_marked: bool) -> None:
    with duckdb.connect(str(build_db(home))) as connection:
        for table, column in MARKED_COLUMNS.items():
            marked = f" and {column} < 0" if only_marked else ""
            connection.execute(
                f"update marts.{table} set {column} = -1 - {column} where partner_id = ?{marked}",
                [partner_id],
            )


def rewritten_keys(home: Path, partner_id: str, table: str, key: str) -> dict[bool, set]:
    """The partner's `key` values with rows the last build rewrote (True) or kept (False)."""
    column = MARKED_COLUMNS[table]
    with duckdb.connect(str(build_db(home)), read_only=True) as connection:
        rows = connection.execute(
            f"select {column} >= 0, list(distinct {key}) from marts.{table}"
            " where partner_id = ? group by all",
            [partner_id],
        ).fetchall()
    return {True: set(), False: set()} | {rewritten: set(keys) for rewritten, keys in rows}


def open_app_users(home: Path, partner_id: str) -> set[str]:
    with duckdb.connect(str(build_db(home)), read_only=True) as connection:
        rows = connection.execute(
            "select distinct user_id from marts.app_sessions"
            " where partner_id = ? and status = 'OPEN'",
            [partner_id],
        ).fetchall()
    return {user_id for (user_id,) in rows}


def ongoing_sessions(home: Path, partner_id: str) -> set[str]:
    """The partner's sessions without a session_ended, read from the raw events."""
    with duckdb.connect(str(Paths(home).raw_db), read_only=True) as connection:
        rows = connection.execute(
            "select distinct session_id from events where partner_id = ? and session_id"
            " is not null except select session_id from events where partner_id = ?"
            " and event_type = 'session_ended'",
            [partner_id, partner_id],
        ).fetchall()
    return {session_id for (session_id,) in rows}


def comparable_select(connection: duckdb.DuckDBPyConnection, database: str, table: str) -> str:
    """`select` of every column of a mart, doubles rounded: the two builds may sum floats
    in another order."""
    columns = connection.execute(
        "select column_name, data_type from information_schema.columns"
        " where table_catalog = ? and table_schema = 'marts' and table_name = ?"
        " order by ordinal_position",
        [database, table],
    ).fetchall()
    ignored = IGNORED_COLUMNS.get(table, ())
    expressions = [
        f"round({name}, 9)" if data_type == "DOUBLE" else name
        for name, data_type in columns
        if name not in ignored
    ]
    return f"select {', '.join(expressions)} from {database}.marts.{table}"


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Build incrementally batch by batch in one home and from scratch in another."""
    source = tmp_path_factory.mktemp("generated")
    generate(source, events=GENERATED_EVENTS, seed=SEED)
    generated = sorted(source.glob("*.jsonl.gz"))
    partner_id = first_partner(generated)
    watermark = DEFAULT_END.replace(tzinfo=None) + timedelta(hours=2)
    half = len(generated) // 2
    first, late, last = (
        write_jsonl(source / f"crafted-{number}.jsonl", events)
        for number, events in (
            (1, first_crafted_batch(partner_id)),
            (2, late_crafted_batch(partner_id)),
            (3, watermark_batch(partner_id, watermark)),
        )
    )
    batches = [[*generated[:half], first], [*generated[half:], late], [last]]

    incremental = tmp_path_factory.mktemp("incremental_home")
    for batch in batches[:-1]:
        ingest(incremental, batch)
        run_dbt(incremental, *BUILD)
    previously_open = open_app_users(incremental, partner_id)
    ingest(incremental, batches[-1])
    toggle_marks(incremental, partner_id, only_marked=False)
    run_dbt(incremental, *BUILD)
    rewritten = {
        "sessions": rewritten_keys(incremental, partner_id, "participants", "session_id"),
        "app_users": rewritten_keys(incremental, partner_id, "app_sessions", "user_id"),
    }
    toggle_marks(incremental, partner_id, only_marked=True)

    full = tmp_path_factory.mktemp("full_home")
    ingest(full, [file for batch in batches for file in batch])
    run_dbt(full, *BUILD, "--full-refresh")
    return {
        "incremental": incremental,
        "full": full,
        "partner_id": partner_id,
        "watermark": watermark,
        "previously_open": previously_open,
        "rewritten": rewritten,
    }


def test_every_mart_equals_a_full_rebuild(scenario: dict[str, Any]) -> None:
    with duckdb.connect(str(build_db(scenario["incremental"])), read_only=True) as connection:
        connection.execute(f"attach '{build_db(scenario['full'])}' as full_build (read_only)")
        tables = [
            name
            for (name,) in connection.execute(
                "select table_name from information_schema.tables where table_catalog ="
                " 'build' and table_schema = 'marts' order by table_name"
            ).fetchall()
        ]
        assert len(tables) == 15
        for table in tables:
            incremental = comparable_select(connection, "build", table)
            full = comparable_select(connection, "full_build", table)
            (rows,) = connection.execute(f"select count(*) from ({full})").fetchone()
            assert rows > 0, table
            for left, right in ((incremental, full), (full, incremental)):
                (extra,) = connection.execute(
                    f"select count(*) from ({left} except all {right})"
                ).fetchone()
                assert extra == 0, f"{table}: {extra} rows of one build missing in the other"


def mart_row(home: Path, sql: str, parameters: list[Any]) -> tuple:
    with duckdb.connect(str(build_db(home)), read_only=True) as connection:
        return connection.execute(sql, parameters).fetchone()


def test_late_events_change_old_sessions_as_if_on_time(scenario: dict[str, Any]) -> None:
    home, partner_id = scenario["incremental"], scenario["partner_id"]
    # Joined 08:01, left 08:20 (late) instead of closing at the 08:30 end; 4 heartbeats.
    assert mart_row(
        home,
        "select heartbeats, chat_messages, left_at, participant_minutes from marts.participants"
        " where partner_id = ? and session_id = 'late-ended' and user_id = 'u1'",
        [partner_id],
    ) == (4, 1, clock("08:20"), pytest.approx(19.0))
    # The late 08:02:05 heartbeat joins 08:02:00's bucket, and so its minute.
    for table, column in (("timeline_ten_seconds", "ten_seconds_at"), ("timeline", "minute_at")):
        assert mart_row(
            home,
            f"select heartbeats, engaged_heartbeats from marts.{table} where partner_id = ?"
            f" and session_id = 'late-ended' and user_id = 'u1' and {column} = ?",
            [partner_id, clock("08:02")],
        ) == (2, 2), table
    # The late join counts; the ongoing session lasts until the moved watermark.
    status, participants, duration = mart_row(
        home,
        "select status, unique_participants, duration_minutes from marts.sessions"
        " where partner_id = ? and session_id = 'late-ongoing'",
        [partner_id],
    )
    expected_minutes = (scenario["watermark"] - clock("09:00")).total_seconds() / 60
    assert (status, participants) == ("ONGOING", 2)
    assert duration == pytest.approx(expected_minutes)
    # 10:00, 10:15 (late), 10:30: one session of three events instead of two.
    assert mart_row(
        home,
        "select count(*), sum(event_count), max(length_seconds) from marts.app_sessions"
        " where partner_id = ? and user_id = 'app-a'",
        [partner_id],
    ) == (1, 3, 1800.0)
    # Every counted event of app-a carries that one session's id; the late API-sent one
    # none, and a user with uncounted events only has them all.
    assert mart_row(
        home,
        "select count(distinct app_session_id), count(*) filter (where is_counted),"
        " list(excluded_reason order by event_at) filter (where not is_counted)"
        " from marts.app_events where partner_id = ? and user_id = 'app-a'",
        [partner_id],
    ) == (1, 3, ["API_SOURCE"])
    assert mart_row(
        home,
        "select list(excluded_reason) from marts.app_events"
        " where partner_id = ? and user_id = 'app-uncounted'",
        [partner_id],
    ) == (["EXCLUDED_NAME"],)


def test_watermark_only_batch_rewrites_just_ongoing_sessions(scenario: dict[str, Any]) -> None:
    rewritten = scenario["rewritten"]["sessions"]
    ongoing = ongoing_sessions(scenario["incremental"], scenario["partner_id"])
    assert rewritten[True] == ongoing & (rewritten[True] | rewritten[False])
    assert "late-ongoing" in rewritten[True]
    assert "late-ended" in rewritten[False]


def test_watermark_only_batch_rewrites_just_users_with_open_app_sessions(
    scenario: dict[str, Any],
) -> None:
    rewritten = scenario["rewritten"]["app_users"]
    assert "app-open" in scenario["previously_open"]
    assert rewritten[True] == scenario["previously_open"]
    assert rewritten[False], "users without an open session keep their rows"
    # Each of them concluded: the watermark is now far past their last event.
    assert not open_app_users(scenario["incremental"], scenario["partner_id"])


def test_a_build_without_new_batches_rewrites_nothing(scenario: dict[str, Any]) -> None:
    home, partner_id = scenario["incremental"], scenario["partner_id"]
    toggle_marks(home, partner_id, only_marked=False)
    run_dbt(home, "run")
    rewritten = {
        table: rewritten_keys(home, partner_id, table, key)[True]
        for table, key in (("participants", "session_id"), ("app_sessions", "user_id"))
    }
    toggle_marks(home, partner_id, only_marked=True)
    assert rewritten == {"participants": set(), "app_sessions": set()}


def keys(home: Path, sql: str) -> set[tuple]:
    with duckdb.connect(str(build_db(home)), read_only=True) as connection:
        return set(connection.execute(sql).fetchall())


def test_a_full_build_tests_every_row_of_the_marts(scenario: dict[str, Any]) -> None:
    """Mart tests see only the keys the build listed as affected: after a full build,
    that is every session and every app user of the marts."""
    full = scenario["full"]
    listed_sessions = "select partner_id, session_id from intermediate.int_affected_sessions_listed"
    listed_users = "select partner_id, user_id from intermediate.int_affected_app_users_listed"
    assert keys(full, "select partner_id, session_id from marts.sessions") <= keys(
        full, listed_sessions
    )
    assert keys(full, "select distinct partner_id, user_id from marts.app_sessions") <= keys(
        full, listed_users
    )


def test_an_incremental_build_tests_only_the_rows_it_rewrote(scenario: dict[str, Any]) -> None:
    home = scenario["incremental"]
    with duckdb.connect(str(build_db(home))) as connection:
        # A row of a session the last build did not rewrite gets a role the mart's
        # accepted_values test refuses.
        partner_id, session_id, user_id, role = connection.execute(
            "select partner_id, session_id, user_id, role from marts.participants"
            " where (partner_id, session_id) not in"
            " (select partner_id, session_id from intermediate.int_affected_sessions_listed)"
            " order by all limit 1"
        ).fetchone()
        row = "partner_id = ? and session_id = ? and user_id = ?"
        key = [partner_id, session_id, user_id]
        connection.execute(f"update marts.participants set role = 'NOBODY' where {row}", key)
    try:
        results = run_dbt(home, "test", "--select", "participants")
        role_tests = [r for r in results["results"] if "participants_role" in r["unique_id"]]
        assert role_tests and all(r["status"] == "pass" for r in role_tests)
    finally:
        with duckdb.connect(str(build_db(home))) as connection:
            connection.execute(f"update marts.participants set role = ? where {row}", [role, *key])


def test_the_marts_refuse_a_null_key_whichever_build_wrote_the_row(
    scenario: dict[str, Any],
) -> None:
    """The tests skip rows the build did not rewrite; the keys' `not_null` constraints
    do not: the warehouse refuses a null in any row."""
    with duckdb.connect(str(build_db(scenario["incremental"]))) as connection:
        (partner_id, session_id) = connection.execute(
            "select partner_id, session_id from marts.sessions"
            " where (partner_id, session_id) not in"
            " (select partner_id, session_id from intermediate.int_affected_sessions_listed)"
            " order by all limit 1"
        ).fetchone()
        for table in ("sessions", "participants"):
            with pytest.raises(duckdb.ConstraintException, match="NOT NULL"):
                connection.execute(
                    f"update marts.{table} set session_id = null"
                    " where partner_id = ? and session_id = ?",
                    [partner_id, session_id],
                )
