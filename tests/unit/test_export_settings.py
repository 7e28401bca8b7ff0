"""The export settings: a row ceiling, and a TTL given as a duration or in seconds."""

from __future__ import annotations

import pytest

from sessionlens.core.settings import VARIABLES, Settings, SettingsError


def test_defaults_are_a_million_rows_and_seven_days() -> None:
    settings = Settings.from_env({})
    assert settings.export_max_rows == 1_000_000
    assert settings.export_ttl_seconds == 7 * 24 * 3600
    documented = {v.name: v.default for v in VARIABLES}
    assert documented["SESSIONLENS_EXPORT_MAX_ROWS"] == "1000000"
    assert documented["SESSIONLENS_EXPORT_TTL"] == "7d"


@pytest.mark.parametrize(
    ("raw", "seconds"),
    [
        ("7d", 604_800),
        ("2w", 1_209_600),
        ("12h", 43_200),
        ("30m", 1_800),
        ("45s", 45),
        ("90", 90),
        (" 1.5H ", 5_400),
    ],
)
def test_ttl_takes_a_duration_or_seconds(raw: str, seconds: float) -> None:
    assert Settings.from_env({"SESSIONLENS_EXPORT_TTL": raw}).export_ttl_seconds == seconds


@pytest.mark.parametrize("raw", ["soon", "7y", "d", "-1d", "0", "0s", "nan", "inf", "9" * 30 + "d"])
def test_a_bad_ttl_names_the_variable(raw: str) -> None:
    with pytest.raises(SettingsError, match="SESSIONLENS_EXPORT_TTL="):
        Settings.from_env({"SESSIONLENS_EXPORT_TTL": raw})


def test_a_bad_row_ceiling_names_the_variable() -> None:
    with pytest.raises(SettingsError, match="SESSIONLENS_EXPORT_MAX_ROWS='many'"):
        Settings.from_env({"SESSIONLENS_EXPORT_MAX_ROWS": "many"})
