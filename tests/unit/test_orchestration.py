"""The Dagster definitions load and their automation behaves."""

from __future__ import annotations

import inspect
import os
from functools import cached_property
from pathlib import Path

import dagster as dg
import dagster_dbt.core.resource as dagster_dbt_resource
import pytest
from dagster_dbt import DbtCliResource

from orchestration import project
from orchestration.assets import published_snapshot_is_fresh
from orchestration.automation import landing_files_sensor, pipeline_schedule
from orchestration.definitions import defs
from orchestration.live import LandingWatch
from orchestration.resources import SettingsResource
from sessionlens.core.settings import Paths, Settings, SettingsError
from sessionlens.core.snapshots import write_current


def test_definitions_load_with_lineage_from_raw_tables_to_the_snapshot() -> None:
    keys = set(defs.resolve_all_asset_keys())
    assert {
        dg.AssetKey(["raw", "events"]),
        dg.AssetKey(["raw", "rejected_lines"]),
        dg.AssetKey(["sessions"]),
        dg.AssetKey(["participants"]),
        dg.AssetKey(["published_snapshot"]),
    } <= keys

    graph = defs.resolve_asset_graph()
    staging = dg.AssetKey(["stg_sessionlens__events"])
    assert dg.AssetKey(["raw", "events"]) in graph.get(staging).parent_keys
    assert dg.AssetKey(["sessions"]) in graph.get(dg.AssetKey(["published_snapshot"])).parent_keys


def test_dbt_tests_and_the_reject_share_surface_as_asset_checks() -> None:
    checks = {(key.asset_key, key.name) for key in defs.resolve_asset_graph().asset_check_keys}
    assert (dg.AssetKey(["raw", "rejected_lines"]), "rejected_share_per_file") in checks
    assert any(asset == dg.AssetKey(["sessions"]) and "unique" in name for asset, name in checks)


def test_schedule_defaults_to_hourly_and_is_configurable(monkeypatch: pytest.MonkeyPatch) -> None:
    assert defs.resolve_schedule_def("sessionlens_pipeline_schedule").cron_schedule == "0 * * * *"
    assert pipeline_schedule("*/15 * * * *").cron_schedule == "*/15 * * * *"


def test_a_bad_setting_fails_the_resource_naming_its_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SESSIONLENS_REJECTED_SHARE_WARN", "lots")
    with (
        pytest.raises(dg.DagsterResourceFunctionError) as raised,
        dg.build_resources({"settings": SettingsResource()}),
    ):
        pass
    assert isinstance(raised.value.__cause__, SettingsError)
    assert "SESSIONLENS_REJECTED_SHARE_WARN='lots' is not a valid number" in str(
        raised.value.__cause__
    )


def _sensor_context(cursor: str | None = None) -> dg.SensorEvaluationContext:
    return dg.build_sensor_context(cursor=cursor, resources={"settings": SettingsResource()})


def test_sensor_requests_one_run_per_new_arrival(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SESSIONLENS_HOME", str(tmp_path))
    landing = tmp_path / "landing"
    landing.mkdir()
    sensor = landing_files_sensor()

    empty = sensor(_sensor_context())
    assert not empty.run_requests

    (landing / "a.jsonl").write_text("{}\n")
    (landing / ".b.jsonl.tmp").write_text("{}\n")  # a write still in progress
    first = sensor(_sensor_context())
    assert len(first.run_requests) == 1

    again = sensor(_sensor_context(first.cursor))
    assert not again.run_requests

    newer = landing / "b.jsonl.gz"
    newer.write_text("{}\n")
    later = int(first.cursor) + 1_000_000_000
    os.utime(newer, ns=(later, later))
    second = sensor(_sensor_context(first.cursor))
    assert len(second.run_requests) == 1
    assert second.cursor == str(later)


def test_freshness_check_follows_the_published_snapshot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SESSIONLENS_HOME", str(tmp_path))
    paths = Paths.from_env().ensure()
    assert not published_snapshot_is_fresh(SettingsResource()).passed

    write_current(paths, "s1", ["s1.duckdb"])
    assert published_snapshot_is_fresh(SettingsResource()).passed

    monkeypatch.setenv("SESSIONLENS_SNAPSHOT_MAX_AGE_MINUTES", "0")
    assert not published_snapshot_is_fresh(SettingsResource()).passed


def test_only_the_newest_dbt_run_artifacts_are_kept(tmp_path: Path) -> None:
    for age in range(14):
        folder = tmp_path / f"models-run{age:02d}-abc"
        folder.mkdir()
        os.utime(folder, (1_000_000 - age, 1_000_000 - age))
    (tmp_path / "other-run").mkdir()
    (tmp_path / "manifest.json").write_text("{}")

    project.prune_run_artifacts("models", tmp_path, keep=10)

    kept = sorted(path.name for path in tmp_path.iterdir())
    newest = [f"models-run{age:02d}-abc" for age in range(10)]
    assert kept == sorted([*newest, "other-run", "manifest.json"])


def test_each_dbt_invocation_starts_from_the_parse_state_the_last_one_left(
    tmp_path: Path,
) -> None:
    paths = Paths(tmp_path)
    first = project.invocation_target(paths, "models", "run-1")
    assert not (first / project.PARTIAL_PARSE_FILE).exists()  # nothing saved yet

    (first / project.PARTIAL_PARSE_FILE).write_bytes(b"state of run 1")
    project.save_parse_state(paths, first)
    second = project.invocation_target(paths, "models", "run-2")
    assert (second / project.PARTIAL_PARSE_FILE).read_bytes() == b"state of run 1"

    # An invocation that died before parsing leaves the saved state as it was.
    (second / project.PARTIAL_PARSE_FILE).unlink()
    project.save_parse_state(paths, second)
    third = project.invocation_target(paths, "models", "run-3")
    assert (third / project.PARTIAL_PARSE_FILE).read_bytes() == b"state of run 1"
    assert sorted(p.name for p in paths.dbt_runs_dir.iterdir()) == [
        "models-run-1",
        "models-run-2",
        "models-run-3",
        project.PARTIAL_PARSE_FILE,
    ]


def test_the_landing_sensor_looks_as_often_as_configured(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SESSIONLENS_SENSOR_INTERVAL_SECONDS", raising=False)
    sensor = defs.resolve_sensor_def("sessionlens_landing_sensor")
    assert sensor.minimum_interval_seconds == Settings.from_env().sensor_interval_seconds == 30
    monkeypatch.setenv("SESSIONLENS_SENSOR_INTERVAL_SECONDS", "5")
    assert Settings.from_env().sensor_interval_seconds == 5
    for bad in ("0", "-1", "soon"):
        monkeypatch.setenv("SESSIONLENS_SENSOR_INTERVAL_SECONDS", bad)
        with pytest.raises(SettingsError, match="SESSIONLENS_SENSOR_INTERVAL_SECONDS"):
            Settings.from_env()


def test_the_live_watch_reports_each_landed_file_once_even_with_an_old_mtime(tmp_path) -> None:
    (tmp_path / "a.jsonl").write_text("{}\n")
    (tmp_path / ".api-0.tmp").write_text("{}\n")  # a write in progress
    watch = LandingWatch(tmp_path)
    assert watch.arrivals() == ["a.jsonl"]
    assert watch.arrivals() == []
    moved = tmp_path / "b.jsonl.gz"
    moved.write_bytes(b"")
    os.utime(moved, (0, 0))  # moved in with its old modification time
    assert watch.arrivals() == ["b.jsonl.gz"]


def test_the_dbt_resource_knows_its_dbt_version_without_asking_a_subprocess(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    spawned: list[object] = []
    monkeypatch.setattr(dagster_dbt_resource, "check_output", spawned.append)
    monkeypatch.setenv("SESSIONLENS_HOME", str(tmp_path))

    invocation = project.dbt_resource().cli(["parse", "--quiet"], target_path=tmp_path / "t")
    invocation.wait()

    assert invocation.is_successful() and spawned == [] and invocation.adapter is None
    assert project.dbt_resource()._cli_version.major == 1  # dbt-core, not the Fusion engine


def test_the_dagster_dbt_hooks_the_resource_overrides_are_still_called() -> None:
    """Both are private to dagster-dbt; if an upgrade renames them, the overrides stop
    saving anything without any error."""
    calls = inspect.getsource(DbtCliResource.cli)
    assert "self._cli_version" in calls and "self._initialize_dbt_core_adapter(" in calls
    assert isinstance(inspect.getattr_static(DbtCliResource, "_cli_version"), cached_property)
