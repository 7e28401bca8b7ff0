"""The pipeline's assets: ingestion → dbt models → published snapshot."""

from collections.abc import Iterator, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, dbt_assets

from orchestration.ingestion import ingest_landing
from orchestration.project import (
    dbt_project,
    invocation_target,
    prepare_manifest,
    prune_run_artifacts,
    save_parse_state,
)
from orchestration.publish import publish_snapshot
from orchestration.resources import SettingsResource
from sessionlens.core.progress import reporter
from sessionlens.core.snapshots import read_current
from sessionlens.core.spark import use_conf_dir

# Every asset writes to the single-writer DuckDB warehouse: they share one pool,
# whose limit of 1 is set in dagster.yaml.
WAREHOUSE_POOL = "warehouse"
RAW_TABLES = ("events", "rejected_lines", "ingested_files")
# The profiles.yml target of each SESSIONLENS_ENGINE.
DBT_TARGETS = {"duckdb": "local", "spark": "spark"}


class SessionLensTranslator(DagsterDbtTranslator):
    """dbt sources are the raw tables the ingestion asset writes; groups follow folders."""

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> dg.AssetKey:
        if dbt_resource_props["resource_type"] == "source":
            return dg.AssetKey(["raw", dbt_resource_props["name"]])
        return dg.AssetKey([dbt_resource_props["name"]])

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        fqn = dbt_resource_props.get("fqn", [])
        return fqn[1] if len(fqn) > 2 else None


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            ["raw", table],
            group_name="ingestion",
            description=f"Raw `{table}` table of the warehouse, loaded from the landing directory.",
        )
        for table in RAW_TABLES
    ],
    check_specs=[
        dg.AssetCheckSpec(
            "rejected_share_per_file",
            asset=dg.AssetKey(["raw", "rejected_lines"]),
            description=(
                "Warns when a new file has a larger share of rejected lines than "
                "SESSIONLENS_REJECTED_SHARE_WARN (default 0.05)."
            ),
        )
    ],
    pool=WAREHOUSE_POOL,
)
def raw_tables(
    context: dg.AssetExecutionContext, settings: SettingsResource
) -> Iterator[dg.MaterializeResult | dg.AssetCheckResult]:
    """Validate new landing files and append their events and rejected lines."""
    if settings.settings.engine == "spark":
        from orchestration.spark_ingestion import ingest_landing_on_spark

        report = ingest_landing_on_spark(settings.settings)
    else:
        report = ingest_landing(settings.settings.paths)
    context.log.info(
        f"batch {report.batch_id}: {report.files} new files "
        f"({report.skipped_files} already ingested), {report.accepted} events, "
        f"{report.duplicates} duplicates, {report.rejected} rejected"
    )
    # What `sessionlens materialize` summarizes and `sessionlens status` shows, read back
    # from the run's records.
    counts = {
        "events": {
            "accepted": report.accepted,
            "duplicates": report.duplicates,
            "total_events": report.total_events,
            "watermarks": dg.MetadataValue.json(report.watermarks),
        },
        "rejected_lines": {
            "rejected": report.rejected,
            "total_rejected": report.total_rejected,
            "top_reasons": dg.MetadataValue.json(
                [{"reason": r, "lines": n} for r, n in report.top_rejection_reasons]
            ),
        },
        "ingested_files": {"files": report.files, "skipped_files": report.skipped_files},
    }
    for table in RAW_TABLES:
        yield dg.MaterializeResult(
            asset_key=["raw", table],
            metadata={"batch_id": report.batch_id, "lines": report.lines, **counts[table]},
        )
    rejected_share_threshold = settings.settings.rejected_share_warn
    noisy = {
        name: share
        for name, share in report.rejected_share_by_file.items()
        if share > rejected_share_threshold
    }
    yield dg.AssetCheckResult(
        check_name="rejected_share_per_file",
        asset_key=["raw", "rejected_lines"],
        passed=not noisy,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={
            "threshold": rejected_share_threshold,
            "files_over_threshold": dg.MetadataValue.json(noisy),
        },
    )


prepare_manifest()


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    dagster_dbt_translator=SessionLensTranslator(),
    pool=WAREHOUSE_POOL,
)
def sessionlens_dbt_models(
    context: dg.AssetExecutionContext, dbt: DbtCliResource, settings: SettingsResource
):
    """Staging → intermediate → marts, with dbt tests reported as asset checks."""
    paths = settings.settings.paths
    name = context.op_def.name
    target = invocation_target(paths, name, context.run_id)
    target_name = DBT_TARGETS[settings.settings.engine]
    if settings.settings.engine == "spark":
        use_conf_dir()  # dbt-spark's session starts its JVM in the dbt process
    # Unit tests check the models' logic on fixed inputs: CI runs them (tests/dbt/);
    # a production build only runs the data tests on the real data.
    # One event per model built and per test run: the progress counts nodes done out of
    # the models and checks this run selected (a test outside any check also counts).
    total = len(context.selected_asset_keys) + len(context.selected_asset_check_keys)
    try:
        with reporter().task("dbt build", total, "nodes") as progress:
            events = dbt.cli(
                ["build", "--exclude-resource-type", "unit_test", "--target", target_name],
                context=context,
                target_path=target,
            )
            for done, event in enumerate(events.stream(), start=1):
                progress.update(done, _node_name(event))
                yield event
    finally:
        save_parse_state(paths, target)
        prune_run_artifacts(name, paths.dbt_runs_dir)


def _node_name(event: object) -> str:
    """The dbt node an event of `dbt.cli(...).stream()` reports on, for the progress line."""
    if isinstance(event, dg.AssetCheckResult) and event.asset_key is not None:
        return f"test {event.check_name} on {event.asset_key.to_user_string()}"
    key = getattr(event, "asset_key", None)
    return key.to_user_string() if key is not None else getattr(event, "output_name", "")


@dg.asset(
    deps=[sessionlens_dbt_models],
    group_name="publish",
    pool=WAREHOUSE_POOL,
    description=(
        "The marts as immutable files (unchanged ones shared with the previous snapshot),"
        " which the gateway switches to atomically."
    ),
)
def published_snapshot(settings: SettingsResource) -> dg.MaterializeResult:
    previous = read_current(settings.settings.paths)
    snapshot = publish_snapshot(settings.settings.paths, settings.settings.engine)
    before = previous.tables if previous else {}
    return dg.MaterializeResult(
        metadata={
            "snapshot_id": snapshot.snapshot_id,
            "files": dg.MetadataValue.json([path.name for path in snapshot.files]),
            # Marts whose file was taken over from the snapshot this one replaces.
            "shared": dg.MetadataValue.json(list(snapshot.shared)),
            "published_at": snapshot.published_at.isoformat(),
            "rows": dg.MetadataValue.json(snapshot.tables),
            # Net rows gained (or lost) per mart since the snapshot this one replaces.
            "row_changes": dg.MetadataValue.json(
                {table: rows - before.get(table, 0) for table, rows in snapshot.tables.items()}
            ),
        }
    )


@dg.asset_check(
    asset=published_snapshot,
    description=(
        "Fails when the snapshot the gateway serves is older than "
        "SESSIONLENS_SNAPSHOT_MAX_AGE_MINUTES (default 120)."
    ),
)
def published_snapshot_is_fresh(settings: SettingsResource) -> dg.AssetCheckResult:
    max_age = timedelta(minutes=settings.settings.snapshot_max_age_minutes)
    snapshot = read_current(settings.settings.paths)
    if snapshot is None:
        return dg.AssetCheckResult(passed=False, metadata={"reason": "nothing published yet"})
    age = datetime.now(UTC) - snapshot.published_at
    return dg.AssetCheckResult(
        passed=age <= max_age,
        metadata={
            "snapshot_id": snapshot.snapshot_id,
            "age_minutes": round(age.total_seconds() / 60, 2),
            "max_age_minutes": max_age.total_seconds() / 60,
        },
    )
