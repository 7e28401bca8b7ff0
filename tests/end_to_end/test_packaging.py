"""The wheel stands alone: installed without extras into a fresh virtualenv, away from the
checkout, every module imports and the console script answers, `bench` included."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("sessionlens", "gateway", "orchestration")
# Imports every module of the installed packages; prints where they were found.
IMPORT_ALL = f"""
import importlib, pkgutil
for name in {PACKAGES!r}:
    package = importlib.import_module(name)
    print(package.__file__)
    for module in pkgutil.walk_packages(package.__path__, name + "."):
        importlib.import_module(module.name)
"""


def _uv() -> list[str]:
    found = shutil.which("uv")
    return [found] if found else [shutil.which("python3") or "python3", "-m", "uv"]


def _run(command: list[str], cwd: Path) -> str:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, f"{command}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin folder of a fresh virtualenv holding only the wheel and its dependencies
    (pinned as in uv.lock)."""
    work = tmp_path_factory.mktemp("packaging")
    uv = _uv()
    _run([*uv, "build", "--wheel", "--out-dir", str(work / "dist")], REPO_ROOT)
    constraints = work / "constraints.txt"
    export = ["export", "--frozen", "--no-emit-project", "--no-hashes", "--format"]
    _run([*uv, *export, "requirements-txt", "--output-file", str(constraints)], REPO_ROOT)
    _run([*uv, "venv", str(work / "venv"), "--python", sys.executable], work)
    (wheel,) = (work / "dist").glob("sessionlens-*.whl")
    python = work / "venv" / "bin" / "python"
    _run([*uv, "pip", "install", "--python", str(python), "-c", str(constraints), str(wheel)], work)
    return python.parent


def test_every_module_imports_from_the_installed_wheel(installed: Path) -> None:
    found = _run([str(installed / "python"), "-c", IMPORT_ALL], installed.parent).split()

    assert len(found) == len(PACKAGES)
    assert all(Path(path).is_relative_to(installed.parent) for path in found), found


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["--help"], "materialize"),
        (["bench", "--help"], "--events"),
        (["keys", "--help"], "create"),
    ],
)
def test_the_console_script_answers(installed: Path, arguments: list[str], expected: str) -> None:
    assert expected in _run([str(installed / "sessionlens"), *arguments], installed.parent)


def test_the_wheel_ships_the_dbt_project_the_dagster_settings_and_the_dashboard(
    installed: Path,
) -> None:
    locate = (
        "from sessionlens.core.shipped import shipped_path; "
        "print(shipped_path('dbt_project/dbt_project.yml')); print(shipped_path('dagster.yaml')); "
        "print(shipped_path('dashboard/dist/index.html'))"
    )
    paths = _run([str(installed / "python"), "-c", locate], installed.parent).split()

    assert all(Path(path).is_file() for path in paths)
    assert all(Path(path).is_relative_to(installed.parent) for path in paths), paths
