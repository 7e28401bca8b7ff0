"""Realistic, deterministic synthetic events (docs/EVENTS.md) for demos, tests and benchmarks.

`generate(out_dir, events=..., seed=...)` streams live sessions, their quality samples and
recordings, and companion-app activity for several partners into gzipped JSON-lines files.
"""

from sessionlens.generate.runner import DEFAULT_END, GenerateStats, generate

__all__ = ["DEFAULT_END", "GenerateStats", "generate"]
