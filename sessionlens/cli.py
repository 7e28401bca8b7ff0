"""The `sessionlens` command line (the README's command line)."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from sessionlens import bench
from sessionlens.core.settings import Paths
from sessionlens.core.shipped import shipped_path

DAGSTER_YAML = shipped_path("dagster.yaml")
DEMO_EVENTS = 200_000
# Step-level progress on the console; Dagster's DEBUG events stay in the run's event log.
CONSOLE_LOG_CONFIG = {"loggers": {"console": {"config": {"log_level": "INFO"}}}}


def _paths() -> Paths:
    """Resolve the data directory once and export it, so dbt and Dagster see the same one."""
    paths = Paths.from_env().ensure()
    os.environ["SESSIONLENS_HOME"] = str(paths.home)
    os.environ["DAGSTER_HOME"] = str(paths.dagster_home)
    paths.dagster_home.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(DAGSTER_YAML, paths.dagster_home / "dagster.yaml")
    return paths


def cmd_generate(args: argparse.Namespace) -> int:
    from sessionlens.generate import generate

    end = datetime.fromisoformat(args.end).astimezone(UTC) if args.end else None
    stats = generate(
        Path(args.out),
        events=args.events,
        seed=args.seed,
        partners=args.partners,
        days=args.days,
        end=end,
    )
    print(
        f"wrote {stats.events} events ({stats.bad_lines} malformed, {stats.duplicate_lines} "
        f"re-delivered) for {stats.sessions} sessions of {stats.partners} partners "
        f"in {stats.files} files under {args.out}"
    )
    return 0


def run_pipeline() -> bool:
    """Ingest, build and publish once, in-process through Dagster; True on success."""
    import dagster as dg

    from orchestration.automation import pipeline_job
    from orchestration.definitions import defs
    from orchestration.recovery import fail_abandoned_runs, runner_tags

    job = defs.resolve_job_def(pipeline_job.name)
    with dg.DagsterInstance.get() as instance:
        for run_id in fail_abandoned_runs(instance):
            print(f"marked run {run_id} failed: its process died", file=sys.stderr)
        result = job.execute_in_process(
            instance=instance,
            raise_on_error=False,
            run_config=CONSOLE_LOG_CONFIG,
            tags=runner_tags(),
        )
    return result.success


def cmd_materialize(args: argparse.Namespace) -> int:
    _paths()
    ok = run_pipeline()
    print("materialization succeeded" if ok else "materialization FAILED", file=sys.stderr)
    return 0 if ok else 1


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from gateway.app import create_app

    _paths()
    uvicorn.run(create_app(), host=args.host, port=args.port, log_level="info")
    return 0


def cmd_dagster(args: argparse.Namespace) -> int:
    _paths()
    dagster = str(Path(sys.executable).with_name("dagster"))
    command = [
        dagster,
        "dev",
        "-m",
        "orchestration.definitions",
        "-h",
        args.host,
        "-p",
        str(args.port),
    ]
    os.execv(dagster, command)


def cmd_keys_create(args: argparse.Namespace) -> int:
    from gateway.keys import create_key

    paths = _paths()
    roles = [role.strip() for role in args.roles.split(",") if role.strip()]
    try:
        key = create_key(paths, args.partner, roles)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"API key for partner {args.partner} with roles {','.join(roles)}:")
    print(key)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from gateway.keys import create_key
    from sessionlens.core.landing import landing_files
    from sessionlens.generate import generate

    paths = _paths()
    if not landing_files(paths.landing_dir):
        now = datetime.now(UTC).replace(second=0, microsecond=0)
        print(f"generating {args.events} sample events into {paths.landing_dir} …")
        generate(paths.landing_dir, events=args.events, seed=7, partners=3, days=7, end=now)
    print("materializing …")
    if not run_pipeline():
        print("materialization FAILED", file=sys.stderr)
        return 1
    partner = _first_partner(paths)
    key = create_key(paths, partner, ["read", "write"])
    print(f"\nGraphiQL: http://{args.host}:{args.port}/graphql")
    print(f"Dashboard: http://{args.host}:{args.port}/dashboard (it asks for the key once)")
    print(f"Demo key for partner {partner} (send as `Authorization: Bearer <key>`):\n{key}\n")
    sys.stdout.flush()
    return cmd_serve(args)


def _first_partner(paths: Paths) -> str:
    import duckdb

    with duckdb.connect(str(paths.raw_db), read_only=True) as connection:
        row = connection.execute("select min(partner_id) from events").fetchone()
    return row[0] if row and row[0] else "p-demo"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sessionlens", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    generate = commands.add_parser("generate", help="write synthetic events as *.jsonl.gz files")
    generate.add_argument("--out", required=True, help="output directory")
    generate.add_argument("--events", type=int, default=100_000)
    generate.add_argument("--seed", type=int, default=7)
    generate.add_argument("--partners", type=int, default=3)
    generate.add_argument("--days", type=int, default=7)
    generate.add_argument("--end", help="end of the period, ISO 8601 (default 2026-11-01T00:00Z)")
    generate.set_defaults(handler=cmd_generate)

    materialize = commands.add_parser("materialize", help="run the whole pipeline once")
    materialize.set_defaults(handler=cmd_materialize)

    for name, help_text in (("serve", "start the gateway"), ("demo", "the one-machine demo")):
        command = commands.add_parser(name, help=help_text)
        command.add_argument("--host", default="127.0.0.1")
        command.add_argument("--port", type=int, default=8000)
        command.set_defaults(handler=cmd_serve if name == "serve" else cmd_demo)
        if name == "demo":
            command.add_argument("--events", type=int, default=DEMO_EVENTS)

    dagster = commands.add_parser("dagster", help="the Dagster UI over this data directory")
    dagster.add_argument("--host", default="127.0.0.1")
    dagster.add_argument("--port", type=int, default=3000)
    dagster.set_defaults(handler=cmd_dagster)

    bench_command = commands.add_parser("bench", help="the benchmark suite (BENCHMARKS.md)")
    bench.add_arguments(bench_command)
    bench_command.set_defaults(handler=bench.run)

    keys = commands.add_parser("keys", help="manage API keys")
    key_commands = keys.add_subparsers(dest="keys_command", required=True)
    create = key_commands.add_parser("create", help="create an API key and print it")
    create.add_argument("--partner", required=True)
    create.add_argument("--roles", default="read", help="comma-separated: read, write, admin")
    create.set_defaults(handler=cmd_keys_create)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
