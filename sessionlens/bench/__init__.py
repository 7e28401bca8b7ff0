"""`sessionlens bench`: the benchmark suite of BENCHMARKS.md — measurement only.

Generates a deterministic data set into a fresh data directory, times the pipeline
against DuckDB's own scan of the same files, then the gateway's latency, its overhead over
its own SQL, and its throughput; prints a table and writes results.json and
BENCHMARKS-table.md. Figures are reported against the targets, never asserted.
"""

from __future__ import annotations

import argparse
import sys

from sessionlens.bench.options import add_arguments, parse_options

__all__ = ["add_arguments", "run"]


def run(args: argparse.Namespace) -> int:
    # Imported here so that building the CLI parser does not load the gateway and DuckDB.
    from sessionlens.bench.load import LoadClientsFailed
    from sessionlens.bench.pipeline import MaterializeFailed
    from sessionlens.bench.report import console_table, write_results
    from sessionlens.bench.server import GatewayNotReady
    from sessionlens.bench.suite import run_bench
    from sessionlens.console.progress import showing_progress

    try:
        options = parse_options(args)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    try:
        with showing_progress(quiet=args.quiet):
            facts, outcome = run_bench(options)
    except (MaterializeFailed, GatewayNotReady, LoadClientsFailed) as error:
        print(f"bench FAILED: {error}", file=sys.stderr)
        return 1
    print(console_table(outcome.figures))
    results, table = write_results(options.out, facts, outcome.figures, outcome.details)
    print(f"\nwrote {results} and {table}")
    return 0
