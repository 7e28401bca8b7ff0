"""The `sessionlens` command line (the README's command line)."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from sessionlens import bench, errors_cli
from sessionlens.core.settings import Paths, Settings, SettingsError
from sessionlens.core.shipped import shipped_path
from sessionlens.core.spark import (
    CONNECT_PORT,
    SparkUnavailable,
    check_spark,
    require_reachable,
)
from sessionlens.keys_commands import add_key_commands

DAGSTER_YAML = shipped_path("dagster.yaml")
DEMO_EVENTS = 200_000


def _paths() -> Paths:
    """Resolve the data directory once and export it, so dbt and Dagster see the same one."""
    paths = Paths.from_env().ensure()
    os.environ["SESSIONLENS_HOME"] = str(paths.home)
    os.environ["DAGSTER_HOME"] = str(paths.dagster_home)
    paths.dagster_home.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(DAGSTER_YAML, paths.dagster_home / "dagster.yaml")
    return paths


def _check_engine(settings: Settings, *, reads_through_remote: bool = False) -> None:
    """Spark's start-up checks (a JDK, a cluster that answers), before any work starts:
    each failure is one line naming the setting. A gateway given a Connect server needs
    no JDK of its own."""
    if settings.engine != "spark":
        return
    if reads_through_remote and settings.spark_remote:
        require_reachable("SESSIONLENS_SPARK_REMOTE", settings.spark_remote, CONNECT_PORT)
    else:
        check_spark(settings)


def cmd_generate(args: argparse.Namespace) -> int:
    from sessionlens.console.progress import showing_progress
    from sessionlens.generate import generate

    end = datetime.fromisoformat(args.end).astimezone(UTC) if args.end else None
    with showing_progress(quiet=args.quiet):
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


def cmd_materialize(args: argparse.Namespace) -> int:
    from sessionlens.console.materialize import materialize

    _check_engine(Settings.from_env())
    run = materialize(_paths(), as_json=args.json, quiet=args.quiet, verbose=args.verbose)
    if run.failure is not None:
        # A full disk or a refused permission inside a step: also the one line and remedy.
        errors_cli.raise_os_failure(run.failure.error)
    return 0 if run.success else 1


def cmd_live(args: argparse.Namespace) -> int:
    from sessionlens.console.live import live

    paths = _paths()
    interval = args.interval or Settings.from_env().sensor_interval_seconds
    return live(paths, interval, verbose=args.verbose)


def cmd_status(args: argparse.Namespace) -> int:
    from sessionlens.console.status import print_status

    print_status(Paths.from_env(), args.host, args.port, as_json=args.json)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from gateway.app import create_app

    _paths()
    _check_engine(Settings.from_env(), reads_through_remote=True)
    # Bound here, so that a port in use is an OSError (uvicorn would log it and exit).
    listening = errors_cli.listening_socket(args.host, args.port)
    config = uvicorn.Config(create_app(), host=args.host, port=args.port, log_level="info")
    uvicorn.Server(config).run(sockets=[listening])
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


def cmd_schema(args: argparse.Namespace) -> int:
    from gateway.catalog import CATALOG
    from gateway.schema import schema_sdl

    sys.stdout.write(schema_sdl(CATALOG))
    return 0


def cmd_keys(args: argparse.Namespace) -> int:
    return args.key_command(_paths(), args)


def cmd_exports(args: argparse.Namespace) -> int:
    from gateway.exports import operator

    _paths()
    return operator.run(args.exports_command, Settings.from_env())


def cmd_demo(args: argparse.Namespace) -> int:
    from gateway.keys import create_key
    from sessionlens.console.materialize import materialize
    from sessionlens.console.progress import showing_progress
    from sessionlens.core.landing import landing_files
    from sessionlens.generate import generate

    paths = _paths()
    if not landing_files(paths.landing_dir):
        now = datetime.now(UTC).replace(second=0, microsecond=0)
        print(f"generating {args.events} sample events into {paths.landing_dir} …")
        with showing_progress(quiet=args.quiet):
            generate(paths.landing_dir, events=args.events, seed=7, partners=3, days=7, end=now)
    print("materializing …", flush=True)
    if not materialize(paths, as_json=False, quiet=args.quiet, verbose=args.verbose).success:
        return 1
    partner = _first_partner(paths)
    key = create_key(paths, partner, ["read", "write"])
    print(f"\nGraphiQL: http://{args.host}:{args.port}/graphql")
    print(f"Dashboard: http://{args.host}:{args.port}/dashboard (it asks for the key once)")
    print(f"Demo key for partner {partner} (send as `Authorization: Bearer <key>`):\n{key}\n")
    sys.stdout.flush()
    return cmd_serve(args)


def _first_partner(paths: Paths) -> str:
    """The first partner with events, from the raw layer of the engine that ingested them."""
    import duckdb

    with duckdb.connect() as connection:
        if Settings.from_env().engine == "spark":
            events = str(paths.spark_raw_dir / "batches" / "*" / "events" / "*.parquet")
            row = connection.execute("select min(partner_id) from read_parquet(?)", [events])
        else:
            connection.execute("attach ? as raw (read_only)", [str(paths.raw_db)])
            row = connection.execute("select min(partner_id) from raw.events")
        (partner,) = row.fetchone()
    return partner or "p-demo"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sessionlens", description=__doc__)
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="show the traceback of a command that fails (and, for materialize and demo, "
        "Dagster's and dbt's log lines)",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    generate = commands.add_parser("generate", help="write synthetic events as *.jsonl.gz files")
    generate.add_argument("--out", required=True, help="output directory")
    generate.add_argument("--events", type=int, default=100_000)
    generate.add_argument("--seed", type=int, default=7)
    generate.add_argument("--partners", type=int, default=3)
    generate.add_argument("--days", type=int, default=7)
    generate.add_argument("--end", help="end of the period, ISO 8601 (default 2026-11-01T00:00Z)")
    _add_quiet(generate)
    generate.set_defaults(handler=cmd_generate)

    materialize = commands.add_parser("materialize", help="run the whole pipeline once")
    materialize.add_argument("--json", action="store_true", help="the summary as one JSON object")
    _add_quiet(materialize)
    _add_verbose(materialize)
    materialize.set_defaults(handler=cmd_materialize)

    live = commands.add_parser(
        "live", help="materialize each time event files land, until stopped (live mode)"
    )
    live.add_argument(
        "--interval",
        type=_positive_seconds,
        help="seconds between two looks at landing/ (default SESSIONLENS_SENSOR_INTERVAL_SECONDS)",
    )
    _add_verbose(live)
    live.set_defaults(handler=cmd_live)

    status = commands.add_parser("status", help="what is published, how fresh, what runs")
    status.add_argument("--json", action="store_true", help="the status as one JSON object")
    status.add_argument("--host", default="127.0.0.1", help="where the gateway is asked")
    status.add_argument("--port", type=int, default=8000)
    status.set_defaults(handler=cmd_status)

    for name, help_text in (("serve", "start the gateway"), ("demo", "the one-machine demo")):
        command = commands.add_parser(name, help=help_text)
        command.add_argument("--host", default="127.0.0.1")
        command.add_argument("--port", type=int, default=8000)
        command.set_defaults(handler=cmd_serve if name == "serve" else cmd_demo)
        if name == "demo":
            command.add_argument("--events", type=int, default=DEMO_EVENTS)
            _add_quiet(command)
            _add_verbose(command)

    dagster = commands.add_parser("dagster", help="the Dagster UI over this data directory")
    dagster.add_argument("--host", default="127.0.0.1")
    dagster.add_argument("--port", type=int, default=3000)
    dagster.set_defaults(handler=cmd_dagster)

    bench_command = commands.add_parser("bench", help="the benchmark suite (BENCHMARKS.md)")
    bench.add_arguments(bench_command)
    bench_command.set_defaults(handler=bench.run)

    schema = commands.add_parser(
        "schema", help="print the GraphQL schema (SDL), as committed in schema.graphql"
    )
    schema.set_defaults(handler=cmd_schema)

    keys = commands.add_parser("keys", help="manage API keys: create, list, revoke")
    add_key_commands(keys)
    keys.set_defaults(handler=cmd_keys)

    exports = commands.add_parser("exports", help="list export jobs, or purge the expired ones")
    exports.add_argument("exports_command", choices=("list", "purge"))
    exports.set_defaults(handler=cmd_exports)
    return parser


def _positive_seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        seconds = 0.0
    if not seconds > 0:
        raise argparse.ArgumentTypeError(f"must be a number of seconds above 0, got {text!r}")
    return seconds


def _add_quiet(command: argparse.ArgumentParser) -> None:
    command.add_argument("--quiet", action="store_true", help="no progress while it runs")


def _add_verbose(command: argparse.ArgumentParser) -> None:
    # The same flag as `sessionlens --verbose`; SUPPRESS keeps the global one when it is
    # given before the command instead.
    command.add_argument(
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS,
        help="Dagster's and dbt's log lines on stderr instead of a log file, and the "
        "traceback of a failure",
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except (SettingsError, SparkUnavailable) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except Exception as error:
        # A full disk, a permission refused, a port in use, …: one line and a remedy.
        exit_code = errors_cli.report(error, verbose=args.verbose)
        if exit_code is None:
            raise
        return exit_code


if __name__ == "__main__":
    sys.exit(main())
