"""Figures with their targets, rendered as a console table, JSON and a BENCHMARKS.md table."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

GIB = 1 << 30


@dataclass(frozen=True)
class Target:
    """A bound from a performance issue, the "must" a figure is judged by; `at_least` says
    which side of it is good; `goal`, when the issue sets one, is the further bound it
    aims for (shown, not judged)."""

    bound: float
    at_least: bool
    goal: float | None = None

    def describe(self, unit: str) -> str:
        def bound(value: float) -> str:
            return f"{'≥' if self.at_least else '≤'} {_number(value)} {unit}".rstrip()

        must = bound(self.bound)
        return must if self.goal is None else f"{must} (goal {bound(self.goal)})"


# The musts (and goals) of the performance issues (#6, and #12 for the pipeline).
PIPELINE_TO_FLOOR = Target(0.20, at_least=True, goal=1 / 3)
PEAK_MEMORY_GIB = Target(4.0, at_least=False, goal=2.0)
INCREMENTAL_TO_FULL = Target(0.20, at_least=False, goal=0.10)
WARM_P95_MS = Target(30.0, at_least=False)
HTTP_TO_SQL = Target(1.2, at_least=False)
REPEATED_RPS_AT_32 = Target(1_000.0, at_least=True)
DISTINCT_RPS_AT_32 = Target(200.0, at_least=True)
LARGE_RESULT_MS = Target(250.0, at_least=False)
# 100 subscribers of one query have a publish's new answer within 1 s of the switch.
FANOUT_MS = Target(1_000.0, at_least=False)
FRESHNESS_P50_SECONDS = Target(30.0, at_least=False, goal=10.0)


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    value: float | None
    unit: str
    target: Target | None = None
    note: str = ""

    @property
    def ratio_to_target(self) -> float | None:
        if self.value is None or self.target is None or not self.target.bound:
            return None
        return self.value / self.target.bound

    @property
    def meets_target(self) -> bool | None:
        if self.value is None or self.target is None:
            return None
        if self.target.at_least:
            return self.value >= self.target.bound
        return self.value <= self.target.bound

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "value": self.value,
            "unit": self.unit,
            "target": None if self.target is None else self.target.describe(self.unit),
            "ratio_to_target": self.ratio_to_target,
            "meets_target": self.meets_target,
            "note": self.note,
        }


def _number(value: float) -> str:
    if value == int(value) and abs(value) >= 1:
        return f"{int(value):,}"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}"


def _shortened(note: str, width: int = 60) -> str:
    return note if len(note) <= width else note[: width - 1] + "…"


def _cells(figure: Figure) -> list[str]:
    value = "n/a" if figure.value is None else f"{_number(figure.value)} {figure.unit}".rstrip()
    target = "" if figure.target is None else figure.target.describe(figure.unit)
    ratio = figure.ratio_to_target
    verdict = {True: "yes", False: "NO", None: ""}[figure.meets_target]
    return [
        figure.label,
        value,
        target,
        "" if ratio is None else f"{ratio:.2f}",
        verdict,
        _shortened(figure.note),
    ]


_HEADERS = ["figure", "value", "target", "value/target", "meets", "note"]


def console_table(figures: Sequence[Figure]) -> str:
    rows = [_HEADERS, *(_cells(figure) for figure in figures)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(_HEADERS))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)


def markdown_table(figures: Sequence[Figure]) -> str:
    def row(cells: Sequence[str]) -> str:
        return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"

    lines = [row(_HEADERS), row(["---"] * len(_HEADERS))]
    lines.extend(row(_cells(figure)) for figure in figures)
    return "\n".join(lines) + "\n"


def write_results(
    out: Path, run: dict[str, Any], figures: Sequence[Figure], details: dict[str, Any]
) -> tuple[Path, Path]:
    """Write results.json and BENCHMARKS-table.md into `out`; return their paths."""
    results = out / "results.json"
    results.write_text(
        json.dumps(
            {"run": run, "figures": [f.as_json() for f in figures], "details": details},
            indent=2,
            default=str,
        )
        + "\n"
    )
    table = out / "BENCHMARKS-table.md"
    header = (
        f"Measured by `sessionlens bench --events {run['events']}` on "
        f"{run['cpus']} CPU(s), {run['started_at']}.\n\n"
    )
    table.write_text(header + markdown_table(figures))
    return results, table
