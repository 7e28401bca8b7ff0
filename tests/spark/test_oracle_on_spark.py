"""Every cube on Spark against the independent oracle: the end-to-end oracle tests, asked
of the deployment materialized with SESSIONLENS_ENGINE=spark on the test cluster and
served through its Spark Connect server (this folder's `deployment` fixture).

The tests are those of tests/end_to_end, taken as they are: one set of questions and
expected answers for both engines.
"""

from __future__ import annotations

from types import ModuleType

from tests.end_to_end import (
    test_engagement_cubes,
    test_meeting_app_and_ingestion_cubes,
    test_name_filters,
    test_pipeline_to_gateway,
    test_recording_and_audience_cubes,
)

# The fixtures those modules declare for their own tests.
from tests.end_to_end.test_engagement_cubes import partners  # noqa: F401
from tests.end_to_end.test_meeting_app_and_ingestion_cubes import admin_key  # noqa: F401

ORACLE_MODULES: tuple[ModuleType, ...] = (
    test_pipeline_to_gateway,
    test_engagement_cubes,
    test_meeting_app_and_ingestion_cubes,
    test_recording_and_audience_cubes,
    test_name_filters,
)

# pytest collects a module's `test_*` functions wherever they were defined; the fixtures
# they take from conftest (`deployment`) are then resolved from this folder.
globals().update(
    {
        name: test
        for module in ORACLE_MODULES
        for name, test in vars(module).items()
        if name.startswith("test_") and callable(test)
    }
)
