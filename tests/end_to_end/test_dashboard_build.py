"""The committed dashboard build (dashboard/dist) is what its sources and lock file build:
a clean `npm ci` and `npm run build` of a copy give the same files, byte for byte."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "dashboard"


def files_under(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def npm(*args: str, cwd: Path) -> None:
    npm_command = shutil.which("npm")
    assert npm_command, "the dashboard builds with Node 20+ and npm: install them"
    done = subprocess.run(
        [npm_command, *args], cwd=cwd, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_committed_build_is_current(tmp_path: Path) -> None:
    # The build reads docs/queries beside dashboard/, so the copy keeps that layout.
    copy = tmp_path / "dashboard"
    shutil.copytree(SOURCES, copy, ignore=shutil.ignore_patterns("node_modules", "dist"))
    shutil.copytree(ROOT / "docs" / "queries", tmp_path / "docs" / "queries")
    npm("ci", "--no-audit", "--no-fund", cwd=copy)
    npm("run", "build", cwd=copy)
    built = files_under(copy / "dist")
    committed = files_under(SOURCES / "dist")
    assert sorted(built) == sorted(committed), "rebuild: cd dashboard && npm ci && npm run build"
    changed = [name for name in built if built[name] != committed[name]]
    assert changed == [], f"stale build files {changed}: cd dashboard && npm run build"
