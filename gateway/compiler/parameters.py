"""Bound parameters: user values reach DuckDB only as named `$pN` parameters, never as SQL text."""

from __future__ import annotations

from dataclasses import dataclass

from sqlglot import exp

from gateway.catalog.model import SQL_DIALECT


@dataclass(frozen=True)
class Statement:
    sql: str
    parameters: dict[str, object]


class Parameters:
    """Collects values while a query is built and hands out a placeholder for each."""

    def __init__(self) -> None:
        self._values: dict[str, object] = {}

    def bind(self, value: object) -> exp.Placeholder:
        name = f"p{len(self._values)}"
        self._values[name] = value
        return exp.Placeholder(this=name)

    def statement(self, tree: exp.Expression) -> Statement:
        """Render `tree`, keeping only the parameters it uses (DuckDB rejects extras)."""
        used = {placeholder.name for placeholder in tree.find_all(exp.Placeholder)}
        return Statement(
            sql=tree.sql(dialect=SQL_DIALECT),
            parameters={name: value for name, value in self._values.items() if name in used},
        )
