"""Where SessionLens keeps its files: everything lives under one data directory.

`SESSIONLENS_HOME` (default `./.sessionlens`) is read once here; every component
asks this module for its paths instead of building them itself.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

DEFAULT_HOME = ".sessionlens"


@dataclass(frozen=True)
class Paths:
    """The layout of one SessionLens data directory."""

    home: Path

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Paths:
        return cls(Path(environ.get("SESSIONLENS_HOME", DEFAULT_HOME)).expanduser().resolve())

    @property
    def landing_dir(self) -> Path:
        """Where event files (`*.jsonl`, `*.jsonl.gz`) are dropped."""
        return self.home / "landing"

    @property
    def warehouse_dir(self) -> Path:
        return self.home / "warehouse"

    @property
    def raw_db(self) -> Path:
        """Accepted events, rejected lines and the ingested-file ledger (written by ingestion)."""
        return self.warehouse_dir / "raw.duckdb"

    @property
    def build_db(self) -> Path:
        """dbt's working database: staging, intermediate and mart relations."""
        return self.warehouse_dir / "build.duckdb"

    @property
    def snapshots_dir(self) -> Path:
        """Immutable, published copies of the marts; the gateway reads only these."""
        return self.home / "snapshots"

    @property
    def keys_db(self) -> Path:
        """API keys (hashed)."""
        return self.home / "keys.sqlite"

    @property
    def dagster_home(self) -> Path:
        return self.home / "dagster"

    def ensure(self) -> Paths:
        for directory in (self.landing_dir, self.warehouse_dir, self.snapshots_dir):
            directory.mkdir(parents=True, exist_ok=True)
        return self
