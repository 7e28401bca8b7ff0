"""The bench's command-line options, checked before any long phase starts."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from sessionlens.core.shipped import shipped_path

# Dashboard queries: one GraphQL document per dashboard panel.
REPO_QUERIES_DIR = shipped_path("docs/queries")
DEFAULT_CONCURRENCY = (1, 8, 32)
# Phases after the pipeline (which every other phase needs) that `--skip` may leave out.
SKIPPABLE_PHASES = ("gateway", "freshness")


@dataclass(frozen=True)
class BenchOptions:
    events: int
    out: Path
    seed: int
    keep: bool
    queries_dir: Path
    repeats: int
    duration: float
    floor_runs: int
    concurrency: tuple[int, ...]
    freshness_tries: int = 10
    skip: frozenset[str] = frozenset()

    @property
    def query_files(self) -> list[Path]:
        return sorted(self.queries_dir.glob("*.graphql"))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--events", type=int, default=10_000_000, help="events to generate")
    parser.add_argument("--out", default="./bench-results", help="where results are written")
    parser.add_argument("--seed", type=int, default=7, help="generator seed")
    parser.add_argument(
        "--keep", action="store_true", help="keep the temporary data directory under --out"
    )
    parser.add_argument(
        "--queries",
        default=str(REPO_QUERIES_DIR),
        help="directory of dashboard queries (*.graphql); default: the repository's docs/queries",
    )
    parser.add_argument("--repeats", type=int, default=50, help="warm requests per dashboard query")
    parser.add_argument(
        "--duration", type=float, default=5.0, help="seconds of load per throughput point"
    )
    parser.add_argument("--floor-runs", type=int, default=3, help="runs of the DuckDB floor scan")
    parser.add_argument(
        "--concurrency",
        default=",".join(map(str, DEFAULT_CONCURRENCY)),
        help="comma-separated numbers of concurrent clients for the throughput runs",
    )
    parser.add_argument(
        "--freshness-tries", type=int, default=10, help="events posted to measure freshness"
    )
    parser.add_argument(
        "--skip",
        default="",
        help=f"comma-separated phases to leave out: {', '.join(SKIPPABLE_PHASES)}",
    )
    parser.add_argument("--quiet", action="store_true", help="no progress while it runs")


def _concurrency(text: str) -> tuple[int, ...]:
    try:
        levels = tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise ValueError(f"--concurrency {text!r}: give whole numbers such as 1,8,32") from None
    if not levels or min(levels) < 1:
        raise ValueError(f"--concurrency {text!r}: give one or more numbers ≥ 1")
    return levels


def _skipped(text: str) -> frozenset[str]:
    phases = frozenset(part.strip() for part in text.split(",") if part.strip())
    if unknown := sorted(phases - set(SKIPPABLE_PHASES)):
        raise ValueError(
            f"--skip {', '.join(unknown)}: the phases are {', '.join(SKIPPABLE_PHASES)}"
        )
    return phases


def parse_options(args: argparse.Namespace) -> BenchOptions:
    """The checked options; a ValueError names the offending flag."""
    for flag, value, smallest in (
        ("--events", args.events, 1_000),
        ("--repeats", args.repeats, 1),
        ("--floor-runs", args.floor_runs, 1),
        ("--freshness-tries", args.freshness_tries, 1),
    ):
        if value < smallest:
            raise ValueError(f"{flag} must be at least {smallest}, got {value}")
    if args.duration <= 0:
        raise ValueError(f"--duration must be a positive number of seconds, got {args.duration}")
    options = BenchOptions(
        events=args.events,
        out=Path(args.out).expanduser().resolve(),
        seed=args.seed,
        keep=args.keep,
        queries_dir=Path(args.queries).expanduser().resolve(),
        repeats=args.repeats,
        duration=args.duration,
        floor_runs=args.floor_runs,
        concurrency=_concurrency(args.concurrency),
        freshness_tries=args.freshness_tries,
        skip=_skipped(args.skip),
    )
    if not options.query_files:
        raise ValueError(
            f"no dashboard queries (*.graphql) in {options.queries_dir}; pass --queries DIR"
        )
    return options
