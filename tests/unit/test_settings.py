"""One settings object: defaults, validation naming the variable, and the README's table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sessionlens.core.settings import VARIABLES, Paths, Settings, SettingsError

README = Path(__file__).resolve().parents[2] / "README.md"
TABLE_ROW = re.compile(r"^\| `(SESSIONLENS_[A-Z_]+)` \| `([^`]*)` \| (.+) \|$", re.M)


def test_the_readme_documents_every_variable_with_its_default_and_meaning() -> None:
    documented = TABLE_ROW.findall(README.read_text())

    assert documented == [(v.name, v.default, v.meaning) for v in VARIABLES]


def test_unset_and_blank_variables_keep_the_defaults(tmp_path: Path) -> None:
    settings = Settings.from_env({"SESSIONLENS_HOME": str(tmp_path), "SESSIONLENS_MAX_LIMIT": " "})

    assert settings == Settings(paths=Paths(tmp_path.resolve()))
    assert settings.max_limit == 10_000
    assert settings.schedule_cron == "0 * * * *"


def test_values_are_read_with_their_types(tmp_path: Path) -> None:
    settings = Settings.from_env(
        {
            "SESSIONLENS_HOME": str(tmp_path),
            "SESSIONLENS_MAX_LIMIT": "50",
            "SESSIONLENS_QUERY_TIMEOUT_SECONDS": "2.5",
            "SESSIONLENS_SCHEDULE_CRON": "*/5 * * * *",
            "SESSIONLENS_REJECTED_SHARE_WARN": "0.5",
        }
    )

    assert (settings.max_limit, settings.query_timeout_seconds) == (50, 2.5)
    assert (settings.schedule_cron, settings.rejected_share_warn) == ("*/5 * * * *", 0.5)


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("SESSIONLENS_MAX_LIMIT", "lots", "SESSIONLENS_MAX_LIMIT='lots' is not a valid number"),
        ("SESSIONLENS_MAX_LIMIT", "2.5", "SESSIONLENS_MAX_LIMIT='2.5' is not a valid number"),
        ("SESSIONLENS_QUERY_TIMEOUT_SECONDS", "-1", "must not be negative"),
        ("SESSIONLENS_REJECTED_SHARE_WARN", "1.5", "must be a fraction between 0 and 1"),
        ("SESSIONLENS_SCHEDULE_CRON", "hourly", "is not a cron expression of five fields"),
        ("SESSIONLENS_RATE_LIMIT_BURST", "0", "SESSIONLENS_RATE_LIMIT_BURST=0 must be at least 1"),
    ],
)
def test_a_bad_value_names_its_variable(variable: str, value: str, message: str) -> None:
    with pytest.raises(SettingsError, match=re.escape(message)):
        Settings.from_env({variable: value})
