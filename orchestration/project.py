"""The one dbt project Dagster runs, and how to invoke dbt from this interpreter."""

from __future__ import annotations

import importlib.metadata
import os
import shutil
import sys
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path

from dagster_dbt import DbtCliResource, DbtProject
from packaging import version

from sessionlens.core.settings import Paths
from sessionlens.core.shipped import shipped_path

DBT_PROJECT_DIR = shipped_path("dbt_project")

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR)

# A console script run from an unactivated virtualenv has no `dbt` on PATH: use
# the executable installed beside the running interpreter.
DBT_EXECUTABLE = str(Path(sys.executable).with_name("dbt"))


# Each invocation gets its own artifacts folder, `<assets name>-<run>`, under the data
# directory's dbt folder; these many of the newest are kept for debugging a recent run.
KEPT_RUN_ARTIFACTS = 10
# dbt's parse state; valid only for the profile it was parsed with, whose database path
# is under $SESSIONLENS_HOME, so each data directory keeps its own.
PARTIAL_PARSE_FILE = "partial_parse.msgpack"


class SessionLensDbtCli(DbtCliResource):
    """dagster-dbt's resource without two start-up costs it pays before every dbt
    invocation (3.5 s and 3.4 s measured here under load) for nothing this project uses.

    - It asks `dbt --version` in a subprocess which dbt it runs; ours is the dbt-core
      installed beside this interpreter, whose version the package gives.
    - It loads the profile and dbt's macros to open an adapter of its own, used only by
      `fetch_row_counts()` and `fetch_column_metadata()`, which the assets never call.

    Both hooks are private to dagster-dbt: `tests/unit/test_orchestration.py` fails if an
    upgrade renames them (the saving would silently vanish).
    """

    @cached_property
    def _cli_version(self) -> version.Version:
        return version.parse(importlib.metadata.version("dbt-core"))

    def _initialize_dbt_core_adapter(self, args: Sequence[str]) -> None:
        return None


def dbt_resource() -> DbtCliResource:
    return SessionLensDbtCli(project_dir=dbt_project, dbt_executable=DBT_EXECUTABLE)


def manifest_is_stale() -> bool:
    """True when the manifest is missing or older than any file of the dbt project."""
    manifest = dbt_project.manifest_path
    if not manifest.exists():
        return True
    built = manifest.stat().st_mtime
    sources = (
        path
        for folder in ("models", "macros", "tests", "seeds", "snapshots")
        for path in (DBT_PROJECT_DIR / folder).rglob("*")
    )
    return any(
        path.stat().st_mtime > built
        for path in (*sources, DBT_PROJECT_DIR / "dbt_project.yml")
        if path.is_file()
    )


def prepare_manifest() -> None:
    """Parse the dbt project when its manifest is missing or out of date. Two processes
    may do so at once (test workers, a CLI beside the daemon): each parses into a
    folder of its own and moves the manifest into place in one step."""
    if not manifest_is_stale():
        return
    own_target = dbt_project.manifest_path.parent / f".parse-{os.getpid()}"
    try:
        dbt_resource().cli(["parse", "--quiet"], target_path=own_target).wait()
        os.replace(own_target / "manifest.json", dbt_project.manifest_path)
    finally:
        shutil.rmtree(own_target, ignore_errors=True)


def invocation_target(paths: Paths, assets_name: str, run_id: str) -> Path:
    """A fresh artifacts folder for one dbt invocation, seeded with the parse state the
    previous invocation on this data directory left.

    dagster-dbt would otherwise seed every invocation from the project's target/, parsed
    once for whichever data directory was current then: under any other the profile
    differs, and dbt parsed the whole project again on every run.
    """
    target = paths.dbt_runs_dir / f"{assets_name}-{run_id}"
    target.mkdir(parents=True, exist_ok=True)
    saved = paths.dbt_runs_dir / PARTIAL_PARSE_FILE
    if saved.exists():
        shutil.copyfile(saved, target / PARTIAL_PARSE_FILE)
    return target


def save_parse_state(paths: Paths, target: Path) -> None:
    """Keep the parse state `target`'s invocation wrote for the next one; replaced
    atomically, so a killed run never leaves a torn file behind."""
    written = target / PARTIAL_PARSE_FILE
    if not written.exists():
        return
    staged = paths.dbt_runs_dir / f".{PARTIAL_PARSE_FILE}.{os.getpid()}"
    shutil.copyfile(written, staged)
    os.replace(staged, paths.dbt_runs_dir / PARTIAL_PARSE_FILE)


def prune_run_artifacts(
    assets_name: str, target_path: Path, keep: int = KEPT_RUN_ARTIFACTS
) -> None:
    """Remove all but the `keep` newest artifacts folders of `assets_name`'s invocations,
    killed runs' included: otherwise each run leaves about 10 MB behind for good."""
    folders = sorted(
        (path for path in target_path.glob(f"{assets_name}-*") if path.is_dir()),
        key=lambda path: path.stat().st_mtime,
        reverse=True,
    )
    for stale in folders[keep:]:
        shutil.rmtree(stale, ignore_errors=True)
