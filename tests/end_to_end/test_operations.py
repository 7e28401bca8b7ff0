"""Asset checks fail on bad data, and a failed build publishes nothing.

Live load during publishes and `kill -9` recovery are in tests/reliability/
(test_rebuild_load.py, test_crashes.py); this module shares their harness.
"""

from __future__ import annotations

import gzip
import subprocess
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from sessionlens.core.settings import Paths
from sessionlens.core.snapshots import read_current
from tests.deployment import SESSIONLENS
from tests.reliability.harness import (
    BAD_LINES,
    MATERIALIZE_TIMEOUT,
    base_home,
    copy_home,
    env_of,
    files_of,
    generated_files,
    sessions_in,
    snapshot_files,
)


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
    tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    paths = copy_home(base_home(tmp_path_factory), tmp_path / "home")
    good = read_current(paths)
    assert good is not None
    good_sessions = sessions_in(good)
    # A file that is mostly bad lines: one valid (re-delivered) event, then garbage.
    with gzip.open(generated_files(paths.landing_dir)[0], "rt") as lines:
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
    assert sessions_in(good) == good_sessions
    assert snapshot_files(paths) == files_of(good)
