"""The pinned Apollo Client of tests/end_to_end/apollo/, installed once per run."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

APOLLO = Path(__file__).resolve().parent / "apollo"


@pytest.fixture(scope="session")
def apollo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the Apollo checks with their locked packages installed (`npm ci`)."""
    npm = shutil.which("npm")
    if npm is None:
        pytest.fail("the Apollo checks need Node.js and npm on PATH")
    workdir = tmp_path_factory.mktemp("apollo")
    for source in APOLLO.iterdir():
        if source.is_file():
            shutil.copy(source, workdir / source.name)
    subprocess.run(
        [npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=workdir,
        check=True,
        timeout=600,
    )
    return workdir
