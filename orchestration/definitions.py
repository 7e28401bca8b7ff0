"""Dagster definitions for SessionLens: only assembly happens here."""

import dagster as dg

from orchestration.assets import (
    published_snapshot,
    published_snapshot_is_fresh,
    raw_tables,
    sessionlens_dbt_models,
)
from orchestration.automation import landing_files_sensor, pipeline_job, pipeline_schedule
from orchestration.project import dbt_resource
from orchestration.resources import SettingsResource
from sessionlens.core.settings import Settings

settings = Settings.from_env()
defs = dg.Definitions(
    assets=[raw_tables, sessionlens_dbt_models, published_snapshot],
    asset_checks=[published_snapshot_is_fresh],
    jobs=[pipeline_job],
    schedules=[pipeline_schedule(settings.schedule_cron)],
    sensors=[landing_files_sensor(settings.sensor_interval_seconds)],
    resources={"dbt": dbt_resource(), "settings": SettingsResource()},
)
