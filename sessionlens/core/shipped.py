"""Files SessionLens ships beside its code: the dbt project, the Dagster instance settings,
the dashboard queries and the built dashboard.

In a source checkout they sit at the repository root; an installed wheel carries the same
tree under `sessionlens/core/shipped/` (see `[tool.hatch.build.targets.wheel.force-include]`
in pyproject.toml), so `pip install .` gives a working `sessionlens` anywhere.
"""

from __future__ import annotations

from pathlib import Path

_IN_WHEEL = Path(__file__).resolve().parent / "shipped"
_IN_CHECKOUT = Path(__file__).resolve().parents[2]


def shipped_path(relative: str) -> Path:
    """Where the shipped file or folder `relative` (e.g. "dbt_project") is."""
    bundled = _IN_WHEEL / relative
    return bundled if bundled.exists() else _IN_CHECKOUT / relative
