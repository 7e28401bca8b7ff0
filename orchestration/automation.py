"""When the pipeline runs: one job, an hourly schedule and a landing-directory sensor."""

from __future__ import annotations

import dagster as dg

from orchestration.resources import SettingsResource
from sessionlens.core.landing import landing_files

pipeline_job = dg.define_asset_job(
    "sessionlens_pipeline",
    selection=dg.AssetSelection.all(),
    description="Ingest landing files, build every dbt model, publish a snapshot.",
)


def pipeline_schedule(cron: str) -> dg.ScheduleDefinition:
    """Run the whole pipeline on a cron schedule (`SESSIONLENS_SCHEDULE_CRON`, hourly by
    default)."""
    return dg.ScheduleDefinition(
        name="sessionlens_pipeline_schedule",
        job=pipeline_job,
        cron_schedule=cron,
        execution_timezone="UTC",
        default_status=dg.DefaultScheduleStatus.RUNNING,
    )


def landing_files_sensor(minimum_interval_seconds: int = 30) -> dg.SensorDefinition:
    """Request a pipeline run when files newer than the last one seen land.

    The cursor is the newest modification time seen, so the sensor only lists the
    landing directory: it never opens the warehouse, which a run may be writing.
    """

    @dg.sensor(
        name="sessionlens_landing_sensor",
        job=pipeline_job,
        minimum_interval_seconds=minimum_interval_seconds,
        default_status=dg.DefaultSensorStatus.RUNNING,
    )
    def landing_sensor(
        context: dg.SensorEvaluationContext, settings: SettingsResource
    ) -> dg.SensorResult:
        seen_until = int(context.cursor or 0)
        arrivals = {
            path.name: path.stat().st_mtime_ns
            for path in landing_files(settings.settings.paths.landing_dir)
        }
        new = sorted(name for name, mtime in arrivals.items() if mtime > seen_until)
        if not new:
            return dg.SensorResult(skip_reason="no new landing files")
        newest = max(arrivals[name] for name in new)
        return dg.SensorResult(
            run_requests=[
                dg.RunRequest(run_key=f"landing-{newest}", tags={"files": str(len(new))})
            ],
            cursor=str(newest),
        )

    return landing_sensor
