"""The one dbt project Dagster runs, and how to invoke dbt from this interpreter."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from dagster_dbt import DbtCliResource, DbtProject

from sessionlens.core.shipped import shipped_path

DBT_PROJECT_DIR = shipped_path("dbt_project")

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR)

# A console script run from an unactivated virtualenv has no `dbt` on PATH: use
# the executable installed beside the running interpreter.
DBT_EXECUTABLE = str(Path(sys.executable).with_name("dbt"))


# dagster-dbt gives each invocation its own artifacts folder, `<assets name>-<run>-<hash>`,
# under target/; these many of the newest are kept for debugging a recent run.
KEPT_RUN_ARTIFACTS = 10


def dbt_resource() -> DbtCliResource:
    return DbtCliResource(project_dir=dbt_project, dbt_executable=DBT_EXECUTABLE)


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
    """Parse the dbt project when its manifest is missing or out of date."""
    if manifest_is_stale():
        dbt_resource().cli(["parse", "--quiet"], target_path=dbt_project.target_path).wait()


def prune_run_artifacts(
    assets_name: str, target_path: Path = dbt_project.target_path, keep: int = KEPT_RUN_ARTIFACTS
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
