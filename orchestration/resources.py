"""The SessionLens settings as a Dagster resource, so assets, checks and sensors read the
same validated object the gateway does (`sessionlens.core.settings`)."""

from __future__ import annotations

import dagster as dg
from pydantic import PrivateAttr

from sessionlens.core.settings import Settings


class SettingsResource(dg.ConfigurableResource):
    """`Settings.from_env()`, read once per run (or sensor tick) when the resource is set up;
    a bad value fails the run at start with the variable's name."""

    _settings: Settings | None = PrivateAttr(default=None)

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        self._settings = Settings.from_env()

    @property
    def settings(self) -> Settings:
        if self._settings is None:  # used outside a run, e.g. by a direct call in a test
            self._settings = Settings.from_env()
        return self._settings
