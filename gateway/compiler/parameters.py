"""Bound parameters: user values reach the engine only as named parameters (DuckDB's `$pN`,
Spark's `:pN`), never as SQL text."""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlglot
from sqlglot import exp

from gateway.catalog.model import SQL_DIALECT
from gateway.compiler.dialects import bound_values, engine_named, render


@dataclass(frozen=True)
class Statement:
    """SQL and its parameters for `engine`. A compiled statement is DuckDB's, with `tree`,
    the tree it was rendered from (parsed from `sql` when not given): every other engine's
    text is rendered from that tree."""

    sql: str
    parameters: dict[str, object]
    tree: exp.Expression | None = field(default=None, compare=False, repr=False)
    engine: str = SQL_DIALECT
    # Each engine's statement, rendered on first use: compiled statements are cached, so
    # their Spark text is rendered once.
    _engines: dict[str, Statement] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    def for_engine(self, engine: str) -> Statement:
        """The statement as `engine` runs it: same parameter names, its dialect's text
        and the values its driver takes (DuckDB: this statement)."""
        name = engine_named(engine)
        if name == self.engine:
            return self
        if self.engine != SQL_DIALECT:
            raise ValueError(f"a {self.engine} statement is not rendered again for {name}")
        rendered = self._engines.get(name)
        if rendered is None:
            tree = self.tree or sqlglot.parse_one(self.sql, dialect=SQL_DIALECT)
            values = bound_values(self.parameters, name)
            rendered = Statement(render(tree, name), values, engine=name)
            self._engines[name] = rendered
        return rendered


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
            tree=tree,
        )
